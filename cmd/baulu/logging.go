package main

import (
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"time"

	"baulu/cmd/baulu/applog"
)

// The GUI's log file lives beside the database. Three files of 1 MB are
// weeks of ordinary use and still small enough to attach to an e-mail.
const (
	logName    = "baulu.log"
	logMaxSize = 1 << 20
	logKeep    = 3
)

// appLog is the window's log: the standard log package (which fyne.LogError
// writes through) goes to stderr and to the rotated file, and a watch looks
// for the OpenGL failures that Fyne reports only as log lines. It records
// start, stop, version, OS and errors; never children's names or file
// contents (paths are fine).
type appLog struct {
	file  *applog.Rotator // nil if the file could not be opened
	gl    *applog.Watch
	start time.Time
}

// startLog sends the standard log to stderr and to baulu.log in the folder
// of dbPath, and logs the start. A log file that cannot be opened is said
// on stderr and does not stop the app.
func startLog(dbPath string) *appLog {
	l := &appLog{gl: applog.NewWatch(glFailurePatterns...), start: time.Now()}
	ws := []io.Writer{os.Stderr, l.gl}
	dir := filepath.Dir(dbPath)
	f, err := applog.Open(filepath.Join(dir, logName), logMaxSize, logKeep)
	if err != nil && os.MkdirAll(dir, 0o700) == nil {
		f, err = applog.Open(filepath.Join(dir, logName), logMaxSize, logKeep)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "baulu: no log file:", err)
	} else {
		l.file = f
		ws = append(ws, f)
	}
	log.SetFlags(log.LstdFlags)
	log.SetOutput(applog.Tee(ws...))
	windowLogging.Store(l.file != nil)
	log.Printf("baulu %s start: %s/%s, %s, %s, database %s", versionString(), runtime.GOOS, runtime.GOARCH, osVersion(), runtime.Version(), dbPath)
	return l
}

// stop logs how the window ended and closes the file. recovered is what a
// deferred recover() returned: a GL failure becomes the one-sentence fix,
// any other panic is logged with its stack and raised again.
func (l *appLog) stop(recovered any, err error) error {
	if recovered != nil {
		if l.glFailed(fmt.Sprint(recovered)) {
			err = exitCode(exitNoOpenGL)
		} else {
			log.Printf("panic: %v\n%s", recovered, debug.Stack())
			l.close(1)
			panic(recovered)
		}
	}
	status := 0
	switch e := err.(type) {
	case nil:
	case exitCode:
		status = int(e)
	default:
		// run() prints err on stderr: only the file and a Windows box need it.
		status = 1
		if l.file != nil {
			log.New(l.file, "", log.LstdFlags).Printf("error: %v", err)
		}
		showFatal("Baulu: " + err.Error())
	}
	l.close(status)
	return err
}

func (l *appLog) close(status int) {
	log.Printf("baulu stop: status %d after %s", status, time.Since(l.start).Round(time.Second))
	log.SetOutput(os.Stderr)
	windowLogging.Store(false)
	if l.file != nil {
		l.file.Close()
	}
}

// windowLogging is set while the window's log (startLog) owns baulu.log.
var windowLogging atomic.Bool

// logLine writes one line into baulu.log beside db — every recovery step
// (a file moved aside, a restore, a failed backup) and the system's own
// words behind a sentence the user was shown — through the window's log
// while it runs, else appended by this command. A log that cannot be
// written is no reason to fail.
func logLine(db, format string, args ...any) {
	line := fmt.Sprintf(format, args...)
	if windowLogging.Load() {
		log.Print(line)
		return
	}
	f, err := applog.Open(filepath.Join(filepath.Dir(db), logName), logMaxSize, logKeep)
	if err != nil {
		return
	}
	defer f.Close()
	name := "baulu"
	if len(os.Args) > 1 && !strings.HasPrefix(os.Args[1], "-") {
		name += " " + os.Args[1] // the command
	}
	log.New(f, "", log.LstdFlags).Printf("%s: %s", name, line)
}
