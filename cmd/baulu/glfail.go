package main

import (
	"log"
	"regexp"
	"runtime"
	"strings"
)

// exitNoOpenGL is the status when the window cannot be created for want of
// OpenGL 2.1 (3 is "no display").
const exitNoOpenGL = 4

// glFailurePatterns are the log lines (and panic texts) by which Fyne v2.7.1
// and go-gl/glfw report that no OpenGL window can be made. Fyne's glfw
// driver does not stop on them: window_desktop.go passes the CreateWindow
// error (APIUnavailable/VersionUnavailable, e.g. "WGL: The driver does not
// appear to support OpenGL") to initFailed, which only calls
// fyne.LogError("window creation error", err) before Run, and Run then loops
// forever without a window. A failed glfw.Init is logged as "failed to
// initialise GLFW" and the next GLFW call panics; go-gl/glfw logs a
// PlatformError (GLX/WGL/EGL) and returns no window and no error; a missing
// GL function makes the painter log "failed to initialise OpenGL".
var glFailurePatterns = []string{
	"window creation error",
	"failed to initialise GLFW",
	"failed to initialise OpenGL",
	"APIUnavailable",
	"VersionUnavailable",
	"FormatUnavailable",
	"GLXBadFBConfig",
	"WGL:", "GLX:", "EGL:",
}

// glFixText is the one sentence, in Kazakh, Russian and English (the
// language setting may not be readable yet), that says what is wrong and
// how to fix it on this kind of system.
func glFixText(goos string) string {
	if goos == "windows" {
		return "Baulu терезесін аша алмайды: бұл компьютердің бейнедрайвері OpenGL 2.1 қолдамайды — " +
			"mesa-dist-win жобасының x64 қалтасынан opengl32.dll, libgallium_wgl.dll (бар болса libglapi.dll) файлдарын baulu.exe жанына көшіріп, қайта іске қосыңыз.\n" +
			"Baulu не может открыть окно: видеодрайвер этого компьютера не поддерживает OpenGL 2.1 — " +
			"скопируйте из папки x64 проекта mesa-dist-win файлы opengl32.dll, libgallium_wgl.dll (и libglapi.dll, если он есть) рядом с baulu.exe и запустите снова.\n" +
			"Baulu cannot open its window: this computer's graphics driver lacks OpenGL 2.1 — " +
			"copy opengl32.dll, libgallium_wgl.dll (and libglapi.dll where there is one) from the x64 folder of the mesa-dist-win project beside baulu.exe and start it again."
	}
	return "Baulu терезесін аша алмайды: OpenGL 2.1 жоқ — Mesa драйверлерін (libgl1-mesa-dri) орнатыңыз немесе LIBGL_ALWAYS_SOFTWARE=1 қойып іске қосыңыз.\n" +
		"Baulu не может открыть окно: нет OpenGL 2.1 — установите драйверы Mesa (libgl1-mesa-dri) или запустите с LIBGL_ALWAYS_SOFTWARE=1.\n" +
		"Baulu cannot open its window: OpenGL 2.1 is missing — install the Mesa drivers (libgl1-mesa-dri) or start it with LIBGL_ALWAYS_SOFTWARE=1."
}

// glFailed tells whether the window failed for want of OpenGL, judging by
// the watched log lines and extra (a recovered panic's text, or ""). If so
// it prints and logs the fix with the cause, and shows it in a box on
// Windows, where a windowsgui program has no console.
func (l *appLog) glFailed(extra string) bool {
	var causes []string
	for _, h := range l.gl.Hits() {
		causes = append(causes, logPrefix.ReplaceAllString(h, ""))
	}
	for _, p := range glFailurePatterns {
		if extra != "" && strings.Contains(extra, p) {
			causes = append(causes, extra)
			break
		}
	}
	if len(causes) == 0 {
		return false
	}
	msg := glFixText(runtime.GOOS)
	log.Printf("%s\n(cause: %s)", msg, strings.Join(causes, "; "))
	showFatal(msg)
	return true
}

// logPrefix is the date and time log.LstdFlags puts before each line.
var logPrefix = regexp.MustCompile(`^\d{4}/\d\d/\d\d \d\d:\d\d:\d\d\s+`)
