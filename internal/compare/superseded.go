package compare

import (
	"regexp"
	"strings"
	"sync"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// Figures of a developing story as they stood on two days (issue 9: a
// later report of a figure is an update, not a contradiction). Two
// readings tell that a figure was the state on its day, and that another
// article's figure of a later day is the same quantity as it stood later:
//
//   - supersededFigure: the later article tells the earlier figure itself
//     as the origin of a change, "from" after a verb of increase or
//     decrease or after "up"/"down" ("The number of homes lost rose from 14
//     after crews inspected the area", "5,000 people, up from 3,000"). The
//     preposition "from" marks the source, the earlier state, of a change
//     (Quirk et al. 1985 §9.27, source and goal; §9.15 "from" of a
//     starting point): the earlier article's figure is that state.
//   - stillLater: the later article tells its figure in a clause with the
//     continuative "still" (Quirk §8.87, "still" of a state that goes on up
//     to the time of speaking), "34 people were still unaccounted for": the
//     state on the later day, which may differ from the count of an
//     earlier day ("at least 38 people were missing").
//
// Both need the two articles published on two days, the later one's day
// after the other's; articles of one day keep their figures.

// changeVerbSynsets are the verb synsets of "increase" and "decrease"
// (become greater or less in size, amount or number), looked up once.
var changeVerbSynsets struct {
	once sync.Once
	ids  []uint32
}

// changeVerb reports whether verb base b is under a verb sense of
// "increase" or "decrease" within three hypernym steps ("rise", "climb",
// "grow", "fall", "drop").
func (c *comparer) changeVerb(b string) bool {
	changeVerbSynsets.once.Do(func() {
		for _, w := range []string{"increase", "decrease"} {
			changeVerbSynsets.ids = append(changeVerbSynsets.ids, c.lx.SynsetIDs(w, lexicon.Verb)...)
		}
	})
	return b != "" && c.lx.Under(b, lexicon.Verb, changeVerbSynsets.ids, 3)
}

// laterDoc returns the fact of the two whose article was published on a
// later day than the other's, and the other; ok is false when the days
// are one or either is unknown.
func (c *comparer) laterDoc(f, g *fact) (late, early *fact, ok bool) {
	df, dg := c.publishedDay(f.doc), c.publishedDay(g.doc)
	if df.IsZero() || dg.IsZero() || df.Equal(dg) {
		return nil, nil, false
	}
	if df.After(dg) {
		return f, g, true
	}
	return g, f, true
}

// developingFigure is the type of figure a developing story updates: a
// count, an amount, a percentage, a size.
func developingFigure(t string) bool {
	return t == mention.VCount || t == mention.VMoney || t == mention.VPercent || t == mention.VSize
}

// supersededFigure reports whether the later of two articles tells the
// earlier one's figure as the origin of a change (the block comment
// above), in a sentence that names the thing counted (the earlier count's
// noun) when the figure is a count.
func (c *comparer) supersededFigure(f, g *fact) bool {
	if f.v.Type != g.v.Type || !developingFigure(f.v.Type) || f.v.Num == g.v.Num {
		return false
	}
	late, early, ok := c.laterDoc(f, g)
	if !ok || c.all[late.doc].Analysis == nil {
		return false
	}
	a := c.all[late.doc].Analysis
	for _, n := range a.Numbers {
		if n.Value != early.v.Num || n.Sentence < 0 || n.Sentence >= len(a.Sentences) {
			continue
		}
		sent := a.Sentences[n.Sentence].Text
		if n.Start > len(sent) || !c.fromChange(sent[:n.Start]) {
			continue
		}
		if early.v.Type != mention.VCount || early.v.Unit == "" || c.sentenceNoun(sent, early.v.Unit) {
			return true
		}
	}
	return false
}

// reChangeFrom is "from" ending the text before a figure, with an
// approximator between ("from about 12,000").
var reChangeFrom = regexp.MustCompile(`(?i)\bfrom\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|an?\s+estimated\s+)?$`)

// fromChange reports whether the text before a figure ends in "from"
// (reChangeFrom) after a verb of increase or decrease or after "up" or
// "down", within three words ("rose from", "was revised up from", "up
// from", "fell sharply from").
func (c *comparer) fromChange(before string) bool {
	m := reChangeFrom.FindStringIndex(before)
	if m == nil {
		return false
	}
	ws := strings.Fields(before[:m[0]])
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-3; k-- {
		w := strings.ToLower(strings.Trim(ws[k], ",;:()\"'"))
		if w == "up" || w == "down" || c.changeVerb(c.lx.Base(w, lexicon.Verb)) {
			return true
		}
		if strings.ContainsAny(ws[k], ",;:") {
			break
		}
	}
	return false
}

// sentenceNoun reports whether a sentence has a word whose noun base is n.
func (c *comparer) sentenceNoun(sent, n string) bool {
	for _, w := range strings.Fields(sent) {
		w = strings.ToLower(strings.Trim(w, ",;:.()\"'!?"))
		if w == n || c.lx.Base(w, lexicon.Noun) == n {
			return true
		}
	}
	return false
}

// reStill is the continuative "still".
var reStill = regexp.MustCompile(`(?i)\bstill\b`)

// stillLater reports whether the later of two articles tells its figure
// in a clause with "still" and the earlier one does not (the block
// comment above).
func (c *comparer) stillLater(f, g *fact) bool {
	if f.v.Type != g.v.Type || !developingFigure(f.v.Type) || f.v.Num == g.v.Num {
		return false
	}
	late, early, ok := c.laterDoc(f, g)
	return ok && stillClause(late.sent, late.v) && !stillClause(early.sent, early.v)
}

// stillClause reports whether the clause around v in sent holds "still".
func stillClause(sent string, v mention.Value) bool {
	if v.Start < 0 || v.End > len(sent) || v.Start > v.End || !reStill.MatchString(sent) {
		return false
	}
	lo, hi := clauseAround(sent, v)
	if ms := reStill.FindAllStringIndex(sent[lo:v.Start], -1); ms != nil && !reConcessiveStill.MatchString(sent[lo+ms[len(ms)-1][0]:]) {
		// "still" before the figure holds it only when no subordinate
		// clause opens between them: "Police still do not know why the
		// gunman killed seven people" tells a past act, not a state that
		// goes on (Quirk et al. 1985 §15.3, wh-clauses and that-clauses).
		if !reSubordinator.MatchString(sent[lo+ms[len(ms)-1][1] : v.Start]) {
			return true
		}
	}
	return reStill.MatchString(sent[v.End:hi])
}

// reConcessiveStill is "still" as a concessive conjunct, set off by a
// comma ("Still, the gunman killed seven people": Quirk et al. 1985
// §8.137), no continuative.
var reConcessiveStill = regexp.MustCompile(`(?i)^still\s*,`)

// reSubordinator is a word that opens a subordinate clause.
var reSubordinator = regexp.MustCompile(`(?i)\b(?:why|how|what|whether|if|that|who|which|when|where|because|after|before|since)\b`)
