package xlsxio

import "strings"

// absentMarks are what teachers write for a child who was not there: in
// Kazakh жоқ (and the «-» of a paper form), in Russian н/б «не был», нет,
// отс. «отсутствовал». They mean "not assessed", never a score and never a
// problem: the cell is treated like an empty one and counted.
var absentMarks = map[string]bool{
	"-": true, "–": true, "—": true, "−": true,
	"н/б": true, "нб": true, `н\б`: true, "н.б": true, "н.б.": true, "н": true,
	"жоқ": true, "жок": true, "нет": true,
	"отс": true, "отс.": true, "отсут": true, "отсут.": true,
	"отсутствовал": true, "отсутствовала": true, "болмады": true, "келмеді": true,
}

// IsAbsent reports whether a score cell holds an absence mark (any case,
// spaces anywhere, Latin look-alikes of н/о/т/с accepted).
func IsAbsent(s string) bool {
	s = strings.Join(strings.Fields(strings.ToLower(s)), "")
	if s == "" {
		return false
	}
	s = strings.NewReplacer("h", "н", "o", "о", "c", "с", "t", "т", "x", "х", "e", "е", "k", "к").Replace(s)
	return absentMarks[s]
}
