package seeds

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// simpleRead reads the list a second, independent way: headers are the lines
// that end in a tab, kindergartens the lines «digits.<TAB>rest», everything
// after «2-қосымша».
func simpleRead(t *testing.T) (headers []string, names map[int]string) {
	t.Helper()
	names = map[int]string{}
	inList := false
	for _, line := range strings.Split(OrderText(), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "2-қосымша" {
			inList = true
			continue
		}
		if !inList {
			continue
		}
		if strings.HasSuffix(line, "\t") {
			headers = append(headers, strings.TrimSpace(line))
			continue
		}
		num, rest, ok := strings.Cut(line, ".\t")
		if !ok {
			continue
		}
		n, err := strconv.Atoi(num)
		if err != nil {
			continue
		}
		if _, dup := names[n]; dup {
			t.Fatalf("simple read: number %d twice", n)
		}
		names[n] = strings.TrimSpace(rest)
	}
	return headers, names
}

func TestKindergartensMatchOrderText(t *testing.T) {
	headers, names := simpleRead(t)
	ks := Kindergartens()
	if len(ks) != 100 || len(names) != 100 {
		t.Fatalf("parsed %d kindergartens, simple read %d; want 100 each", len(ks), len(names))
	}
	for i, k := range ks {
		if k.SeedNo != i+1 {
			t.Errorf("index %d: SeedNo %d, want %d", i, k.SeedNo, i+1)
		}
		if k.Name != names[k.SeedNo] {
			t.Errorf("№%d: Name %q, order says %q", k.SeedNo, k.Name, names[k.SeedNo])
		}
	}

	want := make([]string, len(Regions()))
	for _, r := range Regions() {
		if r.Order < 1 || r.Order > len(want) || want[r.Order-1] != "" {
			t.Fatalf("%s: Order %d is out of range or taken", r.Code, r.Order)
		}
		want[r.Order-1] = r.NameKK
	}
	if !slices.Equal(headers, want) {
		t.Errorf("region headers in the order:\n%q\nRegions() by Order:\n%q", headers, want)
	}
	// The parsed kindergartens must visit the regions in the same order.
	var got []string
	for _, k := range ks {
		r, ok := RegionByCode(k.RegionCode)
		if !ok {
			t.Fatalf("№%d: unknown region code %q", k.SeedNo, k.RegionCode)
		}
		if len(got) == 0 || got[len(got)-1] != r.NameKK {
			got = append(got, r.NameKK)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("regions in seed order %q, want %q", got, want)
	}
}

func TestFivePerRegion(t *testing.T) {
	for _, r := range Regions() {
		t.Run(r.Code, func(t *testing.T) {
			ks := KindergartensOf(r.Code)
			if len(ks) != 5 {
				t.Fatalf("%d kindergartens, want 5", len(ks))
			}
			for i, k := range ks {
				if k.Position != i+1 || k.RegionCode != r.Code {
					t.Errorf("№%d: region %s position %d, want %s %d", k.SeedNo, k.RegionCode, k.Position, r.Code, i+1)
				}
				if want := (r.Order-1)*5 + i + 1; k.SeedNo != want {
					t.Errorf("position %d: SeedNo %d, want %d", i+1, k.SeedNo, want)
				}
			}
		})
	}
	if ks := KindergartensOf("XXX"); ks != nil {
		t.Errorf("unknown region gave %d kindergartens", len(ks))
	}
}

func TestFormCounts(t *testing.T) {
	byForm := map[Form]int{}
	var state, private, branch, stateFn int
	for _, k := range Kindergartens() {
		byForm[k.Form]++
		switch k.Form {
		case FormKMKK, FormMKKK:
			state++
		case FormZhShS, FormZhK, FormPrivate:
			private++
		case FormBranch:
			branch++
		default:
			t.Errorf("№%d: unexpected form %q", k.SeedNo, k.Form)
		}
		if k.Form.State() {
			stateFn++
		}
		if k.Form.State() == k.Form.Private() {
			t.Errorf("№%d: form %q is both or neither state and private", k.SeedNo, k.Form)
		}
	}
	// The order's list: 61 КМҚК/МКҚК, 38 ЖШС/ЖК/жекеменшік, one branch.
	if state != 61 || private != 38 || branch != 1 {
		t.Errorf("state %d, private %d, branch %d; want 61, 38, 1 (by form: %v)", state, private, branch, byForm)
	}
	// ARCHITECTURE: Pilot: 62 state-owned, the branch counted with its state parent.
	if stateFn != 62 {
		t.Errorf("State() true for %d, want 62", stateFn)
	}
	want := map[Form]int{FormKMKK: 32, FormMKKK: 29, FormZhShS: 28, FormZhK: 1, FormPrivate: 9, FormBranch: 1}
	for f, n := range want {
		if byForm[f] != n {
			t.Errorf("%s: %d, want %d", f, byForm[f], n)
		}
	}
}

func TestSpotChecks(t *testing.T) {
	tests := []struct {
		seed  int
		form  Form
		short string // "" means ShortName == Name
	}{
		{1, FormKMKK, "«№1 бөбекжай-бақша»"},
		{6, FormMKKK, "«Алтын бесік» бөбекжай-бақшасы"},
		{10, FormZhShS, "«Лашын» балабақшасы «Дос и Ка»"},
		{24, FormZhShS, "«Толағай KIDS» жекеменшік балабақшасы «ОРДА Султан»"},
		{29, FormZhK, "«Айлин-1» жекеменшік балабақшасы Мендыгазиев"},
		{23, FormPrivate, ""},
		{94, FormPrivate, ""},
		{86, FormBranch, ""},
	}
	for _, tt := range tests {
		t.Run(strconv.Itoa(tt.seed), func(t *testing.T) {
			k, ok := KindergartenBySeed(tt.seed)
			if !ok {
				t.Fatalf("№%d not found", tt.seed)
			}
			if k.Form != tt.form {
				t.Errorf("form %q, want %q", k.Form, tt.form)
			}
			short := tt.short
			if short == "" {
				short = k.Name
			}
			if k.ShortName != short {
				t.Errorf("ShortName %q, want %q", k.ShortName, short)
			}
			hasNote := k.Note != "" && k.NoteKK != "" && k.NoteRU != ""
			if hasNote != (tt.form == FormBranch) {
				t.Errorf("notes %q / %q / %q for form %q", k.Note, k.NoteKK, k.NoteRU, k.Form)
			}
		})
	}
	for _, n := range []int{0, 101} {
		if _, ok := KindergartenBySeed(n); ok {
			t.Errorf("KindergartenBySeed(%d) found something", n)
		}
	}
}

func TestOnlyTheBranchHasNotes(t *testing.T) {
	for _, k := range Kindergartens() {
		has := k.Note != "" || k.NoteKK != "" || k.NoteRU != ""
		if has != (k.Form == FormBranch) {
			t.Errorf("№%d (%s): notes present = %v", k.SeedNo, k.Form, has)
		}
		if k.Form != FormBranch && k.Form != FormPrivate && k.ShortName == k.Name {
			t.Errorf("№%d: %s form left in ShortName %q", k.SeedNo, k.Form, k.ShortName)
		}
	}
}

// TestEmbeddedCopyIsTheOrder checks the embedded file against the shared
// reference, when the checkout sits beside it (CI clones only the repo).
func TestEmbeddedCopyIsTheOrder(t *testing.T) {
	for _, p := range []string{
		"../../shared/reference/pilot-order-kk.txt",    // /work/main/seeds
		"../../../shared/reference/pilot-order-kk.txt", // /work/wt/<name>/seeds
	} {
		want, err := os.ReadFile(filepath.FromSlash(p))
		if err != nil {
			continue
		}
		if !bytes.Equal([]byte(OrderText()), want) {
			t.Fatalf("seeds/pilot-order-kk.txt differs from %s", p)
		}
		return
	}
	t.Skip("shared reference copy of the order not found beside the checkout")
}

func TestParseOrderRejectsMalformed(t *testing.T) {
	good := OrderText()
	tests := []struct {
		name, old, new, wantErr string
	}{
		{"no list title", "ұйымның тізбесі**", "ұйымдары**", "not found"},
		{"unknown region", "Абай облысы\t", "Семей облысы\t", "unknown region"},
		{"no form", "1.\t«№1 бөбекжай-бақша» КМҚК", "1.\t«№1 бөбекжай-бақша»", "no ownership form"},
		{"number gap", "7.\t«Алтын дән»", "8.\t«Алтын дән»", "number 8, want 7"},
		{"stray text", "Ақмола облысы\t", "Ақмола облысы\nқосымша мәтін", "neither a region"},
		{"four in a region", "5.\t«Алтын бесік» бөбекжай-бақшасы» ЖШС\n", "", "has 4 kindergartens"},
		{"region twice", "Ақмола облысы\t", "Абай облысы\t", "listed twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bad := strings.Replace(good, tt.old, tt.new, 1)
			if bad == good {
				t.Fatalf("fixture edit %q did not apply", tt.old)
			}
			_, err := parseOrder(bad)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("error %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
	if _, err := parseOrder(strings.ReplaceAll(good, "\n", "\r\n")); err != nil {
		t.Errorf("CRLF copy of the order: %v", err)
	}
}

func TestSplitForm(t *testing.T) {
	tests := []struct {
		name  string
		form  Form
		short string
	}{
		{"«А» ЖШС", FormZhShS, "«А»"},
		{"«А» ЖШС балабақшасы", FormZhShS, "«А» ЖШС балабақшасы"},
		{"«А» КМҚК «Б» ЖК", FormZhK, "«А» КМҚК «Б»"},
		{"«ЖШС» жекеменшік балабақшасы", FormPrivate, "«ЖШС» жекеменшік балабақшасы"},
		{"«А» балабақшасының Филиалы", FormBranch, "«А» балабақшасының Филиалы"},
	}
	for _, tt := range tests {
		f, short, err := splitForm(tt.name)
		if err != nil || f != tt.form || short != tt.short {
			t.Errorf("splitForm(%q) = %q, %q, %v; want %q, %q", tt.name, f, short, err, tt.form, tt.short)
		}
	}
	if _, _, err := splitForm("«А» балабақшасы"); err == nil {
		t.Error("a name without a form was accepted")
	}
}

func TestKindergartensReturnsCopies(t *testing.T) {
	ks := Kindergartens()
	ks[0].Name = "changed"
	if Kindergartens()[0].Name == "changed" {
		t.Error("Kindergartens() exposes the shared slice")
	}
}

func TestKindergartenCodesUnique(t *testing.T) {
	seen := map[string]int{}
	for _, k := range Kindergartens() {
		if prev, dup := seen[k.Code()]; dup {
			t.Errorf("code %s of №%d already used by №%d", k.Code(), k.SeedNo, prev)
		}
		seen[k.Code()] = k.SeedNo
	}
	if k, _ := KindergartenBySeed(78); k.Code() != "ULY-03" {
		t.Errorf("№78 code %q, want ULY-03", k.Code())
	}
}

func TestShortNamesHaveBalancedQuotes(t *testing.T) {
	for _, k := range Kindergartens() {
		if strings.Count(k.ShortName, "«") != strings.Count(k.ShortName, "»") {
			t.Errorf("№%d short name %q", k.SeedNo, k.ShortName)
		}
	}
	if k, _ := KindergartenBySeed(76); k.ShortName != "«Тамаша» бөбекжай-бақшасы" || k.Name != "«Тамаша» бөбекжай-бақшасы» КМҚК" {
		t.Errorf("№76: %q / %q", k.ShortName, k.Name)
	}
}
