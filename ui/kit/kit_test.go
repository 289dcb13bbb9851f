package kit

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"baulu/ui/i18n"
)

// newWindow is a test window with dialogs, in Kazakh.
func newWindow(t *testing.T) (*Dialogs, fyne.Window) {
	t.Helper()
	a := test.NewTempApp(t)
	if err := i18n.Set("kk"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { i18n.Set("kk") })
	w := a.NewWindow("test")
	w.Resize(fyne.NewSize(800, 600))
	d := &Dialogs{}
	d.SetWindow(w)
	return d, w
}

// held is an executor that queues jobs until the test runs them.
type held struct{ jobs []func() }

func (h *held) exec(job func()) { h.jobs = append(h.jobs, job) }
