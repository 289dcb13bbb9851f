// Command baulu is the Baulu desktop application. Without a subcommand it
// opens the window; subcommands run the same code headless.
package main

import (
	"fmt"
	"os"
	"sort"
)

func main() {
	os.Exit(run(os.Args[1:]))
}

// run dispatches to a subcommand and returns the exit status.
func run(args []string) int {
	name := "gui"
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		name, args = args[0], args[1:]
	}
	defer releaseLocks()
	cmd, ok := commands()[name]
	if !ok {
		fmt.Fprintf(os.Stderr, "baulu: unknown command %q\n\n", name)
		usage()
		return 2
	}
	if err := cmd.run(args); err != nil {
		if code, ok := err.(exitCode); ok {
			return int(code) // the command has already said why
		}
		// One sentence in the user's language, never a Go error alone.
		fmt.Fprintln(os.Stderr, explain(argLang(args), err))
		return 1
	}
	return 0
}

type command struct {
	summary string
	run     func(args []string) error
}

// exitCode is an error that only carries a status (the message was printed).
type exitCode int

func (e exitCode) Error() string { return fmt.Sprintf("exit status %d", int(e)) }

func commands() map[string]command {
	return map[string]command{
		"gui":         {"open the window (default)", runGUI},
		"screenshots": {"render every screen to PNG: --db PATH --out DIR [--lang kk|ru|en] [--size 1024x768]", runScreenshots},
		"demo":        {"deterministic demo data: --db PATH [--region CODE | --all] [--seed N]", runDemo},
		"template":    {"Excel template for scores: --kindergarten N [--round R] [--group E1|ID] [--out FILE|DIR]", runTemplate},
		"import":      {"import a filled Excel template: FILE.xlsx [--dry-run]", runImport},
		"stats":       {"control vs experimental comparison: --db PATH [--kindergarten N] [--from R --to R] [--json]", runStats},
		"backup":      {"back the database up: [--out FILE] (default: the backups folder beside it)", runBackup},
		"restore":     {"replace the database with a backup, keeping the current file aside: BACKUP.db", runRestore},
		"check":       {"check the database for damage (status 1 when damaged)", runCheck},
		"package":     {"region package: export --out FILE [--region CODE] | import FILE [--force]; passphrase via --passphrase-file or BAULU_PASSPHRASE", runPackage},
		"export":      {"all data and analysis tables to one workbook: --db PATH --out FILE.xlsx [--lang kk|ru]", runExport},
		"handout":     {"one-page PDF for parents: --db PATH --group E1|ID [--kindergarten N] --direction CODE --lang kk|ru [--quarter N] --out FILE.pdf", runHandout},
		"report":      {"report as PDF or Word: --db PATH --kind regional|quarterly|national [--quarter N] --lang kk|ru [--format pdf|docx] --out FILE", runReport},
		"setup":       {"first run without a window: --region CODE --centre NAME --head NAME [--lang kk|ru|en] (creates --db)", runSetup},
		"groups":      {"list the groups with their codes [--kindergarten N] | add --kindergarten N --name NAME --role experimental|control", runGroups},
		"roster":      {"children's list in Excel: template --kindergarten N | export [--kindergarten N] | import FILE.xlsx [--dry-run]", runRoster},
		"version":     {"print the version and the commit it was built from", runVersion},
		"help":        {"show this help", func([]string) error { usage(); return nil }},
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: baulu [command] [--db PATH] [options]\n\ncommands:")
	cmds := commands()
	names := make([]string, 0, len(cmds))
	for name := range cmds {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Fprintf(os.Stderr, "  %-12s %s\n", name, cmds[name].summary)
	}
}
