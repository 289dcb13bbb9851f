package pdfdoc

import (
	"bytes"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestLang checks /Lang in the catalog (gofpdf has no setter) and that the
// patched file still reads without a complaint from poppler.
func TestLang(t *testing.T) {
	for lang, tag := range map[string]string{"kk": "kk-KZ", "ru": "ru-RU"} {
		d := New(Meta{Title: "Есеп", Lang: lang})
		d.Paragraph("Мәтін.")
		path := writePDF(t, d, "lang-"+lang+".pdf")
		raw, _ := os.ReadFile(path)
		if !regexp.MustCompile(`/Type /Catalog\n/Lang \(` + tag + `\)\n`).Match(raw) {
			t.Errorf("%s: the catalog has no /Lang (%s)", lang, tag)
		}
		m := regexp.MustCompile(`startxref\n(\d+)\n%%EOF`).FindSubmatch(raw)
		if m == nil {
			t.Fatalf("%s: no startxref", lang)
		}
		if at, _ := strconv.Atoi(string(m[1])); !bytes.HasPrefix(raw[at:], []byte("xref")) {
			t.Errorf("%s: startxref %d does not point at the cross-reference table", lang, at)
		}
		if _, err := exec.LookPath("pdfinfo"); err != nil {
			continue
		}
		var stderr bytes.Buffer
		cmd := exec.Command("pdfinfo", path)
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil || stderr.Len() > 0 {
			t.Errorf("%s: pdfinfo: %v %s", lang, err, stderr.String())
		}
	}
	// No language, no entry.
	d := New(Meta{})
	d.Paragraph("x")
	var buf bytes.Buffer
	if err := d.Output(&buf); err != nil || bytes.Contains(buf.Bytes(), []byte("/Lang")) {
		t.Errorf("a document without Lang: err %v, /Lang present %v", err, bytes.Contains(buf.Bytes(), []byte("/Lang")))
	}
}

// TestSignatureRuleBesideName is a bug fixed: a long name (three words, as
// in the demo's settings) ran over the end of the signature rule. The name
// must start after the rule, on the rule's line, and the rule keep its
// length.
func TestSignatureRuleBesideName(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	for _, name := range []string{"А. Б. Сейітова", "Сейітова Ләззат Айдарқызы", "Әбдіқадырова-Сейітова Ләззат Айдарқызы"} {
		d := New(Meta{})
		d.Paragraph("Мәтін.")
		s := Signature{Signers: []Signer{{Position: "Әдістемелік орталықтың директоры", Name: name}}, LineCaption: "(қолы)"}
		d.Signature(s)
		path := writePDF(t, d, "sign.pdf")
		out, err := exec.Command("pdftotext", "-bbox", "-enc", "UTF-8", path, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		pdf := measurer(t, "", BodySize)
		c := (&signatureBlock{s: s}).columns(&renderer{pdf: pdf})
		ruleEnd := MarginLeft + c[0] + c[1] + c[2]
		if c[2] < signRuleMin-eps || c[0] < signPositionMin-eps {
			t.Errorf("%q: rule %.1f mm, position %.1f mm", name, c[2], c[0])
		}
		const pt = 72 / 25.4
		first := strings.Fields(name)[0]
		found := false
		for _, m := range bboxWord.FindAllStringSubmatch(string(out), -1) {
			if m[3] != first {
				continue
			}
			found = true
			x0, _ := strconv.ParseFloat(m[1], 64)
			if x0 < ruleEnd*pt {
				t.Errorf("%q starts at %.1f mm, before the rule ends at %.1f mm", name, x0/pt, ruleEnd)
			}
			if x0 > (ruleEnd+signGap+1)*pt && !strings.Contains(name, "-") {
				t.Errorf("%q starts at %.1f mm, not beside the rule ending at %.1f mm", name, x0/pt, ruleEnd)
			}
		}
		if !found {
			t.Errorf("%q not found in the PDF", name)
		}
	}
}

// TestExecutorLine puts the executor line on the signature's page, after
// it, at the foot of the page.
func TestExecutorLine(t *testing.T) {
	for lines := 20; lines <= 44; lines += 6 {
		d := New(Meta{})
		for range lines {
			d.Text(Para{Text: "жол", NoIndent: true})
		}
		d.Signature(Signature{Signers: []Signer{{Position: "Директор", Name: "А. Б. Сейітова"}}})
		d.Executor(Executor{Label: "Орынд.:", Name: "Г. Н. Әлиева", Phone: "8 (7102) 73-45-12"})
		path := writePDF(t, d, "executor.pdf")
		pages := pdftotext(t, path, "-layout")
		last := pages[len(pages)-1]
		if !strings.Contains(last, "Сейітова") || !strings.Contains(last, "Орынд.: Г. Н. Әлиева, тел. 8 (7102) 73-45-12") {
			t.Errorf("%d lines: the last page lacks the signature or the executor line:\n%s", lines, last)
			continue
		}
		var rows []string
		for _, r := range strings.Split(last, "\n") {
			if strings.TrimSpace(r) != "" {
				rows = append(rows, r)
			}
		}
		// The executor is the last line before the page number.
		if n := len(rows); n < 2 || !strings.Contains(rows[n-2], "Орынд.") {
			t.Errorf("%d lines: the executor line is not the last before the page number: %q", lines, rows)
		}
	}
	if got := (Executor{Label: "Исп.:", Name: "Г. Н. Алиева"}).Line(); got != "Исп.: Г. Н. Алиева" {
		t.Errorf("Line without a phone = %q", got)
	}
}
