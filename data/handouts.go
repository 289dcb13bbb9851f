package data

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"unicode/utf8"
)

// HandoutLangs are the languages of the parent handout.
func HandoutLangs() []string { return []string{"kk", "ru"} }

// Handout limits: the handout is one A4 page, so its two lists stay short.
const (
	HandoutMaxItems = 6   // lines per list
	HandoutMaxChars = 500 // characters per list
)

// HandoutText is what the parent handout of a direction says in one
// language: what the children practised and what parents can do at home,
// one item per line.
type HandoutText struct {
	DirectionID int64
	Lang        string // kk, ru
	Practised   string
	AtHome      string
	// Default is true when nothing was saved and the built-in text is shown.
	Default bool
}

// PractisedItems and AtHomeItems split the texts into their non-empty lines.
func (h HandoutText) PractisedItems() []string { return handoutItems(h.Practised) }

// AtHomeItems splits the at-home text into its non-empty lines.
func (h HandoutText) AtHomeItems() []string { return handoutItems(h.AtHome) }

func handoutItems(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(l), "–-•"))
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}

// Validate checks the language and both lists: required, at most
// HandoutMaxItems lines and HandoutMaxChars characters each.
func (h *HandoutText) Validate() error {
	if err := oneOf("lang", h.Lang, HandoutLangs()); err != nil {
		return err
	}
	for _, f := range []struct {
		name string
		text *string
	}{{"practised", &h.Practised}, {"at_home", &h.AtHome}} {
		*f.text = strings.Join(handoutItems(*f.text), "\n")
		switch n := len(handoutItems(*f.text)); {
		case n == 0:
			return invalid(f.name, ReasonRequired)
		case n > HandoutMaxItems || utf8.RuneCountInString(*f.text) > HandoutMaxChars:
			return invalid(f.name, ReasonRange)
		}
	}
	return nil
}

// HandoutText returns the saved handout text of a direction, or the
// built-in default (Default set) when none was saved.
func (s *Store) HandoutText(ctx context.Context, directionID int64, lang string) (HandoutText, error) {
	if err := oneOf("lang", lang, HandoutLangs()); err != nil {
		return HandoutText{}, err
	}
	h := HandoutText{DirectionID: directionID, Lang: lang}
	var code string
	err := s.db.QueryRowContext(ctx, `SELECT d.code, coalesce(h.practised, ''), coalesce(h.at_home, '')
		FROM direction d LEFT JOIN handout_text h ON h.direction_id = d.id AND h.lang = ?
		WHERE d.id = ?`, lang, directionID).Scan(&code, &h.Practised, &h.AtHome)
	if errors.Is(err, sql.ErrNoRows) {
		return HandoutText{}, notFound(err, "direction", directionID)
	}
	if err != nil {
		return HandoutText{}, mapErr(err)
	}
	if h.Practised == "" {
		h.Practised, h.AtHome = DefaultHandoutText(code, lang)
		h.Default = true
	}
	return h, nil
}

// SaveHandoutText stores the edited text of a direction in a language.
func (s *Store) SaveHandoutText(ctx context.Context, h *HandoutText) error {
	if err := h.Validate(); err != nil {
		return err
	}
	if h.DirectionID == 0 {
		return invalid("direction", ReasonRequired)
	}
	if err := checkDirection(ctx, s.db, h.DirectionID); err != nil {
		return err
	}
	_, err := s.db.ExecContext(ctx, `INSERT INTO handout_text(direction_id, lang, practised, at_home, updated_at)
		VALUES (?,?,?,?,?) ON CONFLICT(direction_id, lang) DO UPDATE SET
		practised = excluded.practised, at_home = excluded.at_home, updated_at = excluded.updated_at`,
		h.DirectionID, h.Lang, h.Practised, h.AtHome, s.stamp())
	if err != nil {
		return mapErr(err)
	}
	h.Default = false
	return nil
}

// ResetHandoutText forgets the edited text: the default is used again.
func (s *Store) ResetHandoutText(ctx context.Context, directionID int64, lang string) error {
	_, err := s.db.ExecContext(ctx, `DELETE FROM handout_text WHERE direction_id = ? AND lang = ?`, directionID, lang)
	return mapErr(err)
}
