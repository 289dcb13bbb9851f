package regional

import (
	"testing"
	"time"

	"baulu/data"
	"baulu/seeds"
)

func TestDepartment(t *testing.T) {
	want := map[string][2]string{
		"ULY": {"Ұлытау облысының білім басқармасы", "Управление образования области Ұлытау"},
		"AKM": {"Ақмола облысының білім басқармасы", "Управление образования Акмолинской области"},
		"ZKO": {"Батыс Қазақстан облысының білім басқармасы", "Управление образования Западно-Казахстанской области"},
		"AST": {"Астана қаласының білім басқармасы", "Управление образования города Астаны"},
		"ALA": {"Алматы қаласының білім басқармасы", "Управление образования города Алматы"},
		"SHY": {"Шымкент қаласының білім басқармасы", "Управление образования города Шымкента"},
	}
	for _, r := range seeds.Regions() {
		reg := data.Region{Code: r.Code, NameKK: r.NameKK, NameRU: r.NameRU}
		kk, ru := department(reg, "kk"), department(reg, "ru")
		if w, ok := want[r.Code]; ok && (kk != w[0] || ru != w[1]) {
			t.Errorf("%s: %q, %q; want %q, %q", r.Code, kk, ru, w[0], w[1])
		}
		if ru == "Управление образования "+r.NameRU {
			t.Errorf("%s: the Russian name %q is not in the genitive", r.Code, r.NameRU)
		}
	}
}

func TestPeriodAndFileName(t *testing.T) {
	uly := data.Region{Code: "ULY", NameKK: "Ұлытау облысы", NameRU: "область Ұлытау"}
	zko := data.Region{Code: "ZKO", NameKK: "Батыс Қазақстан облысы", NameRU: "Западно-Казахстанская область"}
	now := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		o            Options
		r            data.Region
		period, file string
	}{
		{Options{Kind: Regional, Lang: "kk", Now: now}, uly, "2026 жылғы қаңтар – қараша", "Ұлытау-өңірлік-есеп-2026.pdf"},
		{Options{Kind: Regional, Lang: "ru", Now: now}, uly, "январь – ноябрь 2026 года", "Ұлытау-региональный-отчёт-2026.pdf"},
		{Options{Kind: Quarterly, Quarter: 3, Lang: "kk", Now: now}, zko, "2026 жылғы III тоқсан (шілде – қыркүйек)", "Батыс-Қазақстан-3-тоқсан-есеп-2026.pdf"},
		{Options{Kind: Quarterly, Quarter: 1, Lang: "ru", Now: now}, zko, "I квартал 2026 года (январь – март)", "Западно-Казахстанская-отчёт-1-квартал-2026.pdf"},
		{Options{Kind: Regional, Lang: "kk", Now: time.Date(2027, 2, 1, 0, 0, 0, 0, time.UTC)}, uly, "2026 жылғы қаңтар – желтоқсан", "Ұлытау-өңірлік-есеп-2026.pdf"},
		{Options{Kind: Regional, Lang: "ru", Now: time.Date(2026, 1, 9, 0, 0, 0, 0, time.UTC)}, uly, "январь 2026 года", "Ұлытау-региональный-отчёт-2026.pdf"},
	}
	for _, c := range cases {
		p := periodOf(c.o)
		if got := periodText(c.o, p); got != c.period {
			t.Errorf("%+v: period %q, want %q", c.o, got, c.period)
		}
		if got := FileName(c.r, c.o); got != c.file {
			t.Errorf("%+v: file %q, want %q", c.o, got, c.file)
		}
	}
	p := periodOf(Options{Kind: Regional, Now: now})
	if p.from != data.NewDate(2026, 1, 1) || p.to != data.NewDate(2026, 11, 30) {
		t.Errorf("regional period %v – %v", p.from, p.to)
	}
	if !p.contains(data.NewDate(2026, 11, 30)) || p.contains(data.NewDate(2026, 12, 1)) || p.contains(data.Date{}) {
		t.Error("period bounds")
	}
}
