package pdfdoc

// RGB is the fill colour of a table cell, e.g. the light green, amber and
// red of a risk matrix. Keep fills light: the text stays black and the page
// may be photocopied.
type RGB struct{ R, G, B uint8 }

// fillAt returns the fill of body row i, column j. The zero RGB means no
// fill: a black cell would hide its text.
func (t Table) fillAt(i, j int) (RGB, bool) {
	if i < 0 || i >= len(t.Fills) || j >= len(t.Fills[i]) {
		return RGB{}, false
	}
	c := t.Fills[i][j]
	return c, c != RGB{}
}
