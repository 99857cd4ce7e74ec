package compare

import (
	"regexp"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// This file compares the condition a person is said to be in ("listed in
// stable condition", "hospitalized in critical condition"): the state a
// hospital gives a patient is one fact of that person whatever verb the
// sentence tells it with, and two articles that give two states are a
// discrepancy of kind other.
//
// A condition is an adjective before "condition" after "in" ("in serious
// condition", "in a critical condition"). It belongs to the one person the
// sentence names, or, for a sentence that opens with "he" or "she", to the
// person the sentence before names first (not to a name after the pronoun) (the subject of the previous
// sentence is the preferred antecedent of a pronoun: Grosz, Joshi and
// Weinstein 1995, centering theory). Two states are no conflict when:
//   - a sentence gives two ("in critical but steady condition"): it is
//     left out;
//   - they are WordNet synonyms;
//   - an article states both for the person (it tells a change: "critical,
//     later stable");
//   - the two articles are dated on different days (a condition changes).
// Every rule is general English; none is drawn from the data it is
// measured on.

// conditionFact is the condition one article gives a person.
type conditionFact struct {
	doc     int
	person  string // story name
	state   string // the adjective, lower case
	written string
	sent    string
}

// reCondition is a condition: "in (a) <adjective> condition", with what
// may follow it ("but stable").
var reCondition = regexp.MustCompile(`(?i)\bin\s+(?:an?\s+)?([a-z-]+)(\s+(?:but|and|yet)\s+[a-z-]+)?\s+condition\b(\s*,?\s+(?:but|and|yet)\s+[a-z-]+)?`)

// conditionFacts reads the conditions the thread's articles give persons.
func (c *comparer) conditionFacts() []conditionFact {
	docs, merged := c.threadDocs()
	var out []conditionFact
	for di, d := range docs {
		a := d.Analysis
		persons := make([][]string, len(a.Sentences))
		for _, m := range a.Mentions {
			if m.Sentence < len(persons) && a.Entities[m.Entity].Type == mention.Person {
				n := merged[di].m.Name(merged[di].i, m.Entity)
				if n == "" {
					n = m.Name
				}
				persons[m.Sentence] = corroborate.AppendUnique(persons[m.Sentence], n)
			}
		}
		for si, s := range a.Sentences {
			if !text.MayContainFold(s.Text, "condition") {
				continue // every match of reCondition holds the word
			}
			for _, m := range reCondition.FindAllStringSubmatchIndex(s.Text, -1) {
				if m[4] >= 0 || m[6] >= 0 && c.isAdjective(lastWordLower(s.Text[m[6]:m[7]])) {
					continue // two states: "critical but steady"
				}
				state := strings.ToLower(s.Text[m[2]:m[3]])
				if !c.isAdjective(state) {
					continue
				}
				who := conditionOwner(persons, si, s.Text)
				if who == "" {
					continue
				}
				out = append(out, conditionFact{doc: di, person: who, state: state, written: s.Text[m[0]:m[1]], sent: s.Text})
			}
		}
	}
	return out
}

// conditionOwner is the person a condition in sentence si belongs to: the
// one person it names, or for "he"/"she" opening it the first person the
// sentence before names.
func conditionOwner(persons [][]string, si int, sent string) string {
	lw := strings.ToLower(sent)
	if strings.HasPrefix(lw, "he ") || strings.HasPrefix(lw, "she ") {
		// The pronoun is the subject; a name after it is not the patient
		// ("He was flown to St. Aldric and listed in fair condition").
		if si > 0 && len(persons[si-1]) > 0 {
			return persons[si-1][0]
		}
		return ""
	}
	if len(persons[si]) == 1 {
		return persons[si][0]
	}
	return ""
}

// lastWordLower is the last word of s, lower case.
func lastWordLower(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(f[len(f)-1])
}

// isAdjective reports whether a word has a WordNet adjective sense.
func (c *comparer) isAdjective(w string) bool {
	return c.lx.Has(w, lexicon.Adj)
}

// conditionDiscrepancies reports the persons two articles give two
// conditions, in the order of each person's first condition (components,
// as the other aligned findings).
func (c *comparer) conditionDiscrepancies() []corroborate.Discrepancy {
	facts := c.conditionFacts()
	roots, byPerson := personComponents(len(facts), func(i int) string { return facts[i].person })
	return groupDiscrepancies(c, roots, byPerson, func(g []int) (corroborate.Discrepancy, bool) {
		return c.conditionDiscrepancy(facts, g)
	})
}

// conditionDiscrepancy turns one person's conditions into a discrepancy:
// one side per state, an article that gives two left out, every two sides
// conflicting (no synonyms, no two articles of different days).
func (c *comparer) conditionDiscrepancy(facts []conditionFact, g []int) (corroborate.Discrepancy, bool) {
	sides, order, ok := contestedSides(g, func(i int) (int, string) { return facts[i].doc, facts[i].state }, func(x, y string, sides map[string][]int) bool {
		if c.lx.Synonyms(x, y, lexicon.Adj) {
			return true
		}
		for _, i := range sides[x] {
			for _, j := range sides[y] {
				if c.differentDays(facts[i].doc, facts[j].doc) {
					return true
				}
			}
		}
		return false
	})
	if !ok {
		return corroborate.Discrepancy{}, false
	}
	d := corroborate.Discrepancy{About: "condition of " + facts[g[0]].person, Kind: "other"}
	c.fillSides(&d, g, order, sides, func(i int) sideMember {
		f := &facts[i]
		return sideMember{f.doc, f.written, f.sent, nil}
	})
	return d, true
}

// differentDays reports whether two articles are both dated, on two days.
func (c *comparer) differentDays(i, j int) bool {
	pi, pj := c.all[i].Article.Published, c.all[j].Article.Published
	return pi != nil && pj != nil && *pi != *pj
}
