package compare

import (
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/story"
)

// eventDaysOf returns the event days of a thread doc (threadDocs' order)
// as the grouping read them (Input.Events, Context.Events), by article id;
// unknown when none was given.
func (c *comparer) eventDaysOf(doc int) EventDays {
	if c.evDays == nil {
		c.evDays = map[string]EventDays{}
		keep := func(docs []story.Doc, ev []EventDays) {
			for i, d := range docs {
				if i < len(ev) && ev[i].Known {
					if _, ok := c.evDays[d.Article.ID]; !ok {
						c.evDays[d.Article.ID] = ev[i]
					}
				}
			}
		}
		keep(c.in.Docs, c.in.Events)
		for _, x := range c.in.Context {
			keep(x.Docs, x.Events)
		}
	}
	if doc < 0 || doc >= len(c.all) {
		return EventDays{}
	}
	return c.evDays[c.all[doc].Article.ID]
}

// twoEvents reports whether two values' articles tell two events of one
// story, on evidence other than the values compared: each article's own
// text dates its main event (EventDays, read from its headline and lead
// against its publication date) and the two dates lie more than
// eventDaysSlack days apart, the two name no person in common
// (sharePeople), and neither names the other's event day anywhere in its
// text (namesDay). Two shootings of one city a week apart sit in one story
// when their wording is alike; a count, an age, a clock time or a measure
// of one is no value of the other. A follow-up (an arraignment, a death
// days later) dates its own news, but names the event's people or its day.
//
// Not kept apart this way: a day, a date, a month or a year (the day an
// article tells may be the very value it dates its event by, and a changed
// day is the discrepancy itself), and two sentences the same but for their
// values (one sentence copied and changed, whatever day each lead tells).
//
// Two articles whose leads set their events in two towns (twoTowns) tell
// two events whatever their days, for every kind of value.
func (c *comparer) twoEvents(f, g *fact) bool {
	if sameButValue(f, g) {
		return false
	}
	if c.twoTowns(f, g) {
		return true
	}
	if isTime(f.v.Type) || isTime(g.v.Type) {
		return false
	}
	a, b := c.eventDaysOf(f.doc), c.eventDaysOf(g.doc)
	return a.Known && b.Known && (a.Lo > b.Hi+eventDaysSlack || b.Lo > a.Hi+eventDaysSlack) && !c.sharePeople(f.doc, g.doc) &&
		!c.namesDay(f.doc, b) && !c.namesDay(g.doc, a)
}

// sharePeople reports whether two thread docs name one person (story
// names, samePerson): a follow-up (an arraignment, a victim's death days
// later) dates its own news, not the event it follows, and names the
// event's people.
func (c *comparer) sharePeople(i, j int) bool {
	if i > j {
		i, j = j, i
	}
	if c.shared == nil {
		c.shared = map[[2]int]bool{}
	}
	k := [2]int{i, j}
	if r, ok := c.shared[k]; ok {
		return r
	}
	r := false
	pj := c.docPeople(j)
	for _, n := range c.docPeople(i) {
		if anySamePerson(pj, n) {
			r = true
			break
		}
	}
	c.shared[k] = r
	return r
}

// docPeople are the persons a thread doc names, by their story names.
func (c *comparer) docPeople(i int) []string {
	if c.people == nil {
		c.people = map[int][]string{}
	}
	if ps, ok := c.people[i]; ok {
		return ps
	}
	a, mg := c.all[i].Analysis, c.allMerged[i]
	var out []string
	for _, m := range a.Mentions {
		if a.Entities[m.Entity].Type != mention.Person {
			continue
		}
		if n := mg.name(m); n != "" && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	c.people[i] = out
	return out
}

// sameButValue reports whether two values' sentences share every content
// word once values are masked (three words at least).
func sameButValue(f, g *fact) bool {
	return len(f.words) >= 3 && jaccard(f.words, g.words) >= 0.99
}

// namesDay reports whether a thread doc names, anywhere in its text, a day
// within eventDaysSlack of an event day (a follow-up recalls the day of
// the event it follows: "shots were fired on Dec. 3"). A doc published
// before the event's first day recalls nothing of it: the day after its
// own event on which it says the police spoke may lie within the slack of
// a later event, which it cannot tell.
func (c *comparer) namesDay(i int, ev EventDays) bool {
	if c.publishedBefore(i, ev.Lo) {
		return false
	}
	for _, d := range c.docDays(i) {
		if d >= ev.Lo-eventDaysSlack && d <= ev.Hi+eventDaysSlack {
			return true
		}
	}
	return false
}

// publishedBefore reports whether a thread doc was published before a
// day (counted from 1970-01-01): what it tells happened by then, so no
// day it names, whether that of its own statements ("police said
// Wednesday") or of things planned, recalls a happening of that day or
// after. False when the doc has no publication date.
func (c *comparer) publishedBefore(i int, day int32) bool {
	p := c.all[i].Article.Published
	if p == nil {
		return false
	}
	d, err := time.Parse("2006-01-02", *p)
	return err == nil && int32(d.Unix()/86400) < day
}

// docDays are the days (counted from 1970-01-01) a thread doc's time
// expressions name to the day, resolved against its date; stretches of
// time and page stamps left out.
func (c *comparer) docDays(i int) []int32 {
	if c.days == nil {
		c.days = map[int][]int32{}
	}
	if ds, ok := c.days[i]; ok {
		return ds
	}
	out := []int32{}
	for _, ts := range c.all[i].Analysis.Times {
		for _, t := range ts {
			if t.Period || t.Stamp || len(t.Date) != 10 {
				continue
			}
			if d, err := time.Parse("2006-01-02", t.Date); err == nil {
				out = append(out, int32(d.Unix()/86400))
			}
		}
	}
	c.days[i] = out
	return out
}

// leadSentences is how many sentences of an article's body, after its
// headline, its lead is read in for the town of its event.
const leadSentences = 3

// twoTowns reports whether two values' articles place their events in two
// towns, whatever their days: each names in its headline or lead a town
// (leadTowns), and neither names anywhere in its text a town the other's
// lead names. Two shootings of one afternoon, one in one city and one in
// another, share their wording and their day; an article of one city that
// names the other (a suspect who fled there, "Houston, like Miami")
// keeps them together, and so does one town named in the other's lead
// (an article reads a town and its city, "Dunmere, a suburb of Valmora").
func (c *comparer) twoTowns(f, g *fact) bool {
	if f.doc == g.doc {
		return false
	}
	a, b := c.leadTowns(f.doc), c.leadTowns(g.doc)
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	return !c.namesAnyTown(g.doc, a) && !c.namesAnyTown(f.doc, b) && !c.sharePeople(f.doc, g.doc)
}

// namesAnyTown reports whether a thread doc's headline or text names one
// of the towns, as a word of its own in any case (a dateline in
// capitals; a person's name spelled the same keeps the two articles
// together too).
func (c *comparer) namesAnyTown(i int, towns []string) bool {
	if c.lowText == nil {
		c.lowText = map[int]string{}
	}
	txt, ok := c.lowText[i]
	if !ok {
		art := c.all[i].Article
		txt = art.Text
		if art.Title != nil {
			txt = headlineProper(*art.Title) + "\n" + txt
		}
		txt = strings.ToLower(txt)
		c.lowText[i] = txt
	}
	for _, t := range towns {
		t = strings.ToLower(t)
		for k := 0; k <= len(txt)-len(t); {
			j := strings.Index(txt[k:], t)
			if j < 0 {
				break
			}
			j += k
			if (j == 0 || !isASCIILetter(txt[j-1])) && (j+len(t) == len(txt) || !isASCIILetter(txt[j+len(t)])) {
				return true
			}
			k = j + 1
		}
	}
	return false
}

// leadTowns are the towns the lead of a thread doc (its first
// leadSentences sentences) names: a name the article types as a place
// whose commonest WordNet instance sense is a city (placeLevel), or a
// place name the article itself sets in a state or a country ("Dunmere,
// Ohio": an appositive of place), as written.
func (c *comparer) leadTowns(i int) []string {
	if c.towns == nil {
		c.towns = map[int][]string{}
	}
	if ts, ok := c.towns[i]; ok {
		return ts
	}
	var out []string
	a := c.all[i].Analysis
	for _, m := range a.Mentions {
		if m.Sentence >= leadSentences || m.Sentence >= len(a.Sentences) || m.RoleOnly {
			continue
		}
		s := a.Sentences[m.Sentence].Text
		if m.End > len(s) {
			continue
		}
		// A name typed otherwise counts as the modifier of a noun of
		// people or of a group: a town's people or its force ("Dunmere
		// police said"); a person's name is no such modifier.
		// An organisation's name may open with its town (townOfName); a
		// person's ("<City> Baker") names none.
		typ := a.Entities[m.Entity].Type
		if typ != mention.Place && !c.groupNounAfter(s[m.End:]) {
			if t := c.townOfName(m.Name); typ != mention.Person && t != "" && !slices.Contains(out, t) {
				out = append(out, t)
			}
			continue
		}
		if (c.isTown(m.Name, s[m.End:]) || c.storyTown(m.Name)) && !slices.Contains(out, m.Name) {
			out = append(out, m.Name)
		}
	}
	if t := c.datelineTown(leadText(c.all[i].Article.Text, a)); t != "" && !slices.Contains(out, t) {
		out = append(out, t)
	}
	c.towns[i] = out
	return out
}

// reDateline is a dateline (AP Stylebook, "datelines"): a place name in
// capitals at the start of a paragraph's text, or after a run of spaces,
// with its state or country ("ALDERWICK, Ore.") and the agency's name in
// brackets or not, before a dash: "ALDERWICK, Ohio (AP) —", "MARLOW
// CREEK —".
var reDateline = regexp.MustCompile(`(?:^|\n|[ \t]{2,})([A-Z][A-Z'.]+(?:[ -][A-Z][A-Z'.]+){0,2})(?:,[ \t]+([A-Z][A-Za-z.]*(?:[ \t][A-Z][A-Za-z.]*)?))?[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*[-\x{2013}\x{2014}]+[ \t]`)

// leadText is an article's text from its first sentence to the end of
// its leadSentences-th (a dateline may stand apart as a sentence of its
// own: "ALDERWICK, Ore." ends with a full stop).
func leadText(txt string, a *mention.Analysis) string {
	n := min(leadSentences, len(a.Sentences))
	if n == 0 || a.Sentences[n-1].End > len(txt) {
		return ""
	}
	return txt[a.Sentences[0].Start:a.Sentences[n-1].End]
}

// datelineTown is the town of the first dateline in a lead (reDateline),
// written with capitals at the start of its words: a name whose
// commonest WordNet instance sense is a city, or any name the dateline
// sets in a state or a country (a state's name or its AP abbreviation).
// A dateline tells where the story was reported, the town of a local
// event's news.
func (c *comparer) datelineTown(lead string) string {
	if !mayHoldDateline(lead) {
		return ""
	}
	for _, m := range reDateline.FindAllStringSubmatch(lead, 2) {
		town := titleWords(strings.ToLower(m[1]))
		if c.placeLevel(town) == 2 {
			return town
		}
		if m[2] == "" {
			continue
		}
		st := strings.TrimSpace(m[2])
		if (mention.IsStateAbbrev(st) || c.placeLevel(st) < 2) && c.mayBeTown(town) {
			return town
		}
	}
	return ""
}

// groupNounAfter reports whether the text after a name opens with a
// lower-case noun of people or of a group ("police", "officials",
// "residents"), the name its modifier.
func (c *comparer) groupNounAfter(after string) bool {
	w := after
	if !strings.HasPrefix(w, " ") {
		return false
	}
	w = strings.TrimLeft(w, " ")
	end := 0
	for end < len(w) && w[end] >= 'a' && w[end] <= 'z' {
		end++
	}
	if end == 0 {
		return false
	}
	b := c.lx.Base(w[:end], lexicon.Noun)
	return c.lx.HasLex(b, lexicon.Noun, lexicon.NounGroup) || c.lx.HasLex(b, lexicon.Noun, lexicon.NounPerson)
}

// reStateAfter is the ", <Name>" of a place set in a wider one.
var reStateAfter = regexp.MustCompile(`^,[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)\b`)

// isTown reports whether a place name, followed in its sentence by after,
// names a town: WordNet's commonest instance sense of it is a city, or
// after sets it in a state or a country and it may be a town (mayBeTown:
// not "<State>, <Country>" nor "<Name> County, <State>").
func (c *comparer) isTown(name, after string) bool {
	if name == "" || strings.ContainsAny(name, "0123456789") {
		return false
	}
	if c.placeLevel(name) == 2 {
		return true
	}
	m := reStateAfter.FindStringSubmatch(after)
	return m != nil && c.placeLevel(m[1]) < 2 && c.mayBeTown(name)
}
