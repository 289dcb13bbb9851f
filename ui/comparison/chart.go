package comparison

import (
	"bytes"
	"fmt"
	"image/png"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"baulu/reports/charts"
	"baulu/reports/comparison"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// chartWidth is the width the level chart is shown at; its height follows
// the picture's proportions.
const chartWidth = 720

// levelBars lists the bars of the level chart: each arm in each round in
// which it has children, experimental first, labelled like
// «Эксп. топтар — бастапқы» (singular for a single group). Empty rounds get no bar rather than a blank one.
func levelBars(r comparison.Result, fromName, toName string) []charts.LevelBar {
	var bars []charts.LevelBar
	for _, arm := range []struct {
		key string
		g   comparison.GroupResult
	}{{"cmp.bar.E", r.Experimental}, {"cmp.bar.C", r.Control}} {
		if arm.g.Groups == 1 {
			arm.key += ".sg"
		}
		for _, rd := range []struct {
			name string
			st   comparison.RoundStats
		}{{fromName, arm.g.From}, {toName, arm.g.To}} {
			if rd.st.N > 0 {
				bars = append(bars, charts.LevelBar{
					Label:  i18n.T(arm.key) + " — " + kit.LowerFirst(rd.name),
					Counts: rd.st.Levels,
				})
			}
		}
	}
	return bars
}

// levelChartPNG draws the level distribution with reports/charts at its
// print size and resolution, so the screen shows the very picture the PDF
// report prints. It returns nil when no arm has a child in either round.
func levelChartPNG(r comparison.Result, fromName, toName string) ([]byte, error) {
	bars := levelBars(r, fromName, toName)
	if len(bars) == 0 {
		return nil, nil
	}
	png, err := charts.LevelDistribution(charts.LevelChart{
		Levels: [3]string{i18n.T("level.1"), i18n.T("level.2"), i18n.T("level.3")},
		Bars:   bars,
	})
	if err != nil {
		return nil, fmt.Errorf("level chart: %w", err)
	}
	return png, nil
}

// chartImage shows PNG bytes scaled to chartWidth, keeping proportions.
func chartImage(b []byte) (*canvas.Image, error) {
	cfg, err := png.DecodeConfig(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("level chart: %w", err)
	}
	img := canvas.NewImageFromReader(bytes.NewReader(b), "levels.png")
	img.FillMode = canvas.ImageFillContain
	img.ScaleMode = canvas.ImageScaleSmooth
	img.SetMinSize(fyne.NewSize(chartWidth, chartWidth*float32(cfg.Height)/float32(cfg.Width)))
	return img, nil
}
