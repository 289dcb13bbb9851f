// Package sysenv quiets Fyne's locale lookup on systems whose locale is
// "C.UTF-8" or "POSIX.UTF-8" (servers, CI, minimal installs): Fyne reads the
// locale while its lang package initialises and logs "Error parsing user
// locale C" for those. Baulu chooses its language itself (Kazakh by
// default), so here LANGUAGE is pointed at Kazakh before Fyne looks.
//
// This package imports only the standard library and its path sorts before
// "fyne.io/…", so Go's package initialisation order (dependencies first,
// then by import path) runs its init before Fyne's lang package.
package sysenv

import (
	"os"
	"strings"
)

func init() { Fix() }

// Fix sets LANGUAGE=kk when the effective locale is a C/POSIX variant with a
// codeset and LANGUAGE is unset; it leaves every real locale alone.
func Fix() {
	if os.Getenv("LANGUAGE") != "" {
		return
	}
	loc := ""
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if loc = os.Getenv(v); loc != "" {
			break
		}
	}
	if strings.HasPrefix(loc, "C.") || strings.HasPrefix(loc, "POSIX.") {
		os.Setenv("LANGUAGE", "kk")
	}
}
