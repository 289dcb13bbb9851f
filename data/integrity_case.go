package data

import "runtime"

// caseInsensitiveFS: the usual file systems of Windows and macOS treat
// "Baulu.DB" and "baulu.db" as one file.
const caseInsensitiveFS = runtime.GOOS == "windows" || runtime.GOOS == "darwin"
