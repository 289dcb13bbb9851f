package main

import (
	"fmt"
	"os"
	"strings"
	"syscall"

	"golang.org/x/sys/windows"
)

// The exe is linked with -H=windowsgui, so it has no console of its own.
// Started from cmd or PowerShell, the headless commands should still
// print: attach to the parent's console and point every standard handle
// that was not redirected (a pipe or file stays as it is) at it.
func init() {
	const attachParentProcess = ^uintptr(0)
	attach := windows.NewLazySystemDLL("kernel32.dll").NewProc("AttachConsole")
	if r, _, _ := attach.Call(attachParentProcess); r == 0 {
		return // started from Explorer: no console, and none is wanted
	}
	for _, s := range []struct {
		h *syscall.Handle
		f **os.File
	}{{&syscall.Stdout, &os.Stdout}, {&syscall.Stderr, &os.Stderr}} {
		if *s.h != 0 && *s.h != syscall.InvalidHandle {
			continue
		}
		if f, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0); err == nil {
			*s.f = f
		}
	}
}

// osVersion is e.g. "Windows 10.0.19045".
func osVersion() string {
	v := windows.RtlGetVersion()
	return fmt.Sprintf("Windows %d.%d.%d", v.MajorVersion, v.MinorVersion, v.BuildNumber)
}

// showFatal shows msg in a message box: the window could not be made, and
// a windowsgui program's stderr goes nowhere.
func showFatal(msg string) {
	// A blank line between the languages reads better in a narrow box.
	text, err := windows.UTF16PtrFromString(strings.ReplaceAll(msg, "\n", "\n\n"))
	if err != nil {
		return
	}
	title, _ := windows.UTF16PtrFromString("Baulu")
	windows.MessageBox(0, text, title, windows.MB_OK|windows.MB_ICONERROR)
}
