package regionpkg

import (
	"archive/zip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"filippo.io/age"

	"baulu/data"
	"baulu/seeds"
)

// ExportOptions tune Export. Now defaults to the current time, AppVersion
// to "dev"; an empty Passphrase writes a plain (unencrypted) package.
type ExportOptions struct {
	Passphrase string
	Now        time.Time
	AppVersion string
}

// scryptWorkFactor is age's default (2^18, about a second and 256 MB on an
// office PC); maxWorkFactor is the most Import accepts, so a crafted file
// cannot make it compute for minutes. Tests lower both.
var (
	scryptWorkFactor = 18
	maxWorkFactor    = 20
)

// Export writes the package of region to w: the region's data from s as
// one zip (manifest.json + data.json), encrypted with age when a passphrase
// is given. Write it through atomicfile.WriteFile so a failure leaves no
// half file.
func Export(ctx context.Context, s *data.Store, region string, w io.Writer, opts ExportOptions) error {
	if _, ok := seeds.RegionByCode(region); !ok {
		return fmt.Errorf("export region %q: %w", region, data.ErrNotFound)
	}
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	if opts.AppVersion == "" {
		opts.AppVersion = "dev"
	}
	created := opts.Now.UTC().Truncate(time.Second)
	snap, err := s.ExportRegion(ctx, region)
	if err != nil {
		return fmt.Errorf("export region %s: %w", region, err)
	}
	d := &packageData{Region: region, Created: created, RegionRecords: snap.Records}
	centre, schema := snap.CentreName, snap.SchemaVersion
	body, err := json.MarshalIndent(d, "", " ")
	if err != nil {
		return fmt.Errorf("export region %s: %w", region, err)
	}
	sum := sha256.Sum256(body)
	m := Manifest{
		Format: Format, FormatVersion: FormatVersion, Region: region, CentreName: centre, CentreNameRU: snap.CentreNameRU,
		Created: created, AppVersion: opts.AppVersion, SchemaVersion: schema,
		Counts: d.counts(), DataSHA256: hex.EncodeToString(sum[:]),
	}
	head, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return fmt.Errorf("export region %s: %w", region, err)
	}
	return writePackage(w, head, body, created, opts.Passphrase)
}

// writePackage writes the zip, through age when there is a passphrase.
func writePackage(w io.Writer, manifest, body []byte, modified time.Time, passphrase string) error {
	out := w
	var enc io.WriteCloser
	if passphrase != "" {
		r, err := age.NewScryptRecipient(passphrase)
		if err != nil {
			return fmt.Errorf("encrypt package: %w", err)
		}
		r.SetWorkFactor(scryptWorkFactor)
		if enc, err = age.Encrypt(w, r); err != nil {
			return fmt.Errorf("encrypt package: %w", err)
		}
		out = enc
	}
	zw := zip.NewWriter(out)
	for _, f := range []struct {
		name string
		b    []byte
	}{{manifestName, manifest}, {dataName, body}} {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: modified})
		if err != nil {
			return fmt.Errorf("write package: %w", err)
		}
		if _, err := fw.Write(f.b); err != nil {
			return fmt.Errorf("write package: %w", err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write package: %w", err)
	}
	if enc != nil {
		if err := enc.Close(); err != nil {
			return fmt.Errorf("encrypt package: %w", err)
		}
	}
	return nil
}
