package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

var ctx = context.Background()

// testExec runs the window's jobs before the call that started them
// returns, or, while held, queues them so a test finishes them when and in
// the order it likes.
type testExec struct {
	hold bool
	jobs []func()
}

func (e *testExec) run(job func()) {
	if e.hold {
		e.jobs = append(e.jobs, job)
		return
	}
	kit.Sync(job)
}

// newTestUI opens Baulu on a fresh database in Fyne's test driver.
func newTestUI(t *testing.T, store *data.Store) *UI {
	t.Helper()
	u, _ := newHeldUI(t, store)
	return u
}

// newHeldUI is newTestUI with the executor of its jobs.
func newHeldUI(t *testing.T, store *data.Store) (*UI, *testExec) {
	t.Helper()
	a := test.NewTempApp(t)
	exec := &testExec{}
	u, err := newUI(a, store, "", exec.run, nil)
	if err != nil {
		t.Fatal(err)
	}
	u.win.Resize(fyne.NewSize(1200, 800))
	t.Cleanup(func() { i18n.Set("kk") })
	return u, exec
}

func TestFirstRunThenKindergartenGroupAndChild(t *testing.T) {
	s := datatest.New(t)
	u := newTestUI(t, s)
	fr := u.firstRun
	if fr == nil || u.shell != nil {
		t.Fatal("a fresh database must open on the first-run screen")
	}

	// Nothing chosen: a Kazakh message says which field, and nothing is written.
	test.Tap(fr.start)
	if !strings.Contains(fr.errText.Text, "Өңір") {
		t.Fatalf("error for a missing region: %q", fr.errText.Text)
	}
	if st, _ := s.Settings(ctx); st.Configured() {
		t.Fatal("settings written despite the error")
	}

	fr.form.Choice("region").SetKey("ULY")
	test.Type(fr.form.Entry("centre_name"), "Ұлытау облысы білім басқармасының әдістемелік орталығы")
	test.Type(fr.form.Entry("head_name"), "Сәуле Әбдіқызы")
	test.Tap(fr.start)
	if u.shell == nil {
		t.Fatalf("still on first run: %q", fr.errText.Text)
	}
	st, _ := s.Settings(ctx)
	if st.RegionCode != "ULY" || st.HeadName != "Сәуле Әбдіқызы" {
		t.Fatalf("settings %+v", st)
	}
	kg, ok := u.shell.current.(*kindergartensScreen)
	if !ok || len(kg.kgs) != 5 || kg.kgs[0].Name != "«Тамаша» бөбекжай-бақшасы» КМҚК" {
		t.Fatalf("kindergartens screen after first run: %T %v", u.shell.current, kg)
	}

	// Edit the profile of the first kindergarten.
	p := kg.profile
	test.Type(p.form.Entry("director"), "Гүлмира Қасымқызы")
	p.form.Choice("locality").SetKey("urban")
	test.Type(p.form.Entry("email"), "tamasha@edu.kz")
	test.Tap(p.save)
	k, _ := s.Kindergarten(ctx, 76)
	if k.Director != "Гүлмира Қасымқызы" || k.Locality != "urban" || k.Email != "tamasha@edu.kz" {
		t.Fatalf("profile not saved: %+v", k)
	}
	// A bad e-mail is refused with a message, and the row keeps its value.
	p.form.Entry("email").SetText("tamasha at edu")
	test.Tap(p.save)
	if !strings.Contains(u.dialogs.Message, "Электрондық поштасы") {
		t.Fatalf("bad e-mail message: %q", u.dialogs.Message)
	}
	if k2, _ := s.Kindergarten(ctx, 76); k2.Email != "tamasha@edu.kz" {
		t.Fatalf("bad e-mail written: %q", k2.Email)
	}

	// Add an experimental group through the dialog.
	g := kg.groups
	test.Tap(g.Add)
	fd := u.dialogs.Form
	test.Tap(fd.Save) // empty name
	if !fd.ErrText.Visible() || !strings.Contains(fd.ErrText.Text, "Топтың атауы") {
		t.Fatalf("empty group name: %q", fd.ErrText.Text)
	}
	test.Type(fd.Form.Entry("group_name"), "Балапан")
	fd.Form.Choice("role").SetKey(data.RoleExperimental)
	test.Type(fd.Form.Entry("teacher"), "Айжан Серікқызы")
	test.Tap(fd.Save)
	groups, _ := s.Groups(ctx, 76)
	if len(groups) != 1 || groups[0].Name != "Балапан" || groups[0].Code != "E1" || groups[0].Teacher != "Айжан Серікқызы" {
		t.Fatalf("groups %+v (dialog error %q)", groups, fd.ErrText.Text)
	}

	// Select it and add a child with a generated code.
	g.table.SelectRow(0)
	c := g.children
	if c == nil {
		t.Fatal("children panel not shown for the selected group")
	}
	test.Tap(c.Add)
	fd = u.dialogs.Form
	if fd.Form.Entry("code").Text != "ULY-01-E1-001" {
		t.Fatalf("proposed code %q", fd.Form.Entry("code").Text)
	}
	test.Type(fd.Form.Entry("birth_date"), "31.02.2021") // impossible birth date
	test.Tap(fd.Save)
	if !strings.Contains(fd.ErrText.Text, "Туған күні") {
		t.Fatalf("impossible birth date: %q", fd.ErrText.Text)
	}
	if kids, _ := s.Children(ctx, groups[0].ID); len(kids) != 0 {
		t.Fatal("child written despite a bad date")
	}
	fd.Form.Entry("birth_date").SetText("14.03.2021")
	fd.Form.Choice("sex").SetKey("F")
	test.Tap(fd.Save)
	kids, _ := s.Children(ctx, groups[0].ID)
	if len(kids) != 1 || kids[0].Code != "ULY-01-E1-001" || kids[0].BirthDate.String() != "2021-03-14" || kids[0].Sex != "F" {
		t.Fatalf("children %+v (dialog error %q)", kids, fd.ErrText.Text)
	}

	// A second child with the same code is refused.
	test.Tap(c.Add)
	fd = u.dialogs.Form
	fd.Form.Entry("code").SetText("ULY-01-E1-001")
	test.Tap(fd.Save)
	if !strings.Contains(fd.ErrText.Text, "Коды") {
		t.Fatalf("duplicate code: %q", fd.ErrText.Text)
	}
	if kids, _ := s.Children(ctx, groups[0].ID); len(kids) != 1 {
		t.Fatalf("%d children after a duplicate", len(kids))
	}

	// Delete the child after confirmation; cancelling keeps it.
	c.table.SelectRow(0)
	test.Tap(c.Del)
	test.Tap(u.dialogs.Confirm.No)
	if kids, _ := s.Children(ctx, groups[0].ID); len(kids) != 1 {
		t.Fatal("cancel deleted the child")
	}
	c.table.SelectRow(0)
	test.Tap(c.Del)
	test.Tap(u.dialogs.Confirm.Yes)
	if kids, _ := s.Children(ctx, groups[0].ID); len(kids) != 0 {
		t.Fatal("confirmed delete kept the child")
	}
}

func TestDirectionsAndEnvironment(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	u := newTestUI(t, s)
	u.shell.open("kindergartens")
	kg := u.shell.current.(*kindergartensScreen)
	d := kg.dirs
	d.checks.SetSelected([]string{d.dirs[1].NameKK, d.dirs[5].NameKK})
	test.Tap(d.save)
	ids, _ := s.KindergartenDirections(ctx, 76)
	if len(ids) != 2 || ids[0] != d.dirs[1].ID || ids[1] != d.dirs[5].ID {
		t.Fatalf("directions %v", ids)
	}
	e := kg.env
	e.reload()
	if len(e.dirs) != 2 || len(e.statuses) != 6 {
		t.Fatalf("environment shows %d directions, %d items", len(e.dirs), len(e.statuses))
	}
	e.statuses[1].SetSelectedIndex(data.EnvFully)
	rs, _ := s.EnvRatings(ctx, 76, e.dirs[0].ID)
	if len(rs) != 1 || rs[0].Status != data.EnvFully || rs[0].RatedOn != s.Today() {
		t.Fatalf("ratings %+v", rs)
	}
}

// Reload rebuilds the whole window in the new language, on the section
// that asked for it.
func TestSettingsLanguageSwitchesAtOnce(t *testing.T) {
	s := datatest.NewConfigured(t, "AST")
	u := newTestUI(t, s)
	u.shell.open(kit.Settings)
	if err := u.Reload("ru"); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Settings(ctx); got.Language != "ru" {
		t.Fatalf("settings %+v", got)
	}
	if i18n.Current() != "ru" || u.shell.currentKey != kit.Settings {
		t.Fatalf("language %s, section %s", i18n.Current(), u.shell.currentKey)
	}
	if got := u.shell.nav.Length(); got != len(sections()) {
		t.Fatalf("nav has %d items", got)
	}
	if !hasButton(u.win.Content(), "Сохранить") {
		t.Fatal("no «Сохранить» button after switching to Russian")
	}
}

// ReplaceStore rebuilds the window on the other database, on Settings.
func TestReplaceStoreRebuildsOnSettings(t *testing.T) {
	u := newTestUI(t, datatest.NewConfigured(t, "ULY"))
	u.shell.open(kit.Dashboard)
	other := datatest.NewConfigured(t, "AST")
	if err := u.ReplaceStore(other); err != nil {
		t.Fatal(err)
	}
	if u.Store() != other || u.Settings().RegionCode != "AST" || u.shell.currentKey != kit.Settings {
		t.Fatalf("store %v, region %s, section %s", u.Store() == other, u.Settings().RegionCode, u.shell.currentKey)
	}
}

// hasButton reports whether a button labelled text is shown under o.
func hasButton(o fyne.CanvasObject, text string) bool {
	switch x := o.(type) {
	case *widget.Button:
		return x.Text == text
	case *fyne.Container:
		for _, c := range x.Objects {
			if hasButton(c, text) {
				return true
			}
		}
		return false
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			if hasButton(c, text) {
				return true
			}
		}
	}
	return false
}

func TestEverySectionOpens(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	u := newTestUI(t, s)
	for _, sec := range sections() {
		u.shell.open(sec.key)
		if u.shell.currentKey != sec.key || u.shell.current == nil {
			t.Fatalf("section %s did not open", sec.key)
		}
	}
}
