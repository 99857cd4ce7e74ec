package mention

import (
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// firstConjunct gives a cue that is the second verb of a coordination of
// verb phrases ("X spoke to Y and asked …", "X met Y on Monday and said
// …") the subject of the first verb, when the speaker read for it is a
// name written after that verb: such a name is the first verb's object or
// part of its complement, and coordinated verb phrases share their
// subject (CGEL ch. 15 §4, coordination of verb phrases). The first verb
// is the nearest finite one before the conjunction, in the cue's clause;
// its subject is the name or personal pronoun right before it
// (auxiliaries and adverbs between). Nothing changes when that subject is
// neither.
func (a *Analysis) firstConjunct(si int, toks []text.Token, i, cs int, q *Quote) {
	if q.Entity < 0 || q.How != "named" || !coordinatedVerb(toks, i) {
		return
	}
	c := i - 1
	for c > 0 && toks[c].Lower != "and" && toks[c].Lower != "but" {
		c--
	}
	for j := c - 1; j > 0 && toks[j].Start >= cs; j-- {
		if w := toks[j].Text; w == "," || w == ";" || w == "“" || w == "”" || w == "\"" {
			return // another clause or an aside: no plain coordination
		}
		if !finiteVerbAt(toks, j) && (toks[j].IsCapitalized() || !isPastForm(toks[j].Lower) || nounAfter(toks[j-1].Text)) {
			continue
		}
		if !a.namedBetween(si, q.Entity, toks[j].End, toks[i].Start) || a.namedBetween(si, q.Entity, cs, toks[j].Start) {
			return
		}
		if a.conjunctSubject(si, toks, j, cs, q) {
			return
		}
	}
}

// conjunctSubject gives q the subject of the verb at token v, the first
// of two coordinated verbs: the name or personal pronoun right before it
// (auxiliaries and adverbs between). It reports false, to look for an
// earlier verb, when that subject is a common noun of no person or group
// ("Doe said the move was made by Roe and said …": a move says nothing,
// so "said" is coordinated with Doe's verb).
func (a *Analysis) conjunctSubject(si int, toks []text.Token, v, cs int, q *Quote) bool {
	k := v - 1
	for k > 0 && adverbish(toks[k].Lower) {
		k--
	}
	if p := subjectPronoun(toks[k].Text); p != "" {
		q.Entity, q.Speaker, q.SpeakerText, q.How, q.role = -1, "", toks[k].Text, "pronoun", false
		return true
	}
	for _, m := range a.Mentions {
		if m.Sentence == si && m.End == toks[k].End && m.Start >= cs {
			if a.speaksAsSubject(m.Entity) && !isPossessor(a.Sentences[si].Text, m) {
				a.speakerFrom(q, m)
			}
			return true
		}
	}
	return !inanimateNoun(toks[k].Text)
}

// inanimateNoun reports whether a lower-case word is a noun none of whose
// WordNet senses is a person or a group ("move", "plan"; not "aides",
// "panel"): such a noun heads no speaker.
func inanimateNoun(w string) bool {
	if w == "" || !unicode.IsLower([]rune(w)[0]) || lexicon.IsStopword(w) {
		return false
	}
	lx := lexicon.Default()
	b := lx.Base(w, lexicon.Noun)
	if !lx.Has(b, lexicon.Noun) {
		return false
	}
	return !anyPersonOrGroupSense(lx, b)
}

// speakerFrom makes the person or organisation of mention m, as
// written there, the named speaker of q (no role: the name itself).
func (a *Analysis) speakerFrom(q *Quote, m NameMention) {
	q.Entity, q.Speaker, q.SpeakerText, q.How, q.role = m.Entity, a.Entities[m.Entity].Name, m.Text, "named", false
}

// namedBetween reports whether entity ei is named in sentence si between
// byte offsets from and to.
func (a *Analysis) namedBetween(si, ei, from, to int) bool {
	for _, m := range a.Mentions {
		if m.Sentence == si && m.Entity == ei && m.Start >= from && m.End <= to {
			return true
		}
	}
	return false
}

// antecedentRightBefore gives q, whose cue opens a relative clause at
// token rel ("…, who said …"), the person named right before the relative
// pronoun "who" as its speaker, though that name is the object of a
// preposition of agent or source ("attacked by Jane Doe, who cites …", "a
// reply from Jane Doe, who said …"): the antecedent of a relative pronoun
// is the noun phrase it follows (CGEL ch. 12 §3). A name after "of",
// "in", "at" or "on" modifies a noun before it, which is the antecedent;
// nothing is given then. It reports whether it found a speaker.
func (a *Analysis) antecedentRightBefore(si int, toks []text.Token, rel int, q *Quote) bool {
	r := rel
	if toks[r].Text == "," && r+1 < len(toks) {
		r++
	}
	if toks[r].Lower != "who" {
		return false
	}
	s := a.Sentences[si].Text
	for _, m := range a.Mentions {
		if m.Sentence != si || m.End > toks[rel].Start || strings.Trim(s[m.End:toks[rel].Start], " ,.") != "" {
			continue
		}
		switch lastWord(lower(s[:m.Start])) {
		case "of", "in", "at", "on":
			return false // "the ex-wife of Jo Ames, who …", "the mayor in Lakeport, who …": the noun the phrase modifies is the antecedent
		}
		if e := a.Entities[m.Entity]; e.Type == Person && CanSpeak(e.Name, e.Type, e.Mentions) {
			a.speakerFrom(q, m)
			return true
		}
	}
	return false
}
