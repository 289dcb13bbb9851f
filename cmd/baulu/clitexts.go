package main

import (
	"embed"
	"errors"
	"fmt"
	"io"

	"baulu/data"
	"baulu/data/text"
	"baulu/ui/i18n"
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
	return dbLanguage(db)
}

// tell prints the sentence key in lang, with its name/value pairs, on w.
func tell(w io.Writer, lang, key string, args ...any) {
	fmt.Fprintln(w, text.T(lang, key, args...))
}

// errSentence is the one sentence a methodologist reads for an error of
// the data layer: the refused field and why, a duplicate, a missing record.
func errSentence(lang string, err error) string {
	var ve *data.ValidationError
	switch {
	case errors.As(err, &ve):
		field, ok := i18n.Lookup(lang, "field."+ve.Field)
		if !ok {
			field = i18n.In(lang, "field.unknown")
		}
		return fmt.Sprintf(i18n.In(lang, "error.field"), field, i18n.In(lang, "reason."+ve.Reason))
	case errors.Is(err, data.ErrAmbiguous):
		return text.T(lang, "cli.error.ambiguous")
	case errors.Is(err, data.ErrDuplicate):
		return i18n.In(lang, "error.duplicate")
	case errors.Is(err, data.ErrNotFound):
		return i18n.In(lang, "error.not_found")
	case errors.Is(err, data.ErrInvalid):
		return i18n.In(lang, "error.invalid")
	}
	return text.T(lang, "cli.error.other", "err", err)
}
