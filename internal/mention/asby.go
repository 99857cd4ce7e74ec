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
	if len(toks) < 8 || lower(toks[0].Text) != "as" {
		return Quote{}, false
	}
	lx := lexicon.Default()
	i := 1
	for i < 3 && toks[i].IsWord() && lx.Has(lower(toks[i].Text), lexicon.Adv) && lx.Base(lower(toks[i].Text), lexicon.Verb) == lower(toks[i].Text) && !lx.Has(lower(toks[i].Text), lexicon.Verb) {
		i++
	}
	if i+2 >= len(toks) || lower(toks[i+1].Text) != "by" {
		return Quote{}, false
	}
	w := lower(toks[i].Text)
	if b, ok := verbForm(toks[i].Text); !ok || !clauseVerb(b) || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
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
