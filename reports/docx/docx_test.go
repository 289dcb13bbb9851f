package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"image"
	"image/color"
	"image/png"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"baulu/reports/pdfdoc"
)

// chart is a small PNG standing for a chart.
func chart(t testing.TB, w, h int) []byte {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for x := range w {
		img.Set(x, h/2, color.Black)
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// sample uses every block type, in Kazakh.
func sample(t testing.TB) *pdfdoc.Document {
	d := pdfdoc.New(pdfdoc.Meta{Title: "Өңірлік талдамалық есеп", Author: "Әдістемелік орталық", Lang: "kk",
		Date: time.Date(2026, 11, 30, 10, 0, 0, 0, time.UTC)})
	d.Title(pdfdoc.TitlePage{Top: []string{"Ұлытау облысы білім басқармасы"}, Title: "Өңірлік есеп", Subtitle: []string{"2026 жыл"}, City: "Жезқазған", Year: "2026"})
	d.Contents("МАЗМҰНЫ")
	d.Section(1, "Жалпы мәліметтер")
	d.Paragraph("Жоба «Ерте жастан» 2026 жылы іске асырылды.\nЕкінші жол & <белгі>.")
	d.KeyValues(pdfdoc.KeyValue{Key: "Өңір:", Value: "Ұлытау облысы"})
	d.Section(2, "Балабақшалар")
	d.AddTable(pdfdoc.Table{
		Caption: "1-кесте – Балабақшалар",
		Columns: []pdfdoc.Column{{Title: "№", Width: 9, Align: pdfdoc.AlignCenter}, {Title: "Атауы", Weight: 3}, {Title: "Балалар", Weight: 1, Align: pdfdoc.AlignRight}},
		Rows:    [][]string{{"1", "«Ақбота» бөбекжай-бақшасы", "42"}, {"2", "«Тамаша»", "21"}},
		Total:   []string{"", "Барлығы", "63"},
		Fills:   [][]pdfdoc.RGB{{{}, {}, {R: 0xE2, G: 0xF0, B: 0xD9}}},
	})
	d.Section(3, "Диаграмма")
	d.Image(chart(t, 400, 200), 150, "1-сурет – Деңгейлер")
	d.PageBreak()
	d.Unnumbered("Қорытынды")
	d.Bullets("бірінші;", "екінші.")
	d.Signature(pdfdoc.Signature{Signers: []pdfdoc.Signer{{Position: "Директор", Name: "Сейітова Ләззат Айдарқызы"}}, LineCaption: "(қолы)", Stamp: "М.О.", Date: "30 қараша 2026 ж."})
	d.Executor(pdfdoc.Executor{Label: "Орынд.:", Name: "Г. Әлиева", Phone: "8 7102 73 45 12"})
	d.Space(5)
	d.KeepSpace(40)
	if err := d.Err(); err != nil {
		t.Fatal(err)
	}
	return d
}

// unzip writes d and returns its parts by name.
func unzip(t testing.TB, d *pdfdoc.Document) (map[string]string, []*zip.File) {
	t.Helper()
	var buf bytes.Buffer
	if err := Output(d, &buf); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	parts := map[string]string{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		parts[f.Name] = string(b)
	}
	return parts, zr.File
}

func TestPackage(t *testing.T) {
	parts, files := unzip(t, sample(t))
	var names []string
	for _, f := range files {
		names = append(names, f.Name)
		if !f.Modified.Equal(time.Date(2026, 11, 30, 10, 0, 0, 0, time.UTC)) {
			t.Errorf("%s: time %v, want the document's date", f.Name, f.Modified)
		}
	}
	if !sort.StringsAreSorted(names) || names[0] != "[Content_Types].xml" {
		t.Errorf("entries not sorted with the content types first: %q", names)
	}
	for _, want := range []string{"_rels/.rels", "word/document.xml", "word/styles.xml", "word/settings.xml",
		"word/numbering.xml", "word/footer1.xml", "word/_rels/document.xml.rels", "docProps/core.xml", "word/media/image1.png"} {
		if _, ok := parts[want]; !ok {
			t.Errorf("part %s missing", want)
		}
	}
	for name, body := range parts {
		if !strings.HasSuffix(name, ".xml") && !strings.HasSuffix(name, ".rels") {
			continue
		}
		dec := xml.NewDecoder(strings.NewReader(body))
		for {
			if _, err := dec.Token(); err == io.EOF {
				break
			} else if err != nil {
				t.Errorf("%s does not parse: %v", name, err)
				break
			}
		}
	}
	for _, ct := range []string{"/word/document.xml", "/word/styles.xml", "/word/footer1.xml", "/word/numbering.xml", `Extension="png"`} {
		if !strings.Contains(parts["[Content_Types].xml"], ct) {
			t.Errorf("content types lack %s", ct)
		}
	}
	core := parts["docProps/core.xml"]
	for _, want := range []string{"<dc:title>Өңірлік талдамалық есеп</dc:title>", "<dc:creator>Әдістемелік орталық</dc:creator>", "<dc:language>kk-KZ</dc:language>", "2026-11-30T10:00:00Z"} {
		if !strings.Contains(core, want) {
			t.Errorf("core.xml lacks %s", want)
		}
	}
}

func TestStyles(t *testing.T) {
	parts, _ := unzip(t, sample(t))
	st := parts["word/styles.xml"]
	for lvl, id := range []string{"Heading1", "Heading2", "Heading3"} {
		m := regexp.MustCompile(`<w:style w:type="paragraph" w:styleId="` + id + `"><w:name w:val="heading ` + string(rune('1'+lvl)) + `"/>.*?<w:outlineLvl w:val="(\d)"/>.*?</w:style>`).FindStringSubmatch(st)
		if m == nil || m[1] != string(rune('0'+lvl)) {
			t.Errorf("style %s lacks outline level %d", id, lvl)
		}
	}
	for _, want := range []string{`w:ascii="Times New Roman"`, `<w:sz w:val="28"/>`, `w:styleId="Caption"`, `w:styleId="TableGrid"`,
		`<w:lang w:val="kk-KZ"`, `w:styleId="TOC1"`} {
		if !strings.Contains(st, want) {
			t.Errorf("styles lack %s", want)
		}
	}
	doc := parts["word/document.xml"]
	for i, id := range []string{"Heading1", "Heading2", "Heading3"} {
		if !strings.Contains(doc, `<w:pStyle w:val="`+id+`"/>`) {
			t.Errorf("no paragraph in %s (level %d)", id, i+1)
		}
	}
}

func TestBody(t *testing.T) {
	parts, _ := unzip(t, sample(t))
	doc := parts["word/document.xml"]
	// Page: A4 and the PDF's margins, 30/15/20/20 mm.
	for _, want := range []string{`<w:pgSz w:w="11906" w:h="16838"/>`, `w:top="1134" w:right="850" w:bottom="1134" w:left="1701"`, `<w:titlePg/>`} {
		if !strings.Contains(doc, want) {
			t.Errorf("section lacks %s", want)
		}
	}
	// The data table: a header row repeated on every page, rows never
	// split, the fill and the total.
	tables := regexp.MustCompile(`(?s)<w:tbl>.*?</w:tbl>`).FindAllString(doc, -1)
	grid := ""
	for _, tb := range tables {
		if strings.Contains(tb, `TableGrid`) {
			grid = tb
		}
	}
	rows := regexp.MustCompile(`(?s)<w:tr>.*?</w:tr>`).FindAllString(grid, -1)
	if len(rows) != 4 {
		t.Fatalf("the table has %d rows, want header, 2 rows, total", len(rows))
	}
	if !strings.Contains(rows[0], `<w:tblHeader/>`) || strings.Contains(rows[1], `<w:tblHeader/>`) {
		t.Error("only the header row must be marked tblHeader")
	}
	for i, r := range rows {
		if !strings.Contains(r, `<w:cantSplit/>`) {
			t.Errorf("row %d may split between pages", i)
		}
	}
	if !strings.Contains(rows[1], `w:fill="E2F0D9"`) || !strings.Contains(rows[3], "<w:b/>") || !strings.Contains(rows[0], `w:fill="E6E6E6"`) {
		t.Error("fill, header grey or bold total missing")
	}
	// The image is referenced and stored.
	m := regexp.MustCompile(`r:embed="([^"]+)"`).FindStringSubmatch(doc)
	if m == nil || !strings.Contains(parts["word/_rels/document.xml.rels"], `Id="`+m[1]+`"`) || !strings.Contains(parts["word/_rels/document.xml.rels"], `Target="media/image1.png"`) {
		t.Errorf("image not referenced: %v", m)
	}
	// Contents: a TOC field with an entry linked to each heading.
	if !regexp.MustCompile(`<w:instrText[^>]*> TOC \\o (&quot;|")1-3(&quot;|") \\h \\z \\u </w:instrText>`).MatchString(doc) {
		t.Error("no TOC field")
	}
	for i := 1; i <= 4; i++ {
		bm := bookmark(i - 1)
		if !strings.Contains(doc, `w:anchor="`+bm+`"`) || !strings.Contains(doc, `w:name="`+bm+`"`) {
			t.Errorf("heading %d: no contents link or bookmark %s", i, bm)
		}
	}
	for _, want := range []string{"1. Жалпы мәліметтер", "1.1. Балабақшалар", "1.1.1. Диаграмма", "Қорытынды", "&amp; &lt;белгі&gt;", "<w:br/>"} {
		if !strings.Contains(doc, want) {
			t.Errorf("document lacks %s", want)
		}
	}
	// The page number field.
	if !regexp.MustCompile(`instrText[^>]*> PAGE <`).MatchString(parts["word/footer1.xml"]) {
		t.Error("footer has no PAGE field")
	}
	// The signature is kept with the last list item and has its rule.
	sig := doc[strings.LastIndex(doc, "екінші."):]
	item := doc[strings.LastIndex(doc[:strings.LastIndex(doc, "екінші.")], "<w:p>"):strings.LastIndex(doc, "екінші.")]
	if !strings.Contains(item, "<w:keepNext/>") {
		t.Error("the paragraph before the signature is not kept with it")
	}
	if !strings.Contains(sig, `<w:bottom w:val="single"`) || !strings.Contains(sig, "Сейітова Ләззат Айдарқызы") || !strings.Contains(sig, "Орынд.: Г. Әлиева, тел. 8 7102 73 45 12") {
		t.Error("signature rule, name or executor missing")
	}
}

func TestDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := Output(sample(t), &a); err != nil {
		t.Fatal(err)
	}
	if err := Output(sample(t), &b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two writes of the same document differ")
	}
}

func TestErrors(t *testing.T) {
	if err := Output(pdfdoc.New(pdfdoc.Meta{}), io.Discard); err == nil {
		t.Error("an empty document was written")
	}
	d := pdfdoc.New(pdfdoc.Meta{})
	d.Image([]byte("not a png"), 10, "x")
	if err := Output(d, io.Discard); err == nil {
		t.Error("a document with a build error was written")
	}
}

// TestNarrowCellSetSmaller: a cell the PDF sets smaller, rather than break
// a word too wide for a fixed column, is set at the same size here.
func TestNarrowCellSetSmaller(t *testing.T) {
	d := pdfdoc.New(pdfdoc.Meta{})
	d.AddTable(pdfdoc.Table{
		Columns: []pdfdoc.Column{{Title: "Топ", Width: 20}, {Title: "Түсініктеме", Width: pdfdoc.TextWidth - 20}},
		Rows:    [][]string{{"эксперименттік", "бақылау тобы"}},
	})
	parts, _ := unzip(t, d)
	cell := regexp.MustCompile(`<w:sz w:val="(\d+)"/><w:szCs w:val="\d+"/></w:rPr><w:t xml:space="preserve">эксперименттік<`).FindStringSubmatch(parts["word/document.xml"])
	if cell == nil {
		t.Fatal("the narrow cell has no size of its own")
	}
	if n, _ := strconv.Atoi(cell[1]); n >= 24 || n < 16 {
		t.Errorf("narrow cell at %d half-points, want below 24 (12 pt) and at least 16", n)
	}
}

// TestKeepBeforeParagraph: a paragraph after a Keep (a run-in heading such
// as «Ұсыныстар:») stays on the page of what follows it, in Word too; the
// paragraph after it does not.
func TestKeepBeforeParagraph(t *testing.T) {
	d := pdfdoc.New(pdfdoc.Meta{Lang: "kk"})
	d.Paragraph("Алдыңғы абзац.")
	d.KeepSpace(25)
	d.Text(pdfdoc.Para{Text: "Ұсыныстар:", Bold: true})
	d.Paragraph("Келесі абзац.")
	parts, _ := unzip(t, d)
	doc := parts["word/document.xml"]
	para := func(text string) string {
		end := strings.Index(doc, text)
		return doc[strings.LastIndex(doc[:end], "<w:p>"):end]
	}
	if !strings.Contains(para("Ұсыныстар:"), "<w:keepNext/>") {
		t.Error("the run-in heading is not kept with what follows")
	}
	if strings.Contains(para("Келесі абзац."), "<w:keepNext/>") || strings.Contains(para("Алдыңғы абзац."), "<w:keepNext/>") {
		t.Error("keep-with-next reaches paragraphs other than the one after the Keep")
	}
}
