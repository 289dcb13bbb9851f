package seeds

// Region is one of the 20 regions of the pilot: 17 oblasts and the three
// cities of republican significance.
type Region struct {
	// Code is three Latin letters, used in child codes such as ULY-03-E1-007.
	Code string
	// Order is the region's place (1..20) in appendix 2 of the order.
	Order int
	// NameKK is exactly the region header of the order, e.g. «Абай облысы».
	NameKK, NameRU, NameEN string
	// Centre* name the administrative centre, for the report title page.
	// The cities are their own centres.
	CentreKK, CentreRU, CentreEN string
}

// regions is the order's sequence of region headers. The Russian names are
// the official ones: the three regions formed in 2022 are «область Абай»,
// «область Жетісу», «область Ұлытау» in the President's decree of 3 May 2022
// №887, not «Абайская область» and the like.
var regions = []Region{
	{"ABA", 1, "Абай облысы", "область Абай", "Abai Region", "Семей", "Семей", "Semey"},
	{"AKM", 2, "Ақмола облысы", "Акмолинская область", "Akmola Region", "Көкшетау", "Кокшетау", "Kokshetau"},
	{"AKT", 3, "Ақтөбе облысы", "Актюбинская область", "Aktobe Region", "Ақтөбе", "Актобе", "Aktobe"},
	{"ALM", 4, "Алматы облысы", "Алматинская область", "Almaty Region", "Қонаев", "Конаев", "Konaev"},
	{"ATY", 5, "Атырау облысы", "Атырауская область", "Atyrau Region", "Атырау", "Атырау", "Atyrau"},
	{"ZKO", 6, "Батыс Қазақстан облысы", "Западно-Казахстанская область", "West Kazakhstan Region", "Орал", "Уральск", "Oral"},
	{"ZHA", 7, "Жамбыл облысы", "Жамбылская область", "Zhambyl Region", "Тараз", "Тараз", "Taraz"},
	{"ZHE", 8, "Жетісу облысы", "область Жетісу", "Zhetisu Region", "Талдықорған", "Талдыкорган", "Taldykorgan"},
	{"KAR", 9, "Қарағанды облысы", "Карагандинская область", "Karaganda Region", "Қарағанды", "Караганда", "Karaganda"},
	{"KOS", 10, "Қостанай облысы", "Костанайская область", "Kostanay Region", "Қостанай", "Костанай", "Kostanay"},
	{"KZO", 11, "Қызылорда облысы", "Кызылординская область", "Kyzylorda Region", "Қызылорда", "Кызылорда", "Kyzylorda"},
	{"MAN", 12, "Маңғыстау облысы", "Мангистауская область", "Mangystau Region", "Ақтау", "Актау", "Aktau"},
	{"PAV", 13, "Павлодар облысы", "Павлодарская область", "Pavlodar Region", "Павлодар", "Павлодар", "Pavlodar"},
	{"SKO", 14, "Солтүстік Қазақстан облысы", "Северо-Казахстанская область", "North Kazakhstan Region", "Петропавл", "Петропавловск", "Petropavl"},
	{"TUR", 15, "Түркістан облысы", "Туркестанская область", "Turkistan Region", "Түркістан", "Туркестан", "Turkistan"},
	{"ULY", 16, "Ұлытау облысы", "область Ұлытау", "Ulytau Region", "Жезқазған", "Жезказган", "Zhezkazgan"},
	{"VKO", 17, "Шығыс Қазақстан облысы", "Восточно-Казахстанская область", "East Kazakhstan Region", "Өскемен", "Усть-Каменогорск", "Oskemen"},
	{"AST", 18, "Астана қаласы", "город Астана", "Astana city", "Астана", "Астана", "Astana"},
	{"ALA", 19, "Алматы қаласы", "город Алматы", "Almaty city", "Алматы", "Алматы", "Almaty"},
	{"SHY", 20, "Шымкент қаласы", "город Шымкент", "Shymkent city", "Шымкент", "Шымкент", "Shymkent"},
}

// Regions returns the 20 regions in the order's sequence. The slice is a
// copy: callers may change it freely.
func Regions() []Region {
	return append([]Region(nil), regions...)
}

// RegionByCode finds a region by its three-letter code (e.g. "ULY").
func RegionByCode(code string) (Region, bool) {
	for _, r := range regions {
		if r.Code == code {
			return r, true
		}
	}
	return Region{}, false
}

// regionByNameKK finds a region by the order's header text.
func regionByNameKK(name string) (Region, bool) {
	for _, r := range regions {
		if r.NameKK == name {
			return r, true
		}
	}
	return Region{}, false
}
