package settings

import (
	"baulu/data"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// The official texts of the General tab depend on whose database it is. A
// centre's (centreFields): its region, the centre, its head and signatory,
// the executor and the city, in Kazakh and in Russian, and the Institute's
// signatory. The Institute's national copy (instituteFields) has no region
// of its own: the centres' fields come with each region's package and are
// not shown; what its national report prints is the Institute's signatory
// and the executor.

func centreFields(h shell, st data.Settings) []kit.Field {
	region := kit.RegionChoice(h)
	region.SetKey(st.RegionCode)
	return append([]kit.Field{
		kit.Pick("region", region),
		kit.Text("centre_name", st.CentreName),
		kit.Text("head_name", st.HeadName),
		kit.Text("head_position", st.HeadPosition),
		kit.Text("signatory_name", st.SignatoryName),
		kit.Text("signatory_position", st.SignatoryPosition),
		kit.Text("executor_name", st.ExecutorName),
		kit.Text("executor_phone", st.ExecutorPhone),
		kit.Text("city", st.City).WithHint(i18n.T("field.city.hint")),
		// The same texts in Russian, for the Russian reports.
		kit.Note(i18n.T("settings.ru.hint")),
		kit.Text("centre_name_ru", st.CentreNameRU),
		kit.Text("head_name_ru", st.HeadNameRU),
		kit.Text("head_position_ru", st.HeadPositionRU),
		kit.Text("signatory_name_ru", st.SignatoryNameRU),
		kit.Text("signatory_position_ru", st.SignatoryPositionRU),
		kit.Text("executor_name_ru", st.ExecutorNameRU),
		kit.Text("city_ru", st.CityRU),
		kit.Note(i18n.T("settings.institute.hint")),
	}, signatoryFields(st)...)
}

func instituteFields(st data.Settings) []kit.Field {
	return append(append([]kit.Field{kit.Note(i18n.T("settings.institute.copy"))}, signatoryFields(st)...),
		kit.Text("executor_name", st.ExecutorName),
		kit.Text("executor_name_ru", st.ExecutorNameRU),
		kit.Text("executor_phone", st.ExecutorPhone),
	)
}

// signatoryFields are the Institute's signatory of the national report.
func signatoryFields(st data.Settings) []kit.Field {
	return []kit.Field{
		kit.Text("institute_signatory_name", st.InstituteSignatoryName),
		kit.Text("institute_signatory_position", st.InstituteSignatoryPosition),
		kit.Text("institute_signatory_name_ru", st.InstituteSignatoryNameRU),
		kit.Text("institute_signatory_position_ru", st.InstituteSignatoryPositionRU),
	}
}

// readOfficial puts the official texts of the form into st: the fields
// the form has (instituteFields or centreFields); the centre's fields of
// the Institute's copy stay as they are.
func readOfficial(f *kit.Form, institute bool, st *data.Settings) {
	st.InstituteSignatoryName, st.InstituteSignatoryPosition = f.Text("institute_signatory_name"), f.Text("institute_signatory_position")
	st.InstituteSignatoryNameRU, st.InstituteSignatoryPositionRU = f.Text("institute_signatory_name_ru"), f.Text("institute_signatory_position_ru")
	st.ExecutorName, st.ExecutorNameRU, st.ExecutorPhone = f.Text("executor_name"), f.Text("executor_name_ru"), f.Text("executor_phone")
	if institute {
		return
	}
	st.RegionCode, st.CentreName, st.HeadName, st.HeadPosition = f.Choice("region").Key(), f.Text("centre_name"), f.Text("head_name"), f.Text("head_position")
	st.SignatoryName, st.SignatoryPosition, st.City = f.Text("signatory_name"), f.Text("signatory_position"), f.Text("city")
	st.CentreNameRU, st.HeadNameRU, st.HeadPositionRU = f.Text("centre_name_ru"), f.Text("head_name_ru"), f.Text("head_position_ru")
	st.SignatoryNameRU, st.SignatoryPositionRU, st.CityRU = f.Text("signatory_name_ru"), f.Text("signatory_position_ru"), f.Text("city_ru")
}
