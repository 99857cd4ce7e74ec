package compare

import (
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
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
			if c.sameTitle(x, y) || c.sameTitle(y, x) {
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

// firstPlural reports whether a quotation speaks in the first person plural.
// "We" speaks for a group the speaker belongs to or speaks for (Quirk et
// al. 1985, §6.12, the pronouns' reference), so a short statement in it
// ("We are cooperating fully with investigators") is one any member or
// spokesperson of the group says: two people giving it are no mix-up.
func firstPlural(s string) bool {
	for _, w := range quoteWords(s) {
		switch w {
		case "we", "us", "our", "ours", "ourselves":
			return true
		}
	}
	return false
}

// alsoSaid reports whether an article gives words like these to the speaker
// (a quote of theirs in any attribution): an article that gives one string
// to two people tells of one repeating the other.
func alsoSaid(all []statement, doc int, speaker string, words map[string]bool) bool {
	for _, st := range all {
		if st.doc == doc && st.speaker == speaker && len(st.words) > 0 && overlap(st.words, words) >= 0.6 {
			return true
		}
	}
	return false
}

// sameTitle reports whether title y ends title x and the word x has right
// before it names where the office is, not another office ("club general
// manager" / "general manager"). A person noun or an adjective-only word
// right before a title makes another office or another holder ("deputy
// mayor", "assistant manager", "former mayor" / "mayor": Quirk et al. 1985,
// §7.36 on attributive-only adjectives of time and rank).
func (c *comparer) sameTitle(x, y []string) bool {
	if !endsWith(x, y) {
		return false
	}
	if len(x) == len(y) {
		return true
	}
	w := x[len(x)-len(y)-1]
	adjOnly := c.lx.Has(w, lexicon.Adj) && !c.lx.Has(w, lexicon.Noun) && !c.lx.Has(c.lx.Base(w, lexicon.Verb), lexicon.Verb)
	return !adjOnly && !c.lx.HasLex(w, lexicon.Noun, lexicon.NounPerson)
}

// speaksFor reports whether a statement's speaker is titled as one who
// speaks for another (the title's head noun's first WordNet sense lies
// under "spokesperson": an advocate who represents someone else's policy):
// the words a spokesman gives are his principal's, so the two giving one
// quote are no mix-up.
func (c *comparer) speaksFor(st statement) bool {
	for _, t := range c.offices(st) {
		if c.spokespersonNoun(t[len(t)-1]) { // holder_spokesperson.go
			return true
		}
	}
	return false
}

// twoOccasions reports whether the two statements' sentences date their
// saying to different days ("said at Monday's meeting" / "said at
// Thursday's hearing"): a sentence repeated on two occasions is two
// utterances, each with its own speaker. Days inside the quotes are the
// quotes' own content and are left out.
func (c *comparer) twoOccasions(a, b statement) bool {
	return bothDisjoint(c.sayingDays(a), c.sayingDays(b))
}

// bothDisjoint reports whether two sets are both non-empty and share no
// key: each side says something, and they say nothing alike.
func bothDisjoint(a, b map[string]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for k := range a {
		if b[k] {
			return false
		}
	}
	return true
}

func (c *comparer) sayingDays(st statement) map[string]bool {
	out := map[string]bool{}
	for _, sv := range c.docValuesOf(c.in.Docs[st.doc].Analysis) {
		if sv.si != st.quote.Sentence {
			continue
		}
		for _, v := range sv.values {
			if (v.Type == mention.VWeekday || v.Type == mention.VDate) && !strings.Contains(st.text, v.Text) {
				out[v.Norm] = true
			}
		}
	}
	return out
}
