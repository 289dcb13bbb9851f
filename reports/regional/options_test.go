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
	pilot := data.Period{ID: 1, Start: data.NewDate(2026, 1, 1), End: data.NewDate(2026, 12, 31), GraceDays: 90}
	cases := []struct {
		o            Options
		r            data.Region
		period, file string
	}{
		{Options{Kind: Regional, Lang: "kk", Now: now, Period: pilot}, uly, "2026 жылғы қаңтар – қараша", "Ұлытау-өңірлік-есеп-2026.pdf"},
		{Options{Kind: Regional, Lang: "ru", Now: now, Period: pilot}, uly, "январь – ноябрь 2026 года", "Ұлытау-региональный-отчёт-2026.pdf"},
		{Options{Kind: Quarterly, Quarter: 3, Lang: "kk", Now: now, Period: pilot}, zko, "2026 жылғы III тоқсан (шілде – қыркүйек)", "Батыс-Қазақстан-3-тоқсан-есеп-2026.pdf"},
		{Options{Kind: Quarterly, Quarter: 1, Lang: "ru", Now: now, Period: pilot}, zko, "I квартал 2026 года (январь – март)", "Западно-Казахстанская-отчёт-1-квартал-2026.pdf"},
		{Options{Kind: Regional, Lang: "kk", Now: time.Date(2027, 2, 1, 0, 0, 0, 0, time.UTC), Period: pilot}, uly, "2026 жылғы қаңтар – желтоқсан", "Ұлытау-өңірлік-есеп-2026.pdf"},
		{Options{Kind: Regional, Lang: "ru", Now: time.Date(2026, 1, 9, 0, 0, 0, 0, time.UTC), Period: pilot}, uly, "январь 2026 года", "Ұлытау-региональный-отчёт-2026.pdf"},
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
	p := periodOf(Options{Kind: Regional, Now: now, Period: pilot})
	if p.from != data.NewDate(2026, 1, 1) || p.to != data.NewDate(2026, 11, 30) {
		t.Errorf("regional period %v – %v", p.from, p.to)
	}
	if !p.contains(data.NewDate(2026, 11, 30)) || p.contains(data.NewDate(2026, 12, 1)) || p.contains(data.Date{}) {
		t.Error("period bounds")
	}
}

// A later period names its own year and months: an academic year
// September 2027 – August 2028, its second quarter and the report in May.
func TestPeriodOfALaterPeriod(t *testing.T) {
	ay := data.Period{Start: data.NewDate(2027, 9, 1), End: data.NewDate(2028, 8, 31)}
	uly := data.Region{Code: "ULY", NameKK: "Ұлытау облысы", NameRU: "область Ұлытау"}
	q := Options{Kind: Quarterly, Quarter: 2, Lang: "ru", Period: ay, Now: time.Date(2028, 1, 10, 0, 0, 0, 0, time.UTC)}
	if got := periodText(q, periodOf(q)); got != "II квартал 2027–2028 года (декабрь – февраль)" {
		t.Errorf("quarter: %q", got)
	}
	r := Options{Kind: Regional, Lang: "kk", Period: ay, Now: time.Date(2028, 5, 20, 0, 0, 0, 0, time.UTC)}
	if p := periodOf(r); p.from != ay.Start || p.to != data.NewDate(2028, 5, 31) {
		t.Errorf("regional %v – %v", p.from, p.to)
	}
	if got := FileName(uly, r); got != "Ұлытау-өңірлік-есеп-2027–2028.pdf" {
		t.Errorf("file %q", got)
	}
}
