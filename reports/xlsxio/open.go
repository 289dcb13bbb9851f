package xlsxio

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"
)

// Limits on what a template can be: a region's biggest kindergarten is a
// few hundred children, far below these.
const (
	maxFileSize   = 32 << 20  // bytes of the .xlsx itself
	maxUnzipped   = 256 << 20 // all parts together, unzipped (zip bombs)
	maxXMLInMemry = 64 << 20  // one sheet's XML kept in memory
)

var (
	zipMagic = []byte("PK\x03\x04")
	oleMagic = []byte{0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1}
	// An encrypted .xlsx is an OLE container holding an "EncryptionInfo"
	// stream; an old .xls is an OLE container without one.
	encryptionInfo = utf16le("EncryptionInfo")
)

// odsMime is the mimetype an OpenDocument spreadsheet stores, uncompressed,
// as the first member of its zip (LibreOffice's own format, and what
// Google Sheets downloads as .ods).
var odsMime = []byte("application/vnd.oasis.opendocument.spreadsheet")

func isODS(b []byte) bool { return bytes.Contains(b[:min(len(b), 200)], odsMime) }

func utf16le(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

// openWorkbook reads r and opens it as a workbook, turning every way a file
// can fail to be one into a sentinel with its own sentence.
func openWorkbook(r io.Reader) (*excelize.File, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("read file: %w", err)
	}
	switch {
	case len(b) > maxFileSize:
		return nil, ErrTooLarge
	case len(bytes.TrimSpace(b)) == 0:
		return nil, ErrEmpty
	case bytes.HasPrefix(b, oleMagic):
		if bytes.Contains(b, encryptionInfo) {
			return nil, ErrEncrypted
		}
		return nil, ErrLegacyExcel
	case !bytes.HasPrefix(b, zipMagic):
		return nil, ErrNotWorkbook
	case isODS(b):
		return nil, ErrODS
	}
	f, err := openZip(b)
	if err != nil {
		if strings.Contains(err.Error(), "unzip size") {
			return nil, ErrTooLarge
		}
		return nil, fmt.Errorf("%w: %v", ErrNotWorkbook, err)
	}
	if len(f.GetSheetList()) == 0 {
		f.Close()
		return nil, ErrNotWorkbook
	}
	return f, nil
}

// openZip calls excelize on bytes that come from anyone's PC. A parser
// panic on a malformed file must not take the application down: it becomes
// "not a workbook".
func openZip(b []byte) (f *excelize.File, err error) {
	defer func() {
		if p := recover(); p != nil {
			f, err = nil, fmt.Errorf("malformed workbook: %v", p)
		}
	}()
	f, err = excelize.OpenReader(bytes.NewReader(b), excelize.Options{
		RawCellValue: true, UnzipSizeLimit: maxUnzipped, UnzipXMLSizeLimit: maxXMLInMemry,
	})
	if err != nil && f != nil {
		f.Close()
		f = nil
	}
	return f, err
}

// sheetRows reads a sheet's raw cell values, also guarded against panics.
func sheetRows(f *excelize.File, sheet string) (rows [][]string, err error) {
	defer func() {
		if p := recover(); p != nil {
			rows, err = nil, fmt.Errorf("malformed sheet: %v", p)
		}
	}()
	return f.GetRows(sheet, excelize.Options{RawCellValue: true})
}

// readFile opens path for ImportFile.
func readFile(path string) (*os.File, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return fh, nil
}
