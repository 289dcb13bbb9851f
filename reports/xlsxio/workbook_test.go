package xlsxio

import (
	"math"
	"strconv"
	"strings"
	"testing"

	"baulu/data"

	"github.com/xuri/excelize/v2"
)

func TestDateSerials(t *testing.T) {
	for _, d := range []data.Date{data.NewDate(2021, 4, 5), data.NewDate(2026, 11, 30), data.NewDate(1990, 1, 1)} {
		s := DateSerial(d)
		got, ok := SerialDate(strconv.FormatFloat(s, 'f', -1, 64), false)
		if !ok || got != d {
			t.Errorf("%s → %v → %s %v", d, s, got, ok)
		}
	}
	if d, ok := SerialDate("46083.75", false); !ok || d != data.NewDate(2026, 3, 2) {
		t.Errorf("a date with a time: %s %v", d, ok)
	}
	if d, ok := SerialDate("44621", true); !ok || d != data.NewDate(2026, 3, 2) {
		t.Errorf("1904 system: %s %v", d, ok)
	}
	for _, raw := range []string{"", "2", "2021", "05.04.2021", "1e9"} {
		if _, ok := SerialDate(raw, false); ok {
			t.Errorf("%q taken as a date", raw)
		}
	}
}

func TestSetPrint(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	const sh = "E1 Бала'пан"
	f.SetSheetName("Sheet1", sh)
	if err := SetPrint(f, sh, PrintSetup{Landscape: true, TitleCols: "A", TitleRows: "1:5"}); err != nil {
		t.Fatal(err)
	}
	names := f.GetDefinedName()
	if len(names) != 1 || names[0].Name != "_xlnm.Print_Titles" || names[0].RefersTo != "'E1 Бала''пан'!$A:$A,'E1 Бала''пан'!$1:$5" {
		t.Fatalf("print titles: %+v", names)
	}
	pl, err := f.GetPageLayout(sh)
	if err != nil || *pl.Orientation != "landscape" || *pl.FitToWidth != 1 || *pl.FitToHeight != 0 || *pl.Size != 9 {
		t.Fatalf("page layout: %+v %v", pl, err)
	}
	props, _ := f.GetSheetProps(sh)
	if props.FitToPage == nil || !*props.FitToPage {
		t.Fatal("fit to page is off: Excel ignores fitToWidth without it")
	}
}

func TestWrappedHeight(t *testing.T) {
	one := WrappedHeight("Балл", 80, 11)
	if long := WrappedHeight(strings.Repeat("ә", 200), 80, 11); math.Abs(long-3*one+6) > 0.01 {
		t.Errorf("200 characters in 80 take 3 lines: %v, one line %v", long, one)
	}
	if two := WrappedHeight("a\nb", 80, 11); math.Abs(two-2*one+3) > 0.01 {
		t.Errorf("two paragraphs take 2 lines: %v, one line %v", two, one)
	}
}
