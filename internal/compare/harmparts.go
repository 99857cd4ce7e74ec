package compare

import (
	"strings"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// killedBeside is, for a count of people harmed other than fatally ("six
// people were stabbed", "six wounded"), the people its sentence counts as
// killed beside them ("and two men were killed", "and two dead"), 0 when
// none. One report parts those hit into the wounded and the dead where
// another counts them all ("eight people were stabbed, two of them
// fatally"): six and two are eight (partsOfTotal).
func (c *comparer) killedBeside(toks []text.Token, v mention.Value, others []mention.Value) float64 {
	if v.Type != mention.VCount || !countsPeople(c.lx, v.Unit) || v.Event == "" || mention.SameEvent(v.Event, "kill") || !c.bodilyAct(v.Event) {
		return 0
	}
	n := 0.0
	for _, o := range others {
		if o.Type != mention.VCount || o.Num <= 0 {
			continue
		}
		// "one dead": the adjective heads its noun phrase and names the
		// people who died (Quirk et al. 1985 §7.23, "the dead").
		if o.Unit == "dead" || countsPeople(c.lx, o.Unit) && mention.SameEvent(c.countPredicate(toks, o), "kill") {
			n += o.Num
		}
	}
	if n == 0 && c.oneLifeBeside(toks, v) {
		return 1
	}
	return n
}

// nameToken reports whether a token after a verb opens a name: a
// capitalised word that names no weekday or month ("killed <Name>", not
// "killed Tuesday").
func nameToken(t text.Token) bool {
	_, day := dates.WeekdayNumber(t.Text)
	return t.IsCapitalized() && !day && dates.MonthNumber(t.Text) == 0
}

// lifeTakers are the verbs of the idiom "<verb> the life of <someone>"
// (a death: "the blast claimed the life of a guard"), in their forms.
var lifeTakers = map[string]bool{"claim": true, "claims": true, "claimed": true, "claiming": true,
	"take": true, "takes": true, "took": true, "taken": true, "taking": true}

// oneLifeBeside reports whether a sentence tells of one death beside a
// count with no figure: "claimed the life of <someone>" (the singular
// "life", one person), or an active verb of a death toll whose object is
// one full name ("and killed <First> <Last>"), after the count and in its
// clause. The scan ends at a clause boundary (lifeClauseEnd: another
// event's death, "a week after a crash claimed the life of …", or the
// gunman's, "before officers killed <Name>"); a passive ("was killed")
// tells the subject's death; and a list of names ("killed <Name> and
// <Name>") or a one-word capital ("killed <Nationals>") gives no count of
// one.
func (c *comparer) oneLifeBeside(toks []text.Token, v mention.Value) bool {
	for k := 0; k+1 < len(toks); k++ {
		t := toks[k]
		if t.Start < v.End {
			continue
		}
		if lifeClauseEnd[t.Lower] || relatives[t.Lower] || t.Text == ";" {
			return false
		}
		if k >= 2 && t.Lower == "life" && toks[k+1].Lower == "of" && toks[k-1].Lower == "the" && lifeTakers[toks[k-2].Lower] {
			return true
		}
		if b := c.pastVerb(t, false); b != "" && b != v.Event && mention.SameEvent(b, "kill") {
			if k > 0 && passiveAuxiliaries[toks[k-1].Lower] {
				return false
			}
			return oneFullName(toks, k+1)
		}
	}
	return false
}

// lifeClauseEnd holds the subordinators of time that open another
// clause after a count (Quirk et al. 1985 §14.12); with the relative
// pronouns (relatives) they end the count's clause. A death told past
// one of them is another's.
var lifeClauseEnd = map[string]bool{"after": true, "before": true, "when": true, "while": true,
	"as": true, "until": true, "since": true}

// oneFullName reports whether the tokens from k hold one person's full
// name, two capitalised words at least that name no weekday or month,
// not followed by "and" or a comma and another capital (a list of names).
func oneFullName(toks []text.Token, k int) bool {
	m := k
	for m < len(toks) && nameToken(toks[m]) {
		m++
	}
	if m-k < 2 {
		return false
	}
	if m+1 < len(toks) && (toks[m].Lower == "and" || toks[m].Text == ",") && toks[m+1].IsCapitalized() {
		return false
	}
	return true
}

// partsOfTotal reports whether f counts the people hurt but not killed and
// g all the people hurt by one event: f's count and the dead its sentence
// counts beside it sum to g's count ("six people were stabbed and two men
// were killed" / "eight people were stabbed, two of them fatally"). A
// sentence that tells of a death besides its count ("23 were hurt and one
// killed", a figure too small to be read as a count) parts its people
// too: its count is no total.
//
// A count of the act that hit them ("shot", "stabbed": hitsDead) is a total
// though its sentence tells of the dead beside it: "seven hikers were
// struck and two were killed" says that two of the seven died as readily
// as that an eighth and a ninth did, and so meets "five hikers were struck
// and two died" when the dead it tells beside are as many (or too few to
// be read as a figure, "and one killed"). A count of the harm done ("17
// were injured and one killed") leaves the dead out and stays apart from
// 16 injured.
func partsOfTotal(f, g *fact) bool {
	if f.killedBeside == 0 || f.v.Num+f.killedBeside != g.v.Num {
		return false
	}
	if g.killedBeside == 0 && !g.deathBeside {
		return true
	}
	return g.hitsDead && (g.killedBeside == f.killedBeside || g.killedBeside == 0)
}

// hitsDead reports whether a count of people counts those an act hit,
// the dead among them: its verb's commonest WordNet sense is one of contact
// or competition ("shot", "stabbed", "struck"), not one of the body, the
// harm done ("wounded", "injured"), and it is no verb of a death toll.
func (c *comparer) hitsDead(v mention.Value) bool {
	if v.Type != mention.VCount || v.Event == "" || mention.SameEvent(v.Event, "kill") || !countsPeople(c.lx, v.Unit) {
		return false
	}
	s, ok := c.lx.TopSense(v.Event, lexicon.Verb)
	return ok && (s.Lex == lexicon.VerbContact || s.Lex == lexicon.VerbCompetition)
}

// tellsDeathBeside reports whether a count's sentence tells of a death
// other than by the count's own verb: a verb of a death toll ("killed",
// "died") or "dead".
func (c *comparer) tellsDeathBeside(toks []text.Token, v mention.Value) bool {
	for _, t := range toks {
		if strings.EqualFold(t.Text, "dead") {
			return true
		}
		if b := c.pastVerb(t, false); b != "" && b != v.Event && mention.SameEvent(b, "kill") {
			return true
		}
	}
	return false
}

// countsPeople reports whether a noun names persons: a WordNet sense in
// noun.person or noun.group, or "person" itself, which WordNet files with
// the unique beginners (noun.Tops).
func countsPeople(lx *lexicon.Lexicon, w string) bool {
	return w == "person" || isPersonNoun(lx, w)
}

// bodilyAct reports whether a verb tells of harm to the body (harmVerb) or
// of a physical act done to someone: its commonest WordNet sense is one of
// contact, competition or the body ("shot", "stabbed", "attacked"), as
// agentOfAct reads it.
func (c *comparer) bodilyAct(base string) bool {
	if c.harmVerb(base) {
		return true
	}
	s, ok := c.lx.TopSense(base, lexicon.Verb)
	return ok && (s.Lex == lexicon.VerbContact || s.Lex == lexicon.VerbCompetition || s.Lex == lexicon.VerbBody)
}
