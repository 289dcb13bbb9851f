package pdfdoc

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
)

var pngSignature = []byte("\x89PNG\r\n\x1a\n")

// checkPNG walks the chunks of a PNG and verifies their checksums. gofpdf
// embeds a truncated or damaged PNG without complaint and the viewer then
// shows a hole, so the damage is caught here, cheaply: nothing is inflated.
func checkPNG(data []byte) error {
	if !bytes.HasPrefix(data, pngSignature) {
		return errors.New("not a PNG")
	}
	rest := data[len(pngSignature):]
	first, idat := true, false
	for {
		if len(rest) < 12 {
			return errors.New("PNG ends before its IEND chunk")
		}
		n := binary.BigEndian.Uint32(rest)
		if uint64(n) > uint64(len(rest)-12) {
			return errors.New("PNG chunk runs past the end of the data")
		}
		kind := string(rest[4:8])
		body := rest[4 : 8+n]
		if crc32.ChecksumIEEE(body) != binary.BigEndian.Uint32(rest[8+n:]) {
			return fmt.Errorf("PNG chunk %s is damaged (checksum)", kind)
		}
		if first && kind != "IHDR" {
			return errors.New("PNG does not start with IHDR")
		}
		first = false
		switch kind {
		case "IDAT":
			idat = true
		case "IEND":
			if !idat {
				return errors.New("PNG has no image data")
			}
			return nil
		}
		rest = rest[12+n:]
	}
}
