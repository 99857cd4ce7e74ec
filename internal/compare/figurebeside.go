package compare

import (
	"strings"

	"github.com/corroborate/corroborate/internal/mention"
)

// A figure told beside another (issue 9, session 54, precinvD). A sentence
// that gives two figures of one kind sets them apart itself: "Night buses
// will run on eight routes, compared with three routes at present",
// "International traffic made up 14.1 million passengers and domestic
// flights 6.3 million", "Health is allocated 61 billion marks …, while 23
// billion goes on debt interest". Each figure of a coordination or a
// comparison is the value of its own member (Quirk et al. 1985 §13.1,
// §15.63: coordinated clauses and comparative clauses state two
// propositions), so when another article tells one of them, it tells that
// member's figure, not a rival of the other one. toldBeside does this for
// days and clock times; figureToldBeside for counts, amounts, shares,
// lengths and stretches of time.

// figureToldBeside reports whether f's sentence also tells g's figure (a
// value of g's type and amount: sameFigure) while g's sentence tells no
// other figure of that type, or tells f's figure too (both sentences give
// the same two figures, crossed). A small figure must also count the same
// noun and, when both name one, the same event: "killed 3 and injured 5"
// tells no "5 killed".
func figureToldBeside(f, g *fact) bool {
	switch g.v.Type {
	case mention.VCount, mention.VMoney, mention.VPercent, mention.VDistance, mention.VDuration:
	default:
		return false
	}
	if oneFigure(f.v, g.v) {
		return false
	}
	told := false
	for _, o := range f.others {
		if oneFigure(o, g.v) {
			told = true
			break
		}
	}
	if !told {
		return false
	}
	for _, o := range g.others {
		if !oneKindOfFigure(o.Type, g.v.Type) {
			continue
		}
		if oneFigure(o, f.v) {
			return true
		}
		return false
	}
	return true
}

// oneFigure reports whether two values give one figure: of one kind
// (oneKindOfFigure) and one amount, and for an amount under 100,000 (a
// figure that recurs by chance: "three", "5 percent") the same unit or
// counted noun and no two events ("killed 3" / "injured 3").
func oneFigure(a, b mention.Value) bool {
	if !oneKindOfFigure(a.Type, b.Type) {
		return false
	}
	x, y := amountOf(a), amountOf(b)
	if x != y || x <= 0 {
		return false
	}
	if x >= 1e5 {
		return a.Type != mention.VMoney || b.Type != mention.VMoney || a.Unit == b.Unit
	}
	if a.Type != b.Type || a.Unit != b.Unit {
		return false
	}
	return a.Event == "" || b.Event == "" || a.Event == b.Event || mention.SameEvent(a.Event, b.Event)
}

// oneKindOfFigure reports whether two value types can give one figure: the
// same type, or a count and an amount of money (the value reader reads a
// bare "800 million" after "800 million euros" as a count of millions).
func oneKindOfFigure(a, b string) bool {
	if a == b {
		return true
	}
	return a == mention.VCount && b == mention.VMoney || a == mention.VMoney && b == mention.VCount
}

// amountOf is a value's figure with a multiplier unit applied ("210
// million" read as 210 of "million").
func amountOf(v mention.Value) float64 {
	switch v.Unit {
	case "thousand":
		return v.Num * 1e3
	case "million":
		return v.Num * 1e6
	case "billion":
		return v.Num * 1e9
	case "trillion":
		return v.Num * 1e12
	}
	return v.Num
}

// rangeCovers reports whether f's figure is the upper end of a range told
// with its lower end ("15 to 19 named storms", "between 11.6 billion and 12
// billion") and g's figure lies within it: a range states the least and
// the most of an estimate (Quirk et al. 1985 §6.64, "from … to" of
// quantity), and a figure inside it agrees with it. A change told "from 15
// to 19" (a figure that rose) is no range.
func rangeCovers(f, g *fact) bool {
	if f.v.Type != g.v.Type || f.v.Unit != g.v.Unit {
		return false
	}
	low, high, ok := rangeAround(f)
	x := amountOf(g.v)
	return ok && low <= x && x <= high
}

// rangeAround is the range f's figure is an end of (rangeEnds): as its
// upper end, or as its lower end when the figure after it ("30 to 35")
// is of its type and unit and ends the range.
func rangeAround(f *fact) (low, high float64, ok bool) {
	if low, high, ok := rangeEnds(f); ok {
		return low, high, true
	}
	for _, o := range f.others {
		if o.Sentence != f.v.Sentence || o.Start <= f.v.End || o.Type != f.v.Type || o.Unit != f.v.Unit || o.Start > len(f.sent) {
			continue
		}
		upper := *f
		upper.v = o
		if low, high, ok := rangeEnds(&upper); ok && low == amountOf(f.v) {
			return low, high, true
		}
	}
	return 0, 0, false
}

// rangeEnds is the range whose upper end is f's figure.
func rangeEnds(f *fact) (low, high float64, ok bool) {
	switch f.v.Type {
	case mention.VCount, mention.VMoney, mention.VPercent, mention.VDistance:
	default:
		return 0, 0, false
	}
	if f.v.Start > len(f.sent) {
		return 0, 0, false
	}
	ws := strings.Fields(f.sent[:f.v.Start])
	n := len(ws)
	if n < 2 {
		return 0, 0, false
	}
	joint := strings.ToLower(ws[n-1])
	if joint != "to" && joint != "and" && joint != "-" && joint != "–" {
		return 0, 0, false
	}
	k, scale := n-2, 1.0 // the lower end's word, and its multiplier
	if m, ok := rangeMultipliers[strings.ToLower(ws[k])]; ok && k > 0 {
		k, scale = k-1, m
	}
	before := ""
	if k > 0 {
		before = strings.ToLower(ws[k-1])
	}
	if joint == "and" && before != "between" || before == "from" {
		return 0, 0, false
	}
	low, ok = mention.ParseNumber(strings.TrimLeft(ws[k], "$€£"))
	if !ok {
		return 0, 0, false
	}
	low *= scale
	high = amountOf(f.v)
	if scale > 1 && high < scale {
		high *= scale // "between 11.6 billion and 12 billion" read as 12
	}
	if low >= high {
		return 0, 0, false
	}
	return low, high, true
}

// rangeMultipliers are the number words that multiply a range's lower end.
var rangeMultipliers = map[string]float64{"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
