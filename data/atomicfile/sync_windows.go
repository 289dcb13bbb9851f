//go:build windows

package atomicfile

// syncDir does nothing on Windows: NTFS journals the rename itself and a
// directory cannot be opened for flushing.
func syncDir(string) {}
