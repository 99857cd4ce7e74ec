package compare

import (
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// verbatimQuote reports whether two direct quotations are the same words in
// the same order (case and punctuation aside), at least verbatimWords words
// long. Direct speech reproduces what was said word for word (Quirk et al.
// 1985, ch. 14, direct and indirect speech), so two outlets that print one
// whole string of five or more words between quotation marks report one
// utterance, though it has fewer than the five content words a paraphrase
// needs: "This city has chosen change" said by the mayor-elect in one outlet
// and by her campaign manager in another is one statement with two speakers.
// The caller still asks for three content words: shorter strings are set
// phrases two people can both say ("We are very sad", "our thoughts are with
// the families").
func verbatimQuote(a, b string) bool {
	wa, wb := quoteWords(a), quoteWords(b)
	if len(wa) < verbatimWords || len(wa) != len(wb) {
		return false
	}
	for i := range wa {
		if wa[i] != wb[i] {
			return false
		}
	}
	return true
}

// verbatimWords is the shortest quotation verbatimQuote takes for one
// utterance.
const verbatimWords = 5

func quoteWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}

// sameOffice reports whether the two statements' speakers hold one office,
// as the titles written with their names give it: one title's words end the
// other's ("club general manager R.T. Roe" / "the club's general manager
// R.T. Poe"; not "Deputy Transport Minister" / "Prime Minister"). A
// definite title names the one holder of an office (Quirk et al. 1985,
// §5.28, unique reference of the definite article), so one verbatim quote
// given to that office's holder under two names is one person named two
// ways, for the name rules, not two speakers.
func (c *comparer) sameOffice(a, b statement) bool {
	for _, x := range c.offices(a) {
		for _, y := range c.offices(b) {
			if endsWith(x, y) || endsWith(y, x) {
				return true
			}
		}
	}
	return false
}

func endsWith(x, y []string) bool {
	if len(y) == 0 || len(y) > len(x) {
		return false
	}
	for i := range y {
		if x[len(x)-len(y)+i] != y[i] {
			return false
		}
	}
	return true
}

// offices are the offices a statement's speaker holds as its article
// writes them, each as lower-case words: the titles read with the name, and
// the lower-case words right before the name in the quote's own sentence
// that end in a person noun ("general manager R.T. Roe"; Quirk et al. 1985,
// §17.65ff on the title before a name).
func (c *comparer) offices(st statement) [][]string {
	var out [][]string
	an := c.in.Docs[st.doc].Analysis
	if st.quote.Entity < 0 || st.quote.Entity >= len(an.Entities) {
		return out
	}
	for _, t := range an.Entities[st.quote.Entity].Titles {
		if w := quoteWords(t); len(w) > 0 {
			out = append(out, w)
		}
	}
	name := strings.Fields(st.speaker)
	if len(name) == 0 {
		return out
	}
	first := strings.ToLower(strings.Trim(name[0], ",.;:"))
	ws := strings.Fields(st.sent)
	for i := 1; i < len(ws); i++ {
		if strings.ToLower(strings.Trim(ws[i], ",.;:")) != first {
			continue
		}
		j := i
		for j > 0 {
			w := ws[j-1]
			if strings.ContainsAny(w, ",;:'’\"”“") || w != strings.ToLower(w) || stop[w] {
				break
			}
			j--
		}
		if j == i || !c.lx.HasLex(c.lx.Base(ws[i-1], lexicon.Noun), lexicon.Noun, lexicon.NounPerson) {
			continue
		}
		out = append(out, ws[j:i])
	}
	return out
}
