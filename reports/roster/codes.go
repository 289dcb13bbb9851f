package roster

import (
	"bytes"
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"
)

// A roster filled without codes would, imported a second time, add its
// children again: nothing in a row without a code or a name says it is a
// child already there. So once Apply has given the new children their
// codes, the caller writes them back into the methodologist's own file
// (WriteCodes): the file then matches by code, and it is also her list of
// which code is which child, on her own PC.

// CodesToWrite counts the rows whose code cell was empty and now has a
// code from Apply.
func (p *Preview) CodesToWrite() int {
	n := 0
	for _, r := range p.Rows {
		if r.noCode && r.Code != "" {
			n++
		}
	}
	return n
}

// WriteCodes writes the workbook as it was read, with the codes Apply gave
// filled into the empty code cells of their rows; nothing else changes.
func (p *Preview) WriteCodes(w io.Writer) error {
	col := p.codeCol
	if col == 0 || p.CodesToWrite() == 0 {
		return fmt.Errorf("roster: no codes to write")
	}
	f, err := excelize.OpenReader(bytes.NewReader(p.file))
	if err != nil {
		return fmt.Errorf("reopen roster: %w", err)
	}
	defer f.Close()
	for _, r := range p.Rows {
		if r.noCode && r.Code != "" {
			if err := f.SetCellStr(p.Sheet, cell(col, r.Row), r.Code); err != nil {
				return err
			}
		}
	}
	_, err = f.WriteTo(w)
	return err
}
