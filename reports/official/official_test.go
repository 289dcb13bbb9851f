package official

import (
	"strings"
	"testing"

	"baulu/data"
	"baulu/data/text"
	"baulu/reports/pdfdoc"
	"baulu/seeds"
)

func TestDepartment(t *testing.T) {
	want := map[string][2]string{
		"ULY": {"Ұлытау облысының білім басқармасы", "Управление образования области Ұлытау"},
		"AKM": {"Ақмола облысының білім басқармасы", "Управление образования Акмолинской области"},
		"ZKO": {"Батыс Қазақстан облысының білім басқармасы", "Управление образования Западно-Казахстанской области"},
		"AST": {"Астана қаласының білім басқармасы", "Управление образования города Астаны"},
		"ALA": {"Алматы қаласының білім басқармасы", "Управление образования города Алматы"},
		"SHY": {"Шымкент қаласының білім басқармасы", "Управление образования города Шымкента"},
	}
	for _, r := range seeds.Regions() {
		reg := data.Region{Code: r.Code, NameKK: r.NameKK, NameRU: r.NameRU}
		kk, ru := New("kk", data.Settings{}, reg).Department(), New("ru", data.Settings{}, reg).Department()
		if w, ok := want[r.Code]; ok && (kk != w[0] || ru != w[1]) {
			t.Errorf("%s: %q, %q; want %q, %q", r.Code, kk, ru, w[0], w[1])
		}
		if ru == "Управление образования "+r.NameRU {
			t.Errorf("%s: the Russian name %q is not in the genitive", r.Code, r.NameRU)
		}
	}
}

// A Russian report with the Russian texts missing prints no Kazakh in the
// official fields and says what is missing.
func TestRussianFallbacks(t *testing.T) {
	uly := data.Region{Code: "ULY", NameKK: "Ұлытау облысы", NameRU: "область Ұлытау", CentreKK: "Жезқазған", CentreRU: "Жезказган"}
	st := data.Settings{CentreName: "Ұлытау облысының әдістемелік орталығы", HeadName: "Сейітова Ә. Ж.",
		SignatoryPosition: "Директор", ExecutorName: "Қасымова Г.", ExecutorPhone: "8 (7102) 72-10-15"}
	// №79 derives its Russian name; №77's was changed by the centre and has none.
	k79 := data.Kindergarten{ID: 79, Name: "«Ажар» бөбекжай-бақшасы» ЖШС", NameRU: "ТОО «Ясли-сад «Ажар»»", Settlement: "Сәтбаев қаласы"}
	k77 := data.Kindergarten{ID: 77, Name: "«Ақбота» балабақшасы» КМҚК", Settlement: "Жезқазған қаласы", SettlementRU: "город Жезказган"}
	ru := New("ru", st, uly)
	got := []string{ru.Centre(), ru.City(), ru.KindergartenName(k79), ru.KindergartenName(k77), ru.KindergartenLabel(k77),
		ru.Settlement(k79), ru.Settlement(k77)}
	want := []string{"", "Жезказган", "ТОО «Ясли-сад «Ажар»»", "«Акбота» (№ 77 по приказу)", "«Акбота»", "–", "город Жезказган"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Russian fields\n%q\nwant\n%q", got, want)
	}
	if s := ru.Signer("", ""); s.Name != "" || s.Position != text.T("ru", "official.sign.position") {
		t.Errorf("signer %+v", s)
	}
	if ru.Author() != "Управление образования области Ұлытау" {
		t.Errorf("author %q", ru.Author())
	}
	m := ru.Missing([]data.Kindergarten{k79, k77})
	for _, w := range []string{"наименование методического центра", "ФИО руководителя", "должность подписывающего",
		"ФИО исполнителя", "наименования организаций (№ 77)", "населённые пункты организаций (№ 79)"} {
		if !strings.Contains(m, w) {
			t.Errorf("the missing note lacks %q: %s", w, m)
		}
	}
	for _, f := range append(got, ru.Signer("", "").Position) {
		if seeds.HasKazakhLetters(f) {
			t.Errorf("a Kazakh letter in the Russian field %q", f)
		}
	}
	kk := New("kk", st, uly)
	if kk.KindergartenName(k77) != "««Ақбота» балабақшасы» КМҚК" || kk.Missing([]data.Kindergarten{k77}) != "" || kk.City() != "Жезқазған" {
		t.Errorf("Kazakh: %q %q", kk.KindergartenName(k77), kk.Missing([]data.Kindergarten{k77}))
	}
	if s := kk.Signer("", ""); s.Name != "Сейітова Ә. Ж." || s.Position != "Директор" {
		t.Errorf("Kazakh signer %+v", s)
	}
	if s := kk.Signer("Б. Ахметова", "Директордың орынбасары"); s.Name != "Б. Ахметова" || s.Position != "Директордың орынбасары" {
		t.Errorf("a signer chosen for the report is not used: %+v", s)
	}
}

// Close adds the signature block and the executor line; without an
// executor and a phone there is no line.
func TestClose(t *testing.T) {
	for _, c := range []struct {
		st   data.Settings
		lang string
		line string
	}{
		{data.Settings{ExecutorName: "Г. Қасымова", ExecutorNameRU: "Г. Касымова", ExecutorPhone: "8 7102 72 10 15"}, "ru", "Исп.: Г. Касымова, тел. 8 7102 72 10 15"},
		{data.Settings{ExecutorName: "Г. Қасымова", ExecutorPhone: "8 7102 72 10 15"}, "kk", "Орынд.: Г. Қасымова, тел. 8 7102 72 10 15"},
		{data.Settings{}, "kk", ""},
	} {
		doc := pdfdoc.New(pdfdoc.Meta{})
		off := New(c.lang, c.st, data.Region{})
		off.Close(doc, off.InstituteSigner("", ""), "1 декабря 2026 года")
		blocks := doc.Blocks()
		sig, ok := blocks[0].(pdfdoc.Signature)
		if !ok || sig.Stamp == "" || sig.Signers[0].Position != text.T(c.lang, "official.sign.institute") {
			t.Errorf("%s: signature %+v", c.lang, blocks[0])
		}
		line := ""
		if len(blocks) > 1 {
			line = blocks[1].(pdfdoc.Executor).Line()
		}
		if line != c.line {
			t.Errorf("%s: executor line %q, want %q", c.lang, line, c.line)
		}
	}
}
