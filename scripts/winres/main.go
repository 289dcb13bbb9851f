// Command winres writes the Windows resources of baulu.exe (icon, version
// information, manifest) as a COFF object (.syso) that go build links in,
// or checks that a built exe carries them.
//
//	go run ./scripts/winres -icon ui/icon.png -version 0.1.0 -build 1 -out cmd/baulu/rsrc_windows_amd64.syso
//	go run ./scripts/winres -check dist/baulu.exe
//
// It uses github.com/tc-hib/winres instead of the fyne CLI's packaging:
// the output depends only on its inputs (no timestamps), and the build
// stays a plain go build that shares the build cache.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	icon := flag.String("icon", "ui/icon.png", "application icon (PNG, 256×256)")
	ver := flag.String("version", "", "version, e.g. 0.1.0")
	build := flag.Int("build", 0, "build number (the fourth version field)")
	out := flag.String("out", "cmd/baulu/rsrc_windows_amd64.syso", "object file to write")
	check := flag.String("check", "", "check that this exe has an icon, version info and a manifest, and stop")
	flag.Parse()

	if *check != "" {
		found, err := checkExe(*check)
		if err != nil {
			fmt.Fprintln(os.Stderr, "winres:", err)
			os.Exit(1)
		}
		fmt.Printf("%s: resources %s\n", *check, found)
		return
	}
	if *ver == "" {
		fmt.Fprintln(os.Stderr, "winres: -version is required")
		os.Exit(2)
	}
	png, err := os.ReadFile(*icon)
	if err != nil {
		fmt.Fprintln(os.Stderr, "winres:", err)
		os.Exit(1)
	}
	obj, err := object(png, *ver, *build)
	if err != nil {
		fmt.Fprintln(os.Stderr, "winres:", err)
		os.Exit(1)
	}
	if err := writeFile(*out, obj); err != nil {
		fmt.Fprintln(os.Stderr, "winres:", err)
		os.Exit(1)
	}
}

// writeFile writes through a temporary file and a rename, so a failed run
// never leaves half an object for go build to link.
func writeFile(path string, b []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
