// Package docx writes a pdfdoc.Document as an editable Word file (Office
// Open XML, .docx): the same blocks the PDF draws, with Word's own heading
// styles (so that the navigation pane and an updated contents work), real
// tables whose header rows repeat on every page, charts as images, a PAGE
// field in the footer, Times New Roman 14 pt on A4 with the PDF's margins.
//
// It is a small WordprocessingML writer of its own, built on archive/zip
// and plain string building: the Go libraries that write .docx either are
// unmaintained, AGPL or paid, or give no hold on repeating header rows,
// fields, keep-with-next and fixed zip times, which an official document and
// a reproducible file need. The parts are few and fixed (parts.go); the body
// is written block by block (body.go, table.go).
package docx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"sort"
	"time"

	"baulu/reports/pdfdoc"
)

// Output writes d as a .docx file to w, as d.Output writes the PDF (the
// argument order lets either be passed as a function). It lays d out once as the PDF would
// (pdfdoc.Document.Measure) for the pages of the pre-filled contents and the
// table columns; the same document always gives the same bytes.
func Output(d *pdfdoc.Document, w io.Writer) error {
	layout, err := d.Measure()
	if err != nil {
		return fmt.Errorf("docx: %w", err)
	}
	meta := d.Meta()
	body := newBody(d.Blocks(), layout, meta)
	body.write()
	if body.err != nil {
		return fmt.Errorf("docx: %w", body.err)
	}
	parts := map[string][]byte{
		"[Content_Types].xml":          contentTypes(),
		"_rels/.rels":                  packageRels(),
		"docProps/core.xml":            coreProps(meta),
		"docProps/app.xml":             appProps(meta),
		"word/document.xml":            body.document(),
		"word/_rels/document.xml.rels": documentRels(body.media),
		"word/styles.xml":              styles(meta),
		"word/settings.xml":            settings(meta),
		"word/numbering.xml":           numbering(),
		"word/footer1.xml":             footer(),
		"word/fontTable.xml":           fontTable(),
	}
	for _, m := range body.media {
		parts["word/"+m.target] = m.data
	}
	return writeZip(w, parts, meta.DateOrFixed())
}

// writeZip stores the parts in name order with one fixed time, so that the
// same parts give the same bytes; "[Content_Types].xml" sorts first, where
// some readers expect it.
func writeZip(w io.Writer, parts map[string][]byte, date time.Time) error {
	names := make([]string, 0, len(parts))
	for n := range parts {
		names = append(names, n)
	}
	sort.Strings(names)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range names {
		method := zip.Deflate
		if bytes.HasPrefix(parts[n], []byte("\x89PNG")) {
			method = zip.Store // already compressed
		}
		f, err := zw.CreateHeader(&zip.FileHeader{Name: n, Method: method, Modified: date.UTC()})
		if err != nil {
			return fmt.Errorf("docx: %w", err)
		}
		if _, err := f.Write(parts[n]); err != nil {
			return fmt.Errorf("docx: %w", err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("docx: %w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("docx: write: %w", err)
	}
	return nil
}
