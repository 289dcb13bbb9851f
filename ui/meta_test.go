package ui

import (
	"bytes"
	"image/png"
	"os"
	"strings"
	"testing"
)

func TestMetadataMatchesFyneAppToml(t *testing.T) {
	b, err := os.ReadFile("../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	toml := string(b)
	for _, want := range []string{`ID = "` + AppID + `"`, `Version = "` + Version + `"`, "fyneDo = true", `Icon = "ui/icon.png"`} {
		if !strings.Contains(toml, want) {
			t.Errorf("FyneApp.toml lacks %s", want)
		}
	}
	img, err := png.Decode(bytes.NewReader(Icon.Content()))
	if err != nil || img.Bounds().Dx() < 128 {
		t.Fatalf("icon: %v %v", err, img)
	}
	if !Metadata().Migrations["fyneDo"] {
		t.Fatal("fyneDo migration off")
	}
}
