package pdfdoc

// plan is the document as the PDF renderer lays it out: one layout block
// per model block, the headings in order for the contents, and what the
// fonts and footers need to know. It is made once per Output and used by
// every pass (tables keep their fitted widths between passes).
type plan struct {
	blocks     []block
	headings   []*headingBlock
	titleFirst bool // the first block is a title page: it shows no number
	italic     bool // some block is set in italics
}

func (d *Document) plan() *plan {
	p := &plan{blocks: make([]block, 0, len(d.blocks))}
	figures := 0
	for i, m := range d.blocks {
		var b block
		switch m := m.(type) {
		case TitlePage:
			p.titleFirst = p.titleFirst || i == 0
			b = &titleBlock{tp: m}
		case Contents:
			b = &tocBlock{title: m.Title}
		case Heading:
			h := &headingBlock{h: m, id: len(p.headings), pos: i}
			p.headings = append(p.headings, h)
			b = h
		case Para:
			p.italic = p.italic || m.Italic
			b = &paraBlock{p: m}
		case List:
			b = &bulletBlock{items: m.Items}
		case KeyValues:
			b = &kvBlock{pairs: m}
		case Table:
			// AddTable has checked the spec.
			spec, _ := m.widths()
			b = &tableBlock{t: m, spec: spec}
		case Figure:
			figures++
			b = newImageBlock(m, figures)
		case Signature:
			b = &signatureBlock{s: m}
		case Executor:
			b = &executorBlock{e: m}
		case PageBreak:
			b = pageBreak{}
		case Space:
			b = spaceBlock(m.MM)
		case Keep:
			b = keepBlock(m.MM)
		}
		p.blocks = append(p.blocks, b)
	}
	return p
}
