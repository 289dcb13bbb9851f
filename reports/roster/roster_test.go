package roster_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/data/text"
	"baulu/reports/roster"
	"baulu/reports/roster/rostertest"
	"baulu/reports/xlsxio"

	"github.com/xuri/excelize/v2"
)

var ctx = context.Background()

const list = rostertest.ListSheet

// fixture is a configured database with kindergarten 77 (position 2 of
// ULY) holding an experimental and a control group.
type fixture struct {
	s    *data.Store
	e, c data.Group
}

func newFixture(t testing.TB) *fixture {
	s := datatest.NewConfigured(t, "ULY")
	return &fixture{s: s, e: datatest.AddGroup(t, s, 77, "Балапан", data.RoleExperimental),
		c: datatest.AddGroup(t, s, 77, "Күншуақ", data.RoleControl)}
}

// template returns kindergarten 77's roster, opened for filling.
func (fx *fixture) template(t testing.TB) *excelize.File {
	t.Helper()
	var b bytes.Buffer
	if err := roster.Template(ctx, fx.s, 77, &b); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func (fx *fixture) preview(t testing.TB, f *excelize.File) *roster.Preview {
	t.Helper()
	var b bytes.Buffer
	if _, err := f.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	p, err := roster.Import(ctx, fx.s, &b, roster.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func (fx *fixture) children(t testing.TB) []data.Child {
	t.Helper()
	var out []data.Child
	for _, g := range []data.Group{fx.e, fx.c} {
		kids, err := fx.s.Children(ctx, g.ID)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, kids...)
	}
	return out
}

func TestCatalogueIsComplete(t *testing.T) {
	if err := text.Check(); err != nil {
		t.Fatal(err)
	}
}

func TestTemplateFilledImportsChildrenWithConsentAndDates(t *testing.T) {
	fx := newFixture(t)
	f := fx.template(t)
	// given a list typed as methodologists do: dates as Excel dates and as
	// text, the dropdown's values and their own spellings, one code typed
	rostertest.Fill(t, f,
		[]any{nil, "E1", "Әлия Серікқызы", "қыз (ж)", xlsxio.DateSerial(data.NewDate(2021, 4, 5)), "иә (да)", "10.01.2026"},
		[]any{nil, "е1", "", "ұл", "2021-07-30", "нет"},
		[]any{"ULY-02-C1-015", "C1 Күншуақ", "Мирас Ержанұлы", "М", "12/11/2020", "", "15.01.2026", "20.05.2026"},
	)
	p := fx.preview(t, f)
	if !p.OK() || p.New != 3 || p.Changed+p.Unchanged != 0 {
		t.Fatalf("preview:\n%s", roster.FormatPreview(p, "en"))
	}
	n, err := p.Apply(ctx)
	if err != nil || n.New != 3 {
		t.Fatalf("apply: %+v, %v", n, err)
	}
	got := map[string]data.Child{}
	for _, c := range fx.children(t) {
		got[c.Code] = c
	}
	want := map[string]data.Child{
		"ULY-02-E1-001": {FullName: "Әлия Серікқызы", Sex: "F", BirthDate: data.NewDate(2021, 4, 5), Consent: true, ConsentDate: data.NewDate(2026, 1, 10)},
		"ULY-02-E1-002": {Sex: "M", BirthDate: data.NewDate(2021, 7, 30)},
		"ULY-02-C1-015": {FullName: "Мирас Ержанұлы", Sex: "M", BirthDate: data.NewDate(2020, 11, 12), Consent: true,
			ConsentDate: data.NewDate(2026, 1, 15), LeftOn: data.NewDate(2026, 5, 20)},
	}
	for code, w := range want {
		c, ok := got[code]
		c.ID, c.GroupID, c.Code = 0, 0, ""
		if !ok || c != w {
			t.Errorf("%s: got %+v, want %+v", code, c, w)
		}
	}
	if len(got) != 3 {
		t.Errorf("children: %v", got)
	}
	if p.Rows[0].Code != "ULY-02-E1-001" {
		t.Errorf("the preview does not show the generated code: %+v", p.Rows[0])
	}

	// the file with the codes written back imports again without changes
	if n := p.CodesToWrite(); n != 2 {
		t.Fatalf("codes to write: %d", n)
	}
	var withCodes bytes.Buffer
	if err := p.WriteCodes(&withCodes); err != nil {
		t.Fatal(err)
	}
	again, err := roster.Import(ctx, fx.s, &withCodes, roster.Options{})
	if err != nil || !again.OK() || again.Unchanged != 3 || again.New+again.Changed != 0 || len(again.Notes) != 0 {
		t.Fatalf("import of the file with its codes: %v\n%s", err, roster.FormatPreview(again, "en"))
	}
	// the file as first filled, if it could not be written back: the named
	// child is matched by name, only the row with neither code nor name is new
	p = fx.preview(t, f)
	if !p.OK() || p.New != 1 || p.Unchanged != 2 {
		t.Fatalf("second import of the same file:\n%s", roster.FormatPreview(p, "en"))
	}
	if len(p.Notes) != 1 || p.Notes[0].Reason != "codes_generated" {
		t.Errorf("notes: %+v", p.Notes)
	}
}

func TestExportNeverHasNamesAndReimportsUnchanged(t *testing.T) {
	fx := newFixture(t)
	f := fx.template(t)
	rostertest.Fill(t, f, []any{nil, "E1", "Әлия Серікқызы", "қыз", "05.04.2021", "иә", "10.01.2026"},
		[]any{nil, "C1", "Мирас Ержанұлы", "ұл", "12.11.2020", "жоқ"})
	if _, err := fx.preview(t, f).Apply(ctx); err != nil {
		t.Fatal(err)
	}
	// when the current list is exported
	exported := fx.template(t)
	rows, err := exported.GetRows(list)
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	for _, sh := range exported.GetSheetList() {
		rs, _ := exported.GetRows(sh)
		for _, r := range rs {
			all.WriteString(strings.Join(r, "|") + "\n")
		}
	}
	// then no name is anywhere in it, and both children are, by code
	if s := all.String(); strings.Contains(s, "Әлия") || strings.Contains(s, "Мирас") {
		t.Fatalf("a name in the export:\n%s", s)
	}
	if len(rows) < 4 || rows[2][0] != "ULY-02-C1-001" || rows[3][0] != "ULY-02-E1-001" || rows[3][4] != "05.04.2021" {
		t.Fatalf("export rows: %q", rows)
	}
	// and importing the export back changes nothing (empty names keep theirs)
	p := fx.preview(t, exported)
	if !p.OK() || p.Unchanged != 2 || p.New+p.Changed != 0 {
		t.Fatalf("re-import of the export:\n%s", roster.FormatPreview(p, "en"))
	}
	if c, _ := fx.s.ChildByCode(ctx, "ULY-02-E1-001"); c.FullName != "Әлия Серікқызы" {
		t.Fatalf("name lost: %+v", c)
	}
}

func TestChangesByCodeMoveAndConsent(t *testing.T) {
	fx := newFixture(t)
	kids := datatest.AddChildren(t, fx.s, fx.e.ID, 2)
	f := fx.template(t)                                      // lists both, consent yes
	if err := f.SetCellValue(list, "B3", "C1"); err != nil { // moved to the control group
		t.Fatal(err)
	}
	if err := f.SetCellValue(list, "F4", "жоқ"); err != nil { // consent withdrawn
		t.Fatal(err)
	}
	p := fx.preview(t, f)
	if !p.OK() || p.Changed != 2 || p.New+p.Unchanged != 0 {
		t.Fatalf("preview:\n%s", roster.FormatPreview(p, "en"))
	}
	if strings.Join(p.Rows[0].Changed, ",") != "group" || strings.Join(p.Rows[1].Changed, ",") != "consent" {
		t.Fatalf("changed fields: %v / %v", p.Rows[0].Changed, p.Rows[1].Changed)
	}
	if n, err := p.Apply(ctx); err != nil || n.Changed != 2 {
		t.Fatalf("apply %+v %v", n, err)
	}
	if c, _ := fx.s.Child(ctx, kids[0].ID); c.GroupID != fx.c.ID {
		t.Errorf("not moved: %+v", c)
	}
	if c, _ := fx.s.Child(ctx, kids[1].ID); c.Consent {
		t.Errorf("consent kept: %+v", c)
	}
}

func TestMalformedRosterIsRefusedWithTheCellAndNothingWritten(t *testing.T) {
	for _, tc := range []struct {
		name   string
		rows   [][]any
		cell   string
		reason string
	}{
		{"duplicate code", [][]any{{"ULY-02-E1-005", "E1"}, {"ULY-02-E1-006", "E1"}, {"uly-02-e1-005", "E1"}}, "A5", "duplicate_code"},
		{"unknown group", [][]any{{nil, "E1"}, {nil, "E7", "", "ұл"}}, "B4", "unknown_group"},
		{"no group for a new child", [][]any{{nil, nil, "Әлия", "қыз"}}, "B3", "group_required"},
		{"bad date", [][]any{{nil, "E1", "", "ұл", "31.02.2021"}}, "E3", "bad_date"},
		{"birth date in the future", [][]any{{nil, "E1", "", "ұл", "01.01.2027"}}, "E3", "birth_date_range"},
		{"impossible sex", [][]any{{nil, "E1", "", "3"}}, "D3", "bad_sex"},
		{"consent no with a date", [][]any{{nil, "E1", "", "", "", "жоқ", "01.02.2026"}}, "G3", "consent_conflict"},
		{"consent neither yes nor no", [][]any{{nil, "C1", "", "", "", "мүмкін"}}, "F3", "bad_yes_no"},
		{"consent before birth", [][]any{{nil, "C1", "", "", "01.06.2021", "иә", "01.01.2021"}}, "G3", "consent_date_range"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fx := newFixture(t)
			f := fx.template(t)
			rostertest.Fill(t, f, tc.rows...)
			p := fx.preview(t, f)
			if p.OK() || len(p.Problems) != 1 || p.Problems[0].Cell() != tc.cell || p.Problems[0].Reason != tc.reason {
				t.Fatalf("problems %+v\n%s", p.Problems, roster.FormatPreview(p, "en"))
			}
			for _, lang := range []string{"kk", "ru", "en"} {
				if msg := roster.FormatPreview(p, lang); !strings.Contains(msg, tc.cell+": ") || strings.Contains(msg, "{") {
					t.Errorf("%s preview does not name the cell or misses a value:\n%s", lang, msg)
				}
			}
			if _, err := p.Apply(ctx); !errors.Is(err, roster.ErrHasProblems) {
				t.Fatalf("apply: %v", err)
			}
			if kids := fx.children(t); len(kids) != 0 {
				t.Fatalf("written: %+v", kids)
			}
		})
	}
}

func TestOwnListWithHeaderAnywhere(t *testing.T) {
	fx := newFixture(t)
	// given the methodologist's own list: a title row, a number column, her
	// column order, no metadata
	f := excelize.NewFile()
	rows := [][]any{
		{"Тізім, 2026 ж."},
		{"№", "ФИО", "Группа", "Пол", "Дата рождения", "Код"},
		{1, "Әлия Серікқызы", "E1", "ж", "05.04.2021"},
		{2, "Мирас Ержанұлы", "Күншуақ", "м", "12.11.2020"},
	}
	for i, r := range rows {
		f.SetSheetRow("Sheet1", "A"+string(rune('1'+i)), &r)
	}
	var b bytes.Buffer
	f.WriteTo(&b)
	raw := b.Bytes()
	if _, err := roster.Import(ctx, fx.s, bytes.NewReader(raw), roster.Options{}); !errors.Is(err, roster.ErrNoKindergarten) {
		t.Fatalf("without a kindergarten: %v", err)
	}
	p, err := roster.Import(ctx, fx.s, bytes.NewReader(raw), roster.Options{KindergartenID: 77})
	if err != nil || !p.OK() || p.New != 2 || p.HeaderRow != 2 || len(p.Notes) != 1 || p.Notes[0].Reason != "codes_generated" {
		t.Fatalf("%v\n%s", err, roster.FormatPreview(p, "en"))
	}
	if _, err := p.Apply(ctx); err != nil {
		t.Fatal(err)
	}
	if kids := fx.children(t); len(kids) != 2 || kids[1].Code != "ULY-02-C1-001" || kids[1].Sex != "M" {
		t.Fatalf("%+v", kids)
	}
}

func TestRowsInsertedAboveTheHeaderAreANote(t *testing.T) {
	fx := newFixture(t)
	f := fx.template(t)
	rostertest.Fill(t, f, []any{nil, "E1", "", "ұл"})
	if err := f.InsertRows(list, 1, 2); err != nil {
		t.Fatal(err)
	}
	if err := f.InsertCols(list, "A", 1); err != nil {
		t.Fatal(err)
	}
	p := fx.preview(t, f)
	if !p.OK() || p.New != 1 || len(p.Notes) == 0 || p.Notes[0].Reason != "header_moved" || !strings.Contains(p.Notes[0].Message("en"), "B4") {
		t.Fatalf("%s", roster.FormatPreview(p, "en"))
	}
}

func TestWrongFiles(t *testing.T) {
	fx := newFixture(t)
	var b bytes.Buffer
	// a score template is not a roster
	if err := xlsxio.Template(ctx, fx.s, 77, 1, 0, &b); err != nil {
		t.Fatal(err)
	}
	if _, err := roster.Import(ctx, fx.s, &b, roster.Options{KindergartenID: 77}); !errors.Is(err, roster.ErrScoreTemplate) {
		t.Errorf("score template: %v", err)
	}
	// another kindergarten's roster when one is chosen
	f := fx.template(t)
	rostertest.Fill(t, f, []any{nil, "E1"})
	b.Reset()
	f.WriteTo(&b)
	p, err := roster.Import(ctx, fx.s, &b, roster.Options{KindergartenID: 78})
	if err != nil || p.OK() || p.Problems[0].Reason != "other_kg" {
		t.Errorf("other kindergarten: %v %+v", err, p.Problems)
	}
	// an empty template
	b.Reset()
	fx.template(t).WriteTo(&b)
	if _, err := roster.Import(ctx, fx.s, &b, roster.Options{}); !errors.Is(err, roster.ErrNoChildren) {
		t.Errorf("empty roster: %v", err)
	}
	for _, lang := range []string{"kk", "ru", "en"} {
		if msg := roster.ErrorMessage(roster.ErrNoChildren, lang); msg == "" || strings.HasPrefix(msg, "roster.") {
			t.Errorf("%s: %q", lang, msg)
		}
	}
}

func TestRosterPrintsOnPaper(t *testing.T) {
	f := newFixture(t).template(t)
	var titles string
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm.Print_Titles" && dn.Scope == list {
			titles = dn.RefersTo
		}
	}
	if titles != "'"+list+"'!$A:$A,'"+list+"'!$1:$2" {
		t.Errorf("print titles %q", titles)
	}
	if pl, err := f.GetPageLayout(list); err != nil || *pl.Orientation != "landscape" || *pl.FitToWidth != 1 {
		t.Errorf("list: %+v %v", pl, err)
	}
	if pl, err := f.GetPageLayout("Нұсқаулық - Инструкция"); err != nil || *pl.Orientation != "portrait" || *pl.FitToWidth != 1 {
		t.Errorf("instructions: %+v %v", pl, err)
	}
}
