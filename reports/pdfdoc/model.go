package pdfdoc

import "strings"

// The document model: what the reports compose, independent of how it is
// drawn. The builder methods of Document append these values; Output lays
// them out as PDF (plan.go turns each into a layout block), and package
// docx writes the same list as WordprocessingML. A renderer switches on the
// concrete type of each Block.

// Block is one element of a Document, as composed. The set is closed: it is
// one of TitlePage, Contents, Heading, Para, List, KeyValues, Table, Figure,
// Signature, Executor, PageBreak, Space and Keep.
type Block interface{ isBlock() }

// Contents is the table of contents: every heading of the document with its
// page. What follows it starts on a new page.
type Contents struct{ Title string }

// List is a list of items, each set with a dash as Kazakh and Russian
// official lists are.
type List struct{ Items []string }

// KeyValues is a two-column block without borders: keys in bold on the
// left, values on the right.
type KeyValues []KeyValue

// Figure is an image (a chart) centred, Width millimetres wide, with an
// optional caption under it; PixelWidth and PixelHeight give its aspect.
type Figure struct {
	PNG                     []byte
	Width                   float64
	Caption                 string
	PixelWidth, PixelHeight int
}

// Executor is the executor line that closes a document after the
// signature, in smaller type: «Орынд.: А. Б. Сейітова, тел. 8 7102 …» /
// «Исп.: …». Label is the abbreviation with its colon ("Орынд.:",
// "Исп.:"), PhoneLabel the word before the phone ("тел." when empty).
type Executor struct {
	Label      string
	Name       string
	PhoneLabel string
	Phone      string
}

// Line returns the executor line as printed: "Label Name, тел. Phone",
// leaving out what is empty.
func (e Executor) Line() string {
	s := e.Name
	if e.Label != "" {
		s = e.Label + " " + s
	}
	if e.Phone != "" {
		pl := e.PhoneLabel
		if pl == "" {
			pl = "тел."
		}
		if e.Name != "" {
			s += ","
		}
		s += " " + pl + " " + e.Phone
	}
	return s
}

// PageBreak starts a new page unless the current one is still empty.
type PageBreak struct{}

// Space is vertical space in millimetres, dropped at the top of a page.
type Space struct{ MM float64 }

// Keep asks for MM millimetres on the current page before what follows,
// which should stay together.
type Keep struct{ MM float64 }

func (TitlePage) isBlock() {}
func (Contents) isBlock()  {}
func (Heading) isBlock()   {}
func (Para) isBlock()      {}
func (List) isBlock()      {}
func (KeyValues) isBlock() {}
func (Table) isBlock()     {}
func (Figure) isBlock()    {}
func (Signature) isBlock() {}
func (Executor) isBlock()  {}
func (PageBreak) isBlock() {}
func (Space) isBlock()     {}
func (Keep) isBlock()      {}

// Blocks returns the blocks of the document in order, for a renderer other
// than Output. The values share their slices with the document: read them
// only.
func (d *Document) Blocks() []Block {
	out := make([]Block, len(d.blocks))
	copy(out, d.blocks)
	return out
}

// Meta returns the document's metadata.
func (d *Document) Meta() Meta { return d.meta }

// NameFor gives a report's suggested file name (….pdf) the ending of the
// format asked for: .docx for the editable Word file of the same model.
func NameFor(name string, docx bool) string {
	if docx {
		return strings.TrimSuffix(name, ".pdf") + ".docx"
	}
	return name
}
