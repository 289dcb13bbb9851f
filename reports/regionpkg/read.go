package regionpkg

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"filippo.io/age"

	"baulu/data"
)

// Limits: a region of 500 children makes a package of well under 1 MB, so
// these only stop a wrong file (or a zip bomb) from filling the memory.
const (
	maxFileSize = 128 << 20
	maxEntry    = 256 << 20
)

// ageMagic starts every binary age file; zipMagic a zip's first entry.
var (
	ageMagic = []byte("age-encryption.org/")
	zipMagic = []byte("PK\x03\x04")
)

// Inspect reads a package and checks it without touching any database: the
// file kind, the passphrase, the format and schema versions, the checksum
// and the records' structure. It returns the manifest (Encrypted set when
// the file was encrypted). A passphrase given for a plain file is ignored.
func Inspect(r io.Reader, passphrase string) (*Manifest, error) {
	m, _, err := read(r, passphrase)
	return m, err
}

// read is Inspect returning the records too.
func read(r io.Reader, passphrase string) (*Manifest, *packageData, error) {
	raw, err := io.ReadAll(io.LimitReader(r, maxFileSize+1))
	if err != nil {
		return nil, nil, fmt.Errorf("read package: %w", err)
	}
	if len(raw) == 0 {
		return nil, nil, fail(ErrEmpty, "")
	}
	if len(raw) > maxFileSize {
		return nil, nil, fail(ErrTooLarge, fmt.Sprintf("more than %d bytes", maxFileSize))
	}
	encrypted := bytes.HasPrefix(raw, ageMagic)
	if encrypted {
		if raw, err = decrypt(raw, passphrase); err != nil {
			return nil, nil, err
		}
	}
	if !bytes.HasPrefix(raw, zipMagic) {
		return nil, nil, fail(ErrNotPackage, "neither a zip nor an age file")
	}
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		// It starts like a zip but its directory is unreadable: cut short.
		return nil, nil, fail(ErrDamaged, err.Error())
	}
	m, err := readManifest(zr)
	if err != nil {
		return nil, nil, err
	}
	m.Encrypted = encrypted
	body, err := readEntry(zr, dataName)
	if err != nil {
		return nil, nil, err
	}
	sum := sha256.Sum256(body)
	if hex.EncodeToString(sum[:]) != m.DataSHA256 {
		return nil, nil, fail(ErrTampered, "SHA-256 of data.json differs from the manifest")
	}
	var d packageData
	if err := json.Unmarshal(body, &d); err != nil {
		// The checksum matched, so the sender's Baulu wrote this: not damage
		// in transit but a package no Baulu should have made.
		return nil, nil, fail(ErrDamaged, "data.json: "+err.Error())
	}
	if d.Region != m.Region || !d.Created.Equal(m.Created) || d.counts() != m.Counts {
		return nil, nil, fail(ErrTampered, "manifest and data.json disagree")
	}
	if err := d.validate(); err != nil {
		return nil, nil, err
	}
	return m, &d, nil
}

// decrypt opens an age file with the passphrase.
func decrypt(raw []byte, passphrase string) ([]byte, error) {
	if passphrase == "" {
		return nil, fail(ErrNeedPassphrase, "")
	}
	id, err := age.NewScryptIdentity(passphrase)
	if err != nil {
		return nil, fail(ErrPassphrase, err.Error())
	}
	id.SetMaxWorkFactor(maxWorkFactor)
	pr, err := age.Decrypt(bytes.NewReader(raw), id)
	var nomatch *age.NoIdentityMatchError
	switch {
	case errors.As(err, &nomatch):
		return nil, fail(ErrPassphrase, err.Error())
	case workFactorError(err) != nil:
		return nil, workFactorError(err)
	case err != nil:
		return nil, fail(ErrDamaged, "age header: "+err.Error())
	}
	plain, err := io.ReadAll(io.LimitReader(pr, maxFileSize+1))
	if err != nil {
		// The header opened with this passphrase, so a failing payload is a
		// cut or changed file, not a wrong passphrase.
		return nil, fail(ErrDamaged, "age payload: "+err.Error())
	}
	if len(plain) > maxFileSize {
		return nil, fail(ErrTooLarge, "decrypted content too large")
	}
	return plain, nil
}

func readManifest(zr *zip.Reader) (*Manifest, error) {
	b, err := readEntry(zr, manifestName)
	if errors.Is(err, errMissing) {
		return nil, fail(ErrNotPackage, "no manifest.json")
	}
	if err != nil {
		return nil, err
	}
	// Read the format first: another application's manifest.json is "not
	// a package", not "damaged".
	var head struct {
		Format        string `json:"format"`
		FormatVersion int    `json:"format_version"`
	}
	if err := json.Unmarshal(b, &head); err != nil {
		return nil, fail(ErrNotPackage, "manifest.json: "+err.Error())
	}
	if head.Format != Format {
		return nil, fail(ErrNotPackage, fmt.Sprintf("format %q", head.Format))
	}
	if head.FormatVersion > FormatVersion {
		return nil, fail(ErrNewerFormat, fmt.Sprintf("format version %d", head.FormatVersion),
			"found", itoa(head.FormatVersion), "max", itoa(FormatVersion))
	}
	var m Manifest
	if err := json.Unmarshal(b, &m); err != nil || head.FormatVersion < 1 {
		return nil, fail(ErrTampered, fmt.Sprintf("manifest.json: version %d, %v", head.FormatVersion, err))
	}
	if m.SchemaVersion > data.SchemaVersion() {
		return nil, fail(ErrNewerSchema, fmt.Sprintf("schema %d", m.SchemaVersion),
			"found", itoa(m.SchemaVersion), "max", itoa(data.SchemaVersion()))
	}
	if m.SchemaVersion < 1 || m.Created.IsZero() || len(m.DataSHA256) != 64 {
		return nil, fail(ErrTampered, "manifest.json lacks a required field")
	}
	return &m, nil
}

var errMissing = errors.New("entry missing")

// readEntry reads one entry of the zip; the zip reader checks its CRC-32.
func readEntry(zr *zip.Reader, name string) ([]byte, error) {
	var found *zip.File
	for _, f := range zr.File {
		if f.Name == name {
			if found != nil {
				return nil, fail(ErrTampered, "two entries named "+name)
			}
			found = f
		}
	}
	if found == nil {
		if name == manifestName {
			return nil, errMissing
		}
		return nil, fail(ErrDamaged, "no "+name)
	}
	rc, err := found.Open()
	if err != nil {
		return nil, fail(ErrDamaged, name+": "+err.Error())
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, maxEntry+1))
	if err != nil {
		return nil, fail(ErrDamaged, name+": "+err.Error())
	}
	if len(b) > maxEntry {
		return nil, fail(ErrTooLarge, name+" too large")
	}
	return b, nil
}

// stamp shows a time to the user.
func stamp(t time.Time) string { return t.Local().Format("02.01.2006 15:04") }
