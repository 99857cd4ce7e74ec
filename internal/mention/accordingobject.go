package mention

import (
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// accordingSource reads the source of "according to X" whose object runs
// from byte offset from to offset to of sentence si (the clause's end):
// resolveSpeaker's reading, and when that names no one, the whole object.
// The preposition's object is one noun phrase, its head first and its
// post-modifiers after it (CGEL ch. 7 §4: prepositional phrases,
// participial and relative clauses): "a new article in the Harbor
// Gazette", "a poll released Thursday", "data compiled by state
// regulators", "officials who attended". A reading of the phrase's
// first words only ("a new article", "the initial" of "the initial
// schedule") loses what the source is; the whole phrase stands when its
// head is a noun of a source (headKind) in a noun phrase's shape.
func (a *Analysis) accordingSource(si, from, to int, q *Quote) {
	a.resolveSpeaker(si, from, to, q)
	if q.Entity >= 0 || q.How == "pronoun" || to <= from {
		return
	}
	np := strings.TrimSpace(strings.TrimRight(a.Sentences[si].Text[from:to], " ,;:."))
	if np == "" || np == q.SpeakerText || q.SpeakerText != "" && !strings.HasPrefix(np, q.SpeakerText) {
		return
	}
	toks := text.Tokens(np)
	h, share := sourceHeadAt(toks)
	if share || h < 0 || h == len(toks)-1 || !toks[h].IsWord() || startsUpper(toks[h].Text) || !nounPhraseShape(toks, h) || headKind(toks[h].Text) == "" {
		return
	}
	q.SpeakerText = np
	if q.How == "" {
		q.How = "nominal"
	}
}

// postParticipleAt reports whether token j of a noun phrase opens a
// participial post-modifier of the noun before it ("a poll released
// Thursday", "data compiled by regulators", "results tallied through
// Wednesday"): a lower-case -ed form of a verb WordNet knows, after a
// lower-case word that is a noun, before its own complement: a
// preposition, a capitalised word (a name, a day) or an adverb; not a
// clause ("the group asked whether …") nor a noun it would take as its
// object ("the poll released figures").
func postParticipleAt(toks []text.Token, j int) bool {
	if j < 1 || j >= len(toks) {
		return false
	}
	w := toks[j].Text
	if !toks[j].IsWord() || startsUpper(w) || !strings.HasSuffix(w, "ed") {
		return false
	}
	lx := lexicon.Default()
	if b := lx.Base(w, lexicon.Verb); b == w || !lx.Has(b, lexicon.Verb) {
		return false
	}
	prev := toks[j-1].Text
	if !toks[j-1].IsWord() || startsUpper(prev) || !lx.Has(lx.Base(lower(prev), lexicon.Noun), lexicon.Noun) {
		return false
	}
	if _, ok := lexicon.ClosedClass(lower(prev)); ok {
		return false
	}
	if j+1 >= len(toks) {
		return false
	}
	// what follows is the participle's own complement: a preposition, a
	// name or date, or an adverb; not a clause ("asked whether …") nor a
	// noun it would take as an object ("released figures")
	nx := toks[j+1].Lower
	switch nx {
	case "that", "whether", "if":
		return false
	}
	if t, ok := lexicon.ClosedClass(nx); ok {
		return t == "IN" || t == "TO"
	}
	return toks[j+1].IsWord() && (startsUpper(toks[j+1].Text) || lx.Has(nx, lexicon.Adv) && !lx.Has(lx.Base(nx, lexicon.Noun), lexicon.Noun))
}

// postAdjectiveAt reports whether token j, before a preposition, is an
// adjective WordNet has in no other class after a lower-case noun: an
// adjective phrase that post-modifies the noun ("data available from the
// agency", "records public since May").
func postAdjectiveAt(toks []text.Token, j int) bool {
	if j < 1 || !toks[j].IsWord() || startsUpper(toks[j].Text) || !toks[j-1].IsWord() || startsUpper(toks[j-1].Text) {
		return false
	}
	lx := lexicon.Default()
	w, prev := toks[j].Lower, toks[j-1].Lower
	if !lx.Has(w, lexicon.Adj) || lx.Has(lx.Base(w, lexicon.Noun), lexicon.Noun) || lx.Has(w, lexicon.Verb) {
		return false
	}
	if _, ok := lexicon.ClosedClass(prev); ok {
		return false
	}
	return lx.Has(lx.Base(prev, lexicon.Noun), lexicon.Noun)
}
