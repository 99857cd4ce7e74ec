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
	tag        string
	nounFollow bool
}

var closedWords = func() map[string]closedWord {
	m := map[string]closedWord{}
	for _, line := range strings.Split(closedTxt, "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 2 || strings.HasPrefix(line, "#") {
			continue
		}
		m[f[0]] = closedWord{tag: f[1], nounFollow: len(f) > 2 && f[2] == "n"}
	}
	return m
}()

// ClosedClass returns the Penn Treebank tag of a lower-case closed-class
// word ("DT" for "the", "IN" for "despite", "PRP" for "they") and whether
// the word is one.
func ClosedClass(w string) (string, bool) {
	c, ok := closedWords[w]
	return c.tag, ok
}

// NounFollows reports whether a noun rather than a finite verb follows the
// lower-case closed-class word w in the Penn Treebank's text, by the
// tagger model: "the plans", "his claims", "for comments" — not "that
// says", "they claim", "some say".
func NounFollows(w string) bool { return closedWords[w].nounFollow }

// ClosedClassWords returns a new set of the closed-class words; with
// nounFollows, only those after which a noun follows.
func ClosedClassWords(nounFollows bool) map[string]bool {
	m := make(map[string]bool, len(closedWords))
	for w, c := range closedWords {
		if !nounFollows || c.nounFollow {
			m[w] = true
		}
	}
	return m
}
