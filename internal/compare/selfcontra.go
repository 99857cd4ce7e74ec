package compare

import (
	"maps"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// An article can hold two values of one slot only when it says so: it then
// contradicts itself (issue 9). Best-match slotting pairs each value with
// one value of every other article, and a link that would give a fact two
// disagreeing values of one article is refused (tornBy). When an article
// states one fact twice and the two mentions differ (a rewritten lead, an
// update pasted above an older paragraph, a quoted source's day beside the
// outlet's own), another article's value pairs with the mention that agrees
// and the other mention is left alone, or each mention gathers the articles
// that agree with it and the two facts are never joined: the difference is
// never reported.
//
// joinSelfContradictions joins such a mention to the fact: a value y left
// in no link whose best counterpart in another article (the rules' own
// same-fact evidence, ruleBest) is a member of a fact that holds a value x
// of y's article, where x's best counterpart in that article is the same
// value; or two facts whose mutual-best link was refused only because one
// article gives one value to each. In both, x and y disagree, neither is
// told as of another moment or happening (selfCandidate), and the article's
// own wording makes x and y one fact (selfSameFact). The discrepancy then
// lists that article on both sides (factDiscrepancy keeps it, with
// selfNote).

// selfNote is the note of a discrepancy in which one article gives two of
// the values.
const selfNote = "an article gives two of these values"

// selfTypes are the types whose two values in one article may be one fact
// told two ways: a day of a deed, a count of its people or things, an age
// of one person. A clock time is left out: an article of a night's
// shootings gives one verb several moments (markRoundups).
var selfTypes = map[string]bool{mention.VWeekday: true, mention.VDate: true, mention.VCount: true, mention.VAge: true}

// joinSelfContradictions joins every self-contradicting mention (see the
// file comment) to its fact and returns the pairs of facts joined so, by
// fact, each mapped to the value of its article it contradicts.
func (c *comparer) joinSelfContradictions(facts []fact, best []map[int]int, refused [][2]int, parent sets, members [][]int, conflict map[int]bool) map[int]int {
	nd := len(c.in.Docs)
	var out map[int]int
	// join merges the facts of a and b, x and y the article's two values.
	join := func(a, b, x, y int) {
		ra, rb := parent.find(a), parent.find(b)
		parent[ra] = rb
		members[rb] = append(members[rb], members[ra]...)
		members[ra] = nil
		conflict[x], conflict[y] = true, true
		if out == nil {
			out = map[int]int{}
		}
		out[y], out[x] = x, y
	}
	// Two facts kept apart only because one article gives one value to
	// each: another article's link between them was refused (tornBy).
	for _, l := range refused {
		ri, rj := parent.find(l[0]), parent.find(l[1])
		if ri == rj {
			continue
		}
		x, y, n := -1, -1, 0
		for _, a := range members[ri] {
			for _, b := range members[rj] {
				if facts[a].doc == facts[b].doc && !factsAgree(&facts[a], &facts[b]) {
					x, y = a, b
					n++
				}
			}
		}
		if n != 1 || facts[x].doc >= nd || !selfTypes[facts[x].v.Type] || splitBy(facts, members[ri], members[rj]) {
			continue
		}
		if c.selfCandidate(&facts[x]) && c.selfCandidate(&facts[y]) && c.selfSameFact(&facts[x], &facts[y]) {
			join(l[0], l[1], x, y)
		}
	}
	for y := range facts {
		fy := &facts[y]
		if fy.doc >= nd || !selfTypes[fy.v.Type] || len(members[parent.find(y)]) > 1 || !c.selfCandidate(fy) {
			continue
		}
		for _, d := range slices.Sorted(maps.Keys(best[y])) {
			j := best[y][d]
			g := members[parent.find(j)]
			if len(g) < 2 {
				continue
			}
			x := -1
			for _, m := range g {
				if facts[m].doc == fy.doc {
					if x >= 0 {
						x = -2 // the article gives the fact twice already
						break
					}
					x = m
				}
			}
			if x < 0 || best[x][d] != j || factsAgree(&facts[x], fy) || splitBy(facts, []int{y}, g) {
				continue
			}
			if !c.selfCandidate(&facts[x]) || !c.selfSameFact(&facts[x], fy) {
				continue
			}
			join(y, j, x, y)
			break
		}
	}
	return out
}

// selfCandidate reports whether a value may be one mention of a fact its
// article states twice: a value of the story's happening as it stands (not
// of another happening, a background year, a statement's day, a running
// total or a figure told as grown, one end of a stretch, a length so far or
// an offset, a stretch of a series).
func (c *comparer) selfCandidate(f *fact) bool {
	if f.other || f.bg != "" || f.reported || f.running != notRunning || f.stretch != "" || f.elapsed || f.frame != "" || f.series != "" {
		return false
	}
	toks := c.all[f.doc].Analysis.Tokens[f.v.Sentence]
	if (f.v.Type == mention.VCount || f.v.Type == mention.VMoney) && c.saysRising(toks, f.v) {
		return false
	}
	for _, t := range toks {
		if t.IsWord() && c.marksUpdate(t.Lower) {
			return false
		}
	}
	return true
}

// updateAnchors are the adverbs whose WordNet synsets say a sentence tells
// a report as it stood at another moment or a second happening: "initially"
// (at first, originally), "later" (subsequently, afterwards), "earlier"
// (before, previously), "again" (once more).
var updateAnchors = []string{"initially", "originally", "later", "earlier", "previously", "again"}

// marksUpdate reports whether a word marks a value told of another moment
// (updateAnchors, and their WordNet synonyms as adverbs) or a second
// happening (secondHappening).
func (c *comparer) marksUpdate(w string) bool {
	if secondHappening[w] {
		return true
	}
	for _, a := range updateAnchors {
		if w == a || c.lx.Synonyms(w, a, lexicon.Adv) {
			return true
		}
	}
	return false
}

// selfSameFact reports whether two values of one article, in two
// sentences, are by the article's own wording one fact: two days of one
// deed (the same verb, or verbs close in their frequent senses), the
// sentences naming no two different people; two counts of one noun of one
// event (or one act) owned alike; two ages of one named person.
func (c *comparer) selfSameFact(x, y *fact) bool {
	if x.v.Sentence == y.v.Sentence || x.v.Type != y.v.Type && !(isDay(x.v.Type) && isDay(y.v.Type)) {
		return false
	}
	// A perfect tells a value as it stood at another moment: a total so
	// far ("have died"), a claim made before ("had said").
	if c.perfectSentence(x) || c.perfectSentence(y) {
		return false
	}
	later, earlier := y, x
	if x.v.Sentence > y.v.Sentence {
		later, earlier = x, y
	}
	// A value told again refers back to what the article has named; a
	// sentence that names someone or somewhere the other does not ("in
	// neighbouring <County>", "the <Name> canal") tells the same deed or
	// count of another participant or place.
	if namesNew(earlier, later) {
		return false
	}
	switch {
	case isDay(x.v.Type):
		if !c.sameVerb(x.head, y.head) || x.deadline != y.deadline {
			return false
		}
		if (len(x.people) > 0 || len(x.ownerPeople) > 0) && (len(y.people) > 0 || len(y.ownerPeople) > 0) && !sharePerson(x, y) {
			return false
		}
		// A deed told again refers back to its doer and its thing ("the
		// blaze", "he"); a sentence that brings in someone or something
		// new ("a woman was shot", "another", "20 protesters") tells a
		// second deed of that verb.
		return !c.introducesNew(later, true)
	case x.v.Type == mention.VCount:
		if x.v.Unit == "" || x.v.Unit != y.v.Unit || x.possessor != y.possessor || x.origin != y.origin || x.among != y.among || x.container != y.container {
			return false
		}
		// Two counts dated two ways are of two happenings, and so are two
		// counts whose later sentence brings in a new happening ("were
		// hurt in a crash on the same road").
		if datedApart(x, y) || c.introducesNew(later, false) || c.subjectsApart(x, y) { // selfsubjects.go
			return false
		}
		if x.v.Event != "" || y.v.Event != "" {
			return mention.SameEvent(x.v.Event, y.v.Event)
		}
		return x.act != "" && c.sameVerb(x.act, y.act)
	case x.v.Type == mention.VAge:
		// A person's age told a year apart is the age at two moments (a
		// deed and its trial a year later: "then 15"), as are ages in
		// sentences dated two ways.
		if math.Abs(x.v.Num-y.v.Num) <= 1 || datedApart(x, y) {
			return false
		}
		return x.person != "" && x.person == y.person && x.person[0] != '~'
	}
	return false
}

// namesNew reports whether the later of two values' sentences holds a
// capitalised word, not its first and not part of a value, that the
// earlier sentence does not hold: a name the earlier one did not give.
func namesNew(earlier, later *fact) bool {
	seen := map[string]bool{}
	for _, t := range earlier.toks {
		seen[t.Lower] = true
	}
	for _, v := range append([]mention.Value{later.v}, later.others...) {
		for _, w := range strings.Fields(strings.ToLower(v.Text)) {
			seen[w] = true
		}
	}
	for k, t := range later.toks {
		if k == 0 || !t.IsWord() || seen[t.Lower] {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(t.Text); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// isDay reports whether a type is a day: a weekday or a date.
func isDay(t string) bool { return t == mention.VWeekday || t == mention.VDate }

// introducesNew reports whether a value's sentence brings in a new
// participant: an indefinite article or "another" (the indefinite article
// introduces a referent not known before; the definite one refers back),
// or, with counts set, a count of people or things beside the value.
func (c *comparer) introducesNew(f *fact, counts bool) bool {
	for _, t := range c.all[f.doc].Analysis.Tokens[f.v.Sentence] {
		if t.IsWord() && (t.Lower == "a" || t.Lower == "an" || t.Lower == "another") {
			return true
		}
	}
	if !counts {
		return false
	}
	for _, o := range f.others {
		if o.Type == mention.VCount {
			return true
		}
	}
	return false
}

// datedApart reports whether the sentences of two values both state a day,
// a month or a year and share none of them.
func datedApart(x, y *fact) bool {
	var dx, dy []mention.Value
	for _, o := range x.others {
		if isDay(o.Type) || o.Type == mention.VMonth || o.Type == mention.VYear {
			dx = append(dx, o)
		}
	}
	for _, o := range y.others {
		if isDay(o.Type) || o.Type == mention.VMonth || o.Type == mention.VYear {
			dy = append(dy, o)
		}
	}
	if len(dx) == 0 || len(dy) == 0 {
		return false
	}
	for _, a := range dx {
		for _, b := range dy {
			if sameValue(a, b) {
				return false
			}
		}
	}
	return true
}

// perfectSentence reports whether a value's sentence holds a perfect
// ("has", "have" or "had" and a past participle): a total so far, or a
// value as it stood before.
func (c *comparer) perfectSentence(f *fact) bool {
	toks := c.all[f.doc].Analysis.Tokens[f.v.Sentence]
	for k := 0; k+1 < len(toks); k++ {
		if w := toks[k].Lower; (w == "has" || w == "have" || w == "had") && c.participle(toks[k+1].Lower) {
			return true
		}
	}
	return false
}
