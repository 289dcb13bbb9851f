package kit

import (
	"strconv"

	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
)

// Choice is a Select whose options are translated labels for fixed keys.
type Choice struct {
	widget.Select
	keys   []string
	labels []string
}

// NewChoice offers keys, shown as label(key); onChange (may be nil) gets
// the chosen key.
func NewChoice(keys []string, label func(string) string, onChange func(key string)) *Choice {
	c := &Choice{keys: keys}
	for _, k := range keys {
		c.labels = append(c.labels, label(k))
	}
	c.Options = c.labels
	c.OnChanged = func(string) {
		if onChange != nil {
			onChange(c.Key())
		}
	}
	c.PlaceHolder = i18n.T("select.placeholder") // Fyne's own is English
	c.ExtendBaseWidget(c)                        // an extended widget, so Fyne renders and refreshes this struct
	return c
}

// Key is the key of the chosen option ("" when none).
func (c *Choice) Key() string {
	i := c.SelectedIndex()
	if i < 0 {
		return ""
	}
	return c.keys[i]
}

// SetKey chooses the option of key k (none when there is no such option).
func (c *Choice) SetKey(k string) {
	for i, kk := range c.keys {
		if kk == k {
			c.SetSelectedIndex(i)
			return
		}
	}
	c.ClearSelected()
}

// KeyChoice is a Choice over fixed keys labelled by the texts prefix+key,
// with an optional empty first option (key "") labelled empty.
func KeyChoice(keys []string, prefix, empty string, onChange func(string)) *Choice {
	if empty != "" {
		keys = append([]string{""}, keys...)
	}
	return NewChoice(keys, func(k string) string {
		if k == "" {
			return empty
		}
		return Label(prefix, k)
	}, onChange)
}

// IDChoice is a Choice over record IDs, optionally with an empty first
// option ("all kindergartens", "none") whose ID is 0. Read it with ID, set
// it with SetID.
func IDChoice(ids []int64, label func(int64) string, empty string, onChange func(int64)) *Choice {
	var keys []string
	if empty != "" {
		keys = append(keys, "0")
	}
	for _, id := range ids {
		keys = append(keys, strconv.FormatInt(id, 10))
	}
	var c *Choice
	c = NewChoice(keys, func(k string) string {
		if k == "0" {
			return empty
		}
		id, _ := strconv.ParseInt(k, 10, 64)
		return label(id)
	}, func(string) {
		if onChange != nil {
			onChange(c.ID())
		}
	})
	return c
}

// ID is the chosen record (0 for the empty option or none chosen).
func (c *Choice) ID() int64 {
	n, _ := strconv.ParseInt(c.Key(), 10, 64)
	return n
}

// SetID chooses a record; 0 chooses the empty option.
func (c *Choice) SetID(id int64) { c.SetKey(strconv.FormatInt(id, 10)) }

// QuarterChoice filters by quarter of the pilot period p; 0 means the whole
// period.
func QuarterChoice(p data.Period, onChange func(q int)) *Choice {
	keys := []string{"0"}
	for q := 1; q <= p.Quarters(); q++ {
		keys = append(keys, strconv.Itoa(q))
	}
	return NewChoice(keys, func(k string) string {
		q, _ := strconv.Atoi(k)
		if q == 0 {
			return i18n.T("quarter.all", "year", p.Label())
		}
		return QuarterLabel(q, p)
	}, func(k string) {
		q, _ := strconv.Atoi(k)
		onChange(q)
	})
}
