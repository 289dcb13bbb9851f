package kindergartens

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/ui/kit"
	"baulu/ui/kit/kittest"
)

var ctx = context.Background()

// open shows the Kindergartens screen, on the first kindergarten.
func open(h *kittest.Host) *kindergartensScreen {
	s := newKindergartensScreen(h)
	h.Show(s.Content())
	return s
}

func TestKindergartenProfileGroupAndChild(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	h := kittest.New(t, s)
	kg := open(h)
	if len(kg.kgs) != 5 || kg.kgs[0].Name != "«Тамаша» бөбекжай-бақшасы» КМҚК" {
		t.Fatalf("kindergartens %v", kg.kgs)
	}

	// Edit the profile of the first kindergarten.
	p := kg.profile
	test.Type(p.form.Entry("director"), "Гүлмира Қасымқызы")
	p.form.Choice("locality").SetKey("urban")
	test.Type(p.form.Entry("email"), "tamasha@edu.kz")
	test.Tap(p.save)
	k, _ := s.Kindergarten(ctx, 76)
	if k.Director != "Гүлмира Қасымқызы" || k.Locality != "urban" || k.Email != "tamasha@edu.kz" {
		t.Fatalf("profile not saved: %+v", k)
	}
	// The Russian name starts as the one derived from the order's; the
	// settlement in Russian is entered beside the Kazakh one.
	if got := p.form.Entry("name_ru").Text; got != "КГКП «Ясли-сад «Тамаша»»" {
		t.Fatalf("the Russian name starts as %q", got)
	}
	p.form.Entry("settlement_ru").SetText("город Жезказган")
	test.Tap(p.save)
	if k, _ = s.Kindergarten(ctx, 76); k.SettlementRU != "город Жезказган" || k.NameRU != "КГКП «Ясли-сад «Тамаша»»" {
		t.Fatalf("Russian texts not saved: %q, %q", k.NameRU, k.SettlementRU)
	}
	// A bad e-mail is refused with a message, and the row keeps its value.
	p.form.Entry("email").SetText("tamasha at edu")
	test.Tap(p.save)
	if !strings.Contains(h.Dialogs().Message, "Электрондық поштасы") {
		t.Fatalf("bad e-mail message: %q", h.Dialogs().Message)
	}
	if k2, _ := s.Kindergarten(ctx, 76); k2.Email != "tamasha@edu.kz" {
		t.Fatalf("bad e-mail written: %q", k2.Email)
	}

	// Add an experimental group through the dialog.
	g := kg.groups
	test.Tap(g.Add)
	fd := h.Dialogs().Form
	test.Tap(fd.Save) // empty name
	if !fd.ErrText.Visible() || !strings.Contains(fd.ErrText.Text, "Топтың атауы") {
		t.Fatalf("empty group name: %q", fd.ErrText.Text)
	}
	test.Type(fd.Form.Entry("group_name"), "Балапан")
	fd.Form.Choice("role").SetKey(data.RoleExperimental)
	test.Type(fd.Form.Entry("teacher"), "Айжан Серікқызы")
	test.Tap(fd.Save)
	groups, _ := s.Groups(ctx, 76)
	if len(groups) != 1 || groups[0].Name != "Балапан" || groups[0].Code != "E1" || groups[0].Teacher != "Айжан Серікқызы" {
		t.Fatalf("groups %+v (dialog error %q)", groups, fd.ErrText.Text)
	}

	// Select it and add a child with a generated code.
	g.table.SelectRow(0)
	c := g.children
	if c == nil {
		t.Fatal("children panel not shown for the selected group")
	}
	test.Tap(c.Add)
	fd = h.Dialogs().Form
	if fd.Form.Entry("code").Text != "ULY-01-E1-001" {
		t.Fatalf("proposed code %q", fd.Form.Entry("code").Text)
	}
	test.Type(fd.Form.Entry("birth_date"), "31.02.2021") // impossible birth date
	test.Tap(fd.Save)
	if !strings.Contains(fd.ErrText.Text, "Туған күні") {
		t.Fatalf("impossible birth date: %q", fd.ErrText.Text)
	}
	if kids, _ := s.Children(ctx, groups[0].ID); len(kids) != 0 {
		t.Fatal("child written despite a bad date")
	}
	fd.Form.Entry("birth_date").SetText("14.03.2021")
	fd.Form.Choice("sex").SetKey("F")
	test.Tap(fd.Save)
	kids, _ := s.Children(ctx, groups[0].ID)
	if len(kids) != 1 || kids[0].Code != "ULY-01-E1-001" || kids[0].BirthDate.String() != "2021-03-14" || kids[0].Sex != "F" {
		t.Fatalf("children %+v (dialog error %q)", kids, fd.ErrText.Text)
	}

	// A second child with the same code is refused.
	test.Tap(c.Add)
	fd = h.Dialogs().Form
	fd.Form.Entry("code").SetText("ULY-01-E1-001")
	test.Tap(fd.Save)
	if !strings.Contains(fd.ErrText.Text, "Коды") {
		t.Fatalf("duplicate code: %q", fd.ErrText.Text)
	}
	if kids, _ := s.Children(ctx, groups[0].ID); len(kids) != 1 {
		t.Fatalf("%d children after a duplicate", len(kids))
	}

	// Delete the child after confirmation; cancelling keeps it.
	c.table.SelectRow(0)
	test.Tap(c.Del)
	test.Tap(h.Dialogs().Confirm.No)
	if kids, _ := s.Children(ctx, groups[0].ID); len(kids) != 1 {
		t.Fatal("cancel deleted the child")
	}
	c.table.SelectRow(0)
	test.Tap(c.Del)
	test.Tap(h.Dialogs().Confirm.Yes)
	if kids, _ := s.Children(ctx, groups[0].ID); len(kids) != 0 {
		t.Fatal("confirmed delete kept the child")
	}
}

func TestDirectionsAndEnvironment(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	kg := open(kittest.New(t, s))
	d := kg.dirs
	d.checks.SetSelected([]string{d.dirs[1].NameKK, d.dirs[5].NameKK})
	test.Tap(d.save)
	ids, _ := s.KindergartenDirections(ctx, 76)
	if len(ids) != 2 || ids[0] != d.dirs[1].ID || ids[1] != d.dirs[5].ID {
		t.Fatalf("directions %v", ids)
	}
	e := kg.env
	e.reload()
	if len(e.dirs) != 2 || len(e.statuses) != 6 {
		t.Fatalf("environment shows %d directions, %d items", len(e.dirs), len(e.statuses))
	}
	e.statuses[1].SetSelectedIndex(data.EnvFully)
	rs, _ := s.EnvRatings(ctx, 76, e.dirs[0].ID)
	if len(rs) != 1 || rs[0].Status != data.EnvFully || rs[0].RatedOn != s.Today() {
		t.Fatalf("ratings %+v", rs)
	}
}

// Reload rebuilds the whole window in the new language, on the section
// that asked for it.

// Focus is where the dashboard's group warnings lead: the kindergarten on
// its groups tab, with the group selected when there is one.
func TestFocusOpensTheGroups(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	e1 := datatest.AddGroup(t, s, 76, "Балапан", data.RoleExperimental)
	datatest.AddChildren(t, s, e1.ID, 2)
	ks := open(kittest.New(t, s))

	ks.Focus(kit.Target{KindergartenID: 79})
	if ks.kgs[ks.selected].ID != 79 || ks.tabs.SelectedIndex() != tabGroups {
		t.Fatalf("kindergarten %d, tab %d", ks.kgs[ks.selected].ID, ks.tabs.SelectedIndex())
	}
	ks.Focus(kit.Target{KindergartenID: 76, GroupID: e1.ID})
	g, ok := ks.groups.table.Current()
	if ks.kgs[ks.selected].ID != 76 || !ok || g.ID != e1.ID || ks.groups.children == nil {
		t.Fatalf("group %+v selected: %v", g, ok)
	}
}

// A new child saved with the form's defaults has parental consent (it is
// collected before a child joins the pilot), so the grid scores it; a
// child whose box was unticked keeps it unticked when edited.
func TestNewChildHasConsent(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	e1 := datatest.AddGroup(t, s, 76, "Балапан", data.RoleExperimental)
	h := kittest.New(t, s)
	ks := open(h)
	ks.Focus(kit.Target{KindergartenID: 76, GroupID: e1.ID})
	c := ks.groups.children
	test.Tap(c.Add)
	fd := h.Dialogs().Form
	if !fd.Form.Check("consent").Checked {
		t.Fatal("a new child's consent box starts unticked")
	}
	test.Tap(fd.Save)
	kids, _ := s.Children(ctx, e1.ID)
	if len(kids) != 1 || !kids[0].Consent || !kids[0].ConsentDate.IsZero() {
		t.Fatalf("children %+v (dialog error %q)", kids, fd.ErrText.Text)
	}

	kids[0].Consent = false
	if err := s.SaveChild(ctx, &kids[0]); err != nil {
		t.Fatal(err)
	}
	c.reload()
	c.table.SelectRow(0)
	test.Tap(c.Edit)
	fd = h.Dialogs().Form
	if fd.Form.Check("consent").Checked {
		t.Fatal("editing a child without consent ticks the box")
	}
	test.Tap(fd.Save)
	if kids, _ = s.Children(ctx, e1.ID); kids[0].Consent {
		t.Fatal("saving the edit gave consent")
	}
}
