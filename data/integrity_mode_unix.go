//go:build !windows

package data

import "os"

// tightenMode takes group and other permissions off a database file of
// Baulu's and its SQLite sidecars (children's data: 0600). Files created
// by earlier versions were 0644. Errors are ignored: a file of another
// owner stays as it is and still opens.
func tightenMode(path string) {
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		if fi, err := os.Lstat(p); err == nil && fi.Mode().IsRegular() && fi.Mode().Perm()&0o077 != 0 {
			os.Chmod(p, fi.Mode().Perm()&0o700)
		}
	}
}

// tightenDirMode does the same for a folder of Baulu's own (backups): 0700.
func tightenDirMode(dir string) {
	if fi, err := os.Lstat(dir); err == nil && fi.IsDir() && fi.Mode().Perm()&0o077 != 0 {
		os.Chmod(dir, fi.Mode().Perm()&0o700)
	}
}
