package xlsxio

import "baulu/data"

// ImportErrorMessage is the sentence for an error of ImportFile or Apply
// (the window and the command line both show it). A problem of the
// database or its disk — full, read-only, damaged, locked, failing — is
// said as such, naming the database at dbPath: it used to be blamed on the
// Excel file («the file could not be read»). An error about the Excel file
// itself (file, its path; "" when unknown) gets ErrorMessage's sentence.
func ImportErrorMessage(err error, lang, dbPath, file string) string {
	if p := data.PathOf(err); p == "" || p != file {
		if msg := data.Explain(err, lang, dbPath); msg != "" {
			return msg
		}
	}
	return ErrorMessage(err, lang)
}
