package compare

import (
	"slices"
	"strings"
	"sync"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// This file reads one act told by two verbs WordNet does not relate,
// where the grammar of one clause says what act it tells:
//   - a resulting copula with an adjective ("fell ill", "grew weaker",
//     "turned red") tells the change into the adjective's state, which a
//     verb made from the adjective or a synonym of it by the suffix -en
//     tells in one word ("sickened", "weakened", "reddened"; Quirk et al.
//     1985 §16.21 resulting copulas, App. I.39 deadjectival -en verbs);
//   - a passive light verb whose subject is an event noun ("the arrest was
//     made on Wednesday", "the decision was taken"): the eventive object
//     of make, take, give, do (Quirk et al. 1985 §10.47) made subject by
//     the passive still names the act, as "police arrested him" does;
//   - an inceptive verb with an eventive object ("began a strike",
//     "launched an attack", "staged a walkout": a verb of beginning or
//     of initiating an event, WordNet "begin" and the verbs directly
//     under it or "initiate"): the day the act began is the day of the
//     act ("walked out on Monday").

// copulaAdjective is, for a resulting copula at token k (resultingCopulas,
// stateguards.go: become, get, grow, turn, go, come, fall; Quirk et al.
// 1985 §16.21), its adjective
// complement's base form: the word after it, past one adverb in -ly
// ("fell seriously ill"), that WordNet has as an adjective and not as a
// verb form or a closed-class word. "" when the verb at k is no resulting
// copula or no adjective follows.
func (c *comparer) copulaAdjective(toks []text.Token, k int) string {
	if k < 0 || k+1 >= len(toks) || !resultingCopulas[toks[k].Base(lexicon.Verb)] {
		return ""
	}
	j := k + 1
	if strings.HasSuffix(toks[j].Lower, "ly") && j+1 < len(toks) {
		j++
	}
	t := toks[j]
	if !t.IsWord() || t.IsCapitalized() {
		return ""
	}
	if _, closed := lexicon.ClosedClass(t.Lower); closed {
		return ""
	}
	a := c.lx.Base(t.Lower, lexicon.Adj)
	if a == "" {
		a = t.Lower
	}
	// A participle ("got married", "went missing") is a verb form, no
	// adjective of a state the copula enters.
	if v := c.lx.Base(t.Lower, lexicon.Verb); !c.lx.Has(a, lexicon.Adj) || v != t.Lower && c.lx.Has(v, lexicon.Verb) {
		return ""
	}
	return a
}

// enStems are the adjectives a deadjectival verb in -en may be made
// from: the verb less -en ("sicken": sick), with a doubled consonant
// undoubled ("redden": red) or a final e restored ("whiten": white).
func enStems(v string) []string {
	if len(v) < 5 || !strings.HasSuffix(v, "en") {
		return nil
	}
	s := v[:len(v)-2]
	out := []string{s, s + "e"}
	if n := len(s); n >= 2 && s[n-1] == s[n-2] {
		out = append(out, s[:n-1])
	}
	return out
}

var (
	enOnce  sync.Once
	enVerbs map[uint32][]string // adjective synset → the -en verbs made from its members
)

// deadjectivalVerbs are the verbs in -en WordNet has made from an
// adjective of any synset of adj (a synonym's verb counts: "ill" and
// "sick" share a synset, so "sicken"): verbs of a change of state (a
// sense in verb.change or verb.body) whose stem (enStems) is an
// adjective.
func (c *comparer) deadjectivalVerbs(adj string) []string {
	enOnce.Do(func() {
		enVerbs = map[uint32][]string{}
		c.lx.EachForm(func(form string, senses []lexicon.Sense) {
			if strings.Contains(form, "_") || !strings.HasSuffix(form, "en") {
				return
			}
			change := false
			for _, s := range senses {
				change = change || s.POS == lexicon.Verb && (s.Lex == lexicon.VerbChange || s.Lex == lexicon.VerbBody)
			}
			if !change {
				return
			}
			for _, st := range enStems(form) {
				for _, id := range c.lx.SynsetIDs(st, lexicon.Adj) {
					enVerbs[id] = append(enVerbs[id], form)
				}
			}
		})
	})
	var out []string
	for _, id := range c.lx.SynsetIDs(adj, lexicon.Adj) {
		for _, v := range enVerbs[id] {
			if !slices.Contains(out, v) {
				out = append(out, v)
			}
		}
	}
	return out
}

// copulaChangeAlts are the happenings a resulting copula with an
// adjective at token h dates besides the copula: the -en verbs of the
// adjective ("fell ill on Saturday" dates a sickening).
func (c *comparer) copulaChangeAlts(toks []text.Token, h int) []datedAlt {
	var out []datedAlt
	for _, v := range c.deadjectivalVerbs(c.copulaAdjective(toks, h)) {
		out = append(out, datedAlt{v, lexicon.Verb})
	}
	return out
}

// eventCopulaAdjective is the adjective complement of a count's event
// verb when that verb is a resulting copula in the count's sentence
// ("41 guests have fallen ill": fall, ill); "" otherwise.
func (c *comparer) eventCopulaAdjective(f *fact) string {
	if !resultingCopulas[f.v.Event] {
		return ""
	}
	toks := f.tokens()
	for k := range toks {
		if toks[k].IsWord() && toks[k].Base(lexicon.Verb) == f.v.Event {
			if a := c.copulaAdjective(toks, k); a != "" {
				return a
			}
		}
	}
	return ""
}

// oneStateChange reports whether two counts' events tell one change of
// state: a resulting copula with an adjective against a verb made from
// that adjective or a synonym ("have fallen ill" / "sickened"), or two
// copulas with adjectives of one synset ("fell ill" / "became sick").
func (c *comparer) oneStateChange(f, g *fact) bool {
	a, b := c.eventCopulaAdjective(f), c.eventCopulaAdjective(g)
	switch {
	case a != "" && b != "":
		return a == b || c.lx.Synonyms(a, b, lexicon.Adj)
	case a != "":
		return slices.Contains(c.deadjectivalVerbs(a), g.v.Event)
	case b != "":
		return slices.Contains(c.deadjectivalVerbs(b), f.v.Event)
	}
	return false
}

// lightPassiveSubject is the happening of the event noun that is the
// subject of a passive light verb before a time at token at, in its
// clause ("The arrest was made on Wednesday", "a decision was taken on
// Monday"): the eventive object of have, take, make, give, do (Quirk et
// al. 1985 §10.47) made subject; the light verb tells no act of its own,
// so the time has no head verb, and the noun's verb is what it dates. A
// general noun of happening ("incident") names no act of its own.
func (c *comparer) lightPassiveSubject(toks []text.Token, at int) []datedAlt {
	for k := at - 1; k >= 2 && k >= at-headSpan; k-- {
		if toks[k].Text == "," || toks[k].Text == ";" || isDash(toks, k) {
			return nil
		}
		b := toks[k].Base(lexicon.Verb)
		if !eventiveVerbs[b] || toks[k].Lower == b {
			continue
		}
		be := beBefore(toks, k)
		if be < 1 {
			return nil
		}
		n := toks[be-1]
		if !n.IsWord() || n.IsCapitalized() {
			return nil
		}
		nb := c.lx.Base(n.Lower, lexicon.Noun)
		if _, closed := lexicon.ClosedClass(n.Lower); closed || !c.isEventNoun(n.Lower) || !c.eventNoun(nb) ||
			c.generalEventNoun(nounWord{base: nb, isNoun: true}) || deniedOrOther(toks, be-1) {
			return nil
		}
		return c.happeningOf(n.Lower)
	}
	return nil
}

// deniedOrOther reports whether the noun phrase whose head is at token n
// denies its act or tells another one than the story's: the negative
// determiner "no" ("No arrest was made on Wednesday": a clause negated in
// its subject, Quirk et al. 1985 §10.58ff), an ordinal past the first or
// a word of a second happening ("A second arrest was made on Sunday",
// "another", "a further"; §5.20–5.24, secondAt), or an adjective of
// another referent ("a separate arrest"). Such a time dates no act the
// other articles tell. The determiner and up to two premodifiers are
// read before the head.
func deniedOrOther(toks []text.Token, n int) bool {
	for j := n - 1; j >= 0 && j >= n-3; j-- {
		w := toks[j].Lower
		if !toks[j].IsWord() {
			return false
		}
		if w == "no" || secondAt(toks, j) || reLaterOrdinal.MatchString(w) || seriesAfter[w] || otherReferent[w] {
			return true
		}
		if _, closed := lexicon.ClosedClass(w); closed {
			return false // the determiner ends the phrase
		}
	}
	return false
}

var (
	inceptOnce    sync.Once
	inceptAnchors []uint32
)

// inceptiveVerb reports whether a verb (base form) begins or initiates
// an event: a sense of "begin" of a change (verb.change: begin, start,
// commence, set about) or of "initiate" of a creation (verb.creation:
// "take the initiative in", "originate"), or a sense directly under one
// ("launch": begin with vigor; "stage", "mount": initiate); not the
// stative senses of "begin" ("the road begins at the bridge") nor
// "begin to speak". Quirk et al. 1985 §16.49 lists the
// aspectual verbs of beginning (begin, start, commence) among the verbs
// whose object or complement is the event; a verb of ending or
// continuing is not one, as its time is no time of the act's start.
func (c *comparer) inceptiveVerb(b string) bool {
	inceptOnce.Do(func() {
		inceptAnchors = append(c.lx.SensesIn("begin", lexicon.Verb, lexicon.VerbChange), c.lx.SensesIn("initiate", lexicon.Verb, lexicon.VerbCreation)...)
	})
	return c.lx.Under(b, lexicon.Verb, inceptAnchors, 1)
}

var (
	gaitOnce    sync.Once
	gaitAnchors []uint32
)

// gaitVerbs are the verbs whose first senses name a way a person moves on
// their own (Levin 1993 §51.3.2, run verbs of manner of motion): walk,
// swim, climb, crawl, jump, dive, step, wade.
var gaitVerbs = []string{"walk", "swim", "climb", "crawl", "jump", "dive", "step", "wade"}

// gaitVerb reports whether verb synset s is a gait's (gaitVerbs) or lies
// within two steps under one ("march", "stroll", "stride"): with "into"
// it tells where the walker or swimmer went in ("walked into a police
// station", "swam into the wreckage", "jumped into the river"; the goal
// of "into", Quirk et al. 1985 §9.17), not an impact.
func (c *comparer) gaitVerb(s uint32) bool {
	gaitOnce.Do(func() {
		for _, v := range gaitVerbs {
			if x, ok := c.lx.TopSense(v, lexicon.Verb); ok {
				gaitAnchors = append(gaitAnchors, x.Synset)
			}
		}
	})
	return slices.Contains(gaitAnchors, s) || c.lx.SynsetUnder(s, lexicon.Verb, gaitAnchors, 2)
}

// impactNouns are the lexicographer files of the things a vehicle or a
// body may be driven into: artifacts, natural objects, plants, animals,
// people and groups of them ("a bus shelter", "a tree", "a crowd"); not
// places, acts or states ("into the night", "into debt").
var impactNouns = map[uint8]bool{lexicon.NounArtifact: true, nounObject: true, nounPlant: true, nounAnimal: true,
	lexicon.NounPerson: true, lexicon.NounGroup: true}

// WordNet's lexicographer files of animals, natural objects and plants.
const (
	nounAnimal = 5
	nounObject = 17
	nounPlant  = 20
)

// impactInto is, for a time's head verb at token h, the act of
// colliding when the verb is a verb of motion or contact (its first
// WordNet sense in verb.motion or verb.contact) followed by "into" and a
// lower-case noun phrase that names a thing ("crashed into a bus
// shelter", "ploughed into the shelter", "slammed into a wall"): "into"
// marks the goal where the motion ends (Quirk et al. 1985 §9.17), and a
// motion ended against a thing is an impact, the collision verbs of
// contact by impact tell (Levin 1993 §18.4, "hit" verbs with "into").
// Two such verbs then tell one crash, though WordNet files "plough"
// under travel and "crash" under collide. Not a verb WordNet lists with
// "into" as a verb of its own ("break into", "run into", "fall into",
// "move into": a prepositional verb whose meaning is its own, Quirk et
// al. 1985 §16.5), a light verb or a copula ("turned into").
func (c *comparer) impactInto(toks []text.Token, h int) []datedAlt {
	if h < 0 || h+2 >= len(toks) || toks[h+1].Lower != "into" {
		return nil
	}
	b := toks[h].Base(lexicon.Verb)
	if b == "" || lightVerb(b) || resultingCopulas[b] || c.lx.Has(b+"_into", lexicon.Verb) {
		return nil
	}
	if s, ok := c.lx.TopSense(b, lexicon.Verb); !ok || s.Lex != lexicon.VerbMotion && s.Lex != lexicon.VerbContact || c.gaitVerb(s.Synset) {
		return nil
	}
	head := ""
	for k := h + 2; k < len(toks) && k <= h+5; k++ {
		t := toks[k]
		if !t.IsWord() || t.IsCapitalized() {
			break
		}
		if objectDeterminers[t.Lower] || t.Lower == "a" || t.Lower == "an" {
			continue
		}
		if _, closed := lexicon.ClosedClass(t.Lower); closed {
			break
		}
		if n := c.lx.Base(t.Lower, lexicon.Noun); c.lx.Has(n, lexicon.Noun) {
			head = n
			continue
		}
		// A premodifying adjective or participle ("a parked car").
		if !c.lx.Has(t.Lower, lexicon.Adj) && !strings.HasSuffix(t.Lower, "ed") {
			break
		}
	}
	if head == "" {
		return nil
	}
	if s, ok := c.lx.TopSense(head, lexicon.Noun); !ok || !impactNouns[s.Lex] {
		return nil
	}
	return []datedAlt{{"collide", lexicon.Verb}}
}
