package data

import "testing"

func TestParseDMY(t *testing.T) {
	cases := []struct {
		in, want string
		ok       bool
	}{
		{"25.11.2026", "2026-11-25", true},
		{"1.2.2026", "2026-02-01", true},
		{" 05/03/2026 ", "2026-03-05", true},
		{"", "", true},
		{"31.02.2026", "", false},
		{"29.02.2026", "", false},
		{"29.02.2024", "2024-02-29", true},
		{"2026-11-25", "", false},
		{"25.13.2026", "", false},
		{"25.11.26", "", false},
		{"25.11.2026x", "", false},
		{"бүгін", "", false},
	}
	for _, c := range cases {
		d, err := ParseDMY(c.in)
		if (err == nil) != c.ok || d.String() != c.want {
			t.Errorf("ParseDMY(%q) = %q, %v; want %q ok=%v", c.in, d, err, c.want, c.ok)
		}
	}
}

func TestDateRoundTripAndQuarter(t *testing.T) {
	d := NewDate(2026, 11, 30)
	v, _ := d.Value()
	var back Date
	if err := back.Scan(v); err != nil || back != d || d.DMY() != "30.11.2026" || d.Quarter() != 4 {
		t.Fatalf("round trip %v %v %s q%d", back, err, d.DMY(), d.Quarter())
	}
	if v, _ := (Date{}).Value(); v != nil {
		t.Fatal("zero date must be NULL")
	}
	s, e := QuarterBounds(2026, 1)
	if s.String() != "2026-01-01" || e.String() != "2026-03-31" {
		t.Fatalf("Q1 = %s..%s", s, e)
	}
}
