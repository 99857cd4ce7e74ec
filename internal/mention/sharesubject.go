package mention

import (
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// shareSubject is the noun a share measures when the share is the
// complement of its clause's verb and names no noun of its own: the head
// of the subject, right before the verb group ("attendance reached 71
// percent", "the jobless rate was almost 6%", "support had risen to 40
// percent"). A share so placed is a subject complement (Quirk et al. 1985
// §10.8: the copula and the verbs of becoming and reaching), or
// the measure of a change its subject undergoes ("prices rose 5
// percent"); either way it is a value of the subject. "" when the words
// before the share are no such clause: a reporting verb ("police said 40
// percent"), a name for subject, or a noun inside a prepositional phrase
// ("support for the plan was 40 percent": the noun is "plan", whose
// phrase is no subject head).
func (vs *valueScan) shareSubject(off int) string {
	ws := strings.Fields(vs.sent[:off])
	k := len(ws) - 1
	// The qualifier of the share ("almost", "more than") and a
	// preposition of its complement ("rose to", "stood at", "fell by").
	if q := qualifierBefore(vs.sent, off); q != "" && q != "between" {
		k -= len(strings.Fields(q))
	}
	if k >= 0 {
		switch ws[k] {
		case "to", "at", "by":
			k--
		}
	}
	if k < 1 {
		return ""
	}
	verb := ws[k]
	if !allLower(verb) {
		return ""
	}
	b := vs.lx.Base(verb, lexicon.Verb)
	switch {
	case b == "be" && verb != "be" && verb != "being":
	case b != verb && vs.lx.Has(b, lexicon.Verb) && !primaryVerbs[b] && !reportingVerb(b) && !strings.HasSuffix(verb, "ing"):
		if vs.lx.Has(verb, lexicon.Noun) && strings.HasSuffix(verb, "s") {
			return "" // a plural noun, not a verb: "in the polls 40 percent"
		}
	default:
		return ""
	}
	k--
	// The auxiliaries of the verb group ("has risen", "had been").
	for k >= 0 && shareAuxiliary(ws[k]) {
		k--
	}
	if k < 0 {
		return ""
	}
	w := ws[k]
	if !allLower(w) || stopWhat[w] {
		return ""
	}
	if _, closed := lexicon.ClosedClass(w); closed {
		return ""
	}
	n := vs.lx.Base(w, lexicon.Noun)
	if !vs.lx.Has(n, lexicon.Noun) {
		return ""
	}
	// The noun must head its phrase, not end a prepositional phrase
	// after the head: the word before it, or before its determiner, is
	// no preposition ("that" opens a clause: "said that turnout was").
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		p := strings.ToLower(strings.Trim(ws[j], `,;:"'“”`))
		tag, _ := lexicon.ClosedClass(p)
		if tag == "IN" && p != "that" {
			return ""
		}
		if tag != "DT" && tag != "PRP$" && !vs.lx.Has(p, lexicon.Adj) {
			break
		}
	}
	return n
}

// shareAuxiliary reports whether a word is an auxiliary of a verb group
// (the forms of be and have, and the modals: CGEL ch. 3 §2).
func shareAuxiliary(w string) bool {
	switch w {
	case "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "could", "may", "might", "should", "not":
		return true
	}
	return false
}

// allLower reports whether a word is written in lower-case letters only.
func allLower(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}
