package data

import (
	"context"
	"database/sql"
	"strings"
)

// Settings is the one row describing this installation. The official texts
// a report prints exist in Kazakh (the plain fields) and in Russian (the RU
// fields); Official picks one language's.
type Settings struct {
	RegionCode        string // empty until the first-run choice
	CentreName        string
	HeadName          string
	HeadPosition      string
	SignatoryName     string
	SignatoryPosition string
	// ExecutorName and ExecutorPhone are the executor line of a report
	// («Орынд.» / «Исп.»): who prepared it and how to reach them.
	ExecutorName  string
	ExecutorPhone string
	// City is printed on the title page; empty means the region's centre.
	City string
	// InstituteSignatory* sign the national report (the Institute's copy).
	InstituteSignatoryName     string
	InstituteSignatoryPosition string

	CentreNameRU                 string
	HeadNameRU                   string
	HeadPositionRU               string
	SignatoryNameRU              string
	SignatoryPositionRU          string
	ExecutorNameRU               string
	CityRU                       string
	InstituteSignatoryNameRU     string
	InstituteSignatoryPositionRU string

	// Institute marks the Institute's national copy, which has no region
	// of its own (RegionCode stays empty; institute.go).
	Institute bool

	Language         string // kk, ru, en
	ThresholdLow     float64
	ThresholdHigh    float64
	FrameworkVersion int
}

// Configured reports whether the first-run choice has been made.
func (s Settings) Configured() bool { return s.RegionCode != "" }

// Settings reads the settings row.
func (s *Store) Settings(ctx context.Context) (Settings, error) {
	var st Settings
	var region sql.NullString
	err := s.db.QueryRowContext(ctx, `SELECT region_code, centre_name, head_name, head_position,
		signatory_name, signatory_position, executor_name, executor_phone, city,
		institute_signatory_name, institute_signatory_position,
		centre_name_ru, head_name_ru, head_position_ru, signatory_name_ru, signatory_position_ru,
		executor_name_ru, city_ru, institute_signatory_name_ru, institute_signatory_position_ru,
		language, threshold_low, threshold_high, framework_version, institute
		FROM settings WHERE id = 1`).Scan(&region, &st.CentreName, &st.HeadName, &st.HeadPosition,
		&st.SignatoryName, &st.SignatoryPosition, &st.ExecutorName, &st.ExecutorPhone, &st.City,
		&st.InstituteSignatoryName, &st.InstituteSignatoryPosition,
		&st.CentreNameRU, &st.HeadNameRU, &st.HeadPositionRU, &st.SignatoryNameRU, &st.SignatoryPositionRU,
		&st.ExecutorNameRU, &st.CityRU, &st.InstituteSignatoryNameRU, &st.InstituteSignatoryPositionRU,
		&st.Language, &st.ThresholdLow, &st.ThresholdHigh, &st.FrameworkVersion, &st.Institute)
	st.RegionCode = region.String
	return st, notFound(err, "settings", 1)
}

// Validate checks the settings a user can type.
func (st Settings) Validate() error {
	// The Institute's copy has no region, centre or head of its own.
	centre := !st.Institute || strings.TrimSpace(st.RegionCode) != ""
	if centre && strings.TrimSpace(st.RegionCode) == "" {
		return invalid("region", ReasonRequired)
	}
	if centre && strings.TrimSpace(st.CentreName) == "" {
		return invalid("centre_name", ReasonRequired)
	}
	if centre && strings.TrimSpace(st.HeadName) == "" {
		return invalid("head_name", ReasonRequired)
	}
	switch st.Language {
	case "kk", "ru", "en":
	default:
		return invalid("language", ReasonRange)
	}
	if !(st.ThresholdLow > 1 && st.ThresholdLow < st.ThresholdHigh && st.ThresholdHigh < 3) {
		return invalid("thresholds", ReasonRange)
	}
	if st.ExecutorPhone != "" && strings.Trim(st.ExecutorPhone, phoneChars) != "" {
		return invalid("executor_phone", ReasonFormat)
	}
	return nil
}

// SaveSettings validates and writes the settings; when the region is new its
// five kindergartens are loaded in the same transaction.
func (s *Store) SaveSettings(ctx context.Context, st Settings) error {
	st.trim()
	if err := st.Validate(); err != nil {
		return err
	}
	// A region chosen ends the Institute's copy (institute.go).
	st.Institute = st.Institute && st.RegionCode == ""
	if !st.Institute {
		if _, err := s.Region(ctx, st.RegionCode); err != nil {
			return invalid("region", ReasonRange)
		}
		if err := s.LoadRegion(ctx, st.RegionCode); err != nil {
			return err
		}
	}
	_, err := s.db.ExecContext(ctx, `UPDATE settings SET region_code=?, centre_name=?, head_name=?, head_position=?,
		signatory_name=?, signatory_position=?, executor_name=?, executor_phone=?, city=?,
		institute_signatory_name=?, institute_signatory_position=?,
		centre_name_ru=?, head_name_ru=?, head_position_ru=?, signatory_name_ru=?, signatory_position_ru=?,
		executor_name_ru=?, city_ru=?, institute_signatory_name_ru=?, institute_signatory_position_ru=?,
		language=?, threshold_low=?, threshold_high=?, institute=?, updated_at=? WHERE id = 1`,
		nz(st.RegionCode), st.CentreName, st.HeadName, st.HeadPosition,
		st.SignatoryName, st.SignatoryPosition, st.ExecutorName, st.ExecutorPhone, st.City,
		st.InstituteSignatoryName, st.InstituteSignatoryPosition,
		st.CentreNameRU, st.HeadNameRU, st.HeadPositionRU, st.SignatoryNameRU, st.SignatoryPositionRU,
		st.ExecutorNameRU, st.CityRU, st.InstituteSignatoryNameRU, st.InstituteSignatoryPositionRU,
		st.Language, st.ThresholdLow, st.ThresholdHigh, st.Institute, s.stamp())
	return mapErr(err)
}

// SetLanguage changes only the UI language.
func (s *Store) SetLanguage(ctx context.Context, lang string) error {
	switch lang {
	case "kk", "ru", "en":
	default:
		return invalid("language", ReasonRange)
	}
	_, err := s.db.ExecContext(ctx, `UPDATE settings SET language=?, updated_at=? WHERE id = 1`, lang, s.stamp())
	return mapErr(err)
}

// bumpFramework records a change of the indicator framework, so templates
// written before it can be recognised on import.
func bumpFramework(ctx context.Context, q queryer, stamp string) error {
	_, err := q.ExecContext(ctx, `UPDATE settings SET framework_version = framework_version + 1, updated_at=? WHERE id = 1`, stamp)
	return err
}
