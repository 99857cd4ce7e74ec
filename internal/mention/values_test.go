package mention

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// Sentences written for these tests (not taken from any data set).
func TestValuesByType(t *testing.T) {
	cases := []struct {
		sent, typ, text, norm, unit string
	}{
		{"The company agreed to pay $2.5 billion to settle the case.", VMoney, "$2.5 billion", "2500000000 usd", "usd"},
		{"The museum said the paintings were worth 640 million euros.", VMoney, "640 million euros", "640000000 eur", "eur"},
		{"Officials said 45 percent of the homes lost power.", VPercent, "45 percent", "45%", "%"},
		{"The 61-year-old driver was taken to hospital.", VAge, "61-year-old", "61", ""},
		{"Marta Quell, 52, was arrested at her home.", VAge, "52", "52", ""},
		// an age in apposition without its closing comma: before "of"
		// and a place, "and" and the next name, or the sentence's end
		{"Police say Ivo Brandt, 24 of Marlow, is charged with theft.", VAge, "24", "24", ""},
		{"Hurt were Ivo Brandt, 24 and Ana Pell, 19.", VAge, "24", "24", ""},
		{"The driver was identified as Ivo Brandt, 24.", VAge, "24", "24", ""},
		// an age in apposition after a noun of a person
		{"Another porter, 31, was hurt on the pier.", VAge, "31", "31", ""},
		{"He served a 12-year sentence for fraud.", VDuration, "12-year", "12 year", "year"},
		{"The jury deliberated for almost nine hours before the verdict.", VDuration, "nine hours", "9 hour", "hour"},
		{"The village lies 40 miles east of the capital.", VDistance, "40 miles", "40 mile", "mile"},
		{"A magnitude-5.8 quake shook the coast on Monday.", VMagnitude, "magnitude-5.8", "5.8", ""},
		{"The fire has burned 300 acres of forest.", VSize, "300 acres", "300 acre", "acre"},
		{"The wave reached 80m inland.", VDistance, "80m", "80 m", "m"}, // a WordNet unit symbol
		{"The boat sank 13 nautical miles off the coast.", VDistance, "13 nautical miles", "13 nautical mile", "nautical mile"},
		// milli- and centi- spelt out: the SI symbols, as written "79mm"
		{"Forecasters said 79 millimetres of rain fell on the moor.", VDistance, "79 millimetres", "79 mm", "mm"},
		{"The river rose 40 centimetres in an hour.", VDistance, "40 centimetres", "40 cm", "cm"},
		{"Rescuers found a 20-pound dog.", VSize, "20-pound", "20 lb", "lb"},
		{"Smoke poured from the three-story building.", VCount, "three-story", "3", "story"}, // storeys are counted, not a unit of measure
		{"The truck carried 12 metric tons of grain.", VSize, "12 metric tons", "12 metric ton", "metric ton"},
		{"The plane landed at 9:25 a.m. local time.", VClock, "9:25 a.m. local time", "09:25 local time", "local time"},
		{"The alarm was raised at 0737 GMT.", VClock, "0737 GMT", "07:37 gmt", "gmt"},
		{"Police arrested 288 protesters in the square.", VCount, "288 protesters", "288", "protester"},
		{"Wardens sought three masked porters—one of them armed—after the raid.", VCount, "three masked porters", "3", "porter"},
		{"It is the second film of the four-book series.", VCount, "four-book", "4", "book"},
		{"The fire broke out on Tuesday night.", VWeekday, "on Tuesday", "tuesday", "2020-06-09"},
		// A mixed number whose space plain text lost ("4½ months").
		{"The hiker had been missing for 41/2 months before he was found.", VDuration, "41/2 months", "4.5 month", "month"},
		{"The dam holds back 121/4 miles of river.", VDistance, "121/4 miles", "12.25 mile", "mile"},
		{"She was sentenced to 63/4 years in prison.", VDuration, "63/4 years", "6.75 year", "year"},
		// A mixed number written with a hyphen or a space before its fraction.
		{"The clerk served a 4-1/2-month term for fraud.", VDuration, "4-1/2-month", "4.5 month", "month"},
		{"The hikers walked 6 1/4 miles to the lake.", VDistance, "6 1/4 miles", "6.25 mile", "mile"},
		// A mixed number written with a vulgar fraction, glued or after a space.
		{"The ferry crossing to Inverholm took 2½ hours in the gale.", VDuration, "2½ hours", "2.5 hour", "hour"},
		{"Crews cleared 3 ¾ miles of the coast road by noon.", VDistance, "3 ¾ miles", "3.75 mile", "mile"},
		{"The cook was given a 5½-year term for arson.", VDuration, "5½-year", "5.5 year", "year"},
	}
	for _, c := range cases {
		a := Analyze(c.sent, dates.Date{Year: 2020, Month: 6, Day: 12}, 0.9)
		var got *Value
		for _, v := range Values(a) {
			if v.Type == c.typ {
				got = &v
				break
			}
		}
		if got == nil {
			t.Errorf("%q: no %s value in %+v", c.sent, c.typ, Values(a))
			continue
		}
		if got.Text != c.text || got.Norm != c.norm || got.Unit != c.unit {
			t.Errorf("%q: got %s %q norm %q unit %q, want %q norm %q unit %q", c.sent, got.Type, got.Text, got.Norm, got.Unit, c.text, c.norm, c.unit)
		}
	}
}

func TestValuesNotTaken(t *testing.T) {
	for _, s := range []string{
		"The storm hit three days ago.",
		"Route 66 was closed for repairs.",
		"The bus broke down on Highway 17 near the bridge.",
	} {
		a := Analyze(s, dates.Date{Year: 2020, Month: 6, Day: 12}, 0.9)
		for _, v := range Values(a) {
			if v.Type == VDuration || v.Type == VCount {
				t.Errorf("%q: unexpected %s %q", s, v.Type, v.Text)
			}
		}
	}
}

func TestValueQualifierInterval(t *testing.T) {
	a := Analyze("At least 15 people were killed and nearly 40 were hurt.", dates.Date{}, 0)
	vs := Values(a)
	if len(vs) == 0 || vs[0].Low != 15 || vs[0].High < 1e9 {
		t.Fatalf("at least 15: %+v", vs)
	}
}

// Sentences written for these tests (not taken from any data set).
func TestValuesMore(t *testing.T) {
	undated := dates.Date{}
	cases := []struct {
		sent                   string
		ref                    dates.Date
		typ, text, norm, extra string
	}{
		{"No one was killed in the blast at the depot.", undated, VCount, "No one", "0", "kill"},
		{"Repairs are planned for November 12 across the district.", undated, VDate, "November 12", "0000-11-12", "no-year"},
		{"The plant closed in October after the flood.", undated, VMonth, "in October", "0000-10", "no-year"},
		{"The plant closed in October after the flood.", dates.Date{Year: 2020, Month: 12, Day: 1}, VMonth, "in October", "2020-10", "no-year"},
		{"The village lies 40 miles east of Dunmore on the coast road.", undated, VDistance, "40 miles", "40 mile", "dunmore"},
	}
	for _, c := range cases {
		var got *Value
		for _, v := range Values(Analyze(c.sent, c.ref, 0.9)) {
			if v.Type == c.typ {
				got = &v
				break
			}
		}
		if got == nil {
			t.Errorf("%q: no %s value", c.sent, c.typ)
			continue
		}
		extra := got.Unit
		switch c.typ {
		case VCount:
			extra = got.Event
		case VDistance:
			extra = got.Ref
		}
		if got.Text != c.text || got.Norm != c.norm || extra != c.extra {
			t.Errorf("%q: got %q %q %q, want %q %q %q", c.sent, got.Text, got.Norm, extra, c.text, c.norm, c.extra)
		}
	}
	for _, s := range []string{
		"Enrolment runs from September 14 to October 9.",
		"Two-thirds of the homes lost power.",
	} {
		for _, v := range Values(Analyze(s, undated, 0)) {
			if v.Type == VDate && v.Stretch == "" || v.Type == VCount {
				t.Errorf("%q: unexpected %s %q (stretch %q)", s, v.Type, v.Text, v.Stretch)
			}
		}
	}
	if !SameEvent("kill", "die") || SameEvent("kill", "injure") || SameEvent("", "") {
		t.Error("SameEvent: a death toll is one event, an injury another")
	}
}

// TestCountEventReading: the event a count is of, and what it counts, for
// the constructions the reader used to get wrong (sentences written for
// this test).
func TestCountEventReading(t *testing.T) {
	cases := []struct{ sent, text, unit, event string }{
		// A verb of motion is the event when no verb of harm is near.
		{"Rescuers evacuated 300 residents from the flooded district.", "300 residents", "resident", "evacuate"},
		{"About 2,000 people fled the fires.", "2,000 people", "people", "flee"},
		{"Forty-five passengers were evacuated from the train.", "Forty-five passengers", "passenger", "evacuate"},
		// The count's own verb ends the search, of whatever tier.
		{"Officials said four boats were ferrying wounded from the pier.", "four boats", "boat", "ferry"},
		// A verb of harm wins over the verb of motion framing it.
		{"The storm left six passengers injured on the ferry.", "six passengers", "passenger", "injure"},
		// A hyphenated number word is a number.
		{"Twenty-three people were injured in the crash.", "Twenty-three people", "people", "injure"},
		// A word after a determiner is no verb; have with a count for its
		// object is a possession.
		{"The firm has 4,200 employees in three countries.", "4,200 employees", "employee", "have"},
		{"Police said six men were arrested.", "six men", "man", "arrest"},
		// A noun of the event before "of" and the count.
		{"Rangers reported the rescue of nine hikers near the ridge.", "nine hikers", "hiker", "rescue"},
		// A figure after a weekday is a count.
		{"On Monday 12 people were hurt in the square.", "12 people", "people", "hurt"},
		// A root verb of motion is too general: "left" here is "remaining".
		{"Two guards were there with an hour left.", "Two guards", "guard", ""},
		// A particle is no verb: the verb before it is the event.
		{"The unit carried out 40 raids last year.", "40 raids", "raid", "carry"},
		{"No one was killed in the blast.", "No one", "people", "kill"},
	}
	for _, c := range cases {
		var got *Value
		for _, v := range Values(Analyze(c.sent, dates.Date{Year: 2020, Month: 6, Day: 12}, 0.9)) {
			if v.Type == VCount && v.Text == c.text {
				got = &v
			}
		}
		if got == nil {
			t.Errorf("%q: no count %q", c.sent, c.text)
			continue
		}
		if got.Unit != c.unit || got.Event != c.event {
			t.Errorf("%q: %q unit %q event %q, want %q %q", c.sent, c.text, got.Unit, got.Event, c.unit, c.event)
		}
	}
	// "nine days ago" is no count.
	for _, n := range Numbers(Analyze("The bridge collapsed nine days ago, killing 12 people.", dates.Date{}, 0)) {
		if n.Value == 9 {
			t.Errorf("nine days ago read as a count: %+v", n)
		}
	}
}

// TestApposedAge: an age in an appositive belongs to the noun before it;
// in a list of people each of whom has an age of their own, each age is
// its own phrase's.
func TestApposedAge(t *testing.T) {
	for _, c := range []struct {
		sent  string
		nouns []string
	}{
		{"The bus driver, a 47-year-old man, was carried to the clinic.", []string{"driver"}},
		{"Officers said a 37-year-old Vell man, a 26-year-old Vell woman and a 12-year-old Vell girl were cut.", []string{"man", "woman", "girl"}},
		{"A 52-year-old farmer, a 30-year-old man from Oster, and a nurse were hurt.", []string{"farmer", "man"}},
		// The subject's age ends its phrase at the object's determiner:
		// the age after the comma is the object's appositive.
		{"A 30-year-old suspect shot the guard, a 41-year-old man, on Friday.", []string{"suspect", "guard"}},
		// A list item's age written in capitals is its own phrase's.
		{"A 6-Year-Old boy, a 9-year-old girl and a man were hurt.", []string{"boy", "girl"}},
	} {
		var got []string
		for _, v := range Values(Analyze(c.sent, dates.Date{}, 0)) {
			if v.Type == VAge {
				got = append(got, v.Noun)
			}
		}
		if !slices.Equal(got, c.nouns) {
			t.Errorf("%q: ages of %q, want %q", c.sent, got, c.nouns)
		}
	}
}

// TestValueNoun: the noun a value modifies ends before the verb.
func TestValueNoun(t *testing.T) {
	for s, want := range map[string]string{
		"A magnitude-4.7 quake shook the valley on Monday.":  "quake",
		"The 5.2-magnitude tremor rocked Verran province.":   "tremor",
		"The board ordered an 18-month review of the plant.": "review",
		"Asked about the tax, 40 percent answered no.":       "",
		// The of-complement of a share or a length of time is what it
		// measures; a figure inside it is skipped, a plural head ends at
		// its verb.
		"Almost 63 percent of those 412 delegates back the motion.": "delegate",
		"Nine days of strikes left the port idle.":                  "strike",
		"She spent six years of her career abroad.":                 "career",
		// A genitive after "of" determines the head after it.
		"Some 61 percent of the province's eligible voters cast ballots.": "voter",
		// A share that is its clause's complement measures the subject
		// (sharesubject.go); not the noun of a prepositional phrase, nor
		// a reporting verb's subject.
		"Organisers said attendance reached 71 percent on the second day.": "attendance",
		"The club said that occupancy was almost 60%.":                     "occupancy",
		"The jobless rate had risen to 7.5 percent by May.":                "rate",
		"Support for the levy was 40 percent.":                             "",
		"Officials said 45 percent.":                                       "",
	} {
		for _, v := range Values(Analyze(s, dates.Date{}, 0)) {
			if (v.Type == VMagnitude || v.Type == VDuration || v.Type == VPercent) && v.Noun != want {
				t.Errorf("%q: noun %q, want %q", s, v.Noun, want)
			}
		}
	}
}

// TestNumberWords: a tens and a units word written apart are one number;
// "her dozen" is twelve (sentences written for this test).
func TestNumberWords(t *testing.T) {
	got := map[string]string{}
	for _, s := range []string{"The trust ran for forty two years in all.", "The farmer said her dozen hens were sold at market."} {
		for _, v := range Values(Analyze(s, dates.Date{}, 0)) {
			got[v.Text] = v.Type + " " + v.Norm
		}
	}
	if w := "duration 42 year"; got["forty two years"] != w {
		t.Errorf("forty two years: got %q, want %q", got["forty two years"], w)
	}
	n := Numbers(Analyze("The farmer said her dozen hens were sold at market.", dates.Date{}, 0))
	if len(n) != 1 || n[0].Value != 12 || n[0].What != "hens" {
		t.Errorf("her dozen hens: %+v", n)
	}
}

// TestHeight: a height in feet and inches is one distance (sentence
// written for this test).
func TestHeight(t *testing.T) {
	var got []string
	for _, v := range Values(Analyze("The 5-foot-11, 180-pound goalkeeper made 30 saves.", dates.Date{}, 0)) {
		got = append(got, v.Type+" "+v.Text+" "+v.Norm)
	}
	if len(got) == 0 || got[0] != "distance 5-foot-11 5 ft 11 in" {
		t.Errorf("got %q", got)
	}
	for _, g := range got {
		if strings.Contains(g, "11, 180") {
			t.Errorf("inches read into the weight: %q", got)
		}
	}
	// The noun after a weight written between ("180-pound goalkeeper");
	// ten feet and more is a height too (of a boat, a wall).
	for s, want := range map[string]string{
		"Our 5-foot-11, 180-pound goalkeeper was booked twice.": "5 ft 11 in goalkeeper",
		"They sailed a 14-foot-6 dinghy across the bay.":        "14 ft 6 in dinghy",
		// a possessive is the head: the skipper's height, not the boat's
		"The 6-foot-4 skipper's yacht left at dawn.": "6 ft 4 in skipper",
	} {
		vs := Values(Analyze(s, dates.Date{}, 0))
		if len(vs) == 0 || vs[0].Type != VDistance || vs[0].Norm+" "+vs[0].Noun != want {
			t.Errorf("%q: got %+v, want %s", s, vs, want)
		}
	}
}

// TestFeetAreALength: "foot" is a unit of length although its first
// WordNet sense is the body part (its abbreviation "ft" names the unit
// first); a bracketed conversion is no noun of the figure before it
// (sentences written for this test).
func TestFeetAreALength(t *testing.T) {
	for s, want := range map[string]string{
		"The glider climbed to 9,500 feet before it turned.":     "9500 ft|",
		"Crews raised a 15-foot fence along the quay.":           "15 ft|fence",
		"The hamlet sits 30 kilometres (19 miles) from the dam.": "30 km|dam",
	} {
		vs := Values(Analyze(s, dates.Date{}, 0))
		if len(vs) == 0 || vs[0].Type != VDistance || vs[0].Norm+"|"+vs[0].Noun != want {
			t.Errorf("%q: got %+v, want distance %s", s, vs, want)
		}
	}
	for _, s := range []string{"She walked home on foot.", "Two dams and three barns were damaged."} {
		for _, v := range Values(Analyze(s, dates.Date{}, 0)) {
			if v.Type == VDistance || v.Type == VSize {
				t.Errorf("%q: measure read: %+v", s, v)
			}
		}
	}
}

// TestNamedPatientUnicode: the capital that opens a name is read as a
// rune, not a byte: an accented lower-case word is no name, an accented
// capital opens one.
func TestNamedPatientUnicode(t *testing.T) {
	for _, c := range []struct {
		ws   []string
		want int
	}{
		{[]string{"the", "care", "of", "émigrés"}, -1},
		{[]string{"the", "death", "of", "Émile", "Durand"}, 2},
		{[]string{"the", "death", "of", "Anna", "Berg"}, 2},
	} {
		if got := namedPatient(c.ws, len(c.ws)-1); got != c.want {
			t.Errorf("namedPatient(%q) = %d, want %d", c.ws, got, c.want)
		}
	}
}

// Every alternative of the month patterns holds a month opening, so a
// sentence without one cannot match them (holdsMonthOpening).
func TestMonthOpeningsCoverMonthAlt(t *testing.T) {
	for _, alt := range strings.Split(monthAlt, "|") {
		if !holdsMonthOpening(alt) {
			t.Errorf("%q holds no month opening", alt)
		}
	}
	for _, m := range []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"} {
		if !strings.Contains(reMonth.String(), m) || !holdsMonthOpening(m) {
			t.Errorf("%s: not in reMonth or no opening", m)
		}
	}
	if holdsMonthOpening("The quay reopened after the storm passed.") {
		t.Error("a sentence without a month holds an opening")
	}
}

// Every written currency the money patterns read holds a money mark, and
// so does a text they match; a figure without one holds none.
func TestMoneyMarks(t *testing.T) {
	for _, c := range currencyList {
		for _, w := range append(append([]string{c.code}, c.symbols...), c.names...) {
			if !mayHoldMoney(strings.ToUpper(w)) || !mayHoldMoney(w) {
				t.Errorf("%q holds no money mark", w)
			}
		}
	}
	for _, s := range []string{"The mill was sold for US $4 million.", "a fine of 300 francs", "Fares rise 2 million pounds a year.", "INR 90 a litre", "uſd 40", "A fee of rs. 90"} {
		if reMoney1.MatchString(s) || reMoney2.MatchString(s) {
			if !mayHoldMoney(s) {
				t.Errorf("%q: the patterns match, no money mark", s)
			}
		} else {
			t.Errorf("%q: the money patterns do not match", s)
		}
	}
	if mayHoldMoney("Some 40 volunteers cleared the towpath by noon.") {
		t.Error("a figure without money holds a money mark")
	}
}

// TestDistanceRef: a distance is about the place it is measured from; a
// name is its Ref (two names are two places), a common noun only its noun
// (sentences written for this test).
func TestDistanceRef(t *testing.T) {
	for s, want := range map[string]string{
		"The raft drifted 23 miles northeast of the harbour of Tollan.": "tollan|tollan",
		"Crews searched 18 kilometres off Cape Merrow overnight.":       "cape merrow|cape merrow",
		"A drone was spotted 400 yards from the depot.":                 "depot|",
		"She now lives 2 miles from here.":                              "|",
	} {
		vs := Values(Analyze(s, dates.Date{}, 0))
		if len(vs) == 0 || vs[0].Type != VDistance || vs[0].Noun+"|"+vs[0].Ref != want {
			t.Errorf("%q: got %+v, want noun|ref %s", s, vs, want)
		}
	}
}

// TestIrregularPluralEndsCount: an irregular plural ends the counted
// phrase as a regular one does (sentences written for this test).
func TestIrregularPluralEndsCount(t *testing.T) {
	for s, want := range map[string]string{
		"The nine men face counts of theft.":     "nine men|man",
		"Roughly 2,400 people work at the mill.": "2,400 people|people",
		"Six children sleep in the one room.":    "Six children|child",
	} {
		vs := Values(Analyze(s, dates.Date{}, 0))
		if len(vs) == 0 || vs[0].Text+"|"+vs[0].Unit != want {
			t.Errorf("%q: got %+v, want %s", s, vs, want)
		}
	}
}

// TestMoreOfACount: "two others" and "a third" after a count in its
// sentence are more of the thing it counted, with their own event; a
// fraction or an ordinal of another noun is none.
func TestMoreOfACount(t *testing.T) {
	for _, c := range []struct{ sent, text, unit, event string }{
		{"The gunman shot dead two guards and wounded two others before fleeing.", "two others", "guard", "wound"},
		{"The gunman shot dead two guards and critically wounded a third.", "a third", "guard", "wound"},
		{"Troopers detained three drivers and later released a fourth driver.", "a fourth", "driver", "release"},
	} {
		var got *Value
		for _, v := range Values(Analyze(c.sent, dates.Date{Year: 2020, Month: 6, Day: 12}, 0.9)) {
			if v.Type == VCount && v.Text == c.text {
				got = &v
			}
		}
		if got == nil || got.Unit != c.unit || got.Event != c.event {
			t.Errorf("%q: %+v, want %q unit %q event %q", c.sent, got, c.text, c.unit, c.event)
		}
	}
	for _, sent := range []string{
		"The two parties won a third of the seats in the vote.",
		"The mayor served two terms and lost a third election.",
		"Two guards were hurt and a fourth man fled.",
	} {
		for _, v := range Values(Analyze(sent, dates.Date{Year: 2020, Month: 6, Day: 12}, 0.9)) {
			if v.Type == VCount && v.Num == 1 {
				t.Errorf("%q: count of one %q read", sent, v.Text)
			}
		}
	}
}

// TestStretchValues: a time that is one end of a stretch of time is read
// with the word that makes it so, and a time of a happening has none.
func TestStretchValues(t *testing.T) {
	pub := dates.Date{Year: 2020, Month: 6, Day: 12}
	for _, c := range []struct {
		sent, text, stretch string
		undated             bool
	}{
		{"Sign-up will run from May 3 to June 1.", "June 1", "to", false},
		{"The budget aims to close the gap through 2024.", "2024", "through", false},
		{"The bridge stays shut until July.", "July", "until", false},
		{"The bridge was shut on Tuesday.", "Tuesday", "", false},
		// an article with no date: the year-less day is read as written
		{"Sign-up will run from May 3 to June 1.", "June 1", "to", true},
	} {
		ref := pub
		if c.undated {
			ref = dates.Date{}
		}
		a := Analyze(c.sent, ref, 0.9)
		found := false
		for _, v := range Values(a) {
			if strings.Contains(v.Text, c.text) {
				found = true
				if v.Stretch != c.stretch {
					t.Errorf("%q: %q stretch %q, want %q", c.sent, v.Text, v.Stretch, c.stretch)
				}
			}
		}
		if !found {
			t.Errorf("%q: %q not read (%+v)", c.sent, c.text, Values(a))
		}
	}
}

// TestGluedFractionDate: a date written "11/2" with no noun after it is
// no mixed number; its values are those of the text as written. Sentences
// invented.
func TestGluedFractionDate(t *testing.T) {
	for _, sent := range []string{"The council met on 11/2 and again on 11/9.", "The ballots were mailed 11/2/2020 to all voters.",
		"On 11/2 officials counted the ballots."} {
		a := Analyze(sent, dates.Date{Year: 2020, Month: 11, Day: 12}, 0.9)
		for _, v := range Values(a) {
			if v.Num == 1.5 || v.Num == 11.5 {
				t.Errorf("%q: read a mixed number %+v", sent, v)
			}
		}
	}
}

// TestNounAges: a number in commas after a singular person noun is its
// age, with the noun; not after a group, a plural or a thing.
func TestNounAges(t *testing.T) {
	for sent, want := range map[string]string{
		"Another porter, 31, was hurt on the pier.":          "31 porter",
		"The crew, 12, set sail from the harbour on Friday.": "",
		"The cousins, 12, 14 and 15, were unhurt.":           "",
		"The ferry, 40, had been refitted twice.":            "",
	} {
		got := ""
		for _, v := range Values(Analyze(sent, dates.Date{Year: 2020, Month: 6, Day: 12}, 0.9)) {
			if v.Type == VAge {
				got = v.Norm + " " + v.Noun
			}
		}
		if got != want {
			t.Errorf("%q: age %q, want %q", sent, got, want)
		}
	}
}

// TestValueNounBeforeDay: a day after a value's noun is an adverbial of
// time, not the noun's head; a weekday before the noun still modifies it
// (sentences written for this test).
func TestValueNounBeforeDay(t *testing.T) {
	for s, want := range map[string]string{
		"The lodge posted a $2,500 bounty Wednesday for the lost terrier.": "bounty",
		"Volunteers worked a 14-hour shift yesterday at the shelter.":      "shift",
		"The ferry line paid a $900 fine today over the late sailing.":     "fine",
		"The inn served a $40 Sunday brunch to the rowers.":                "brunch",
	} {
		vs := Values(Analyze(s, dates.Date{}, 0))
		if len(vs) == 0 || vs[0].Noun != want {
			t.Errorf("%q: values %+v, want the first's noun %q", s, vs, want)
		}
	}
}

// TestNegatedComparatives: a negator turns a comparative to the other
// bound ("no more than N" allows N and under, "no fewer than N" N and up),
// and "upwards of" / "in excess of" open a minimum.
//
// A negator of a condition or of an alternative question denies no figure
// ("if not more than 20", "whether or not more than 20"), and "not over"
// before a time relation is the adjective "over" (finished), no bound
// (TestNegatedOverLater).
func TestNegatedComparatives(t *testing.T) {
	for _, tc := range []struct {
		sent, qual, bound string
		low, high         float64
	}{
		{"No more than 20 guests were allowed on the pier.", "no more than", "max", 0, 20},
		{"The crew said not more than 20 guests were on the pier.", "not more than", "max", 0, 20},
		{"No fewer than 20 guests were turned away at the pier.", "no fewer than", "min", 20, math.Inf(1)},
		{"The council said not less than 20 guests were turned away.", "not less than", "min", 20, math.Inf(1)},
		{"More than 20 guests were turned away at the pier.", "more than", "", 20, math.Inf(1)},
		{"Upwards of 20 guests were turned away at the pier.", "upwards of", "", 20, math.Inf(1)},
		{"The pier held in excess of 20 guests on the night.", "in excess of", "", 20, math.Inf(1)},
		{"The crew said there weren't over 20 guests on the pier.", "not over", "max", 0, 20},
		{"The pier was never more than 20 guests deep, the crew said.", "never more than", "max", 0, 20},
		{"Whether or not more than 20 guests were hurt is unclear.", "more than", "", 20, math.Inf(1)},
		{"The blast hurt 15 guests, if not more than 20 guests, on the pier.", "more than", "", 20, math.Inf(1)},
	} {
		vs := Values(Analyze(tc.sent, dates.Date{}, 0))
		i := slices.IndexFunc(vs, func(v Value) bool { return v.Num == 20 })
		if i < 0 {
			t.Errorf("%q: no value 20 in %+v", tc.sent, vs)
			continue
		}
		v := vs[i]
		if v.Qualifier != tc.qual || v.Bound != tc.bound || v.Low != tc.low || v.High != tc.high {
			t.Errorf("%q: got %q bound %q [%v, %v], want %q bound %q [%v, %v]", tc.sent, v.Qualifier, v.Bound, v.Low, v.High, tc.qual, tc.bound, tc.low, tc.high)
		}
	}
}

// TestNegatedOverLater: "not over" before a figure of a time relation
// ("20 minutes later") is no qualifier: the figure stays as written.
func TestNegatedOverLater(t *testing.T) {
	for _, sent := range []string{
		"The match at Dunmore was not over 20 minutes later, the referee said.",
		"The vote at Dunmore wasn't over two hours after the start, the clerk said.",
	} {
		for _, v := range Values(Analyze(sent, dates.Date{Year: 2020, Month: 6, Day: 12}, 0.9)) {
			if strings.Contains(v.Qualifier, "over") || v.Bound != "" {
				t.Errorf("%q: %q read with qualifier %q bound %q", sent, v.Text, v.Qualifier, v.Bound)
			}
		}
	}
}

// TestElapsedTimeNoClock: hours, minutes and seconds parted by colons are
// an elapsed time (a race's), not a clock time; a clock time with a zone
// or a half of the day stays one. Sentences written for this test.
func TestElapsedTimeNoClock(t *testing.T) {
	ref := dates.Date{Year: 2026, Month: 3, Day: 2}
	for _, s := range []string{
		"Orla Venn won the Dunmore half marathon in 1:04:38 on Sunday.",
		"The record of 2:09:12 stood for a decade.",
	} {
		for _, v := range Values(Analyze(s, ref, 0.9)) {
			if v.Type == VClock {
				t.Errorf("%q: read %+v as a clock time", s, v)
			}
		}
	}
	for _, s := range []string{
		"The ferry left Dunmore at 7:45 on Sunday.",
		"The ferry left Dunmore at 7:45 p.m. on Sunday.",
		"The tremor struck Dunmore at 10:32:15 a.m. on Sunday.",
		"The blaze at the Dunmore depot was out by 13:05:10 GMT.",
	} {
		found := false
		for _, v := range Values(Analyze(s, ref, 0.9)) {
			found = found || v.Type == VClock
		}
		if !found {
			t.Errorf("%q: no clock time read", s)
		}
	}
}
