package regionpkg

import (
	"time"

	"baulu/data"
)

// Format names the file kind in the manifest; FormatVersion is the newest
// layout this build writes and reads. A reader refuses a newer version
// rather than guess at fields it does not know. Version 2 adds the
// lifecycle: the rounds' periods, every kindergarten's round status and a
// summary of the change history; a version 1 package reads as one without
// them. Version 3 adds the official texts in Russian: the centre's name
// (manifest) and each kindergarten's name and settlement (data.json); an
// older package reads as one without them, so the Institute's Russian
// report lists them as missing rather than print the Kazakh ones.
const (
	Format        = "baulu-region-package"
	FormatVersion = 3
	manifestName  = "manifest.json"
	dataName      = "data.json"
)

// FileExt is the extension of package files, plain or encrypted alike
// (Inspect tells them apart by their first bytes).
const FileExt = ".baulu"

// FileName suggests a package's file name: "baulu-ULY-2026-11-25.baulu".
func FileName(region string, created time.Time) string {
	return "baulu-" + region + "-" + created.Format("2006-01-02") + FileExt
}

// Manifest describes a package; Inspect returns it after checking the file.
type Manifest struct {
	Format        string `json:"format"`
	FormatVersion int    `json:"format_version"`
	Region        string `json:"region"`
	CentreName    string `json:"centre_name"`
	// CentreNameRU is the centre's name in Russian (format 3; "" when the
	// centre never entered it).
	CentreNameRU  string    `json:"centre_name_ru,omitempty"`
	Created       time.Time `json:"created_at"`
	AppVersion    string    `json:"app_version"`
	SchemaVersion int       `json:"schema_version"`
	Counts        Counts    `json:"counts"`
	DataSHA256    string    `json:"data_sha256"`
	// Encrypted is not stored: Inspect sets it when the file was encrypted.
	Encrypted bool `json:"-"`
}

// Counts is the number of records of each kind in a package.
type Counts struct {
	Kindergartens  int `json:"kindergartens"`
	Directions     int `json:"directions"`
	EnvRatings     int `json:"env_ratings"`
	Groups         int `json:"groups"`
	Children       int `json:"children"`
	Assessments    int `json:"assessments"`
	Events         int `json:"events"`
	Participations int `json:"participations"`
	Visits         int `json:"visits"`
	Practices      int `json:"practices"`
	Risks          int `json:"risks"`
	Feedback       int `json:"feedback"`
	Corrections    int `json:"corrections"`
	Approvals      int `json:"approvals,omitempty"`
}

// packageData is data.json: the region's records (data.RegionRecords)
// after the region and the time the package was made, which repeat the
// manifest, so an edit of either file alone is caught.
type packageData struct {
	Region  string    `json:"region"`
	Created time.Time `json:"created_at"`
	data.RegionRecords
}

// counts tallies a package's records for the manifest.
func (d *packageData) counts() Counts {
	c := Counts{
		Kindergartens: len(d.Kindergartens), Directions: len(d.Directions), Groups: len(d.Groups),
		Children: len(d.Children), Assessments: len(d.Assessments), Events: len(d.Events),
		Visits: len(d.Visits), Practices: len(d.Practices), Risks: len(d.Risks),
		Feedback: len(d.Feedback), Corrections: len(d.Corrections), Approvals: len(d.Approvals),
	}
	for _, k := range d.Kindergartens {
		c.EnvRatings += len(k.Environment)
	}
	for _, e := range d.Events {
		c.Participations += len(e.Participants)
	}
	return c
}
