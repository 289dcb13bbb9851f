// Package national makes the Institute's national analytical report: the
// regions present in the database (their own entry or imported region
// packages), their coverage, the pooled monitoring results, experimental
// against control groups region by region and all regions together, honest
// conclusions, and the list of kindergartens — an A4 PDF in Kazakh or
// Russian with the official look of reports/pdfdoc. Children appear only
// as counts.
package national
