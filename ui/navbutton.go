package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// navButton is a section's icon in the folded navigation. Fyne's buttons
// have no tooltips, so while the pointer is on it the status line names
// the section, and says again what it said before once the pointer leaves.
type navButton struct {
	widget.Button
	name   string
	status *widget.Label
	was    string // the status line before the pointer came
}

func newNavButton(name string, icon fyne.Resource, status *widget.Label, tapped func()) *navButton {
	b := &navButton{name: name, status: status}
	b.Icon, b.OnTapped = icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// MouseIn names the section in the status line.
func (b *navButton) MouseIn(e *desktop.MouseEvent) {
	b.Button.MouseIn(e)
	b.was = b.status.Text
	b.status.SetText(b.name)
}

// MouseOut gives the status line back, unless something said since (a
// section opened by the tap clears it).
func (b *navButton) MouseOut() {
	b.Button.MouseOut()
	if b.status.Text == b.name {
		b.status.SetText(b.was)
	}
}
