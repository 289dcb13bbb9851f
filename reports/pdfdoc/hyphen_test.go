package pdfdoc

import (
	"strings"
	"testing"
)

// hyphenate shows every break point of a word, for readable test tables.
func hyphenate(word string) string {
	runes := []rune(word)
	var b strings.Builder
	last := 0
	for _, k := range syllableBreaks(runes) {
		b.WriteString(string(runes[last:k]))
		b.WriteByte('-')
		last = k
	}
	b.WriteString(string(runes[last:]))
	return b.String()
}

func TestSyllableBreaks(t *testing.T) {
	tests := []struct{ word, want string }{
		{"жауапкершілігі", "жа-уап-кер-ші-лі-гі"},
		{"Әдістемелік", "Әдіс-те-ме-лік"},
		{"ответственность", "от-вет-ствен-ность"},
		{"предприниматель", "пред-при-ни-ма-тель"},
		{"Туркестанская", "Тур-кес-тан-ская"},
		{"Байтерек", "Бай-те-рек"},
		{"серіктестік", "се-рік-тес-тік"},
		{"Организационно", "Ор-га-ни-за-ци-он-но"},
		{"балабақшасы»", "ба-ла-бақ-ша-сы»"},
		{"тәуелсіз", "тә-уел-сіз"},
		{"№12", "№12"},
		{"ата", "ата"},
		{"KIDS", "KIDS"},
	}
	for _, tt := range tests {
		if got := hyphenate(tt.word); got != tt.want {
			t.Errorf("hyphenate(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}
