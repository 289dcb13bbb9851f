package regionpkg

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"baulu/data"
	"baulu/data/text"
)

// The guard of an import: what it would remove is counted and said, and
// the database is backed up before a package is written (the personal data
// kept only here survives in data.ReplaceRegion). Its sentences are the
// catalogue's domain "pkgguard".
//
//go:embed guardtexts
var guardTexts embed.FS

func init() { text.MustRegister("pkgguard", guardTexts, "guardtexts") }

// More refusals of Import (Force overrides the first two).
var (
	// ErrEmptyPackage: the package holds nothing of its region, and
	// importing it would delete what this database holds.
	ErrEmptyPackage = errors.New("the package is empty but the database holds data of its region")
	// ErrWorkFactor: the package's encryption asks for more work than
	// Import allows (not made by this Baulu).
	ErrWorkFactor = errors.New("the package's scrypt work factor is above the maximum")
)

// NeedsConfirm reports whether Import refused err only until the user
// confirms (ImportOptions.Force): an older package, one of the database's
// own region, an empty one. The message says what would be replaced.
func NeedsConfirm(err error) bool {
	return errors.Is(err, ErrOlderPackage) || errors.Is(err, ErrOwnRegion) || errors.Is(err, ErrEmptyPackage)
}

// ImportWithBackup is the import both the window and the command line run:
// the package is read and checked, the guard asked (nothing is written for
// a refused package), the database backed up (an automatic backup), and
// only then is the package imported. backup is the backup's path.
func ImportWithBackup(ctx context.Context, s *data.Store, r io.Reader, opts ImportOptions) (res ImportResult, backup string, err error) {
	raw, err := io.ReadAll(io.LimitReader(r, maxFileSize+1))
	if err != nil {
		return res, "", err
	}
	m, _, err := read(bytes.NewReader(raw), opts.Passphrase)
	if err != nil {
		return res, "", err
	}
	fp, err := s.RegionFootprint(ctx, m.Region)
	if err != nil {
		return res, "", err
	}
	if err := guard(fp, m, opts.Force); err != nil {
		return res, "", err
	}
	if backup, err = s.AutoBackup(ctx, "", data.Retention{}); err != nil {
		return res, "", fmt.Errorf("back up before importing the package: %w", err)
	}
	res, err = Import(ctx, s, bytes.NewReader(raw), opts)
	return res, backup, err
}

// guard refuses, unless forced, a package that would silently remove what
// the database holds of its region (fp): an empty package (no group, child,
// score or work), or a package of the database's own region over data
// entered here rather than imported. The refusal carries the counts. Import
// asks it inside data.ReplaceRegion's transaction (admit), ImportWithBackup
// before it takes the backup.
func guard(fp data.RegionFootprint, m *Manifest, force bool) error {
	if force || fp.Empty() {
		return nil
	}
	c := m.Counts
	args := []string{"region", m.Region, "children", itoa(fp.Children), "named", itoa(fp.Named),
		"assessments", itoa(fp.Assessments), "events", itoa(fp.Events)}
	switch {
	case c.Groups+c.Children+c.Assessments+c.Events+c.Visits+c.Practices+c.Risks+c.Feedback == 0:
		e := fail(ErrEmptyPackage, fmt.Sprintf("an empty package over %+v", fp), args...)
		e.Code = "pkgguard.empty_package"
		return e
	case fp.Own && !fp.Imported:
		e := fail(ErrOwnRegion, "the database's own region has data entered here", args...)
		e.Code = "pkgguard.own_region"
		return e
	}
	return nil
}

// workFactor recognises age's refusal of a work factor above the maximum,
// which is not damage: the file is intact but was not made by this Baulu.
var workFactor = regexp.MustCompile(`scrypt work factor too large: (\d+)`)

// workFactorError is the refusal for err from age.Decrypt, nil when err is
// something else.
func workFactorError(err error) error {
	if err == nil {
		return nil
	}
	m := workFactor.FindStringSubmatch(err.Error())
	if m == nil {
		return nil
	}
	e := fail(ErrWorkFactor, err.Error(), "found", m[1], "max", strconv.Itoa(maxWorkFactor))
	e.Code = "pkgguard.work_factor"
	return e
}

// guardText is the sentence of the guard's refusals ("" for the others),
// its codes being keys of the domain "pkgguard": the region shown by its
// name (value), the counts as numbers, so the catalogue groups their
// digits.
func guardText(e *Error, lang string) string {
	if !strings.HasPrefix(e.Code, "pkgguard.") || !text.Has(e.Code) {
		return ""
	}
	pairs := make([]any, 0, 2*len(e.Args))
	for k, v := range e.Args {
		if n, err := strconv.Atoi(v); err == nil {
			pairs = append(pairs, k, n)
			continue
		}
		pairs = append(pairs, k, value(k, v, lang))
	}
	return text.T(lang, e.Code, pairs...)
}
