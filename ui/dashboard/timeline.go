package dashboard

import (
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// deadline is a date the centre must meet and its name.
type deadline struct {
	on     data.Date
	name   string
	report bool   // the regional analytical report, drawn stronger
	code   string // data.Deadline.Code: which report records are for it
}

// periodDeadlines are the quarterly reports to the education department and
// the regional analytical report to the Institute, in date order: the
// period's (data.Period.Deadlines, the one rule).
func periodDeadlines(p data.Period) []deadline {
	var out []deadline
	for _, d := range p.Deadlines() {
		if d.Key == "report" {
			out = append(out, deadline{on: d.Date, name: i18n.T("deadline.report"), report: true, code: d.Code()})
			continue
		}
		out = append(out, deadline{on: d.Date, name: i18n.T("deadline.quarter", "quarter", kit.Roman(d.Quarter)), code: d.Code()})
	}
	return out
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

// timeline draws the pilot period as a bar of its months, the time already
// gone shaded, today marked with a line, and the deadlines as ticks with
// their dates below. It is drawn with canvas objects laid out by date, so it
// stretches with the window.
type timeline struct {
	widget.BaseWidget
	today     data.Date
	period    data.Period
	deadlines []deadline
}

func newTimeline(today data.Date, p data.Period) *timeline {
	t := &timeline{today: today, period: p, deadlines: periodDeadlines(p)}
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
	grey := color.NRGBA{R: 0x5f, G: 0x63, B: 0x68, A: 0xff} // deadlines passed (4.5:1 on the months)
	for i, m := range t.months() {
		fill := color.NRGBA{R: 0xf2, G: 0xf4, B: 0xf5, A: 0xff}
		if i%2 == 1 {
			fill = color.NRGBA{R: 0xe4, G: 0xe8, B: 0xea, A: 0xff}
		}
		r.months = append(r.months, canvas.NewRectangle(fill))
		txt := canvas.NewText(i18n.T("month.short."+strconv.Itoa(int(m.Month()))), theme.Color(theme.ColorNameForeground))
		txt.Alignment = fyne.TextAlignCenter
		txt.TextSize = theme.CaptionTextSize()
		r.monthText = append(r.monthText, txt)
	}
	primary := theme.Color(theme.ColorNamePrimary)
	r.gone = canvas.NewRectangle(color.NRGBA{R: 0x00, G: 0x7c, B: 0x9e, A: 0x30})
	for _, d := range t.deadlines {
		c := color.Color(color.NRGBA{R: 0x45, G: 0x4f, B: 0x55, A: 0xff})
		if d.report {
			c = kit.ColourHigh
		}
		if d.on.Before(t.today) {
			c = grey
		}
		tick := canvas.NewRectangle(c)
		txt := canvas.NewText(d.on.DMY()[:5], c)
		txt.TextSize = theme.CaptionTextSize()
		txt.TextStyle.Bold = d.report
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

// months are the first days of the period's months.
func (t *timeline) months() []data.Date {
	var out []data.Date
	if t.period.Start.IsZero() || t.period.End.IsZero() {
		return nil
	}
	for m := data.NewDate(t.period.Start.Year(), t.period.Start.Month(), 1); !m.After(t.period.End); m = data.NewDate(m.Year(), m.Month()+1, 1) {
		out = append(out, m)
	}
	return out
}

// x is the position of a day on a bar of width w (the end of the day when end).
func (r *timelineRenderer) x(d data.Date, w float32, end bool) float32 {
	start := r.t.period.Start
	days := float32(data.DaysBetween(start, d))
	if end {
		days++
	}
	total := float32(data.DaysBetween(start, r.t.period.End.AddDays(1)))
	return min(max(days/total, 0), 1) * w
}

func (r *timelineRenderer) Layout(s fyne.Size) {
	barY := float32(tlTodayH)
	for i, m := range r.t.months() {
		x0 := r.x(m, s.Width, false)
		x1 := r.x(data.NewDate(m.Year(), m.Month()+1, 1), s.Width, false)
		r.months[i].Move(fyne.NewPos(x0, barY))
		r.months[i].Resize(fyne.NewSize(x1-x0, tlBarH))
		ts := r.monthText[i].MinSize()
		r.monthText[i].Move(fyne.NewPos(x0, barY+(tlBarH-ts.Height)/2))
		r.monthText[i].Resize(fyne.NewSize(x1-x0, ts.Height))
	}
	inYear := r.t.period.Contains(r.t.today)
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
