package kit

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
)

// Colours of a risk's level; fixed, so they match the printed matrix.
var (
	ColourLow    = color.NRGBA{R: 0x2e, G: 0x7d, B: 0x32, A: 0xff}
	ColourMedium = color.NRGBA{R: 0xf9, G: 0xa8, B: 0x25, A: 0xff}
	ColourHigh   = color.NRGBA{R: 0xc6, G: 0x28, B: 0x28, A: 0xff}
)

// LevelColours gives the background and text colours of a level ("":
// grey, not scored yet).
func LevelColours(level string) (bg, fg color.Color) {
	switch level {
	case data.RiskHigh:
		return ColourHigh, color.White
	case data.RiskMedium:
		return ColourMedium, color.Black
	case data.RiskLow:
		return ColourLow, color.White
	}
	return color.NRGBA{R: 0xe0, G: 0xe0, B: 0xe0, A: 0xff}, color.Black // not yet scored
}

// LevelImportance colours a level's text in lists.
func LevelImportance(level string) widget.Importance {
	switch level {
	case data.RiskHigh:
		return widget.DangerImportance
	case data.RiskMedium:
		return widget.WarningImportance
	}
	return widget.SuccessImportance
}

// LevelBadge is a coloured box with a short bold text, such as a risk's
// score: green, amber or red by level.
type LevelBadge struct {
	widget.BaseWidget
	bg   *canvas.Rectangle
	text *canvas.Text
}

// NewLevelBadge is an empty badge.
func NewLevelBadge() *LevelBadge {
	b := &LevelBadge{bg: canvas.NewRectangle(color.Transparent), text: canvas.NewText("", color.Black)}
	b.bg.CornerRadius = theme.InputRadiusSize()
	b.text.TextStyle.Bold = true
	b.text.Alignment = fyne.TextAlignCenter
	b.ExtendBaseWidget(b)
	return b
}

// Set shows text in the colours of level.
func (b *LevelBadge) Set(text, level string) {
	bg, fg := LevelColours(level)
	b.bg.FillColor, b.text.Color, b.text.Text = bg, fg, text
	b.Refresh()
}

// Text and Fill are what the badge shows (tests).
func (b *LevelBadge) Text() string      { return b.text.Text }
func (b *LevelBadge) Fill() color.Color { return b.bg.FillColor }

func (b *LevelBadge) CreateRenderer() fyne.WidgetRenderer {
	return &badgeRenderer{b: b}
}

type badgeRenderer struct{ b *LevelBadge }

func (r *badgeRenderer) Layout(s fyne.Size) {
	r.b.bg.Resize(s)
	ts := r.b.text.MinSize()
	r.b.text.Move(fyne.NewPos(0, (s.Height-ts.Height)/2))
	r.b.text.Resize(fyne.NewSize(s.Width, ts.Height))
}

func (r *badgeRenderer) MinSize() fyne.Size {
	ts := r.b.text.MinSize()
	p := theme.InnerPadding()
	return fyne.NewSize(max(ts.Width+2*p, 120), ts.Height+p)
}

func (r *badgeRenderer) Refresh() {
	r.b.bg.Refresh()
	r.b.text.Refresh()
}

func (r *badgeRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.b.bg, r.b.text} }
func (r *badgeRenderer) Destroy()                     {}
