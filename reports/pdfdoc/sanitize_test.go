package pdfdoc

import (
	"io"
	"testing"
)

// TestInvalidUTF8 is a bug fixed: a string cut inside a letter (bad data
// from outside) made gofpdf panic; now the broken letter prints as "?".
func TestInvalidUTF8(t *testing.T) {
	broken := "Балаға"[:5] // ends inside "л"
	if got := sanitize(broken + " ok"); got != "Ба? ok" {
		t.Errorf("sanitize = %q", got)
	}
	d := New(Meta{})
	d.Paragraph(broken)
	d.Bullets(broken)
	d.AddTable(Table{Columns: []Column{{Title: broken}}, Rows: [][]string{{broken}}})
	if err := d.Output(io.Discard); err != nil {
		t.Fatal(err)
	}
}
