package xlsxio

import "baulu/data"

// ImportErrorMessage is the sentence for an error of ImportFile or Apply
// (the window shows it): DatabaseProblem's when it has one, else
// ErrorMessage's about the Excel file.
func ImportErrorMessage(err error, lang, dbPath, file string) string {
	if msg := DatabaseProblem(err, lang, dbPath, file); msg != "" {
		return msg
	}
	return ErrorMessage(err, lang)
}

// DatabaseProblem is the sentence for an error of ImportFile or Apply that
// is a problem of the database or its disk — full, read-only, damaged,
// locked, failing — naming the database at dbPath: it used to be blamed on
// the Excel file («the file could not be read»). An error about the Excel
// file itself (file, its path; "" when unknown) or of no such kind gives "".
func DatabaseProblem(err error, lang, dbPath, file string) string {
	if p := data.PathOf(err); p != "" && p == file {
		return ""
	}
	return data.Explain(err, lang, dbPath)
}
