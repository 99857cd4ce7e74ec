package mention

import (
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// A "they" speaker often stands for people the article names by a common
// noun, not by a name: "Conservatives thought the term would be different.
// Still reeling from losses, they welcomed …", "The aides, led by the
// campaign manager, told the group … They said …". The group that opens a
// recent sentence as its subject is then a nearer antecedent than any
// organisation or persons named before it.

// maxGroupWords bounds the opening noun phrase read as a group subject.
const maxGroupWords = 8

// groupSubject returns the plural noun phrase of people (or a collective
// noun of people) that opens one of the sentences from si back to si-2 as
// its subject, the nearest first, and that sentence's index; in sentence
// si the phrase must end before body offset before. It returns "", -1
// when there is none.
func (a *Analysis) groupSubject(si, before int) (string, int) {
	for k := si; k >= 0 && k >= si-2; k-- {
		np, end := a.openingGroup(k)
		if np != "" && (k < si || a.Sentences[k].Start+end <= before) {
			return np, k
		}
	}
	return "", -1
}

// openingGroup returns the noun phrase that opens sentence k when it is
// the sentence's subject — a finite verb or a comma follows it — and its
// head (sourceHeadAt: "attendees" in "The attendees at the party") is a
// group source (headKind: a plural noun of persons, a collective noun),
// with the phrase's end offset in the sentence; "", 0 otherwise.
func (a *Analysis) openingGroup(k int) (string, int) {
	toks := a.Tokens[k]
	j := 0
	for ; j < len(toks) && j < maxGroupWords; j++ {
		t := toks[j]
		if !t.IsWord() && t.Text != "’s" && t.Text != "'s" && t.Text != "-" {
			break
		}
		if j > 0 && subjectVerbAt(toks, j) {
			break
		}
	}
	if j == 0 || j >= len(toks) || j >= maxGroupWords || toks[j].Text != "," && !subjectVerbAt(toks, j) {
		return "", 0
	}
	np := toks[:j]
	h, share := sourceHeadAt(np)
	if share || h < 0 || !np[h].IsWord() || !nounPhraseShape(np, h) || !a.groupHead(np, h, k) {
		return "", 0
	}
	s := a.Sentences[k].Text
	if a.inQuoted(a.Sentences[k].Start + np[0].Start) {
		return "", 0 // a quotation's words, not the narrative's subject
	}
	return s[np[0].Start:np[j-1].End], np[j-1].End
}

// groupHead reports whether token h of an opening noun phrase heads a
// group of people: headKind reads it as a group, and a capitalised head
// is a common noun (commonHead: "Progressives" opening a sentence), not a
// name.
func (a *Analysis) groupHead(np []text.Token, h, k int) bool {
	head, _ := stripPossessive(np[h].Text)
	if headKind(head) != KindGroup {
		return false
	}
	return !startsUpper(head) || a.commonHead(head, h == 0)
}

// preferGroupSubject gives a "they" speaker the group that opens a recent
// sentence (groupSubject) when that sentence is no earlier than the last
// mention of the entity the pronoun was resolved to: the speaker is then
// the group's phrase, with no entity (PronounSource returns it).
func (a *Analysis) preferGroupSubject(q *Quote) {
	np, gs := a.groupSubject(q.Sentence, q.Start)
	if np == "" {
		return
	}
	if q.Entity >= 0 && a.lastMentionSentence(q.Entity, q.Sentence) > gs {
		return
	}
	q.Entity, q.Speaker, q.group = -1, "", np
}

// lastMentionSentence returns the sentence of the last mention of entity
// e outside quotations, at or before sentence si, or -1.
func (a *Analysis) lastMentionSentence(e, si int) int {
	last := -1
	for _, m := range a.Mentions {
		if m.Entity == e && m.Sentence <= si && m.Sentence > last && !a.inQuoted(a.Sentences[m.Sentence].Start+m.Start) {
			last = m.Sentence
		}
	}
	return last
}

// subjectVerbAt reports whether token j is the finite verb after a
// subject: finiteVerbAt, irregularPastAt, or after a plural noun a past
// tense of WordNet's exception list or a verb's base form ("aides
// spent", "advisers think").
func subjectVerbAt(toks []text.Token, j int) bool {
	if finiteVerbAt(toks, j) || irregularPastAt(toks, j) {
		return true
	}
	if j == 0 || !toks[j].IsWord() || toks[j].IsCapitalized() || !toks[j-1].IsWord() {
		return false
	}
	lx := lexicon.Default()
	prev, w := toks[j-1].Lower, toks[j].Lower
	if b := lx.Base(prev, lexicon.Noun); b == prev || !lx.Has(b, lexicon.Noun) {
		return false // no plural noun before it
	}
	if _, closed := lexicon.ClosedClass(w); closed {
		return false
	}
	return pastTense(lx, w) || lx.Base(w, lexicon.Verb) == w && lx.Has(w, lexicon.Verb)
}

// preferCoordination gives a "they" speaker that no name or nearer group
// resolved the first name of the nearest coordination of names before it
// (coordinatedAntecedent): a group subject (preferGroupSubject) keeps the
// pronoun when it opens the coordination's sentence or a later one.
func (a *Analysis) preferCoordination(q *Quote) {
	e, cs := a.coordinatedAntecedent(*q)
	if e < 0 || q.Entity >= 0 {
		return
	}
	if _, gs := a.groupSubject(q.Sentence, q.Start); q.group != "" && gs >= cs {
		return
	}
	q.Entity, q.Speaker, q.group = e, a.Entities[e].Name, ""
}

// coordinatedAntecedent returns the first entity of the nearest
// coordination of names ("Doe and Roe", "Doe, Roe and Poe") written
// outside quotations before the "they" of quote q — earlier in its
// sentence or in one of the two sentences before — whose names are persons
// or organisations, with its sentence; -1, -1 when there is none. A
// coordination of noun phrases is plural (CGEL ch. 15, §2.1: coordinates
// jointly make one plural subject), so "they" can stand for it where no
// plural name or group can: "… what Doe and Roe said about it. They had
// asserted …".
func (a *Analysis) coordinatedAntecedent(q Quote) (ent, sent int) {
	end := q.Start
	if k := a.pronounAt(q, "they"); k >= 0 {
		end = k
	}
	for k := q.Sentence; k >= 0 && k >= q.Sentence-2; k-- {
		best := -1
		var prev, first *NameMention // the last name, the first of its coordination
		for i := range a.Mentions {
			m := &a.Mentions[i]
			if m.Sentence != k || a.Sentences[k].Start+m.End > end || a.inQuoted(a.Sentences[k].Start+m.Start) {
				continue
			}
			if t := a.Entities[m.Entity].Type; t != Person && t != Organization {
				prev, first = nil, nil
				continue
			}
			switch {
			case prev == nil || prev.Entity == m.Entity || !conjunctGap(a.Sentences[k].Text[prev.End:m.Start]):
				first = nil
			case first == nil:
				first = prev
				fallthrough
			default:
				// "with Doe and Roe", "between Doe and Roe": the object
				// of a preposition is rarely the next subject
				if !isPrepObject(a.Sentences[k].Text, first.Start) {
					best = first.Entity
				}
			}
			prev = m
		}
		if best >= 0 {
			return best, k
		}
	}
	return -1, -1
}

// conjunctGap reports whether the words between two names join them as
// coordinates: "and", a comma of a list, or ", and".
func conjunctGap(between string) bool {
	switch strings.TrimSpace(between) {
	case "and", ",", ", and":
		return true
	}
	return false
}

// pronounAt returns the body offset of the last pronoun p (any case of
// letters, contractions read) written in q's sentence before q's content,
// or -1.
func (a *Analysis) pronounAt(q Quote, p string) int {
	s := a.Sentences[q.Sentence]
	at := -1
	for _, t := range a.Tokens[q.Sentence] {
		if s.Start+t.Start >= q.Start {
			break
		}
		if contractedPronoun(t.Lower) == p {
			at = s.Start + t.Start
		}
	}
	return at
}
