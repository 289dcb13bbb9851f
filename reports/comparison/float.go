package comparison

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
)

// Float is a float64 that encodes NaN and ±Inf as JSON null. NaN is how the
// analysis package says "not computable" or "undefined" (the SD of one
// value, a share of no children); JSON has no NaN, and null reads as
// "no value" in every consumer.
type Float float64

// NaN reports whether f is NaN.
func (f Float) NaN() bool { return math.IsNaN(float64(f)) }

// MarshalJSON writes null for NaN and ±Inf, otherwise the number as
// encoding/json writes a float64.
func (f Float) MarshalJSON() ([]byte, error) {
	v := float64(f)
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return []byte("null"), nil
	}
	return json.Marshal(v)
}

// UnmarshalJSON reads null back as NaN, so a result survives a round trip.
func (f *Float) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*f = Float(math.NaN())
		return nil
	}
	var v float64
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*f = Float(v)
	return nil
}

// WriteJSON writes v (a Result, or []Row) as indented JSON followed by a
// newline, without encoding/json's HTML escaping, so "p<=0.05" prints as
// itself rather than "p\u003c=0.05". `baulu stats --json` uses it.
func WriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("comparison: write JSON: %w", err)
	}
	return nil
}
