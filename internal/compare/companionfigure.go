package compare

import (
	"regexp"
	"strings"

	"github.com/corroborate/corroborate/internal/mention"
)

// A figure beside its companion (issue 9, session 54, recallinv2). A
// sentence that gives two figures of one kind and unit most often tells
// them as the two terms of one comparison: a quantity and the standard it
// is set against ("a loss of $96 million, against a profit of $41 million
// a year earlier", "turnout was 61 percent, up from 54 percent", "prices
// rose 5.8 percent, compared with a goal of 2 percent"; the standard of
// comparison, Quirk et al. 1985 §15.63ff, "against", "up from" and
// "compared with" as complex prepositions, §9.10ff). When two outlets'
// sentences each give two such figures and agree on one of them, the
// agreeing term says which comparison both tell (a reiteration, Halliday
// and Hasan 1976 §6.1), and the other term is the same quantity however
// the rest is worded: the same-fact model, whose features are blind to
// values (samefact.go), needs less to pair the two remaining figures
// (companionThreshold). Only figures that can say which statement a
// sentence tells (identifying: amounts, shares, measures), not counts,
// ages or times, which reports repeat beside other happenings; and the
// remaining figure must stand on the same side of the agreeing one in
// both sentences (the quantity before its standard, or after it in both):
// "revenue of $1.1 billion and a loss of $96 million" / "a loss of $96
// million and a dividend of 24 cents" tell two other quantities beside
// one loss.

// companionThreshold is the least probability at which the same-fact model
// pairs two figures whose sentences each give one more figure of their
// kind and unit, that one told alike (companionFigures).
const companionThreshold = 0.5

// companionFigures reports whether f and g are each one of exactly two
// figures of their type and unit in their sentences, the other two told
// alike (the same value), and f and g stand on the same side of it.
func companionFigures(f, g *fact) bool {
	if f.v.Type != g.v.Type || f.v.Unit != g.v.Unit || !identifying(f.v) || f.sameType != 2 || g.sameType != 2 {
		return false
	}
	x, okf := companionOf(f)
	y, okg := companionOf(g)
	if !okf || !okg || x.Norm != y.Norm || x.Norm == "" || x.Norm == f.v.Norm || y.Norm == g.v.Norm {
		return false
	}
	return (f.v.Start < x.Start) == (g.v.Start < y.Start) && !otherClauseBetween(f, x) && !otherClauseBetween(g, y) &&
		!otherPeriods(f, g)
}

// rePeriod is a word that names the period a standard of comparison is
// taken from: a day, a week, a month (or a month's name), a quarter, a
// year (or a year's number). "5.2 percent, down from 6.0 percent a year
// earlier" and "5.2 percent, up from 4.9 percent in March" set one rate
// against two standards (Quirk et al. 1985 §15.63ff: the standard is part
// of the comparison), not one standard told two ways.
var rePeriod = regexp.MustCompile(`(?i)\b(?:(day|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(weeks?|weekly)|(months?|monthly|january|february|march|april|(?-i:May)|june|july|august|september|october|november|december)|(quarters?|quarterly|half-year)|(years?|yearly|annual|(?:19|20)\d\d))\b`)

// periodsAfter is the set of periods (rePeriod's groups, a bit each) named
// after figure x in sent, up to the next figure of its type or a comma,
// semicolon or colon (a period in a later clause, "the agency said on
// Friday", dates no standard).
func periodsAfter(f *fact, x mention.Value) uint8 {
	lo, hi := x.End, len(f.sent)
	if lo < 0 || lo > hi {
		return 0
	}
	for _, o := range f.others {
		if o.Start >= lo && o.Start < hi && o.Type == x.Type {
			hi = o.Start
		}
	}
	if i := strings.IndexAny(f.sent[lo:hi], ",;:"); i >= 0 {
		hi = lo + i
	}
	var bits uint8
	for _, m := range rePeriod.FindAllStringSubmatchIndex(f.sent[lo:hi], -1) {
		for k := 1; k < len(m)/2; k++ {
			if m[2*k] >= 0 {
				bits |= 1 << k
			}
		}
	}
	return bits
}

// otherPeriods reports whether the two remaining figures f and g name
// periods after them that share none: two standards (or two quantities)
// of two periods set against one figure.
func otherPeriods(f, g *fact) bool {
	pf, pg := periodsAfter(f, f.v), periodsAfter(g, g.v)
	return pf != 0 && pg != 0 && pf&pg == 0
}

// reClauseLink is a word that joins a second clause: a coordinator or a
// subordinator of contrast or time (Quirk et al. 1985 §13.1ff, §14.12).
// A relative pronoun or a subordinator that opens only a finite clause
// (Quirk et al. 1985 §14.12, §17.8ff) does too: "raised $8 million, which
// paid for a library that cost $11 million". "As" that heads a complex
// preposition of comparison ("as against", "as compared with", "as opposed
// to", §9.10ff) joins no clause (reAsPrep).
var reClauseLink = regexp.MustCompile(`(?i)\b(?:and|but|while|whereas|as|which|who|whom|whose|because|although|though|unless)\b`)

// reAsPrep is "as" heading a complex preposition of comparison.
var reAsPrep = regexp.MustCompile(`(?i)\bas\s+(?:against|compared\s+(?:with|to)|opposed\s+to)\b`)

// otherClauseBetween reports whether a word that opens a second clause
// stands between a figure and its companion: "unemployment fell to 4.1
// percent, while wages rose 3.2 percent" gives two predications' figures,
// not a quantity and its standard.
func otherClauseBetween(f *fact, x mention.Value) bool {
	between, ok := textBetween(f, x)
	return ok && reClauseLink.MatchString(reAsPrep.ReplaceAllString(between, "against"))
}

// companionOf is the one other figure of f's type and unit in f's
// sentence.
func companionOf(f *fact) (mention.Value, bool) {
	var out mention.Value
	n := 0
	for _, x := range f.others {
		if x.Type == f.v.Type && x.Unit == f.v.Unit && x.Sentence == f.v.Sentence && (x.Start != f.v.Start || x.End != f.v.End) {
			out = x
			n++
		}
	}
	return out, n == 1
}

// companionRank is what a pair of companion figures (companionFigures) at
// companionThreshold or above adds to its probability when modelSlots
// picks each value's best candidate: the agreeing terms say which figure of
// the other sentence is this one's, so a candidate the model rates higher
// without that evidence (the other sentence's agreeing term itself, "2
// percent" against "5.8 percent") does not take its place.
func companionRank(f, g *fact, p float64) float64 {
	if p >= companionThreshold && companionFigures(f, g) {
		return 1
	}
	return 0
}

// companionAnchor reports whether g, in a sentence that gives two figures
// of f's kind and unit, is told alike with f's companion (the one other
// such figure of f's sentence) and not with f: the agreeing term is the
// counterpart of f's companion, and f's counterpart is g's own companion,
// on the same side of g as f stands of its companion ("a loss of $14
// million, after a $6 million profit" / "a loss of $14 million, against
// a profit of $9 million": the $6 million is no value of the second loss).
// The slot rules had paired f with g by their aligned wording; the pair is
// left to companionFigures.
func companionAnchor(f, g *fact) bool {
	if f.v.Type != g.v.Type || f.v.Unit != g.v.Unit || !identifying(f.v) || f.sameType != 2 || g.sameType != 2 || f.v.Norm == g.v.Norm {
		return false
	}
	x, okf := companionOf(f)
	y, okg := companionOf(g)
	if !okf || !okg || x.Norm != g.v.Norm || y.Norm == x.Norm {
		return false
	}
	return (f.v.Start < x.Start) == (y.Start < g.v.Start) && !otherClauseBetween(f, x)
}
