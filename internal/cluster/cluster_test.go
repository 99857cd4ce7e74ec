package cluster

import (
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
)

func feat(lx *lexicon.Lexicon, title, body string, day int, ents ...string) Features {
	d := Doc{Title: title, Body: body, Day: day}
	if day >= 0 {
		d.Event = Span{Lo: int32(day), Hi: int32(day), Known: true}
	}
	for _, e := range ents {
		d.Entities = append(d.Entities, WeightedName{Name: e, Mentions: 2})
	}
	return Extract(lx, d)
}

// TestEventLevel: the same meeting reported days apart is one story; a
// meeting of the same two people years later (as the texts date them) is
// another, however alike the words.
func TestEventLevel(t *testing.T) {
	lx := lexicon.Default()
	meet := "Foreign ministers Anna Berg and Paolo Rossi met in Vienna to discuss the gas pipeline dispute, the border crossings and fishing rights, officials said after the talks."
	docs := []Features{
		feat(lx, "Berg and Rossi meet over pipeline dispute", meet, 19000, "anna berg", "paolo rossi"),
		feat(lx, "Ministers hold pipeline talks in Vienna", meet+" The talks lasted four hours.", 19002, "anna berg", "paolo rossi"),
		feat(lx, "Berg and Rossi meet again over pipeline", meet, 19000+int(DefaultOptions().EventVeto)+30, "anna berg", "paolo rossi"),
		feat(lx, "Storm floods coastal towns", "Heavy rain flooded coastal towns on Tuesday, forcing hundreds of residents to leave their homes, the fire service said.", 19001),
	}
	c := New(DefaultOptions())
	for _, f := range docs {
		c.Observe(f)
	}
	var s []int
	for _, f := range docs {
		s = append(s, c.Place(f))
	}
	if s[0] != s[1] {
		t.Errorf("the same meeting reported two days apart split: %v", s)
	}
	if s[2] == s[0] {
		t.Errorf("a meeting years later joined the first: %v", s)
	}
	if s[3] == s[0] || s[3] == s[2] {
		t.Errorf("an unrelated story joined: %v", s)
	}
}

// TestCandidatesAreIndexed: placement only compares stories sharing rare terms.
func TestCandidatesAreIndexed(t *testing.T) {
	lx := lexicon.Default()
	c := New(DefaultOptions())
	a := feat(lx, "Volcano erupts on island", "A volcano erupted on the island of Tarnholm, covering villages in ash.", -1)
	b := feat(lx, "Parliament passes budget", "The parliament passed the budget after a long debate about taxes and spending.", -1)
	c.Observe(a)
	c.Observe(b)
	c.Place(a)
	for _, sid := range c.candidates(c.vector(b).t) {
		t.Errorf("story %d is a candidate for an article sharing none of its terms", sid)
	}
}

func TestSpanGap(t *testing.T) {
	a := Span{Lo: 10, Hi: 20, Known: true}
	for _, c := range []struct {
		b     Span
		gap   float64
		known bool
	}{
		{Span{Lo: 15, Hi: 16, Known: true}, 0, true},
		{Span{Lo: 25, Hi: 30, Known: true}, 5, true},
		{Span{Lo: 1, Hi: 4, Known: true}, 6, true},
		{Span{}, 0, false},
	} {
		if g, k := a.Gap(c.b); g != c.gap || k != c.known {
			t.Errorf("gap %+v: %v %v, want %v %v", c.b, g, k, c.gap, c.known)
		}
	}
}

// TestFitSeparates: weights fitted on pairs where only the cosine tells
// the classes apart put a positive weight on it.
func TestFitSeparates(t *testing.T) {
	var xs [][]float64
	var ys []bool
	for i := 0; i < 200; i++ {
		x := make([]float64, NumFeatures)
		x[fBias] = 1
		y := i%3 == 0
		x[fCosine] = 0.1 + float64(i%7)*0.01
		if y {
			x[fCosine] += 0.5
		}
		xs, ys = append(xs, x), append(ys, y)
	}
	w, err := Fit(xs, ys, nil, 1)
	if err != nil {
		t.Fatal(err)
	}
	if w[fCosine] <= 0 {
		t.Errorf("cosine weight %v", w[fCosine])
	}
	m := Model{Weights: w}
	hi, lo := make([]float64, NumFeatures), make([]float64, NumFeatures)
	hi[fBias], lo[fBias], hi[fCosine], lo[fCosine] = 1, 1, 0.65, 0.12
	if m.Prob(hi) < 0.5 || m.Prob(lo) > 0.5 {
		t.Errorf("prob hi %v lo %v", m.Prob(hi), m.Prob(lo))
	}
}

// TestMerge: the second look joins two stories of one event (the same
// actors and place, the same event day, close centroids) that placement
// kept apart, and leaves apart the same kind of event on another day.
func TestMerge(t *testing.T) {
	lx := lexicon.Default()
	fire := "A fire destroyed the Harbor Street warehouse owned by Lena Ortiz in Porto Vale, firefighters said, and three workers were hurt."
	mk := func(title string, day int) Features {
		d := Doc{Title: title, Body: fire, Day: day, Event: Span{Lo: int32(day), Hi: int32(day), Known: true},
			Entities: []WeightedName{{Name: "lena ortiz", Mentions: 2}, {Name: "porto vale", Mentions: 1, Place: true}}}
		return Extract(lx, d)
	}
	docs := []Features{mk("Warehouse fire in Porto Vale", 19000), mk("Three hurt as warehouse burns", 19001), mk("Warehouse fire in Porto Vale", 19000+int(DefaultOptions().EventVeto)+10)}
	opts := DefaultOptions()
	opts.Threshold = 1.1 // placement joins nothing: every article starts a story
	opts.MergeThreshold, opts.MergeDays = 0.5, 3
	c := New(opts)
	for _, f := range docs {
		c.Observe(f)
	}
	for _, f := range docs {
		c.Place(f)
	}
	if n := c.Merge(); n != 1 {
		t.Errorf("merges = %d, want 1", n)
	}
	if c.Assign[0] != c.Assign[1] || c.Assign[2] == c.Assign[0] {
		t.Errorf("assignments after the second look: %v", c.Assign)
	}
}

// TestPairNames: the names of a story that an article lacks are seen from
// both sides. An article about another person in the same kind of event
// covers none of the story's actors and shares none (actor_miss); one
// about the story's person covers them.
func TestPairNames(t *testing.T) {
	lx := lexicon.Default()
	arrest := "Police questioned the club's goalkeeper over a crash on the ring road early on Tuesday, a traffic police officer said."
	mk := func(person string) Features {
		return Extract(lx, Doc{Title: "Goalkeeper questioned", Body: arrest, Day: -1,
			Entities: []WeightedName{{Name: person, Mentions: 4}, {Name: "traffic police", Mentions: 1}, {Name: "porto vale", Mentions: 1, Place: true}}})
	}
	story, same, other := mk("anna berg"), mk("anna berg"), mk("paolo rossi")
	c := New(DefaultOptions())
	for _, f := range []Features{story, same, other} {
		c.Observe(f)
	}
	c.Place(story)
	s := c.stories[0]
	pair := func(f Features) [NumFeatures]float64 {
		return c.pair(probe{v: c.vector(f), minDay: -1, maxDay: -1}, s)
	}
	x, y := pair(same), pair(other)
	if x[fStoryActors] < 0.99 || x[fActorMiss] != 0 {
		t.Errorf("same person: story_actors %.2f actor_miss %v", x[fStoryActors], x[fActorMiss])
	}
	if y[fStoryActors] >= x[fStoryActors] || y[fStoryActors] > 0.6 {
		t.Errorf("other person: story_actors %.2f (same person %.2f)", y[fStoryActors], x[fStoryActors])
	}
	if y[fStoryPlaces] < 0.99 {
		t.Errorf("shared place: story_places %.2f", y[fStoryPlaces])
	}
	// Only the person differs; both still share the traffic police, so no miss.
	if y[fActorMiss] != 0 {
		t.Errorf("a shared organisation is not an actor miss: %v", y[fActorMiss])
	}
	z := pair(Extract(lx, Doc{Title: "Goalkeeper questioned", Body: arrest, Day: -1, Entities: []WeightedName{{Name: "paolo rossi", Mentions: 4}}}))
	if z[fActorMiss] != 1 {
		t.Errorf("no shared actor: actor_miss %v", z[fActorMiss])
	}
}

// TestPairUndated: the features of the undated regime repeat their dated
// counterparts only when a publication day is unknown.
func TestPairUndated(t *testing.T) {
	lx := lexicon.Default()
	body := "Police questioned the club's goalkeeper over a crash on the ring road, a traffic police officer said."
	dated := feat(lx, "Goalkeeper questioned", body, 20000, "anna berg")
	undated := feat(lx, "Goalkeeper questioned", body, -1, "anna berg")
	c := New(DefaultOptions())
	for _, f := range []Features{dated, dated, undated} {
		c.Observe(f)
	}
	c.Place(dated)
	s := c.stories[0]
	pair := func(f Features) [NumFeatures]float64 {
		return c.pair(probe{v: c.vector(f), minDay: int32(f.Day), maxDay: int32(f.Day), event: f.Event}, s)
	}
	x, y := pair(dated), pair(undated)
	for _, k := range []int{fCosineU, fHeadU, fActorsU, fStoryActorsU, fStoryPlacesU, fFigureMissU} {
		if x[k] != 0 {
			t.Errorf("dated pair: %s = %.2f, want 0", FeatureNames[k], x[k])
		}
	}
	if y[fPubUnknown] != 1 || y[fCosineU] != y[fCosine] || y[fCosineU] < 0.9 || y[fActorsU] != y[fActors] || y[fStoryActorsU] != y[fStoryActors] {
		t.Errorf("undated pair: pub_unknown %v cosine %.2f/%.2f actors %.2f/%.2f story_actors %.2f/%.2f", y[fPubUnknown],
			y[fCosine], y[fCosineU], y[fActors], y[fActorsU], y[fStoryActors], y[fStoryActorsU])
	}
}

// TestRelook: after placement, a lone report joins the story its event's
// other reports formed when that story has RelookSize articles or more,
// and a lone report of another event of the same kind stays apart, as
// does a lone report beside a story too small to say what its event is.
func TestRelook(t *testing.T) {
	lx := lexicon.Default()
	mk := func(title, body, person, place string, day int) Features {
		d := Doc{Title: title, Body: body, Day: day, Event: Span{Lo: int32(day), Hi: int32(day), Known: true},
			Entities: []WeightedName{{Name: person, Mentions: 2}, {Name: place, Mentions: 1, Place: true}}}
		return Extract(lx, d)
	}
	flood := "Floodwater swept through the lower town of Marvale overnight, the mayor Ines Calloway said, and two bridges over the river collapsed."
	lone := mk("Marvale bridges gone", "Two bridges collapsed in Marvale as the river rose, mayor Ines Calloway said.", "ines calloway", "marvale", 19000)
	other := mk("Bridge collapses in Tessford", "A bridge collapsed in Tessford as the river rose, mayor Oren Vale said.", "oren vale", "tessford", 19000+200)
	run := func(reports int, relook float64) []int {
		opts := DefaultOptions()
		opts.Relook, opts.RelookSize = relook, 6
		return runRelook(opts, lone, other, reports, func() Features { return mk("Flood hits Marvale", flood, "ines calloway", "marvale", 19000) })
	}
	for _, tc := range []struct {
		name             string
		reports          int
		relook           float64
		loneJoins, apart bool
	}{
		{"a lone report joins its event's story of six", 6, 0.6, true, true},
		{"a story of five is too small", 5, 0.6, false, true},
		{"no second look", 6, 0, false, true},
	} {
		a := run(tc.reports, tc.relook)
		if got := a[0] == a[2]; got != tc.loneJoins {
			t.Errorf("%s: lone report joined = %v, want %v (%v)", tc.name, got, tc.loneJoins, a)
		}
		if a[1] == a[2] != !tc.apart {
			t.Errorf("%s: the other event's report joined the story (%v)", tc.name, a)
		}
	}
	// A lone report whose event date lies further from the story's than
	// the event-date veto allows stays apart.
	lone.Event = Span{Lo: 19000 - 1000, Hi: 19000 - 1000, Known: true}
	if a := run(6, 0.6); a[0] == a[2] {
		t.Errorf("a lone report of an event 1000 days earlier joined the story (%v)", a)
	}
}

// runRelook places a lone report, a report of another event and then
// reports of the lone report's event (the first three start stories of
// their own), runs the second look and returns the stories.
func runRelook(opts Options, lone, other Features, reports int, report func() Features) []int {
	docs := []Features{lone, other}
	for i := 0; i < reports; i++ {
		docs = append(docs, report())
	}
	c := New(opts)
	for _, f := range docs {
		c.Observe(f)
	}
	for i, f := range docs {
		o := opts
		if i < 3 {
			o.Threshold = 1.1
		}
		c.SetOptions(o)
		c.Place(f)
	}
	c.Merge()
	return c.Assign
}

// TestRelookLesserTerms: the second look finds a lone report's story
// through more of its terms than placement looks up, so a report that
// leads with words of its own still meets its event's story.
func TestRelookLesserTerms(t *testing.T) {
	lx := lexicon.Default()
	mk := func(title, body string) Features {
		d := Doc{Title: title, Body: body, Day: 19000, Event: Span{Lo: 19000, Hi: 19000, Known: true},
			Entities: []WeightedName{{Name: "ines calloway", Mentions: 2}, {Name: "marvale", Mentions: 1, Place: true}}}
		return Extract(lx, d)
	}
	flood := "Floodwater swept through the lower town of Marvale overnight, the mayor Ines Calloway said, and two bridges over the river collapsed."
	lone := mk("Quarrelsome zeppelins", "Two bridges collapsed in Marvale as the river rose and floodwater swept the lower town, mayor Ines Calloway said.")
	other := Extract(lx, Doc{Title: "Bridge collapses in Tessford", Body: "A bridge collapsed in Tessford as the river rose, mayor Oren Vale said.", Day: 19200,
		Event: Span{Lo: 19200, Hi: 19200, Known: true}, Entities: []WeightedName{{Name: "oren vale", Mentions: 2}, {Name: "tessford", Mentions: 1, Place: true}}})
	opts := DefaultOptions()
	opts.Candidates = 2 // placement looks up the two heaviest terms: the headline's own words
	a := runRelook(opts, lone, other, 6, func() Features { return mk("Flood hits Marvale", flood) })
	if a[0] != a[2] {
		t.Errorf("the lone report did not join its event's story (%v)", a)
	}
	if a[1] == a[2] {
		t.Errorf("the other event's report joined the story (%v)", a)
	}
}

// TestFragments: after placement, a small story of two reports of one
// event joins the story its event's other reports formed when each of
// the two, scored alone, finds that story best (the lone report's second
// look, article by article). A fragment that holds a report of another
// event stays apart, as does one beside a story too small to say what its
// event is, one whose texts date its event more than MergeDays from the
// story's, and every fragment when the second look is off.
func TestFragments(t *testing.T) {
	lx := lexicon.Default()
	mk := func(title, body, person, place string, day int) Features {
		d := Doc{Title: title, Body: body, Day: day, Event: Span{Lo: int32(day), Hi: int32(day), Known: true},
			Entities: []WeightedName{{Name: person, Mentions: 2}, {Name: place, Mentions: 1, Place: true}}}
		return Extract(lx, d)
	}
	flood := "Floodwater swept through the lower town of Marvale overnight, the mayor Ines Calloway said, and two bridges over the river collapsed."
	first := mk("Marvale bridges gone", "Two bridges collapsed in Marvale as the river rose, mayor Ines Calloway said.", "ines calloway", "marvale", 19000)
	second := mk("Marvale counts the cost of the flood", "Floodwater left the lower town of Marvale under mud and two bridges collapsed, mayor Ines Calloway said.", "ines calloway", "marvale", 19000)
	other := mk("Bridge collapses in Tessford", "A bridge collapsed in Tessford as the river rose, mayor Oren Vale said.", "oren vale", "tessford", 19000+200)
	later := func(f Features) Features {
		f.Event = Span{Lo: 19010, Hi: 19010, Known: true}
		return f
	}
	run := func(frag []Features, reports int, relook float64) []int {
		docs := append([]Features(nil), frag...)
		for i := 0; i < reports; i++ {
			docs = append(docs, mk("Flood hits Marvale", flood, "ines calloway", "marvale", 19000))
		}
		opts := DefaultOptions()
		opts.Relook = relook
		opts.MinDocs = 0 // the scores of a batch of eight, as the test was set
		c := New(opts)
		for _, f := range docs {
			c.Observe(f)
		}
		for i, f := range docs {
			o := opts
			switch i {
			case 0, len(frag): // the fragment's first report and the event's first start stories
				o.Threshold = 1.1
			case 1: // the fragment's second report joins the first, whatever it tells
				o.Threshold, o.EventVeto, o.PubVeto, o.ApartDays = 0, 0, 0, 0
			}
			c.SetOptions(o)
			c.Place(f)
		}
		c.SetOptions(opts)
		c.MergeWith(func(k int) Features { return docs[k] })
		return c.Assign
	}
	for _, tc := range []struct {
		name    string
		frag    []Features
		reports int
		relook  float64
		joins   bool
	}{
		{"two reports of the event join its story of six", []Features{first, second}, 6, 0.6, true},
		{"a report of another event holds the fragment apart", []Features{first, other}, 6, 0.6, false},
		{"a story of five is too small", []Features{first, second}, 5, 0.6, false},
		{"event dates ten days apart", []Features{later(first), later(second)}, 6, 0.6, false},
		{"no second look", []Features{first, second}, 6, 0, false},
	} {
		a := run(tc.frag, tc.reports, tc.relook)
		if a[0] != a[1] {
			t.Fatalf("%s: the fragment's reports were placed apart (%v)", tc.name, a)
		}
		if got := a[0] == a[2]; got != tc.joins {
			t.Errorf("%s: fragment joined = %v, want %v (%v)", tc.name, got, tc.joins, a)
		}
	}
}

// TestFragmentsPassVetoedBest: the fragment's reports find best a story
// of another event whose date lies further from theirs than the
// event-date veto allows (a like event years later, told in their own
// words); bestOther passes it over, so the fragment joins its own event's
// story, the next best. Without that veto the other event's story would
// be the target, timesAgree would refuse it, and the fragment would stay
// apart: only bestOther's veto separates the two outcomes.
func TestFragmentsPassVetoedBest(t *testing.T) {
	lx := lexicon.Default()
	mk := func(title, body string, day int) Features {
		d := Doc{Title: title, Body: body, Day: day, Event: Span{Lo: int32(day), Hi: int32(day), Known: true},
			Entities: []WeightedName{{Name: "ines calloway", Mentions: 2}, {Name: "marvale", Mentions: 1, Place: true}}}
		return Extract(lx, d)
	}
	flood := "Residents of Marvale returned to mud-filled homes as crews pumped water from cellars, a day after the river burst its banks."
	firstText := "Two bridges collapsed in Marvale as the river rose, mayor Ines Calloway said."
	const day, years = 19000, 19000 + 1000
	frag := []Features{mk("Marvale bridges gone", firstText, day), mk("Bridges gone in Marvale", firstText, day)}
	var docs []Features
	docs = append(docs, frag...)
	for i := 0; i < 6; i++ { // the later event, told in the fragment's words
		docs = append(docs, mk("Marvale bridges gone", firstText, years))
	}
	for i := 0; i < 6; i++ { // the fragment's own event
		docs = append(docs, mk("Marvale residents return after flood", flood, day))
	}
	opts := DefaultOptions()
	c := New(opts)
	for _, f := range docs {
		c.Observe(f)
	}
	for i, f := range docs {
		o := opts
		switch i {
		case 0, 2, 8: // the fragment and each event's first report start stories
			o.Threshold = 1.1
		case 1:
			o.Threshold, o.EventVeto, o.PubVeto, o.ApartDays = 0, 0, 0, 0
		}
		c.SetOptions(o)
		c.Place(f)
	}
	c.SetOptions(opts)
	a := c.Assign
	if a[0] != a[1] || a[2] != a[7] || a[8] != a[13] || a[2] == a[8] || a[0] == a[2] || a[0] == a[8] {
		t.Fatalf("placement: stories %v, want the fragment, the later event and its own event apart", a)
	}
	// The setting holds: without the veto, the later event's story is the
	// fragment's reports' best.
	s := c.stories[a[0]]
	for _, m := range s.Members {
		p := s.asProbe()
		p.v = c.vector(docs[m])
		o := opts
		o.EventVeto, o.PubVeto, o.ApartDays = 0, 0, 0
		c.SetOptions(o)
		b := c.bestOther(s, p, 1, false)
		c.SetOptions(opts)
		if b == nil || b.ID != a[2] {
			t.Fatalf("without the veto, report %d does not find the later event's story %d best", m, a[2])
		}
	}
	c.MergeWith(func(k int) Features { return docs[k] })
	if a = c.Assign; a[0] != a[8] || a[0] == a[2] {
		t.Errorf("the fragment did not join its own event's story past the vetoed one (%v)", a)
	}
}

// TestPairSmall: two lone reports of one event that are each other's
// best candidate, filed from the same dateline place, join on the second
// look; without the shared dateline, or with the second look off, they
// stay apart; a report of another fire in the town scores under the
// least score and stays apart; a report whose best candidate prefers
// another report is left to placement (the pass joins mutual bests only);
// two reports whose texts date their events more than MergeDays apart stay
// apart, as does an undated report naming a weekday its dated partner's
// event day rules out.
func TestPairSmall(t *testing.T) {
	lx := lexicon.Default()
	mk := func(title, body string, dateline bool) Features {
		d := Doc{Title: title, Body: body, Day: -1, Entities: []WeightedName{{Name: "harlow keene", Mentions: 2},
			{Name: "brenford", Mentions: 2, Place: true, Dateline: dateline}}}
		return Extract(lx, d)
	}
	fire := "Fire gutted the old grain mill in Brenford overnight and firefighter Harlow Keene said 14 crews fought the blaze for six hours."
	mill := func(dl bool) Features { return mk("Old mill burns in Brenford", fire, dl) }
	mill2 := func(dl bool) Features { return mk("Brenford grain mill gutted", fire+" The mill was empty.", dl) }
	on := func(f Features, day int32) Features {
		f.Event = Span{Lo: day, Hi: day, Known: true}
		return f
	}
	const sunday = 18994 // day 0 was a Thursday
	dated := func(f Features) Features {
		f.Day = sunday
		return on(f, sunday)
	}
	weekday := func(f Features, w int8) Features {
		f.Weekday = w
		return f
	}
	barn := mk("Hay barn lost", "Lightning struck a dairy farm's hay barn outside Brenford on Sunday, Harlow Keene said; cattle were moved.", true)
	for _, tc := range []struct {
		name   string
		docs   []Features
		relook float64
		want   []int
	}{
		{"same dateline place", []Features{mill(true), mill2(true), barn}, 0.6, []int{0, 0, 2}},
		{"no dateline place", []Features{mill(false), mill2(false), barn}, 0.6, []int{0, 1, 2}},
		{"second look off", []Features{mill(true), mill2(true), barn}, 0, []int{0, 1, 2}},
		{"mutual bests only", []Features{mill(true), mill2(true), mill2(true)}, 0.6, []int{0, 1, 1}},
		{"same event day", []Features{on(mill(true), 19000), on(mill2(true), 19001), barn}, 0.6, []int{0, 0, 2}},
		{"event days apart", []Features{on(mill(true), 19000), on(mill2(true), 19010), barn}, 0.6, []int{0, 1, 2}},
		{"weekday ruled out", []Features{dated(mill(true)), weekday(mill2(true), 3), barn}, 0.6, []int{0, 1, 2}},
		{"weekday agrees", []Features{dated(mill(true)), weekday(mill2(true), 1), barn}, 0.6, []int{0, 0, 2}},
	} {
		opts := DefaultOptions()
		opts.Relook = tc.relook
		opts.MinDocs = 0 // the scores of a batch of three, as the test was set
		c := New(opts)
		for _, f := range tc.docs {
			c.Observe(f)
		}
		o := opts
		o.Threshold = 1.1 // every report starts a story of its own
		c.SetOptions(o)
		for _, f := range tc.docs {
			c.Place(f)
		}
		c.SetOptions(opts)
		c.Merge()
		if !reflect.DeepEqual(c.Assign, tc.want) {
			t.Errorf("%s: stories %v, want %v", tc.name, c.Assign, tc.want)
		}
	}
}

// TestWeekdayVeto: an undated report that names another weekday than the
// day its dated candidate story's articles give for their event starts a
// story of its own, however alike the words; one naming that day, or the
// day after, joins.
func TestWeekdayVeto(t *testing.T) {
	lx := lexicon.Default()
	heist := "Armed robbers smashed a car into a jewellery shop on the boulevard and escaped with watches and rings worth two million euros, the prosecutor said."
	sunday := 18994 // day 0 was a Thursday: (18994+4)%7 == 0
	undated := func(w int8) Features {
		f := feat(lx, "Robbers raid jewellery shop", heist, -1, "boulevard jewellers")
		f.Weekday = w
		return f
	}
	for _, c := range []struct {
		name    string
		weekday int8
		join    bool
	}{
		{"Tuesday", 3, false},
		{"Sunday", 1, true},
		{"Monday", 2, true},
		{"no weekday", 0, true},
	} {
		dated := feat(lx, "Jewellery shop raided on Sunday", heist, sunday, "boulevard jewellers")
		f := undated(c.weekday)
		cl := New(DefaultOptions())
		cl.Observe(dated)
		cl.Observe(f)
		s0, s1 := cl.Place(dated), cl.Place(f)
		if (s0 == s1) != c.join {
			t.Errorf("%s: joined %v, want %v", c.name, s0 == s1, c.join)
		}
	}
	// An undated article's own event date (a coming or a recalled day
	// as often as the event's) does not date its story: a Tuesday joins.
	first := feat(lx, "Jewellery shop raided on Sunday", heist, -1, "boulevard jewellers")
	first.Event = Span{Lo: int32(sunday), Hi: int32(sunday), Known: true}
	f := undated(3)
	cl := New(DefaultOptions())
	cl.Observe(first)
	cl.Observe(f)
	if s0, s1 := cl.Place(first), cl.Place(f); s0 != s1 {
		t.Errorf("an undated story's event date vetoed a weekday")
	}
}

func TestWeekdayVetoedSpans(t *testing.T) {
	c := New(DefaultOptions())
	mon := int32(19002) // a Monday: (19002+4)%7 == 1
	day := func(d int32) Span { return Span{Lo: d, Hi: d, Known: true} }
	for _, x := range []struct {
		name string
		w    int8
		days []Span
		veto bool
	}{
		{"Thursday against a Monday", 5, []Span{day(mon)}, true},
		{"Sunday: the day before", 1, []Span{day(mon)}, false},
		{"Tuesday: the day after", 3, []Span{day(mon)}, false},
		{"Saturday against Monday to Wednesday", 7, []Span{{Lo: mon, Hi: mon + 2, Known: true}}, true},
		{"a span of four days allows every day", 5, []Span{{Lo: mon, Hi: mon + 3, Known: true}}, false},
		// Dated reports on Monday and on the Thursday after (an arrest):
		// a Saturday is neither day nor a day either side, a Friday is.
		{"Saturday against Monday and Thursday", 7, []Span{day(mon), day(mon + 3)}, true},
		{"Friday against Monday and Thursday", 6, []Span{day(mon), day(mon + 3)}, false},
		{"Saturday against Monday and a span of a month", 7, []Span{day(mon), {Lo: mon, Hi: mon + 30, Known: true}}, false},
		{"no dated event", 5, nil, false},
		{"no weekday", 0, []Span{day(mon)}, false},
	} {
		var days uint8
		for _, sp := range x.days {
			days |= c.eventWeekdays(sp)
		}
		if got := c.weekdayVetoed(x.w, days); got != x.veto {
			t.Errorf("%s: %v, want %v", x.name, got, x.veto)
		}
	}
}

// TestWeekdayVetoRestored: a restored story keeps the event span of its
// dated articles (StoryState.Dated), so the weekday test holds against a
// stored story as against one placed in the same run.
func TestWeekdayVetoRestored(t *testing.T) {
	lx := lexicon.Default()
	heist := "Armed robbers smashed a car into a jewellery shop on the boulevard and escaped with watches and rings worth two million euros, the prosecutor said."
	sunday := 18994 // (18994+4)%7 == 0
	dated := feat(lx, "Jewellery shop raided on Sunday", heist, sunday, "boulevard jewellers")
	first := New(DefaultOptions())
	first.Observe(dated)
	st := first.State(first.stories[first.Place(dated)])
	for _, c := range []struct {
		name    string
		weekday int8
		join    bool
	}{
		{"Tuesday", 3, false},
		{"Sunday", 1, true},
	} {
		// A state saved before DatedDays was kept takes them from Dated.
		old := st
		old.DatedDays = 0
		for _, st := range []StoryState{st, old} {
			f := feat(lx, "Robbers raid jewellery shop", heist, -1, "boulevard jewellers")
			f.Weekday = c.weekday
			cl := New(DefaultOptions())
			cl.Observe(dated)
			cl.Observe(f)
			s := cl.Restore(st, 0)
			if got := cl.Place(f) == s.ID; got != c.join {
				t.Errorf("%s against a restored story (days %b): joined %v, want %v", c.name, st.DatedDays, got, c.join)
			}
		}
	}
}

// TestMonthDayVeto: an undated report that names, without its year,
// another day than the days its dated candidate story's articles give for
// their event starts a story of its own, however alike the words; one
// naming that day, or the day after, joins.
func TestMonthDayVeto(t *testing.T) {
	lx := lexicon.Default()
	flood := "The river burst its banks overnight and flooded two hundred homes in the lower town, the county emergency office said."
	day := 19000 // 2022-01-08
	for _, c := range []struct {
		name     string
		monthDay int16
		join     bool
	}{
		{"another month", 608, false},
		{"the same day", 108, true},
		{"the day after", 109, true},
		{"two days after", 110, false},
		{"no day", 0, true},
	} {
		dated := feat(lx, "River floods lower town", flood, day, "lower town")
		dated.Event = Span{Lo: int32(day), Hi: int32(day), Known: true}
		f := feat(lx, "Flood in lower town", flood, -1, "lower town")
		f.MonthDay = c.monthDay
		cl := New(DefaultOptions())
		cl.Observe(dated)
		cl.Observe(f)
		s0, s1 := cl.Place(dated), cl.Place(f)
		if (s0 == s1) != c.join {
			t.Errorf("%s: joined %v, want %v", c.name, s0 == s1, c.join)
		}
	}
}

func TestMonthDayVetoedSpans(t *testing.T) {
	c := New(DefaultOptions())
	jan31 := int32(19023) // 2022-01-31
	for _, x := range []struct {
		md   int16
		s    Span
		veto bool
	}{
		{131, Span{Lo: jan31, Hi: jan31, Known: true}, false},
		{201, Span{Lo: jan31, Hi: jan31, Known: true}, false},        // the day after, across a month's end
		{130, Span{Lo: jan31, Hi: jan31, Known: true}, false},        // the day before
		{203, Span{Lo: jan31, Hi: jan31, Known: true}, true},         // two days after
		{203, Span{Lo: jan31, Hi: jan31 + 2, Known: true}, false},    // within a longer span
		{1231, Span{Lo: jan31, Hi: jan31 + 400, Known: true}, false}, // a span of over a year says nothing
		{131, Span{}, false}, // no dated event
	} {
		if got := c.monthDayVetoed(x.md, x.s); got != x.veto {
			t.Errorf("day %d against %+v: %v, want %v", x.md, x.s, got, x.veto)
		}
	}
}

// TestJoinKeepsDatedDays: joining two stories keeps the weekdays and the
// event span of both stories' dated articles, so the weekday test holds
// against the joined story as against its parts.
func TestJoinKeepsDatedDays(t *testing.T) {
	lx := lexicon.Default()
	mon := 19002 // a Monday: (19002+4)%7 == 1
	a := feat(lx, "Lorry overturns on ring road", "A lorry carrying gravel overturned on the ring road and blocked two lanes for hours, the highway agency said.", mon)
	b := feat(lx, "Ferry runs aground in fog", "A passenger ferry ran aground in thick fog near the harbour mouth and was towed free at high tide, the coastguard said.", mon+3)
	c := New(DefaultOptions())
	c.Observe(a)
	c.Observe(b)
	sa, sb := c.stories[c.Place(a)], c.stories[c.Place(b)]
	if sa == sb {
		t.Fatal("two unrelated reports share a story")
	}
	c.join(sa, sb)
	if want := c.eventWeekdays(Span{Lo: int32(mon), Hi: int32(mon), Known: true}) | c.eventWeekdays(Span{Lo: int32(mon + 3), Hi: int32(mon + 3), Known: true}); sa.datedDays != want {
		t.Errorf("joined story's dated weekdays %b, want %b", sa.datedDays, want)
	}
	if sa.dated != (Span{Lo: int32(mon), Hi: int32(mon + 3), Known: true}) {
		t.Errorf("joined story's dated span %+v", sa.dated)
	}
	// Friday is the day after Thursday: it passes; Saturday does not.
	if c.weekdayVetoed(6, sa.datedDays) || !c.weekdayVetoed(7, sa.datedDays) {
		t.Errorf("weekday test against the joined story: Friday %v, Saturday %v", c.weekdayVetoed(6, sa.datedDays), c.weekdayVetoed(7, sa.datedDays))
	}
}

// TestDatedDaysJoinedAndRestored: a story joined from reports dated to a
// Monday and to the Thursday after holds the weekdays of both (not the
// span between them, which would allow every day), and keeps them when
// saved and restored: an undated report of the Saturday is of another
// event, one of the Friday is not.
func TestDatedDaysJoinedAndRestored(t *testing.T) {
	lx := lexicon.Default()
	quake := "A shallow tremor shook the hill villages and cracked the old stone bridge, the regional civil defence office said."
	mon := 19002 // a Monday: (19002+4)%7 == 1
	monday := feat(lx, "Tremor cracks old bridge", quake, mon, "hill villages")
	thursday := feat(lx, "Tremor cracks old bridge", quake, mon+3, "hill villages")
	opts := DefaultOptions()
	first := New(opts)
	first.Observe(monday)
	first.Observe(thursday)
	o := opts
	o.Threshold = 1.1 // each report starts a story of its own
	first.SetOptions(o)
	a, b := first.stories[first.Place(monday)], first.stories[first.Place(thursday)]
	first.join(a, b)
	for _, x := range []struct {
		name string
		w    int8
		veto bool
	}{
		{"Friday, the day after the Thursday", 6, false},
		{"Tuesday, the day after the Monday", 3, false},
		{"Saturday", 7, true},
	} {
		if got := first.weekdayVetoed(x.w, a.datedDays); got != x.veto {
			t.Errorf("%s against the joined story: vetoed %v, want %v", x.name, got, x.veto)
		}
	}
	st := first.State(a)
	for _, x := range []struct {
		name    string
		weekday int8
		join    bool
	}{
		{"Friday", 6, true},
		{"Saturday", 7, false},
	} {
		f := feat(lx, "Tremor cracks old bridge", quake, -1, "hill villages")
		f.Weekday = x.weekday
		cl := New(opts)
		cl.Observe(monday)
		cl.Observe(f)
		s := cl.Restore(st, 0)
		if got := cl.Place(f) == s.ID; got != x.join {
			t.Errorf("%s against the restored story: joined %v, want %v", x.name, got, x.join)
		}
	}
}

// TestWeekdaysJoinedAndRestored: the weekdays undated reports name for
// their event stay with their story when two stories join and when its
// state is saved and restored (sentences written for this test).
func TestWeekdaysJoinedAndRestored(t *testing.T) {
	lx := lexicon.Default()
	body := "A barge ran aground below the lock and spilled grain into the canal, the waterways office said."
	tue := feat(lx, "Barge runs aground", body, -1, "lower canal")
	tue.Weekday = 3
	thu := feat(lx, "Barge runs aground", body, -1, "lower canal")
	thu.Weekday = 5
	opts := DefaultOptions()
	c := New(opts)
	c.Observe(tue)
	c.Observe(thu)
	o := opts
	o.Threshold = 1.1 // each report starts a story of its own
	c.SetOptions(o)
	a, b := c.stories[c.Place(tue)], c.stories[c.Place(thu)]
	c.join(a, b)
	const want = uint8(1<<3 | 1<<5)
	if a.weekdays != want {
		t.Errorf("joined story's weekdays %08b, want %08b", a.weekdays, want)
	}
	st := c.State(a)
	if st.Weekdays != want {
		t.Errorf("saved state's weekdays %08b, want %08b", st.Weekdays, want)
	}
	if r := New(opts).Restore(st, 0); r.weekdays != want {
		t.Errorf("restored story's weekdays %08b, want %08b", r.weekdays, want)
	}
}

// TestRelookWholeArticle: the second look scores a lone report by its own
// vector when it is given the report's features (MergeWith). A report
// that names many people of its own keeps in its story's centroid only
// its heaviest terms, those people first, and there loses the mayor and
// the town it shares with its event's story: scored by its centroid it
// stays under the least score, scored by its whole text it reaches it and
// joins. A report of another event stays apart.
func TestRelookWholeArticle(t *testing.T) {
	lx := lexicon.Default()
	mk := func(title, body string, ents []WeightedName) Features {
		return Extract(lx, Doc{Title: title, Body: body, Day: 19000, Event: Span{Lo: 19000, Hi: 19000, Known: true}, Entities: ents})
	}
	shared := []WeightedName{{Name: "ines calloway", Mentions: 2}, {Name: "marvale", Mentions: 1, Place: true, Dateline: true}}
	flood := "Floodwater swept through the lower town of Marvale overnight, the mayor Ines Calloway said, and two bridges over the river collapsed."
	var crowd []WeightedName // the people a long list of volunteers names
	for i := 0; i < 130; i++ {
		crowd = append(crowd, WeightedName{Name: fmt.Sprintf("volunteer %c%c keeper", 'a'+i%26, 'a'+i/26), Mentions: 1})
	}
	lone := mk("Floodwater sweeps Marvale, bridges collapse", "Floodwater swept Marvale and two bridges collapsed. Floodwater swept Marvale. The bridges collapsed as floodwater swept the lower town. Volunteers from every club of the valley league filled sandbags in Marvale after the river rose and two bridges collapsed, mayor Ines Calloway said.", append(crowd, shared...))
	// A choir's tour names the same people elsewhere, so they are not rare.
	choir := mk("Choir tour opens", "The valley choir opened its spring tour in Tessford with every member on stage.", append(crowd, WeightedName{Name: "tessford", Mentions: 1, Place: true, Dateline: true}))
	choir.Day, choir.Event = 19200, Span{Lo: 19200, Hi: 19200, Known: true}
	docs := []Features{lone, choir}
	for i := 0; i < 6; i++ {
		docs = append(docs, mk("Flood hits Marvale", flood, shared))
	}
	run := func(whole bool) []int {
		opts := DefaultOptions()
		opts.Relook = 0.95 // the centroid's score is still fair here: its shared words are kept
		opts.MinDocs = 0   // the scores of a batch of eight, as the test was set
		c := New(opts)
		for _, f := range docs {
			c.Observe(f)
		}
		for i, f := range docs {
			o := opts
			if i < 3 { // the lone report, the choir and the flood's first report start stories
				o.Threshold = 1.1
			}
			c.SetOptions(o)
			c.Place(f)
		}
		if whole {
			c.MergeWith(func(k int) Features { return docs[k] })
		} else {
			c.Merge()
		}
		return c.Assign
	}
	if a := run(true); a[0] != a[2] || a[1] == a[2] {
		t.Errorf("scored by its whole text: lone report joined %v, choir apart %v (%v)", a[0] == a[2], a[1] != a[2], a)
	}
	if a := run(false); a[0] == a[2] {
		t.Errorf("scored by its centroid the lone report joined its event's story (%v): the test no longer shows the difference", a)
	}
}

// TestFragmentPulledTwoWays: a fragment whose two reports each find
// another big story best (two events of one kind on one day) stays
// apart: every report must find the same story best.
func TestFragmentPulledTwoWays(t *testing.T) {
	lx := lexicon.Default()
	mk := func(title, body, person, place string) Features {
		d := Doc{Title: title, Body: body, Day: 19000, Event: Span{Lo: 19000, Hi: 19000, Known: true},
			Entities: []WeightedName{{Name: person, Mentions: 2}, {Name: place, Mentions: 1, Place: true}}}
		return Extract(lx, d)
	}
	docs := []Features{
		mk("Marvale bridges gone", "Two bridges collapsed in Marvale as the river rose, mayor Ines Calloway said.", "ines calloway", "marvale"),
		mk("Bridge collapses in Tessford", "A bridge collapsed in Tessford as the river rose, mayor Oren Vale said.", "oren vale", "tessford"),
	}
	for range 6 {
		docs = append(docs, mk("Flood hits Marvale", "Floodwater swept through the lower town of Marvale overnight, the mayor Ines Calloway said, and two bridges over the river collapsed.", "ines calloway", "marvale"))
	}
	for range 6 {
		docs = append(docs, mk("Tessford loses its bridge", "Floodwater swept through the old quarter of Tessford overnight, the mayor Oren Vale said, and the bridge over the river collapsed.", "oren vale", "tessford"))
	}
	opts := DefaultOptions()
	opts.Relook = 0.6
	c := New(opts)
	for _, f := range docs {
		c.Observe(f)
	}
	for i, f := range docs {
		o := opts
		switch i {
		case 0, 2, 8: // the fragment's first report and each event's first start stories
			o.Threshold = 1.1
		case 1: // the fragment's second report joins the first
			o.Threshold, o.EventVeto, o.PubVeto, o.ApartDays = 0, 0, 0, 0
		}
		c.SetOptions(o)
		c.Place(f)
	}
	c.SetOptions(opts)
	before := append([]int(nil), c.Assign...)
	c.MergeWith(func(k int) Features { return docs[k] })
	a := c.Assign
	t.Logf("before %v after %v", before, a)
	if a[0] != a[1] || a[0] == a[2] || a[0] == a[8] {
		t.Errorf("the fragment pulled toward two stories joined one (%v)", a)
	}
}

// TestPubVeto: reports alike in words and names, published months apart,
// each giving figures of its own and none of the other's, with no event
// date and nothing named to tie them, are two events (two meetings of one
// cast); published days apart they are one; months apart they are one
// when the later retells a figure of the first (a follow-up), when either
// gives no figure (its text says nothing either way) or when the later
// names the first's publication day ("the Jan. 8 talks"); a month named is
// not tie enough to a report that does not date its event. The batch is
// small, as a user's batch about one event.
func TestPubVeto(t *testing.T) {
	lx := lexicon.Default()
	meet := "Foreign ministers Anna Berg and Paolo Rossi met in Vienna to discuss the gas pipeline dispute, the border crossings and fishing rights, officials said after the talks."
	doc := func(title string, day int, figures []string, named ...Span) Features {
		d := Doc{Title: title, Body: meet, Day: day, Named: named, Extra: map[string]float64{}}
		for _, e := range []string{"anna berg", "paolo rossi"} {
			d.Entities = append(d.Entities, WeightedName{Name: e, Mentions: 2})
		}
		for _, n := range figures {
			d.Extra["n:"+n] = 3
		}
		return Extract(lx, d)
	}
	const day = 19000
	dayOf := Span{Lo: day, Hi: day, Known: true}
	monthOf := Span{Lo: day - 10, Hi: day + 20, Known: true}
	first := func() Features { return doc("Berg and Rossi meet over pipeline", day, []string{"40", "1200"}) }
	own, retold := []string{"12", "300"}, []string{"12", "1200"}
	for _, c := range []struct {
		name   string
		second Features
		one    bool
	}{
		{"days apart", doc("Ministers hold pipeline talks", day+3, own), true},
		{"months apart", doc("Ministers hold pipeline talks", day+90, own), false},
		{"months apart, a figure of the first retold", doc("Ministers hold pipeline talks", day+90, retold), true},
		{"months apart, no figure", doc("Ministers hold pipeline talks", day+90, nil), true},
		{"months apart, the first's day named", doc("Ministers hold pipeline talks", day+90, own, dayOf), true},
		{"months apart, the first's month named", doc("Ministers hold pipeline talks", day+90, own, monthOf), false},
		{"undated", doc("Ministers hold pipeline talks", -1, own), true},
	} {
		docs := []Features{first(), c.second}
		cl := New(DefaultOptions())
		for _, f := range docs {
			cl.Observe(f)
		}
		for _, f := range docs {
			cl.Place(f)
		}
		cl.MergeWith(func(i int) Features { return docs[i] })
		if one := cl.Assign[0] == cl.Assign[1]; one != c.one {
			t.Errorf("%s: one story %v, want %v (%v)", c.name, one, c.one, cl.Assign)
		}
	}
}

// TestRecalls: what ties a report months later to an event.
func TestRecalls(t *testing.T) {
	const day = 19000
	d := func(x int32) Span { return Span{Lo: x, Hi: x, Known: true} }
	month := Span{Lo: day - 10, Hi: day + 20, Known: true}
	for _, c := range []struct {
		name         string
		named, other []Span
		event        Span
		want         bool
	}{
		{"nothing named", nil, nil, d(day), false},
		{"the event's day", []Span{d(day)}, nil, d(day), true},
		{"another day", []Span{d(day + 5)}, nil, d(day), false},
		{"the event's month", []Span{month}, nil, d(day), true},
		{"a day both name", []Span{d(day - 40)}, []Span{d(day - 40)}, d(day), true},
		{"a month both name", []Span{month}, []Span{month}, Span{}, false},
		{"undated event: its publication day", []Span{d(day)}, nil, Span{}, true},
		{"undated event: the day before", []Span{d(day - 1)}, nil, Span{}, true},
		{"undated event: two days before", []Span{d(day - 2)}, nil, Span{}, false},
		{"undated event: its month", []Span{month}, nil, Span{}, false},
	} {
		if got := recalls(c.named, c.other, c.event, day, day); got != c.want {
			t.Errorf("%s: recalls %v, want %v", c.name, got, c.want)
		}
	}
}

// TestAddNamedOrder: what a story keeps of the days and months its
// articles name does not depend on the order in which they joined it, nor
// on which of two joined stories took the other, when they name more than
// maxNamed (the earliest are kept).
func TestAddNamedOrder(t *testing.T) {
	const day = 19000
	var art [][]Span // three articles naming days and months, some the same
	for k := range 3 {
		var ns []Span
		for i := range maxNamed / 2 {
			x := int32(day + 3*i - 7*k)
			ns = append(ns, Span{Lo: x, Hi: x, Known: true})
		}
		ns = append(ns, Span{Lo: day - 30, Hi: day, Known: true})
		art = append(art, ns)
	}
	want := addNamed(addNamed(addNamed(nil, art[0]), art[1]), art[2])
	if len(want) != maxNamed || !slices.IsSortedFunc(want, cmpSpan) {
		t.Fatalf("kept %d, sorted %v", len(want), slices.IsSortedFunc(want, cmpSpan))
	}
	for _, order := range [][]int{{2, 1, 0}, {1, 2, 0}, {0, 2, 1}} {
		var got []Span
		for _, i := range order {
			got = addNamed(got, art[i])
		}
		if !slices.Equal(got, want) {
			t.Errorf("order %v: kept %v, want %v", order, got, want)
		}
	}
	// two stories joined, one way or the other (Clusterer.join)
	ab, c := addNamed(addNamed(nil, art[0]), art[1]), addNamed(nil, art[2])
	if got := addNamed(slices.Clone(c), ab); !slices.Equal(got, want) {
		t.Errorf("joined the other way: kept %v, want %v", got, want)
	}
	rev := slices.Clone(want)
	slices.Reverse(rev)
	if got := addNamed(nil, rev); !slices.Equal(got, want) {
		t.Errorf("a saved state's days restored: kept %v, want %v", got, want)
	}
}

// TestEventsApart: a dated report of a shooting in a town, which
// happened a week after a story's reports of a shooting there were
// published, is of another event, however alike its words, its town and
// its police; it joins the story when its text ties it to the story's
// event (it names that day, or a person the story names), when its event
// comes before the story's last report, when it has no publication day,
// or when the two event dates lie within ApartDays.
func TestEventsApart(t *testing.T) {
	lx := lexicon.Default()
	body := "A man was shot and wounded outside a bar on Quarry Avenue in Marvale, Marvale police said, and officers were looking for the gunman."
	const day = 19000
	at := func(d int32) Span { return Span{Lo: d, Hi: d, Known: true} }
	doc := func(pub int, event Span, person string, named ...Span) Features {
		d := Doc{Title: "Man shot outside Marvale bar", Body: body, Day: pub, Event: event, Named: named,
			Entities: []WeightedName{{Name: "marvale police", Mentions: 2}, {Name: "marvale", Mentions: 2, Place: true, Dateline: true}}}
		if person != "" {
			d.Entities = append(d.Entities, WeightedName{Name: person, Mentions: 2, Person: true})
		}
		return Extract(lx, d)
	}
	story := []Features{doc(day+1, at(day), "dale roe", at(day)), doc(day+1, at(day), "dale roe", at(day))}
	lateStory := []Features{doc(day+1, at(day), "dale roe", at(day)), doc(day+8, at(day), "dale roe", at(day))}
	for _, c := range []struct {
		name      string
		story     []Features
		later     Features
		apartDays float64
		one       bool
	}{
		{"a week later", story, doc(day+8, at(day+7), "", at(day+7)), apartDays, false},
		{"a week later, no such test", story, doc(day+8, at(day+7), "", at(day+7)), 0, true},
		{"a week later, the story's day named", story, doc(day+8, at(day+7), "", at(day+7), at(day)), apartDays, true},
		{"a week later, the story's person named", story, doc(day+8, at(day+7), "dale roe", at(day+7)), apartDays, true},
		{"a week later, another person named", story, doc(day+8, at(day+7), "ada doe", at(day+7)), apartDays, false},
		{"before the story's last report", lateStory, doc(day+9, at(day+7), "", at(day+7)), apartDays, true},
		{"no publication day", story, doc(-1, at(day+7), ""), apartDays, true},
		{"two days later", story, doc(day+3, at(day+2), "", at(day+2)), apartDays, true},
	} {
		docs := append(append([]Features(nil), c.story...), c.later)
		opts := DefaultOptions()
		opts.ApartDays = c.apartDays
		cl := New(opts)
		for _, f := range docs {
			cl.Observe(f)
		}
		for _, f := range docs {
			cl.Place(f)
		}
		cl.MergeWith(func(i int) Features { return docs[i] })
		if cl.Assign[0] != cl.Assign[1] {
			t.Fatalf("%s: the story's two reports were placed apart (%v)", c.name, cl.Assign)
		}
		if one := cl.Assign[0] == cl.Assign[2]; one != c.one {
			t.Errorf("%s: one story %v, want %v (%v)", c.name, one, c.one, cl.Assign)
		}
	}
}

// TestStoryProbePersons: a story compared as a whole in the second look
// (asProbe, as pairSmall's bestSmall does) carries the people its
// articles name, joined stories the people of both, so that a later
// report naming the earlier story's victim is tied to it (eventsApart)
// as a lone article naming that person is.
func TestStoryProbePersons(t *testing.T) {
	lx := lexicon.Default()
	body := "A man was shot and wounded outside a bar on Quarry Avenue in Marvale, Marvale police said, and officers were looking for the gunman."
	const day = 19000
	at := func(d int32) Span { return Span{Lo: d, Hi: d, Known: true} }
	doc := func(pub int, event Span, person string) Features {
		d := Doc{Title: "Man shot outside Marvale bar", Body: body, Day: pub, Event: event, Named: []Span{event},
			Entities: []WeightedName{{Name: "marvale police", Mentions: 2}, {Name: "marvale", Mentions: 2, Place: true, Dateline: true}}}
		if person != "" {
			d.Entities = append(d.Entities, WeightedName{Name: person, Mentions: 2, Person: true})
		}
		return Extract(lx, d)
	}
	for _, c := range []struct {
		name   string
		person string
		apart  bool
	}{
		{"the earlier story's person named", "dale roe", false},
		{"another person named", "ada doe", true},
		{"no person named", "", true},
	} {
		docs := []Features{doc(day+1, at(day), "dale roe"), doc(day+8, at(day+7), c.person), doc(day+9, at(day+7), "")}
		cl := New(DefaultOptions())
		for _, f := range docs {
			cl.Observe(f)
		}
		cl.PlaceGold(docs[0], "first")
		cl.PlaceGold(docs[1], "later")
		cl.PlaceGold(docs[2], "later")
		var first, later *Story
		for _, s := range cl.Stories() {
			switch s.key {
			case "first":
				first = s
			case "later":
				later = s
			}
		}
		if first == nil || later == nil || len(later.Members) != 2 {
			t.Fatalf("%s: gold placement failed", c.name)
		}
		if got := cl.eventsApart(later.asProbe(), first); got != c.apart {
			t.Errorf("%s: eventsApart(later story, first) = %v, want %v (persons %v)", c.name, got, c.apart, later.persons)
		}
	}
	// Joined stories carry the people of both.
	docs := []Features{doc(day+1, at(day), "dale roe"), doc(day+1, at(day), "ada doe")}
	cl := New(DefaultOptions())
	for _, f := range docs {
		cl.Observe(f)
	}
	cl.PlaceGold(docs[0], "a")
	cl.PlaceGold(docs[1], "b")
	ss := cl.Stories()
	cl.join(ss[0], ss[1])
	if p := ss[0].asProbe(); len(p.persons) != 2 {
		t.Errorf("joined story's probe persons %v, want both people", p.persons)
	}
	// A saved and restored story keeps them.
	st := cl.State(ss[0])
	if want := []string{"e:ada doe", "e:dale roe"}; !slices.Equal(st.Persons, want) {
		t.Errorf("saved state's persons %v, want %v", st.Persons, want)
	}
	r := New(DefaultOptions())
	if got := r.Restore(st, 0); len(got.persons) != 2 || !r.sharesPerson(probe{persons: got.persons}, got) {
		t.Errorf("restored story's persons %v, want both, held in its centroid", got.persons)
	}
}

// TestPersonTies: a report left alone after the passes joins a small
// story that names its event's person (a later report of an arrest
// naming the victim) when the model scores it at least Relook against
// it; a report naming another person, or none, stays alone, and so does
// one that names the person but shares too little else.
func TestPersonTies(t *testing.T) {
	lx := lexicon.Default()
	const day = 19000
	at := func(d int32) Span { return Span{Lo: d, Hi: d, Known: true} }
	doc := func(pub int, title, body, person string) Features {
		// Only the first report has Marvale as its dateline: two small
		// stories of one dateline would meet in pairSmall.
		d := Doc{Title: title, Body: body, Day: pub, Event: at(day), Named: []Span{at(day)},
			Entities: []WeightedName{{Name: "marvale police", Mentions: 2}, {Name: "marvale", Mentions: 2, Place: true, Dateline: pub == day}}}
		if person != "" {
			d.Entities = append(d.Entities, WeightedName{Name: person, Mentions: 2, Person: true})
		}
		return Extract(lx, d)
	}
	first := doc(day, "Man shot outside Marvale bar", "A man was shot and wounded outside a bar on Quarry Avenue in Marvale, Marvale police said, and officers were looking for the gunman.", "dale roe")
	arrest := func(person string) Features {
		return doc(day+2, "Arrest in shooting outside Marvale bar", "Marvale police arrested a suspect in the shooting of a man outside a bar on Quarry Avenue, and the man remained in the hospital.", person)
	}
	other := Extract(lx, Doc{Title: "Council approves budget", Body: "The Hollin council approved the budget for the coming year after a long debate on road repairs and the library.", Day: day + 2,
		Entities: []WeightedName{{Name: "hollin council", Mentions: 2}, {Name: "hollin", Mentions: 1, Place: true}, {Name: "dale roe", Mentions: 1, Person: true}}})
	for _, c := range []struct {
		name  string
		later Features
		one   bool
	}{
		{"the victim named", arrest("dale roe"), true},
		{"another person named", arrest("ada doe"), false},
		{"no person named", arrest(""), false},
		{"the victim named, nothing else shared", other, false},
	} {
		docs := []Features{first, c.later}
		cl := New(DefaultOptions())
		for _, f := range docs {
			cl.Observe(f)
		}
		cl.PlaceGold(docs[0], "a")
		cl.PlaceGold(docs[1], "b")
		feats := func(i int) Features { return docs[i] }
		if n := cl.relook(feats) + cl.pairSmall() + cl.fragments(feats); n != 0 {
			t.Fatalf("%s: the other passes joined %d (the case must leave both alone)", c.name, n)
		}
		cl.personTies(feats)
		if one := cl.Assign[0] == cl.Assign[1]; one != c.one {
			p := probe{v: cl.vector(c.later), persons: cl.persons(c.later), minDay: day + 2, maxDay: day + 2, event: at(day)}
			x := cl.pair(p, cl.stories[cl.Assign[0]])
			t.Errorf("%s: one story %v, want %v (score %.3f)", c.name, one, c.one, cl.opts.Model.Prob(x[:]))
		}
	}
}

// TestPersonTiesCandidates: the tied pass looks at the stories that name
// the lone report's person even when they share none of its relookTerms
// heaviest terms (a report that leads with words of its own and names
// the victim lower down); the untied pass does not find such a story.
func TestPersonTiesCandidates(t *testing.T) {
	lx := lexicon.Default()
	const day = 19000
	at := func(d int32) Span { return Span{Lo: d, Hi: d, Known: true} }
	first := Extract(lx, Doc{Title: "Man shot outside Marvale bar", Body: "A man was shot and wounded outside a bar on Quarry Avenue, police said.", Day: day, Event: at(day), Named: []Span{at(day)},
		Entities: []WeightedName{{Name: "dale roe", Mentions: 1, Person: true}}})
	later := Extract(lx, Doc{Title: "Hearing set", Body: "A hearing was set.", Day: day + 2, Event: at(day), Named: []Span{at(day)},
		Entities: []WeightedName{{Name: "dale roe", Mentions: 1, Person: true}}})
	// Heavier words of its own than relookTerms, none of them the story's.
	terms := map[string]float64{}
	for k, w := range later.Terms {
		if k != "e:dale roe" {
			continue
		}
		terms[k] = w
	}
	for i := 0; i <= relookTerms; i++ {
		terms[fmt.Sprintf("%czorvik%d", classWord, i)] = 50
	}
	later.Terms = terms
	docs := []Features{first, later}
	cl := New(DefaultOptions())
	for _, f := range docs {
		cl.Observe(f)
	}
	cl.PlaceGold(docs[0], "a")
	cl.PlaceGold(docs[1], "b")
	cl.opts.Relook = 1e-12 // any score: the test is about which stories are looked at
	a, story := cl.stories[cl.Assign[1]], cl.stories[cl.Assign[0]]
	p := a.asProbe()
	p.v, p.persons = cl.vector(later), cl.persons(later)
	if len(p.persons) != 1 {
		t.Fatalf("lone report's persons %v, want one", p.persons)
	}
	if b := cl.bestOther(a, p, 1, false); b != nil {
		t.Fatalf("untied bestOther found story %d: the case must hide the story from the term lookup", b.ID)
	}
	if b := cl.bestOther(a, p, 1, true); b != story {
		t.Errorf("tied bestOther = %v, want the story that names the person", b)
	}
}
