package ui

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"baulu/data"
	"baulu/ui/kit"
)

// contrast is WCAG 2's contrast ratio of two opaque colours.
func contrast(a, b color.Color) float64 {
	lum := func(c color.Color) float64 {
		r, g, bl, _ := c.RGBA()
		ch := func(v uint32) float64 {
			x := float64(v) / 0xffff
			if x <= 0.03928 {
				return x / 12.92
			}
			return math.Pow((x+0.055)/1.055, 2.4)
		}
		return 0.2126*ch(r) + 0.7152*ch(g) + 0.0722*ch(bl)
	}
	la, lb := lum(a), lum(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// Every text colour of the theme on every background it is drawn on, the
// texts on coloured buttons and the risk levels' badges read at 4.5:1 or
// better.
func TestThemeContrast(t *testing.T) {
	th := Theme()
	col := func(n fyne.ThemeColorName) color.Color { return th.Color(n, theme.VariantLight) }
	texts := []fyne.ThemeColorName{theme.ColorNameForeground, theme.ColorNamePlaceHolder, theme.ColorNamePrimary,
		theme.ColorNameHyperlink, theme.ColorNameSuccess, theme.ColorNameWarning, theme.ColorNameError}
	backs := []fyne.ThemeColorName{theme.ColorNameBackground, theme.ColorNameInputBackground, theme.ColorNameMenuBackground,
		theme.ColorNameOverlayBackground, theme.ColorNameHeaderBackground, theme.ColorNameButton}
	check := func(what string, fg, bg color.Color) {
		t.Helper()
		if c := contrast(fg, bg); c < 4.5 {
			t.Errorf("%s: contrast %.2f:1, under 4.5:1", what, c)
		}
	}
	for _, f := range texts {
		for _, b := range backs {
			check(string(f)+" on "+string(b), col(f), col(b))
		}
	}
	for _, p := range [][2]fyne.ThemeColorName{
		{theme.ColorNameForegroundOnPrimary, theme.ColorNamePrimary},
		{theme.ColorNameForegroundOnSuccess, theme.ColorNameSuccess},
		{theme.ColorNameForegroundOnWarning, theme.ColorNameWarning},
		{theme.ColorNameForegroundOnError, theme.ColorNameError},
		{theme.ColorNamePlaceHolder, theme.ColorNameDisabledButton}, // the grid's greyed rows
	} {
		check(string(p[0])+" on "+string(p[1]), col(p[0]), col(p[1]))
	}
	for _, lv := range []string{data.RiskLow, data.RiskMedium, data.RiskHigh, ""} {
		bg, fg := kit.LevelColours(lv)
		check("risk level "+lv, fg, bg)
	}
}
