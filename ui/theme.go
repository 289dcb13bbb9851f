package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"baulu/reports/fonts"
)

// Fyne's bundled Noto Sans drops the dot of the Kazakh і (U+0456) in some
// contexts, so every text style is drawn with DejaVu Sans, which has every
// Kazakh and Russian letter right. Only its regular and bold faces are
// used: italics and monospace get the upright face of their weight. Baulu
// draws no italic or monospace text, and each face more costs its parse
// (about 7 ms, plus Fyne's fallback face) when first used and 0.6 MB in the
// executable.
var (
	fontRegular = fyne.NewStaticResource("DejaVuSans.ttf", fonts.SansRegular())
	fontBold    = fyne.NewStaticResource("DejaVuSans-Bold.ttf", fonts.SansBold())
)

// baulTheme is Fyne's default light theme with DejaVu fonts and a calm
// primary colour near the Kazakh flag's blue.
type baulTheme struct{}

// Theme returns Baulu's theme.
func Theme() fyne.Theme { return baulTheme{} }

// Color always uses the light variant: the screens mirror the printed
// reports, and office PCs in dark mode should not turn tables black.
//
// Text colours are dark enough to read on every background of the theme
// (contrast at least 4.5:1, tested): Fyne's own green, orange and red status
// texts (1.5–3.7:1 on white) and its grey for hints are replaced.
func (baulTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	if c, ok := themeColours[n]; ok {
		return c
	}
	return theme.DefaultTheme().Color(n, theme.VariantLight)
}

var themeColours = map[fyne.ThemeColorName]color.Color{
	theme.ColorNamePrimary:     color.NRGBA{R: 0x00, G: 0x6d, B: 0x8c, A: 0xff},
	theme.ColorNameHyperlink:   color.NRGBA{R: 0x00, G: 0x6d, B: 0x8c, A: 0xff},
	theme.ColorNameForeground:  color.NRGBA{R: 0x21, G: 0x21, B: 0x21, A: 0xff},
	theme.ColorNamePlaceHolder: color.NRGBA{R: 0x5f, G: 0x63, B: 0x68, A: 0xff},
	theme.ColorNameSuccess:     color.NRGBA{R: 0x1b, G: 0x6e, B: 0x2c, A: 0xff},
	theme.ColorNameWarning:     color.NRGBA{R: 0x8a, G: 0x4b, B: 0x00, A: 0xff},
	theme.ColorNameError:       color.NRGBA{R: 0xb7, G: 0x1c, B: 0x1c, A: 0xff},
}

func (baulTheme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Bold {
		return fontBold
	}
	return fontRegular
}

func (baulTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

func (baulTheme) Size(n fyne.ThemeSizeName) float32 { return theme.DefaultTheme().Size(n) }
