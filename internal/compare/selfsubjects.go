package compare

import (
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// Two subjects of one article's two counts (issue 9, session 56,
// precinvE). An article that tells a transfer, a result or a season gives
// a player's count and his team's of one verb ("He scored 21 goals in 34
// games" / "Redport finished seventh, scoring only 49 goals"), and
// selfSameFact took the two for one count told two ways. A count's clause
// says whose the things are by its subject (the subject of an -ing
// supplementive clause is that of its main clause: Quirk et al. 1985
// §15.59), and two subjects that cannot be one referent tell two counts:
// two names with no word in common, or a personal pronoun of one person
// ("he", "she", §6.10) against a name its article never gives a person.

// openingSubject is the subject that opens a sentence before its verb:
// "he" or "she" (pronoun true) or the capitalised words of a name (the
// lower-case words), read only when the verb follows at once or after a
// non-restrictive age set off by commas ("Kellan, 27, scored"). ok is
// false for any other opening (a determiner, a time adjunct, a quotation).
func (c *comparer) openingSubject(toks []text.Token) (words []string, pronoun, ok bool) {
	i := 0
	for i < len(toks) && i < 4 && toks[i].IsWord() && toks[i].IsCapitalized() {
		words = append(words, toks[i].Lower)
		i++
	}
	if len(words) == 0 {
		return nil, false, false
	}
	if len(words) == 1 && (words[0] == "he" || words[0] == "she") {
		pronoun = true
	} else if _, closed := lexicon.ClosedClass(words[0]); closed {
		return nil, false, false
	}
	// A non-restrictive age: ", 27,".
	if i+2 < len(toks) && toks[i].Text == "," && isDigits(toks[i+1].Text) && toks[i+2].Text == "," {
		i += 3
	}
	if i >= len(toks) {
		return nil, false, false
	}
	vb, isVerb := c.verbAt(toks[i])
	if !(isVerb && vb != "" || c.pastVerb(toks[i], false) != "") {
		return nil, false, false
	}
	return words, pronoun, true
}

// isDigits reports whether s is all ASCII digits.
func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// subjectsApart reports whether two counts of one article are told of two
// subjects (see the file comment): both sentences open with a subject,
// and the two are names with no word in common, or "he"/"she" against a
// name that shares no word with any person the article names.
func (c *comparer) subjectsApart(x, y *fact) bool {
	wx, px, okx := c.openingSubject(x.toks)
	wy, py, oky := c.openingSubject(y.toks)
	if !okx || !oky || px && py {
		return false
	}
	if !px && !py {
		return !sharesWord(wx, wy)
	}
	name := wx
	if px {
		name = wy
	}
	return !c.namesPersonOf(x.doc, name)
}

// sharesWord reports whether two word lists share a word.
func sharesWord(a, b []string) bool {
	for _, w := range a {
		for _, v := range b {
			if w == v {
				return true
			}
		}
	}
	return false
}

// namesPersonOf reports whether one of words is a word of the name of a
// person that article doc names.
func (c *comparer) namesPersonOf(doc int, words []string) bool {
	a := c.all[doc].Analysis
	for _, e := range a.Entities {
		if e.Type != mention.Person {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if sharesWord(strings.Fields(strings.ToLower(n)), words) {
				return true
			}
		}
	}
	return false
}
