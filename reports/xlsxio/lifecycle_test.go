package xlsxio

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baulu/data"
)

// An import names its file and SHA-256 in the history, can be undone, and
// an approved round refuses it: in the preview, with the sentence saying
// who approved it and when, and at Apply when the approval came between.
func TestImportHistoryAndApproval(t *testing.T) {
	w := newWorld(t)
	f := w.template(t, w.e.ID)
	sheet := f.GetSheetList()[1]
	for c := 0; c < 3; c++ {
		if err := f.SetCellInt(sheet, cell(firstCol+c, firstRow), 2); err != nil {
			t.Fatal(err)
		}
	}
	body := toBytes(t, f)
	path := filepath.Join(t.TempDir(), "Балапан-бастапқы.xlsx")
	if err := os.WriteFile(path, body, 0o644); err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(body)
	p, err := ImportFile(ctx, w.s, path, Options{})
	if err != nil || !p.OK() || p.New != 3 {
		t.Fatalf("preview %+v, %v", p, err)
	}
	if err := w.s.ApproveRound(ctx, 78, w.base.ID); err != nil {
		t.Fatal(err)
	}
	if err := p.Apply(ctx); !errors.Is(err, data.ErrApproved) {
		t.Fatalf("apply after approval: %v", err)
	}
	p, err = ImportFile(ctx, w.s, path, Options{})
	if err != nil || p.OK() || len(p.Problems) != 1 || p.Problems[0].Reason != ReasonRoundApproved {
		t.Fatalf("preview of an approved round: %+v, %v", p, err)
	}
	if msg := p.Problems[0].Message("ru"); !strings.Contains(msg, "утверждён") || !strings.Contains(msg, "№78") {
		t.Fatalf("message %q", msg)
	}
	if err := w.s.UnlockRound(ctx, 78, w.base.ID, "файл толықтырылды"); err != nil {
		t.Fatal(err)
	}
	p, err = ImportFile(ctx, w.s, path, Options{})
	if err != nil || !p.OK() {
		t.Fatalf("after unlock: %+v, %v", p, err)
	}
	if err := p.Apply(ctx); err != nil {
		t.Fatal(err)
	}
	sets, err := w.s.ChangeSets(ctx, data.SourceImport, 0)
	if err != nil || len(sets) != 1 || sets[0].File != "Балапан-бастапқы.xlsx" || sets[0].SHA256 != hex.EncodeToString(sum[:]) || sets[0].Scores != 3 {
		t.Fatalf("import set %+v, %v", sets, err)
	}
	if _, err := w.s.Undo(ctx, sets[0].ID); err != nil {
		t.Fatal(err)
	}
	if n := len(dump(t, w.s)); n != 0 {
		t.Fatalf("%d scores after the undo", n)
	}
	// The same bytes from a reader hash the same.
	p, _ = Import(ctx, w.s, bytes.NewReader(body))
	if p.SHA256 != sets[0].SHA256 || p.File != "" {
		t.Fatalf("reader import %q %q", p.File, p.SHA256)
	}
}
