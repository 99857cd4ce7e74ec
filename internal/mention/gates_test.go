package mention

import (
	"strconv"
	"strings"
	"testing"
)

// gateSentences are made-up sentences for the tests asked before a
// pattern: each gate must let through every sentence its pattern matches.
var gateSentences = []string{
	"No one was hurt in the fire on Elm Street.",
	"NOBODY WAS INJURED, police said.",
	"Officers said no-one else was seriously wounded.",
	"Nobody was home when the blaze began in 1998.",
	"The 41/2 month term began in March 2019.",
	"A 4-1/2-month term and 6 1/4 miles of road.",
	"A 4½-month term and 6 ¼ miles of road.",
	"In 2009 and since 2012, and again from 1987 to 2001, the plant ran.",
	"the 1990s, the 1960's, 2024's figures, 19,000 people, 20 5 units",
	"He was 19 and she was 20; 1900 and 2099 and 2100 and 1899.",
	"Late 2015 and mid 2016, early 2017.",
	"Room 2019B and flight 1944 left at 20:15.",
	"Doe, 45, said she saw 3 men.",
	"",
}

func TestYearGate(t *testing.T) {
	for _, s := range gateSentences {
		if reYear.MatchString(s) && !hasYearFigures(s) {
			t.Errorf("hasYearFigures(%q) = false, reYear matches", s)
		}
	}
	for _, s := range []string{"Doe, 45, said she saw 3 men.", "19 20 21", "at 9:20 a.m."} {
		if hasYearFigures(s) {
			t.Errorf("hasYearFigures(%q) = true, want false", s)
		}
	}
}

func TestValueGates(t *testing.T) {
	for _, s := range gateSentences {
		if reNone.MatchString(s) && !hasNoneWord(s) {
			t.Errorf("hasNoneWord(%q) = false, reNone matches", s)
		}
		vs := &valueScan{sent: s}
		if (reGluedFraction.MatchString(s) || reSplitFraction.MatchString(s) || reVulgarFraction.MatchString(s)) && vs.gluedFractions() == nil {
			t.Errorf("gluedFractions(%q) skipped its fraction", s)
		}
	}
	for _, s := range []string{"None was hurt.", "Noone", "Officers said 3 were hurt."} {
		if hasNoneWord(s) {
			t.Errorf("hasNoneWord(%q) = true, want false", s)
		}
	}
}

// TestParseNumberAsBefore: ParseNumber gives what it gave before
// mayParseFloat (ParseFloat asked of every word).
func TestParseNumberAsBefore(t *testing.T) {
	before := func(s string) (float64, bool) {
		l := strings.ToLower(strings.TrimSpace(s))
		if v, ok := wordNums[l]; ok {
			return v, true
		}
		if i := strings.IndexAny(l, "- "); i > 0 {
			a, ok1 := wordNums[l[:i]]
			b, ok2 := wordNums[l[i+1:]]
			if ok1 && ok2 && a >= 20 && b < 10 {
				return a + b, true
			}
		}
		v, err := strconv.ParseFloat(digitGroups.Replace(l), 64)
		return v, err == nil
	}
	for _, s := range []string{"", "one", "Twenty-One", "twenty one", "5,000", "5, 000", "3.5", ".5", "1e3", "0x1p-2", "1_000", "inf", "Inf", "-inf", "+Infinity",
		"infinity", "INFINITY", "nan", "NaN", "+nan", "-nan", "in,f", "n a n", "infinite", "nine", "several", "dozen", "word", "-", "+", ".", "e", "x"} {
		v0, ok0 := before(s)
		v1, ok1 := ParseNumber(s)
		if ok0 != ok1 || ok0 && !(v0 == v1 || v0 != v0 && v1 != v1) {
			t.Errorf("ParseNumber(%q) = %v, %v; before %v, %v", s, v1, ok1, v0, ok0)
		}
	}
}
