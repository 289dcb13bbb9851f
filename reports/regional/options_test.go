package regional

import (
	"testing"
	"time"

	"baulu/data"
)

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
