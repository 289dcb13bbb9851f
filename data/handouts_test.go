package data_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
)

func TestHandoutDefaultsForEveryDirection(t *testing.T) {
	s := datatest.New(t)
	ctx := context.Background()
	dirs, err := s.Directions(ctx, true)
	if err != nil || len(dirs) != 8 {
		t.Fatalf("%d directions, %v", len(dirs), err)
	}
	generic, _ := data.DefaultHandoutText("no-such-code", "kk")
	for _, d := range dirs {
		for _, lang := range data.HandoutLangs() {
			h, err := s.HandoutText(ctx, d.ID, lang)
			if err != nil {
				t.Fatal(err)
			}
			if !h.Default || len(h.PractisedItems()) < 3 || len(h.AtHomeItems()) < 3 {
				t.Errorf("%s/%s: default %v, %d + %d items", d.Code, lang, h.Default, len(h.PractisedItems()), len(h.AtHomeItems()))
			}
			if h.Practised == generic {
				t.Errorf("%s/%s: the seed direction gets the generic text", d.Code, lang)
			}
			if err := h.Validate(); err != nil {
				t.Errorf("%s/%s: the default text is invalid: %v", d.Code, lang, err)
			}
		}
	}
}

func TestSaveAndResetHandoutText(t *testing.T) {
	s := datatest.New(t)
	ctx := context.Background()
	h := data.HandoutText{DirectionID: 2, Lang: "ru", Practised: "  – Резали овощи.\n\n- Мыли руки.  ", AtHome: "Готовьте вместе."}
	if err := s.SaveHandoutText(ctx, &h); err != nil {
		t.Fatal(err)
	}
	got, err := s.HandoutText(ctx, 2, "ru")
	if err != nil || got.Default || got.Practised != "Резали овощи.\nМыли руки." || got.AtHome != "Готовьте вместе." {
		t.Fatalf("%+v, %v", got, err)
	}
	if kk, _ := s.HandoutText(ctx, 2, "kk"); !kk.Default {
		t.Error("saving the Russian text changed the Kazakh one")
	}
	h.AtHome = "Лепите вместе."
	if err := s.SaveHandoutText(ctx, &h); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.HandoutText(ctx, 2, "ru"); got.AtHome != "Лепите вместе." {
		t.Errorf("update: %+v", got)
	}
	if err := s.ResetHandoutText(ctx, 2, "ru"); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.HandoutText(ctx, 2, "ru"); !got.Default {
		t.Error("reset kept the edited text")
	}
}

func TestHandoutTextValidation(t *testing.T) {
	s := datatest.New(t)
	ctx := context.Background()
	long := strings.Repeat("өте ұзақ сөйлем ", 70)
	cases := []struct {
		h            data.HandoutText
		field, issue string
	}{
		{data.HandoutText{DirectionID: 1, Lang: "en", Practised: "a", AtHome: "b"}, "lang", data.ReasonRange},
		{data.HandoutText{DirectionID: 1, Lang: "kk", Practised: " \n – ", AtHome: "b"}, "practised", data.ReasonRequired},
		{data.HandoutText{DirectionID: 1, Lang: "kk", Practised: "a", AtHome: ""}, "at_home", data.ReasonRequired},
		{data.HandoutText{DirectionID: 1, Lang: "kk", Practised: "a", AtHome: long}, "at_home", data.ReasonRange},
		{data.HandoutText{DirectionID: 1, Lang: "kk", Practised: strings.Repeat("бір\n", 8), AtHome: "b"}, "practised", data.ReasonRange},
		{data.HandoutText{DirectionID: 99, Lang: "kk", Practised: "a", AtHome: "b"}, "direction", data.ReasonRange},
	}
	for i, c := range cases {
		err := s.SaveHandoutText(ctx, &c.h)
		var ve *data.ValidationError
		if !errors.As(err, &ve) || ve.Field != c.field || ve.Reason != c.issue {
			t.Errorf("case %d: %v, want %s %s", i, err, c.field, c.issue)
		}
	}
	var n int
	s.DB().QueryRow(`SELECT count(*) FROM handout_text`).Scan(&n)
	if n != 0 {
		t.Errorf("%d rows written by bad input", n)
	}
	if _, err := s.HandoutText(ctx, 99, "kk"); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("unknown direction: %v", err)
	}
}
