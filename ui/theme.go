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
func (baulTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	if n == theme.ColorNamePrimary {
		return color.NRGBA{R: 0x00, G: 0x7c, B: 0x9e, A: 0xff}
	}
	return theme.DefaultTheme().Color(n, theme.VariantLight)
}

func (baulTheme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Bold {
		return fontBold
	}
	return fontRegular
}

func (baulTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

func (baulTheme) Size(n fyne.ThemeSizeName) float32 { return theme.DefaultTheme().Size(n) }
