package regionpkg

import (
	"bytes"
	"errors"
	"testing"

	"baulu/data/datatest"
)

const fuzzPass = "fuzz"

// fuzzSeeds are small packages (one child per group) and broken variants:
// mutations of a small file reach every branch of the reader faster.
func fuzzSeeds(f *testing.F) {
	src := regionFixture(f, "ULY", 1)
	plain := export(f, src, "ULY", "", t1)
	enc := export(f, src, "ULY", fuzzPass, t1)
	for _, b := range [][]byte{
		plain, enc, plain[:len(plain)/2], enc[:len(enc)/2], nil, []byte("PK\x03\x04"), []byte("age-encryption.org/v1\n"),
		zipOf(f, entry{manifestName, []byte(`{"format":"baulu-region-package","format_version":1}`)}),
		repack(f, plain, nil, func(d *packageData) { d.Children[0].Code = d.Children[1].Code }, true),
	} {
		f.Add(b)
	}
}

// checkRefusal: every refusal is one of ours, with a message.
func checkRefusal(t *testing.T, err error) {
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("unclassified error %T: %v", err, err)
	}
	if Message(err, "kk") == "" || Message(err, "ru") == "" {
		t.Fatalf("no message for %v (code %q)", err, e.Code)
	}
}

func FuzzInspect(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Inspect(bytes.NewReader(b), fuzzPass)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if m == nil || m.Format != Format || m.FormatVersion > FormatVersion || m.Region == "" {
			t.Fatalf("accepted manifest %+v", m)
		}
	})
}

func FuzzImport(f *testing.F) {
	fuzzSeeds(f)
	s := datatest.New(f) // one database per fuzz worker
	f.Fuzz(func(t *testing.T, b []byte) {
		before := fingerprint(t, s)
		_, err := Import(ctx, s, bytes.NewReader(b), ImportOptions{Passphrase: fuzzPass})
		if err == nil {
			if rep, err := s.Check(ctx); err != nil {
				t.Fatalf("an accepted package broke the database: %v %+v", err, rep)
			}
			return
		}
		checkRefusal(t, err)
		if fingerprint(t, s) != before {
			t.Fatalf("refused (%v) but the database changed", err)
		}
	})
}
