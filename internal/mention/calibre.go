package mention

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// A calibre is the bore of a firearm or the size of its round (WordNet
// "caliber, calibre": the diameter of a tube or gun barrel): a
// specification of the weapon, never a count of it. ".357 caliber
// revolver" is one revolver, not 357; "a 40-caliber pistol" one pistol.
var (
	// reCalibreWord is a figure before "caliber" or "calibre" (".357
	// caliber", "40-caliber", ".22-calibre").
	reCalibreWord = regexp.MustCompile(`(?i)(?:^|[^\w.,])(\.?\d+(?:\.\d+)?)(?:-|\s)?calib(?:er|re)s?\b`)
	// reCalibreMM is a figure in millimetres ("9mm", "9 mm", "7.62-mm"),
	// a calibre only before the name of a weapon.
	reCalibreMM = regexp.MustCompile(`(?i)(?:^|[^\w.,])(\d+(?:\.\d+)?)(?:-|\s)?(?:mm|millimet(?:er|re))\b`)
)

// calibres reads the calibres of a sentence as sizes of the weapon (unit
// "caliber" in inches, "mm caliber" in millimetres), before lengths and
// counts can take their figures.
func (vs *valueScan) calibres() {
	for _, m := range calibreWordMatches(vs.sent) {
		fig := vs.sent[m[2]:m[3]]
		n, unit, ok := calibreInches(fig)
		if !ok {
			continue
		}
		vs.add(Value{Type: VSize, Num: n, Unit: unit, Start: m[2], End: m[1], Norm: fmtNum(n) + " " + unit,
			Noun: vs.nounAfter(m[1])})
	}
	for _, m := range calibreMMMatches(vs.sent) {
		n, err := strconv.ParseFloat(vs.sent[m[2]:m[3]], 64)
		if err != nil || n <= 0 {
			continue
		}
		noun := vs.nounAfter(m[1])
		if !weaponNoun(vs.lx, noun) {
			continue
		}
		vs.add(Value{Type: VSize, Num: n, Unit: "mm caliber", Start: m[2], End: m[1], Norm: fmtNum(n) + " mm caliber", Noun: noun})
	}
}

// calibreInches reads the figure of a calibre in words: American usage
// writes the bore in hundredths or thousandths of an inch, with or without
// the point (".45", "45", ".357", "357" are 0.45 and 0.357 inch); a figure
// with a point inside ("7.62 caliber") is millimetres.
func calibreInches(fig string) (float64, string, bool) {
	if strings.HasPrefix(fig, ".") {
		n, err := strconv.ParseFloat("0"+fig, 64)
		return n, "caliber", err == nil && n > 0
	}
	if strings.Contains(fig, ".") {
		n, err := strconv.ParseFloat(fig, 64)
		return n, "mm caliber", err == nil && n > 0
	}
	if len(fig) < 2 || len(fig) > 3 {
		return 0, "", false
	}
	n, err := strconv.ParseFloat("0."+fig, 64)
	return n, "caliber", err == nil && n > 0
}

// weaponNoun reports whether a noun names a weapon or its round: a noun
// under WordNet's weapon, arm (noun.artifact) or ammunition.
func weaponNoun(lx *lexicon.Lexicon, noun string) bool {
	if noun == "" {
		return false
	}
	var anchors []uint32
	for _, w := range []string{"weapon", "ammunition"} {
		anchors = append(anchors, lx.SensesIn(w, lexicon.Noun, lexicon.NounArtifact)...)
	}
	return lx.Under(lx.Base(noun, lexicon.Noun), lexicon.Noun, anchors, 8)
}

// IsCalibre reports whether a value is the calibre of a weapon.
func IsCalibre(v Value) bool {
	return v.Type == VSize && (v.Unit == "caliber" || v.Unit == "mm caliber")
}

// calibreWordMatches are reCalibreWord's matches: each holds "calib" in
// either case (no letter of it folds from outside ASCII); see agedMatches.
func calibreWordMatches(s string) [][]int {
	if !text.MayContainFold(s, "calib") {
		return nil
	}
	return reCalibreWord.FindAllStringSubmatchIndex(s, -1)
}

// calibreMMMatches are reCalibreMM's matches: each holds "mm" or
// "millimet" in either case.
func calibreMMMatches(s string) [][]int {
	if !text.MayContainFold(s, "mm") && !text.MayContainFold(s, "millimet") {
		return nil
	}
	return reCalibreMM.FindAllStringSubmatchIndex(s, -1)
}
