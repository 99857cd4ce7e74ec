package lexicon

import (
	_ "embed"
	"strings"
)

// closedclass.txt lists the English closed-class words — determiners,
// pronouns, prepositions and subordinators, conjunctions, modals,
// particles — that WordNet, a lexicon of content words, leaves out (it has
// "in", "may" and "who" only as nouns). It is written by
// internal/lexicon/closedgen from the Penn Treebank-trained tagger model
// of github.com/jdkato/prose/v2 (MIT licence); see that command for the
// rule.
//
//go:embed closedclass.txt
var closedTxt string

type closedWord struct {
	tag        string // "" for an opener that is not closed-class
	nounFollow bool
	opener     bool
}

var closedWords = func() map[string]closedWord {
	m := map[string]closedWord{}
	for _, line := range strings.Split(closedTxt, "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 2 || strings.HasPrefix(line, "#") {
			continue
		}
		flags := ""
		if len(f) > 2 {
			flags = f[2]
		}
		tag := f[1]
		if strings.HasPrefix(tag, "-") {
			tag = ""
		}
		m[f[0]] = closedWord{tag: tag, nounFollow: strings.Contains(flags, "n"), opener: strings.Contains(flags, "s")}
	}
	return m
}()

// ClosedClass returns the Penn Treebank tag of a lower-case closed-class
// word ("DT" for "the", "IN" for "despite", "PRP" for "they") and whether
// the word is one.
func ClosedClass(w string) (string, bool) {
	c := closedWordOf(w)
	return c.tag, c.tag != ""
}

// closedShapes holds, for each first byte, a bit for each length below
// 64 of the words of closedWords that open with that byte ("the": bit 3
// of closedShapes['t']). Most words of a text are content words and
// closed-class words are few and short, so most look-ups (every word of
// every sentence, several times over) end on this word of bits without
// hashing the word.
var closedShapes = func() (s [256]uint64) {
	for w := range closedWords {
		if len(w) > 0 && len(w) < 64 {
			s[w[0]] |= 1 << len(w)
		}
	}
	return s
}()

// closedWordOf is closedWords[w]: the zero closedWord, without the map
// look-up, for a word whose first byte and length no entry has (a word
// of 64 bytes or more, or the empty word, is looked up).
func closedWordOf(w string) closedWord {
	if n := len(w); n > 0 && n < 64 && closedShapes[w[0]]&(1<<n) == 0 {
		return closedWord{}
	}
	return closedWords[w]
}

// SentenceOpener reports whether the Penn Treebank writes the lower-case
// word w capitalised at the start of sentences as something other than a
// proper noun, by the tagger model's tag dictionary: "however",
// "meanwhile", "then", "yesterday", "according".
func SentenceOpener(w string) bool { return closedWordOf(w).opener }

// NounFollows reports whether a noun rather than a finite verb follows the
// lower-case closed-class word w in the Penn Treebank's text, by the
// tagger model: "the plans", "his claims", "for comments" — not "that
// says", "they claim", "some say".
func NounFollows(w string) bool { return closedWordOf(w).nounFollow }

// ClosedClassWords returns a new set of the closed-class words; with
// nounFollows, only those after which a noun follows.
func ClosedClassWords(nounFollows bool) map[string]bool {
	m := make(map[string]bool, len(closedWords))
	for w, c := range closedWords {
		if c.tag != "" && (!nounFollows || c.nounFollow) {
			m[w] = true
		}
	}
	return m
}

// SentenceOpeners returns a new set of the words SentenceOpener accepts.
func SentenceOpeners() map[string]bool {
	m := map[string]bool{}
	for w, c := range closedWords {
		if c.opener {
			m[w] = true
		}
	}
	return m
}
