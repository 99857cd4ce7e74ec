package compare

import (
	"strings"
	"sync"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// The day of a harm. A report of an attack gives the day someone was hurt,
// whatever verb tells it: "was shot Friday", "was wounded on Friday",
// "killed his friend Friday", "the fatal shooting Friday". WordNet files
// shooting and stabbing under killing and wounding under injuring
// (verbRole), and one attack may be told by any of them: one shot kills
// one person and wounds another. An article that gives every harm it
// tells one day gives the day of its story's attack, and two such
// articles of one story that give two days disagree on it, though they
// word the harm differently. An article that dates harms on two days may
// tell two attacks (a shooting Friday, another Sunday) and gives no one
// day of harm.

// harmDated reports whether a time dates a harm done to someone: its
// dated thing (datedThing: the verb read before it in its clause, or the
// event noun it modifies) is a verb of killing or injuring, or an event
// noun derived from one ("the shooting Friday"), or its verb tells such a
// harm undergone ("suffered a gunshot wound Friday": undergoneHarm). With all, any happening
// it dates counts (datedAlts: "as", "while" and "when" clauses, an event
// noun subject), as it does for the other days of an article.
func (c *comparer) harmDated(f *fact, all bool) bool {
	var alts []datedAlt
	if all {
		alts = c.datedAlts(f)
	} else if w, pos := c.datedThing(f); w != "" {
		alts = []datedAlt{{w, pos}}
		if f.undergone != "" {
			alts = append(alts, datedAlt{f.undergone, lexicon.Verb})
		}
	}
	for _, a := range alts {
		w := a.w
		if a.pos == lexicon.Noun {
			vs := c.nounVerbs(c.lx.Base(w, lexicon.Noun))
			if len(vs) == 0 {
				continue
			}
			w = vs[0]
		}
		if c.harmDoneVerb(w) {
			return true
		}
	}
	return false
}

// pastDeedDay reports whether a fact is a weekday told in the past tense
// of a deed, read from its clause: not a statement's day, no background
// and no plan.
func pastDeedDay(f *fact) bool {
	return f.v.Type == mention.VWeekday && !f.reported && f.bg == "" &&
		mention.ClauseTense(f.sent, f.v.Start, f.v.End) == mention.TensePast && !mention.PresentBefore(f.sent, f.v.Start)
}

// markOnlyHarmDays marks the weekdays of a past harm whose article dates
// no harm on another weekday (read from any happening that weekday dates)
// and names no other weekday in their sentence (two days of two deeds in
// one sentence leave which day dates which deed to the reading of the
// clause).
func (c *comparer) markOnlyHarmDays(facts []fact) {
	harm := make([]bool, len(facts))
	for i := range facts {
		harm[i] = facts[i].v.Type == mention.VWeekday && !facts[i].reported && c.harmDated(&facts[i], true)
	}
	for i := range facts {
		if !pastDeedDay(&facts[i]) || !c.harmDated(&facts[i], false) {
			continue
		}
		f := &facts[i]
		f.onlyHarmDay = true
		for j := range facts {
			g := &facts[j]
			if j == i || g.doc != f.doc || g.v.Type != mention.VWeekday || g.reported || sameValue(g.v, f.v) {
				continue
			}
			if harm[j] || g.v.Sentence == f.v.Sentence {
				f.onlyHarmDay = false
				break
			}
		}
	}
}

// onlyDaysOfHarm reports whether two weekdays are each the one day their
// article gives a harm (markOnlyHarmDays): the day of the story's attack,
// told two ways. Two sentences that each name a person and no person in
// common tell of two people, who may have been hurt on two days.
func (c *comparer) onlyDaysOfHarm(f, g *fact) bool {
	if !f.onlyHarmDay || !g.onlyHarmDay {
		return false
	}
	return len(f.people) == 0 || len(g.people) == 0 || samePerson(f.people[0], g.people[0])
}

// harmDoneVerb reports whether one of a verb's two commonest senses
// (WordNet's order) is a sense of killing or injuring or lies right under
// one: "shoot", "wound", "stab", "murder", not "dispatch" (its sense of
// killing is rare) nor "remove" (verbRole takes any sense); or whether it
// is a verb idiom whose commonest sense is firing a weapon or right under
// it ("opened fire": the shots of the attack another article tells by the
// harm they did). The bare verb "fire" is left out: its objects are as
// often things ("fired a flare", "fired the engine").
func (c *comparer) harmDoneVerb(b string) bool {
	r := c.roleSynsets()
	for _, s := range c.lx.Senses(b) {
		if s.POS == lexicon.Verb && s.Rank < 2 && c.lx.SynsetUnder(s.Synset, lexicon.Verb, r.harm, 1) {
			return true
		}
	}
	return c.firingIdiom(b)
}

// firingIdiom reports whether verb base b is a verb idiom whose commonest
// sense is firing a weapon or lies right under it ("open fire"); the bare
// verb "fire" is not one (see harmDoneVerb).
func (c *comparer) firingIdiom(b string) bool {
	s, ok := c.lx.TopSense(b, lexicon.Verb)
	return ok && strings.Contains(b, " ") && c.lx.SynsetUnder(s.Synset, lexicon.Verb, c.roleSynsets().fire, 1)
}

// undergoneHarm is the verb of the harm a time's verb (token h, before the
// time at token at) tells its subject underwent: a verb WordNet puts in one
// synset with "sustain" (suffer, sustain, have, get: to undergo injuries
// or illnesses) whose object's head noun, the last word before a
// preposition, punctuation or the time, names a state first (WordNet's
// noun.state: an injury, not "a defeat") and is derived from a verb of
// harm ("suffered a gunshot wound to the chest Tuesday": wound;
// "sustained minor injuries Friday": injure). "" when none.
func (c *comparer) undergoneHarm(toks []text.Token, h, at int) string {
	if h < 0 || h+1 >= at || !c.lx.Synonyms(toks[h].Base(lexicon.Verb), "sustain", lexicon.Verb) {
		return ""
	}
	noun := ""
	for k := h + 1; k < at && k <= h+5; k++ {
		lw := toks[k].Lower
		if !toks[k].IsWord() {
			break
		}
		if tag, closed := lexicon.ClosedClass(lw); closed && (tag == "IN" || tag == "TO" || tag == "CC") {
			break
		}
		noun = lw
	}
	b := c.lx.Base(noun, lexicon.Noun)
	if s, ok := c.lx.TopSense(b, lexicon.Noun); noun == "" || !ok || s.Lex != lexicon.NounState {
		return ""
	}
	for _, v := range lexicon.DerivedVerbs(b) {
		if c.harmDoneVerb(v) {
			return v
		}
	}
	return ""
}

// harmBeside is the verb of a harm a time dates beside its head verb
// (token h, read before the time at token at): a harm its subject
// underwent (undergoneHarm), the killing of a person who died at the
// scene (diedAtScene), or the harm a person is accused of (accusedHarm).
// "" when none.
func (c *comparer) harmBeside(toks []text.Token, h, at int) string {
	if u := c.undergoneHarm(toks, h, at); u != "" {
		return u
	}
	if c.diedAtScene(toks, h, at) {
		return "kill"
	}
	return c.accusedHarm(toks, h, at)
}

// diedAtScene reports whether a time's head verb (token h) is *die* with,
// in its clause, a phrase of place whose noun is "scene" ("died Friday
// night at the scene", "died at the scene on Friday"): WordNet's scene is
// the place where some action occurs, and a death there is the attack's,
// dated by the day of the attack, where a death in hospital may come days
// later.
func (c *comparer) diedAtScene(toks []text.Token, h, at int) bool {
	if toks[h].Base(lexicon.Verb) != "die" {
		return false
	}
	for k := h + 1; k < len(toks) && k <= at+headSpan; k++ {
		if toks[k].Text == "," && k > at || toks[k].Text == ";" || clausePunct[toks[k].Text] || isDash(toks, k) {
			return false
		}
		if k >= 2 && strings.EqualFold(toks[k].Text, "scene") && strings.EqualFold(toks[k-1].Text, "the") {
			if tag, _ := lexicon.ClosedClass(toks[k-2].Lower); tag == "IN" {
				return true
			}
		}
	}
	return false
}

// accusedHarm is the verb of harm of a gerund after a preposition
// between a time and its head verb (token h) when that verb is *accuse*
// or a WordNet synonym ("a man accused of shooting his nephew Tuesday"):
// an accusation is no happening of the story, the deed it names is, and
// the time after the deed dates it (headVerb passes over such a gerund,
// which names no dated thing after a verb of happening: "detained on
// suspicion of poaching Monday"). "" when none.
func (c *comparer) accusedHarm(toks []text.Token, h, at int) string {
	b := toks[h].Base(lexicon.Verb)
	if !c.lx.Synonyms(b, "accuse", lexicon.Verb) { // Synonyms holds for the word itself
		return ""
	}
	for k := h + 1; k < at; k++ {
		if !gerundAfterPreposition(toks, k) {
			continue
		}
		if g, ok := c.timeVerbIn(toks, k); ok && g != "" && c.harmDoneVerb(g) {
			return g
		}
	}
	return ""
}

// killingDepth is how far under WordNet's act of killing a noun's most
// frequent sense may lie for nounVerbs to read it as killing:
// "homicide" right under it, "manslaughter" under homicide.
const killingDepth = 2

// nounVerbs are the verbs a noun of happening (base form b) names: those
// WordNet derives it from ("shooting": shoot), else, for a noun derived
// from no verb whose most frequent sense is an act of killing in WordNet
// ("homicide", "manslaughter"), the verb "kill": the noun tells the deed
// the verb tells ("the Friday homicide at the farm", "a farmer was killed
// Friday").
//
// A noun of an act derived from no verb whose most frequent sense lies
// right under an act some noun derived from a verb names is a kind of
// that act, and names its verb: "gunfire" and "gunshot" are kinds of
// shooting in WordNet (shoot).
func (c *comparer) nounVerbs(b string) []string {
	if vs := lexicon.DerivedVerbs(b); len(vs) > 0 {
		return vs
	}
	s, ok := c.lx.TopSense(b, lexicon.Noun)
	if !ok || s.Lex != lexicon.NounAct {
		return nil
	}
	if !c.lx.SynsetUnder(s.Synset, lexicon.Noun, c.roleSynsets().killing, killingDepth) {
		for _, h := range s.Hypernyms {
			if vs := derivedActVerbs(c.lx)[h]; len(vs) > 0 {
				return vs
			}
		}
		return nil
	}
	return []string{"kill"}
}

// actVerbs is derivedActVerbs' map, read once.
var (
	actVerbsOnce sync.Once
	actVerbs     map[uint32][]string
)

// derivedActVerbs maps each noun synset of an act (WordNet's noun.act) to
// the verbs WordNet derives a noun of it from ("shooting": shoot), read
// from the lexicon once. When several forms of a synset derive from
// verbs ("postponement": postpone, "deferral": defer), the synset takes
// the verbs of the form whose sense it is most often, then the first form
// in alphabetical order (fileActVerbs): EachForm's order is the hash
// table's, which changes from run to run.
func derivedActVerbs(lx *lexicon.Lexicon) map[uint32][]string {
	actVerbsOnce.Do(func() {
		chosen := map[uint32]actVerbChoice{}
		lx.EachForm(func(form string, senses []lexicon.Sense) {
			if vs := lexicon.DerivedVerbs(form); len(vs) > 0 {
				fileActVerbs(chosen, form, senses, vs)
			}
		})
		actVerbs = make(map[uint32][]string, len(chosen))
		for id, ch := range chosen {
			actVerbs[id] = ch.verbs
		}
	})
	return actVerbs
}

// actVerbChoice is the form whose derived verbs an act synset takes, and
// the rank of the synset among that form's senses.
type actVerbChoice struct {
	form  string
	rank  uint8
	verbs []string
}

// fileActVerbs files verbs, the verbs form derives from, under each noun
// synset of an act among form's senses, unless a form filed before ranks
// the synset higher among its senses or ranks it the same and comes
// first in alphabetical order: the choice does not depend on the order
// the forms come in.
func fileActVerbs(chosen map[uint32]actVerbChoice, form string, senses []lexicon.Sense, verbs []string) {
	for _, s := range senses {
		if s.POS != lexicon.Noun || s.Lex != lexicon.NounAct {
			continue
		}
		if o, ok := chosen[s.Synset]; ok && (o.rank < s.Rank || o.rank == s.Rank && o.form <= form) {
			continue
		}
		chosen[s.Synset] = actVerbChoice{form, s.Rank, verbs}
	}
}
