package compare

import (
	"regexp"
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// reContainerBefore is a noun and a preposition of place right before a
// count, with a hedge between them ("houses in about 15 villages",
// "workers at three plants", "schools across 12 districts").
var reContainerBefore = regexp.MustCompile(`(?i)(?:^|\s)([a-z]+)\s+(?:in|at|across|inside|within|throughout)\s+` +
	`(?:(?:an?\s+)?(?:estimated|about|around|some|nearly|almost|roughly|approximately|over|at\s+least|more\s+than|fewer\s+than|less\s+than|up\s+to)\s+)?$`)

// countContainer is the noun a count is the place of: a count that is the
// complement of a preposition of place right after a noun ("the buildings
// in seven villages", "1,500 houses in about 15 villages") counts where
// that noun's things are, not the things the clause speaks of: the clause's
// verb ("were destroyed") tells what happened to the buildings, not to the
// villages (a prepositional postmodifier, Quirk et al. 1985 §17.37). The
// noun's base form, "" when the count stands in no such phrase (after a
// verb, "were killed in two attacks", it is an adjunct of the clause).
func (c *comparer) countContainer(s string, v mention.Value) string {
	if v.Type != mention.VCount || v.Start > len(s) {
		return ""
	}
	happening := c.happeningNoun(countedNoun(v))
	re := reContainerBefore
	if happening {
		re = reInvolvedBefore
	}
	m := re.FindStringSubmatchIndex(s[:v.Start])
	if m == nil {
		return ""
	}
	w := strings.ToLower(s[m[2]:m[3]])
	if tag, closed := lexicon.ClosedClass(w); closed {
		// "has piled up his in 41 games": a possessive whose head is
		// understood from the clause before (an elliptic genitive,
		// Quirk et al. 1985 ch. 5, genitive) stands for that head, and
		// the happenings are its.
		if happening && tag == "PRP$" {
			return involvedIn
		}
		return ""
	}
	n := c.lx.Base(w, lexicon.Noun)
	if !c.lx.Has(n, lexicon.Noun) {
		return ""
	}
	// A past participle ("destroyed in", "shot at") is a verb, and so is
	// a word after an auxiliary ("were hurt in"): the phrase after it is
	// an adjunct of its clause.
	if _, irregular := irregularBase(w); irregular || strings.HasSuffix(w, "ed") && c.lx.Base(w, lexicon.Verb) != w {
		return ""
	}
	if prev := lastWordLower(s[:m[2]]); predicateAux[prev] {
		return ""
	}
	// A happening is no place: "suspects in two shootings", "points in
	// three games" count the happenings the people or things took part
	// in ("in" with a noun of an event or act is no preposition of
	// position, Quirk et al. 1985 ch. 9), whatever the noun: one mark
	// for all such counts, so "suspects in two shootings" meets "the
	// inquiry into five shootings" (session 52). The postmodifier still
	// restricts the happenings to the noun's (§17.37): a teenager's two
	// shootings are a part of "four shootings across the city over the
	// weekend", so such a count meets no count of the happenings told
	// as such (readE's mend). The counted noun's commonest WordNet sense
	// is an act or an event.
	if happening {
		return involvedIn
	}
	return n
}

// involvedIn is the container of a count of happenings a noun's things
// took part in ("suspects in three robberies", "points in 106 games").
const involvedIn = "(happenings of a noun)"

// reInvolvedBefore is reContainerBefore for a count of happenings, with
// "into" ("the inquiry into five shootings").
var reInvolvedBefore = regexp.MustCompile(`(?i)(?:^|\s)([a-z]+)\s+(?:in|into|at|across|inside|within|throughout)\s+` +
	`(?:(?:an?\s+)?(?:estimated|about|around|some|nearly|almost|roughly|approximately|over|at\s+least|more\s+than|fewer\s+than|less\s+than|up\s+to)\s+)?$`)

// countedNoun is the noun a count counts: its unit, else the last word of
// its text ("two shootings" → "shootings").
func countedNoun(v mention.Value) string {
	if v.Unit != "" {
		return v.Unit
	}
	f := strings.Fields(v.Text)
	if len(f) < 2 {
		return ""
	}
	return strings.ToLower(f[len(f)-1])
}

// happeningNoun reports whether a noun's commonest sense is in WordNet's
// noun.act or noun.event ("shooting", "raid", "crash").
func (c *comparer) happeningNoun(w string) bool {
	if w == "" {
		return false
	}
	s, ok := c.lx.FirstSense(c.lx.Base(w, lexicon.Noun), lexicon.Noun)
	return ok && (s.Lex == lexicon.NounAct || s.Lex == lexicon.NounEvent)
}

// containersDiffer reports whether two counts count the places of two
// things, or one the places of a thing and the other the things the clause
// speaks of ("buildings in seven villages were destroyed" / "destroyed
// houses in about 15 villages"; "the quake destroyed seven villages"):
// two facts.
func containersDiffer(f, g *fact) bool {
	return f.v.Type == mention.VCount && f.container != g.container
}
