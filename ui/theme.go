package ui

import (
	"image/color"

	"codeberg.org/go-fonts/dejavu/dejavusans"
	"codeberg.org/go-fonts/dejavu/dejavusansbold"
	"codeberg.org/go-fonts/dejavu/dejavusansboldoblique"
	"codeberg.org/go-fonts/dejavu/dejavusansmono"
	"codeberg.org/go-fonts/dejavu/dejavusansoblique"
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Fyne's bundled Noto Sans drops the dot of the Kazakh і (U+0456) in some
// contexts, so every text style is drawn with DejaVu Sans, which has every
// Kazakh and Russian letter right.
var (
	fontRegular    = fyne.NewStaticResource("DejaVuSans.ttf", dejavusans.TTF)
	fontBold       = fyne.NewStaticResource("DejaVuSans-Bold.ttf", dejavusansbold.TTF)
	fontItalic     = fyne.NewStaticResource("DejaVuSans-Oblique.ttf", dejavusansoblique.TTF)
	fontBoldItalic = fyne.NewStaticResource("DejaVuSans-BoldOblique.ttf", dejavusansboldoblique.TTF)
	fontMono       = fyne.NewStaticResource("DejaVuSansMono.ttf", dejavusansmono.TTF)
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
	switch {
	case s.Monospace:
		return fontMono
	case s.Bold && s.Italic:
		return fontBoldItalic
	case s.Bold:
		return fontBold
	case s.Italic:
		return fontItalic
	}
	return fontRegular
}

func (baulTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

func (baulTheme) Size(n fyne.ThemeSizeName) float32 { return theme.DefaultTheme().Size(n) }
