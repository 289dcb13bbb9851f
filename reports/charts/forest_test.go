package charts

import (
	"math"
	"testing"
)

func TestForest(t *testing.T) {
	c := ForestChart{
		Rows: []ForestRow{
			{Label: "Абай", Estimate: 0.5, Low: 0.3, High: 0.7},
			{Label: "Ұлытау", Estimate: -0.1, Low: -0.4, High: 0.2},
			{Label: "Барлық өңірлер", Estimate: 0.3, Low: 0.2, High: 0.4, Pooled: true},
		},
		XLabel: "Э − Б, балл",
	}
	b, err := Forest(c)
	if err != nil {
		t.Fatal(err)
	}
	// 160 × (25 + 8·3) mm at 200 dpi.
	decode(t, b, int(math.Round(160/25.4*200)), int(math.Round(49/25.4*200)))
	if ticks := (forestTicks{step: 0.2}).Ticks(-0.4, 0.8); ticks[0].Value != 0 || ticks[1].Value != -0.2 || ticks[1].Label != "−0,2" {
		t.Errorf("ticks %+v", ticks)
	}
	c.Rows[1].High = math.NaN()
	if _, err := Forest(c); err == nil {
		t.Error("a NaN bound was drawn")
	}
	if _, err := Forest(ForestChart{}); err == nil {
		t.Error("an empty forest was drawn")
	}
}
