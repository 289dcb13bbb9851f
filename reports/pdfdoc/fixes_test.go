package pdfdoc

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
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

// TestNoBreakSpace keeps "65,6 %" on one line.
func TestNoBreakSpace(t *testing.T) {
	width := func(s string) float64 { return float64(len([]rune(s))) }
	text := "элементтерінің 65,6\u00a0% толық"
	lines := wrap(width, text, 20, 20)
	for _, l := range lines {
		if l.text == "%" || strings.HasSuffix(l.text, "65,6") {
			t.Fatalf("broke at the no-break space: %+v", lines)
		}
	}
	if got := words("a\u00a0b c\u202fd\te"); len(got) != 3 || got[0] != "a\u00a0b" {
		t.Errorf("words = %q", got)
	}
}

// TestSignatureTakesLastListItem is a bug fixed: a list right before the
// signature left the signature alone on the last page. Whatever the
// length of the text before it, the signature's page also shows the last
// item of the list.
func TestSignatureTakesLastListItem(t *testing.T) {
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext not installed")
	}
	for lines := 30; lines <= 44; lines++ {
		d := New(Meta{})
		for range lines {
			d.Text(Para{Text: "жол", NoIndent: true})
		}
		d.Bullets("бірінші тармақ;", "соңғы тармақ.")
		d.Signature(Signature{Signers: []Signer{{Position: "Директор", Name: "А. Б. Сейітова"}}})
		path := filepath.Join(t.TempDir(), "s.pdf")
		f, _ := os.Create(path)
		if err := d.Output(f); err != nil {
			t.Fatal(err)
		}
		f.Close()
		last := strconv.Itoa(d.Pages())
		out, err := exec.Command(bin, "-f", last, "-l", last, "-enc", "UTF-8", path, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		page := string(out)
		if strings.Contains(page, "Сейітова") && !strings.Contains(page, "соңғы тармақ") {
			t.Errorf("%d lines before the list: the signature stands alone on page %s", lines, last)
		}
		// The last item is one line: the one before it comes along too.
		if strings.Contains(page, "соңғы тармақ") && !strings.Contains(page, "бірінші тармақ") && !strings.Contains(page, "жол") {
			t.Errorf("%d lines before the list: the signature's page shows one line of the list alone", lines)
		}
	}
}
