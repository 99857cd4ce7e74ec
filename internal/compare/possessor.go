package compare

import (
	"regexp"
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// reGenitiveBefore is a determiner genitive right before a count's figure,
// with at most two words between them ("his first five points", "the
// crew's 12 boats", "the club's last three games"): a possessive pronoun or
// a lower-case noun in the genitive (Quirk et al. 1985 §5.115–5.117).
var reGenitiveBefore = regexp.MustCompile(`(?:^|\s)(his|her|[a-z]+(?:'s|’s))\s+((?:[a-z]+\s+){0,2})$`)

// countPossessor is whose things a count counts when its noun phrase opens
// with a genitive: "person" for a person's ("his first five points", "the
// captain's 12 boats": a noun whose most frequent WordNet sense is
// noun.person), else the base form of the possessing noun ("the team's
// first 17 points": "team"). Only the postdeterminers of a stretch
// (seriesOrdinals, ordinals) may stand between the genitive and the
// figure. "" when the count has no such genitive, or one of a name (whose
// kind the owner guard reads) or of "its"/"their", which may stand for
// either.
func (c *comparer) countPossessor(s string, v mention.Value) string {
	if v.Type != mention.VCount || v.Start > len(s) {
		return ""
	}
	m := reGenitiveBefore.FindStringSubmatch(s[:v.Start])
	if m == nil {
		return ""
	}
	for _, w := range strings.Fields(m[2]) {
		if !seriesOrdinals[w] && !reOrdinalWord.MatchString(w) && !c.lx.Synonyms(w, "last", lexicon.Adj) {
			return ""
		}
	}
	g := m[1]
	if g == "his" || g == "her" {
		return "person"
	}
	n := c.lx.Base(strings.TrimSuffix(strings.TrimSuffix(g, "'s"), "’s"), lexicon.Noun)
	if !c.lx.Has(n, lexicon.Noun) {
		return ""
	}
	if s, ok := c.lx.TopSense(n, lexicon.Noun); ok && s.Lex == lexicon.NounPerson {
		return "person"
	}
	return n
}

// possessorsDiffer reports whether two counts count the things of two
// possessors (countPossessor): a person's and a group's ("his first five
// points" / "the team's first 17 points"), or two groups' ("the team's 40
// rebounds" / "the league's 40 rebounds"). A count with no genitive says
// nothing.
func possessorsDiffer(f, g *fact) bool {
	return f.possessor != "" && g.possessor != "" && f.possessor != g.possessor
}
