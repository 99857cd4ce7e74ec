package compare

import (
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// This file reads the role of an age's person from a passive -ing clause
// after a preposition of time that ends the person's own clause ("a
// 16-year-old is in stable condition after being shot", "the 30-year-old
// was rushed to a clinic after getting stabbed"). The unstated subject of
// such a nonfinite clause is the subject of the clause it is attached to
// (Quirk et al. 1985 §15.58, the subject attachment rule), so the person,
// when it is that subject, is the one the clause's act is done to: a
// victim of a verb of harm, a suspect of one of arrest. A supplementive
// clause set off by a comma alone ("the 30-year-old was guarding the gate,
// getting stabbed twice") is attached the same way.

// gerundPrepositions are the prepositions of time that take an -ing
// clause (Quirk et al. 1985 §9.40, §15.58).
var gerundPrepositions = map[string]bool{"after": true, "before": true, "since": true, "upon": true, "on": true}

// afterActSpan is how many tokens after an age its clause's preposition
// of time is looked for ("a 16-year-old, a student at Elm High School, is
// in stable condition after being shot").
const afterActSpan = 20

// passiveGerundRole is the role of the age v's person when it is the
// subject of its clause (ageSubject) and a passive -ing clause after a
// preposition of time, or after a comma, ends that clause: the role of
// its verb ("after being shot", ", getting shot": victim; "after getting
// arrested": suspect); "" otherwise.
func (c *comparer) passiveGerundRole(toks []text.Token, v mention.Value) string {
	at := tokenFrom(toks, v.Start)
	if at < 0 || !c.ageSubject(toks, at) {
		return ""
	}
	end := tokenFrom(toks, v.End)
	if end < 0 {
		return ""
	}
	for k := end; k+2 < len(toks) && k <= end+afterActSpan; k++ {
		lw := toks[k].Lower
		if lw == ";" || isDash(toks, k) || lw == "that" || lw == "when" || lw == "while" {
			return ""
		}
		if tag, _ := lexicon.ClosedClass(lw); tag == "PRP" || tag == "WP" {
			return ""
		}
		aux := toks[k+1].Lower
		passive := aux == "being" || aux == "getting"
		// A supplementive clause after a comma, with no preposition
		// ("…, getting shot twice"), is attached to its clause's
		// subject alike (Quirk et al. 1985 §15.58).
		supplementive := lw == "," && passive && k > end
		if !supplementive && !gerundPrepositions[lw] {
			continue
		}
		if !passive {
			return ""
		}
		n := c.pastAdverbs(toks, k+2)
		if b, ok := c.verbAt(toks[n]); ok && b != "" && !strings.HasSuffix(toks[n].Lower, "ing") {
			return c.verbRole(b)
		}
		return ""
	}
	return ""
}

// ageSubject reports whether the age at token at opens the subject of its
// clause: past a determiner, or a name in apposition before it ("Ana Roe,
// 19,"), the sentence begins, or a comma, "that" or a reporting verb
// ("police said a 16-year-old") comes before it; not the object of a
// verb or a preposition ("police found a 16-year-old").
func (c *comparer) ageSubject(toks []text.Token, at int) bool {
	k := at - 1
	if k >= 1 && toks[k].Text == "," && toks[k-1].IsCapitalized() {
		k--
		for k >= 0 && toks[k].IsCapitalized() && toks[k].IsWord() {
			k--
		}
	}
	if k >= 0 {
		if lw := toks[k].Lower; lw == "a" || lw == "an" || lw == "the" {
			k--
		}
	}
	if k < 0 {
		return true
	}
	lw := toks[k].Lower
	if lw == "," || lw == "that" {
		return true
	}
	b, ok := c.verbAt(toks[k])
	return ok && b == "" && mention.IsReportingVerb(c.reportBase(toks[k]))
}
