package mention

import (
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// asByFirst reads "As reported by X, CONTENT" and "As first noted by X,
// CONTENT": a sentence that opens with a passive as-clause of comment
// (Quirk et al. 1985, §15.53: "as reported", "as stated") whose agent,
// after "by", is the source of the clause that follows. The verb, a past
// participle after at most two adverbs ("first", "previously"), is a
// reporting verb that takes a clause (clauseVerb); the agent is a noun
// phrase read as the object of "according to" is (accordingSource).
func (a *Analysis) asByFirst(si int, s text.Sentence) (Quote, bool) {
	toks := a.Tokens[si]
	if len(toks) < 8 || toks[0].Lower != "as" {
		return Quote{}, false
	}
	i, ok := asParticiple(toks, 1)
	if !ok || i+2 >= len(toks) || toks[i+1].Lower != "by" {
		return Quote{}, false
	}
	c := -1
	for k := i + 2; k < len(toks) && k < i+16; k++ {
		if toks[k].Text == "," {
			c = k
			break
		}
	}
	if c < i+3 || c+1 >= len(toks) || !toks[c+1].IsWord() {
		return Quote{}, false
	}
	end, _ := contentEnd(s.Text, toks, c+1)
	content := strings.TrimRight(strings.TrimSpace(s.Text[toks[c+1].Start:end]), ".,")
	if wordCount(content) < 4 {
		return Quote{}, false
	}
	q := Quote{Text: content, Cue: s.Text[toks[0].Start:toks[i+1].End], Entity: -1, Sentence: si, Start: s.Start + toks[c+1].Start, End: s.Start + end}
	a.accordingSource(si, toks[i+2].Start, toks[c].Start, &q)
	if q.SpeakerText == "" {
		return Quote{}, false
	}
	return q, true
}

// trailingAs reads an as-clause of comment that closes a sentence after
// its content (Quirk et al. 1985, §15.53): "CONTENT, as X noted",
// "CONTENT, as X has reported in Y", "CONTENT, as X put it" and the
// passive "CONTENT, as reported by X". X is the source of the clause
// before the comma. The verb is a reporting verb that takes a clause
// (clauseVerb), not an -ing form, after the subject and at most one
// perfect auxiliary; what follows it, if anything, is an adjunct opening
// with a preposition or an adverb ("in an interview", "before"), never an
// object ("as the president said goodbye" is an as-clause of time). Its
// reading replaces the readings before it only when none of them names a
// source (unnamedBefore), as "…, according to X" does.
func (a *Analysis) trailingAs(si int, s text.Sentence, out []Quote) []Quote {
	if len(out) > 0 && !unnamedBefore(out, s.Start+len(s.Text)) {
		return out
	}
	toks := a.Tokens[si]
	k := -1
	for i := len(toks) - 3; i >= 4; i-- {
		if toks[i].Text == "," && toks[i+1].Lower == "as" {
			k = i
			break
		}
	}
	if k < 0 {
		return out
	}
	content := strings.TrimSpace(s.Text[:toks[k].Start])
	if wordCount(content) < 4 || strings.ContainsAny(content, "“”\"") {
		return out
	}
	q := Quote{Text: content, Entity: -1, Sentence: si, Start: s.Start, End: s.Start + toks[k].Start}
	if v, ok := asParticiple(toks, k+2); ok && v+1 < len(toks) && toks[v+1].Lower == "by" {
		q.Cue = s.Text[toks[k+1].Start:toks[v+1].End]
		a.accordingSource(si, toks[v+2].Start, clauseEnd(s.Text, toks, v+2), &q)
	} else if v, ok := asCommentVerb(toks, k+2); ok {
		from, to := toks[k+2].Start, toks[v].Start
		if aux := toks[v-1].Lower; v-1 > k+2 && (aux == "has" || aux == "have" || aux == "had") {
			to = toks[v-1].Start
		}
		q.Cue = s.Text[toks[v].Start:toks[v].End]
		a.resolveSpeaker(si, from, to, &q)
	}
	if q.SpeakerText == "" {
		return out
	}
	return []Quote{q}
}

// asParticiple returns the index of the past participle of a reporting
// verb that takes a clause at token i of an as-clause, after at most two
// adverbs that are no verbs ("As first reported", "as previously noted").
func asParticiple(toks []text.Token, i int) (int, bool) {
	lx := lexicon.Default()
	start := i
	for i < start+2 && i < len(toks) && toks[i].IsWord() && lx.Has(toks[i].Lower, lexicon.Adv) && toks[i].Base(lexicon.Verb) == toks[i].Lower && !lx.Has(toks[i].Lower, lexicon.Verb) {
		i++
	}
	if i >= len(toks) {
		return 0, false
	}
	w := toks[i].Lower
	if b, ok := tokenVerbForm(toks[i]); !ok || !clauseVerb(b) || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return 0, false
	}
	return i, true
}

// asCommentVerb returns the index of the verb of a closing as-clause
// whose subject starts at token i: a reporting verb that takes a clause,
// not an -ing form, after one to six words, followed by the sentence's
// end, "it" of "put it", or an adjunct opening with a preposition or an
// adverb and running to the end without a comma.
func asCommentVerb(toks []text.Token, i int) (int, bool) {
	for v := i + 1; v < len(toks) && v <= i+6; v++ {
		if !toks[v].IsWord() || !toks[v-1].IsWord() {
			return 0, false
		}
		w := toks[v].Lower
		b, ok := tokenVerbForm(toks[v])
		if w == "put" && v+1 < len(toks) && toks[v+1].Lower == "it" {
			ok, b = true, "put"
			if closesSentence(toks, v+2) {
				return v, true
			}
		}
		if !ok || b != "put" && !clauseVerb(b) || strings.HasSuffix(w, "ing") {
			continue
		}
		return v, adjunctToEnd(toks, v+1)
	}
	return 0, false
}

// closesSentence reports whether tokens from i on are only closing
// punctuation.
func closesSentence(toks []text.Token, i int) bool {
	for ; i < len(toks); i++ {
		if toks[i].IsWord() || toks[i].IsNumber() {
			return false
		}
	}
	return true
}

// adjunctToEnd reports whether the tokens from i on are nothing, or an
// adjunct running to the sentence's end with no comma or quotation: its
// first word a preposition (a closed-class "IN") or an adverb.
func adjunctToEnd(toks []text.Token, i int) bool {
	if closesSentence(toks, i) {
		return true
	}
	lw := toks[i].Lower
	t, ok := lexicon.ClosedClass(lw)
	if !(ok && t == "IN") && !lexicon.Default().Has(lw, lexicon.Adv) {
		return false
	}
	for _, tk := range toks[i:] {
		if tk.Text == "," || tk.Text == ";" || strings.ContainsAny(tk.Text, "“”\"") {
			return false
		}
	}
	return true
}

// clauseEnd returns the offset in sentence text where the phrase from
// token i ends: at a comma, semicolon or the closing full stop.
func clauseEnd(sent string, toks []text.Token, i int) int {
	for ; i < len(toks); i++ {
		if toks[i].Text == "," || toks[i].Text == ";" || toks[i].Text == "." {
			return toks[i].Start
		}
	}
	return len(sent)
}
