package main

import (
	"context"
	"errors"
	"io"
	"os"
	"strings"

	"baulu/data"
)

const setupUsage = "usage: baulu setup --region CODE --centre NAME --head NAME [--head-position P] [--signatory NAME] [--signatory-position P] [--lang kk|ru|en] [--db PATH]"

func runSetup(args []string) error { return setupCmd(os.Stdout, os.Stderr, args) }

// setupCmd is the first run without a window: it creates the database (the
// one command besides demo that may), records the region, the centre and
// its head, and loads the region's five kindergartens. Run again on the
// same region it updates what is given; it never changes the region of a
// database that has one.
func setupCmd(stdout, stderr io.Writer, args []string) error {
	fs, db := flags("setup")
	fs.SetOutput(stderr)
	region := fs.String("region", "", "region code, e.g. ULY (required)")
	centre := fs.String("centre", "", "name of the methodical centre (required)")
	head := fs.String("head", "", "the centre head's name (required)")
	headPos := fs.String("head-position", "", "the head's position")
	sig := fs.String("signatory", "", "who signs the reports")
	sigPos := fs.String("signatory-position", "", "the signatory's position")
	lang := fs.String("lang", "", "language of the program and its messages: kk (default), ru, en")
	err := fs.Parse(args)
	pos := fs.Args()
	if err != nil || len(pos) > 0 {
		tell(stderr, "kk", "cli.usage", "usage", setupUsage)
		return exitCode(2)
	}
	l := msgLang(*lang, *db)
	if *region == "" || strings.TrimSpace(*centre) == "" || strings.TrimSpace(*head) == "" {
		tell(stderr, l, "cli.setup.required")
		tell(stderr, l, "cli.usage", "usage", setupUsage)
		return exitCode(2)
	}
	code := strings.ToUpper(strings.TrimSpace(*region))
	store, err := openStore(*db)
	if err != nil {
		return err
	}
	defer store.Close()
	ctx := context.Background()
	reg, err := store.Region(ctx, code)
	if errors.Is(err, data.ErrNotFound) {
		tell(stderr, l, "cli.setup.unknown_region", "code", code, "codes", regionCodes(ctx, store))
		return exitCode(1)
	} else if err != nil {
		return err
	}
	st, err := store.Settings(ctx)
	if err != nil {
		return err
	}
	if st.Configured() && st.RegionCode != code {
		tell(stderr, l, "cli.setup.other_region", "db", *db, "region", st.RegionCode)
		return exitCode(1)
	}
	if !st.Configured() || *lang != "" {
		st.Language = l
	}
	st.RegionCode, st.CentreName, st.HeadName = code, *centre, *head
	for dst, v := range map[*string]string{&st.HeadPosition: *headPos, &st.SignatoryName: *sig, &st.SignatoryPosition: *sigPos} {
		if v != "" {
			*dst = v
		}
	}
	if err := store.SaveSettings(ctx, st); err != nil {
		tell(stderr, l, "cli.refused", "why", errSentence(l, err))
		return exitCode(1)
	}
	kgs, err := store.Kindergartens(ctx, code)
	if err != nil {
		return err
	}
	tell(stdout, l, "cli.setup.done", "db", *db, "region", reg.Name(l), "n", len(kgs))
	for _, k := range kgs {
		tell(stdout, l, "cli.setup.kindergarten", "kg", k.ID, "name", k.Name)
	}
	tell(stdout, l, "cli.setup.next")
	return nil
}

func regionCodes(ctx context.Context, s *data.Store) string {
	regions, err := s.Regions(ctx)
	if err != nil {
		return ""
	}
	var codes []string
	for _, r := range regions {
		codes = append(codes, r.Code)
	}
	return strings.Join(codes, ", ")
}
