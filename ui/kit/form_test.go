package kit

import (
	"errors"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"baulu/data"
)

func TestFormFindsFieldsByKey(t *testing.T) {
	newWindow(t)
	lang := KeyChoice([]string{"kk", "ru"}, "language.", "", nil)
	f := NewForm(
		Text("code", "ULY-01-E1-001"),
		Pick("language", lang),
		Date("birth_date", data.NewDate(2021, 3, 14), false),
		Check("consent", true),
		Note("a note has no key"),
	)
	if len(f.Widget.Items) != 5 || f.Widget.Items[0].Text != "Коды" {
		t.Fatalf("%d rows, first labelled %q", len(f.Widget.Items), f.Widget.Items[0].Text)
	}
	if f.Text("code") != "ULY-01-E1-001" || f.Choice("language") != lang || !f.Check("consent").Checked {
		t.Fatal("fields not found by key")
	}
	if d, err := f.DateOf("birth_date"); err != nil || d != data.NewDate(2021, 3, 14) {
		t.Fatalf("birth date %v %v", d, err)
	}
	f.Entry("birth_date").SetText("31.02.2021")
	var ve *data.ValidationError
	if _, err := f.DateOf("birth_date"); !errors.As(err, &ve) || ve.Field != "birth_date" || ve.Reason != data.ReasonDate {
		t.Fatalf("an impossible date gives %v", err)
	}
	for _, bad := range []func(){func() { f.Entry("no_such") }, func() { f.Choice("code") }} {
		func() {
			defer func() {
				if recover() == nil {
					t.Error("a wrong key or kind did not panic")
				}
			}()
			bad()
		}()
	}
}

func TestFormDialogStaysOpenOnBadInput(t *testing.T) {
	d, w := newWindow(t)
	f := NewForm(Date("held_on", data.Date{}, true), Text("topic", ""))
	saved := 0
	fd := d.NewFormDialog("…", f, func() error {
		if strings.TrimSpace(f.Text("topic")) == "" {
			return &data.ValidationError{Field: "topic", Reason: data.ReasonRequired}
		}
		saved++
		return nil
	}).SubmitOnEnter()
	fd.Show()
	if d.Form != fd {
		t.Fatal("the dialog is not remembered")
	}
	f.Entry("held_on").SetText("12.02.2026")
	test.Tap(fd.Save)
	if saved != 0 || !fd.ErrText.Visible() || !strings.Contains(fd.ErrText.Text, "«Тақырыбы» өрісі") {
		t.Fatalf("saved %d, error %q", saved, fd.ErrText.Text)
	}
	if len(w.Canvas().Overlays().List()) == 0 {
		t.Fatal("the dialog closed despite bad input")
	}
	f.Entry("topic").SetText("Семинар")
	f.Entry("topic").TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // Enter saves
	if saved != 1 {
		t.Fatalf("Enter saved %d times", saved)
	}
}

// A wrong date is explained when the field is left, in words and with an
// example, not while it is typed and not by a tick; Save puts the keyboard
// on the first wrong field.
func TestDateCheckedOnLeavingAndSave(t *testing.T) {
	d, _ := newWindow(t)
	f := NewForm(Text("code", ""), Date("birth_date", data.Date{}, false), Date("consent_date", data.Date{}, false))
	saved := false
	fd := d.NewFormDialog("t", f, func() error { saved = true; return nil })
	fd.Show()
	c := fyne.CurrentApp().Driver().CanvasForObject(f.Widget)
	birth := f.Date("birth_date")
	if birth.Validator != nil {
		t.Fatal("a date entry with Fyne's validator shows a tick for a date the record may refuse")
	}
	c.Focus(birth)
	test.Type(birth, "05.09")
	if f.Widget.Items[1].HintText != "мысалы 05.09.2026" {
		t.Fatalf("judged while typing: %q", f.Widget.Items[1].HintText)
	}
	c.Focus(f.Object("code").(fyne.Focusable))
	want := "«Туған күні» өрісі: мұндай күн жоқ немесе ол мүмкін емес (мысалы, әлі келмеген күн): күнді кк.аа.жжжж түрінде жазыңыз, мысалы 05.09.2026."
	if got := f.Widget.Items[1].HintText; got != want {
		t.Fatalf("after leaving the field: %q, want %q", got, want)
	}
	birth.SetText("05.09.2021")
	f.Entry("consent_date").SetText("31.02.2026")
	test.Tap(fd.Save)
	if saved || c.Focused() != f.Date("consent_date") || !strings.Contains(fd.ErrText.Text, "05.09.2026") {
		t.Fatalf("saved %v, focus %v, %q", saved, c.Focused(), fd.ErrText.Text)
	}
	if f.Widget.Items[1].HintText != "мысалы 05.09.2026" || f.Widget.Items[2].HintText == "мысалы 05.09.2026" {
		t.Fatalf("a good date keeps the message: %q", f.Widget.Items[1].HintText)
	}
}

// A form dialog opens with the keyboard in its first field, Enter saves
// and Escape cancels; a confirmation answers Enter and Escape.
func TestDialogsKeyboard(t *testing.T) {
	d, w := newWindow(t)
	f := NewForm(Text("code", ""), Date("birth_date", data.Date{}, false))
	saved := 0
	fd := d.NewFormDialog("t", f, func() error { saved++; return nil })
	fd.Show()
	c := w.Canvas()
	if c.Focused() != f.Object("code").(fyne.Focusable) {
		t.Fatalf("first field not focused: %T", c.Focused())
	}
	test.Type(f.Entry("code"), "A1")
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if saved != 1 || fd.Dlg == nil {
		t.Fatalf("Enter saved %d times", saved)
	}
	fd = d.NewFormDialog("t", NewForm(Text("code", ""), Date("birth_date", data.Date{}, false)), func() error { saved++; return nil })
	fd.Show()
	c.Focus(fd.Form.Object("birth_date").(fyne.Focusable))
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if saved != 1 || len(c.Overlays().List()) != 0 {
		t.Fatalf("Escape: saved %d, %d overlays", saved, len(c.Overlays().List()))
	}

	yes := 0
	d.ConfirmDelete("x", func() { yes++ })
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if yes != 0 || len(c.Overlays().List()) != 0 {
		t.Fatalf("Escape on a confirmation: yes %d, %d overlays", yes, len(c.Overlays().List()))
	}
	d.ConfirmDelete("x", func() { yes++ })
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if yes != 1 {
		t.Fatalf("Enter on a confirmation: yes %d", yes)
	}
}

// Save on a long form in a small dialog brings the wrong field into view:
// the last date is below the fold until Save scrolls to it.
func TestFormDialogScrollsToTheWrongField(t *testing.T) {
	d, w := newWindow(t)
	var fields []Field
	for _, k := range []string{"topic", "organiser", "materials", "notes", "code", "full_name", "director", "email"} {
		fields = append(fields, Text(k, "…"))
	}
	fields = append(fields, Date("held_on", data.Date{}, true))
	f := NewForm(fields...)
	fd := d.NewFormDialog("…", f, func() error { return nil }).Resize(400, 300)
	fd.Show()
	scroll, date := f.scroll, f.Date("held_on")
	// Where the date is in the dialog's view of the form.
	inView := func() bool {
		dr := fyne.CurrentApp().Driver()
		top := dr.AbsolutePositionForObject(date).Y - dr.AbsolutePositionForObject(scroll).Y
		return top >= 0 && top+date.Size().Height <= scroll.Size().Height
	}
	if scroll.Offset.Y != 0 || inView() {
		t.Fatalf("the date is in view from the start (offset %v, view %v)", scroll.Offset, scroll.Size())
	}
	test.Tap(fd.Save)
	if w.Canvas().Focused() != date {
		t.Fatalf("the keyboard is in %T", w.Canvas().Focused())
	}
	if !inView() || scroll.Offset.Y <= 0 {
		t.Fatalf("the wrong field is out of view (offset %v, view %v)", scroll.Offset, scroll.Size())
	}
}
