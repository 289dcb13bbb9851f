package main

import (
	"embed"
	"errors"
	"fmt"
	"io"

	"baulu/data"
	"baulu/data/text"
	"baulu/ui/kit"
)

// The command line's own sentences (catalogue domain "cli"); field names
// and reasons of a refused value are the window's (ui/i18n), so both say
// the same.

//go:embed texts
var cliTexts embed.FS

func init() { text.MustRegister("cli", cliTexts, "texts") }

// msgLang is the language of a command's messages: --lang when given, else
// the database's own (Kazakh when there is none yet).
func msgLang(flagLang, db string) string {
	if flagLang != "" {
		return text.Normalize(flagLang)
	}
	return data.StoredLanguage(db)
}

// tell prints the sentence key in lang, with its name/value pairs, on w.
func tell(w io.Writer, lang, key string, args ...any) {
	fmt.Fprintln(w, text.T(lang, key, args...))
}

// errSentence is the one sentence a methodologist reads for an error of
// the data layer, the window's (the refused field and why, a duplicate, a
// missing record), or an ambiguous group code.
func errSentence(lang string, err error) string {
	if errors.Is(err, data.ErrAmbiguous) {
		return text.T(lang, "cli.error.ambiguous")
	}
	return kit.ErrorTextIn(lang, err)
}
