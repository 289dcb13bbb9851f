package dashboard

import (
	"image/color"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// pilotYear is the year of the pilot (January–December 2026).
const pilotYear = 2026

// deadline is a date the centre must meet and its name's translation key.
type deadline struct {
	on  data.Date
	key string
}

// pilotDeadlines are the quarterly reports to the education department and
// the regional analytical report to the Institute (docs/ARCHITECTURE.md), in date order.
func pilotDeadlines() []deadline {
	return []deadline{
		{data.NewDate(pilotYear, 3, 31), "deadline.q1"},
		{data.NewDate(pilotYear, 6, 30), "deadline.q2"},
		{data.NewDate(pilotYear, 9, 30), "deadline.q3"},
		{data.NewDate(pilotYear, 11, 30), "deadline.report"},
		{data.NewDate(pilotYear, 12, 31), "deadline.q4"},
	}
}

// deadlineStatus says how far a deadline is from today: "N days left",
// "today" or "passed", and whether it is close enough to worry about.
func deadlineStatus(d, today data.Date) (text string, urgent bool) {
	n := data.DaysBetween(today, d)
	switch {
	case n < 0:
		return i18n.T("deadline.passed"), false
	case n == 0:
		return i18n.T("deadline.today"), true
	}
	return i18n.N("deadline.left", n), n <= 14
}

// timeline draws the pilot year as a bar of twelve months, the time already
// gone shaded, today marked with a line, and the deadlines as ticks with
// their dates below. It is drawn with canvas objects laid out by date, so it
// stretches with the window.
type timeline struct {
	widget.BaseWidget
	today     data.Date
	deadlines []deadline
}

func newTimeline(today data.Date) *timeline {
	t := &timeline{today: today, deadlines: pilotDeadlines()}
	t.ExtendBaseWidget(t)
	return t
}

// Heights of the timeline's bands, from the top.
const (
	tlTodayH = 22 // today's label
	tlBarH   = 34 // the months
	tlTickH  = 8  // deadline ticks below the bar
	tlDateH  = 20 // deadline dates
)

func (t *timeline) CreateRenderer() fyne.WidgetRenderer {
	r := &timelineRenderer{t: t}
	grey := color.NRGBA{R: 0x90, G: 0x96, B: 0x9a, A: 0xff} // deadlines passed
	for m := 1; m <= 12; m++ {
		fill := color.NRGBA{R: 0xf2, G: 0xf4, B: 0xf5, A: 0xff}
		if m%2 == 0 {
			fill = color.NRGBA{R: 0xe4, G: 0xe8, B: 0xea, A: 0xff}
		}
		r.months = append(r.months, canvas.NewRectangle(fill))
		txt := canvas.NewText(i18n.T("month.short."+strconv.Itoa(m)), theme.Color(theme.ColorNameForeground))
		txt.Alignment = fyne.TextAlignCenter
		txt.TextSize = theme.CaptionTextSize()
		r.monthText = append(r.monthText, txt)
	}
	primary := theme.Color(theme.ColorNamePrimary)
	r.gone = canvas.NewRectangle(color.NRGBA{R: 0x00, G: 0x7c, B: 0x9e, A: 0x30})
	for _, d := range t.deadlines {
		c := color.Color(color.NRGBA{R: 0x45, G: 0x4f, B: 0x55, A: 0xff})
		if d.key == "deadline.report" {
			c = kit.ColourHigh
		}
		if d.on.Before(t.today) {
			c = grey
		}
		tick := canvas.NewRectangle(c)
		txt := canvas.NewText(d.on.DMY()[:5], c)
		txt.TextSize = theme.CaptionTextSize()
		txt.TextStyle.Bold = d.key == "deadline.report"
		r.ticks = append(r.ticks, tick)
		r.tickText = append(r.tickText, txt)
	}
	r.todayLine = canvas.NewRectangle(primary)
	r.todayText = canvas.NewText(i18n.T("timeline.today", "date", t.today.DMY()), primary)
	r.todayText.TextStyle.Bold = true
	r.todayText.TextSize = theme.CaptionTextSize()
	return r
}

type timelineRenderer struct {
	t         *timeline
	months    []*canvas.Rectangle
	monthText []*canvas.Text
	gone      *canvas.Rectangle
	ticks     []*canvas.Rectangle
	tickText  []*canvas.Text
	todayLine *canvas.Rectangle
	todayText *canvas.Text
}

// x is the position of a day on a bar of width w (the end of the day when end).
func (r *timelineRenderer) x(d data.Date, w float32, end bool) float32 {
	start := data.NewDate(pilotYear, 1, 1)
	days := float32(data.DaysBetween(start, d))
	if end {
		days++
	}
	total := float32(data.DaysBetween(start, data.NewDate(pilotYear+1, 1, 1)))
	return min(max(days/total, 0), 1) * w
}

func (r *timelineRenderer) Layout(s fyne.Size) {
	barY := float32(tlTodayH)
	for m := 1; m <= 12; m++ {
		x0 := r.x(data.NewDate(pilotYear, time.Month(m), 1), s.Width, false)
		x1 := r.x(data.NewDate(pilotYear, time.Month(m+1), 1), s.Width, false)
		r.months[m-1].Move(fyne.NewPos(x0, barY))
		r.months[m-1].Resize(fyne.NewSize(x1-x0, tlBarH))
		ts := r.monthText[m-1].MinSize()
		r.monthText[m-1].Move(fyne.NewPos(x0, barY+(tlBarH-ts.Height)/2))
		r.monthText[m-1].Resize(fyne.NewSize(x1-x0, ts.Height))
	}
	inYear := r.t.today.Year() == pilotYear
	tx := r.x(r.t.today, s.Width, false)
	r.gone.Move(fyne.NewPos(0, barY))
	r.gone.Resize(fyne.NewSize(tx, tlBarH))
	for i, d := range r.t.deadlines {
		x := r.x(d.on, s.Width, true)
		r.ticks[i].Move(fyne.NewPos(x-1.5, barY))
		r.ticks[i].Resize(fyne.NewSize(3, tlBarH+tlTickH))
		ts := r.tickText[i].MinSize()
		r.tickText[i].Move(fyne.NewPos(min(max(x-ts.Width/2, 0), s.Width-ts.Width), barY+tlBarH+tlTickH))
	}
	r.todayLine.Move(fyne.NewPos(tx-1, tlTodayH-6))
	r.todayLine.Resize(fyne.NewSize(2, tlBarH+6))
	ts := r.todayText.MinSize()
	r.todayText.Move(fyne.NewPos(min(max(tx-ts.Width/2, 0), s.Width-ts.Width), 0))
	for _, o := range []fyne.CanvasObject{r.gone, r.todayLine, r.todayText} {
		if inYear {
			o.Show()
		} else {
			o.Hide()
		}
	}
}

func (r *timelineRenderer) MinSize() fyne.Size {
	return fyne.NewSize(480, tlTodayH+tlBarH+tlTickH+tlDateH)
}

func (r *timelineRenderer) Refresh() {
	for _, o := range r.Objects() {
		o.Refresh()
	}
}

func (r *timelineRenderer) Objects() []fyne.CanvasObject {
	var objs []fyne.CanvasObject
	for _, m := range r.months {
		objs = append(objs, m)
	}
	for _, m := range r.monthText {
		objs = append(objs, m)
	}
	objs = append(objs, r.gone)
	for i := range r.ticks {
		objs = append(objs, r.ticks[i], r.tickText[i])
	}
	return append(objs, r.todayLine, r.todayText)
}

func (r *timelineRenderer) Destroy() {}
