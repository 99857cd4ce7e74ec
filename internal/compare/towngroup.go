package compare

import (
	"strings"

	"github.com/corroborate/corroborate/internal/mention"
)

// townsApart reports whether a group of values, gathered into one fact by
// links through other articles, holds values of two events only: every
// pair of its articles that give two values and whose leads both name a
// town (leadTowns) sets its events in two towns (twoTowns), and one such
// pair at least. The pairwise gate (twoEvents) never links two such
// articles, but an article whose lead names no town can link to both (a
// neighbourhood or a street only), and the group then sets a value of one
// town's event against a value of the other's. A pair whose sentences are
// the same but for their values (sameButValue) keeps the group, and so
// does an article without a town whose value is none of the towns'
// articles' (valueOfItsOwn).
func (c *comparer) townsApart(facts []fact, g []int) bool {
	pairs := 0
	for x, i := range g {
		for _, j := range g[x+1:] {
			f, h := &facts[i], &facts[j]
			if f.doc == h.doc || factsAgree(f, h) || len(c.leadTowns(f.doc)) == 0 || len(c.leadTowns(h.doc)) == 0 {
				continue
			}
			if sameButValue(f, h) || !c.twoTowns(f, h) {
				return false
			}
			pairs++
		}
	}
	return pairs > 0 && !c.valueOfItsOwn(facts, g)
}

// valueOfItsOwn reports whether an article of the group whose lead names
// no town gives a value that agrees with no value of the group's articles
// whose leads name one: it links neither town's value to the other's but
// differs from both, a discrepancy of its own.
func (c *comparer) valueOfItsOwn(facts []fact, g []int) bool {
	for _, i := range g {
		f := &facts[i]
		if len(c.leadTowns(f.doc)) > 0 {
			continue
		}
		own := true
		for _, j := range g {
			h := &facts[j]
			if h.doc != f.doc && len(c.leadTowns(h.doc)) > 0 && factsAgree(f, h) {
				own = false
				break
			}
		}
		if own {
			return true
		}
	}
	return false
}

// storyTown reports whether an article of the thread sets a place name in
// a state or a country ("Dunmere, Ohio"; a dateline "DUNMERE, Ohio —"):
// the name is then a town wherever another article of the thread writes it
// alone ("Dunmere police said"), though WordNet does not list it. A state
// or a county so set ("<State>, <Country>"; "<Name> County, <State>") is
// none (mayBeTown).
func (c *comparer) storyTown(name string) bool {
	if c.threadTowns == nil {
		c.threadTowns = map[string]bool{}
		for i := range c.all {
			a := c.all[i].Analysis
			for _, m := range a.Mentions {
				if m.RoleOnly || m.Sentence >= len(a.Sentences) || a.Entities[m.Entity].Type != mention.Place {
					continue
				}
				s := a.Sentences[m.Sentence].Text
				if m.End > len(s) || strings.ContainsAny(m.Name, "0123456789") {
					continue
				}
				if sm := reStateAfter.FindStringSubmatch(s[m.End:]); sm != nil && c.placeLevel(sm[1]) < 2 && c.mayBeTown(m.Name) {
					c.threadTowns[m.Name] = true
				}
			}
			if t := c.datelineTown(leadText(c.all[i].Article.Text, a)); t != "" {
				c.threadTowns[t] = true
			}
		}
	}
	return c.threadTowns[name]
}

// townOfName is the town an organisation is named for: a name of several
// words whose head, its last word, names an organised group by its most
// frequent sense (mention.OrgGroupNoun: "Dunmere Police Department",
// "Dunmere Police", "Dunmere Council"), and the town the longest opening
// part of it that is a town by WordNet or by an article of the thread
// (storyTown). A name headed by a noun of people or of things ("<City>
// Herald", "<City> Cowboys") is an outlet's or a team's, whose city tells
// nothing of the event's place. "" when none.
func (c *comparer) townOfName(name string) string {
	words := strings.Fields(name)
	if len(words) < 2 || !mention.OrgGroupNoun(strings.ToLower(words[len(words)-1])) {
		return ""
	}
	for k := len(words) - 1; k >= 1; k-- {
		town := strings.Join(words[:k], " ")
		if !strings.ContainsAny(town, "0123456789") && (c.placeLevel(town) == 2 || c.storyTown(town)) {
			return town
		}
	}
	return ""
}

// districtHeads are the nouns of administrative districts wider than a
// town that head a place's name ("<Name> County"): WordNet puts cities and
// towns under its administrative district too, so the class cannot tell
// them apart. A township or a borough is left out: in much of the United
// States each is a municipality, a town's level.
var districtHeads = map[string]bool{"county": true, "parish": true, "province": true}

// mayBeTown reports whether a place name set in a wider place ("<Name>,
// <State>") may be a town: WordNet does not make it a country or a state
// (placeLevel), and its last word is no district's head (districtHeads).
func (c *comparer) mayBeTown(name string) bool {
	words := strings.Fields(name)
	return len(words) > 0 && c.placeLevel(name) >= 2 && !districtHeads[strings.ToLower(words[len(words)-1])]
}

// headlineProper is a headline without the segments a page appends after
// a spaced dash or bar ("<headline> - <Outlet> - <City>, <State>"): the
// outlet's name and its home town, which tell nothing of the story's
// place. A headline of one segment, or whose first segment is under three
// words ("UPDATE - <headline>"), is kept whole.
func headlineProper(t string) string {
	for _, sep := range []string{" - ", " | ", " \u2013 ", " \u2014 "} {
		if i := strings.Index(t, sep); i > 0 && len(strings.Fields(t[:i])) >= 3 {
			t = t[:i]
		}
	}
	return t
}
