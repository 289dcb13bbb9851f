//go:build !windows

package atomicfile

import "os"

// SyncDir flushes the directory entry of a rename, so the new name survives
// a power cut. Errors are ignored: some file systems refuse to sync a
// directory, and the file itself is already safe.
func SyncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	d.Sync()
	d.Close()
}
