package compare

import (
	"regexp"
	"sort"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// This file compares where a named person is from: the town news writing
// gives after a name ("Ivo Marsh, 40, of Harwick", "Tamsin Oduya of
// Quenby", "Elio Rand, from Dunmore"). A person has one home town at a
// time, so two articles that give one person two towns are a place
// discrepancy, unless the two can both be right:
//   - one place holds the other, as some article of the thread writes them
//     side by side ("Harwick, Dunmore County", "Quenby in Velden", "the
//     Velden suburb of Quenby"): only the two names joined by a comma, "in",
//     "of" or a possessive, with nothing else between them, count (two towns
//     merely named in one article are no containment: the event's town and
//     the victim's home town are named together in most reports);
//   - the names share a word or their first four letters;
//   - an article gives the person two towns (it is left out);
//   - one is a street and the other not (a street of a town).
// Every rule is general English; none is drawn from the data it is measured
// on.

// residenceFact is the town one article gives a named person.
type residenceFact struct {
	doc     int
	person  string // story name
	place   string // story name of the place, lower case
	written string
	sent    string
}

const reAgeApposition = `(?:\s*,\s*(?:aged?\s+)?[0-9]{1,3}\s*,|\s*,)`

var (
	// reResidenceLink is what stands between a person's name and the town
	// after it: "of" or "from", after a comma, an age between commas or
	// nothing ("Ivo Marsh, 40, of", "Ivo Marsh of", "Ivo Marsh, from"), or
	// an indefinite apposition of lower-case words ending in one ("Ivo
	// Marsh, 40, a retired baker from").
	// A verb of living before "in" tells it too ("Ivo Marsh, who lived
	// in", "Ivo Marsh lives in").
	reResidenceLink = regexp.MustCompile(`^(?:(?:` + reAgeApposition + `?\s+|` + reAgeApposition + `\s*an?\s+[a-z0-9' -]{1,40}?\s)(?:of|from)|(?:` + reAgeApposition + `\s*who)?\s+(?:had\s+|has\s+)?(?:lived|lives|resided|resides)\s+in)\s+$`)
	// reAgeOf is an age between commas and "of" or "from" ("Ivo Marsh, 40,
	// of").
	reAgeOf = regexp.MustCompile(`^\s*,\s*(?:aged?\s+)?[0-9]{1,3}\s*,\s+(?:of|from)\s+$`)
	// reResidenceModifier is an indefinite apposition whose noun the town
	// modifies ("Ivo Marsh, 40, a Harwick man"): the words before the town.
	reResidenceModifier = regexp.MustCompile(`^` + reAgeApposition + `\s*an?\s+(?:[0-9]{1,3}-year-old\s+)?$`)
)

// reAdjacentPlaces is what may stand between two place names that one
// holds the other: a comma, "in", "of", a possessive or nothing.
var reAdjacentPlaces = regexp.MustCompile(`^(?:['’]s)?\s*(?:,|\bin\b|\bof\b)?\s*(?:the\s+)?$`)

// residenceFacts reads the towns the thread's articles give named persons,
// and the pairs of places some article writes side by side.
func (c *comparer) residenceFacts() ([]residenceFact, map[[2]string]bool) {
	docs, merged := c.threadDocs()
	var out []residenceFact
	held := map[[2]string]bool{}
	for di, d := range docs {
		a := d.Analysis
		bySent := make([][]mention.NameMention, len(a.Sentences))
		for _, m := range a.Mentions {
			if m.Sentence < len(bySent) {
				bySent[m.Sentence] = append(bySent[m.Sentence], m)
			}
		}
		for si, ms := range bySent {
			sort.SliceStable(ms, func(x, y int) bool { return ms[x].Start < ms[y].Start })
			s := a.Sentences[si].Text
			c.adjacentPlaces(a, merged[di], ms, s, held)
			for k := 1; k < len(ms); k++ {
				f, ok := c.residenceAt(a, merged[di], ms[k-1], ms[k], s)
				if !ok {
					f, ok = c.residentBefore(a, merged[di], ms[k-1], ms[k], s)
				}
				if ok {
					f.doc = di
					out = append(out, f)
				}
			}
			for _, f := range c.sharedResidences(a, merged[di], ms, s) {
				f.doc = di
				out = append(out, f)
			}
		}
	}
	return out, held
}

// reBothOf is what stands between the second of two persons and the town
// they share ("Ivo Marsh, 40, and Ann Roe, 35, both of"); reAndBetween
// what stands between the two persons.
var (
	reBothOf     = regexp.MustCompile(`^` + reAgeApposition + `?\s*both\s+(?:of|from)\s+$`)
	reAndBetween = regexp.MustCompile(`^` + reAgeApposition + `?\s*and\s+$`)
	// reHomeIn is a possessive home before its town ("died at his home
	// in"): the group is the pronoun.
	reHomeIn = regexp.MustCompile(`(?i)\b(?:at|in|outside|near|from)\s+(his|her)\s+(?:own\s+)?home\s+in\s+$`)
)

// sharedResidences reads the towns a sentence gives persons in two ways
// the name-by-name reading misses: two persons "both of" one town ("Ivo
// Marsh, 40, and Ann Roe, 35, both of Harwick"), and the town of a
// person's own home ("Ivo Marsh died at his home in Harwick": the one
// person the sentence names before it, of the pronoun's gender when the
// article knows it).
func (c *comparer) sharedResidences(a *mention.Analysis, dm docMerged, ms []mention.NameMention, s string) []residenceFact {
	var out []residenceFact
	add := func(p, l mention.NameMention) {
		if person := dm.name(p); len(strings.Fields(person)) >= 2 {
			out = append(out, residenceFact{person: person, place: strings.ToLower(dm.name(l)), written: strings.TrimLeft(s[p.End:l.End], " ,0123456789"), sent: s})
		}
	}
	for k, l := range ms {
		t := a.Entities[l.Entity].Type
		if t != mention.Place && t != mention.Other || l.End > len(s) || l.End+1 < len(s) && s[l.End] == ' ' && s[l.End+1] >= 'A' && s[l.End+1] <= 'Z' {
			continue
		}
		// "both of" after two persons is a town even when the name
		// reader could not type it (as an age before "of" tells one).
		if k >= 2 && c.bothOf(a, ms[k-2], ms[k-1], l, s) {
			add(ms[k-2], l)
			add(ms[k-1], l)
			continue
		}
		if p, ok := c.homeOwner(a, ms[:k], l, s); ok && t == mention.Place {
			add(p, l)
		}
	}
	return out
}

// bothOf reports whether persons p and q and place l are written "p, 40,
// and q, 35, both of l".
func (c *comparer) bothOf(a *mention.Analysis, p, q, l mention.NameMention, s string) bool {
	if a.Entities[p.Entity].Type != mention.Person || a.Entities[q.Entity].Type != mention.Person || p.End > q.Start || q.End > l.Start {
		return false
	}
	return reAndBetween.MatchString(s[p.End:q.Start]) && reBothOf.MatchString(s[q.End:l.Start])
}

// homeOwner is the person whose home a place l right after "his home in"
// is: the one person named before it in the sentence (before, the
// mentions of the sentence up to l), not of the other gender.
func (c *comparer) homeOwner(a *mention.Analysis, before []mention.NameMention, l mention.NameMention, s string) (mention.NameMention, bool) {
	// reHomeIn is anchored at l and holds at most five words ("at his
	// own home in"): it is asked of the last five before l.
	m := reHomeIn.FindStringSubmatch(text.LastFields(s[:l.Start], 5))
	if m == nil {
		return mention.NameMention{}, false
	}
	owner, n := mention.NameMention{}, 0
	for _, p := range before {
		if a.Entities[p.Entity].Type == mention.Person && (n == 0 || p.Entity != owner.Entity) {
			owner, n = p, n+1
		}
	}
	if n != 1 {
		return mention.NameMention{}, false
	}
	want := byte('m')
	if strings.EqualFold(m[1], "her") {
		want = 'f'
	}
	if g := a.Entities[owner.Entity].Gender(); g != 0 && g != want {
		return mention.NameMention{}, false
	}
	return owner, true
}

// residenceAt reads "<person>, <age>, of <place>" from two mentions in
// order in sentence s.
func (c *comparer) residenceAt(a *mention.Analysis, dm docMerged, p, l mention.NameMention, s string) (residenceFact, bool) {
	if a.Entities[p.Entity].Type != mention.Person || p.End > l.Start || l.End > len(s) {
		return residenceFact{}, false
	}
	gap, rest := s[p.End:l.Start], strings.TrimLeft(s[l.End:], " ")
	// A name the reader could not type is a town after an age ("Ivo
	// Marsh, 40, of Harwick": news style gives a person's age and home
	// town so), never after a bare "of".
	if t := a.Entities[l.Entity].Type; t != mention.Place && (t != mention.Other || !reAgeOf.MatchString(gap)) {
		return residenceFact{}, false
	}
	switch {
	case reResidenceModifier.MatchString(gap):
		// The town must modify a noun of where one lives or of a person
		// ("a Harwick man"; not "a Harwick native", a birthplace).
		if !c.residentNoun(firstWord(rest)) {
			return residenceFact{}, false
		}
	case reResidenceLink.MatchString(gap):
		// A capitalised word right after the place makes it part of a
		// longer name the reader cut ("of Harwick Police"): no town.
		if rest != "" && rest[0] >= 'A' && rest[0] <= 'Z' {
			return residenceFact{}, false
		}
	default:
		return residenceFact{}, false
	}
	person := dm.name(p)
	if len(strings.Fields(person)) < 2 {
		return residenceFact{}, false // a family name alone may be anyone's
	}
	written := strings.TrimLeft(s[p.End:l.End], " ,0123456789")
	return residenceFact{person: person, place: strings.ToLower(dm.name(l)), written: written, sent: s}, true
}

// residentAnchors are the WordNet nouns a town may modify for a person's
// home: an inhabitant ("resident", "dweller"), an adult or a young person,
// a male or a female ("man", "woman", "teen", "girl"); not a native (a
// birthplace) nor an office ("governor": the place governed).
var residentAnchors = []string{"inhabitant", "adult", "juvenile", "male", "female"}

// residentNoun reports whether a word's first WordNet noun sense lies at
// most two steps under a residentAnchors noun.
func (c *comparer) residentNoun(w string) bool {
	s, ok := c.lx.FirstSense(strings.ToLower(w), lexicon.Noun)
	if w == "" || !ok {
		return false
	}
	var anchors []uint32
	for _, a := range residentAnchors {
		if x, ok := c.lx.FirstSense(a, lexicon.Noun); ok {
			anchors = append(anchors, x.Synset)
		}
	}
	return c.lx.SynsetUnder(s.Synset, lexicon.Noun, anchors, 2)
}

// firstWord is the first run of letters of s.
func firstWord(s string) string {
	i := 0
	for i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z') {
		i++
	}
	return s[:i]
}

// adjacentPlaces records every two places of one chain of place names
// written side by side in a sentence ("Harwick, Dunmore County, Velden"):
// one holds the other.
func (c *comparer) adjacentPlaces(a *mention.Analysis, dm docMerged, ms []mention.NameMention, s string, held map[[2]string]bool) {
	var chain []string
	last := -1
	flush := func() {
		for x := range chain {
			for y := range chain {
				if x != y {
					held[[2]string{chain[x], chain[y]}] = true
				}
			}
		}
		chain = chain[:0]
	}
	for _, m := range ms {
		// An untyped name may be a place too: reading too many places
		// here only keeps quiet.
		if t := a.Entities[m.Entity].Type; t != mention.Place && t != mention.Other || m.End > len(s) {
			continue
		}
		if last < 0 || last > m.Start || !reAdjacentPlaces.MatchString(s[last:m.Start]) {
			flush()
		}
		chain = append(chain, strings.ToLower(dm.name(m)))
		last = m.End
	}
	flush()
}

// residenceDiscrepancies reports the persons two articles give two home
// towns.
func (c *comparer) residenceDiscrepancies() []corroborate.Discrepancy {
	facts, held := c.residenceFacts()
	roots, byPerson := personComponents(len(facts), func(i int) string { return facts[i].person })
	return groupDiscrepancies(c, roots, byPerson, func(g []int) (corroborate.Discrepancy, bool) {
		return c.residenceDiscrepancy(facts, g, held)
	})
}

// residenceDiscrepancy turns one person's towns into a discrepancy: one
// side per town, an article that gives two left out, every two sides
// conflicting.
func (c *comparer) residenceDiscrepancy(facts []residenceFact, g []int, held map[[2]string]bool) (corroborate.Discrepancy, bool) {
	sides, order, ok := contestedSides(g, func(i int) (int, string) { return facts[i].doc, facts[i].place }, func(x, y string, _ map[string][]int) bool {
		return !twoTowns(x, y, held)
	})
	if !ok {
		return corroborate.Discrepancy{}, false
	}
	d := corroborate.Discrepancy{About: "home town of " + facts[g[0]].person, Kind: "place"}
	c.fillSides(&d, g, order, sides, func(i int) sideMember {
		f := &facts[i]
		return sideMember{f.doc, f.written, f.sent, nil}
	})
	return d, true
}

// twoTowns reports whether two places given as one person's home cannot
// both be right: not written side by side anywhere in the thread (one
// holds the other), not one name written two ways, not a street beside a
// town.
func twoTowns(x, y string, held map[[2]string]bool) bool {
	if held[[2]string{x, y}] || shareNameWord(x, y) || shortFor(x, y) {
		return false
	}
	return hasStreetWord(" "+titleWords(x)) == hasStreetWord(" "+titleWords(y))
}

// titleWords capitalises every word of a lower-case name, as street names
// are written ("elm street" → "Elm Street").
func titleWords(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		f[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(f, " ")
}

// residentBefore reads "<place> resident <person>" from two mentions in
// order in sentence s ("Harwick resident Ivo Marsh"): one lower-case noun
// of an inhabitant between them (not "Harwick man", whose noun may be a
// title's).
func (c *comparer) residentBefore(a *mention.Analysis, dm docMerged, l, p mention.NameMention, s string) (residenceFact, bool) {
	if a.Entities[l.Entity].Type != mention.Place || a.Entities[p.Entity].Type != mention.Person || l.End > p.Start || p.End > len(s) {
		return residenceFact{}, false
	}
	w := strings.TrimSpace(s[l.End:p.Start])
	if w == "" || firstWord(w) != w || w != strings.ToLower(w) || !c.inhabitantNoun(w) {
		return residenceFact{}, false
	}
	person := dm.name(p)
	if len(strings.Fields(person)) < 2 {
		return residenceFact{}, false
	}
	return residenceFact{person: person, place: strings.ToLower(dm.name(l)), written: s[l.Start:l.End] + " " + w, sent: s}, true
}

// inhabitantNoun reports whether a noun's first WordNet sense is at most
// two steps under "inhabitant" ("resident", "dweller").
func (c *comparer) inhabitantNoun(w string) bool {
	s, ok := c.lx.FirstSense(w, lexicon.Noun)
	x, ok2 := c.lx.FirstSense("inhabitant", lexicon.Noun)
	return ok && ok2 && c.lx.SynsetUnder(s.Synset, lexicon.Noun, []uint32{x.Synset}, 2)
}

// withoutHomes drops the place discrepancies that restate a home-town one:
// every sentence they cite is cited by one home-town discrepancy ("Ivo
// Marsh lived in Harwick" is read both as where a person lives and as the
// place of "live"); the home town says it better.
func withoutHomes(places, homes []corroborate.Discrepancy) []corroborate.Discrepancy {
	out := places[:0]
	for _, p := range places {
		if !restatesHome(p, homes) {
			out = append(out, p)
		}
	}
	return out
}

// restatesHome reports whether every sentence d cites is cited by one of
// homes.
func restatesHome(d corroborate.Discrepancy, homes []corroborate.Discrepancy) bool {
	for _, h := range homes {
		cited := map[string]bool{}
		for _, v := range h.Values {
			for _, s := range v.Sentences {
				cited[s] = true
			}
		}
		all := true
		for _, v := range d.Values {
			for _, s := range v.Sentences {
				all = all && cited[s]
			}
		}
		if all {
			return true
		}
	}
	return false
}
