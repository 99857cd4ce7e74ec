package mention

import (
	"sort"

	"github.com/corroborate/corroborate/internal/text"
)

// withAccounts adds to the readings out the accounts: in a sentence no
// reading of out touches, a clause the wide trailing attribution credits
// to a source after it (trailingAttributionAs: "The man fled, police
// said", with the irregular past "fled"; "…, police say", an unmarked
// plural and its base-form verb) where the narrow one reads nothing.
// Each is marked Account; its pronoun speaker is resolved among all the
// readings, which keep theirs. An account reads no sentence another
// reading took, so the readings before it stay as they were: the
// clustering, whose features were fitted on those, leaves accounts out.
func (a *Analysis) withAccounts(out []Quote) []Quote {
	var acc []Quote
	for si, s := range a.Sentences {
		if touchedSentence(out, si, s) {
			continue
		}
		if _, ok := a.trailingAttribution(si, s); ok {
			continue // a narrow reading another rule set aside
		}
		if !closedSentence(a.Tokens[si]) {
			continue // a headline or a label: no statement to account for
		}
		if q, ok := a.trailingAttributionAs(si, s, true); ok {
			q.closes, q.Account = true, true
			acc = append(acc, q)
		}
	}
	if len(acc) == 0 {
		return out
	}
	merged := append(append(make([]Quote, 0, len(out)+len(acc)), out...), acc...)
	sort.SliceStable(merged, func(i, j int) bool { return merged[i].Start < merged[j].Start })
	genders := make([]byte, len(a.Entities))
	for i := range a.Entities {
		genders[i] = a.Entities[i].textGender
	}
	a.resolvePronouns(merged)
	for i := range a.Entities {
		a.Entities[i].textGender = genders[i] // the readings before keep the genders they gave
	}
	acc = acc[:0]
	for _, q := range merged {
		if q.Account {
			acc = append(acc, q)
		}
	}
	out = append(out, acc...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// touchedSentence reports whether a reading of out is attributed in
// sentence si or overlaps it.
func touchedSentence(out []Quote, si int, s text.Sentence) bool {
	for _, q := range out {
		if q.Sentence == si || q.Start < s.End && q.End > s.Start {
			return true
		}
	}
	return false
}

// closedSentence reports whether a sentence's tokens end with a full stop,
// a question or an exclamation mark, closing quotation marks after it
// ("…, police say" with no stop is a headline's form, not a sentence of
// running text).
func closedSentence(toks []text.Token) bool {
	for k := len(toks) - 1; k >= 0; k-- {
		switch toks[k].Text {
		case "”", "\"", "'", "’", ")":
			continue
		case ".", "!", "?":
			return true
		}
		return false
	}
	return false
}
