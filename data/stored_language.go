package data

// StoredLanguage reads the UI language kept in a database file without
// opening a Store or changing anything (another Baulu may have the file
// open, or it may be damaged), for the messages shown before the store is
// open; Kazakh when it cannot be read.
func StoredLanguage(path string) string {
	db, err := openReadOnly(path)
	if err != nil {
		return "kk"
	}
	defer db.Close()
	var lang string
	if err := db.QueryRow(`SELECT language FROM settings WHERE id = 1`).Scan(&lang); err != nil {
		return "kk"
	}
	switch lang {
	case "ru", "en":
		return lang
	}
	return "kk"
}
