// Package regionpkg writes and reads the region package: one file carrying
// a region's pilot data from its methodical centre to the Institute, whose
// national copy keeps the twenty regions side by side.
//
// The file is a zip with two entries:
//
//   - manifest.json — format "baulu-region-package", format version,
//     region code, centre name (since format 3 in Russian too), creation time, app and schema version, the
//     number of records of each kind and the SHA-256 of data.json;
//   - data.json — the region's records keyed by things every installation
//     shares: kindergartens by seed number (1–100), children by code,
//     indicators, rounds, checklist items and directions by code; since
//     format 2 also the rounds' periods, every kindergarten's round status
//     (submitted, approved: by whom, when) and a summary of the change
//     history (imports, undos, unlocks, changes after approval), so the
//     Institute knows which data were checked and which changed since;
//     since format 3 the kindergartens' names and settlements in Russian.
//
// With a passphrase the whole zip is encrypted with age (scrypt), so the
// file then starts with the age header; Inspect and Import recognise it.
// The checksum catches damage and casual edits; only the encryption also
// proves the file came from someone who knew the passphrase.
//
// Personal data stays home: a child is exported as code, sex, birth YEAR
// (not the date: year and code together are not enough to find a child,
// the full date with the kindergarten nearly is), consent yes/no and the
// date the child left the pilot. Full names, birth dates and consent dates
// never leave the region's database. Staff names (teachers, directors,
// speakers) are work data and travel with the records.
//
// Import checks everything before writing anything, then replaces that
// region's data in ONE transaction: all of it or none of it. The national
// copy logs each package (file name, SHA-256, counts, what changed against
// the region's data before: data.PackageImports).
//
// This package owns the file: manifest, zip, encryption, the checks of a
// package on its own and the messages. The records and their SQL are data's
// (data.RegionRecords, Store.ExportRegion, Store.ReplaceRegion).
package regionpkg
