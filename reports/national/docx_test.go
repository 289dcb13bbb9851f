package national

import (
	"archive/zip"
	"baulu/data/text"
	"bytes"
	"context"
	"io"
	"strings"
	"testing"

	"baulu/data/datatest"
)

// TestDOCX writes the national report as DOCX in both languages: the
// package opens, and its body has every heading, in Word's heading styles,
// and the contents field (the writer itself is tested in package docx).
func TestDOCX(t *testing.T) {
	s := demoStore(t)
	for _, lang := range []string{"kk", "ru"} {
		var buf bytes.Buffer
		if err := GenerateDOCX(context.Background(), s, &buf, Options{Lang: lang, Now: datatest.Today}); err != nil {
			t.Fatal(err)
		}
		zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
		if err != nil {
			t.Fatalf("%s: not a zip: %v", lang, err)
		}
		var doc string
		for _, f := range zr.File {
			if f.Name == "word/document.xml" {
				rc, _ := f.Open()
				b, _ := io.ReadAll(rc)
				rc.Close()
				doc = string(b)
			}
		}
		tr := func(k string) string { return text.T(lang, "national."+k) }
		for _, k := range headingKeys {
			if strings.Count(doc, tr(k)) < 2 {
				t.Errorf("%s: heading %q not in both the contents and the body", lang, tr(k))
			}
		}
		if !strings.Contains(doc, `<w:pStyle w:val="Heading1"/>`) || !strings.Contains(doc, `<w:pStyle w:val="Heading2"/>`) || !strings.Contains(doc, " TOC ") {
			t.Errorf("%s: no heading styles or contents field", lang)
		}
		if !strings.Contains(doc, "<w:drawing>") {
			t.Errorf("%s: no chart", lang)
		}
	}
}
