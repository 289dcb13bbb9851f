package charts

import (
	"context"
	"sync"
)

// Batch draws a report's charts each on its own goroutine (a chart costs
// tens of milliseconds of rasterising) while the report goes on loading.
type Batch struct {
	ctx context.Context
	wg  sync.WaitGroup
	mu  sync.Mutex
	err error
}

// NewBatch returns a batch whose drawings stop starting once ctx is done.
func NewBatch(ctx context.Context) *Batch { return &Batch{ctx: ctx} }

// Draw runs draw on its own goroutine and stores its PNG in *dst. dst must
// not be read before Wait returns.
func (b *Batch) Draw(dst *[]byte, draw func() ([]byte, error)) {
	b.wg.Go(func() {
		if b.ctx.Err() != nil {
			return
		}
		png, err := draw()
		b.mu.Lock()
		defer b.mu.Unlock()
		if err != nil && b.err == nil {
			b.err = err
		}
		*dst = png
	})
}

// Wait waits for every drawing and returns the first error, or the
// context's when it was cancelled.
func (b *Batch) Wait() error {
	b.wg.Wait()
	if b.err != nil {
		return b.err
	}
	return b.ctx.Err()
}
