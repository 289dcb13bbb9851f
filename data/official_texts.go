package data

import (
	"context"
	"strings"

	"baulu/seeds"
)

// The official texts of a report — the centre, its head and signatory, the
// executor, the city, the kindergartens' names and settlements — exist in
// Kazakh and in Russian (ARCHITECTURE: a report's official texts). This file says which language's text a
// report takes and which Russian texts are still missing; how a report
// prints a missing one is the reports' business.

// phoneChars are the characters of a phone number as people write it.
const phoneChars = "+0123456789 ()-"

// Official is the official texts of Settings in one language.
type Official struct {
	CentreName                 string
	HeadName, HeadPosition     string
	SignatoryName              string
	SignatoryPosition          string
	ExecutorName               string
	ExecutorPhone              string // the same in both languages
	City                       string // empty: the region's centre
	InstituteSignatoryName     string
	InstituteSignatoryPosition string
}

// Official returns the texts of lang: the RU fields for "ru", the Kazakh
// ones otherwise. A missing Russian text stays empty: a Russian document
// never takes the Kazakh one in its place.
func (st Settings) Official(lang string) Official {
	if lang == "ru" {
		return Official{st.CentreNameRU, st.HeadNameRU, st.HeadPositionRU, st.SignatoryNameRU, st.SignatoryPositionRU,
			st.ExecutorNameRU, st.ExecutorPhone, st.CityRU, st.InstituteSignatoryNameRU, st.InstituteSignatoryPositionRU}
	}
	return Official{st.CentreName, st.HeadName, st.HeadPosition, st.SignatoryName, st.SignatoryPosition,
		st.ExecutorName, st.ExecutorPhone, st.City, st.InstituteSignatoryName, st.InstituteSignatoryPosition}
}

// Setting fields named by MissingRussian, as the settings form names them.
const (
	FieldCentreName        = "centre_name"
	FieldHeadName          = "head_name"
	FieldHeadPosition      = "head_position"
	FieldSignatoryName     = "signatory_name"
	FieldSignatoryPosition = "signatory_position"
	FieldExecutorName      = "executor_name"
	FieldCity              = "city"
)

// MissingRussian lists the fields of the centre's official texts that have a
// Kazakh text and no Russian one, in the settings form's order. (The
// Institute's signatory is the national copy's and is not asked of a centre.)
func (st Settings) MissingRussian() []string {
	var out []string
	for _, f := range []struct {
		field, kk, ru string
	}{
		{FieldCentreName, st.CentreName, st.CentreNameRU},
		{FieldHeadName, st.HeadName, st.HeadNameRU},
		{FieldHeadPosition, st.HeadPosition, st.HeadPositionRU},
		{FieldSignatoryName, st.SignatoryName, st.SignatoryNameRU},
		{FieldSignatoryPosition, st.SignatoryPosition, st.SignatoryPositionRU},
		{FieldExecutorName, st.ExecutorName, st.ExecutorNameRU},
		{FieldCity, st.City, st.CityRU},
	} {
		if strings.TrimSpace(f.kk) != "" && strings.TrimSpace(f.ru) == "" {
			out = append(out, f.field)
		}
	}
	return out
}

// trim removes the spaces around every text a user types.
func (st *Settings) trim() {
	for _, p := range []*string{&st.CentreName, &st.HeadName, &st.HeadPosition, &st.SignatoryName, &st.SignatoryPosition,
		&st.ExecutorName, &st.ExecutorPhone, &st.City, &st.InstituteSignatoryName, &st.InstituteSignatoryPosition,
		&st.CentreNameRU, &st.HeadNameRU, &st.HeadPositionRU, &st.SignatoryNameRU, &st.SignatoryPositionRU,
		&st.ExecutorNameRU, &st.CityRU, &st.InstituteSignatoryNameRU, &st.InstituteSignatoryPositionRU} {
		*p = strings.TrimSpace(*p)
	}
}

// deriveRussianName fills in the Russian name of a kindergarten read from
// the database when none was entered and its Kazakh name is still the
// order's: the order's names of a regular shape have a Russian name by rule
// (seeds.RussianName). A name the centre changed is not guessed at.
func (k *Kindergarten) deriveRussianName() {
	if k.NameRU != "" {
		return
	}
	seed, ok := seeds.KindergartenBySeed(k.ID)
	if !ok || seed.Name != k.Name {
		return
	}
	if ru, ok := seeds.RussianName(seed.Name); ok {
		k.NameRU, k.NameRUDerived = ru, true
	}
}

// OfficialName is the kindergarten's official name in lang; ok is false
// when there is none in that language (a Russian name not yet entered). The
// Kazakh name is the order's with its guillemets paired (seeds.BalancedName).
func (k Kindergarten) OfficialName(lang string) (name string, ok bool) {
	if lang == "ru" {
		return k.NameRU, k.NameRU != ""
	}
	return seeds.BalancedName(k.Name), true
}

// OfficialSettlement is the settlement in lang; ok is false when the
// Russian one is missing while the Kazakh one is known.
func (k Kindergarten) OfficialSettlement(lang string) (settlement string, ok bool) {
	if lang == "ru" {
		return k.SettlementRU, k.SettlementRU != "" || k.Settlement == ""
	}
	return k.Settlement, true
}

// Kinds of warnings about texts missing in Russian (see RussianGaps).
const (
	WarnNoRussianName       = "no_russian_name"       // KindergartenID
	WarnNoRussianSettlement = "no_russian_settlement" // KindergartenID
	WarnNoRussianSetting    = "no_russian_setting"    // Text: the field (FieldCentreName …)
)

// RussianGaps lists the official texts a Russian report of the region
// would lack: the settings' fields first, then each kindergarten's name and
// settlement. A report prints them in a neutral form and says so; the
// dashboard lists them so that they are entered once.
func (s *Store) RussianGaps(ctx context.Context, region string) ([]Warning, error) {
	st, err := s.Settings(ctx)
	if err != nil {
		return nil, err
	}
	var out []Warning
	for _, f := range st.MissingRussian() {
		out = append(out, Warning{Kind: WarnNoRussianSetting, Text: f})
	}
	kgs, err := s.Kindergartens(ctx, region)
	if err != nil {
		return nil, err
	}
	for _, k := range kgs {
		if _, ok := k.OfficialName("ru"); !ok {
			out = append(out, Warning{Kind: WarnNoRussianName, KindergartenID: k.ID})
		}
	}
	for _, k := range kgs {
		if _, ok := k.OfficialSettlement("ru"); !ok {
			out = append(out, Warning{Kind: WarnNoRussianSettlement, KindergartenID: k.ID})
		}
	}
	return out, nil
}
