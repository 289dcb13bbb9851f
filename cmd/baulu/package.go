package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"baulu/data/atomicfile"
	"baulu/reports/regionpkg"
	"baulu/ui"
)

// passphraseEnv carries a package passphrase to the command line without
// putting it into argv (which other users of the PC can list).
const passphraseEnv = "BAULU_PASSPHRASE"

const packageUsage = "usage: baulu package export --out FILE [--db PATH] [--region CODE] [--passphrase-file F] [--lang kk|ru|en]\n" +
	"       baulu package import FILE [--db PATH] [--passphrase-file F] [--force] [--lang kk|ru|en]\n" +
	"       baulu package received --region CODE [--date DD.MM.YYYY] [--file NAME] [--db PATH] [--lang kk|ru|en]\n" +
	"The passphrase comes from --passphrase-file or the " + passphraseEnv + " environment variable, never from the command line."

// runPackage writes or imports a region package, printing the same
// sentences as the window.
func runPackage(args []string) error {
	if len(args) > 0 {
		switch args[0] {
		case "export":
			return runPackageExport(args[1:])
		case "import":
			return runPackageImport(args[1:])
		case "received":
			return runPackageReceived(args[1:])
		}
	}
	fmt.Fprintln(os.Stderr, packageUsage)
	return exitCode(2)
}

// packageFlags adds the flags export and import share.
func packageFlags(name string) (fs *flagSet, db, passFile, lang *string) {
	fs, db = flags("package " + name)
	passFile = fs.String("passphrase-file", "", "file holding the passphrase (its first line); default: $"+passphraseEnv)
	lang = fs.String("lang", "kk", "language of the messages (kk, ru, en)")
	return fs, db, passFile, lang
}

// passphrase reads the passphrase from the file's first line, or from the
// environment; "" means none.
func passphrase(file string) (string, error) {
	if file == "" {
		return os.Getenv(passphraseEnv), nil
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return "", fmt.Errorf("read the passphrase: %w", err)
	}
	line, _, _ := strings.Cut(string(b), "\n")
	return strings.TrimSuffix(line, "\r"), nil
}

// packageFailure prints the package's sentence for err when it has one
// (status 1), else the reliability layer's (fail; where is the file worked
// on); the details go to baulu.log.
func packageFailure(err error, lang, db, where string) error {
	if msg := regionpkg.Message(err, lang); msg != "" {
		fmt.Fprintln(os.Stderr, msg)
		if regionpkg.NeedsConfirm(err) {
			complain(lang, "cli.confirm_hint")
		}
		logLine(db, "region package refused: %v", err)
		return exitCode(1)
	}
	return failAt(err, lang, db, where)
}

func runPackageExport(args []string) error {
	fs, db, passFile, lang := packageFlags("export")
	region := fs.String("region", "", "region code (default: the database's region)")
	out := fs.String("out", "", "package file to write (required)")
	if err := fs.Parse(args); err != nil {
		return exitCode(2)
	}
	if *out == "" {
		fmt.Fprintln(os.Stderr, packageUsage)
		return exitCode(2)
	}
	pass, err := passphrase(*passFile)
	if err != nil {
		return err
	}
	if err := dbExists(*db, *lang); err != nil {
		return err
	}
	if err := checkOut(*db, *out, *lang); err != nil {
		return err
	}
	if err := knownRegion(*region, *lang); err != nil {
		return err
	}
	store, err := openStore("package", *db, *lang)
	if err != nil {
		return err
	}
	defer store.Close()
	ctx := context.Background()
	code := *region
	if code == "" {
		if code, err = configuredRegion(ctx, store); err != nil {
			return err
		}
	}
	opts := regionpkg.ExportOptions{Passphrase: pass, AppVersion: ui.Version}
	err = atomicfile.WriteFile(*out, func(w io.Writer) error { return regionpkg.Export(ctx, store, code, w, opts) })
	if err != nil {
		return packageFailure(err, *lang, *db, *out)
	}
	say(*lang, "pkg.exported", "path", *out)
	return nil
}

func runPackageImport(args []string) error {
	fs, db, passFile, lang := packageFlags("import")
	force := fs.Bool("force", false, "import a package older than the one imported before, of the database's own region, or an empty one (the refusal says what it would replace)")
	if err := fs.Parse(args); err != nil {
		return exitCode(2)
	}
	pos := fs.Args()
	if len(pos) != 1 {
		fmt.Fprintln(os.Stderr, packageUsage)
		return exitCode(2)
	}
	pass, err := passphrase(*passFile)
	if err != nil {
		return err
	}
	f, err := os.Open(pos[0])
	if err != nil {
		return failAt(err, *lang, *db, pos[0])
	}
	defer f.Close()
	store, err := openStore("package", *db, *lang)
	if err != nil {
		return err
	}
	defer store.Close()
	res, backup, err := regionpkg.ImportWithBackup(context.Background(), store, f, regionpkg.ImportOptions{Passphrase: pass, Force: *force, FileName: filepath.Base(pos[0])})
	if backup != "" {
		logLine(*db, "backup before importing the package %s: %s", pos[0], backup)
	}
	if err != nil {
		return packageFailure(err, *lang, *db, *db)
	}
	fmt.Println(regionpkg.ImportedText(res, *lang))
	return nil
}
