// Package fonts owns the TrueType fonts Baulu embeds in its documents and
// charts, so every report looks the same on every PC whatever is installed.
//
// Liberation Serif is metric-compatible with Times New Roman — the face
// Kazakhstan's official documents are set in — so a page laid out with it has
// the line breaks and page count a reader expects from a Word original. Unlike
// many Times look-alikes it covers the whole Kazakh alphabet: besides Russian
// Cyrillic it has Ә ә Ғ ғ Қ қ Ң ң Ө ө Ұ ұ Ү ү Һ һ І і (tests check every one).
// Licence: SIL Open Font License 1.1, see LICENSE-Liberation.
//
// DejaVu Sans is the sans-serif face for charts and screens: it covers the
// same letters and draws Cyrillic і with its dot in every context. Baulu
// embeds it cut down to the scripts it shows (scripts/subset-dejavu.sh
// writes DejaVuSans.ttf and DejaVuSans-Bold.ttf here), a third of the size.
// Licence: Bitstream Vera / Arev, see LICENSE-DejaVu.
//
// The byte slices are shared with the font modules that embed them: callers
// must not modify them.
package fonts

import (
	_ "embed"

	"codeberg.org/go-fonts/liberation/liberationserifbold"
	"codeberg.org/go-fonts/liberation/liberationserifbolditalic"
	"codeberg.org/go-fonts/liberation/liberationserifitalic"
	"codeberg.org/go-fonts/liberation/liberationserifregular"
)

// KazakhLetters lists the letters of the Kazakh alphabet that Russian lacks,
// capital then small. Tests across the reports use it to prove coverage.
const KazakhLetters = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"

// RussianLetters lists the Russian alphabet, capital then small.
const RussianLetters = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя"

// SerifRegular returns Liberation Serif Regular as TTF bytes.
func SerifRegular() []byte { return liberationserifregular.TTF }

// SerifBold returns Liberation Serif Bold as TTF bytes.
func SerifBold() []byte { return liberationserifbold.TTF }

// SerifItalic returns Liberation Serif Italic as TTF bytes.
func SerifItalic() []byte { return liberationserifitalic.TTF }

// SerifBoldItalic returns Liberation Serif Bold Italic as TTF bytes.
func SerifBoldItalic() []byte { return liberationserifbolditalic.TTF }

var (
	//go:embed DejaVuSans.ttf
	sansRegular []byte
	//go:embed DejaVuSans-Bold.ttf
	sansBold []byte
)

// SansRegular returns DejaVu Sans (Book, cut down) as TTF bytes.
func SansRegular() []byte { return sansRegular }

// SansBold returns DejaVu Sans Bold (cut down) as TTF bytes.
func SansBold() []byte { return sansBold }
