package regional

import (
	"strings"
	"testing"

	"baulu/data"
	"baulu/reports/resultdoc"
)

// The monitoring section says which rounds are approved in how many
// kindergartens: all, none, or per round.
func TestApprovalSentence(t *testing.T) {
	base := data.Round{ID: 1, NameKK: "Бастапқы", NameRU: "Входной"}
	mid := data.Round{ID: 2, NameKK: "Аралық", NameRU: "Промежуточный"}
	b := &builder{f: &facts{opts: Options{Lang: "ru"}}, Writer: resultdoc.Writer{Lang: "ru"}}
	set := func(a, c int) {
		b.f.approvals = data.ApprovalSummary{Rounds: []data.RoundApproval{{Round: base, Kindergartens: 5, Approved: a}, {Round: mid, Kindergartens: 5, Approved: c}}}
	}
	set(5, 5)
	if got := b.approvalSentence([]data.Round{base, mid}); got != b.T("regional.s4.approved.all") {
		t.Errorf("all: %q", got)
	}
	set(0, 0)
	if got := b.approvalSentence([]data.Round{base, mid}); got != b.T("regional.s4.approved.none") {
		t.Errorf("none: %q", got)
	}
	set(5, 2)
	if got := b.approvalSentence([]data.Round{base, mid}); !strings.Contains(got, "входной – в 5 из 5") || !strings.Contains(got, "промежуточный – в 2 из 5") {
		t.Errorf("some: %q", got)
	}
}
