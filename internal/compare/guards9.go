package compare

import (
	"strconv"
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// Guards of session 9, each from a general cause of the false reports on
// the hand-judged tune file (testdata/findings/judged-discrepancies-tune-s8.tsv).

// toldTogether drops the sides of a fact that are only told together with
// the others: a side whose sentences state, beside their own value, the
// value of another side as a figure of the same kind is no counterpart of
// that side ("hit five cyclists, injuring four" against "hit and injured
// four cyclists"; "they leave Friday and play Sunday" against "they play
// on Sunday"). An article that tells both figures in one sentence tells two
// facts (a part and its whole, two acts of one story). The test is made
// pair by pair: a side stays when one other side is its counterpart, so
// that "an 86-yard run" and "a 90-yard run" still conflict when each
// sentence also gives the day's total of yards that a third side states.
// The figure must be of the other side's act: a count of another act ("12
// arrested" beside "18 injured"), a day said of a statement ("said Friday")
// or of another verb do not count, so that a copy that changed one figure
// of a sentence holding two keeps its conflict. It returns the sides kept.
func (c *comparer) toldTogether(facts []fact, sides []*factSide) []*factSide {
	tells := make([][]bool, len(sides))
	for k, s := range sides {
		tells[k] = make([]bool, len(sides))
		for m, t := range sides {
			tells[k][m] = m != k && c.tellsSide(facts, s, t)
		}
	}
	var keep []*factSide
	for k, s := range sides {
		for m := range sides {
			if m != k && !tells[k][m] && !tells[m][k] {
				keep = append(keep, s)
				break
			}
		}
	}
	return keep
}

// tellsSide reports whether a sentence of side s states, beside its own
// value, the value of side t as a figure of the same kind (toldTogether).
// A time's unit is its resolved day, not a kind: "Friday" and "Sunday" of
// one sentence are two days of one week.
func (c *comparer) tellsSide(facts []fact, s, t *factSide) bool {
	for _, i := range s.facts {
		f := &facts[i]
		if f.v.Type == mention.VAge {
			return false
		}
		for _, o := range append(f.others, c.bareFigures(f)...) {
			if o.Type != f.v.Type || o.Unit != f.v.Unit && o.Unit != "" && f.v.Type != mention.VCount && !isTime(f.v.Type) {
				continue
			}
			if sameFigure(o, t.rep) && c.sameKindAs(f, o, facts, t) {
				return true
			}
		}
	}
	return false
}

// sameKindAs reports whether o, another value of f's sentence, can be a
// value of the fact side t gives: a count of an unnamed thing or of t's
// thing, for no act or for t's act; a time that dates t's act.
func (c *comparer) sameKindAs(f *fact, o mention.Value, facts []fact, t *factSide) bool {
	switch {
	case o.Type == mention.VCount:
		for _, j := range t.facts {
			g := &facts[j]
			// "3 dead": a figure whose unit is its act counts no noun.
			if o.Unit != "" && o.Unit != o.Event && o.Unit != g.v.Unit {
				continue
			}
			if o.Event == "" || o.Event == g.v.Event || o.Event == participle(g.v.Event) || mention.SameEvent(o.Event, g.v.Event) {
				return true
			}
		}
		return false
	case isTime(o.Type) || o.Type == mention.VClock:
		// The other time must date the act the other side's time dates
		// ("face the visitors Sunday" / "meet the visitors on Sunday"):
		// "died Friday after being shot Thursday" against "died
		// Thursday" keeps its conflict.
		h, reported, _ := c.headVerb(c.all[f.doc].Analysis.Tokens[f.v.Sentence], o)
		if reported {
			return false
		}
		heads := false
		for _, j := range t.facts {
			if h != "" && c.sameVerb(h, facts[j].head) {
				return true
			}
			heads = heads || facts[j].head != ""
		}
		if h != "" && heads {
			return false
		}
		// No verb tells the acts apart (a present or future tense: "fly
		// out Friday and race the crew on Sunday"): the other time dates
		// the other side's act when the words right before it are more
		// of the other side's sentence than the words before f's own.
		return c.sharedNear(f.sent, o, f, facts, t) > c.sharedNear(f.sent, f.v, f, facts, t)
	}
	return o.Unit == t.rep.Unit
}

// nearSpan is how many words before a time tell what it dates ("race
// the Danish crew on Sunday").
const nearSpan = 5

// sharedNear counts the content words of the other side's sentences found
// among the words right before the time v of f's sentence s: back to the
// sentence's other values or to a comma, nearSpan words at most; after
// it when nothing stands before ("On Friday they fly out").
func (c *comparer) sharedNear(s string, v mention.Value, f *fact, facts []fact, t *factSide) int {
	from, to := 0, len(s)
	for _, o := range append([]mention.Value{f.v}, f.others...) {
		if o.End <= v.Start && o.End > from {
			from = o.End
		}
		if o.Start >= v.End && o.Start < to {
			to = o.Start
		}
	}
	if v.Start < from || v.End > to || to > len(s) {
		return 0
	}
	before := s[from:v.Start]
	if k := strings.LastIndexAny(before, ",;"); k >= 0 {
		before = before[k+1:]
	}
	ws := strings.Fields(before)
	if len(ws) > nearSpan {
		ws = ws[len(ws)-nearSpan:]
	}
	near := c.lx.ContentWords(strings.Join(ws, " "))
	if len(near) == 0 {
		after := s[v.End:to]
		if k := strings.IndexAny(after, ",;"); k >= 0 {
			after = after[:k]
		}
		ws = strings.Fields(after)
		if len(ws) > nearSpan {
			ws = ws[:nearSpan]
		}
		near = c.lx.ContentWords(strings.Join(ws, " "))
	}
	most := 0
	for _, j := range t.facts {
		n := 0
		for w := range near {
			if facts[j].words[w] {
				n++
			}
		}
		most = max(most, n)
	}
	return most
}

// bareFigures are the figures of a count's sentence that no value reads, a
// count whose noun is left out ("killing two", "sometimes three"), as counts
// of an unnamed thing for no act. "one" is left out: it is mostly a
// pronoun ("one of the men", "no one").
func (c *comparer) bareFigures(f *fact) []mention.Value {
	if f.v.Type != mention.VCount {
		return nil
	}
	toks := c.all[f.doc].Analysis.Tokens[f.v.Sentence]
	var out []mention.Value
	for k, t := range toks {
		if !t.IsWord() && !t.IsNumber() || strings.EqualFold(t.Text, "one") || covered(t.Start, f.v, f.others) {
			continue
		}
		// A figure joined to a sign or another figure ("7-5", "No. 2")
		// is a score or a label.
		if k > 0 && (toks[k-1].End == t.Start && scoreSign(toks[k-1].Text) || strings.EqualFold(toks[k-1].Text, "no.")) ||
			k+1 < len(toks) && toks[k+1].Start == t.End && scoreSign(toks[k+1].Text) {
			continue
		}
		n, ok := mention.ParseNumber(t.Text)
		if !ok {
			continue
		}
		out = append(out, mention.Value{Type: mention.VCount, Text: t.Text, Num: n, Low: n, High: n,
			Norm: strconv.FormatFloat(n, 'g', -1, 64), Sentence: f.v.Sentence, Start: t.Start, End: t.End})
	}
	return out
}

// covered reports whether a byte offset of a sentence lies in one of its
// values.
func covered(at int, v mention.Value, others []mention.Value) bool {
	for _, o := range append([]mention.Value{v}, others...) {
		if at >= o.Start && at < o.End {
			return true
		}
	}
	return false
}

// scoreSign reports whether a token joined to a figure makes it part of a
// score, a range or a ratio ("7-5", "3/4", "2:1"): a sign or a
// figure.
func scoreSign(t string) bool {
	return strings.ContainsAny(t, "-–/:") || t != "" && t[0] >= '0' && t[0] <= '9'
}

// sameFigure reports whether a figure states the value of a side: the same
// figure, not one a hedge allows ("15" is not stated by "at least six").
func sameFigure(o, v mention.Value) bool {
	if isTime(v.Type) || v.Type == mention.VClock {
		return sameValue(o, v)
	}
	return o.Num == v.Num
}

// objectDeterminers may stand between a verb and the figure of its object
// ("leaving the two dogs", "wounding their two guards").
var objectDeterminers = map[string]bool{"the": true, "his": true, "her": true, "their": true, "its": true, "our": true, "all": true}

// objectVerb is, for a count read with no event, the verb right before
// it whose object it is ("the blast that injured eight people", "leaving
// the two dogs alone"): an inflected verb of a happening, past one
// determiner at most. "" when none or when the count has its event.
func (c *comparer) objectVerb(toks []text.Token, v mention.Value) string {
	if v.Type != mention.VCount || v.Event != "" {
		return ""
	}
	at := tokenFrom(toks, v.Start)
	k := at - 1
	if k >= 0 && objectDeterminers[toks[k].Lower] {
		k--
	}
	if at < 0 || k < 0 {
		return ""
	}
	b, ok := c.verbAt(toks[k])
	if !ok || b == "" || !c.happening(b) {
		return ""
	}
	return b
}

// twoActs reports whether two counts of people are of two acts: one is read with no
// event but is the object of a verb (objectVerb), and that verb and the
// other count's act share no sense close in WordNet ("carried six
// people" / "the blast that injured eight people"; "2 hikers hurt" /
// "leaving the two dogs alone").
func (c *comparer) twoActs(f, g *fact) bool {
	// Things kept in a state are no count of another act ("keep 74
	// stores open" / "close 38 stores": stateAndAct).
	if c.stateAndAct(f, g) || c.stateAndAct(g, f) {
		return true
	}
	// Counts of people are kept apart by what was done to them (carried,
	// wounded, left alone); the verbs that tell things done ("fired",
	// "sprayed", "let off" shots) are ways of telling one act.
	if f.v.Event != "" && g.v.Event != "" || !c.firstSensePerson(f.v.Unit) || !c.firstSensePerson(g.v.Unit) {
		return false
	}
	a, b := f.v.Event, g.v.Event
	if a == "" {
		a = f.act
	}
	if b == "" {
		b = g.act
	}
	if a == "" || b == "" || mention.SameEvent(a, b) || a == participle(b) || b == participle(a) {
		return false
	}
	return !c.lx.Synonyms(a, b, lexicon.Verb) && !c.closeVerbs(a, b)
}

// firstSensePerson reports whether a noun's most frequent WordNet sense is
// a person or a group of people ("people", "child", "victim"; not "shot",
// whose person sense, a marksman, is a rare one).
func (c *comparer) firstSensePerson(w string) bool {
	s, ok := c.lx.TopSense(w, lexicon.Noun)
	return ok && (s.Lex == lexicon.NounPerson || s.Lex == lexicon.NounGroup)
}
