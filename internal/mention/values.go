package mention

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// Value types: what a stated value measures.
const (
	VCount     = "count"
	VMoney     = "money"
	VPercent   = "percent"
	VAge       = "age"
	VDuration  = "duration"
	VDistance  = "distance"
	VSize      = "size"
	VMagnitude = "magnitude"
	VClock     = "clock"
	VWeekday   = "weekday"
	VDate      = "date"
	VMonth     = "month"
	VYear      = "year"
)

// Value is a fact's value as an article states it: typed, kept as written,
// with a normalized form and what it is about.
type Value struct {
	Type string
	// Text is the value as written ("$2.5 billion", "eight-book", "9:41 pm").
	Text string
	// Norm is the normalized form ("2500000000 usd", "8", "21:41", "2008-12-06").
	Norm string
	// Num is the number (for numeric types; clock times in minutes after
	// midnight); Low and High bound what the qualifier allows.
	Num, Low, High float64
	Qualifier      string
	// Unit is the unit or currency ("day", "mile", "usd", "gmt"), or for a
	// count the base form of the counted noun.
	Unit string
	// Noun is the base form of the noun the value modifies or counts
	// ("veteran" in "a 9-year veteran", "series" in "a four-book series").
	Noun string
	// Event is, for a count, the base form of the event verb it counts
	// ("kill" in "12 people were killed", "injure" in "three injured"): the
	// predicate of its fact. For a time, it is the event noun the time
	// follows ("shooting" in "after the robberies Friday night"), also
	// when a noun after it is its Noun ("night").
	Event string
	// Ref is, for a distance, the place it is measured from, lower-case
	// ("dunmore" in "40 miles east of Dunmore"); "" when none is named.
	Ref string
	// HalfDay is "am" or "pm" for a clock time that says so.
	HalfDay string
	// Approx marks values that do not state a precise figure (hedged, round).
	Approx bool
	// Bound is "min" for a stated minimum ("at least 22": a confirmed
	// count) and "max" for a stated maximum ("up to 17 years"): two
	// sources' minimums (or maximums) are compared as figures.
	Bound string
	// Stretch is, for a time that is one end of a stretch of time, the
	// word that makes it so ("until", "through", "to", "from", "since",
	// "by"): "registration runs until November 20" dates no happening,
	// and is compared only with the same end of a stretch told in much
	// the same words.
	Stretch  string
	Sentence int
	// Start and End are byte offsets of the value in its sentence.
	Start, End int
}

// numPat is a number in digits (thousands separators, as some converted
// texts write them with a space: "5, 000") or in words.
const numPat = `(?:\d{1,3}(?:,\s?\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\b)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|half a|a half)`

const scalePat = `(?:[\s-]?(?:million|billion|trillion|thousand|mln|bn|m|k)\b)?`

var (
	reMoney1 = regexp.MustCompile(`(?i)(` + currencySymbolPat() + `)(` + numPat + `)(` + scalePat + `)`)
	// reMoneyGlued is a currency's name written as its symbol, lower-case
	// and joined to the figure ("euro45 million", as wire copy writes a
	// symbol its character set lacks); "Euro2012" is a name.
	reMoneyGlued = regexp.MustCompile(`\b(` + currencyGluedPat() + `)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(` + scalePat + `)`)
	reMoney2     = regexp.MustCompile(`(?i)\b(` + numPat + `)(\s(?:million|billion|trillion|thousand))?\s(` + currencyNamePat() + `|(?:million|billion) pounds)\b`)
	rePct        = regexp.MustCompile(`(?i)\b(` + numPat + `)\s?(%|percent\b|per\s?cent\b|percentage points?\b)`)
	reClock1     = regexp.MustCompile(`(?i)\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?\s?m\b\.?|p\.?\s?m\b\.?)(\s*(?:GMT|UTC|BST|[ECMP][SD]T|IST|CET|local time)\b)?`)
	reClock2     = regexp.MustCompile(`\b(\d{1,2}):(\d{2})\b(\s*(?:GMT|UTC|BST|[ECMP][SD]T|IST|CET|local time)\b)?`)
	reClock3     = regexp.MustCompile(`\b([01]\d|2[0-3])([0-5]\d)\s*(GMT|UTC|BST|hrs|hours GMT)\b`)
	reMagn       = regexp.MustCompile(`(?i)\bmagnitude[- ](?:of\s)?(\d+(?:\.\d+)?)|\b(\d+(?:\.\d+)?)\s?[- ]magnitude|\b(\d+(?:\.\d+)?)\s(?:on the Richter scale|Richter)|\bmeasuring\s(\d+(?:\.\d+)?)\b`)
	reAge1       = regexp.MustCompile(`(?i)\b(` + numPat + `)[- ]years?[- ]old\b`)
	reAge2       = regexp.MustCompile(`(?i)\b(?:aged|age of|age)\s(\d{1,3})\b`)
	reAge3       = regexp.MustCompile(`\b([A-Z][\w'-]+),\s(\d{1,3})(?:,|;|\.$|\s(?:of|and)\s[A-Z])`)
	reDist       = regexp.MustCompile(`(?i)\b(` + numPat + `)(?:\s?(?:-|to|or)\s?(` + numPat + `))?[- ]?(` + lengthPattern + `)\b`)
	reSize       = regexp.MustCompile(`(?i)\b(` + numPat + `)[- ]?(` + sizePattern + `)\b`)
	reDur        = regexp.MustCompile(`(?i)\b(` + numPat + `)(?:\s?(?:-|to|or)\s?(` + numPat + `))?[- ](` + durationPattern() + `)\b`)
	reCount1     = regexp.MustCompile(`(?i)\b(` + numPat + `)-([a-z]+)\b`)
	// reCount2 is a figure before a noun phrase; the phrase is read by
	// countHead (the match stops at the figure, so that "7 wins and three
	// losses" yields both).
	reCount2    = regexp.MustCompile(`(?i)\b(` + numPat + `)(\s(?:million|billion|thousand|hundred|dozen))?\s`)
	reAgo       = regexp.MustCompile(`(?i)^\s*ago\b`)
	reThousands = regexp.MustCompile(`^,\s?\d{3}\b`)
	reOld       = regexp.MustCompile(`(?i)^[- ]old\b`)
	// reFromPlace is the place a distance is measured from: "40 miles
	// east of Dunmore", "12 km from Kells", "off the coast of Ardel",
	// "300 yards from the depot" (a common noun: distanceRef).
	reFromPlace = regexp.MustCompile(`^\s*(?:\([^)]{1,30}\)\s*)?(?:(?:(?:north|south)?(?:east|west)|north|south)(?:-?(?:north|south)?(?:east|west))?\s+of|from|off(?:\s+the\s+coast\s+of)?|outside(?:\s+of)?|away\s+from|short\s+of)\s+(?:the\s+)?((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)*|[a-z]+)(?:\s+of\s+(?:the\s+)?((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)*))?`)
	reBoundOf   = regexp.MustCompile(`(?i)\b(maximum|minimum)(?:\s+[a-z]+)?\s+of\s*$`)
)

var wordNums = map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90, "a dozen": 12, "half a": 0.5, "a half": 0.5}

var scales = map[string]float64{"thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12, "hundred": 100, "dozen": 12}

// numberWordsByFirst are the keys of wordNums by their first letter (all
// are lower case).
var numberWordsByFirst = func() (t [256][]string) {
	for w := range wordNums {
		t[w[0]] = append(t[w[0]], w)
	}
	return t
}()

// MayReadFinite reports whether ParseNumber may read w as a finite number.
// It is false only when w opens with an ASCII letter, holds only ASCII
// and no digit, and opens with no number word (wordNums) in either case:
// ParseNumber reads such a text as a number word or a pair of them
// ("twenty-six"), each a key of wordNums, or else through
// strconv.ParseFloat, which reads a text without a digit only as an
// infinity or NaN. A caller that drops those (compare's factValues) need
// not ask ParseNumber about the text at all, as it did for most words.
func MayReadFinite(w string) bool {
	if w == "" {
		return true
	}
	if c := w[0] | 0x20; c < 'a' || c > 'z' {
		return true
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf || w[i] >= '0' && w[i] <= '9' {
			return true
		}
	}
	for _, n := range numberWordsByFirst[w[0]|0x20] {
		if hasPrefixASCIIFold(w, n) {
			return true
		}
	}
	return false
}

// ParseNumber reads a number written in digits or words ("5, 000", "twenty-six").
func ParseNumber(s string) (float64, bool) {
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
	r := digitGroups.Replace(l)
	if !mayParseFloat(r) {
		return 0, false // a word: ParseFloat would fail and allocate its error
	}
	v, err := strconv.ParseFloat(r, 64)
	return v, err == nil
}

// mayParseFloat reports whether strconv.ParseFloat may read s: a number
// holds a figure, and the only numbers without one are the infinities and
// NaN ("inf", "-Infinity", "nan"). Most words asked of ParseNumber are no
// numbers, and a failed ParseFloat allocates its error.
func mayParseFloat(s string) bool {
	return strings.ContainsAny(s, "0123456789") || text.MayContainFold(s, "inf") || text.MayContainFold(s, "nan")
}

// digitGroups drops the separators of digit groups ("5, 000" → "5000").
// Built once: a Replacer built on every call was a sixth of the CPU time
// of an incremental add (profile of BenchmarkPlaceOne at 10,000 articles).
var digitGroups = strings.NewReplacer(",", "", " ", "")

// unitBase reduces a written unit to one name per unit ("kilometres" →
// "km"): the names compare's conversion of lengths knows, else the
// singular ("hectares" → "hectare").
func unitBase(u string) string {
	u = strings.ToLower(strings.TrimSpace(u))
	switch {
	case strings.HasPrefix(u, "nautical"):
		return "nautical mile"
	case strings.HasPrefix(u, "mile"):
		return "mile"
	case strings.HasPrefix(u, "kilomet") || u == "km":
		return "km"
	case strings.HasPrefix(u, "meter") || strings.HasPrefix(u, "metre") || u == "m":
		return "m"
	case u == "feet" || u == "foot" || u == "ft":
		return "ft"
	case strings.HasPrefix(u, "yard") || strings.HasPrefix(u, "yd"):
		return "yard"
	case strings.HasPrefix(u, "inch"):
		return "inch"
	case strings.HasPrefix(u, "millimet"):
		// The SI prefixes milli- and centi- (a thousandth, a hundredth)
		// give "millimetre" and "centimetre" the symbols "mm" and "cm"
		// (BIPM, The International System of Units, 9th ed., 2019,
		// §3): "79 millimetres" and "79mm" are one length, and
		// "centimetres" is no "century" (the "cent" case below).
		return "mm"
	case strings.HasPrefix(u, "centimet"):
		return "cm"
	case strings.HasPrefix(u, "stor") || strings.HasPrefix(u, "floor"):
		return "storey"
	case strings.HasPrefix(u, "sq") || strings.HasPrefix(u, "square f"):
		if strings.Contains(u, "m") && !strings.Contains(u, "f") {
			return "sq m"
		}
		return "sq ft"
	case strings.HasPrefix(u, "lb") || u == "pounds" || u == "pound":
		return "lb"
	case strings.HasPrefix(u, "kilog") || u == "kg":
		return "kg"
	case strings.HasPrefix(u, "lit"):
		return "litre"
	case strings.HasPrefix(u, "cent"):
		return "century"
	}
	return strings.TrimSuffix(u, "s")
}

// Values finds the typed values stated in an article's sentences: amounts
// of money, percentages, ages, durations, distances, sizes, magnitudes,
// clock times, counts of a noun, and the weekdays, dates, months and years
// its time expressions resolve to.
func Values(a *Analysis) []Value {
	lx := lexicon.Default()
	var out []Value
	for si, s := range a.Sentences {
		out = append(out, sentenceValues(lx, a, si, s.Text)...)
	}
	return countEvents(lx, a, out)
}

// countEvents joins the counts of the event reading (Numbers: the event
// verb near a count, and the counted thing carried over a participle, as in
// "nine hurt, among them three injured") with the typed values: a count
// value takes its event, a participle head ("three injured") takes the
// counted noun, and an event count with no typed value ("killing 12") is
// added as a count of its counted noun. One fact model: every count is a
// typed value.
func countEvents(lx *lexicon.Lexicon, a *Analysis, vals []Value) []Value {
	// The counts added go apart until every count of vals has its event:
	// appending to vals itself may copy it before a later count is set.
	var added []Value
	for _, n := range a.Numbers {
		found := false
		for k := range vals {
			v := &vals[k]
			if v.Sentence != n.Sentence || n.Start < v.Start || n.Start >= v.End {
				continue
			}
			found = true
			// A casualty count whose noun is left out ("left one dead and
			// eleven injured late Friday", "7 shot during a party"): the
			// people, and what befell them (casualty.go).
			if v.Type == VCount && !IsKinCount(*v) {
				if unit, ev, _, ok := casualtyCount(lx, a, n); ok {
					v.Unit, v.Event = unit, ev
					break
				}
			}
			if v.Type != VCount || n.Event == "" || IsKinCount(*v) {
				break
			}
			v.Event = n.Event
			if ws := strings.Fields(n.What); len(ws) > 0 && (!lx.Has(v.Unit, lexicon.Noun) || participleHead(lx, v.Unit)) {
				if h := lx.Base(strings.ToLower(ws[len(ws)-1]), lexicon.Noun); len(ws) > 0 && h != "" {
					v.Unit = h
				}
			} else if len(ws) == 0 && participleHead(lx, v.Unit) {
				// "the 80 wounded" with no noun counted before it: a
				// participle heading a noun phrase stands for the people
				// it describes (CGEL ch. 7 §10: "the injured").
				v.Unit = "people"
			}
			break
		}
		if !found && !n.Approximate && n.Sentence < len(a.Sentences) {
			if v, ok := casualtyValue(lx, a, n); ok {
				added = append(added, v)
				continue
			}
			if v, ok := bareHarmCount(lx, a.Sentences[n.Sentence].Text, n); ok {
				added = append(added, v)
				continue
			}
			if v, ok := timesCount(lx, a.Sentences[n.Sentence].Text, n); ok {
				added = append(added, v)
				continue
			}
		}
		if found || n.Event == "" || n.What == "" || n.Approximate || n.Sentence >= len(a.Sentences) {
			continue
		}
		ws := strings.Fields(n.What)
		head := lx.Base(strings.ToLower(strings.Trim(ws[len(ws)-1], `.,;:"'`)), lexicon.Noun)
		if head == "" || !lx.Has(head, lexicon.Noun) {
			continue
		}
		sent := a.Sentences[n.Sentence].Text
		// Only a whole count of the noun right after it ("killing 12
		// people"), not a counted thing carried from elsewhere.
		if n.End > len(sent) || n.Start >= n.End || n.Value != math.Trunc(n.Value) {
			continue
		}
		// Or a participle of its event standing for them ("and 40 injured").
		next := strings.ToLower(strings.TrimSpace(sent[n.End:]))
		nw := strings.Trim(strings.SplitN(next+" ", " ", 2)[0], `.,;:"'`)
		if !n.More && !n.Elided && !strings.HasPrefix(next, strings.ToLower(ws[0])) && !(participleHead(lx, nw) && lx.Base(nw, lexicon.Verb) == n.Event) {
			continue
		}
		v := Value{Type: VCount, Num: n.Value, Low: n.Low, High: n.High, Qualifier: n.Qualifier, Unit: head, Event: n.Event,
			Text: strings.TrimSpace(sent[n.Start:n.End]), Norm: fmtNum(n.Value), Sentence: n.Sentence, Start: n.Start, End: n.End}
		if v.Qualifier == "between" {
			v.Qualifier = ""
		}
		applyQualifier(&v)
		added = append(added, v)
	}
	// The counts the number reader has no figure for ("one dead", "one
	// person was killed"): their casualty event.
	for k := range vals {
		v := &vals[k]
		if v.Type != VCount || v.Event != "" && v.Event != "dead" {
			continue
		}
		numbered := false
		for _, n := range a.Numbers {
			if n.Sentence == v.Sentence && n.Start >= v.Start && n.Start < v.End {
				numbered = true
				break
			}
		}
		if !numbered {
			casualtyOfValue(lx, a, v)
		}
	}
	for si := range a.Sentences {
		added = append(added, adverbTimesCounts(lx, a, si)...)
	}
	out := append(vals, added...)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Sentence != out[j].Sentence {
			return out[i].Sentence < out[j].Sentence
		}
		return out[i].Start < out[j].Start
	})
	return out
}

// participleHead reports whether a count's head is a participle standing
// for the people it describes ("three injured", "two wounded").
func participleHead(lx *lexicon.Lexicon, w string) bool {
	if !strings.HasSuffix(w, "ed") {
		return false
	}
	b := lx.Base(w, lexicon.Verb)
	return b != w && IsEventVerb(b)
}

// valueScan collects the values of one sentence; spans already taken by a
// value of a more specific type are skipped.
type valueScan struct {
	lx    *lexicon.Lexicon
	sent  string
	si    int
	taken [][2]int
	out   []Value
}

func (vs *valueScan) free(a, b int) bool {
	for _, t := range vs.taken {
		if a < t[1] && b > t[0] {
			return false
		}
	}
	return true
}

func (vs *valueScan) add(v Value) {
	if !vs.free(v.Start, v.End) {
		return
	}
	v.Sentence = vs.si
	v.Text = strings.TrimSpace(vs.sent[v.Start:v.End])
	if v.Qualifier == "" {
		v.Qualifier = qualifierBefore(vs.sent, v.Start)
	}
	if v.Qualifier == "" {
		// "a maximum (fine) of 900 euros" states a maximum.
		if m := reBoundOf.FindStringSubmatch(vs.sent[:v.Start]); m != nil {
			v.Qualifier = "at most"
			if strings.EqualFold(m[1], "minimum") {
				v.Qualifier = "at least"
			}
		}
	}
	if v.Low == 0 && v.High == 0 {
		v.Low, v.High = v.Num, v.Num
	}
	applyQualifier(&v)
	vs.taken = append(vs.taken, [2]int{v.Start, v.End})
	vs.out = append(vs.out, v)
}

// applyQualifier widens a value's interval by its qualifier: "at least N"
// allows anything from N up, "nearly N" a little under N up to N.
func applyQualifier(v *Value) {
	if neg, q, ok := strings.Cut(v.Qualifier, " "); ok && (neg == "no" || neg == "not" || neg == "never") && negatedBounds[q] != "" {
		// "no more than 20" is at most 20; "no fewer than 20" at least 20.
		v.Approx, v.Bound = true, negatedBounds[q]
		if v.Bound == "max" {
			v.Low = 0
		} else {
			v.High = math.Inf(1)
		}
		return
	}
	switch v.Qualifier {
	case "at least", "more than", "over", "above", "just over", "upwards of", "upward of", "in excess of":
		v.High = math.Inf(1)
		v.Approx = true
		if v.Qualifier == "at least" {
			v.Bound = "min"
		}
	case "up to", "at most", "fewer than", "less than", "under", "below", "as many as":
		v.Low = 0
		v.Approx = true
		if v.Qualifier == "up to" || v.Qualifier == "at most" {
			v.Bound = "max"
		}
	case "nearly", "almost", "just under", "close to":
		v.Low = v.Low * 0.85
		v.Approx = true
	case "about", "around", "roughly", "approximately", "some", "an estimated":
		v.Low, v.High = v.Low*0.8, v.High*1.2
		v.Approx = true
	}
}

// deicticDays are the adverbs of time that name a day from the moment of
// writing ("today", "yesterday"; CGEL ch. 17, temporal deixis), which
// WordNet lists as nouns too.
var deicticDays = set("today", "yesterday", "tonight", "tomorrow")

// nounAfter returns the base form of the noun phrase head right after
// offset off (skipping adjectives), or "".
func (vs *valueScan) nounAfter(off int) string {
	rest := vs.sent[off:]
	words := strings.Fields(rest)
	head, plural := "", false
	for k, w := range words {
		if k >= 4 {
			break
		}
		word := strings.Trim(w, `.,;:!?"'()“”‘’`)
		lw := strings.ToLower(word)
		if lw == "" || stopWhat[lw] || lw == "of" || strings.HasPrefix(w, "(") || lw[0] >= '0' && lw[0] <= '9' {
			break // a bracket or a figure ends the phrase: "40 km (25 miles)"
		}
		// A day after the head is an adverbial of time, not a noun of
		// the phrase (an adjunct of time position, Quirk et al. 1985
		// ch. 8): "offered a $5,000 reward Tuesday", "a 12-hour shift
		// yesterday".
		if head != "" && (isWeekday(word) || deicticDays[lw]) {
			break
		}
		// A possessive is the head the value is of: "the 6-foot-2
		// keeper's save" is the keeper's height, not the save's.
		if p, ok := possessor(lw); ok {
			if b := vs.lx.Base(p, lexicon.Noun); vs.lx.Has(b, lexicon.Noun) {
				head = b
			}
			break
		}
		// A past or -ing form of a verb after the head ends the phrase:
		// "a magnitude-4.7 quake shook" (WordNet also has "shook" as a noun).
		if vb := vs.lx.Base(lw, lexicon.Verb); head != "" && vb != lw && !strings.HasSuffix(lw, "s") && vs.lx.Has(vb, lexicon.Verb) || onlyVerb(vs.lx, lw) {
			break // or a word WordNet knows only as a verb: "40 percent answered no"
		}
		// A plural head takes a verb without -s (concord of number, Quirk
		// et al. 1985 §10.34): "candidates come" ends at "come".
		if plural && vs.lx.Has(lw, lexicon.Verb) && !strings.HasSuffix(lw, "s") {
			break
		}
		b := vs.lx.Base(lw, lexicon.Noun)
		if vs.lx.Has(b, lexicon.Noun) {
			head = b
			plural = b != lw && strings.HasSuffix(lw, "s")
		}
		if strings.ContainsAny(w, ".,;:!?\"()") {
			break
		}
	}
	return head
}

// personNounAfter returns the base form of the head nounAfter reads after
// offset off (after "N-year-old") when it is a lower-case word with a
// WordNet noun.person sense, else "": an age is a person's, so a name
// part ("the 23-year-old Jon Doe Jr"), a word that names no person ("a
// 30-year-old outside") or a noun past the person ("his 12-year-old
// cousin late last night", where the phrase runs on to "night") is
// no noun of the age. The last case is left "", not "cousin": taking
// the person noun there reads more ages as the same person's, and the
// roles that tell a victim's age from a suspect's ("the stabbing of a
// 14-year-old girl", "the 17-year-old girl faces a charge") do not yet keep
// them apart.
func (vs *valueScan) personNounAfter(off int) string {
	head, person, plural := "", false, false
	for k, w := range strings.Fields(vs.sent[off:]) {
		if k >= 4 {
			break
		}
		word := strings.Trim(w, `.,;:!?"'()“”‘’`)
		lw := strings.ToLower(word)
		if lw == "" || stopWhat[lw] || lw == "of" || strings.HasPrefix(w, "(") || lw[0] >= '0' && lw[0] <= '9' {
			break
		}
		if p, ok := possessor(lw); ok {
			if b := vs.lx.Base(p, lexicon.Noun); vs.lx.Has(b, lexicon.Noun) {
				head, person = b, word == lw && vs.lx.HasLex(b, lexicon.Noun, lexicon.NounPerson)
			}
			break // "the 16-year-old boy's father": the boy's age
		}
		if vb := vs.lx.Base(lw, lexicon.Verb); head != "" && vb != lw && !strings.HasSuffix(lw, "s") && vs.lx.Has(vb, lexicon.Verb) || onlyVerb(vs.lx, lw) {
			break
		}
		if plural && vs.lx.Has(lw, lexicon.Verb) && !strings.HasSuffix(lw, "s") {
			break
		}
		if b := vs.lx.Base(lw, lexicon.Noun); vs.lx.Has(b, lexicon.Noun) {
			head, person = b, word == lw && vs.lx.HasLex(b, lexicon.Noun, lexicon.NounPerson)
			plural = b != lw && strings.HasSuffix(lw, "s")
		}
		if strings.ContainsAny(w, ".,;:!?\"()") {
			break
		}
	}
	if !person {
		return ""
	}
	return head
}

// possessor returns the word a possessive ending is on ("keeper's",
// "keepers'" → "keeper", "keepers").
func possessor(lw string) (string, bool) {
	for _, e := range []string{"'s", "’s", "s'", "s’"} {
		if strings.HasSuffix(lw, e) && len(lw) > len(e) {
			if e[0] == 's' {
				return strings.TrimSuffix(lw, e[1:]), true
			}
			return strings.TrimSuffix(lw, e), true
		}
	}
	return "", false
}

func sentenceValues(lx *lexicon.Lexicon, a *Analysis, si int, sent string) []Value {
	vs := &valueScan{lx: lx, sent: sent, si: si}
	vs.times(a)
	if a.Ref.IsZero() {
		vs.undated()
	}
	vs.noneCounts()
	vs.articleDurations()
	if !mayHoldNumber(sent) {
		// Every pattern below starts at a figure or a number word (numPat);
		// most sentences hold neither, and their scan is most of the cost.
		// A clock time may be a word ("at noon").
		vs.clockWords()
		return vs.out
	}
	// A mixed number whose space text extraction lost ("41/2 months" for
	// "4½ months"), or written with a vulgar fraction ("4½ months"), is
	// read as its decimal of the same length; the values' texts are given
	// back as written.
	orig, glued := sent, vs.gluedFractions()
	// Clock times, magnitudes, heights, calibres and the ages "aged 45"
	// and "Smith, 45," are written in figures only (their patterns need
	// \d).
	digits := strings.ContainsAny(sent, "0123456789")
	if digits {
		vs.clocks()
	}
	vs.clockWords()
	vs.money()
	vs.percents()
	if digits && mayBeMagnitude(sent) {
		vs.magnitudes()
	}
	vs.temperatures()
	vs.ages(a, digits)
	if digits {
		vs.heights()
		vs.calibres()
	}
	vs.measures(reDist, VDistance)
	vs.measures(reSize, VSize)
	vs.durations()
	vs.kinCounts()
	vs.counts()
	for i, v := range vs.out {
		if v.Noun == "" && v.Type != VAge && v.Type != VClock && v.Type != VWeekday && v.Type != VDate && v.Type != VMonth && v.Type != VYear {
			vs.out[i].Noun = vs.estimatedObject(v.Start) // estimated.go
		}
	}
	for i, v := range vs.out {
		for _, g := range glued {
			if v.Start < g[1] && v.End > g[0] {
				vs.out[i].Text = strings.TrimSpace(orig[v.Start:v.End])
			}
		}
	}
	sort.Slice(vs.out, func(i, j int) bool { return vs.out[i].Start < vs.out[j].Start })
	return vs.out
}

// reGluedFraction is a whole number of one or two figures glued to a
// fraction of a half or a quarter, then a word: "41/2 months", "121/2
// miles" (plain text of "4½ months"). A date ("11/2" with no unit after,
// "11/2/2024") is none.
var reGluedFraction = regexp.MustCompile(`\b(\d{1,2})(1/2|1/4|3/4)[\s-]([A-Za-z]+)`)

// reSplitFraction is a mixed number whose whole part and fraction a hyphen
// or a space parts, then a word: "a 4-1/2-month term", "6 1/4 miles".
var reSplitFraction = regexp.MustCompile(`\b(\d{1,2})([ -]1/2|[ -]1/4|[ -]3/4)[\s-]([A-Za-z]+)`)

// reVulgarFraction is a mixed number written with a vulgar fraction
// character (Unicode's "½", "¼", "¾"), glued to its whole part or after a
// space, then a word: "3½ miles", "a 4½-month term", "7 ½ minutes". A
// glued quarter or three quarters ("3¼", "3¾", three bytes each) has no
// decimal of its length ("3.25" is four) and is left unread.
var reVulgarFraction = regexp.MustCompile(`\b(\d{1,2})(½| ½| ¼| ¾)[\s-]([A-Za-z]+)`)

// gluedFractionDecimals are the decimals of the same length as the glued
// fractions: "41/2" and "4.50" are four characters each, "3½" and "3.5"
// three bytes.
var gluedFractionDecimals = map[string]string{"1/2": ".50", "1/4": ".25", "3/4": ".75",
	"-1/2": ".500", "-1/4": ".250", "-3/4": ".750", " 1/2": ".500", " 1/4": ".250", " 3/4": ".750",
	"½": ".5", " ½": ".50", " ¼": ".25", " ¾": ".75"}

// reUnitWord is one word that names a unit of time (ISO 8601's), of
// length or of size (WordNet's units of measure, as the duration, distance
// and size patterns read them).
var reUnitWord = regexp.MustCompile(`(?i)^(?:` + durationPattern() + `|` + lengthPattern + `|` + sizePattern + `)$`)

// gluedFractions rewrites in the scanned sentence each mixed number
// written without its space ("41/2 months") or with a hyphen or a space
// before its fraction ("a 4-1/2-month term"), or with a vulgar fraction
// ("3½ miles"), and followed by a unit of time or measure as its decimal
// of the same length ("4.50 months", "a 4.500-month term", "3.5 miles"),
// so that offsets stay those of the text, and returns the rewritten spans.
func (vs *valueScan) gluedFractions() [][2]int {
	// The patterns need a fraction's slash or a vulgar fraction's
	// character.
	if !strings.Contains(vs.sent, "/") && !strings.ContainsAny(vs.sent, "½¼¾") {
		return nil
	}
	var spans [][2]int
	b := []byte(vs.sent)
	for _, re := range []*regexp.Regexp{reGluedFraction, reSplitFraction, reVulgarFraction} {
		for _, m := range re.FindAllStringSubmatchIndex(vs.sent, -1) {
			if !reUnitWord.MatchString(vs.sent[m[6]:m[7]]) {
				continue
			}
			copy(b[m[4]:m[5]], gluedFractionDecimals[vs.sent[m[4]:m[5]]])
			spans = append(spans, [2]int{m[2], m[5]})
		}
	}
	if spans != nil {
		vs.sent = string(b)
	}
	return spans
}

// numPatWords are the word openings numPat can match: its number words
// ("twenty-one" opens with "twenty"), "a dozen" and "half a"/"a half".
var numPatWords = []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
	"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "a dozen", "a half", "half a"}

// mayHoldNumber reports whether sent has a digit or a number word where a
// word begins: a cheap superset of where the value patterns can match (a
// word may also begin right after a currency code, "USD", "Rs").
func mayHoldNumber(sent string) bool {
	if strings.ContainsRune(sent, 'ſ') { // folds to "s" in (?i) patterns
		return true
	}
	low := strings.ToLower(sent)
	for i := 0; i < len(low); i++ {
		c := low[i]
		if c >= '0' && c <= '9' {
			return true
		}
		// The number word first, then where it stands: most letters open
		// no number word, and the currency codes are many.
		if opensNumberWord(low[i:]) && (i == 0 || !text.IsWordByte(low[i-1]) || afterCurrencyCode(low[:i])) {
			return true
		}
	}
	return false
}

// afterCurrencyCode reports whether s ends with a currency code reMoney1
// lets a figure follow without a space.
func afterCurrencyCode(s string) bool {
	for _, l := range currencyCodeEnds {
		if strings.HasSuffix(s, l) {
			return true
		}
	}
	return strings.HasSuffix(s, "us") // "US$"
}

// currencyCodeEnds are the currency codes and the symbols ending in a
// letter ("Rs" before a figure), in lower case, in currencyList's order.
var currencyCodeEnds = func() []string {
	var out []string
	for _, c := range currencyList {
		out = append(out, strings.ToLower(c.code))
		for _, sym := range c.symbols {
			if l := strings.ToLower(sym); text.IsWordByte(l[len(l)-1]) {
				out = append(out, l)
			}
		}
	}
	return out
}()

// elapsedSeconds reports whether the rest of a sentence after a bare
// "H:MM" opens with the seconds of an elapsed time, ":SS" and no further
// figure: "won in 2:07:41" is a race time of two hours and more (hours,
// minutes and seconds parted by colons, as ISO 8601's alternative format
// writes a duration), not the clock time 2:07.
func elapsedSeconds(rest string) bool {
	digit := func(i int) bool { return i < len(rest) && rest[i] >= '0' && rest[i] <= '9' }
	if len(rest) < 3 || rest[0] != ':' || !digit(1) || !digit(2) {
		return false
	}
	// In running text the time goes on with punctuation or a lower-case
	// word ("in 2:07:41, a record", "2:09:12 stood"); a clock time to the
	// second keeps its half of the day or its zone after the seconds
	// ("10:32:15 a.m.", "13:05:10 GMT"), and a page's stamp a line break,
	// a date or a capital.
	switch {
	case len(rest) == 3:
		return true
	case strings.IndexByte(",.;:)", rest[3]) >= 0:
		return len(rest) == 4 || rest[4] == ' '
	case rest[3] == ' ' && len(rest) > 4 && rest[4] >= 'a' && rest[4] <= 'z':
		next := rest[4:]
		for _, p := range []string{"a.m", "p.m", "am", "pm", "a m", "p m", "local", "hours", "hrs", "h "} {
			if strings.HasPrefix(next, p) {
				return false
			}
		}
		return true
	}
	return false
}

func (vs *valueScan) clocks() {
	for _, m := range reClock1.FindAllStringSubmatchIndex(vs.sent, -1) {
		h, _ := strconv.Atoi(vs.sent[m[2]:m[3]])
		mi := 0
		if m[4] >= 0 {
			mi, _ = strconv.Atoi(vs.sent[m[4]:m[5]])
		}
		if h < 1 || h > 12 || mi > 59 {
			continue
		}
		half := "am"
		if strings.HasPrefix(strings.ToLower(vs.sent[m[6]:m[7]]), "p") {
			half = "pm"
		}
		hh := h % 12
		if half == "pm" {
			hh += 12
		}
		zone := ""
		if m[8] >= 0 {
			zone = strings.ToLower(strings.TrimSpace(vs.sent[m[8]:m[9]]))
		}
		vs.addClock(m[0], m[1], hh, mi, half, zone)
	}
	for _, m := range clock2Matches(vs.sent) {
		h, _ := strconv.Atoi(vs.sent[m[2]:m[3]])
		mi, _ := strconv.Atoi(vs.sent[m[4]:m[5]])
		if h > 23 || mi > 59 || m[6] < 0 && elapsedSeconds(vs.sent[m[1]:]) {
			continue
		}
		zone := ""
		if m[6] >= 0 {
			zone = strings.ToLower(strings.TrimSpace(vs.sent[m[6]:m[7]]))
		}
		half := ""
		if h > 12 || h == 0 {
			half = "24h"
		}
		vs.addClock(m[0], m[1], h, mi, half, zone)
	}
	for _, m := range clock3Matches(vs.sent) {
		h, _ := strconv.Atoi(vs.sent[m[2]:m[3]])
		mi, _ := strconv.Atoi(vs.sent[m[4]:m[5]])
		zone := strings.ToLower(vs.sent[m[6]:m[7]])
		if strings.HasPrefix(zone, "h") {
			zone = ""
		}
		vs.addClock(m[0], m[1], h, mi, "24h", strings.TrimPrefix(zone, "hours "))
	}
}

// reClockWord is a clock time written as a word: "noon" or "midday",
// with "12" before it or not, and the time zone after it that a clock
// time in figures takes (reClock1: "at noon EDT").
var reClockWord = regexp.MustCompile(`(?i)\b(?:12\s+)?(?:noon|midday)\b(\s*(?:GMT|UTC|BST|[ECMP][SD]T|IST|CET|local time)\b)?`)

// clockWordBefore are the words after which "noon" or "midday" names the
// moment of the day (a time adjunct's preposition or an approximator
// before it: "at noon", "shortly after midday", "around noon");
// elsewhere the word names a part of the day loosely or premodifies a
// noun ("a midday meal", "the noon deadline").
var clockWordBefore = map[string]bool{"at": true, "around": true, "about": true, "after": true, "before": true, "by": true,
	"until": true, "till": true, "near": true, "past": true, "toward": true, "towards": true, "approximately": true,
	"roughly": true, "nearly": true, "almost": true}

// clockWords reads "noon" and "midday" as 12:00 p.m., the moment the
// words name (Quirk et al. 1985 §9.39: "at noon", "at midday" among the
// points of time "at" takes), after a preposition of time or an
// approximator (clockWordBefore). "Midnight" is not read: it is the
// boundary of two days, and "midnight Saturday" may close Saturday or
// open it, so a day told beside it does not fix which (on the incidents
// tune pool its reading paired four times with another act's time or
// another day).
func (vs *valueScan) clockWords() {
	if !strings.Contains(vs.sent, "oon") && !strings.Contains(vs.sent, "idday") && !strings.Contains(vs.sent, "OON") && !strings.Contains(vs.sent, "IDDAY") {
		return // the common case: no such word
	}
	for _, m := range reClockWord.FindAllStringSubmatchIndex(vs.sent, -1) {
		fs := strings.Fields(strings.ToLower(vs.sent[:m[0]]))
		if len(fs) == 0 || !clockWordBefore[fs[len(fs)-1]] {
			continue
		}
		zone := ""
		if m[2] >= 0 {
			// "at noon EDT": the zone, as reClock1 reads it (readA55).
			zone = strings.ToLower(strings.TrimSpace(vs.sent[m[2]:m[3]]))
		}
		vs.addClock(m[0], m[1], 12, 0, "pm", zone)
	}
}

func (vs *valueScan) addClock(start, end, h, mi int, half, zone string) {
	if zone == "utc" {
		zone = "gmt"
	}
	v := Value{Type: VClock, Num: float64(h*60 + mi), Unit: zone, HalfDay: half, Start: start, End: end,
		Norm: strings.TrimSpace(fmt.Sprintf("%02d:%02d %s", h, mi, zone))}
	if lo, at, ok := clockRangeStart(vs.sent[:start], v.Num, half); ok && vs.free(at, end) {
		// "between 2 and 3 a.m.": one span of the day, from its first
		// end to its second (rangeOfClock).
		vs.taken = append(vs.taken, [2]int{at, end})
		v.Low, v.High, v.Qualifier = lo, v.Num, "between"
		v.Sentence, v.Text, v.Start = vs.si, strings.TrimSpace(vs.sent[at:end]), at
		vs.out = append(vs.out, v)
		return
	}
	q := qualifierBefore(vs.sent, start)
	if q != "" || strings.HasSuffix(strings.ToLower(strings.TrimSpace(vs.sent[:start])), "shortly after") ||
		strings.HasSuffix(strings.ToLower(strings.TrimSpace(vs.sent[:start])), "shortly before") {
		v.Approx = true
		v.Low, v.High = v.Num-20, v.Num+20
		v.Qualifier = "about"
	}
	if !vs.free(start, end) {
		return
	}
	vs.taken = append(vs.taken, [2]int{start, end})
	v.Sentence, v.Text = vs.si, strings.TrimSpace(vs.sent[start:end])
	if v.Low == 0 && v.High == 0 {
		v.Low, v.High = v.Num, v.Num
	}
	vs.out = append(vs.out, v)
}

// reClockRangeStart is the first end of a range of clock times whose
// second end is the clock time right after it: "between 2 and", "from
// 11:30 to" (the hour and its minutes).
var reClockRangeStart = regexp.MustCompile(`(?i)(?:\bbetween\s+(\d{1,2})(?::(\d{2}))?\s+and|\bfrom\s+(\d{1,2})(?::(\d{2}))?\s+(?:to|until|till))\s+$`)

// clockRangeStart reads the first end of a range of clock times before
// a clock time at minute second of the day, of half of the day half ("am",
// "pm", "24h" or ""): "between 2 and 3 a.m.", "from 11 to 11:45 p.m.".
// The first end carries no half of the day of its own: it
// takes the second end's, the range written once for both (Quirk et al.
// 1985 §13.98, the shared part of two coordinated phrases said once),
// and falls in the half before when it is the later hour ("between 11
// and 1 a.m." runs from 11 p.m.). It returns the first end in minutes of
// the day (negative when it is of the day before: "between 11 and 1
// a.m." from -60) and where its figure starts in before; ok false when
// before ends in no such first end, or the span would be 12 hours or
// more (no moment but a stretch of the day: "from 9 to 9 p.m.").
func clockRangeStart(before string, second float64, half string) (lo float64, at int, ok bool) {
	m := reClockRangeStart.FindStringSubmatchIndex(before)
	if m == nil || half != "am" && half != "pm" {
		return 0, 0, false
	}
	for g := 2; g <= 6; g += 4 { // the hour of "between", then of "from"
		if m[g] < 0 {
			continue
		}
		hh, _ := strconv.Atoi(before[m[g]:m[g+1]])
		mi := 0
		if m[g+2] >= 0 {
			mi, _ = strconv.Atoi(before[m[g+2]:m[g+3]])
		}
		if hh < 1 || hh > 12 || mi > 59 {
			return 0, 0, false
		}
		first := float64((hh%12)*60 + mi)
		if half == "pm" {
			first += 12 * 60
		}
		if first > second {
			first -= 12 * 60 // "between 11 and 1 a.m.": the half before
		}
		if second-first <= 0 || second-first >= 12*60 {
			return 0, 0, false
		}
		return first, m[g], true
	}
	return 0, 0, false
}

// times turns the sentence's resolved time expressions into values.
func (vs *valueScan) times(a *Analysis) {
	for _, t := range a.Times[vs.si] {
		if t.Relative && findNumbered(reDur, t.Expression) != nil {
			// "for the past six weeks": a length of time told back from
			// the article's day; the duration reader reads its figure.
			continue
		}
		if t.Stamp && t.End <= updateHeadLen(vs.sent) {
			// "UPDATED, March 26: …": the day the page was updated
			// (updateRefs), no happening of the story.
			vs.taken = append(vs.taken, [2]int{t.Start, t.End})
			continue
		}
		stretch := ""
		if t.Period {
			stretch = stretchWord(vs.sent, t.Start, t.Expression)
		}
		if t.Period && stretch == "" || a.InDirectQuote(vs.si, t) && !outsideMarks(a, vs.si, vs.sent, t.Start) {
			vs.taken = append(vs.taken, [2]int{t.Start, t.End})
			continue
		}
		v := Value{Start: t.Start, End: t.End, Text: t.Expression, Sentence: vs.si, Stretch: stretch}
		switch {
		case t.Weekday >= 0:
			v.Type, v.Norm = VWeekday, strings.ToLower(time.Weekday(t.Weekday).String())
			if t.Date != "" {
				v.Unit = t.Date
			}
		case t.Date == "" && reMonthDay.MatchString(t.Expression):
			// A year-less date left unresolved (an undated article): its
			// month and day as written.
			m := reMonthDay.FindStringSubmatch(t.Expression)
			mon, day := dates.MonthNumber(m[1]+m[5]), m[2]+m[4]
			d, _ := strconv.Atoi(day)
			if mon == 0 || d < 1 || d > 31 {
				vs.taken = append(vs.taken, [2]int{t.Start, t.End})
				continue
			}
			v.Type, v.Norm, v.Unit = VDate, fmt.Sprintf("0000-%02d-%02d", mon, d), "no-year"
		case t.Precision == PrecDay && len(t.Date) == 10 && strings.ContainsAny(t.Expression, "0123456789"):
			// A written date, with or without its year ("Feb. 18").
			v.Type, v.Norm = VDate, t.Date
			if !strings.Contains(t.Expression, t.Date[:4]) {
				v.Unit = "no-year"
			}
		case t.Relative && t.Precision == PrecMonth && len(t.Date) == 7 && reMonthName.MatchString(t.Expression):
			// "in October" of a dated article: its year is inferred,
			// the month is as written.
			v.Type, v.Norm, v.Unit = VMonth, t.Date, "no-year"
		case t.Precision == PrecPartMonth && len(t.Date) == 7 && reMonthName.MatchString(t.Expression):
			// "the end of March": a part of a month is of that month.
			v.Type, v.Norm = VMonth, t.Date
			if !strings.Contains(t.Expression, t.Date[:4]) {
				v.Unit = "no-year"
			}
		case t.Relative:
			vs.taken = append(vs.taken, [2]int{t.Start, t.End})
			continue
		case t.Precision == PrecDay && len(t.Date) == 10:
			v.Type, v.Norm = VDate, t.Date
			if !strings.Contains(t.Expression, t.Date[:4]) {
				v.Unit = "no-year"
			}
		case t.Precision == PrecMonth && len(t.Date) == 7:
			v.Type, v.Norm = VMonth, t.Date
		case (t.Precision == PrecYear || t.Precision == PrecPartYear && strings.Contains(t.Expression, t.Date)) && len(t.Date) == 4:
			// "in 2009", "early 2010" (a part of a year is of that year)
			v.Type, v.Norm = VYear, t.Date
			y, _ := strconv.Atoi(t.Date)
			v.Num, v.Low, v.High = float64(y), float64(y), float64(y)
		default:
			vs.taken = append(vs.taken, [2]int{t.Start, t.End})
			continue
		}
		if !vs.free(v.Start, v.End) {
			continue
		}
		if datelineAt(vs.sent, v) {
			// "5 March 2021, 09:12 (GMT+04:00) The port …": the
			// wire's dateline, when it was filed, not a fact of the story.
			vs.taken = append(vs.taken, [2]int{v.Start, v.End})
			continue
		}
		v.Event = vs.eventNounBefore(v.Start)
		if v.Event == "" && (v.Type == VMonth || v.Type == VYear) {
			v.Event = vs.subjectEventNoun(v.Start)
		}
		v.Noun = vs.timeNounAfter(v.End, v.Type == VYear)
		if v.Noun == "" {
			v.Noun = vs.attributiveDateNoun(v)
		}
		if v.Noun == "" {
			v.Noun = v.Event
		}
		vs.taken = append(vs.taken, [2]int{v.Start, v.End})
		vs.out = append(vs.out, v)
	}
}

// outsideMarks reports whether offset off of a sentence stands outside
// quotation marks by the sentence's own marks ("'We argued,' she told
// reporters after the fire on Thursday"): a quote that the quote reader
// stretched over its attribution does not hold the attribution's time.
// A sentence with no mark before off is left to the quote reader.
func outsideMarks(a *Analysis, si int, sent string, off int) bool {
	inside, seen := false, false
	if len(sent) > 0 && sent[0] != '"' && !strings.HasPrefix(sent, "“") {
		// A sentence that opens inside a quote carried over from the
		// sentence before.
		inside = a.InDirectQuote(si, Timex{Start: 0, End: 1})
	}
	for _, r := range sent[:min(off, len(sent))] {
		switch r {
		case '"':
			inside, seen = !inside, true
		case '“':
			inside, seen = true, true
		case '”':
			inside, seen = false, true
		}
	}
	return seen && !inside
}

// undated reads the year-less dates and months of an article that has no
// date of its own ("on December 15", "in October"): the time layer cannot
// resolve them (it needs a reference date), and they are compared as
// written, by month and day (Unit "no-year", year 0000 in Norm).
func (vs *valueScan) undated() {
	if !holdsMonthOpening(vs.sent) {
		return // neither pattern can match: most sentences name no month
	}
	for _, m := range reMonthDay.FindAllStringSubmatchIndex(vs.sent, -1) {
		if m[6] >= 0 || m[12] >= 0 || !vs.free(m[0], m[1]) {
			continue // with its year: the time layer read it
		}
		stretch := ""
		if inPeriod(vs.sent, m[0], m[1]) {
			if stretch = stretchWord(vs.sent, m[0], ""); stretch == "" {
				vs.taken = append(vs.taken, [2]int{m[0], m[1]})
				continue
			}
		}
		mon := dates.MonthNumber(vs.sub(m, 1) + vs.sub(m, 5))
		d, _ := strconv.Atoi(vs.sub(m, 2) + vs.sub(m, 4))
		if mon == 0 || d < 1 || d > 31 || vs.sub(m, 1) == "May" && d > 31 {
			continue
		}
		v := Value{Type: VDate, Norm: fmt.Sprintf("0000-%02d-%02d", mon, d), Unit: "no-year", Start: m[0], End: m[1], Sentence: vs.si,
			Text: vs.sent[m[0]:m[1]], Stretch: stretch}
		vs.addTime(v)
	}
	for _, m := range reMonth.FindAllStringSubmatchIndex(vs.sent, -1) {
		// A bare month name is too often a verb or a name ("May",
		// "March"): only with its preposition or part ("in October").
		bare := m[2] < 0 && m[4] < 0 && !reTimeOfMonth.MatchString(vs.sent[:m[0]]) && !possessiveMonth(vs.sent, m[6], m[7])
		if m[8] >= 0 || bare || !vs.free(m[0], m[1]) || inPeriod(vs.sent, m[0], m[1]) || reDayAfter.MatchString(vs.sent[m[1]:]) {
			continue
		}
		mon := dates.MonthNumber(vs.sub(m, 3))
		if mon == 0 {
			continue
		}
		v := Value{Type: VMonth, Norm: fmt.Sprintf("0000-%02d", mon), Unit: "no-year", Start: m[0], End: m[1], Sentence: vs.si,
			Text: vs.sent[m[0]:m[1]]}
		vs.addTime(v)
	}
}

// monthOpenings are the first three letters of the month names: every
// alternative of monthAlt ("Sept.", "March") holds one, as written (the
// month patterns are case-sensitive).
var monthOpenings = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// holdsMonthOpening reports whether sent holds a month name's opening: a
// cheap superset of where reMonthDay and reMonth can match.
func holdsMonthOpening(sent string) bool {
	for _, m := range monthOpenings {
		if strings.Contains(sent, m) {
			return true
		}
	}
	return false
}

// reTimeOfMonth is a stretch of a month named before it: "the last week
// of December", "the first days of March", "the second half of June" (a
// noun of a length of time, or a half or a part, and "of").
var reTimeOfMonth = regexp.MustCompile(`(?i)\b(?:week|weekend|weeks|days|half|part)\s+of\s+$`)

// possessiveMonth reports whether the month name at [start, end) is a
// possessive before a word ("March's annual show", "October's Games"): a month,
// unless it is May or August, names of persons as often as months.
func possessiveMonth(s string, start, end int) bool {
	if w := s[start:end]; w == "May" || w == "August" {
		return false
	}
	return rePossessiveNoun.MatchString(s[end:])
}

// rePossessiveNoun is a possessive ending and a word.
var rePossessiveNoun = regexp.MustCompile(`^['’]s\s+[A-Za-z]`)

func (vs *valueScan) sub(m []int, g int) string {
	if m[2*g] < 0 {
		return ""
	}
	return vs.sent[m[2*g]:m[2*g+1]]
}

// addTime adds a time value with the noun it dates.
func (vs *valueScan) addTime(v Value) {
	vs.taken = append(vs.taken, [2]int{v.Start, v.End})
	if datelineAt(vs.sent, v) {
		return
	}
	v.Event = vs.eventNounBefore(v.Start)
	if v.Event == "" && (v.Type == VMonth || v.Type == VYear) {
		v.Event = vs.subjectEventNoun(v.Start)
	}
	v.Noun = vs.timeNounAfter(v.End, v.Type == VYear)
	if v.Noun == "" {
		v.Noun = v.Event
	}
	vs.out = append(vs.out, v)
}

// timeNounAfter is the noun a time value modifies: the lower-case nouns
// right after it, the last of them ("Tuesday's attack", "the March 4
// referendum", "Sunday night's flood" → "fire"); "" when the next word is no
// noun ("on Tuesday killed five" dates the verb, not "five"). A year may
// modify a name ("a 2008 Ardel Sierra", "the 2009 Games"): with names,
// the last word that WordNet has as a noun.
func (vs *valueScan) timeNounAfter(off int, names bool) string {
	head := ""
	for k, w := range strings.Fields(vs.sent[off:]) {
		if k >= 3 {
			break
		}
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if k == 0 && (w == "'s" || w == "’s" || w == "") {
			continue
		}
		lw := strings.Trim(w, `.,;:!?"'()“”‘’`)
		if lw == "" || lw != strings.ToLower(lw) && !names || stopWhat[strings.ToLower(lw)] || lw == "of" {
			break
		}
		b := vs.lx.Base(strings.ToLower(lw), lexicon.Noun)
		if vb := vs.lx.Base(lw, lexicon.Verb); (strings.HasSuffix(lw, "ed") || irregularPast(lw)) && vb != lw && vs.lx.Has(vb, lexicon.Verb) {
			break // a participle or past: "on Friday wounded many", "on Monday sold" date the verb
		}
		if _, closed := lexicon.ClosedClass(strings.ToLower(lw)); closed {
			break // a preposition or particle: "Monday morning near the depot"
		}
		if !vs.lx.Has(b, lexicon.Noun) {
			if lw != strings.ToLower(lw) {
				continue // a name word WordNet lacks ("GMC")
			}
			break
		}
		head = b
		if lw != strings.TrimRight(w, "'’") {
			break // punctuation ends the phrase
		}
	}
	return head
}

// attributiveDateNoun is the noun a full date with its year modifies
// when the date stands between a determiner and its noun, set off by a
// comma after the year as American usage writes it ("a May 12, 1998,
// meeting", "the Jan. 5, 2009, attack"; AP Stylebook, "dates"; Chicago
// Manual of Style 6.38): the noun after that comma, as for "the March 4
// referendum". A date after a preposition ("on May 12, 1998, police
// said") opens no noun phrase and dates nothing after its comma.
func (vs *valueScan) attributiveDateNoun(v Value) string {
	if v.Type != VDate || v.Unit == "no-year" {
		return ""
	}
	rest := vs.sent[v.End:]
	if !strings.HasPrefix(rest, ",") {
		return ""
	}
	before := strings.Fields(vs.sent[:v.Start])
	if len(before) == 0 {
		return ""
	}
	lw := strings.ToLower(before[len(before)-1])
	if _, ok := possessor(lw); !ok && !determiners[lw] {
		return ""
	}
	return vs.timeNounAfter(v.End+1, false)
}

// reMonthName is a month's full name.
var reMonthName = regexp.MustCompile(`\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b`)

// rePeriodEnd is the second end of a period ("to November 18").
var rePeriodEnd = regexp.MustCompile(`(?i)^\s*(?:-|–|to|through|until|and)\s+(?:` + monthAlt + `|\d)`)

// reDayAfter is a day of the month after a month name.
var reDayAfter = regexp.MustCompile(`^\s+\d`)

// rePeriodStart is the first end of a period before a time ("October 26
// to").
var rePeriodStart = regexp.MustCompile(`(?i)\d\s*(?:-|–|to|through|until)\s*$`)

// stretchWords are the words that open one end of a stretch of time
// (prepositions of duration and of a range: Quirk et al. 1985 §9.35-9.38),
// by the word itself; a dash opens the second end as "to" does.
var stretchWords = map[string]string{"since": "since", "until": "until", "till": "until", "through": "through", "thru": "through",
	"throughout": "through", "by": "by", "from": "from", "to": "to", "-": "to", "–": "to", "between": "from", "and": "to"}

// stretchWord is the word that makes a time starting at offset start of
// sentence s (its expression expr) one end of a stretch: the expression's
// own first word or the word right before it; "" when neither is one (the
// time stays unread).
func stretchWord(s string, start int, expr string) string {
	if f := strings.Fields(strings.ToLower(expr)); len(f) > 0 {
		if w, ok := stretchWords[f[0]]; ok {
			return w
		}
	}
	before := strings.Fields(strings.ToLower(s[:min(start, len(s))]))
	if len(before) == 0 {
		return ""
	}
	return stretchWords[before[len(before)-1]]
}

// inPeriod reports whether a time is one end of a period ("from April 2
// to April 20", "between May 3 and May 9").
func inPeriod(s string, start, end int) bool {
	before := strings.ToLower(strings.TrimSpace(s[:start]))
	return strings.HasSuffix(before, "from") || strings.HasSuffix(before, "between") || rePeriodEnd.MatchString(s[end:]) ||
		rePeriodStart.MatchString(s[:start])
}

// reNone is a count of nobody: "no one was killed", "nobody was injured";
// the participle must be of an event verb (IsEventVerb).
var reNone = regexp.MustCompile(`(?i)\b(no one|no-one|nobody)\s+(?:else\s+)?(?:was|were|has been|had been|is|got)\s+(?:\w+ly\s+)?([a-z]+)\b`)

// hasNoneWord reports whether s may hold one of reNone's three words,
// which the pattern needs (none holds "k" or "s": text.MayContainFold).
func hasNoneWord(s string) bool {
	return text.MayContainFold(s, "no one") || text.MayContainFold(s, "no-one") || text.MayContainFold(s, "nobody")
}

// noneCounts reads "no one was killed" as a count of 0 people killed: the
// toll another source may give as a figure.
func (vs *valueScan) noneCounts() {
	if !hasNoneWord(vs.sent) {
		return
	}
	for _, m := range reNone.FindAllStringSubmatchIndex(vs.sent, -1) {
		w := strings.ToLower(vs.sent[m[4]:m[5]])
		ev := vs.lx.Base(w, lexicon.Verb)
		if ev == w || !IsEventVerb(ev) {
			continue // no participle ("no one was home"), or no counted event
		}
		vs.add(Value{Type: VCount, Num: 0, Unit: "people", Event: ev, Start: m[2], End: m[3], Norm: "0"})
	}
}

// reDatelineClock is a clock time right after a sentence-opening date.
var reDatelineClock = regexp.MustCompile(`^[,\s]*(?:at\s)?\d{1,2}[:.]\d{2}\b`)

// datelineAt reports whether a time value opens its sentence and is
// followed by a clock time: a dateline. A time opened by a preposition
// ("On Sunday at 10:42 p.m., …") is an adverbial of its clause
// (prepositionFirst), no dateline.
func datelineAt(sent string, v Value) bool {
	return strings.TrimSpace(sent[:v.Start]) == "" && reDatelineClock.MatchString(sent[v.End:]) && !prepositionFirst(v.Text)
}

// irregularPast reports whether a lower-case word is an irregular past
// form of a verb ("sold", "took"): a verb form that is neither its base
// nor an -s, -ed or -ing form ("fled" is left to the -ed test of callers).
func irregularPast(lw string) bool {
	lx := lexicon.Default()
	b := lx.Base(lw, lexicon.Verb)
	return b != lw && lx.Has(b, lexicon.Verb) && !strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ed") && !strings.HasSuffix(lw, "ing")
}

// subjectEventNoun returns the event noun that heads the subject opening
// the sentence when a month or a year at off is an adjunct of that
// subject's clause ("A strong quake with its centre offshore struck the
// coast in March", "The raid destroyed the mill in 1998"): the time of a
// clause whose subject is a happening (WordNet's noun.event, noun.act:
// lexicon.EventNoun) is the time of that happening, as the time of "the
// raid in 1998" is. The subject is an article and at most two modifiers
// before the noun, and no noun after it (nounAfterHead: "the murder
// trial" is a trial); between it and the time stand a verb, not in the
// passive ("the attack was planned" dates the planning), and no comma,
// conjunction, relative or subordinator (another clause's time). ""
// otherwise.
func (vs *valueScan) subjectEventNoun(off int) string {
	ws := strings.Fields(vs.sent[:off])
	if len(ws) < 3 || len(ws) > 16 {
		return ""
	}
	switch strings.ToLower(ws[0]) {
	case "a", "an", "the":
	default:
		return ""
	}
	head := -1
	for k := 1; k < len(ws)-1 && k <= 3; k++ {
		w := ws[k]
		if w != strings.ToLower(w) || strings.Trim(w, `.,;:!?"'()`) != w {
			return ""
		}
		if _, closed := lexicon.ClosedClass(w); closed {
			return ""
		}
		if _, ok := vs.lx.EventNoun(w); ok {
			head = k
			break
		}
	}
	if head < 0 {
		return ""
	}
	zero := vs.zeroPastAfter(ws, head)
	if !zero && vs.nounAfterHead(ws[head+1]) {
		return ""
	}
	verb, be := zero, false
	for _, w := range ws[head+1:] {
		lw := strings.ToLower(strings.Trim(w, `"'()`))
		if strings.ContainsAny(w, ",;:") || clauseOpeners[lw] {
			return ""
		}
		past := strings.HasSuffix(lw, "ed") && vs.lx.Has(vs.lx.Base(lw, lexicon.Verb), lexicon.Verb) || irregularPast(lw)
		if be && past {
			return "" // a passive: "the theft was discovered in 1998" dates the discovery
		}
		verb = verb || past
		be = beForms[lw] || be && passiveAdverbs[lw]
	}
	if !verb {
		return ""
	}
	b, _ := vs.lx.EventNoun(ws[head])
	return b
}

// zeroPastAfter reports whether the word after a subject's event noun at
// ws[head] is a verb whose past is its base ("The quake hit the coast",
// "The blast cut the power"): one of the closed class of such verbs
// (zeroPastVerbs) after a singular head, with a determiner after it that
// opens its object. A singular subject takes "hits" in the present (Quirk
// et al. 1985 §10.34, concord), so the base form is the past. Any other
// base form there is a noun of the subject's phrase before a reduced
// relative ("the bombing plan the group drew up"), left to nounAfterHead.
func (vs *valueScan) zeroPastAfter(ws []string, head int) bool {
	if head+2 >= len(ws) {
		return false
	}
	n, w := strings.ToLower(ws[head]), ws[head+1]
	if w != strings.ToLower(w) || !determiners[strings.ToLower(ws[head+2])] || vs.lx.Base(n, lexicon.Noun) != n {
		return false
	}
	return zeroPastVerbs[w]
}

// zeroPastVerbs are the irregular verbs whose past tense is their base
// form and past participle (the irregular class whose three principal
// parts are one form, Quirk et al. 1985 ch. 3, "put, put, put").
var zeroPastVerbs = set("bet", "bid", "broadcast", "burst", "cast", "cost", "cut", "forecast",
	"hit", "hurt", "let", "put", "quit", "rid", "set", "shed", "shut", "slit", "split", "spread",
	"thrust", "upset")

// ZeroPast reports whether w (lower case) is a verb whose base form, past
// tense and past participle are one form (zeroPastVerbs: "set", "shut").
func ZeroPast(w string) bool { return zeroPastVerbs[w] }

// nounAfterHead reports whether the word after a subject's event noun is
// another noun of its phrase, the phrase's head ("the shooting suspect",
// "the murder trial": the event noun is a modifier, Quirk et al. 1985
// §17.108): a lower-case open-class word that WordNet knows as a noun and
// that is no past verb.
func (vs *valueScan) nounAfterHead(w string) bool {
	if w != strings.ToLower(w) || strings.Trim(w, `.,;:!?"'()`) != w {
		return false
	}
	if _, closed := lexicon.ClosedClass(w); closed {
		return false
	}
	if strings.HasSuffix(w, "ed") && vs.lx.Has(vs.lx.Base(w, lexicon.Verb), lexicon.Verb) || irregularPast(w) {
		return false
	}
	return vs.lx.Has(vs.lx.Base(w, lexicon.Noun), lexicon.Noun)
}

// passiveAdverbs are the adverbs that may stand between a form of "be"
// (beForms) and the past participle of a passive ("was later found";
// Quirk et al. 1985 §3.63).
var passiveAdverbs = set("not", "never", "later", "first", "also", "then", "soon", "only", "finally")

// clauseOpeners are the words that open another clause inside a sentence
// (coordinators, relatives, the subordinators) and the verbs of saying
// "said" and "says", whose content clause follows: a time read after one
// is no adjunct of the opening subject's clause.
var clauseOpeners = withWords(subordinators, "and", "but", "or", "that", "which", "who", "whom", "whose", "where", "said", "says")

// eventNounBefore returns the event noun a time value dates when it
// follows it ("a robbery back in 1988", "the vote on Friday"): the
// noun right before the preposition, when most of its WordNet senses are
// events or acts; "" otherwise.
func (vs *valueScan) eventNounBefore(off int) string {
	ws := strings.Fields(vs.sent[:off])
	k := len(ws) - 1
	if k >= 0 && determiners[strings.ToLower(ws[k])] {
		return "" // "a 2004 model", "the 2009 attack": it dates what follows
	}
	skipped, named := false, false
	for k >= 0 && k >= len(ws)-9 {
		w := strings.ToLower(strings.Trim(ws[k], `.,;:"'()`))
		switch w {
		case "in", "on", "of", "back", "since", "during", "late", "early", "":
			k--
			continue
		}
		// The person the event befell, with an age in apposition: "the
		// murder of Ada Lorne, 19, on Monday".
		if j := namedPatient(ws, k); !named && j >= 0 {
			named = true
			k = j - 1
			continue
		}
		// A place named with its state or country set off by commas
		// ("the meeting in Lake Orin, Ore., on May 12"; AP
		// Stylebook, "state names"): the name is one phrase of place.
		if j := placeWithRegion(ws, k); j >= 0 {
			ws = append(ws[:j:j], strings.TrimSuffix(ws[j], ","))
			k = j
			continue
		}
		if strings.ContainsAny(ws[k], ",;:") {
			return "" // the time opens a clause of its own
		}
		if _, closed := lexicon.ClosedClass(w); closed {
			return "" // "stocks went up Friday": a particle, no event noun
		}
		if b, ok := vs.lx.EventNoun(w); ok {
			return b
		}
		// One place or setting between the event and its time: "her
		// arrest at home on Wednesday", "the attack in the capital on
		// Tuesday".
		if j := placePhraseStart(ws, k); !skipped && j >= 0 {
			skipped = true
			k = j - 1
			continue
		}
		return ""
	}
	return ""
}

// placeWithRegion returns k-1 when words k-1 and k are a place's name and
// its region set off by commas ("Orin, Ore.,", "Lyon, France,"): two
// capitalised words each followed by a comma; -1 otherwise.
func placeWithRegion(ws []string, k int) int {
	if k < 1 || !isNameWord(ws[k]) || !isNameWord(ws[k-1]) || !strings.HasSuffix(ws[k], ",") || !strings.HasSuffix(ws[k-1], ",") ||
		strings.Count(ws[k], ",") > 1 || strings.Count(ws[k-1], ",") > 1 {
		return -1
	}
	return k - 1
}

// reApposedAge is an age in apposition after a name: "15,".
var reApposedAge = regexp.MustCompile(`^\d{1,3},$`)

// namedPatient returns the index of "of" opening "of <Name>[, N,]" that
// ends at word k, or -1.
func namedPatient(ws []string, k int) int {
	if reApposedAge.MatchString(ws[k]) && k > 0 && strings.HasSuffix(ws[k-1], ",") {
		k--
	}
	j := k
	for j >= 0 && j > k-4 && startsUpper(ws[j]) {
		if j < k && strings.ContainsAny(ws[j], ",;:") {
			return -1
		}
		j--
	}
	if j == k || j < 0 || ws[j] != "of" {
		return -1
	}
	return j
}

// placeNameWords is how many capitalised words of a place's name a phrase
// of place may hold besides its three words (placePhraseStart).
const placeNameWords = 5

// isNameWord reports whether a word of a sentence split on spaces is
// capitalised: a word of a name inside the sentence.
func isNameWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// placePhraseStart returns where the short prepositional phrase of place
// ending at word k begins ("at home", "in the capital", "near its border"),
// or -1. The prepositions are those of position of Quirk et al. 1985
// (§9.15-9.26: "at", "in"; "off"; "near", "inside", "outside", "beside",
// "behind", "beneath", "under", "among", "amid", "above", "below"), less
// those that also place in time ("on" Monday, "by", "over", "within":
// §9.32-9.46), which would take the event's date for its place.
func placePhraseStart(ws []string, k int) int {
	lo, named := k-3, 0
	if isNameWord(ws[k]) {
		lo--
		named++
	}
	for j := k - 1; j >= 0 && j >= lo; j-- {
		w := strings.ToLower(ws[j])
		if strings.ContainsAny(w, ",;:") {
			return -1
		}
		// The words of a place's name do not count ("in the Four Hills
		// neighborhood", "at Mercy General Hospital").
		if named < placeNameWords && isNameWord(ws[j]) {
			lo--
			named++
		}
		switch w {
		case "at", "in", "off", "near", "inside", "outside", "beside", "behind", "beneath", "under", "among", "amid", "above", "below":
			return j
		}
	}
	return -1
}

func (vs *valueScan) money() {
	if !mayHoldMoney(vs.sent) {
		return // neither pattern can match: most figures are no money
	}
	for _, m := range reMoney1.FindAllStringSubmatchIndex(vs.sent, -1) {
		n, ok := ParseNumber(vs.sent[m[4]:m[5]])
		if !ok {
			continue
		}
		cur := currencies[strings.ToLower(strings.TrimSpace(vs.sent[m[2]:m[3]]))]
		if cur == "" {
			cur = strings.ToLower(strings.TrimSpace(vs.sent[m[2]:m[3]]))
		}
		if sc := strings.ToLower(strings.Trim(vs.sent[m[6]:m[7]], " -")); sc != "" {
			n *= scales[sc]
		}
		vs.add(Value{Type: VMoney, Num: n, Unit: cur, Start: m[0], End: m[1], Norm: fmtNum(n) + " " + cur, Noun: vs.nounAfter(m[1])})
	}
	for _, m := range reMoneyGlued.FindAllStringSubmatchIndex(vs.sent, -1) {
		n, ok := ParseNumber(vs.sent[m[4]:m[5]])
		if !ok {
			continue
		}
		if sc := strings.ToLower(strings.Trim(vs.sent[m[6]:m[7]], " -")); sc != "" {
			n *= scales[sc]
		}
		cur := currencies[vs.sent[m[2]:m[3]]]
		vs.add(Value{Type: VMoney, Num: n, Unit: cur, Start: m[0], End: m[1], Norm: fmtNum(n) + " " + cur, Noun: vs.nounAfter(m[1])})
	}
	for _, m := range reMoney2.FindAllStringSubmatchIndex(vs.sent, -1) {
		n, ok := ParseNumber(vs.sent[m[2]:m[3]])
		if !ok {
			continue
		}
		if m[4] >= 0 {
			n *= scales[strings.ToLower(strings.TrimSpace(vs.sent[m[4]:m[5]]))]
		}
		word := strings.ToLower(vs.sent[m[6]:m[7]])
		if f := strings.Fields(word); len(f) == 2 && scales[f[0]] > 0 {
			n *= scales[f[0]]
			word = f[1]
		} else if word == "pounds" && m[4] < 0 {
			continue // "14 pounds" is a weight
		}
		cur := currencies[word]
		vs.add(Value{Type: VMoney, Num: n, Unit: cur, Start: m[0], End: m[1], Norm: fmtNum(n) + " " + cur, Noun: vs.nounAfter(m[1])})
	}
}

// moneySigns and moneyWords are, in lower case, the pieces of text every
// match of reMoney1 or reMoney2 holds: each currency code, symbol (its
// last part: "US $" is matched as "US$" too) and name (its first word:
// "pounds sterling"). A word (one opening with a letter) stands at the
// start of a word in both patterns (after \b or a space).
var moneySigns, moneyWords = func() (signs, words []string) {
	for _, c := range currencyList {
		marks := []string{strings.ToLower(c.code)}
		for _, sym := range c.symbols {
			f := strings.Fields(strings.ToLower(sym))
			marks = append(marks, f[len(f)-1])
		}
		for _, n := range c.names {
			marks = append(marks, strings.Fields(strings.ToLower(n))[0])
		}
		for _, m := range marks {
			if text.IsWordByte(m[0]) {
				words = append(words, m)
			} else {
				signs = append(signs, m)
			}
		}
	}
	return dedupe(signs), dedupe(words)
}()

// mayHoldMoney reports whether sent holds a money sign, or a money word
// at the start of a word: a cheap superset of where the money patterns
// can match. The patterns ignore case, where "ſ" matches "s" and "K" (the
// kelvin sign) "k": a sentence holding either is not filtered.
func mayHoldMoney(sent string) bool {
	if strings.ContainsRune(sent, 'ſ') || strings.ContainsRune(sent, '\u212a') {
		return true
	}
	for _, m := range moneySigns {
		if strings.Contains(sent, m) {
			return true
		}
	}
	for i := 0; i < len(sent); i++ {
		if !text.IsWordByte(sent[i]) || i > 0 && text.IsWordByte(sent[i-1]) {
			continue
		}
		for _, m := range moneyWords {
			if hasPrefixASCIIFold(sent[i:], m) {
				return true
			}
		}
	}
	return false
}

// hasPrefixASCIIFold reports whether s begins with prefix (lower case)
// in any case of its ASCII letters.
func hasPrefixASCIIFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for k := 0; k < len(prefix); k++ {
		c := s[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[k] {
			return false
		}
	}
	return true
}

func (vs *valueScan) percents() {
	for _, m := range findNumbered(rePct, vs.sent) {
		n, ok := ParseNumber(vs.sent[m[2]:m[3]])
		if !ok {
			continue
		}
		unit := "%"
		if strings.Contains(strings.ToLower(vs.sent[m[4]:m[5]]), "point") {
			unit = "point"
		}
		noun := vs.nounAfter(m[1])
		if noun == "" {
			noun = vs.ofComplement(m[1])
		}
		if noun == "" {
			noun = vs.shareSubject(m[0])
		}
		vs.add(Value{Type: VPercent, Num: n, Unit: unit, Start: m[0], End: m[1], Norm: fmtNum(n) + unit, Noun: noun})
	}
}

// mayBeMagnitude reports whether sent holds a word each branch of reMagn
// needs ("magnitude", "Richter", "measuring"); a text holding "ſ", which
// folds to "s", is always read.
func mayBeMagnitude(sent string) bool {
	low := strings.ToLower(sent)
	return strings.Contains(low, "magnitude") || strings.Contains(low, "richter") || strings.Contains(low, "measuring") || strings.ContainsRune(sent, 'ſ')
}

func (vs *valueScan) magnitudes() {
	for _, m := range reMagn.FindAllStringSubmatchIndex(vs.sent, -1) {
		for g := 1; g <= 4; g++ {
			if m[2*g] < 0 {
				continue
			}
			n, _ := strconv.ParseFloat(vs.sent[m[2*g]:m[2*g+1]], 64)
			if n <= 0 || n >= 10 {
				break
			}
			vs.add(Value{Type: VMagnitude, Num: n, Start: m[0], End: m[1], Norm: fmtNum(n), Noun: vs.nounAfter(m[1])})
			break
		}
	}
}

// ages reads "45-year-old", "aged 45", "at the age of 45" and "Smith, 45,"
// (also "Smith, 45 of Tarn", "Smith, 45 and Roe, 40", "Smith, 45." with
// the apposition's closing comma left out; the last three only when the
// sentence holds a figure: digits).
func (vs *valueScan) ages(a *Analysis, digits bool) {
	for _, m := range findNumbered(reAge1, vs.sent) {
		if n, ok := ParseNumber(vs.sent[m[2]:m[3]]); ok && n < 130 {
			noun := vs.personNounAfter(m[1])
			if anchor := vs.appositionAnchor(m[0]); anchor != "" {
				noun = anchor // "the bus driver, a 47-year-old man,": the driver's age
			} else if noun == "" {
				noun = vs.predicativeSubject(m[0]) // "the male victim is N years old"
			}
			vs.suspendedAges(m[0], noun)
			vs.add(Value{Type: VAge, Num: n, Start: m[0], End: m[1], Norm: fmtNum(n), Noun: noun})
		} else if ok && n >= 130 {
			// An age no person reaches is a thing's ("the 2,300-year-old
			// helmet", "an 800-year-old oak"): the age of the noun the
			// measure phrase premodifies (Quirk et al. 1985 ch. 17, the
			// complex noun phrase), read when one follows.
			if noun := vs.nounAfter(m[1]); noun != "" {
				vs.add(Value{Type: VAge, Num: n, Start: m[0], End: m[1], Norm: fmtNum(n), Noun: noun})
			}
		}
	}
	if !digits {
		return
	}
	vs.bareAges()
	for _, m := range agedMatches(vs.sent) {
		if n, ok := ParseNumber(vs.sent[m[2]:m[3]]); ok && n < 130 {
			vs.add(Value{Type: VAge, Num: n, Start: m[2], End: m[3], Norm: fmtNum(n)})
		}
	}
	if !commaThenFigure(vs.sent) {
		return // neither reAge3 nor reAge4 can match
	}
	for _, m := range reAge3.FindAllStringSubmatchIndex(vs.sent, -1) {
		n, ok := ParseNumber(vs.sent[m[4]:m[5]])
		if !ok || n < 1 || n >= 120 || !vs.afterName(a, m[3]) || reThousands.MatchString(vs.sent[m[5]:]) {
			continue
		}
		vs.add(Value{Type: VAge, Num: n, Start: m[4], End: m[5], Norm: fmtNum(n)})
	}
	vs.nounAges()
}

// reSuspended is a list of ages written with suspended hyphens right
// before the last age of the list ("the 15- and " 17-year-old, "are 16-,
// 19-, and " 22 years old): each figure before "and" is an age of its own
// (Chicago Manual of Style 7.88, as rePredicativeAge reads the subject
// of such a list). "N- or M-year-old" gives one person's age as either
// figure and "N- to M-year-olds" a range: neither is a list.
var reSuspended = regexp.MustCompile(`((?:\b\d{1,3}-,?\s+)+)and\s+$`)

// reSuspendedAge is one figure of reSuspended's list.
var reSuspendedAge = regexp.MustCompile(`\b(\d{1,3})-`)

// suspendedAges reads the ages of a list written with suspended hyphens
// before the last age, which starts at offset start, each of the noun
// the last one has.
func (vs *valueScan) suspendedAges(start int, noun string) {
	m := reSuspended.FindStringSubmatchIndex(vs.sent[:start])
	if m == nil {
		return
	}
	for _, a := range reSuspendedAge.FindAllStringSubmatchIndex(vs.sent[m[2]:m[3]], -1) {
		b, e := m[2]+a[2], m[2]+a[3]
		if n, ok := ParseNumber(vs.sent[b:e]); ok && n >= 1 && n < 120 {
			vs.add(Value{Type: VAge, Num: n, Start: b, End: e, Norm: fmtNum(n), Noun: noun})
		}
	}
}

// reBareAge is a bare figure after "is" or "was" that ends its clause: at
// a comma, a semicolon, a full stop or "when" ("the rider was 14, the
// warden said", "the boy was 9 when"). bareAges reads it as an age only after a
// definite subject that names a person.
var reBareAge = regexp.MustCompile(`(?i)\b(?:is|was)\s+(\d{1,3})(?:[,;]|\.(?:\s|$)|$|\s+when\b)`)

// bareAges reads a figure that is the complement of "be" to a definite
// singular subject naming a person as that person's age, with no "years
// old" after it ("the rider was 14,": "rider"; the complement
// characterises the subject, Quirk et al. 1985 §16.21): the only measure
// a person's bare figure so placed can be is an age. A subject that is
// no person ("the score was 21") or a plural gives none
// (predicativeSubject).
func (vs *valueScan) bareAges() {
	if !text.MayContainFold(vs.sent, "is") && !text.MayContainFold(vs.sent, "was") {
		return
	}
	for _, m := range reBareAge.FindAllStringSubmatchIndex(vs.sent, -1) {
		n, ok := ParseNumber(vs.sent[m[2]:m[3]])
		if !ok || n < 1 || n >= 120 {
			continue
		}
		if noun := vs.predicativeSubject(m[2]); noun != "" {
			vs.add(Value{Type: VAge, Num: n, Start: m[2], End: m[3], Norm: fmtNum(n), Noun: noun})
		}
	}
}

// reAge4 is a number in apposition, set off by commas, after a determiner
// and one lower-case noun: "another man, 21, was hurt", "a woman, 34,".
var reAge4 = regexp.MustCompile(`(?i:\b(?:a|an|another|the)\s)([a-z]+),\s(\d{1,3}),`)

// nounAges reads an age in apposition after a singular noun of a person
// (WordNet noun.person) with a determiner: "Another man, 21, was shot"
// (CGEL 2002 ch. 15 §5, a supplementary appositive, as "Ana Roe, 21,"
// after a name). "the team, 21," or "the children, 3," are not read.
func (vs *valueScan) nounAges() {
	lx := lexicon.Default()
	for _, m := range reAge4.FindAllStringSubmatchIndex(vs.sent, -1) {
		noun := vs.sent[m[2]:m[3]]
		n, ok := ParseNumber(vs.sent[m[4]:m[5]])
		if !ok || n < 1 || n >= 120 || lx.Base(noun, lexicon.Noun) != noun || !lx.HasLex(noun, lexicon.Noun, lexicon.NounPerson) {
			continue
		}
		vs.add(Value{Type: VAge, Num: n, Start: m[4], End: m[5], Norm: fmtNum(n), Noun: noun})
	}
}

// reAppositive is a noun followed by ", a"/", an" right before an age:
// the age is in an appositive noun phrase describing that noun (CGEL 2002,
// ch. 15 §5, supplementary appositives).
var reAppositive = regexp.MustCompile(`\b([a-z][a-z'-]+),\s+an?\s+$`)

// appositionAnchor returns the base form of the person noun an appositive
// age describes ("the bus driver, a 47-year-old man": "driver"), or "".
//
// A noun phrase that gives an age of its own is an item of a list, not
// the head of an apposition: in "a N-year-old man, an M-year-old woman
// and a K-year-old girl were hurt" each age is its own phrase's (an
// appositive adds a description to its head, and a person has one age).
func (vs *valueScan) appositionAnchor(start int) string {
	m := reAppositive.FindStringSubmatchIndex(vs.sent[:start])
	if m == nil || ownAgeBefore(vs.sent[:m[2]]) {
		return ""
	}
	b := vs.lx.Base(vs.sent[m[2]:m[3]], lexicon.Noun)
	for _, s := range vs.lx.Senses(b) {
		if s.POS == lexicon.Noun && s.Lex == lexicon.NounPerson {
			return b
		}
	}
	return ""
}

// rePredicativeAge is a definite subject of one or two words and a form
// of "be" right before an age: "the victim was (a) ", "the female
// involved is ", or before the last of a list of ages written with
// suspended hyphens ("the female victims are N-, M- and " K years old;
// Chicago Manual of Style 7.88).
var rePredicativeAge = regexp.MustCompile(`(?i)\bthe\s+([a-z]+)(?:\s+([a-z]+))?\s+(?:is|was|are|were)\s+(?:an?\s+|(?:\d{1,3}-,?\s+)+(?:and\s+)?)?$`)

// sexNouns are the nouns of persons that name only a sex, used as
// adjectives in news writing's "the male victim" (WordNet has both as
// nouns of noun.person, "male person" and "female person").
var sexNouns = map[string]bool{"male": true, "female": true}

// predicativeSubject returns the person noun of the definite subject an
// age before offset start is the complement of "be" to ("the victim was
// 17 years old": "victim"): subject and complement are one person (Quirk
// et al. 1985 §16.21). A sex word in the subject is its noun ("the male
// victim", "the female involved": "male", "female"), as it tells the
// person apart from others of the story; "" when the subject is no person.
func (vs *valueScan) predicativeSubject(start int) string {
	ix := rePredicativeAge.FindStringSubmatchIndex(vs.sent[:start])
	if ix == nil || strings.EqualFold(lastWord(vs.sent[:ix[0]]), "of") {
		return "" // "the aunt of the victim was": a postmodifier, the subject is the aunt
	}
	first := strings.ToLower(vs.sent[ix[2]:ix[3]])
	second := ""
	if ix[4] >= 0 {
		second = strings.ToLower(vs.sent[ix[4]:ix[5]])
	}
	if sexNouns[first] {
		return first
	}
	head := second
	if head == "" {
		head = first
	}
	if sexNouns[head] {
		return head
	}
	b := vs.lx.Base(head, lexicon.Noun)
	if b != head || !vs.lx.HasLex(b, lexicon.Noun, lexicon.NounPerson) {
		return "" // a plural or no person: "the victims were 17 and 19"
	}
	return b
}

// ownAgeBefore reports whether the noun phrase that ends s (back to the
// last comma, semicolon, colon or bracket) holds an age "N-year-old" of
// its own, in either case ("A 5-Year-Old Boy"). An age before a later
// determiner, relative pronoun or finite "be" or "have" (phraseBreak; no
// other verb) is another phrase's: in "a N-year-old suspect shot the
// driver, an M-year-old man" the phrase that ends before the comma is
// "the driver", the object, and the age after the comma is in apposition
// to it (Quirk et al. 1985 §17.65: an appositive follows its anchor).
func ownAgeBefore(s string) bool {
	if i := strings.LastIndexAny(s, ",;:()"); i >= 0 {
		s = s[i+1:]
	}
	if !text.MayContainFold(s, "old") {
		return false
	}
	ms := reAge1.FindAllStringIndex(s, -1)
	if len(ms) == 0 {
		return false
	}
	return !phraseBreak(s[ms[len(ms)-1][1]:])
}

// phraseBreak reports whether the words after an attributive age start
// another noun phrase or a clause: a determiner ("the", "a", a possessive
// pronoun), a relative pronoun ("who", "that") or a finite form of "be"
// or "have" ("a N-year-old suspect shot the driver": "the").
func phraseBreak(rest string) bool {
	for _, w := range strings.Fields(rest) {
		if breakWords[strings.ToLower(strings.Trim(w, `"'“”‘’.`))] {
			return true
		}
	}
	return false
}

// breakWords are the closed-class words that cannot stand inside a noun
// phrase after its premodifiers: determiners (Quirk et al. 1985 §5.10),
// relative pronouns and the finite forms of "be" and "have".
var breakWords = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true, "my": true, "our": true, "your": true,
	"who": true, "whom": true, "whose": true, "which": true, "that": true,
	"is": true, "was": true, "are": true, "were": true, "has": true, "had": true, "have": true,
}

// afterName reports whether offset end closes a person's name or a
// person noun ("the pianist, 61,").
func (vs *valueScan) afterName(a *Analysis, end int) bool {
	for _, mm := range a.Mentions {
		if mm.Sentence == vs.si && mm.End >= end-1 && mm.End <= end+2 && a.Entities[mm.Entity].Type != Organization {
			return true
		}
	}
	return false
}

// heightWords are the words of a foot of which every match of reHeight
// holds one, in either case (heights asks for them first).
var heightWords = []string{"ft", "feet", "foot"}

// reHeight is a height in feet and inches: "5-foot-11", "6 feet 2 inches".
var reHeight = regexp.MustCompile(`(?i)\b(\d{1,2})[- ](?:foot|feet|ft)[- ](\d{1,2})\b(?:[- ](?:inches|inch|in)\b)?`)

// reNameAfter is a name of two or more capitalised words right after a
// value.
var reNameAfter = regexp.MustCompile(`^\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)`)

// reOtherMeasure is a second measure written between a height and its noun
// ("a 5-foot-11, 190-pound goalkeeper").
var reOtherMeasure = regexp.MustCompile(`^,?\s*\d+(?:\.\d+)?-[a-z]+\b,?`)

// heights reads a height in feet and inches as one distance in feet
// ("the 5-foot-11 goalkeeper": 5.92 ft), so that its inches are not read as a
// figure of their own.
func (vs *valueScan) heights() {
	if !mayHoldAnyFold(vs.sent, heightWords) {
		return // every match of reHeight holds one of them
	}
	for _, m := range reHeight.FindAllStringSubmatchIndex(vs.sent, -1) {
		ft, _ := strconv.Atoi(vs.sent[m[2]:m[3]])
		in, _ := strconv.Atoi(vs.sent[m[4]:m[5]])
		if ft == 0 || in >= 12 {
			continue
		}
		n := float64(ft) + float64(in)/12
		after := m[1]
		if o := reOtherMeasure.FindStringIndex(vs.sent[after:]); o != nil {
			after += o[1]
		}
		// A height is a person's or a thing's: a name right after it is
		// what it is the height of ("7-foot-1 Ewan Dorsey").
		noun := vs.nounAfter(after)
		if nm := reNameAfter.FindStringSubmatch(vs.sent[after:]); nm != nil {
			noun = strings.ToLower(nm[1])
		}
		vs.add(Value{Type: VDistance, Num: n, Start: m[0], End: m[1], Unit: "ft", Norm: fmt.Sprintf("%d ft %d in", ft, in), Noun: noun})
	}
}

func (vs *valueScan) measures(re *regexp.Regexp, typ string) {
	ms := findNumbered(re, vs.sent)
	for _, m := range ms {
		n, ok := ParseNumber(vs.sent[m[2]:m[3]])
		if !ok || n == 0 {
			continue
		}
		v := Value{Type: typ, Num: n, Start: m[0], End: m[1]}
		unitG := 2
		if typ == VDistance {
			unitG = 3
			if m[4] >= 0 {
				if hi, ok := ParseNumber(vs.sent[m[4]:m[5]]); ok && hi > n {
					v.Low, v.High = n, hi
				}
			}
		}
		v.Unit = unitBase(vs.sent[m[2*unitG]:m[2*unitG+1]])
		if v.Unit == "m" && typ == VDistance && !strings.Contains(vs.sent[m[3]:m[2*unitG]], " ") && n >= 1 && strings.ContainsAny(vs.sent[max(0, m[0]-2):m[0]], "$€£") {
			continue
		}
		v.Norm = fmtNum(n) + " " + v.Unit
		v.Noun = vs.nounAfter(m[1])
		if typ == VDistance {
			// What a distance is about is the place it is measured from:
			// the words after the figure are that place's.
			if ref, named := vs.distanceRef(m[1]); ref != "" {
				v.Noun = ref
				if named {
					v.Ref = ref
				}
			}
		}
		vs.add(v)
	}
}

// distanceRef is the place a distance written before offset off is
// measured from (reFromPlace), lower-case, and whether it is a name: a
// name ("the port of Arvel" → "arvel"), or else a common noun that
// WordNet has ("the depot" → "depot"); "" when none. Only a name is a
// Ref: two names are two places, "the port" may be the named one.
func (vs *valueScan) distanceRef(off int) (string, bool) {
	p := reFromPlace.FindStringSubmatch(vs.sent[off:])
	if p == nil {
		return "", false
	}
	if p[2] != "" {
		return strings.ToLower(p[2]), true
	}
	if w := p[1]; w[0] >= 'a' && w[0] <= 'z' {
		if _, closed := lexicon.ClosedClass(w); closed || stopWhat[w] || !vs.lx.Has(vs.lx.Base(w, lexicon.Noun), lexicon.Noun) {
			return "", false
		}
		return vs.lx.Base(w, lexicon.Noun), false
	}
	return strings.ToLower(p[1]), true
}

func (vs *valueScan) durations() {
	for _, m := range findNumbered(reDur, vs.sent) {
		rest := vs.sent[m[1]:]
		if reAgo.MatchString(rest) || reOld.MatchString(rest) {
			if vs.free(m[0], m[1]) {
				vs.taken = append(vs.taken, [2]int{m[0], m[1]})
			}
			continue
		}
		n, ok := ParseNumber(vs.sent[m[2]:m[3]])
		if !ok || n == 0 {
			continue
		}
		v := Value{Type: VDuration, Num: n, Start: m[0], End: m[1], Unit: unitBase(vs.sent[m[6]:m[7]])}
		if m[4] >= 0 {
			if hi, ok := ParseNumber(vs.sent[m[4]:m[5]]); ok && hi > n {
				v.Low, v.High = n, hi
			}
		}
		v.Norm = fmtNum(n) + " " + v.Unit
		v.Noun = vs.nounAfter(m[1])
		if v.Noun == "" {
			v.Noun = vs.measuredBefore(m[0])
		}
		if v.Noun == "" {
			v.Noun = vs.ofComplement(m[1])
		}
		vs.add(v)
	}
}

// articleDurations reads "a month after losing the vote", "an hour
// later": the indefinite article is the figure one of a measure phrase
// before a preposition or adverb of time, read as "nine days after" is.
func (vs *valueScan) articleDurations() {
	// "a quarter-century", "a quarter of a century", "a quarter hour": a
	// fourth of the unit, read in the unit below it (25 years, 15 minutes).
	// Read first: "a quarter of a century later" holds "a century later",
	// which is no length of its own.
	for _, m := range quarterUnitMatches(vs.sent) {
		num, u := 25.0, "year"
		if strings.EqualFold(vs.sent[m[2]:m[3]], "hour") {
			num, u = 15, "minute"
		}
		vs.add(Value{Type: VDuration, Num: num, Start: m[0], End: m[1], Unit: u, Norm: fmtNum(num) + " " + u})
	}
	for _, m := range durArticleMatches(vs.sent) {
		if halfBefore(vs.sent[:m[0]]) {
			continue // "half an hour later": no whole hour
		}
		u := unitBase(vs.sent[m[2]:m[3]])
		vs.add(Value{Type: VDuration, Num: 1, Start: m[0], End: m[3], Unit: u, Norm: "1 " + u})
	}
}

// halfBefore reports whether the text before an article ends in the word
// "half": "half an hour", "half a day" (a predeterminer, Quirk et al.
// 1985 §5.15) measure half the unit, not one.
func halfBefore(before string) bool {
	w := strings.TrimRight(before, " \t\n\f\r")
	if len(w) < 4 || !strings.EqualFold(w[len(w)-4:], "half") {
		return false
	}
	if len(w) == 4 {
		return true
	}
	c := w[len(w)-5] // "behalf a day later" is no "half"
	return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')
}

// reQuarterUnit is a quarter of a century or of an hour (group 1 the unit).
var reQuarterUnit = regexp.MustCompile(`(?i)\b(?:a|one)\squarter(?:[- ]|\sof\san?\s)(century|hour)\b`)

// reDurArticle is "a" or "an" and a singular unit of time before "after",
// "before", "earlier" or "later" (group 1 the unit).
var reDurArticle = regexp.MustCompile(`(?i)\ban?\s(second|minute|hour|day|week|month|year|decade|century)\s+(?:after|before|earlier|later)\b`)

// reOfComplement opens the of-complement of a measure: "of", a
// determiner or possessive ("12 days of talks", "55 percent of polled
// growers", "four seasons of her contract"), and a genitive noun, which
// in that place is a determiner of the head after it, not the head ("61
// percent of the province's registered voters": voters; the genitive as a
// determiner, CGEL ch. 5).
var reOfComplement = regexp.MustCompile(`(?i)^\s+of\s+(?:(?:the|its|their|his|her|our|this|these|those|all)\s+)?(?:[a-z][a-z-]*(?:'s|’s|s'|s’)\s+)?(?:\d[\d,.]*\s+)?`)

// ofComplement is the head of the noun phrase a share or a length of time
// is of, written after it (Quirk et al. 1985 §17.38, the partitive and
// measure of-phrase): "55 percent of polled growers" → "grower",
// "eight days of rain" → "rain"; "" when none.
func (vs *valueScan) ofComplement(off int) string {
	m := reOfComplement.FindStringIndex(vs.sent[off:])
	if m == nil {
		return ""
	}
	return vs.nounAfter(off + m[1])
}

// reMeasuredBefore is the noun a length of time measures when it is
// written after it: its of-complement ("a lease of twenty years", "a
// delay of two hours") or the subject of a copula ("the warranty of the
// boiler is three years"; Quirk et al. 1985 §10.8, the subject complement). Group 1 is the
// noun.
var reMeasuredBefore = regexp.MustCompile(`\b([a-z]+)(?:\s+of\s+(?:the\s+)?[A-Za-z'-]+){0,2}\s+(?:is|was|are|were|will be|would be|has been|had been)\s+$|\b([a-z]+)\s+of\s+$`)

// measuredBefore is the noun a duration measures, read before it
// (reMeasuredBefore); "" when none.
func (vs *valueScan) measuredBefore(off int) string {
	m := reMeasuredBefore.FindStringSubmatch(vs.sent[:off])
	if m == nil {
		return ""
	}
	w := m[1] + m[2]
	b := vs.lx.Base(w, lexicon.Noun)
	if stopWhat[w] || !vs.lx.Has(b, lexicon.Noun) {
		return ""
	}
	if _, closed := lexicon.ClosedClass(w); closed {
		return ""
	}
	return b
}

// counts reads "a four-book series" (a count of books about a series) and
// "288 candidates" (a count of the noun phrase's head).
func (vs *valueScan) counts() {
	for _, m := range findNumbered(reCount1, vs.sent) {
		n, ok := ParseNumber(vs.sent[m[2]:m[3]])
		w := strings.ToLower(vs.sent[m[4]:m[5]])
		if !ok || n == 0 || !vs.lx.Has(vs.lx.Base(w, lexicon.Noun), lexicon.Noun) || stopWhat[w] || fractionWord(w) || decadeName(w) {
			continue // "two-thirds" is a share, not a count of thirds; "nineteen-eighties" a decade
		}
		if _, isNum := ParseNumber(w); isNum {
			continue
		}
		vs.add(Value{Type: VCount, Num: n, Unit: vs.lx.Base(w, lexicon.Noun), Start: m[0], End: m[5], Norm: fmtNum(n), Noun: vs.nounAfter(m[1])})
	}
	for _, m := range findNumbered(reCount2, vs.sent) {
		if !vs.free(m[2], m[3]) {
			continue
		}
		n, ok := ParseNumber(vs.sent[m[2]:m[3]])
		if !ok || n == 0 || isYearLike(vs.sent[m[2]:m[3]]) || scoreSide(vs.sent, m[2]) || m[4] < 0 && decadeName(strings.ToLower(firstWord(vs.sent[m[1]:]))) {
			continue // "the nineteen seventies" is a decade
		}
		if m[4] >= 0 {
			n *= scales[strings.ToLower(strings.TrimSpace(vs.sent[m[4]:m[5]]))]
		}
		// A count is a whole number: "4.6 assists" is a rate, "a 5.3
		// quake" a magnitude.
		if n != math.Trunc(n) {
			continue
		}
		head, end := vs.countHead(m[1])
		if head == "" || n > 1 && namedSingular(vs.sent[m[1]:end], head) || labelAfterName(vs.sent, m[2], m[3]) {
			continue
		}
		vs.add(Value{Type: VCount, Num: n, Unit: head, Start: m[2], End: end, Norm: fmtNum(n)})
	}
}

// fractionWord reports whether a lower-case word, or its singular, is the
// denominator of a fraction written in words ("half", "thirds",
// "quarter", "tenth"): a noun WordNet files directly under common
// fraction, simple fraction (13732295).
func fractionWord(w string) bool {
	lx := lexicon.Default()
	for _, s := range lx.Senses(lx.Base(w, lexicon.Noun)) {
		if s.POS == lexicon.Noun && slices.Contains(s.Hypernyms, commonFraction) {
			return true
		}
	}
	return false
}

// commonFraction is WordNet 3.0's noun synset common fraction, simple
// fraction (13732295).
const commonFraction = 13732295

// scoreSide reports whether the number at off is the second side of a
// score or a tally ("a 20-2 run", "won 91-73"): no count of its noun.
func scoreSide(sent string, off int) bool {
	return off >= 2 && sent[off-1] == '-' && sent[off-2] >= '0' && sent[off-2] <= '9'
}

// namedSingular reports whether a counted phrase is a name rather than a
// count: a figure above one before a singular head with a capitalised
// word ("8 Block gang", "7 Eleven store"); a count of more than one takes
// a plural noun.
func namedSingular(phrase, head string) bool {
	ws := strings.Fields(phrase)
	if len(ws) == 0 {
		return false
	}
	last := strings.ToLower(strings.Trim(ws[len(ws)-1], `.,;:"'`))
	if last != head || strings.HasSuffix(last, "s") {
		return false
	}
	for _, w := range ws {
		if w[0] >= 'A' && w[0] <= 'Z' {
			return true
		}
	}
	return false
}

// reNameBefore is a capitalised word right before a figure, not opening
// the sentence ("Highway 17").
var reNameBefore = regexp.MustCompile(`\S\s+[A-Z][a-z]+\s+$`)

// labelAfterName reports whether the figure at [start, end) labels the
// name before it ("Highway 17 near the bridge", "Gate 9 opened"):
// a capitalised word before it and no plural after it.
func labelAfterName(sent string, start, end int) bool {
	m := reNameBefore.FindString(sent[:start])
	if m == "" || !strings.ContainsAny(sent[start:end], "0123456789") {
		return false
	}
	next := strings.Fields(sent[end:])
	if len(next) == 0 {
		return true
	}
	return labelBefore(strings.Fields(m)[1], next[0])
}

// labelBefore reports whether a figure between a capitalised word and the
// word after it labels the name ("Highway 17 near"): the name is no
// weekday or month, and no plural noun or participle follows.
func labelBefore(name, next string) bool {
	if calendarName(name) {
		return false
	}
	w := strings.ToLower(strings.Trim(next, `.,;:"'`))
	lx := lexicon.Default()
	plural := lx.Base(w, lexicon.Noun) != w || w == "people"
	return !plural && !strings.HasSuffix(w, "ed")
}

// calendarName reports whether a capitalised word names a weekday or a
// month ("Monday 12 people", "March 3"): no name a figure labels.
func calendarName(w string) bool {
	return dates.MonthNumber(w) > 0 || slices.Contains([]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}, w)
}

func isYearLike(s string) bool {
	if len(s) != 4 {
		return false
	}
	y, err := strconv.Atoi(s)
	return err == nil && y >= 1800 && y <= 2100
}

// countHead finds the counted noun after offset off: up to four words of a
// noun phrase, the last noun before a word that is not part of it.
func (vs *valueScan) countHead(off int) (string, int) {
	head, end := "", 0
	pos := off
	for k := 0; k < 4; k++ {
		rest := vs.sent[pos:]
		trim := strings.TrimLeft(rest, " ")
		if trim == "" {
			break
		}
		start := pos + len(rest) - len(trim)
		// A dash ends a word even with no space around it ("four
		// men—two of them armed").
		wEnd := strings.IndexAny(trim, " ,.;:!?\"()“”—–")
		if wEnd < 0 {
			wEnd = len(trim)
		}
		w := trim[:wEnd]
		lw := strings.ToLower(strings.Trim(w, "'’"))
		if lw == "" || stopWhat[lw] || lw == "of" {
			break
		}
		b := vs.lx.Base(lw, lexicon.Noun)
		if vs.lx.Has(b, lexicon.Noun) && !(w[0] >= 'A' && w[0] <= 'Z' && k > 0) {
			head, end = b, start+wEnd
		} else if head != "" {
			break
		}
		// A plural noun ends the phrase ("four mine workers died"), an
		// irregular one too ("12 men face charges", "300 people work
		// there": a form WordNet reduces to another base, and "people",
		// the plural of "person" that WordNet files as a noun of its own).
		if head == b && (b != lw || lw == "people") {
			break
		}
		pos = start + wEnd
		if wEnd < len(trim) && trim[wEnd] != ' ' {
			break
		}
	}
	return head, end
}

func fmtNum(v float64) string {
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return strconv.FormatFloat(v, 'f', 0, 64)
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

// TakesClause reports whether a verb's WordNet sentence frames take a
// that-clause ("announce", "report", "discover"; not "name", whose senses
// of communication name or appoint someone): a verb that reports a
// proposition, so that a day right after it ("announced Friday") dates
// a statement.
func TakesClause(base string) bool { return strings.Contains(useOf(base).frames, "c") }

// IsSpeechVerb reports whether most of a verb's use in WordNet is
// communication rather than cognition ("report", "announce"; not
// "discover", a finding out, nor "confirm"): a passive one ("a leak was
// reported on Saturday") dates a statement; a passive of cognition
// ("the wreck was discovered Tuesday") dates what happened.
func IsSpeechVerb(base string) bool { return speechVerb(base) }

// firstWord is the run of letters that opens s.
func firstWord(s string) string {
	for k, r := range s {
		if !unicode.IsLetter(r) {
			return s[:k]
		}
	}
	return s
}

// Gates before value patterns, each a test of what every match of its
// pattern holds, so that a sentence without it is not scanned (the
// patterns open with a class or an optional group, and their scans try
// every position). TestValueGatesAsPatterns checks them against their
// patterns.

// agedMatches are reAge2's matches: each holds "age" in either case
// (no letter of it folds from outside ASCII).
func agedMatches(s string) [][]int {
	if !text.MayContainFold(s, "age") {
		return nil
	}
	return reAge2.FindAllStringSubmatchIndex(s, -1)
}

// quarterUnitMatches are reQuarterUnit's matches: each holds "quarter"
// in either case (no letter of it folds from outside ASCII).
func quarterUnitMatches(s string) [][]int {
	if !text.MayContainFold(s, "quarter") {
		return nil
	}
	return reQuarterUnit.FindAllStringSubmatchIndex(s, -1)
}

// durArticleMatches are reDurArticle's matches: each ends in "after",
// "before", "earlier" or "later" in either case (no letter of them folds
// from outside ASCII).
func durArticleMatches(s string) [][]int {
	if !text.MayContainFold(s, "after") && !text.MayContainFold(s, "later") &&
		!text.MayContainFold(s, "before") && !text.MayContainFold(s, "earlier") {
		return nil
	}
	return reDurArticle.FindAllStringSubmatchIndex(s, -1)
}

// commaThenFigure reports whether s holds a comma, one \s white space and
// a figure (", 21"), as every match of reAge3 and reAge4 does.
func commaThenFigure(s string) bool {
	for i := strings.IndexByte(s, ','); i >= 0 && i+2 < len(s); {
		if c := s[i+1]; (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r') && s[i+2] >= '0' && s[i+2] <= '9' {
			return true
		}
		j := strings.IndexByte(s[i+1:], ',')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// clock2Matches are reClock2's matches: each holds a colon ("9:30").
func clock2Matches(s string) [][]int {
	if strings.IndexByte(s, ':') < 0 {
		return nil
	}
	return reClock2.FindAllStringSubmatchIndex(s, -1)
}

// clock3Matches are reClock3's matches: each ends in "GMT", "UTC", "BST"
// or "hrs", as written (the pattern does not fold case).
func clock3Matches(s string) [][]int {
	if !strings.Contains(s, "GMT") && !strings.Contains(s, "UTC") && !strings.Contains(s, "BST") && !strings.Contains(s, "hrs") {
		return nil
	}
	return reClock3.FindAllStringSubmatchIndex(s, -1)
}
