package compare

import (
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
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
	if gluedReport(last) || len(ws) > 1 && commonWords(ws) || len(ws) > 2 && !mention.IsFirstName(ws[0]) && commonWords(ws[1:]) {
		return false
	}
	if len(ws) == 1 && allCapitals(last) {
		return false // a dateline's place or an acronym ("DORSET –", "FBI")
	}
	if m.Sentence >= len(a.Tokens) {
		return true
	}
	toks := a.Tokens[m.Sentence]
	if j := tokenFrom(toks, m.End); j >= 0 && toks[j].Text != "" && unicode.IsLower(rune(toks[j].Text[0])) && streetNoun(toks[j].Text) {
		return false // a street's name before its noun ("Elm and Quarry streets")
	}
	k := tokenFrom(toks, m.Start) - 1
	if k < 0 {
		return len(ws) > 1 || !capitalOnlyOpening(last)
	}
	switch toks[k].Lower {
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

// allCapitals reports whether a word has two letters or more, all
// capitals.
func allCapitals(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n > 1
}

// capitalOnlyOpening reports whether a one-word name that opens its
// sentence is an adjective or adverb of WordNet and no first name ("More
// arrests are expected", "Further details ..."): its capital may be the
// sentence's alone. A surname of that form ("White said") is kept by its
// entity's other mentions, which name the person in full.
func capitalOnlyOpening(w string) bool {
	lx := lexicon.Default()
	lw := strings.ToLower(w)
	return !mention.IsFirstName(w) && (lx.Has(lw, lexicon.Adj) || lx.Has(lw, lexicon.Adv))
}

// streetNoun reports whether a lower-case word is a street suffix of
// USPS Publication 28, singular or plural ("road", "streets").
func streetNoun(w string) bool {
	if _, ok := mention.StreetWord(w); ok {
		return true
	}
	_, ok := mention.StreetWord(lexicon.Default().Base(w, lexicon.Noun))
	return ok
}

// saysAround reports whether the name mention m is the subject of a verb
// of saying in the past or present tense written right after it ("<Name>
// said", "<Name> told reporters") or, inverted after a statement, right
// before it, over a title, after the comma or quotation mark that ends the
// statement ("…, said Sgt. <Name>"; Quirk et al. 1985 §14.29, the
// reporting clause): the person is a source of the article.
func saysAround(toks []text.Token, m mention.NameMention) bool {
	if j := tokenFrom(toks, m.End); j >= 0 && j < len(toks) && speechForm(toks[j]) {
		return true
	}
	k := tokenFrom(toks, m.Start) - 1
	for k >= 1 && (toks[k].Text == "." && toks[k-1].IsCapitalized() || toks[k].IsCapitalized() && k+1 < len(toks) && toks[k+1].Text == ".") {
		k-- // a title before the name: "Sgt." (the word and its full stop)
	}
	// The inverted clause follows its statement after a comma or a
	// quotation mark; "police said <Name> was shot" reports about the
	// name.
	return k >= 1 && speechForm(toks[k]) && (toks[k-1].Text == "," || isQuoteMark(toks[k-1].Text))
}

// speechForm reports whether a token is a verb of saying in the past or
// the third person present ("said", "says", "told", "tells"), not its base
// form (a noun's homograph: "a Roe report"): a reporting verb (no
// auxiliary: "<Name> had moved") used more for saying than thinking.
func speechForm(t text.Token) bool {
	if !t.IsWord() || t.IsCapitalized() {
		return false
	}
	b := t.Base(lexicon.Verb)
	return b != t.Lower && mention.IsReportingVerb(b) && mention.IsSpeechVerb(b) && !strings.HasSuffix(t.Lower, "ing")
}

// creditWords are the nouns a photograph's credit line opens with before
// a colon or "by" ("Photo: <Name>", "Photo credit: <Name>", "Photograph by
// <Name>"), and "courtesy" before "of".
var creditWords = map[string]bool{"photo": true, "photos": true, "photograph": true, "photographs": true, "credit": true,
	"image": true, "images": true, "courtesy": true}

// creditedName reports whether the name mention m credits a photograph
// or a video, the maker's name set off as a credit is: followed or
// preceded by a slash before the agency or outlet in a credit
// (slashCredit: "( <Name> / <Outlet> )", the wire services' style), or
// after a credit word and a colon, or "by", or after "courtesy of"
// ("Photo credit: <Name>", "Photo by <Name>"; not "a photo of <Name>",
// who is shown).
func creditedName(toks []text.Token, m mention.NameMention) bool {
	j, k := tokenFrom(toks, m.End), tokenFrom(toks, m.Start)-1
	if j >= 0 && j < len(toks) && toks[j].Text == "/" || k >= 0 && toks[k].Text == "/" {
		return slashCredit(toks, k, j)
	}
	if k < 1 {
		return false
	}
	switch toks[k].Lower {
	case ":", "by":
		return creditWords[toks[k-1].Lower]
	case "of":
		return toks[k-1].Lower == "courtesy" // "a photo of <Name>" shows the person
	}
	return false
}

// slashCredit reports whether a name beside a slash, whose token before
// is k and whose token after is j, stands in a credit: in brackets ("(
// <Name> / <Outlet> )"), after a credit word and the slash
// ("Photo/<Name>"), or in a line of names alone ("<Name>/<Outlet>",
// "<Name>/<Outlet> via <Agency>"). Elsewhere the slash pairs two names or
// alternatives ("the <Name>/<Name> ticket"; The Chicago Manual of Style,
// 17th ed. 2017, §6.106). A title-case headline is no line of names: it
// holds a finite verb (headlineVerb: "<Name>/<Name> Ticket Wins"). Name
// words are not read as verbs: the name's own words and the name across the
// slash from it (its word next to the slash, and the other word of a
// two-word name that a given name opens: mention.IsFirstName, "Drew
// <Surname>/<Outlet>"); any other word is ("<Name>/<Name> Rally Drew
// Thousands", "Court Frees <Name>/<Name>").
func slashCredit(toks []text.Token, k, j int) bool {
	if k >= 1 && toks[k].Text == "/" && creditWords[toks[k-1].Lower] {
		return true
	}
	for i := k; i >= 0; i-- {
		if toks[i].Text == ")" {
			break
		}
		if toks[i].Text == "(" {
			return true
		}
	}
	lx := lexicon.Default()
	if j < 0 {
		j = len(toks) // the name ends the text
	}
	lo, hi := k+1, j-1 // the name's own words
	if k >= 1 && toks[k].Text == "/" {
		lo = k - 1 // the word across the slash, with a given name before it
		if lo >= 1 && mention.IsFirstName(toks[lo-1].Text) {
			lo--
		}
	}
	if j+1 < len(toks) && toks[j].Text == "/" {
		hi = j + 1 // the word across the slash, with the word after a given name
		if hi+1 < len(toks) && mention.IsFirstName(toks[hi].Text) {
			hi++
		}
	}
	for i, t := range toks {
		if t.IsWord() && !t.IsCapitalized() && t.Lower != "via" {
			return false
		}
		if (i < lo || i > hi) && headlineVerb(lx, t.Lower) {
			return false
		}
	}
	return true
}

// headlineVerb reports whether a word of a title-case line reads as its
// finite verb: an inflected form of a WordNet verb ("wins", "named") whose
// base has more verb senses than noun senses, so that a plural noun in a
// name ("Images", "Times": more noun senses) is not one, nor a
// participle WordNet also has as an adjective ("United").
func headlineVerb(lx *lexicon.Lexicon, w string) bool {
	b := lx.Base(w, lexicon.Verb)
	if b == w || !lx.Has(b, lexicon.Verb) || lx.Has(w, lexicon.Adj) {
		return false
	}
	verbs, nouns := 0, 0
	for _, s := range lx.Senses(b) {
		switch s.POS {
		case lexicon.Verb:
			verbs++
		case lexicon.Noun:
			nouns++
		}
	}
	return verbs > nouns
}
