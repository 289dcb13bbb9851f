package pdfdoc

// Para is a paragraph with its own style; Paragraph covers body text.
type Para struct {
	Text string
	// Align defaults to justified.
	Align Align
	// NoIndent drops the 12.5 mm first-line indent.
	NoIndent bool
	Bold     bool
	Italic   bool
	// Size in points; zero means BodySize.
	Size float64
	// SpaceAfter in millimetres.
	SpaceAfter float64
}

// Paragraph adds a body paragraph: 14 pt, justified, first line indented.
// A "\n" inside text starts a new line without ending the paragraph.
func (d *Document) Paragraph(text string) {
	d.Text(Para{Text: text})
}

// Text adds a paragraph with the given style.
func (d *Document) Text(p Para) {
	if p.Size <= 0 {
		p.Size = BodySize
	}
	d.add(p)
}

type paraBlock struct{ p Para }

func (b *paraBlock) style() string {
	switch {
	case b.p.Bold && b.p.Italic:
		return "BI"
	case b.p.Bold:
		return "B"
	case b.p.Italic:
		return "I"
	}
	return ""
}

func (b *paraBlock) indent() float64 {
	if b.p.NoIndent || b.p.Align == AlignCenter || b.p.Align == AlignRight {
		return 0
	}
	return ParagraphIndent
}

func (b *paraBlock) lines(r *renderer) []line {
	r.setFont(b.style(), b.p.Size)
	in := b.indent()
	return wrap(r.measure(), b.p.Text, TextWidth-in, TextWidth)
}

// lead asks for two lines: a paragraph never leaves one line alone.
func (b *paraBlock) lead(r *renderer) float64 {
	return float64(min(2, len(b.lines(r)))) * lineHeight(b.p.Size)
}

func (b *paraBlock) render(r *renderer) {
	r.begin()
	lines := b.lines(r)
	lh := lineHeight(b.p.Size)
	n := len(lines)
	// Orphan and widow control: keep at least two lines together at the
	// bottom of a page and at the top of the next one.
	fit := int((r.room() + eps) / lh)
	if !r.fresh && fit < n {
		if fit < 2 && n >= 2 {
			r.newPage()
		} else if n-fit == 1 && n >= 3 {
			fit--
		}
	}
	breakAt := -1
	if !r.fresh && fit < n {
		breakAt = fit
	}
	// A sticky block after (the signature) takes the last two lines along.
	tail := r.stickyNext()
	keepFrom := max(0, n-2)
	if tail > 0 && tail+float64(n-keepFrom)*lh <= usable() {
		tail += float64(n-keepFrom) * lh
	} else {
		tail = 0
	}
	align := b.p.Align.or(AlignJustify)
	for i, l := range lines {
		if i == breakAt || (lh > r.room()+eps && !r.fresh) ||
			(i == keepFrom && tail > 0 && !r.fresh && tail > r.room()+eps) {
			r.newPage()
		}
		x, w := MarginLeft, TextWidth
		if i == 0 {
			x += b.indent()
			w -= b.indent()
		}
		a := align
		if a == AlignJustify && l.last {
			a = AlignLeft
		}
		r.text(x, w, lh, l.text, a)
		r.advance(lh)
	}
	r.space(b.p.SpaceAfter)
}

// Bullets adds a list: each item starts with a dash at the paragraph indent
// and its further lines hang under the text.
func (d *Document) Bullets(items ...string) {
	d.add(List{Items: items})
}

type bulletBlock struct{ items []string }

// bulletMark is the dash used in Kazakh and Russian official lists.
const bulletMark = "–"

// bulletGap is the distance from the dash to the item text.
const bulletGap = 6.0

func (b *bulletBlock) itemLines(r *renderer, item string) []line {
	r.setFont("", BodySize)
	w := TextWidth - ParagraphIndent - bulletGap
	return wrap(r.measure(), item, w, w)
}

func (b *bulletBlock) lead(r *renderer) float64 {
	if len(b.items) == 0 {
		return 0
	}
	return float64(min(2, len(b.itemLines(r, b.items[0])))) * lineHeight(BodySize)
}

func (b *bulletBlock) render(r *renderer) {
	r.begin()
	lh := lineHeight(BodySize)
	x := MarginLeft + ParagraphIndent
	w := TextWidth - ParagraphIndent - bulletGap
	// A sticky block after the list (the signature) takes the last items
	// along to the next page rather than stand alone there: at least two
	// lines of text, so that the signature's page does not show a lone
	// one-line item.
	tail := r.stickyNext()
	counts := make([]int, len(b.items))
	keepFrom, kept := len(b.items), 0
	for i := len(b.items) - 1; i >= 0; i-- {
		counts[i] = len(b.itemLines(r, b.items[i]))
		if kept < 2 {
			keepFrom, kept = i, kept+counts[i]
		}
	}
	for i, item := range b.items {
		lines := b.itemLines(r, item)
		r.ensure(float64(min(2, len(lines))) * lh)
		if i == keepFrom && tail > 0 && !r.fresh {
			need := tail
			for _, n := range counts[i:] {
				need += float64(n) * lh
			}
			if need > r.room()+eps && need <= usable() {
				r.newPage()
			}
		}
		for i, l := range lines {
			r.ensure(lh)
			if i == 0 {
				r.text(x, bulletGap, lh, bulletMark, AlignLeft)
			}
			a := AlignJustify
			if l.last {
				a = AlignLeft
			}
			r.text(x+bulletGap, w, lh, l.text, a)
			r.advance(lh)
		}
	}
}

// KeyValue is one line of a key–value block, e.g. "Өңір" — "Ақмола облысы".
type KeyValue struct {
	Key   string
	Value string
}

// KeyValues adds a two-column block without borders: keys in bold on the
// left, values on the right, both wrapped; a pair is never split by a page.
func (d *Document) KeyValues(pairs ...KeyValue) {
	d.add(KeyValues(pairs))
}

type kvBlock struct{ pairs []KeyValue }

// kvGap separates the key column from the value column.
const kvGap = 4.0

// keyWidth is the width of the widest key, capped at 40% of the line.
func (b *kvBlock) keyWidth(r *renderer) float64 {
	r.setFont("B", BodySize)
	w := 0.0
	for _, p := range b.pairs {
		w = max(w, r.pdf.GetStringWidth(p.Key))
	}
	return min(w+0.5, 0.4*TextWidth)
}

func (b *kvBlock) pairLines(r *renderer, p KeyValue, kw float64) (keys, vals []line) {
	r.setFont("B", BodySize)
	keys = wrap(r.measure(), p.Key, kw, kw)
	r.setFont("", BodySize)
	vw := TextWidth - kw - kvGap
	vals = wrap(r.measure(), p.Value, vw, vw)
	return keys, vals
}

func (b *kvBlock) lead(r *renderer) float64 {
	if len(b.pairs) == 0 {
		return 0
	}
	k, v := b.pairLines(r, b.pairs[0], b.keyWidth(r))
	return float64(max(len(k), len(v))) * lineHeight(BodySize)
}

// kvSpace separates a key–value block from the paragraphs around it.
const kvSpace = 2.0

func (b *kvBlock) render(r *renderer) {
	r.begin()
	r.space(kvSpace)
	lh := lineHeight(BodySize)
	kw := b.keyWidth(r)
	for _, p := range b.pairs {
		keys, vals := b.pairLines(r, p, kw)
		n := max(len(keys), len(vals))
		r.ensure(float64(n) * lh)
		y := r.pdf.GetY()
		r.setFont("B", BodySize)
		for i, l := range keys {
			r.pdf.SetY(y + float64(i)*lh)
			r.text(MarginLeft, kw, lh, l.text, AlignLeft)
		}
		r.setFont("", BodySize)
		for i, l := range vals {
			r.pdf.SetY(y + float64(i)*lh)
			r.text(MarginLeft+kw+kvGap, TextWidth-kw-kvGap, lh, l.text, AlignLeft)
		}
		r.pdf.SetY(y)
		r.advance(float64(n) * lh)
	}
	r.space(kvSpace)
}

// PageBreak starts a new page, unless the current one is still empty. A
// break at the very end of the document adds no page.
func (d *Document) PageBreak() {
	d.add(PageBreak{})
}

type pageBreak struct{}

func (pageBreak) lead(*renderer) float64 { return 0 }

func (pageBreak) render(r *renderer) {
	if !r.fresh {
		r.pendingBreak = true
	}
}

// Space adds vertical space in millimetres (dropped at the top of a page).
func (d *Document) Space(mm float64) {
	d.add(Space{MM: mm})
}

type spaceBlock float64

func (spaceBlock) lead(*renderer) float64 { return 0 }

func (s spaceBlock) render(r *renderer) {
	r.begin()
	r.space(float64(s))
}

// KeepSpace starts a new page unless mm millimetres are left on this one:
// use it before a group of blocks that should stay together.
func (d *Document) KeepSpace(mm float64) {
	d.add(Keep{MM: mm})
}

type keepBlock float64

func (keepBlock) lead(*renderer) float64 { return 0 }

func (k keepBlock) render(r *renderer) {
	r.begin()
	r.ensure(float64(k))
}

// Executor adds the executor line after the signature: small type at the
// foot of the signature's page, where an office looks for it; it is kept
// on that page.
func (d *Document) Executor(e Executor) {
	d.add(e)
}

type executorBlock struct{ e Executor }

func (b *executorBlock) lines(r *renderer) []line {
	r.setFont("", TableSize)
	return wrap(r.measure(), b.e.Line(), TextWidth, TextWidth)
}

// executorBefore separates the executor line from the signature.
const executorBefore = 8.0

func (b *executorBlock) height(r *renderer) float64 {
	return executorBefore + float64(len(b.lines(r)))*lineHeight(TableSize)
}

func (b *executorBlock) lead(r *renderer) float64 { return b.height(r) }

// sticky keeps the line on the page of the signature before it.
func (b *executorBlock) sticky(r *renderer) float64 { return b.height(r) }

func (b *executorBlock) render(r *renderer) {
	r.begin()
	r.ensure(b.height(r))
	lines := b.lines(r)
	lh := lineHeight(TableSize)
	// At the foot of the page, as GOST R 7.0.97 places it.
	r.pdf.SetY(max(r.pdf.GetY()+executorBefore, bottom()-float64(len(lines))*lh))
	for _, l := range lines {
		r.text(MarginLeft, TextWidth, lh, l.text, AlignLeft)
		r.advance(lh)
	}
}
