package kit

import (
	"context"
	"errors"
	"testing"

	"fyne.io/fyne/v2/test"
)

func TestRunnerAppliesOnReturnWithSync(t *testing.T) {
	d, _ := newWindow(t)
	r := NewRunner(Sync, d)
	var got []string
	r.Go(func() { got = append(got, "work") }, func() { got = append(got, "apply") })
	if len(got) != 2 || got[0] != "work" || got[1] != "apply" {
		t.Fatalf("after Go: %v", got)
	}
	var done error = errors.New("not called")
	r.Busy("…", func() error { return nil }, func(err error) { done = err })
	if done != nil {
		t.Fatalf("Busy's done got %v", done)
	}
	r.Wait()
}

func TestLatestDropsStaleAnswers(t *testing.T) {
	d, _ := newWindow(t)
	h := &held{}
	r := NewRunner(h.exec, d)
	var l Latest
	shown := ""
	ask := func(answer string) { l.Go(r, func() {}, func() { shown = answer }) }
	ask("first")
	ask("second")
	Sync(h.jobs[1]) // the newer answer first …
	Sync(h.jobs[0]) // … and the stale one must not overwrite it
	if shown != "second" {
		t.Fatalf("shown %q, want the newest answer", shown)
	}
	ask("third")
	l.Drop() // the user left: nothing more to show
	Sync(h.jobs[2])
	if shown != "second" {
		t.Fatalf("a dropped answer was shown: %q", shown)
	}
}

func TestJobCancel(t *testing.T) {
	d, _ := newWindow(t)
	h := &held{}
	r := NewRunner(h.exec, d)
	var got error
	j := r.Job(context.Background(), "…", func(ctx context.Context, progress func(int, int)) error {
		progress(1, 2)
		<-ctx.Done()
		return ctx.Err()
	}, func(err error) { got = err })
	test.Tap(j.Stop)
	if !j.Stop.Disabled() {
		t.Error("Cancel stays enabled once pressed")
	}
	Sync(h.jobs[0])
	<-j.Done()
	if !errors.Is(got, context.Canceled) {
		t.Fatalf("done got %v, want context.Canceled", got)
	}
}
