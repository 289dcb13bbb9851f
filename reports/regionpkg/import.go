package regionpkg

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"time"

	"baulu/data"
)

// ImportOptions tune Import. Force accepts a package older than the one
// imported before, one of the database's own region, or an empty one (all
// refused otherwise, NeedsConfirm); Now is the import time (default: now).
type ImportOptions struct {
	Passphrase string
	Force      bool
	Now        time.Time
	// FileName names the package file in the national copy's import log
	// and history (the log keeps the file's SHA-256 too).
	FileName string
}

// ImportResult says what was imported.
type ImportResult struct {
	Region          string
	CentreName      string
	Created         time.Time
	Counts          Counts
	Replaced        bool      // a package of the region had been imported before
	PreviousCreated time.Time // when that package was made
	// History is the package's summary of the region's change history
	// (nil: a package of the first format); Approved and Kindergartens
	// count the approved rounds and the kindergarten rounds it has.
	History  *data.RegionHistory
	Approved int
}

// Import checks a package like Inspect and then, in one transaction,
// replaces the region's data in s with it: kindergartens keyed by seed
// number, children by code, indicators, rounds and checklist items mapped by
// code. Any problem — in the file or against this database — writes nothing.
func Import(ctx context.Context, s *data.Store, r io.Reader, opts ImportOptions) (ImportResult, error) {
	sum := sha256.New()
	m, d, err := read(io.TeeReader(r, sum), opts.Passphrase)
	if err != nil {
		return ImportResult{}, err
	}
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	res := ImportResult{Region: m.Region, CentreName: m.CentreName, Created: m.Created, Counts: m.Counts, History: d.History}
	for _, a := range d.Approvals {
		if a.Status == data.StatusApproved {
			res.Approved++
		}
	}
	err = s.ReplaceRegion(ctx, m.Region, &d.RegionRecords, data.ReplaceOptions{
		File: opts.FileName, SHA256: hex.EncodeToString(sum.Sum(nil)), Encrypted: m.Encrypted,
		Import: data.RegionImport{CentreName: m.CentreName, CentreNameRU: m.CentreNameRU, Created: m.Created, Imported: opts.Now, AppVersion: m.AppVersion},
		Admit: func(prev data.RegionImport, found bool, held data.RegionFootprint) error {
			return admit(m, opts.Force, prev, found, held, &res)
		},
	})
	if err != nil {
		return ImportResult{}, fmt.Errorf("import package of %s: %w", m.Region, packageError(err))
	}
	return res, nil
}

// admit refuses an older package than the one imported before, then asks
// the guard (guard.go): an empty package, or one of this installation's own
// region over data entered here, is refused with what it would remove
// (held, what the database holds of the region).
func admit(m *Manifest, force bool, prev data.RegionImport, found bool, held data.RegionFootprint, res *ImportResult) error {
	if found {
		res.Replaced, res.PreviousCreated = true, prev.Created
		if m.Created.Before(res.PreviousCreated) && !force {
			return fail(ErrOlderPackage, fmt.Sprintf("package of %s, imported one of %s", m.Created, prev.Created.Format(time.RFC3339)),
				"region", m.Region, "created", stamp(m.Created), "previous", stamp(res.PreviousCreated))
		}
	}
	return guard(held, m, force)
}

// packageError words what the database refused of the package's records.
func packageError(err error) error {
	var re *data.RegionError
	if !errors.As(err, &re) {
		return err
	}
	switch re.Problem {
	case data.RegionUnknownCode:
		return fail(ErrUnknownCode, fmt.Sprintf("%s %q", re.Item, re.Key), "item", re.Item, "key", re.Key)
	case data.RegionCodeTaken:
		return fail(ErrConflict, "child "+re.Key, "key", re.Key)
	}
	e := invalid(reasonValue, re.Item, re.Key, "")
	e.Detail += ": " + re.Detail
	return e
}
