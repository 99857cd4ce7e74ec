package compare

import (
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// Clitics: a nominative pronoun and a contracted auxiliary written as one
// token ("he'd", "she'll", "they've", "I'm"; Quirk et al. 1985 §3.23,
// §6.4). The token is both the clause's subject and the first word of its
// verb group.

// cliticForms are the contracted operators and what they stand for; "'d"
// is "had" before a past participle and "would" otherwise (resolved in
// expandClitics). "'s" is left alone: "he's" is read as "is" or "has" as
// before (mainVerb).
var cliticForms = map[string]string{"'d": "'d", "'ll": "will", "'ve": "have", "'re": "are", "'m": "am"}

// expandClitics writes, for each token that is a nominative pronoun and a
// contracted operator, the operator in full in r.low and the pronoun in
// r.clitic, once per reader.
func (r *clauseReader) expandClitics() {
	if r.clitic != nil {
		return
	}
	r.clitic = map[int]string{}
	for i := range r.low {
		w := strings.ReplaceAll(r.low[i], "’", "'")
		k := strings.IndexByte(w, '\'')
		if k <= 0 || !nominativePronouns[w[:k]] {
			continue
		}
		op, ok := cliticForms[w[k:]]
		if !ok {
			continue
		}
		if op == "'d" {
			op = "would"
			if r.participleAfter(i) {
				op = "had"
			}
		}
		r.clitic[i], r.low[i] = w[:k], op
	}
}

// participleAfter reports whether the first word after token i, past
// negators and adverbs ("he'd never seen"), is a past participle: a verb
// form other than its base, the -ing form and the -s form.
func (r *clauseReader) participleAfter(i int) bool {
	for j := i + 1; j < len(r.toks); j++ {
		w := r.low[j]
		if negators[w] || r.lx.Has(w, lexicon.Adv) && !r.lx.Has(w, lexicon.Verb) {
			continue
		}
		b, ok := r.verbBase(j)
		return ok && b != w && !strings.HasSuffix(w, "ing") && w != b+"s" && w != b+"es"
	}
	return false
}

// wordAt is token k as a verb group writes it: a clitic's operator in full
// ("am" for "I'm"), else the token's text.
func (r *clauseReader) wordAt(k int) string {
	if r.clitic[k] != "" {
		return r.low[k]
	}
	return r.toks[k].Text
}

// firstPersonVerb writes a verb group whose subject was "I" for the third
// person singular that names the speaker in a claim: "am" becomes "is",
// "have" "has" (subject-verb concord; Quirk et al. 1985 §10.34).
func firstPersonVerb(pron, verb string) string {
	if strings.ToLower(pron) != "i" {
		return verb
	}
	f := strings.Fields(verb)
	if len(f) == 0 {
		return verb
	}
	switch strings.ToLower(f[0]) {
	case "am":
		f[0] = "is"
	case "have":
		f[0] = "has"
	}
	return strings.Join(f, " ")
}
