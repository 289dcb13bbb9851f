package data

import "context"

// The Institute's national copy (issue 20): a database that collects the
// regions' packages and has no region of its own. Its first run chooses
// «Institute (national copy)» instead of a region; the screens that only
// make sense for a region's centre say so.

// Started reports whether the first-run choice has been made: a region
// (Configured), or the Institute's national copy.
func (s Settings) Started() bool { return s.Configured() || s.Institute }

// StartInstitute makes this database the Institute's national copy, in the
// UI language lang. A database with a region of its own is refused: its
// data are a centre's.
func (s *Store) StartInstitute(ctx context.Context, lang string) error {
	switch lang {
	case "kk", "ru", "en":
	default:
		return invalid("language", ReasonRange)
	}
	st, err := s.Settings(ctx)
	if err != nil {
		return err
	}
	if st.Configured() {
		return invalid("region", ReasonRange)
	}
	_, err = s.db.ExecContext(ctx, `UPDATE settings SET institute = 1, language = ?, updated_at = ? WHERE id = 1`, lang, s.stamp())
	return mapErr(err)
}
