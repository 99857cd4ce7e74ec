package compare

import (
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// personLike reports whether a name mention the reader typed as a person
// reads as one where it stands: not a street (its last word a street
// suffix of USPS Publication 28: "Ardith Drive", "Estate Lane"), not after
// "the" (a person's name takes no article: "the Columbus Dispatch") or a
// preposition of place ("in Kenosha", "on Thorpe", "from Elmira"), and not a
// name glued to the reporting verb after it by a lost space ("Cory
// Edwardssaid": that is the speaker's attribution, not another person),
// and not a name of common nouns only (commonWords: "Crime Stoppers").
func personLike(a *mention.Analysis, m mention.NameMention) bool {
	ws := strings.Fields(m.Name)
	if len(ws) == 0 {
		return false
	}
	last := ws[len(ws)-1]
	if _, ok := mention.StreetWord(strings.ToLower(strings.TrimSuffix(last, "."))); ok && len(ws) > 1 {
		return false
	}
	if gluedReport(last) || len(ws) > 1 && commonWords(ws) {
		return false
	}
	if m.Sentence >= len(a.Tokens) {
		return true
	}
	toks := a.Tokens[m.Sentence]
	k := tokenFrom(toks, m.Start) - 1
	if k < 0 {
		return true
	}
	switch strings.ToLower(toks[k].Text) {
	case "the", "in", "at", "near", "on", "from", "to":
		return false
	}
	return true
}

// commonWords reports whether every word of a name is a common English
// noun and no first name ("Crime Stoppers", "Action News"): the name of a
// body or a programme, not a person's ("Rose Baker" has a first name).
func commonWords(ws []string) bool {
	lx := lexicon.Default()
	for _, w := range ws {
		if mention.IsFirstName(w) || !mention.CommonWordName(w) && !mention.CommonWordName(lx.Base(strings.ToLower(w), lexicon.Noun)) {
			return false
		}
	}
	return true
}

// gluedReport reports whether a name's word ends in "said" or "says"
// glued to a lower-case letter ("Edwardssaid"): a reporting verb that
// lost its space.
func gluedReport(w string) bool {
	for _, v := range []string{"said", "says"} {
		if n := len(w) - len(v); n >= 2 && strings.HasSuffix(w, v) && w[n-1] >= 'a' && w[n-1] <= 'z' {
			return true
		}
	}
	return false
}
