//go:build windows

package atomicfile

// SyncDir does nothing on Windows: NTFS journals the rename itself and a
// directory cannot be opened for flushing.
func SyncDir(string) {}
