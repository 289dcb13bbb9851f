package regionpkg

import "time"

// Format names the file kind in the manifest; FormatVersion is the newest
// layout this build writes and reads. A reader refuses a newer version
// rather than guess at fields it does not know.
const (
	Format        = "baulu-region-package"
	FormatVersion = 1
	manifestName  = "manifest.json"
	dataName      = "data.json"
)

// FileExt is the extension of package files, plain or encrypted alike
// (Inspect tells them apart by their first bytes).
const FileExt = ".baulu"

// FileName suggests a package's file name: "baulu-ULY-2026-11-25.baulu".
func FileName(region string, created time.Time) string {
	return "baulu-" + region + "-" + created.Format("2006-01-02") + FileExt
}

// Manifest describes a package; Inspect returns it after checking the file.
type Manifest struct {
	Format        string    `json:"format"`
	FormatVersion int       `json:"format_version"`
	Region        string    `json:"region"`
	CentreName    string    `json:"centre_name"`
	Created       time.Time `json:"created_at"`
	AppVersion    string    `json:"app_version"`
	SchemaVersion int       `json:"schema_version"`
	Counts        Counts    `json:"counts"`
	DataSHA256    string    `json:"data_sha256"`
	// Encrypted is not stored: Inspect sets it when the file was encrypted.
	Encrypted bool `json:"-"`
}

// Counts is the number of records of each kind in a package.
type Counts struct {
	Kindergartens  int `json:"kindergartens"`
	Directions     int `json:"directions"`
	EnvRatings     int `json:"env_ratings"`
	Groups         int `json:"groups"`
	Children       int `json:"children"`
	Assessments    int `json:"assessments"`
	Events         int `json:"events"`
	Participations int `json:"participations"`
	Visits         int `json:"visits"`
	Practices      int `json:"practices"`
	Risks          int `json:"risks"`
	Feedback       int `json:"feedback"`
	Corrections    int `json:"corrections"`
}

// packageData is data.json. Region and Created repeat the manifest, so an
// edit of either file alone is caught.
type packageData struct {
	Region        string         `json:"region"`
	Created       time.Time      `json:"created_at"`
	Indicators    []indicator    `json:"indicators"`
	Rounds        []round        `json:"rounds"`
	Directions    []direction    `json:"directions"`
	Kindergartens []kindergarten `json:"kindergartens"`
	Groups        []group        `json:"groups"`
	Children      []child        `json:"children"`
	Assessments   []assessment   `json:"assessments"`
	Events        []event        `json:"events"`
	Visits        []visit        `json:"visits"`
	Practices     []practice     `json:"practices"`
	Risks         []risk         `json:"risks"`
	Feedback      []feedback     `json:"feedback"`
	Corrections   []correction   `json:"corrections"`
}

// indicator and round are the framework as the sender had it; the receiver
// maps them by code only (names are for a human reading the file).
type indicator struct {
	Code   string `json:"code"`
	Block  string `json:"block"`
	NameKK string `json:"name_kk"`
	NameRU string `json:"name_ru"`
}

type round struct {
	Code   string `json:"code"`
	Kind   string `json:"kind"`
	Starts string `json:"starts_on"`
	Ends   string `json:"ends_on"`
}

// direction carries names too: a centre may have added its own direction,
// which the receiver then adds to its list.
type direction struct {
	Code   string `json:"code"`
	NameKK string `json:"name_kk"`
	NameRU string `json:"name_ru"`
	NameEN string `json:"name_en"`
}

type kindergarten struct {
	Seed        int         `json:"seed"`
	Name        string      `json:"name"`
	ShortName   string      `json:"short_name"`
	Form        string      `json:"form"`
	Settlement  string      `json:"settlement"`
	District    string      `json:"district"`
	Locality    string      `json:"locality"`
	Address     string      `json:"address"`
	Director    string      `json:"director"`
	Phone       string      `json:"phone"`
	Email       string      `json:"email"`
	Notes       string      `json:"notes"`
	Directions  []string    `json:"directions"`
	Environment []envRating `json:"environment"`
}

type envRating struct {
	Direction string `json:"direction"`
	Item      string `json:"item"`
	Status    int    `json:"status"`
	RatedOn   string `json:"rated_on"`
	Note      string `json:"note"`
}

type group struct {
	Kindergarten int    `json:"kindergarten"`
	Code         string `json:"code"`
	Name         string `json:"name"`
	AgeGroup     string `json:"age_group"`
	Language     string `json:"language"`
	Role         string `json:"role"`
	Teacher      string `json:"teacher"`
	PlannedSize  int    `json:"planned_size"`
}

type child struct {
	Code         string `json:"code"`
	Kindergarten int    `json:"kindergarten"`
	Group        string `json:"group"`
	Sex          string `json:"sex"`
	BirthYear    int    `json:"birth_year"`
	Consent      bool   `json:"consent"`
	LeftOn       string `json:"left_on"`
}

type assessment struct {
	Child     string `json:"child"`
	Round     string `json:"round"`
	Indicator string `json:"indicator"`
	Score     int    `json:"score"`
}

// event.Key, feedback.Key: numbers inside the package only, so practices
// and corrections can point at them; the receiver gives new IDs.
type event struct {
	Key          int             `json:"key"`
	Kind         string          `json:"kind"`
	HeldOn       string          `json:"held_on"`
	Topic        string          `json:"topic"`
	Format       string          `json:"format"`
	Organiser    string          `json:"organiser"`
	Hours        float64         `json:"hours"`
	Materials    string          `json:"materials"`
	Notes        string          `json:"notes"`
	Participants []participation `json:"participants"`
}

type participation struct {
	Kindergarten int `json:"kindergarten"`
	Teachers     int `json:"teachers"`
	Parents      int `json:"parents"`
	Others       int `json:"others"`
}

type visit struct {
	Kindergarten    int    `json:"kindergarten"`
	VisitedOn       string `json:"visited_on"`
	Purpose         string `json:"purpose"`
	Direction       string `json:"direction"`
	Findings        string `json:"findings"`
	Recommendations string `json:"recommendations"`
	FollowupOn      string `json:"followup_on"`
	FollowupStatus  string `json:"followup_status"`
}

type practice struct {
	Kindergarten int    `json:"kindergarten"`
	Title        string `json:"title"`
	Teacher      string `json:"teacher"`
	Direction    string `json:"direction"`
	Description  string `json:"description"`
	Evidence     string `json:"evidence"`
	Status       string `json:"status"`
	IdentifiedOn string `json:"identified_on"`
	Events       []int  `json:"events"`
}

type risk struct {
	Kindergarten int    `json:"kindergarten"` // 0: the whole region
	Description  string `json:"description"`
	Category     string `json:"category"`
	Likelihood   int    `json:"likelihood"`
	Impact       int    `json:"impact"`
	Mitigation   string `json:"mitigation"`
	Owner        string `json:"owner"`
	Status       string `json:"status"`
	IdentifiedOn string `json:"identified_on"`
	ReviewOn     string `json:"review_on"`
	ClosedOn     string `json:"closed_on"`
}

type feedback struct {
	Key          int    `json:"key"`
	Kindergarten int    `json:"kindergarten"`
	Source       string `json:"source"`
	ReceivedOn   string `json:"received_on"`
	Text         string `json:"text"`
}

type correction struct {
	Feedback  int    `json:"feedback"` // 0: not prompted by recorded feedback
	ChangedOn string `json:"changed_on"`
	Change    string `json:"change"`
	Effect    string `json:"effect"`
	EffectOn  string `json:"effect_on"`
}

// counts tallies a package's records for the manifest.
func (d *packageData) counts() Counts {
	c := Counts{
		Kindergartens: len(d.Kindergartens), Directions: len(d.Directions), Groups: len(d.Groups),
		Children: len(d.Children), Assessments: len(d.Assessments), Events: len(d.Events),
		Visits: len(d.Visits), Practices: len(d.Practices), Risks: len(d.Risks),
		Feedback: len(d.Feedback), Corrections: len(d.Corrections),
	}
	for _, k := range d.Kindergartens {
		c.EnvRatings += len(k.Environment)
	}
	for _, e := range d.Events {
		c.Participations += len(e.Participants)
	}
	return c
}
