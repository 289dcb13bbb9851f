package charts

import (
	"context"
	"errors"
	"testing"
)

func TestBatchStoresEveryDrawingAndTheFirstError(t *testing.T) {
	b := NewBatch(context.Background())
	out := make([][]byte, 8)
	for i := range out {
		b.Draw(&out[i], func() ([]byte, error) { return []byte{byte(i)}, nil })
	}
	if err := b.Wait(); err != nil {
		t.Fatal(err)
	}
	for i, png := range out {
		if len(png) != 1 || png[0] != byte(i) {
			t.Fatalf("drawing %d stored %v", i, png)
		}
	}

	boom := errors.New("boom")
	b = NewBatch(context.Background())
	var ok, bad []byte
	b.Draw(&ok, func() ([]byte, error) { return []byte{1}, nil })
	b.Draw(&bad, func() ([]byte, error) { return nil, boom })
	if err := b.Wait(); !errors.Is(err, boom) || len(ok) != 1 || bad != nil {
		t.Fatalf("err %v, ok %v, bad %v", err, ok, bad)
	}
}

func TestBatchCancelledDrawsNothing(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	b := NewBatch(ctx)
	var png []byte
	drawn := false
	b.Draw(&png, func() ([]byte, error) { drawn = true; return []byte{1}, nil })
	if err := b.Wait(); !errors.Is(err, context.Canceled) || drawn || png != nil {
		t.Fatalf("err %v, drawn %v", err, drawn)
	}
}
