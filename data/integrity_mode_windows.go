//go:build windows

package data

// tightenMode does nothing on Windows: files under the profile inherit its
// ACL, and a chmod would only write the DOS attributes back.
func tightenMode(string) {}

// tightenDirMode does nothing on Windows (see tightenMode).
func tightenDirMode(string) {}
