package pdfdoc

import (
	"bytes"
	"encoding/gob"

	"github.com/jung-kurt/gofpdf"
)

// orderImage makes gofpdf write images in the order they were added.
//
// With catalog sort on, gofpdf sorts images by pixel width only
// (jung-kurt/gofpdf#160) and takes equal widths in map order, so two charts
// of the same width swap places at random and the bytes of the PDF change
// from run to run. The only handle on an image's fields is its gob form:
// this adds n·10⁻⁶ px to the width, which orders the sort while the
// printed "/Width" (an int) and the placement (explicit size) stay as they
// are. If gofpdf's encoding ever differs, the image is left alone: the PDF
// is still right, only its object order may vary.
func orderImage(info *gofpdf.ImageInfoType, n int) {
	if info == nil {
		return
	}
	raw, err := info.GobEncode()
	if err != nil {
		return
	}
	var (
		data, smask, pal []byte
		num, bpc         int
		w, h, scale, dpi float64
		cs, filter, dp   string
		trns             []int
	)
	fields := []any{&data, &smask, &num, &w, &h, &cs, &pal, &bpc, &filter, &dp, &trns, &scale, &dpi}
	dec := gob.NewDecoder(bytes.NewReader(raw))
	for _, f := range fields {
		if dec.Decode(f) != nil {
			return
		}
	}
	w += float64(n) * 1e-6
	var buf bytes.Buffer
	enc := gob.NewEncoder(&buf)
	for _, f := range []any{data, smask, num, w, h, cs, pal, bpc, filter, dp, trns, scale, dpi} {
		if enc.Encode(f) != nil {
			return
		}
	}
	_ = info.GobDecode(buf.Bytes())
}
