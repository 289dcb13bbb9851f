//go:build windows

package atomicfile

import (
	"io"
	"path/filepath"
	"testing"

	"golang.org/x/sys/windows"
)

// Issue 21: a file written through the temporary file is not Hidden (the
// dotted temporary name and a chmod afterwards made every PDF, export,
// package and restored database Hidden under Wine and on Samba shares).
func TestWrittenFileIsNotHidden(t *testing.T) {
	path := filepath.Join(t.TempDir(), "Ұлытау-өңірлік-есеп-2026.pdf")
	if err := WriteFile(path, func(w io.Writer) error { _, err := io.WriteString(w, "%PDF-1.4"); return err }); err != nil {
		t.Fatal(err)
	}
	p, err := windows.UTF16PtrFromString(path)
	if err != nil {
		t.Fatal(err)
	}
	attrs, err := windows.GetFileAttributes(p)
	if err != nil {
		t.Fatal(err)
	}
	if attrs&windows.FILE_ATTRIBUTE_HIDDEN != 0 {
		t.Fatalf("attributes %#x: Hidden", attrs)
	}
}
