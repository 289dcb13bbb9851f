package pdfdoc

import (
	"bytes"
	"errors"
	"strconv"
)

// withLang adds /Lang to the document catalog of a PDF that gofpdf wrote,
// so that screen readers and text extraction know the language (PDF 1.7
// §14.9.2). gofpdf 1.16 has no setter for it. It writes the catalog as the
// last object, right before the cross-reference table, so the entry goes in
// without moving any object: only the startxref offset grows, and it is
// checked to point at the table afterwards.
func withLang(pdf []byte, tag string) ([]byte, error) {
	if tag == "" {
		return pdf, nil
	}
	catalog := []byte("/Type /Catalog\n")
	at := bytes.LastIndex(pdf, catalog)
	sx := bytes.LastIndex(pdf, []byte("startxref\n"))
	if at < 0 || sx < at {
		return nil, errors.New("pdfdoc: no catalog where gofpdf writes it")
	}
	numStart := sx + len("startxref\n")
	numEnd := bytes.IndexByte(pdf[numStart:], '\n')
	if numEnd < 0 {
		return nil, errors.New("pdfdoc: no startxref offset")
	}
	numEnd += numStart
	xref, err := strconv.Atoi(string(pdf[numStart:numEnd]))
	if err != nil || xref < at || !bytes.HasPrefix(pdf[xref:], []byte("xref")) {
		return nil, errors.New("pdfdoc: the cross-reference table is not after the catalog")
	}
	entry := []byte("/Lang (" + tag + ")\n")
	cut := at + len(catalog)
	out := make([]byte, 0, len(pdf)+len(entry)+4)
	out = append(out, pdf[:cut]...)
	out = append(out, entry...)
	out = append(out, pdf[cut:numStart]...)
	out = strconv.AppendInt(out, int64(xref+len(entry)), 10)
	out = append(out, pdf[numEnd:]...)
	return out, nil
}
