package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"baulu/data"
	"baulu/data/text"
)

const groupsUsage = "usage: baulu groups [--kindergarten N] [--db PATH] [--lang kk|ru|en]\n" +
	"       baulu groups add --kindergarten N --name NAME --role experimental|control [--age senior|preschool|mixed] [--language kk|ru|mixed] [--teacher NAME] [--size N]"

func runGroups(args []string) error { return groupsCmd(os.Stdout, os.Stderr, args) }

// groupsCmd lists the groups with the codes every command accepts (E1 as
// well as the id), or adds one.
func groupsCmd(stdout, stderr io.Writer, args []string) error {
	if len(args) > 0 && args[0] == "add" {
		return groupsAdd(stdout, stderr, args[1:])
	}
	fs, db := flags("groups")
	kg := fs.Int("kindergarten", 0, "seed number of one kindergarten (0 = all)")
	lang := fs.String("lang", "", "language of the messages (default: the database's)")
	store, l, err := startCmd(fs, db, lang, args, 0, groupsUsage, stderr)
	if err != nil {
		return err
	}
	defer store.Close()
	ctx := context.Background()
	groups, err := store.Groups(ctx, *kg)
	if err != nil {
		return err
	}
	if len(groups) == 0 {
		tell(stdout, l, "cli.groups.none")
		return nil
	}
	tw := tabwriter.NewWriter(stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, text.T(l, "cli.groups.header"))
	for _, g := range groups {
		fmt.Fprintf(tw, "%d\t%s\t%d\t%s\t%d\t%s\t%s\n", g.KindergartenID, g.Code, g.ID,
			text.T(l, "role.short."+g.Role), g.Children, g.Name, g.Teacher)
	}
	return tw.Flush()
}

// groupsAdd adds a group; its code (E1, C1 …) is given by its role.
func groupsAdd(stdout, stderr io.Writer, args []string) error {
	fs, db := flags("groups add")
	kg := fs.Int("kindergarten", 0, "seed number of the kindergarten (required)")
	name := fs.String("name", "", "the group's name (required)")
	role := fs.String("role", "", "experimental or control (required)")
	age := fs.String("age", "senior", "age group: senior, preschool or mixed")
	language := fs.String("language", "kk", "language of instruction: kk, ru or mixed")
	teacher := fs.String("teacher", "", "the teacher's name")
	size := fs.Int("size", 0, "planned number of children")
	lang := fs.String("lang", "", "language of the messages (default: the database's)")
	store, l, err := startCmd(fs, db, lang, args, 0, groupsUsage, stderr)
	if err != nil {
		return err
	}
	defer store.Close()
	g := data.Group{KindergartenID: *kg, Name: *name, Role: parseRole(*role), AgeGroup: *age, Language: *language,
		Teacher: *teacher, PlannedSize: *size}
	if err := store.SaveGroup(context.Background(), &g); err != nil {
		tell(stderr, l, "cli.refused", "why", errSentence(l, err))
		return exitCode(1)
	}
	tell(stdout, l, "cli.groups.added", "code", g.Code, "id", g.ID, "kg", g.KindergartenID, "name", g.Name)
	return nil
}

// parseRole takes the role in English or its first letter (E/C, also the
// Cyrillic Е/С); anything else stays as typed, for Validate to refuse.
func parseRole(s string) string {
	switch strings.ToUpper(strings.TrimSpace(s)) {
	case "E", "Е", "EXPERIMENTAL":
		return data.RoleExperimental
	case "C", "С", "CONTROL":
		return data.RoleControl
	}
	return s
}

// startCmd parses a command's arguments (nargs positional ones; a mistake
// prints usage, status 2), and opens its database, which must exist and be
// set up; it returns the language of the command's messages.
func startCmd(fs *flagSet, db, lang *string, args []string, nargs int, usage string, stderr io.Writer) (*data.Store, string, error) {
	fs.SetOutput(stderr)
	if err := fs.Parse(args); err != nil || fs.NArg() != nargs {
		tell(stderr, "kk", "cli.usage", "usage", usage)
		return nil, "", exitCode(2)
	}
	l := msgLang(*lang, *db)
	store, err := openConfigured(stderr, l, *db)
	return store, l, err
}

// openConfigured opens an existing database that has been set up: a
// mistyped --db gets one sentence instead of a new empty database.
func openConfigured(stderr io.Writer, lang, db string) (*data.Store, error) {
	if _, err := os.Stat(db); err != nil {
		tell(stderr, lang, "rel.no_database", "path", db)
		tell(stderr, lang, "cli.setup_first")
		return nil, exitCode(1)
	}
	store, err := openStore(db)
	if err != nil {
		return nil, err
	}
	st, err := store.Settings(context.Background())
	if err != nil || !st.Configured() {
		store.Close()
		if err != nil {
			return nil, err
		}
		tell(stderr, lang, "cli.not_configured", "db", db)
		return nil, exitCode(1)
	}
	return store, nil
}
