package regional

import (
	"baulu/data/text"
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"baulu/data/datatest"
	"baulu/reports/internal/pdftest"
)

// statistic matches a figure of the comparison as printed: "U = 5286",
// "p < 0,001", "χ² = 19,64", "r = 0,31".
var statistic = regexp.MustCompile(`(?:[UVZtdrp]|df|χ²|φ\*|Э − [БК]) [=<≤] −?\d[\d  ]*(?:,\d+)?`)

// TestDOCXThroughLibreOffice converts the DOCX of the demo's regional
// report with LibreOffice, as an e-document system or a methodologist
// would open it, and finds in its text every section heading (in the
// contents and in the body) and every statistic the PDF prints.
func TestDOCXThroughLibreOffice(t *testing.T) {
	bin, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("soffice not installed (sh scripts/deps.sh libreoffice-writer-nogui fonts-liberation2): the DOCX is not read back")
	}
	s := demoStore(t)
	dir := t.TempDir()
	langs := []string{"kk", "ru"}
	pdfText := map[string]string{}
	var paths []string
	for _, lang := range langs {
		o := Options{Kind: Regional, Lang: lang, Now: datatest.Today}
		pdfText[lang] = strings.Join(pdftest.Text(t, render(t, s, o)), " ")
		var buf bytes.Buffer
		if err := GenerateDOCX(context.Background(), s, &buf, o); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, "regional-"+lang+".docx")
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, path)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	// A profile of its own: a user's running LibreOffice, or another
	// test, would otherwise lock it.
	args := append([]string{"-env:UserInstallation=file://" + filepath.Join(dir, "profile"),
		"--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", dir}, paths...)
	if out, err := exec.CommandContext(ctx, bin, args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	for _, lang := range langs {
		raw, err := os.ReadFile(filepath.Join(dir, "regional-"+lang+".txt"))
		if err != nil {
			t.Fatalf("%s: LibreOffice wrote no text: %v", lang, err)
		}
		body := pdftest.Norm(string(raw))
		tr := func(k string) string { return text.T(lang, "regional."+k) }
		keys := append(append([]string{}, headingKeys...), "s4.1", "s4.2", "s5.design", "s5.primary", "s5.1", "s5.2", "s5.3", "s5.4", "sum", "captions")
		for _, k := range keys {
			if n := strings.Count(body, tr(k)); n < 2 {
				t.Errorf("%s: heading %q appears %d times in the DOCX, want the contents and the body", lang, tr(k), n)
			}
		}
		// The executive summary's run-in headings are not in the contents.
		for _, k := range []string{"sum.findings", "sum.recommendations", "sum.cluster"} {
			if !strings.Contains(body, pdftest.Norm(lead(tr(k)))) {
				t.Errorf("%s: the DOCX lacks the summary's %q", lang, tr(k))
			}
		}
		figures := statistic.FindAllString(pdfText[lang], -1)
		if len(figures) < 10 {
			t.Fatalf("%s: found only %d statistics in the PDF: %q", lang, len(figures), figures)
		}
		for _, f := range figures {
			if !strings.Contains(body, pdftest.Norm(f)) {
				t.Errorf("%s: the DOCX lacks %q, which the PDF prints", lang, f)
			}
		}
		if strings.Contains(body, "{") {
			t.Errorf("%s: a text key is missing in the DOCX", lang)
		}
		checkNoChildren(t, body)
		if lang == "ru" {
			st, _ := s.Settings(context.Background())
			kgs, _ := s.Kindergartens(context.Background(), st.RegionCode)
			checkRussianFields(t, body, st, kgs)
		}
		pdftest.CheckWording(t, lang, body)
	}
}
