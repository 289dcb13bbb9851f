package data

// RegionRecords are a region's pilot data keyed by what every installation
// shares: kindergartens by seed number (1–100), children by code,
// indicators, rounds, checklist items and directions by code. ExportRegion
// reads them and ReplaceRegion writes them; reports/regionpkg carries them
// from a methodical centre to the Institute as a package's data.json, so
// the JSON names below are that file's format (regionpkg owns its version):
// changing a field changes the format.
//
// Personal data stays home: a child is only code, sex, birth YEAR, consent
// yes/no and the date the child left the pilot — no name, birth date or
// consent date.
type RegionRecords struct {
	Indicators    []RegionIndicator    `json:"indicators"`
	Rounds        []RegionRound        `json:"rounds"`
	Directions    []RegionDirection    `json:"directions"`
	Kindergartens []RegionKindergarten `json:"kindergartens"`
	Groups        []RegionGroup        `json:"groups"`
	Children      []RegionChild        `json:"children"`
	Assessments   []RegionScore        `json:"assessments"`
	Events        []RegionEvent        `json:"events"`
	Visits        []RegionVisit        `json:"visits"`
	Practices     []RegionPractice     `json:"practices"`
	Risks         []RegionRisk         `json:"risks"`
	Feedback      []RegionFeedback     `json:"feedback"`
	Corrections   []RegionCorrection   `json:"corrections"`
	// Approvals and History are the lifecycle (region_lifecycle.go):
	// absent in packages of the first format.
	Approvals []RegionApproval `json:"approvals,omitempty"`
	History   *RegionHistory   `json:"history,omitempty"`
}

// RegionIndicator and RegionRound are the framework as the sender had it;
// the receiver maps them by code only (names are for a human reading the file).
type RegionIndicator struct {
	Code   string `json:"code"`
	Block  string `json:"block"`
	NameKK string `json:"name_kk"`
	NameRU string `json:"name_ru"`
}

// RegionRound is a monitoring round by code.
type RegionRound struct {
	Code   string `json:"code"`
	Kind   string `json:"kind"`
	Starts string `json:"starts_on"`
	Ends   string `json:"ends_on"`
	// Period is the round's pilot period, "start/end" (ISO dates); the
	// receiver adds a round it lacks to that period.
	Period string `json:"period,omitempty"`
}

// RegionDirection carries names too: a centre may have added its own direction,
// which the receiver then adds to its list.
type RegionDirection struct {
	Code   string `json:"code"`
	NameKK string `json:"name_kk"`
	NameRU string `json:"name_ru"`
	NameEN string `json:"name_en"`
}

// RegionKindergarten is a kindergarten of the region by seed number: its
// profile, chosen directions (by code) and checklist ratings.
type RegionKindergarten struct {
	Seed        int               `json:"seed"`
	Name        string            `json:"name"`
	ShortName   string            `json:"short_name"`
	Form        string            `json:"form"`
	Settlement  string            `json:"settlement"`
	District    string            `json:"district"`
	Locality    string            `json:"locality"`
	Address     string            `json:"address"`
	Director    string            `json:"director"`
	Phone       string            `json:"phone"`
	Email       string            `json:"email"`
	Notes       string            `json:"notes"`
	Directions  []string          `json:"directions"`
	Environment []RegionEnvRating `json:"environment"`
	// NameRU and SettlementRU are the official name and the settlement in
	// Russian as entered (a name derived from the order's is not stored, so
	// not sent): absent in packages before format 3, which import as none.
	NameRU       string `json:"name_ru,omitempty"`
	SettlementRU string `json:"settlement_ru,omitempty"`
}

// RegionEnvRating is one checklist rating of a kindergarten.
type RegionEnvRating struct {
	Direction string `json:"direction"`
	Item      string `json:"item"`
	Status    int    `json:"status"`
	RatedOn   string `json:"rated_on"`
	Note      string `json:"note"`
}

// RegionGroup is a group, keyed by kindergarten and group code.
type RegionGroup struct {
	Kindergarten int    `json:"kindergarten"`
	Code         string `json:"code"`
	Name         string `json:"name"`
	AgeGroup     string `json:"age_group"`
	Language     string `json:"language"`
	Role         string `json:"role"`
	Teacher      string `json:"teacher"`
	PlannedSize  int    `json:"planned_size"`
}

// RegionChild is a child by code: no name, birth date or consent date.
type RegionChild struct {
	Code         string `json:"code"`
	Kindergarten int    `json:"kindergarten"`
	Group        string `json:"group"`
	Sex          string `json:"sex"`
	BirthYear    int    `json:"birth_year"`
	Consent      bool   `json:"consent"`
	LeftOn       string `json:"left_on"`
}

// RegionScore is one score, keyed by child, round and indicator code.
type RegionScore struct {
	Child     string `json:"child"`
	Round     string `json:"round"`
	Indicator string `json:"indicator"`
	Score     int    `json:"score"`
}

// RegionEvent is an event with its attendance. Key (like RegionFeedback's)
// is a number inside the records only, so practices and corrections can
// point at it; the receiver gives new IDs.
type RegionEvent struct {
	Key          int                   `json:"key"`
	Kind         string                `json:"kind"`
	HeldOn       string                `json:"held_on"`
	Topic        string                `json:"topic"`
	Format       string                `json:"format"`
	Organiser    string                `json:"organiser"`
	Hours        float64               `json:"hours"`
	Materials    string                `json:"materials"`
	Notes        string                `json:"notes"`
	Participants []RegionParticipation `json:"participants"`
}

// RegionParticipation is an event's attendance from one kindergarten.
type RegionParticipation struct {
	Kindergarten int `json:"kindergarten"`
	Teachers     int `json:"teachers"`
	Parents      int `json:"parents"`
	Others       int `json:"others"`
}

// RegionVisit is a support visit.
type RegionVisit struct {
	Kindergarten    int    `json:"kindergarten"`
	VisitedOn       string `json:"visited_on"`
	Purpose         string `json:"purpose"`
	Direction       string `json:"direction"`
	Findings        string `json:"findings"`
	Recommendations string `json:"recommendations"`
	FollowupOn      string `json:"followup_on"`
	FollowupStatus  string `json:"followup_status"`
}

// RegionPractice is a best practice; Events are RegionEvent keys.
type RegionPractice struct {
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

// RegionRisk is a risk of the region (Kindergarten 0: region-wide).
type RegionRisk struct {
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

// RegionFeedback is feedback received (Kindergarten 0: none named).
type RegionFeedback struct {
	Key          int    `json:"key"`
	Kindergarten int    `json:"kindergarten"`
	Source       string `json:"source"`
	ReceivedOn   string `json:"received_on"`
	Text         string `json:"text"`
}

// RegionCorrection is a correction of the methods (Feedback: a
// RegionFeedback key, 0 when not prompted by recorded feedback).
type RegionCorrection struct {
	Feedback  int    `json:"feedback"` // 0: not prompted by recorded feedback
	ChangedOn string `json:"changed_on"`
	Change    string `json:"change"`
	Effect    string `json:"effect"`
	EffectOn  string `json:"effect_on"`
}
