package regionpkg

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"

	"filippo.io/age"

	"baulu/data"
	"baulu/data/datatest"
)

type entry struct {
	name string
	body []byte
}

func zipOf(t testing.TB, es ...entry) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range es {
		w, err := zw.Create(e.name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(e.body)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// repack rebuilds a plain package after editing its manifest and records.
// seal recomputes the checksum and counts, as a package a (buggy or
// malicious) Baulu had written itself would have them.
func repack(t testing.TB, pkg []byte, editM func(*Manifest), editD func(*packageData), seal bool) []byte {
	t.Helper()
	files := entries(t, pkg)
	var m Manifest
	var d packageData
	if err := json.Unmarshal(files[manifestName], &m); err != nil {
		t.Fatal(err)
	}
	body := files[dataName]
	if editD != nil {
		if err := json.Unmarshal(body, &d); err != nil {
			t.Fatal(err)
		}
		editD(&d)
		body, _ = json.Marshal(&d)
	}
	if seal {
		sum := sha256.Sum256(body)
		m.DataSHA256 = hex.EncodeToString(sum[:])
		if editD != nil {
			m.Counts = d.counts()
		}
	}
	if editM != nil {
		editM(&m)
	}
	head, _ := json.Marshal(&m)
	return zipOf(t, entry{manifestName, head}, entry{dataName, body})
}

func encryptTo(t testing.TB, plain []byte, r age.Recipient) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := age.Encrypt(&buf, r)
	if err != nil {
		t.Fatal(err)
	}
	w.Write(plain)
	w.Close()
	return buf.Bytes()
}

func flip(b []byte, at int) []byte {
	out := bytes.Clone(b)
	out[at] ^= 0x5a
	return out
}

func TestBadPackagesAreRefusedAndWriteNothing(t *testing.T) {
	uly := regionFixture(t, "ULY", 3)
	ast := regionFixture(t, "AST", 2)
	plain := export(t, uly, "ULY", "", t2)
	enc := export(t, uly, "ULY", "дұрыс құпия сөз", t2)
	older := export(t, uly, "ULY", "", t1)

	// The Institute's copy, holding ULY (of t2) and AST already.
	nat := datatest.New(t)
	for _, p := range [][]byte{plain, export(t, ast, "AST", "", t2)} {
		if _, err := Import(ctx, nat, bytes.NewReader(p), ImportOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	x25519, _ := age.GenerateX25519Identity()
	rnd := make([]byte, 4096)
	for i := range rnd {
		rnd[i] = byte(rand.N(256))
	}

	cases := []struct {
		name   string
		file   []byte
		pass   string
		own    bool // import into ULY's own database instead
		want   error
		code   string // message code, when the sentinel has several
		inspct bool   // Inspect alone must already refuse it
	}{
		{"empty file", nil, "", false, ErrEmpty, "", true},
		{"random bytes", rnd, "", false, ErrNotPackage, "", true},
		{"a text file", []byte("region,children\nULY,30\n"), "", false, ErrNotPackage, "", true},
		{"truncated to half", plain[:len(plain)/2], "", false, ErrDamaged, "", true},
		{"last bytes cut off", plain[:len(plain)-7], "", false, ErrDamaged, "", true},
		{"a byte changed inside the zip", flip(plain, len(plain)/2), "", false, ErrDamaged, "", true},
		{"truncated encrypted file", enc[:len(enc)*2/3], "дұрыс құпия сөз", false, ErrDamaged, "", true},
		{"a byte changed in the encrypted payload", flip(enc, len(enc)-100), "дұрыс құпия сөз", false, ErrDamaged, "", true},
		{"wrong passphrase", enc, "қате", false, ErrPassphrase, "", true},
		{"encrypted, no passphrase", enc, "", false, ErrNeedPassphrase, "", true},
		{"encrypted to a key, not a passphrase", encryptTo(t, plain, x25519.Recipient()), "x", false, ErrPassphrase, "", true},
		{"tampered data.json", repack(t, plain, nil, func(d *packageData) { d.Assessments[0].Score = 1 + d.Assessments[0].Score%3 }, false), "", false, ErrTampered, "", true},
		{"tampered manifest: region", repack(t, plain, func(m *Manifest) { m.Region = "AST" }, nil, false), "", false, ErrTampered, "", true},
		{"tampered manifest: counts", repack(t, plain, func(m *Manifest) { m.Counts.Children++ }, nil, false), "", false, ErrTampered, "", true},
		{"tampered manifest: date", repack(t, plain, func(m *Manifest) { m.Created = t1 }, nil, false), "", false, ErrTampered, "", true},
		{"newer format version", repack(t, plain, func(m *Manifest) { m.FormatVersion = FormatVersion + 1 }, nil, false), "", false, ErrNewerFormat, "", true},
		{"newer schema", repack(t, plain, func(m *Manifest) { m.SchemaVersion = data.SchemaVersion() + 1 }, nil, false), "", false, ErrNewerSchema, "", true},
		{"another app's zip", zipOf(t, entry{"[Content_Types].xml", []byte("<Types/>")}, entry{"word/document.xml", []byte("<w:document/>")}), "", false, ErrNotPackage, "", true},
		{"another app's manifest.json", zipOf(t, entry{"manifest.json", []byte(`{"manifest_version": 3, "name": "x"}`)}), "", false, ErrNotPackage, "", true},
		{"zip without manifest", zipOf(t, entry{dataName, entries(t, plain)[dataName]}), "", false, ErrNotPackage, "", true},
		{"manifest is not JSON", zipOf(t, entry{manifestName, []byte("baulu")}, entry{dataName, []byte("{}")}), "", false, ErrNotPackage, "", true},
		{"no data.json", zipOf(t, entry{manifestName, entries(t, plain)[manifestName]}), "", false, ErrDamaged, "", true},
		{"kindergarten of another region", repack(t, plain, nil, func(d *packageData) {
			d.Kindergartens = append(d.Kindergartens, data.RegionKindergarten{Seed: 1, Name: "Басқа КМҚК", Form: "КМҚК"})
		}, true), "", false, ErrWrongRegion, "", true},
		{"attendance of another region's kindergarten", repack(t, plain, nil, func(d *packageData) {
			d.Events[0].Participants = append(d.Events[0].Participants, data.RegionParticipation{Kindergarten: 86, Teachers: 1})
		}, true), "", false, ErrWrongRegion, "", true},
		{"duplicate child code", repack(t, plain, nil, func(d *packageData) { d.Children[1].Code = d.Children[0].Code }, true), "", false, ErrInvalidData, reasonDuplicate, true},
		{"score 4", repack(t, plain, nil, func(d *packageData) { d.Assessments[5].Score = 4 }, true), "", false, ErrInvalidData, reasonValue, true},
		{"impossible date", repack(t, plain, nil, func(d *packageData) { d.Events[0].HeldOn = "2026-02-30" }, true), "", false, ErrInvalidData, reasonValue, true},
		{"score of a child not in the package", repack(t, plain, nil, func(d *packageData) { d.Assessments[0].Child = "ULY-99-E9-999" }, true), "", false, ErrInvalidData, reasonReference, true},
		{"unknown indicator code", repack(t, plain, nil, func(d *packageData) {
			d.Indicators = append(d.Indicators, data.RegionIndicator{Code: "Z9", Block: "Z"})
			d.Assessments[0].Indicator = "Z9"
		}, true), "", false, ErrUnknownCode, "", false},
		{"unknown round code", repack(t, plain, nil, func(d *packageData) {
			d.Rounds = append(d.Rounds, data.RegionRound{Code: "summer", Kind: "extra"})
			d.Assessments[0].Round = "summer"
		}, true), "", false, ErrUnknownCode, "", false},
		{"unknown checklist item", repack(t, plain, nil, func(d *packageData) { d.Kindergartens[0].Environment[0].Item = "env99" }, true), "", false, ErrUnknownCode, "", false},
		{"child code held by another region", repack(t, plain, nil, func(d *packageData) {
			old := d.Children[0].Code
			d.Children[0].Code = "AST-01-E1-001"
			for i := range d.Assessments {
				if d.Assessments[i].Child == old {
					d.Assessments[i].Child = "AST-01-E1-001"
				}
			}
		}, true), "", false, ErrConflict, "", false},
		{"older than the imported package", older, "", false, ErrOlderPackage, "", false},
		{"own region over data entered here", plain, "", true, ErrOwnRegion, "", false},
	}
	if len(cases) < 15 {
		t.Fatal("the issue asks for at least 15 bad packages")
	}
	natBefore := fingerprint(t, nat)
	ownBefore := fingerprint(t, uly)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			target, before := nat, natBefore
			if tc.own {
				target, before = uly, ownBefore
			}
			_, ierr := Inspect(bytes.NewReader(tc.file), tc.pass)
			if tc.inspct && !errors.Is(ierr, tc.want) {
				t.Errorf("Inspect: %v, want %v", ierr, tc.want)
			}
			_, err := Import(ctx, target, bytes.NewReader(tc.file), ImportOptions{Passphrase: tc.pass})
			if !errors.Is(err, tc.want) {
				t.Fatalf("Import: %v, want %v", err, tc.want)
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("%v is not a *regionpkg.Error", err)
			}
			if tc.code != "" && e.Code != tc.code {
				t.Errorf("message code %s, want %s", e.Code, tc.code)
			}
			for _, lang := range []string{"kk", "ru", "en"} {
				msg := Message(err, lang)
				if msg == "" || strings.Contains(msg, "{") {
					t.Errorf("%s message %q", lang, msg)
				}
			}
			if after := fingerprint(t, target); after != before {
				t.Error("the refused package changed the database")
			}
			t.Logf("en: %s", Message(err, "en"))
		})
	}
}
