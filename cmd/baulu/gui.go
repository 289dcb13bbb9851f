package main

import (
	"fmt"
	"os"
	"runtime"

	"fyne.io/fyne/v2/app"

	"baulu/ui"
)

// hasDisplay tells whether a window can be opened at all: on Linux and the
// BSDs an X11 or Wayland display must be named.
func hasDisplay() bool {
	switch runtime.GOOS {
	case "windows", "darwin":
		return true
	}
	return os.Getenv("DISPLAY") != "" || os.Getenv("WAYLAND_DISPLAY") != ""
}

func runGUI(args []string) (err error) {
	fs, db := flags("gui")
	if err := fs.Parse(args); err != nil {
		return exitCode(2)
	}
	if !hasDisplay() {
		fmt.Fprintln(os.Stderr, "Baulu needs a graphical display to open its window, and none was found (DISPLAY is empty). "+
			"Without a display use the headless commands, e.g.: baulu demo --db demo.db && baulu report --db demo.db --kind regional --lang kk --out report.pdf (see baulu help)")
		return exitCode(3)
	}
	phase("main")
	lg := startLog(*db)
	defer func() { err = lg.stop(recover(), err) }()
	app.SetMetadata(ui.Metadata())
	a := app.NewWithID(ui.AppID)
	a.SetIcon(ui.Icon)
	ui.PreloadFonts(a) // parsed on another core while the database is checked and opened
	phase("app")
	w, finish, err := startGUI(a, *db) // lock, check, recovery, backup: dbstart.go
	if err != nil {
		return err
	}
	opened := false
	defer func() {
		// Also when Show panics for want of OpenGL (stop recovers it).
		if !opened {
			finish(false)
		}
	}()
	phase("startGUI")
	markFirstFrame(w)
	ui.FitScreen(w) // the monitor's work area, before the window is made
	// Show makes the GL window at once (Run has not started); a failure is
	// only logged by Fyne, so look before Run would wait for ever.
	w.Show()
	if lg.glFailed("") {
		return exitCode(exitNoOpenGL)
	}
	phase("shown")
	opened = true
	a.Run()
	return finish(true)
}
