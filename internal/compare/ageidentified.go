package compare

import (
	"regexp"
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// identifiedAfter is the person an age's sentence identifies the age's
// person as, in a passive of identifying whose subject the age's noun
// phrase is ("A 52-year-old courier stabbed outside the depot has been
// identified as Ivo Tamm"): the first form of "be" after the age is the
// passive's auxiliary, right before the verb of identifying and "as", so
// no other clause of the sentence is the one identified ("a 52-year-old
// was detained after wardens identified the courier as Ivo Tamm": the
// courier is Ivo Tamm, not the 52-year-old). "" when none.
func (c *comparer) identifiedAfter(a *mention.Analysis, mg docMerged, si int, v mention.Value) string {
	s := a.Sentences[si].Text
	if v.Start > len(s) || inRelativeClause(s[:v.Start]) {
		return ""
	}
	for _, m := range a.Mentions {
		if m.Sentence != si || m.Start < v.End || a.Entities[m.Entity].Type != mention.Person {
			continue
		}
		before := s[v.End:m.Start]
		if strings.ContainsAny(before, ";:") || !c.identifiedAs(before) {
			continue
		}
		w := strings.Fields(strings.ToLower(before))
		first := -1
		for i, x := range w {
			if beForms[strings.Trim(x, ",")] {
				first = i
				break
			}
		}
		// "was identified as", "has been identified as": the auxiliary
		// two or three words before the name.
		if first < 0 || first < len(w)-3 {
			return ""
		}
		return mg.m.Name(mg.i, m.Entity)
	}
	return ""
}

// inRelativeClause reports whether the words before an age open a
// relative clause (a wh-relative pronoun: "who", "whom", "whose",
// "which"): the age is then inside the clause, the object of its verb,
// and the passive after it is its head noun's ("The warden who stabbed a
// 52-year-old was identified as Ivo Tamm": the warden is Ivo Tamm).
func inRelativeClause(before string) bool {
	for _, w := range strings.Fields(strings.ToLower(before)) {
		switch strings.Trim(w, ",;:\"'()") {
		case "who", "whom", "whose", "which":
			return true
		}
	}
	return false
}

// reGluedOpener is a name that ends in a word a lost sentence break glued
// to it ("… Police.The"): a lower-case letter, a full stop, a capitalised
// word.
var reGluedOpener = regexp.MustCompile(`\p{Ll}\.(\p{Lu}\p{Ll}*)$`)

// gluedOpener reports whether a name's last word is the opener of the next
// sentence glued to it by a lost break, a closed-class word ("The", "A",
// "He"; internal/lexicon): the name ends a sentence, and what follows
// the opener is the next sentence's, not the name's.
func gluedOpener(name string) bool {
	m := reGluedOpener.FindStringSubmatch(name)
	if m == nil {
		return false
	}
	_, ok := lexicon.ClosedClass(strings.ToLower(m[1]))
	return ok
}
