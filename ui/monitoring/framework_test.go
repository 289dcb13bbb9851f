package monitoring

import (
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"baulu/data"
)

// indicatorByCode reads the framework and finds one indicator.
func indicatorByCode(t *testing.T, s *data.Store, code string) (data.Indicator, bool) {
	t.Helper()
	all, err := s.Indicators(ctx, true)
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range all {
		if in.Code == code {
			return in, true
		}
	}
	return data.Indicator{}, false
}

func codesOfBlock(t *testing.T, s *data.Store, block int64) string {
	t.Helper()
	all, _ := s.Indicators(ctx, true)
	var codes []string
	for _, in := range all {
		if in.BlockID == block {
			codes = append(codes, in.Code)
		}
	}
	return strings.Join(codes, ",")
}

func TestFrameworkAddEditMoveRetireDelete(t *testing.T) {
	h, m, s, g, kids := monitoringUI(t, 1)
	m.selectTab(1)
	f := m.framework
	blocks, _ := s.Blocks(ctx)
	k := blocks[0]
	f.selectNode("b" + strconv.FormatInt(k.ID, 10))

	// Add to block K; an empty Kazakh text is refused and nothing written.
	test.Tap(f.addInd)
	fd := h.Dialogs().Form
	if fd.Form.Choice("block").Key() != strconv.FormatInt(k.ID, 10) {
		t.Fatal("a new indicator is not offered the selected block")
	}
	test.Type(fd.Form.Entry("code"), "k3")
	test.Type(fd.Form.Entry("name_ru"), "Называет инструменты мастера")
	test.Tap(fd.Save)
	if !fd.ErrText.Visible() || !strings.Contains(fd.ErrText.Text, "Атауы (қазақша)") {
		t.Fatalf("empty kk text: %q", fd.ErrText.Text)
	}
	if _, ok := indicatorByCode(t, s, "K3"); ok {
		t.Fatal("indicator written despite the error")
	}
	test.Type(fd.Form.Entry("name_kk"), "Шебердің құралдарын атайды")
	test.Tap(fd.Save)
	k3, ok := indicatorByCode(t, s, "K3")
	if !ok || k3.BlockID != k.ID || k3.NameKK != "Шебердің құралдарын атайды" || k3.NameEN != "" {
		t.Fatalf("added %+v (%q)", k3, fd.ErrText.Text)
	}
	if f.current != "i"+strconv.FormatInt(k3.ID, 10) || codesOfBlock(t, s, k.ID) != "K1,K2,K3" {
		t.Fatalf("selection %q, block %s", f.current, codesOfBlock(t, s, k.ID))
	}

	// Edit the Russian text.
	test.Tap(f.edit)
	fd = h.Dialogs().Form
	fd.Form.Entry("name_ru").SetText("Называет инструменты мастерской")
	test.Tap(fd.Save)
	if in, _ := indicatorByCode(t, s, "K3"); in.NameRU != "Называет инструменты мастерской" {
		t.Fatalf("edited %+v", in)
	}

	// Up once: K1, K3, K2.
	test.Tap(f.up)
	if got := codesOfBlock(t, s, k.ID); got != "K1,K3,K2" {
		t.Fatalf("after up: %s", got)
	}
	test.Tap(f.down)
	test.Tap(f.down) // already last: nothing changes
	if got := codesOfBlock(t, s, k.ID); got != "K1,K2,K3" {
		t.Fatalf("after down: %s", got)
	}

	// Retire with today's date, greyed with a Restore button; then restore.
	test.Tap(f.retire)
	fd = h.Dialogs().Form
	if fd.Form.Entry("retired_on").Text != s.Today().DMY() {
		t.Fatalf("retire date proposed %q", fd.Form.Entry("retired_on").Text)
	}
	test.Tap(fd.Save)
	if in, _ := indicatorByCode(t, s, "K3"); !in.Retired() || in.RetiredOn != s.Today() {
		t.Fatalf("retired %+v (%q)", in, fd.ErrText.Text)
	}
	if f.retire.Text != "Қолданысқа қайтару" || !strings.Contains(f.count.Text, "шығарылғандары: 1") {
		t.Fatalf("retired shown as %q / %q", f.retire.Text, f.count.Text)
	}
	test.Tap(f.retire)
	if in, _ := indicatorByCode(t, s, "K3"); in.Retired() {
		t.Fatal("restore did not restore")
	}

	// A scored indicator cannot be deleted: the message offers to retire it.
	round, _ := s.RoundByKind(ctx, data.RoundBaseline)
	k1, _ := indicatorByCode(t, s, "K1")
	if err := s.WriteScores(ctx, []data.Score{{ChildID: kids[0].ID, RoundID: round.ID, IndicatorID: k1.ID, Value: 2}}, data.WriteOptions{Source: data.SourceGrid, Clear: true}); err != nil {
		t.Fatal(err)
	}
	f.selectNode("i" + strconv.FormatInt(k1.ID, 10))
	test.Tap(f.del)
	if !strings.Contains(h.Dialogs().Message, "K1") || f.offer == nil {
		t.Fatalf("scored delete: %q", h.Dialogs().Message)
	}
	test.Tap(f.offer)
	fd = h.Dialogs().Form
	test.Tap(fd.Save)
	if in, ok := indicatorByCode(t, s, "K1"); !ok || !in.Retired() {
		t.Fatalf("K1 after «retire instead»: %+v %v", in, ok)
	}
	if all, _ := s.GroupScores(ctx, g.ID, round.ID); all[kids[0].ID][k1.ID] != 2 {
		t.Fatal("retiring lost the past score")
	}

	// An unscored indicator is deleted after confirmation.
	f.selectNode("i" + strconv.FormatInt(k3.ID, 10))
	test.Tap(f.del)
	test.Tap(h.Dialogs().Confirm.Yes)
	if _, ok := indicatorByCode(t, s, "K3"); ok {
		t.Fatal("K3 still there after delete")
	}

	// Blocks move too.
	f.selectNode("b" + strconv.FormatInt(blocks[1].ID, 10))
	test.Tap(f.up)
	if bs, _ := s.Blocks(ctx); bs[0].Code != blocks[1].Code || bs[1].Code != k.Code {
		t.Fatalf("blocks after up: %v", bs)
	}

	// A block with indicators is not deleted; the search narrows the tree.
	f.selectNode("b" + strconv.FormatInt(k.ID, 10))
	test.Tap(f.del)
	if !strings.Contains(h.Dialogs().Message, "K блогында") {
		t.Fatalf("block delete: %q", h.Dialogs().Message)
	}
	test.Type(f.search, "табиғат")
	if roots := f.children(""); len(roots) != 1 || len(f.children(roots[0])) != 1 {
		t.Fatalf("search shows %v", roots)
	}
}

func TestRoundsAddEndBeforeStartDelete(t *testing.T) {
	h, m, s, _, _ := monitoringUI(t, 1)
	m.selectTab(2)
	r := m.rounds
	if len(r.table.Rows()) != 3 {
		t.Fatalf("%d rounds listed", len(r.table.Rows()))
	}
	test.Tap(r.add)
	fd := h.Dialogs().Form
	test.Type(fd.Form.Entry("name_kk"), "Қосымша")
	test.Type(fd.Form.Entry("name_ru"), "Дополнительный")
	test.Type(fd.Form.Entry("start"), "10.06.2026")
	test.Type(fd.Form.Entry("end"), "01.06.2026")
	test.Tap(fd.Save)
	if !strings.Contains(fd.ErrText.Text, "Аяқталу күні") || !strings.Contains(fd.ErrText.Text, "басталу күнінен бұрын") {
		t.Fatalf("end before start: %q", fd.ErrText.Text)
	}
	if rs, _ := s.Rounds(ctx); len(rs) != 3 {
		t.Fatalf("%d rounds after a refused save", len(rs))
	}
	fd.Form.Choice("round_kind").SetKey(data.RoundBaseline) // a second baseline is refused too
	fd.Form.Entry("end").SetText("30.06.2026")
	test.Tap(fd.Save)
	if !strings.Contains(fd.ErrText.Text, "Кезеңнің түрі") {
		t.Fatalf("second baseline: %q", fd.ErrText.Text)
	}
	fd.Form.Choice("round_kind").SetKey(data.RoundExtra)
	test.Tap(fd.Save)
	rs, _ := s.Rounds(ctx)
	if len(rs) != 4 || rs[3].NameKK != "Қосымша" || rs[3].Kind != data.RoundExtra || rs[3].End.DMY() != "30.06.2026" {
		t.Fatalf("rounds %+v (%q)", rs, fd.ErrText.Text)
	}

	// A round with scores stays; the new empty one goes after confirmation.
	child, _ := s.Children(ctx, m.scores.picker.groupID())
	ind, _ := s.Indicators(ctx, false)
	if err := s.WriteScores(ctx, []data.Score{{ChildID: child[0].ID, RoundID: rs[0].ID, IndicatorID: ind[0].ID, Value: 1}}, data.WriteOptions{Source: data.SourceGrid, Clear: true}); err != nil {
		t.Fatal(err)
	}
	r.reload()
	r.table.SelectRow(0)
	test.Tap(r.del)
	if !strings.Contains(h.Dialogs().Message, "жоюға болмайды") {
		t.Fatalf("delete a scored round: %q", h.Dialogs().Message)
	}
	r.table.SelectRow(3)
	test.Tap(r.del)
	test.Tap(h.Dialogs().Confirm.Yes)
	if rs, _ := s.Rounds(ctx); len(rs) != 3 {
		t.Fatalf("%d rounds after delete", len(rs))
	}
}

func TestCompletenessTable(t *testing.T) {
	_, m, s, g, kids := monitoringUI(t, 2)
	round, _ := s.RoundByKind(ctx, data.RoundBaseline)
	ind, _ := s.Indicators(ctx, false)
	for _, in := range ind[:3] {
		if err := s.WriteScores(ctx, []data.Score{{ChildID: kids[0].ID, RoundID: round.ID, IndicatorID: in.ID, Value: 2}}, data.WriteOptions{Source: data.SourceGrid, Clear: true}); err != nil {
			t.Fatal(err)
		}
	}
	m.selectTab(4)
	c := m.completeness
	if len(c.table.Rows()) != 5 {
		t.Fatalf("%d kindergartens", len(c.table.Rows()))
	}
	row := c.table.Rows()[0]
	if row.kg.ID != g.KindergartenID {
		t.Fatalf("first row is kindergarten %d", row.kg.ID)
	}
	// 3 of 2 children × 9 indicators.
	if got := c.table.Column(1).Text(row); got != "16,7 % (3 / 18)" {
		t.Fatalf("baseline cell %q", got)
	}
	if got := c.table.Column(1).Text(c.table.Rows()[1]); got != "—" {
		t.Fatalf("kindergarten without children %q", got)
	}
	if !strings.Contains(c.total.Text, "16,7 % (3 / 18)") {
		t.Fatalf("region total %q", c.total.Text)
	}
}
