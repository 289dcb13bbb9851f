package pdfdoc

import (
	"bytes"
	"fmt"
	"image"
	"image/png"

	"github.com/jung-kurt/gofpdf"
)

// Figure spacing in millimetres.
const (
	figureBefore = 2.0
	imageCaption = 2.0
	figureAfter  = 4.0
)

// Image adds a PNG (a chart) centred, widthMM wide — at most the text width
// — with an optional caption centred under it, e.g. "1-сурет – …". The image
// and its caption stay on one page; an image taller than a page is shrunk.
func (d *Document) Image(pngData []byte, widthMM float64, caption string) {
	if err := checkPNG(pngData); err != nil {
		d.setErr(fmt.Errorf("image %q: %w", caption, err))
		return
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(pngData))
	if err != nil {
		d.setErr(fmt.Errorf("image %q: %w", caption, err))
		return
	}
	if cfg.Width == 0 || cfg.Height == 0 {
		d.setErr(fmt.Errorf("image %q: empty image", caption))
		return
	}
	if widthMM <= 0 || widthMM > TextWidth {
		widthMM = TextWidth
	}
	d.add(Figure{PNG: pngData, Width: widthMM, Caption: caption, PixelWidth: cfg.Width, PixelHeight: cfg.Height})
}

type imageBlock struct {
	name    string
	index   int // 1 for the first image, and so on
	data    []byte
	cfg     image.Config
	width   float64
	caption string
}

func newImageBlock(f Figure, index int) *imageBlock {
	return &imageBlock{
		name:    fmt.Sprintf("img%d", index),
		index:   index,
		data:    f.PNG,
		cfg:     image.Config{Width: f.PixelWidth, Height: f.PixelHeight},
		width:   f.Width,
		caption: f.Caption,
	}
}

// size returns the printed size, shrunk to leave room for the caption on
// one page.
func (b *imageBlock) size(r *renderer) (w, h float64) {
	w = b.width
	h = w * float64(b.cfg.Height) / float64(b.cfg.Width)
	maxH := usable() - figureBefore - b.captionHeight(r)
	if h > maxH {
		w, h = w*maxH/h, maxH
	}
	return w, h
}

func (b *imageBlock) captionLines(r *renderer) []line {
	if b.caption == "" {
		return nil
	}
	r.setFont("", BodySize)
	return wrap(r.measure(), b.caption, TextWidth, TextWidth)
}

func (b *imageBlock) captionHeight(r *renderer) float64 {
	n := len(b.captionLines(r))
	if n == 0 {
		return 0
	}
	return imageCaption + float64(n)*lineHeight(BodySize)
}

func (b *imageBlock) lead(r *renderer) float64 {
	_, h := b.size(r)
	return figureBefore + h + b.captionHeight(r)
}

func (b *imageBlock) render(r *renderer) {
	r.begin()
	r.ensure(b.lead(r))
	r.space(figureBefore)
	w, h := b.size(r)
	if r.drawing() {
		opts := gofpdf.ImageOptions{ImageType: "PNG"}
		orderImage(r.pdf.RegisterImageOptionsReader(b.name, opts, bytes.NewReader(b.data)), b.index)
		r.pdf.ImageOptions(b.name, MarginLeft+(TextWidth-w)/2, r.pdf.GetY(), w, h, false, opts, 0, "")
	}
	r.advance(h)
	if lines := b.captionLines(r); len(lines) > 0 {
		r.space(imageCaption)
		lh := lineHeight(BodySize)
		r.setFont("", BodySize)
		for _, l := range lines {
			r.text(MarginLeft, TextWidth, lh, l.text, AlignCenter)
			r.advance(lh)
		}
	}
	r.space(figureAfter)
}

// Signer is one person who signs: "Әдістемелік орталықтың директоры" and
// "А. Б. Сейітова"; the name stands right, the line for the signature
// between.
type Signer struct {
	Position string
	Name     string
}

// Signature is the signature block closing a document.
type Signature struct {
	Signers []Signer
	// LineCaption is printed small under the signature line, e.g. "(қолы)".
	LineCaption string
	// Stamp marks the place of the seal, e.g. "М.О." or "М.П.".
	Stamp string
	// Date is printed on its own line under the signers, as given.
	Date string
}

// Signature block geometry in millimetres. The name stands at the right
// margin, the rule ends signGap before it, the position wraps on the left.
const (
	signPositionWidth = 75.0 // the position's column, at most
	signPositionMin   = 50.0 // … and at least: a longer name wraps
	signRule          = 38.0 // the signature line
	signRuleMin       = 25.0
	signGap           = 4.0
	signBefore        = 10.0
	signRowGap        = 6.0
)

// Signature adds the signature block; it is never split by a page and it
// keeps the last lines of the block before it on its page.
func (d *Document) Signature(s Signature) {
	d.add(s)
}

type signatureBlock struct{ s Signature }

// signColumns are the widths of the block's five columns: position, the
// space up to the rule, the rule, the gap and the name. The rule ends just
// before the widest name, whatever its length; before, a long name ran
// over the rule's end.
type signColumns [5]float64

func (b *signatureBlock) columns(r *renderer) signColumns {
	r.setFont("", BodySize)
	name := 0.0
	for _, s := range b.s.Signers {
		name = max(name, r.pdf.GetStringWidth(s.Name)+0.5)
	}
	name = min(name, TextWidth-signPositionMin-signRuleMin-2*signGap)
	rule := min(signRule, TextWidth-signPositionMin-2*signGap-name)
	pos := min(signPositionWidth, TextWidth-name-rule-2*signGap)
	return signColumns{pos, TextWidth - pos - rule - signGap - name, rule, signGap, name}
}

func (b *signatureBlock) positionLines(r *renderer, c signColumns, p string) []line {
	r.setFont("", BodySize)
	return wrap(r.measure(), p, c[0], c[0])
}

func (b *signatureBlock) nameLines(r *renderer, c signColumns, n string) []line {
	r.setFont("", BodySize)
	return wrap(r.measure(), n, c[4], c[4])
}

// signerLines is the height of a signer in lines: the name and the rule
// sit on the position's last line, a wrapped name goes on under it.
func (b *signatureBlock) signerLines(r *renderer, c signColumns, s Signer) (pos, total int) {
	pos = max(1, len(b.positionLines(r, c, s.Position)))
	return pos, max(pos, pos-1+len(b.nameLines(r, c, s.Name)))
}

func (b *signatureBlock) height(r *renderer) float64 {
	lh := lineHeight(BodySize)
	c := b.columns(r)
	h := signBefore
	for _, s := range b.s.Signers {
		_, n := b.signerLines(r, c, s)
		h += float64(n)*lh + signRowGap
	}
	if b.s.Stamp != "" {
		h += lh
	}
	if b.s.Date != "" {
		h += lh
	}
	return h
}

func (b *signatureBlock) lead(r *renderer) float64 { return b.height(r) }

// sticky makes the paragraph before the block carry its last lines to the
// next page with it: a signature never stands alone on a page.
func (b *signatureBlock) sticky(r *renderer) float64 { return b.height(r) }

func (b *signatureBlock) render(r *renderer) {
	r.begin()
	r.ensure(b.height(r) + r.stickyNext())
	r.space(signBefore)
	lh := lineHeight(BodySize)
	c := b.columns(r)
	ruleFrom := MarginLeft + c[0] + c[1]
	ruleTo := ruleFrom + c[2]
	nameX := ruleTo + c[3]
	for _, s := range b.s.Signers {
		y := r.pdf.GetY()
		npos, n := b.signerLines(r, c, s)
		r.setFont("", BodySize)
		for _, l := range b.positionLines(r, c, s.Position) {
			r.text(MarginLeft, c[0], lh, l.text, AlignLeft)
			r.advance(lh)
		}
		// The line and the name sit on the last line of the position.
		base := y + float64(npos-1)*lh
		// gofpdf puts the baseline at half the line height plus 0.3 em.
		rule := base + lh/2 + 0.3*BodySize*25.4/72 + 0.4
		if r.drawing() {
			r.pdf.SetLineWidth(ruleWidth)
			r.pdf.Line(ruleFrom, rule, ruleTo, rule)
		}
		r.pdf.SetY(base)
		for _, l := range b.nameLines(r, c, s.Name) {
			r.text(nameX, c[4], lh, l.text, AlignRight)
			r.pdf.SetY(r.pdf.GetY() + lh)
		}
		if b.s.LineCaption != "" {
			r.setFont("", TableSize-2)
			r.pdf.SetY(rule + 0.3)
			r.text(ruleFrom, c[2], lineHeight(TableSize-2), b.s.LineCaption, AlignCenter)
		}
		r.pdf.SetY(y)
		r.advance(float64(n)*lh + signRowGap)
	}
	r.setFont("", BodySize)
	if b.s.Stamp != "" {
		r.text(MarginLeft, TextWidth, lh, b.s.Stamp, AlignLeft)
		r.advance(lh)
	}
	if b.s.Date != "" {
		r.text(MarginLeft, TextWidth, lh, b.s.Date, AlignLeft)
		r.advance(lh)
	}
}
