package mention

import (
	"regexp"
	"strings"
)

// A parent "of N" states how many children that person has: "a mother of
// three", "the father of 12 children", "a grandmother of nine". English
// uses the phrase for nothing else (a "mother of two" is never two
// mothers), so it is a count of the person's children (or grandchildren),
// not of a thing the sentence's verb acts on: it has no event, and its
// slot key is the person it describes (the name in apposition, as for an
// age).

// kinNouns are the parent nouns that take a count of children this way
// (general English: the kinship terms for a parent or grandparent and
// their informal forms).
var kinNouns = map[string]string{
	"mother": "child", "father": "child", "parent": "child", "mom": "child", "mum": "child", "dad": "child",
	"grandmother": "grandchild", "grandfather": "grandchild", "grandparent": "grandchild",
	"grandma": "grandchild", "grandpa": "grandchild",
}

// reKin is a parent noun, "of" and a number, with the counted noun when
// it is written ("mother of 12 children", "father of four young sons").
var reKin = regexp.MustCompile(`(?i)\b(mother|father|parent|mom|mum|dad|grandmother|grandfather|grandparent|grandma|grandpa)s?\s+of\s+(` + numPat + `)\b(?:\s+(?:young|small|grown|adult|teenage|little)\s+)?(?:\s*(children|kids|sons|daughters|boys|girls|grandchildren|grandkids)\b)?`)

// reKinNotCount is what after the number makes it no count of children:
// an age ("father of 3-year-old twins"), a larger figure, a partitive
// ("the mother of one of the pupils").
var reKinNotCount = regexp.MustCompile(`^(?:[-‑]|\s*(?:years?|months?|weeks?|days?)\b|\s*(?:hundred|thousand|million)\b|,\d|\s+of\b)`)

// kinCounts reads "a mother of N" as a count of the person's children.
func (vs *valueScan) kinCounts() {
	if !strings.Contains(vs.sent, " of ") {
		return
	}
	for _, m := range reKin.FindAllStringSubmatchIndex(vs.sent, -1) {
		if m[7] < 0 && reKinNotCount.MatchString(vs.sent[m[5]:]) {
			continue
		}
		n, ok := ParseNumber(vs.sent[m[4]:m[5]])
		if !ok || n < 1 || n != float64(int(n)) {
			continue
		}
		kin := strings.ToLower(vs.sent[m[2]:m[3]])
		unit := kinNouns[kin]
		if m[6] >= 0 && strings.HasPrefix(strings.ToLower(vs.sent[m[6]:m[7]]), "grand") {
			unit = "grandchild"
		}
		vs.add(Value{Type: VCount, Num: n, Unit: unit, Noun: kin, Start: m[2], End: m[1], Norm: fmtNum(n)})
	}
}

// IsKinCount reports whether a value is a parent's count of children ("a
// mother of three"): a fact about the person, with no event.
func IsKinCount(v Value) bool {
	return v.Type == VCount && kinNouns[v.Noun] != "" && (v.Unit == "child" || v.Unit == "grandchild")
}
