package mention

import (
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// boundObjects applies boundObject to each statement of out (in the order
// of the text) whose cue stands before its content in its sentence.
func (a *Analysis) boundObjects(out []Quote) {
	for n := range out {
		q := &out[n]
		cue := text.Tokens(q.Cue)
		if q.How != "named" || len(cue) == 0 || q.Sentence < 0 || q.Sentence >= len(a.Tokens) {
			continue
		}
		toks, s := a.Tokens[q.Sentence], a.Sentences[q.Sentence]
		i := -1
		for j, t := range toks {
			if s.Start+t.Start < q.Start && t.Text == cue[0].Text {
				i = j
			}
		}
		if i > 0 && i+len(cue) <= len(toks) {
			a.boundObject(q.Sentence, toks, i, i+len(cue)-1, out, q)
		}
	}
}

// boundObject mends the subject of a cue coordinated after the content of
// an earlier statement of its sentence when the cue's object pronoun
// rules that subject out: in "Doe said Roe is to blame for the delays and
// accused him of lying", the name read as the second verb's subject (Roe,
// the subject inside the content) is what "him" refers to, and a personal
// pronoun object never refers to the subject of its own clause — that
// takes the reflexive, "accused himself" (Quirk et al. 1985 §6.23-6.25;
// Chomsky 1981, binding principle B). The coordination is then of the
// reporting verbs, and the cue shares the first statement's speaker. Read
// only when the pronoun ("him", or "her" as no determiner) fits that name,
// does not fit the first speaker, and fits no other name of the sentence
// before the cue (else "him" may be another: "Roe met Vell and praised
// him").
func (a *Analysis) boundObject(si int, toks []text.Token, i, cueEnd int, out []Quote, q *Quote) {
	if q.How != "named" || q.Entity < 0 || cueEnd+1 >= len(toks) || coordinatorBefore(toks, i) < 0 {
		return
	}
	p := toks[cueEnd+1].Lower
	if p != "him" && p != "her" {
		return
	}
	if p == "her" && cueEnd+2 < len(toks) && toks[cueEnd+2].IsWord() {
		if _, closed := lexicon.ClosedClass(toks[cueEnd+2].Lower); !closed {
			return // "praised her staff": a determiner
		}
	}
	s := a.Sentences[si]
	at := -1 // the speaker's name, last before the cue
	for _, m := range a.Mentions {
		if m.Sentence == si && m.Entity == q.Entity && m.End <= toks[i].Start {
			at = s.Start + m.Start
		}
	}
	var first *Quote
	for k := range out {
		if b := &out[k]; b != q && b.Sentence == si && b.Start <= at && at < b.End && b.Start < s.Start+toks[i].Start {
			first = b
		}
	}
	if at < 0 || first == nil || first.Entity < 0 || first.Entity == q.Entity || first.How != "named" && first.How != "role" && first.How != "pronoun" {
		return
	}
	if !pronounFits(p, &a.Entities[q.Entity]) || pronounFits(p, &a.Entities[first.Entity]) {
		return
	}
	for _, m := range a.Mentions {
		if m.Sentence == si && m.End <= toks[i].Start && m.Entity != q.Entity && m.Entity != first.Entity && a.Entities[m.Entity].Type == Person && pronounFits(p, &a.Entities[m.Entity]) {
			return // another the pronoun may stand for
		}
	}
	if personNounBetween(toks, s.Start, at, coordinatorBefore(toks, i)) {
		return // "Roe hired his nephew and told him …": the nephew
	}
	q.Entity, q.Speaker, q.SpeakerText, q.How, q.role = first.Entity, first.Speaker, first.SpeakerText, first.How, first.role
}

// personNounBetween reports whether the tokens of the content after the
// name at offset at and before the coordinator k hold a common noun whose
// first WordNet sense is a person (noun.person: "nephew", "driver"), which
// p may stand for as well as the name ("his events" is the name's own) (Quirk et al. 1985 §6.16: an anaphoric pronoun takes the
// nearest fitting noun phrase).
func personNounBetween(toks []text.Token, start, at, k int) bool {
	lx := lexicon.Default()
	for j := 0; j < k; j++ {
		t := toks[j]
		if start+t.Start <= at || !t.IsWord() || t.IsCapitalized() {
			continue
		}
		if _, closed := lexicon.ClosedClass(t.Lower); closed {
			continue
		}
		if sn, ok := lx.TopSense(lx.Base(t.Lower, lexicon.Noun), lexicon.Noun); ok && sn.Lex == lexicon.NounPerson && !lx.Has(t.Lower, lexicon.Verb) {
			return true
		}
	}
	return false
}
