// Package texttest checks a source tree against the text catalogue: every
// key the code gives a text call exists, and every key the catalogue
// defines is used. One whole-repository test (cmd/baulu/texts_test.go,
// whose binary links every package and so registers every domain) runs it;
// the package's own tests show that it finds what it must.
//
// The scan reads Go syntax, not types: a call is recognised by its name
// (text.T, i18n.T, a method T of anything), and its key argument counts
// when it is a string literal ("xlsxio.bad_cell") or starts with one
// ("labels.event." + kind: a dynamic prefix, whose suffixes come from data
// and which the caller must declare).
package texttest

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// Func is a function or method whose argument is a catalogue key.
type Func struct {
	// Name is "pkg.Func" for a package's function as the calling file
	// names it (text.T), ".Method" for a method of that name on any
	// receiver (.T), or a bare name for a function of the calling package.
	Name string
	// Arg is the index of the key argument.
	Arg int
	// Prefix is what the function puts before its argument (labels.Of
	// looks up "labels." + prefix + value).
	Prefix string
	// Plural: the key is the base of plural forms (text.N): key+".other"
	// must exist, and the forms it picks from count as used.
	Plural bool
	// Registered limits the check of undefined keys to keys whose first
	// segment names a domain in the catalogue: for a call whose keys move
	// into the catalogue domain by domain.
	Registered bool
}

// Calls are the text calls every Baulu package may use; a package's own
// wrappers are added by the caller.
var Calls = []Func{
	{Name: "text.T", Arg: 1},
	{Name: "text.N", Arg: 1, Plural: true},
	{Name: "text.Lookup", Arg: 1},
	{Name: "text.Has", Arg: 0},
}

// place is a file and line, for a problem's report.
type place string

// Sources is what Scan found.
type Sources struct {
	uses      []use           // keys and prefixes given to text calls
	mentioned map[string]bool // every string literal of the non-test files
}

// use is one key (or dynamic prefix) given to a text call.
type use struct {
	key    string
	prefix bool // key is a dynamic prefix
	test   bool // in a _test.go file: must exist, but does not make a key used
	fn     Func
	at     place
}

// Scan reads every Go file below root (skipping testdata, vendor and
// hidden directories, and the directories skip names relative to root)
// for the keys given to funcs.
func Scan(root string, funcs []Func, skip ...string) (*Sources, error) {
	s := &Sources{mentioned: map[string]bool{}}
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if path != root && (name == "testdata" || name == "vendor" || strings.HasPrefix(name, ".") || slices.Contains(skip, rel)) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		s.file(fset, f, rel, strings.HasSuffix(name, "_test.go"), funcs)
		return nil
	})
	return s, err
}

// file records the uses and literals of one parsed file.
func (s *Sources) file(fset *token.FileSet, f *ast.File, rel string, test bool, funcs []Func) {
	ast.Inspect(f, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.BasicLit:
			if !test && x.Kind == token.STRING {
				if v, err := strconv.Unquote(x.Value); err == nil {
					s.mentioned[v] = true
				}
			}
		case *ast.CallExpr:
			fn, ok := match(x.Fun, funcs)
			if !ok || fn.Arg >= len(x.Args) {
				return true
			}
			key, prefix, ok := literal(x.Args[fn.Arg])
			if !ok {
				return true
			}
			at := place(fmt.Sprintf("%s:%d", rel, fset.Position(x.Pos()).Line))
			s.uses = append(s.uses, use{key: fn.Prefix + key, prefix: prefix || strings.HasSuffix(key, "."),
				test: test, fn: fn, at: at})
		}
		return true
	})
}

// match finds the Func a call's function expression names: a qualified
// name before a method name.
func match(fun ast.Expr, funcs []Func) (Func, bool) {
	var qualified, method, bare string
	switch f := fun.(type) {
	case *ast.Ident:
		bare = f.Name
	case *ast.SelectorExpr:
		method = "." + f.Sel.Name
		if id, ok := f.X.(*ast.Ident); ok {
			qualified = id.Name + "." + f.Sel.Name
		}
	default:
		return Func{}, false
	}
	for _, want := range []string{qualified, method, bare} {
		if want == "" {
			continue
		}
		for _, fn := range funcs {
			if fn.Name == want {
				return fn, true
			}
		}
		if want == qualified && qualifiedKnown(qualified, funcs) {
			return Func{}, false
		}
	}
	return Func{}, false
}

// qualifiedKnown says whether some Func names the package of q: then a
// call of another function of that package (text.Int) is no text call,
// even if a method of the same name is one.
func qualifiedKnown(q string, funcs []Func) bool {
	pkg, _, _ := strings.Cut(q, ".")
	for _, fn := range funcs {
		if p, _, ok := strings.Cut(fn.Name, "."); ok && p == pkg {
			return true
		}
	}
	return false
}

// literal reads a key argument: a string literal, or a concatenation
// that starts with literals (a dynamic prefix).
func literal(e ast.Expr) (key string, prefix, ok bool) {
	switch x := e.(type) {
	case *ast.BasicLit:
		if x.Kind != token.STRING {
			return "", false, false
		}
		v, err := strconv.Unquote(x.Value)
		return v, false, err == nil
	case *ast.ParenExpr:
		return literal(x.X)
	case *ast.BinaryExpr:
		if x.Op != token.ADD {
			return "", false, false
		}
		left, p, ok := literal(x.X)
		if !ok || p {
			return left, p, ok
		}
		if right, p, ok := literal(x.Y); ok && !p {
			return left + right, false, true
		}
		return left, true, true
	}
	return "", false, false
}

// Problems compares the sources with the catalogue's keys and the
// declared dynamic prefixes: keys used but not defined, dynamic prefixes
// used but not declared (or declared but matching no key), and keys
// defined but neither used, nor mentioned as a literal in a non-test file,
// nor under a declared prefix. It returns one line per problem, sorted.
func (s *Sources) Problems(keys []string, dynamic []string) []string {
	defined := make(map[string]bool, len(keys))
	domains := map[string]bool{}
	for _, k := range keys {
		defined[k] = true
		d, _, _ := strings.Cut(k, ".")
		domains[d] = true
	}
	hasPrefix := func(p string) bool {
		for _, k := range keys {
			if strings.HasPrefix(k, p) {
				return true
			}
		}
		return false
	}
	declared := func(p string) bool {
		for _, d := range dynamic {
			if strings.HasPrefix(p, d) {
				return true
			}
		}
		return false
	}
	var out []string
	used := map[string]bool{}
	for _, u := range s.uses {
		if d, _, _ := strings.Cut(u.key, "."); u.fn.Registered && !domains[d] {
			continue
		}
		switch {
		case u.prefix && u.test:
			// A test composing keys checks them itself (a missing one
			// shows as the key).
		case u.prefix:
			if !declared(u.key) {
				out = append(out, fmt.Sprintf("%s: dynamic key prefix %q is not declared", u.at, u.key))
			} else if !hasPrefix(u.key) {
				out = append(out, fmt.Sprintf("%s: no key starts with %q", u.at, u.key))
			}
		case u.fn.Plural:
			if !defined[u.key+".other"] {
				out = append(out, fmt.Sprintf("%s: plural key %q has no %s.other", u.at, u.key, u.key))
			}
			if !u.test {
				for _, form := range []string{".one", ".few", ".many", ".other"} {
					used[u.key+form] = true
				}
			}
		default:
			if !defined[u.key] {
				out = append(out, fmt.Sprintf("%s: key %q is not defined", u.at, u.key))
			}
			if !u.test {
				used[u.key] = true
			}
		}
	}
	for _, d := range dynamic {
		if !hasPrefix(d) {
			out = append(out, fmt.Sprintf("declared dynamic prefix %q matches no key", d))
		}
	}
	for _, k := range keys {
		if !used[k] && !s.mentioned[k] && !declared(k) {
			out = append(out, fmt.Sprintf("key %q is defined but never used", k))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
