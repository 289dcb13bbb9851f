package main

import (
	"bytes"
	"debug/pe"
	"os"
	"strings"
	"testing"

	"github.com/tc-hib/winres"
)

func iconPNG(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile("../../ui/icon.png")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestResourcesHaveIconVersionManifest(t *testing.T) {
	rs, err := resources(iconPNG(t), "0.1.0", 7)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := checkSet(rs); err != nil {
		t.Fatal(err)
	}
	icons := 0
	rs.WalkType(winres.RT_ICON, func(winres.Identifier, uint16, []byte) bool { icons++; return true })
	if icons != len(iconSizes) {
		t.Errorf("%d icon images, want %d", icons, len(iconSizes))
	}
	vi := rs.Get(winres.RT_VERSION, winres.ID(1), 0)
	if !bytes.Contains(vi, utf16("0.1.0.7")) || !bytes.Contains(vi, utf16("baulu.exe")) {
		t.Error("version information lacks 0.1.0.7 or baulu.exe")
	}
	man := string(rs.Get(winres.RT_MANIFEST, winres.ID(1), winres.LCIDDefault))
	if !strings.Contains(man, "permonitorv2") {
		t.Errorf("manifest without per-monitor DPI awareness:\n%s", man)
	}
}

// utf16 encodes ASCII s as UTF-16LE, as version strings are stored.
func utf16(s string) []byte {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r), 0)
	}
	return b
}

func TestCheckSetSaysWhatIsMissing(t *testing.T) {
	tests := []struct {
		name string
		set  func(*winres.ResourceSet)
		want string
	}{
		{"empty", func(*winres.ResourceSet) {}, "no icon"},
		{"manifest only", func(rs *winres.ResourceSet) { rs.SetManifest(winres.AppManifest{}) }, "no icon"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rs := &winres.ResourceSet{}
			tc.set(rs)
			if _, err := checkSet(rs); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err %v, want %q", err, tc.want)
			}
		})
	}
}

func TestObjectIsADeterministicAMD64Object(t *testing.T) {
	a, err := object(iconPNG(t), "0.1.0", 1)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := object(iconPNG(t), "0.1.0", 1)
	if !bytes.Equal(a, b) {
		t.Fatal("two runs gave different objects")
	}
	f, err := pe.NewFile(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	if f.Machine != pe.IMAGE_FILE_MACHINE_AMD64 {
		t.Errorf("machine %#x", f.Machine)
	}
	sec := f.Section(".rsrc")
	if sec == nil {
		t.Fatal("no .rsrc section")
	}
	raw, err := sec.Data()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(raw, []byte("\x89PNG")) {
		t.Error(".rsrc holds no PNG image (the 256 px icon is stored as PNG)")
	}
}
