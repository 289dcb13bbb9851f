package xlsxio

import "testing"

func TestAbsentMarks(t *testing.T) {
	for _, s := range []string{"н/б", "Н/Б", " н / б ", "нб", "-", "—", "жоқ", "Жок", "нет", "НЕТ", "отс.", "Отс", "h/б", "отсутствовал"} {
		if !IsAbsent(s) {
			t.Errorf("%q is an absence mark", s)
		}
	}
	for _, s := range []string{"", "1", "2", "III", "орташа", "0", "--", "н/д", "бар"} {
		if IsAbsent(s) {
			t.Errorf("%q is not an absence mark", s)
		}
	}
}
