package applog

import (
	"bytes"
	"io"
	"sync"
)

// Tee writes every p to all writers and reports success even when one of
// them fails: a windowsgui program has no usable stderr, and that must not
// stop the lines from reaching the log file (io.MultiWriter would stop at
// the first error).
func Tee(ws ...io.Writer) io.Writer { return tee(ws) }

type tee []io.Writer

func (t tee) Write(p []byte) (int, error) {
	for _, w := range t {
		w.Write(p) //nolint:errcheck // see Tee
	}
	return len(p), nil
}

// Watch is an io.Writer that remembers the lines containing any of its
// patterns (the first few: a failure and its cause). The standard log
// package writes one line per Write, which is what Watch expects.
type Watch struct {
	patterns [][]byte

	mu   sync.Mutex
	hits []string
}

// maxHits bounds what a Watch keeps: the failure line and its cause lines.
const maxHits = 8

// NewWatch watches for lines containing any of patterns.
func NewWatch(patterns ...string) *Watch {
	w := &Watch{}
	for _, p := range patterns {
		w.patterns = append(w.patterns, []byte(p))
	}
	return w
}

// Write looks for the patterns in p; it never fails.
func (w *Watch) Write(p []byte) (int, error) {
	for _, pat := range w.patterns {
		if bytes.Contains(p, pat) {
			w.mu.Lock()
			if len(w.hits) < maxHits {
				w.hits = append(w.hits, string(bytes.TrimSpace(p)))
			}
			w.mu.Unlock()
			break
		}
	}
	return len(p), nil
}

// Hits are the matching lines seen so far, oldest first.
func (w *Watch) Hits() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]string(nil), w.hits...)
}

// Reset forgets the lines seen so far.
func (w *Watch) Reset() {
	w.mu.Lock()
	w.hits = nil
	w.mu.Unlock()
}
