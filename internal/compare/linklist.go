package compare

import (
	"strings"

	"github.com/corroborate/corroborate/internal/mention"
)

// linkListMin is how many paragraphs at least a trailing list of links
// holds (linkListStart).
const linkListMin = 2

// linkListStart returns the index of the first sentence of the list of
// links a page may end with ("More from <outlet>:", then other stories'
// headlines), len(a.Sentences) when there is none: the article's last
// paragraphs, linkListMin of them at least, each one sentence that ends in
// no sentence-final punctuation (headlines and labels take none, AP
// Stylebook, "headlines"), after a paragraph that does or that holds
// several sentences (prose whose last stop a page's markup lost: the
// headlines after it are still links). Another story's
// headline tells that story's figures, not this one's. Lines after a
// clause that introduces a list ("Four others were charged:",
// introducesList) are the article's own list; and the links end (read
// from the end) at an embedded post, whose credit names its author's
// handle ("— <Name> (@handle) <date>"): a statement, not a link.
func linkListStart(a *mention.Analysis) int {
	n := len(a.Sentences)
	start, paras := n, 0
	for k := n - 1; k >= 0; k-- {
		s := a.Sentences[k]
		if introducesList(s.Text) {
			return n
		}
		if endsSentence(s.Text) || k > 0 && a.Sentences[k-1].Para == s.Para || strings.Contains(s.Text, "(@") {
			break // the article's prose, even a paragraph that lost its final stop
		}
		start, paras = k, paras+1
	}
	if paras < linkListMin || start == 0 {
		return n
	}
	return start
}

// listIntroMaxWords is how many words a label before a list of links
// holds at most ("More from <outlet>:", "Related stories:").
const listIntroMaxWords = 4

// introducesList reports whether a paragraph is a clause that ends in a
// colon, longer than a label (listIntroMaxWords): the list after it is
// the article's own (Quirk et al. 1985 App. III.26, the colon of
// enumeration).
func introducesList(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, ":") && len(strings.Fields(s)) > listIntroMaxWords
}

// endsSentence reports whether a sentence ends in a full stop, a
// question or exclamation mark, or one of those before closing quotes or
// brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \t\n\"'”’)]»")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "…")
}
