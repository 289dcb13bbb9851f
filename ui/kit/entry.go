package kit

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
)

// DateEntry is a dd.mm.yyyy text field. Fyne's DateEntry formats by the OS
// locale and names months in English; methodologists type dates anyway.
// It has no Fyne validator: that one judges while the date is being typed
// and shows a tick for a date the record may still refuse. The date is
// checked when the field is left (onLeave, which a Form sets) and on Save.
type DateEntry struct {
	widget.Entry
	field    string
	required bool
	onLeave  func(error)
	onEscape func() // a form dialog's Cancel
}

// TypedKey lets Escape cancel the dialog the field is in.
func (e *DateEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && e.onEscape != nil {
		e.onEscape()
		return
	}
	e.Entry.TypedKey(ev)
}

// NewDateEntry is a date field; a wrong date names field in the message.
func NewDateEntry(field string, required bool) *DateEntry {
	e := &DateEntry{field: field, required: required}
	e.ExtendBaseWidget(e) // an extended widget, so Fyne renders and refreshes this struct
	e.SetPlaceHolder(i18n.T("date.placeholder"))
	return e
}

// FocusLost checks the date once the user has left the field.
func (e *DateEntry) FocusLost() {
	e.Entry.FocusLost()
	if e.onLeave != nil {
		_, err := e.Date()
		e.onLeave(err)
	}
}

// Date parses the text; a wrong date names the field.
func (e *DateEntry) Date() (data.Date, error) {
	d, err := data.ParseDMY(e.Text)
	if err != nil {
		return data.Date{}, &data.ValidationError{Field: e.field, Reason: data.ReasonDate}
	}
	if d.IsZero() && e.required {
		return data.Date{}, &data.ValidationError{Field: e.field, Reason: data.ReasonRequired}
	}
	return d, nil
}

// SetDate shows d (nothing for the zero date).
func (e *DateEntry) SetDate(d data.Date) { e.SetText(d.DMY()) }

// The reasons of a number the entry cannot read (texts reason.<reason>
// say what is expected, with an example).
const (
	reasonInteger = "integer"
	reasonDecimal = "decimal"
)

// ParseInt reads a whole number; empty means zero.
func ParseInt(field, s string) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, &data.ValidationError{Field: field, Reason: reasonInteger}
	}
	return n, nil
}

// ParseFloat reads a decimal number written with a comma or a point.
func ParseFloat(field, s string) (float64, error) {
	s = strings.ReplaceAll(strings.TrimSpace(s), ",", ".")
	if s == "" {
		return 0, nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, &data.ValidationError{Field: field, Reason: reasonDecimal}
	}
	return f, nil
}

// Entry is a Fyne entry on which Escape cancels the form dialog it is in
// (Fyne's own entry keeps Escape to itself).
type Entry struct {
	widget.Entry
	onEscape func()
}

func newEntry() *Entry {
	e := &Entry{}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey lets Escape cancel the dialog the field is in.
func (e *Entry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && e.onEscape != nil {
		e.onEscape()
		return
	}
	e.Entry.TypedKey(ev)
}

// Multiline is a word-wrapping text area of rows lines (0: Fyne's
// default) holding text.
func Multiline(text string, rows int) *Entry {
	e := newEntry()
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.SetMinRowsVisible(rows)
	e.SetText(text)
	return e
}

// EntryWith is a one-line entry holding text.
func EntryWith(text string) *Entry {
	e := newEntry()
	e.SetText(text)
	return e
}
