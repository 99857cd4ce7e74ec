package mention

import (
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// definiteSubject returns the token indexes of "the" and of the finite
// verb after the head when sentence si opens with a definite description
// of one person as the subject of its first clause ("The senator
// dismissed Roe's plan", "But the Tarn Republican did give Roe some
// credit"): "the", up to four modifiers and a singular head noun WordNet
// files under noun.person, then (adverbs and auxiliaries between) a
// finite verb (an irregular past tense counts by its form); an "of"
// phrase may postmodify the head ("The chief of the Tarn police is
// suing Roe, claiming …": ofPostmodifierEnd). A name after it is the verb's object or in its complement,
// a name before the head only modifies it: neither is the subject. ok is
// false when the sentence opens otherwise.
// A head inside the name of a person or organisation ("the former
// secretary Jane Clinton said") makes the name the subject.
func (a *Analysis) definiteSubject(si int) (the, verb int, ok bool) {
	toks := a.Tokens[si]
	i := 0
	for i < len(toks) && (toks[i].Lower == "and" || toks[i].Lower == "but") {
		i++
	}
	if i >= len(toks) || toks[i].Lower != "the" {
		return 0, 0, false
	}
	for h := i + 1; h <= i+5 && h < len(toks) && toks[h].IsWord(); h++ {
		if !personHeadNoun(toks[h].Text) || a.namedAt(si, toks[h].Start) {
			continue
		}
		v := ofPostmodifierEnd(toks, h+1)
		for v < len(toks) && adverbish(toks[v].Lower) && !finiteVerbAt(toks, v) {
			v++
		}
		// after a head noun of persons an irregular past tense is the
		// verb by its form alone ("the senator sought", "the mayor took")
		if v < len(toks) && (finiteVerbAt(toks, v) || irregularPastAt(toks, v) || toks[v].IsWord() && !toks[v].IsCapitalized() && pastTense(lexicon.Default(), toks[v].Lower)) {
			return i, v, true
		}
	}
	return 0, 0, false
}

// personHeadNoun reports whether a word can head a description of one
// person: a singular noun WordNet files under noun.person, in lower case
// ("senator", "spokeswoman") or capitalised as a member of a party or
// people ("Republican", "Democrat").
func personHeadNoun(w string) bool {
	lx := lexicon.Default()
	lw := lower(w)
	if lexicon.IsStopword(lw) || PluralNoun(lw) || lx.Base(lw, lexicon.Noun) != lw {
		return false
	}
	if startsUpper(w) {
		return lx.HasLex(w, lexicon.Noun, lexicon.NounPerson)
	}
	return lx.HasLex(lw, lexicon.Noun, lexicon.NounPerson)
}

// definiteParticipleSubject gives a participle cue after a comma ("The
// senator gave Roe some credit, saying …") the definite description that
// opens its sentence as a nominal source when that description is the
// main clause's subject (definiteSubject), its verb before the cue at
// token i: the participle's understood subject is the main clause's, not
// the name that is its verb's object. It reports whether it did.
func (a *Analysis) definiteParticipleSubject(si int, toks []text.Token, i int, q *Quote) bool {
	the, v, ok := a.definiteSubject(si)
	if !ok || v >= i {
		return false
	}
	end := v
	for end > the+1 && adverbish(toks[end-1].Lower) {
		end--
	}
	np := a.Sentences[si].Text[toks[the].Start:toks[end-1].End]
	q.Entity, q.Speaker, q.SpeakerText, q.How = -1, "", np, "nominal"
	return true
}

// namedAt reports whether byte offset off of sentence si lies inside a
// name of a person or an organisation.
func (a *Analysis) namedAt(si, off int) bool {
	for _, m := range a.Mentions {
		if m.Sentence == si && m.Start <= off && off < m.End {
			t := a.Entities[m.Entity].Type
			return t == Person || t == Organization
		}
	}
	return false
}

// ofPostmodifierEnd returns the index of the token after an "of" phrase
// that postmodifies a head noun and runs up to the clause's finite verb
// ("the chief of the Tarn police is …", "the treasurer of the county
// of Tarnia sued …": of-phrases are the head's complement, not the
// subject; Quirk et al. 1985 §17.37): at most eight tokens of words
// with no comma, the first finite verb ending it. It returns v when the
// token at v is no "of" or no finite verb ends the phrase.
func ofPostmodifierEnd(toks []text.Token, v int) int {
	if v >= len(toks) || toks[v].Lower != "of" {
		return v
	}
	for k := v + 1; k < len(toks) && k <= v+8; k++ {
		if !toks[k].IsWord() {
			return v
		}
		if k > v+1 && !determiners[toks[k-1].Lower] && toks[k-1].Lower != "of" && finiteVerbAt(toks, k) {
			return k
		}
	}
	return v
}
