package ui

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
)

// dateEntry is a dd.mm.yyyy text field. Fyne's DateEntry formats by the OS
// locale and names months in English; methodologists type dates anyway.
type dateEntry struct {
	widget.Entry
	field    string
	required bool
}

func newDateEntry(field string, required bool) *dateEntry {
	e := &dateEntry{field: field, required: required}
	e.ExtendBaseWidget(e) // an extended widget, so Fyne renders and refreshes this struct
	e.SetPlaceHolder(i18n.T("date.placeholder"))
	e.Validator = func(s string) error {
		_, err := e.date()
		return err
	}
	return e
}

// date parses the text; a wrong date names the field.
func (e *dateEntry) date() (data.Date, error) {
	d, err := data.ParseDMY(e.Text)
	if err != nil {
		return data.Date{}, &data.ValidationError{Field: e.field, Reason: data.ReasonDate}
	}
	if d.IsZero() && e.required {
		return data.Date{}, &data.ValidationError{Field: e.field, Reason: data.ReasonRequired}
	}
	return d, nil
}

func (e *dateEntry) setDate(d data.Date) { e.SetText(d.DMY()) }

// intEntry reads a whole number; empty means zero.
func parseInt(field, s string) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, &data.ValidationError{Field: field, Reason: data.ReasonFormat}
	}
	return n, nil
}

// parseFloat reads a decimal number written with a comma or a point.
func parseFloat(field, s string) (float64, error) {
	s = strings.ReplaceAll(strings.TrimSpace(s), ",", ".")
	if s == "" {
		return 0, nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, &data.ValidationError{Field: field, Reason: data.ReasonFormat}
	}
	return f, nil
}

// formatFloat writes a number with the decimal comma used in kk and ru.
func formatFloat(f float64, prec int) string {
	s := strconv.FormatFloat(f, 'f', prec, 64)
	if i18n.Current() != "en" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// choice is a Select whose options are translated labels for fixed keys.
type choice struct {
	widget.Select
	keys   []string
	labels []string
}

func newChoice(keys []string, label func(string) string, onChange func(key string)) *choice {
	c := &choice{keys: keys}
	for _, k := range keys {
		c.labels = append(c.labels, label(k))
	}
	c.Options = c.labels
	c.OnChanged = func(string) {
		if onChange != nil {
			onChange(c.key())
		}
	}
	c.PlaceHolder = i18n.T("select.placeholder") // Fyne's own is English
	c.ExtendBaseWidget(c)                        // an extended widget, so Fyne renders and refreshes this struct
	return c
}

// key is the key of the chosen option ("" when none).
func (c *choice) key() string {
	i := c.SelectedIndex()
	if i < 0 {
		return ""
	}
	return c.keys[i]
}

func (c *choice) setKey(k string) {
	for i, kk := range c.keys {
		if kk == k {
			c.SetSelectedIndex(i)
			return
		}
	}
	c.ClearSelected()
}

// wrapped is a word-wrapping label.
func wrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// column stacks objects in a fixed width. Unlike a VBox inside a sized
// container, it measures wrapped text at its real width, so paragraphs
// never overlap what follows them.
func fixedColumn(width float32, objs ...fyne.CanvasObject) *fyne.Container {
	return container.New(&columnLayout{width: width}, objs...)
}

type columnLayout struct{ width float32 }

func (c *columnLayout) heights(objs []fyne.CanvasObject) (hs []float32, total float32) {
	pad := theme.Padding()
	for _, o := range objs {
		if !o.Visible() {
			hs = append(hs, 0)
			continue
		}
		o.Resize(fyne.NewSize(c.width, o.MinSize().Height))
		h := o.MinSize().Height
		hs = append(hs, h)
		total += h + pad
	}
	return hs, total
}

func (c *columnLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	hs, _ := c.heights(objs)
	y := float32(0)
	for i, o := range objs {
		if !o.Visible() {
			continue
		}
		o.Move(fyne.NewPos((size.Width-c.width)/2, y))
		o.Resize(fyne.NewSize(c.width, hs[i]))
		y += hs[i] + theme.Padding()
	}
}

func (c *columnLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	_, total := c.heights(objs)
	return fyne.NewSize(c.width, total)
}

// capitalize upper-cases the first letter («область Ұлытау» as a heading).
func capitalize(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}
