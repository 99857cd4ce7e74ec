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
// the same but for their values (sameButValue) keeps the group.
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
	return pairs > 0
}

// storyTown reports whether an article of the thread sets a place name in
// a state or a country ("Dunmere, Ohio"; a dateline "DUNMERE, Ohio —"):
// the name is then a town wherever another article of the thread writes it
// alone ("Dunmere police said"), though WordNet does not list it.
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
				if sm := reStateAfter.FindStringSubmatch(s[m.End:]); sm != nil && c.placeLevel(sm[1]) < 2 {
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

// townOfName is the town a name of several words opens with, the rest
// headed by a noun of people or of a group: an organisation named for its
// town ("Dunmere Police Department", "Dunmere Police"), whose town is a
// town by WordNet or by an article of the thread (storyTown). "" when none.
func (c *comparer) townOfName(name string) string {
	words := strings.Fields(name)
	for k := 1; k < len(words); k++ {
		town := strings.Join(words[:k], " ")
		if !c.groupNounAfter(" " + strings.ToLower(words[k])) {
			continue
		}
		if !strings.ContainsAny(town, "0123456789") && (c.placeLevel(town) == 2 || c.storyTown(town)) {
			return town
		}
	}
	return ""
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
