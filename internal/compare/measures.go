package compare

import (
	"regexp"
	"strings"
	"sync"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// twoMeasures reports whether two figures measure two things by what
// each measures: a change against a part of a whole (changeAndShare), a
// figure proposed against one that holds (proposalApart), the whole of a
// partitive against a count of its part (wholeAndPart), a point along a
// stretch against a length (elapsedApart), the day of an act done again
// against a day told without (repeatedOccurrence, elapsed.go), a figure
// as it stood on an earlier day against a later one (supersededFigure,
// stillLater, superseded.go), a figure of another domain (domainApart),
// a part of a whole against a measure of another subject
// (measuredSubjectApart).
func (c *comparer) twoMeasures(f, g *fact) bool {
	return c.changeAndShare(f, g) || c.proposalApart(f, g) || wholeAndPart(f, g) || elapsedApart(f, g) || repeatedOccurrence(f, g) ||
		c.supersededFigure(f, g) || c.stillLater(f, g) || domainApart(f, g) || c.measuredSubjectApart(f, g)
}

// changeAndShare reports whether two percentages measure two kinds of
// thing: one a change of a quantity ("a 30% decline in turnout", "a 4
// percent rise"), the other a part of a whole ("70 percent of the vote",
// "a 40 percent share"). A percentage of change is the size of a
// difference between two amounts, relative to the first; a percentage of
// a whole is a part of one amount: two measures, never one fact told two
// ways, whatever the wording around them shares. The noun of change is one
// with a WordNet sense within three hypernym steps of a sense of
// "increase", "decrease" or "change of magnitude" (decline, rise, drop,
// gain, jump, growth, cut, loss, hike); both figures must name their noun
// (the one a percentage reads as its own, mention.Value.Noun).
func (c *comparer) changeAndShare(f, g *fact) bool {
	if f.v.Type != mention.VPercent || g.v.Type != mention.VPercent || f.v.Noun == "" || g.v.Noun == "" {
		return false
	}
	cf, cg := c.changeNoun(f.v.Noun), c.changeNoun(g.v.Noun)
	if cf == cg {
		return false
	}
	// The other figure must be told as a part of a whole ("70 percent of
	// the vote", a partitive: Quirk et al. 1985 §5.8): a percentage of a
	// noun that names no change and no whole ("a 4 percent pay deal",
	// "fares rose 15 percent") may tell the same change.
	if cf {
		return partOfWhole(g)
	}
	return partOfWhole(f)
}

// partOfWhole reports whether a percentage is told as a part of a whole:
// "of" right after it ("58 percent of the vote").
func partOfWhole(f *fact) bool {
	if f.v.End > len(f.sent) {
		return false
	}
	ws := strings.Fields(f.sent[f.v.End:])
	return len(ws) > 0 && strings.EqualFold(ws[0], "of")
}

// changeNoun reports whether noun n (a base form) names a change of a
// quantity (changeAndShare).
func (c *comparer) changeNoun(n string) bool {
	changeSynsets.once.Do(func() {
		for _, w := range []string{"increase", "decrease", "change of magnitude"} {
			changeSynsets.ids = append(changeSynsets.ids, c.lx.SynsetIDs(w, lexicon.Noun)...)
		}
	})
	return c.lx.Under(n, lexicon.Noun, changeSynsets.ids, 3)
}

// changeSynsets are the noun synsets of a change of quantity
// (changeNoun), looked up once.
var changeSynsets struct {
	once sync.Once
	ids  []uint32
}

// twoPremodifiedNouns reports whether two calendar times (a date, a month
// or a year) each premodify a noun, the first word after the time ("the
// November election" / "a March 1 caucus"), and the two nouns name two
// things: not one noun or WordNet synonyms (oneNoun), not related in
// WordNet, not derived from one verb or two close ones (nounVerbs). A time placed before a
// noun as its premodifier classifies that noun, the thing it dates (Quirk
// et al. 1985 §17.104), as "the March 4 referendum" does; two nouns so
// dated are two dated things, whatever the clauses' verbs are.
func (c *comparer) twoPremodifiedNouns(f, g *fact) bool {
	a, b := c.calendarNoun(f), c.calendarNoun(g)
	if a == "" || b == "" || c.oneNoun(a, b) || c.lx.Related(a, b, lexicon.Noun) {
		return false
	}
	for _, x := range c.datedVerbs(a) {
		for _, y := range c.datedVerbs(b) {
			if c.closeVerbs(x, y) {
				return false
			}
		}
	}
	return true
}

// datedVerbs are the verbs a dated noun names: those nounVerbs gives, the
// verb of the same form (conversion, Quirk et al. 1985 App. I.43: "a
// poll", "to poll") and the verbs of the acts right above its commonest
// sense. "election" is a "vote" in WordNet and "to poll" is to vote, so
// "the March 3 election" and "the March 5 poll" meet through "vote".
func (c *comparer) datedVerbs(n string) []string {
	vs := c.nounVerbs(n)
	if c.lx.Has(n, lexicon.Verb) {
		vs = append(vs, n)
	}
	if s, ok := c.lx.TopSense(n, lexicon.Noun); ok && s.Lex == lexicon.NounAct {
		for _, h := range s.Hypernyms {
			vs = append(vs, derivedActVerbs(c.lx)[h]...)
		}
	}
	return vs
}

// calendarNoun is the noun a date, month or year premodifies: its
// value's noun when that is the lower-case word right after it ("the
// November election"), "" otherwise.
func (c *comparer) calendarNoun(f *fact) string {
	switch f.v.Type {
	case mention.VDate, mention.VMonth, mention.VYear:
	default:
		return ""
	}
	n := f.v.Noun
	if n == "" || f.v.End > len(f.sent) {
		return ""
	}
	ws := strings.Fields(f.sent[f.v.End:])
	if len(ws) == 0 {
		return ""
	}
	w := strings.Trim(ws[0], `.,;:!?"'()“”‘’`)
	if w == "" || strings.ToLower(w) != w {
		return ""
	}
	if w != n && c.lx.Base(w, lexicon.Noun) != n {
		return ""
	}
	return n
}

// reCombinatory is an adverbial that makes coordinated subjects hold a
// figure jointly, as a sum (combinatory coordination, Quirk et al. 1985
// §13.60–13.62: "together", "jointly", "between them", "collectively",
// "combined", "in all").
var reCombinatory = regexp.MustCompile(`(?i)\b(?:together|jointly|collectively|combined|between them|in all)\b`)

// jointApart reports whether one figure is a sum held jointly by
// coordinated names, its sentence marking it so before the figure
// ("Collectively, Ames, Bode and Cray collected 7 percent of the vote"),
// and the other a figure of one named owner, or of none in a sentence
// that names someone the joint figure's does not: the sum of several
// people's parts is no figure of any one of them ("Dane finished third
// with 23 percent"). A figure of no named owner in a sentence that names
// no one else may be the group's, told without its names ("the two
// campaigns raised $5 million").
func jointApart(f, g *fact) bool {
	joint := func(x *fact) bool {
		return len(x.owners) >= 2 && x.v.Start <= len(x.sent) && reCombinatory.MatchString(x.sent[:x.v.Start])
	}
	other := func(x, y *fact) bool {
		if len(y.owners) == 1 {
			return true
		}
		if len(y.owners) > 1 {
			return false
		}
		for w := range y.names {
			if !x.names[w] {
				return true
			}
		}
		return false
	}
	return joint(f) && other(f, g) || joint(g) && other(g, f)
}

// proposalApart reports whether, of two amounts, shares or counts, one is
// a figure proposed and the other one that holds: a figure in the object
// of a verb of proposing or backing ("backing a wage floor of $17 an hour",
// "proposed a 20 percent levy", "who demanded a $15 wage") names what
// someone wants, not what is (a non-factual context: the verb's object is
// no fact the writer asserts, Quirk et al. 1985 §14.16), so it is another
// fact than a figure stated as holding ("the wage, now $10 an hour").
// Two proposed figures may still conflict.
func (c *comparer) proposalApart(f, g *fact) bool {
	switch f.v.Type {
	case mention.VMoney, mention.VPercent, mention.VCount:
	default:
		return false
	}
	if f.v.Type != g.v.Type {
		return false
	}
	pf, pg := c.proposedFigure(f), c.proposedFigure(g)
	switch {
	case pf && !pg:
		return !c.wantedFigure(g)
	case pg && !pf:
		return !c.wantedFigure(f)
	}
	return false
}

// wantedFigure reports whether a figure stands in the object of a verb
// one of whose frequent senses is, or lies one step below, a sense of
// backing, proposing, demanding, requesting, approving or wanting
// ("approved a $14 million budget", "sought $6 million in damages", "is
// asking for a 9 percent raise"): the same proposal or decision told with
// another verb than proposedFigure's, so no figure that holds
// (proposalApart). "for" after the verb completes it ("ask for", "call
// for").
func (c *comparer) wantedFigure(f *fact) bool {
	wantSynsets.once.Do(func() {
		for _, a := range []string{"back", "propose", "advocate", "demand", "request", "approve", "want"} {
			for _, s := range c.lx.Senses(a) {
				if s.POS == lexicon.Verb && s.Rank < frequentRank {
					wantSynsets.ids = append(wantSynsets.ids, s.Synset)
				}
			}
		}
	})
	return c.objectOfVerb(f, true, func(w string) bool {
		b := c.verbFormBase(w)
		if b == w || !c.lx.Has(b, lexicon.Verb) {
			return false
		}
		for _, s := range c.lx.Senses(b) {
			if s.POS == lexicon.Verb && s.Rank < frequentRank && c.lx.SynsetUnder(s.Synset, lexicon.Verb, wantSynsets.ids, 1) {
				return true
			}
		}
		return false
	})
}

// wantSynsets are the frequent verb senses of wanting and approving
// (wantedFigure), looked up once.
var wantSynsets struct {
	once sync.Once
	ids  []uint32
}

// proposedFigure reports whether a figure stands in the object of a verb
// of proposing or backing (proposalVerb): such a verb form at most five
// words before it in its clause, with no punctuation, preposition but
// "of", subordinator, infinitive marker or verb of saying between them
// ("was backed by 40 percent of voters" is a share that holds), and the
// form not after a determiner (a noun: "the backing of 57 percent").
func (c *comparer) proposedFigure(f *fact) bool {
	return c.objectOfVerb(f, false, c.proposalVerb)
}

// objectOfVerb reports whether a figure stands in the object of a verb
// form verb accepts (proposedFigure), "for" passed when forOK.
func (c *comparer) objectOfVerb(f *fact, forOK bool, verb func(string) bool) bool {
	if f.v.Start > len(f.sent) {
		return false
	}
	ws := strings.Fields(f.sent[:f.v.Start])
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-6; k-- {
		w := ws[k]
		if strings.ContainsAny(w, ",;:()\"“”—") {
			return false
		}
		lw := strings.ToLower(w)
		if verb(lw) {
			// After a determiner the -ing or -s form is a noun: "had the
			// backing of 57 percent" tells a share that holds.
			if k > 0 {
				if tag, _ := lexicon.ClosedClass(strings.ToLower(ws[k-1])); tag == "DT" || tag == "PRP$" {
					return false
				}
			}
			return true
		}
		if tag, _ := lexicon.ClosedClass(lw); tag == "TO" || tag == "WDT" || tag == "WP" || tag == "IN" && lw != "of" && !(forOK && lw == "for") || c.reportingWord(lw) {
			return false
		}
	}
	return false
}

// proposalVerb reports whether w is an inflected form (not the base,
// which may be another word class: "came back with 20 percent") of a
// verb whose commonest WordNet sense is, or lies one step below, that of
// "back" (back, endorse, support), "propose" (suggest), "advocate"
// (recommend) or "demand".
func (c *comparer) proposalVerb(w string) bool {
	b := c.verbFormBase(w)
	if b == w || !c.lx.Has(b, lexicon.Verb) {
		return false
	}
	s, ok := c.lx.TopSense(b, lexicon.Verb)
	if !ok {
		return false
	}
	proposalSynsets.once.Do(func() {
		for _, a := range []string{"back", "propose", "advocate", "demand"} {
			if t, ok := c.lx.TopSense(a, lexicon.Verb); ok {
				proposalSynsets.ids = append(proposalSynsets.ids, t.Synset)
			}
		}
	})
	return c.lx.SynsetUnder(s.Synset, lexicon.Verb, proposalSynsets.ids, 1)
}

// proposalSynsets are the commonest verb senses of proposing and backing
// (proposalVerb), looked up once.
var proposalSynsets struct {
	once sync.Once
	ids  []uint32
}
