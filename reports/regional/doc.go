// Package regional builds the centre's official PDF reports on the pilot: the
// quarterly report to the regional education department (Q1–Q4 2026) and the
// final regional analytical report (due 30.11.2026), each in Kazakh or
// Russian. It gathers the region's data from the store, runs the comparison
// of experimental and control groups, draws the charts and composes the
// numbered sections of the regional report with pdfdoc.
//
// Children appear only as counts: the report never reads a child's name or
// code. Every section says plainly when its data are missing, so a region
// with no data yet still gets a valid report.
package regional
