package kit

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"baulu/data"
	"baulu/ui/i18n"
)

func TestChoices(t *testing.T) {
	newWindow(t)
	var got string
	c := KeyChoice([]string{"kk", "ru"}, "language.", "—", func(k string) { got = k })
	if len(c.Options) != 3 || c.Options[0] != "—" {
		t.Fatalf("options %q", c.Options)
	}
	c.SetKey("ru")
	if c.Key() != "ru" || got != "ru" {
		t.Fatalf("key %q, told %q", c.Key(), got)
	}
	c.SetKey("no such key")
	if c.Key() != "" || c.SelectedIndex() != -1 {
		t.Fatal("an unknown key must clear the choice")
	}
	var id int64 = -1
	ids := IDChoice([]int64{76, 77}, func(n int64) string { return "kg " + strconv.FormatInt(n, 10) }, "all", func(n int64) { id = n })
	ids.SetID(77)
	if ids.ID() != 77 || id != 77 {
		t.Fatalf("id %d, told %d", ids.ID(), id)
	}
	ids.SetID(0)
	if ids.ID() != 0 || ids.Selected != "all" {
		t.Fatalf("0 chooses the empty option: %q", ids.Selected)
	}
}

func TestParsing(t *testing.T) {
	newWindow(t)
	if n, err := ParseInt("hours", " 12 "); n != 12 || err != nil {
		t.Fatalf("ParseInt %d %v", n, err)
	}
	if f, err := ParseFloat("hours", "1,5"); f != 1.5 || err != nil {
		t.Fatalf("ParseFloat %v %v", f, err)
	}
	var ve *data.ValidationError
	if _, err := ParseInt("participants", "бес"); !errors.As(err, &ve) || ve.Field != "participants" || ve.Reason != reasonInteger {
		t.Fatalf("not a number: %v", err)
	}
	e := NewDateEntry("held_on", true)
	if _, err := e.Date(); !errors.As(err, &ve) || ve.Reason != data.ReasonRequired {
		t.Fatalf("an empty required date gives %v", err)
	}
	e.SetDate(data.NewDate(2026, 2, 12))
	if _, err := e.Date(); e.Text != "12.02.2026" || err != nil {
		t.Fatalf("date shown %q", e.Text)
	}
}

func TestErrorText(t *testing.T) {
	newWindow(t)
	err := &data.ValidationError{Field: "kind", Reason: data.ReasonRequired}
	if got := ErrorText(err); got != "«Түрі» өрісі: толтыру міндетті." && got != "«Түрі» өрісі: толтыру міндетті" {
		t.Fatalf("%q", got)
	}
	if got := ErrorText(RenameField(&data.ValidationError{Field: "kind", Reason: data.ReasonRequired}, "kind", "round_kind")); got == ErrorText(err) {
		t.Fatal("RenameField kept the field")
	}
	if got := ErrorText(errors.New("disk full")); got != i18n.T("error.other", "error", "disk full") {
		t.Fatalf("%q", got)
	}
}

func TestDialogsRememberWhatTheyShowed(t *testing.T) {
	d := &Dialogs{}
	d.ShowMessage("title", "before the window") // during the window's build
	if d.Message != "before the window" {
		t.Fatal("message not remembered")
	}
	d2, _ := newWindow(t)
	yes := 0
	d2.ConfirmDelete("X", func() { yes++ })
	if d2.Confirm == nil || d2.Confirm.Yes.Text != "Жою" {
		t.Fatalf("confirmation %+v", d2.Confirm)
	}
	d2.Confirm.No.OnTapped()
	d2.Confirm.Yes.OnTapped()
	if yes != 1 {
		t.Fatalf("yes pressed, onYes ran %d times", yes)
	}
}

func TestFormats(t *testing.T) {
	cases := []struct {
		lang string
		got  func() string
		want string
	}{
		{"kk", func() string { return FormatFloat(2.5, 1) }, "2,5"},
		{"en", func() string { return FormatFloat(2.5, 1) }, "2.5"},
		{"kk", func() string { return LowerFirst("Бастапқы") }, "бастапқы"},
		{"kk", func() string { return LowerFirst("III кезең") }, "III кезең"},
		{"kk", func() string { return Capitalize("область Ұлытау") }, "Область Ұлытау"},
		{"kk", func() string { return Cut("Әдістемелік", 5) }, "Әдіс…"},
		{"en", func() string { return DaysText(1) }, "1 day"},
		{"en", func() string { return DaysText(3) }, "3 days"},
		{"kk", func() string {
			return QuarterLabel(3, data.Period{Start: data.NewDate(2027, 1, 1), End: data.NewDate(2027, 12, 31)})
		},
			i18n.T("quarter.n", "quarter", "III", "year", "2027")},
	}
	t.Cleanup(func() { i18n.Set("kk") })
	for _, tc := range cases {
		if err := i18n.Set(tc.lang); err != nil {
			t.Fatal(err)
		}
		if got := tc.got(); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.lang, got, tc.want)
		}
	}
}

// File dialogs start in the folder asked for, else the last one used, else
// Documents.
func TestFileDialogsStartInDocuments(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("USERPROFILE", home)
	d := &Dialogs{}
	if got := d.StartDir(nil); got != "" {
		t.Fatalf("no Documents: %q", got)
	}
	docs := filepath.Join(home, "Documents")
	if err := os.Mkdir(docs, 0o755); err != nil {
		t.Fatal(err)
	}
	if got := d.StartDir(nil); got != docs {
		t.Fatalf("start %q, want %q", got, docs)
	}
	d.lastDir = filepath.Join(home, "reports")
	if got := d.StartDir(nil); got != d.lastDir {
		t.Fatalf("start %q, want the last folder", got)
	}
	if got := d.StartDir([]string{"/x"}); got != "/x" {
		t.Fatalf("start %q, want the folder asked for", got)
	}
}
