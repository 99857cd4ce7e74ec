package evaluate

import (
	"math"
	"math/rand"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// This file is the self-planting evaluator's planter: it finds facts that
// two or more articles of one event state with the same value (plain
// patterns per value type, written here and independent of the engine's
// value reader in internal/mention), and changes the value in one article
// in a type-aware, plausible way (the idea of the findings kit's
// make_planted.py, across more types and more plants).

// Planted value types, as printed by `eval plant`.
const (
	pCount     = "count"
	pMoney     = "money"
	pAge       = "age"
	pDistance  = "distance"
	pDuration  = "duration"
	pPercent   = "percent"
	pMagnitude = "magnitude"
	pSize      = "size"
	pClock     = "clock"
	pWeekday   = "weekday"
	pDate      = "date"
	pMonth     = "month"
	pYear      = "year"
)

// plantOcc is one statement of a value in an article: the fact it is a
// value of (type, what it is about, the value) and where it is written.
type plantOcc struct {
	typ string
	// ctx is what the value is about: the counted phrase, the unit, the
	// currency and scale, the month of a date.
	ctx string
	val float64
	// start and end delimit the written value (the part that is changed).
	start, end int
	written    string
	// clock times: the minutes, the half of the day ("am", "pm", "" for
	// 24-hour or unknown).
	minutes int
	half    string
}

func (o plantOcc) key() string {
	return o.typ + "|" + o.ctx + "|" + strconv.FormatFloat(o.val, 'f', -1, 64)
}

const plantNum = `(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`

var plantMonths = []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}

// plantWeekdays are the weekdays' names in lower case, Monday first: the one
// list behind the planter's weekday values (plWeekday, plDateline), the
// controlled findings cases' changed day and the words plantSameFact drops.
var plantWeekdays = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

// weekdayIndex returns the place of w, a lower-case word, in plantWeekdays,
// or -1.
func weekdayIndex(w string) int {
	for i, d := range plantWeekdays {
		if w == d {
			return i
		}
	}
	return -1
}

// weekdayAlt is the alternation of plantWeekdays for a pattern, each name
// capitalised as in running text.
func weekdayAlt() string {
	ds := make([]string, len(plantWeekdays))
	for i, d := range plantWeekdays {
		ds[i] = plCase(d, "A")
	}
	return strings.Join(ds, "|")
}

const plantMonthPat = `(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|Mar\.|April|Apr\.|May|June|July|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`

// The planter's patterns; the value is group 1 (a clock time: hour in 1,
// minutes in 2, half day or zone in 3).
var (
	plMoney1  = regexp.MustCompile(`(US\$|\$|€|£)\s?` + plantNum + `(\s?(?:million|billion|bn|m)\b)?`)
	plMoney2  = regexp.MustCompile(`(?i)\b` + plantNum + `(\s(?:million|billion))?\s(dollars|euros|pounds)\b`)
	plPercent = regexp.MustCompile(`(?i)\b` + plantNum + `\s?(%|percent\b|per cent\b)`)
	plMagn    = regexp.MustCompile(`(?i)\bmagnitude[- ](?:of\s)?(\d\.\d)\b|\b(\d\.\d)[- ]magnitude\b|\b(\d\.\d) on the Richter`)
	plAge1    = regexp.MustCompile(`(?i)\b` + plantNum + `[- ]years?[- ]old\b`)
	plAge2    = regexp.MustCompile(`\b[A-Z][a-z]+, (\d{1,2}),`)
	// plAgeName is an age in apposition to a name as news writes it, wider
	// than plAge2 (a name with an inner capital, an apostrophe or a hyphen:
	// "McNeil, 16,", "O'Hara-Diaz, 27."; the age closed by "of", a full stop
	// or a semicolon too: "Ana Roe, 22 of Dunmore"). It finds only the
	// restatements of an age a trial changes (plantRestated), not facts.
	plAgeName  = regexp.MustCompile(`\b[A-Z][\p{L}'’]*\p{Ll}(?:-[A-Z][\p{L}'’]*\p{Ll})?, (\d{1,2})(?:,| of\b|;|\.(?:\s|$))`)
	plClock    = regexp.MustCompile(`(?i)\b(\d{1,2})(?:[:.](\d{2}))?\s?(a\.m\.|p\.m\.|am\b|pm\b|GMT\b|BST\b|[ECMP][SD]T\b)`)
	plDist     = regexp.MustCompile(`(?i)\b` + plantNum + `[- ](nautical miles?|miles?|kilometres?|kilometers?|km|feet|foot|metres?|meters?|yards?)\b`)
	plSize     = regexp.MustCompile(`(?i)\b` + plantNum + `[- ](stor(?:y|ey|ies|eys)|floors?|square[- ]f(?:oo|ee)t|acres?|gallons?|tons?|tonnes?|hectares?|seats?|rooms?)\b`)
	plDuration = regexp.MustCompile(`(?i)\b` + plantNum + `[- ](seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|seasons?|nights?)\b`)
	plDate1    = regexp.MustCompile(`\b` + plantMonthPat + ` (\d{1,2})(?:st|nd|rd|th)?\b`)
	plDate2    = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?` + plantMonthPat)
	plMonth    = regexp.MustCompile(`\b(?:in|since|until|by|of|last|early|late|mid-) ?(January|February|March|April|June|July|August|September|October|November|December)\b`)
	plYear     = regexp.MustCompile(`\b(19[5-9]\d|20[0-2]\d)\b`)
	plWeekday  = regexp.MustCompile(`\b(` + weekdayAlt() + `)\b`)
	plDateline = regexp.MustCompile(`(?i)published|updated|posted|modified|\||GMT\s?[+-]|\d{1,2}:\d{2}\s*(?:GMT|[ECMP][SD]T)|copyright|` +
		`(?:` + strings.Join(plantWeekdays, "|") + `),\s+[a-z]+\.?\s+\d{1,2},\s+\d{4},\s+\d{1,2}:\d{2}\s*[ap]\.?\s?m\b`)
	plSaid       = regexp.MustCompile(`(?i)\b(?:said|says|told \w+|announced|reported|stated|confirmed)\s+(?:on\s+|late\s+|early\s+)?$`)
	plCount1     = regexp.MustCompile(`(?i)\b` + plantNum + `-([a-z]+)\s[a-z]`)
	plCount2     = regexp.MustCompile(`(?i)\b` + plantNum + `\s([a-z][a-z'-]*)(?:\s([a-z][a-z'-]*))?`)
	plHedge      = regexp.MustCompile(`(?i)\b(?:about|around|nearly|almost|approximately|roughly|some|more than|over|at least|up to|as many as|fewer than|less than|under|estimated|at most|just|between|from)\s*(?:\$|€|£|US\$)?\s*$|\d\s*(?:and|to|or|-|–)\s*(?:\$|€|£)?$`)
	plHeightRest = regexp.MustCompile(`^(?:-|\s)(?:\d{1,2}\b|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven)\b)`)
	plHedgeAft   = regexp.MustCompile(`(?i)^\s*(?:or (?:more|so)|-plus|plus\b|to \d|-\d|or \d|and \d)`)
)

// plCountStop are words after a figure that make it no count of a noun
// phrase (function words, units the other types read, times).
var plCountStop = map[string]bool{"and": true, "or": true, "of": true, "to": true, "in": true, "on": true, "at": true, "the": true,
	"a": true, "an": true, "is": true, "was": true, "are": true, "were": true, "has": true, "have": true, "had": true, "per": true,
	"from": true, "than": true, "for": true, "by": true, "with": true, "as": true, "that": true, "which": true, "who": true,
	"after": true, "before": true, "times": true, "percent": true, "more": true, "less": true, "pm": true, "am": true, "p": true,
	"years": true, "year": true, "days": true, "months": true, "weeks": true, "hours": true, "minutes": true, "seconds": true,
	"miles": true, "feet": true, "million": true, "billion": true, "thousand": true, "hundred": true, "dollars": true, "euros": true,
	"pounds": true, "yards": true, "metres": true, "meters": true, "kilometres": true, "kilometers": true, "its": true, "his": true,
	"her": true, "their": true, "this": true, "these": true, "those": true, "but": true, "not": true, "into": true, "out": true,
	"up": true, "down": true, "over": true, "off": true, "also": true, "times.": true, "others": true, "other": true, "each": true,
	"decades": true, "nights": true, "seasons": true, "stories": true, "floors": true, "percentage": true}

var plWords = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
	"thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
var plTens = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}

// plParse reads a figure or a number word ("1,300", "twenty-six").
func plParse(s string) (float64, bool) {
	l := strings.ToLower(s)
	for i, w := range plWords {
		if l == w {
			return float64(i), true
		}
	}
	t, u, _ := strings.Cut(l, "-")
	for i, w := range plTens {
		if w != "" && t == w {
			v := float64(i * 10)
			if u != "" {
				k := -1
				for j, x := range plWords[1:10] {
					if x == u {
						k = j + 1
					}
				}
				if k < 0 {
					return 0, false
				}
				v += float64(k)
			}
			return v, true
		}
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	return v, err == nil
}

// plFormat writes v as old was written: words stay words (with their
// case), decimals keep their places, thousands separators stay.
func plFormat(v float64, old string) string {
	if old != "" && (old[0] < '0' || old[0] > '9') && old[0] != '.' {
		w := plWord(int(v))
		switch {
		case strings.ToUpper(old) == old:
			return strings.ToUpper(w)
		case old[0] >= 'A' && old[0] <= 'Z':
			return strings.ToUpper(w[:1]) + w[1:]
		}
		return w
	}
	if i := strings.IndexByte(old, '.'); i >= 0 {
		return strconv.FormatFloat(v, 'f', len(old)-i-1, 64)
	}
	s := strconv.FormatInt(int64(v), 10)
	if strings.Contains(old, ",") {
		var b strings.Builder
		for i, c := range s {
			if i > 0 && (len(s)-i)%3 == 0 {
				b.WriteByte(',')
			}
			b.WriteRune(c)
		}
		return b.String()
	}
	if len(old) > 1 && old[0] == '0' {
		for len(s) < len(old) {
			s = "0" + s
		}
	}
	return s
}

func plWord(n int) string {
	if n < 20 {
		return plWords[n]
	}
	if n < 100 {
		if n%10 == 0 {
			return plTens[n/10]
		}
		return plTens[n/10] + "-" + plWords[n%10]
	}
	return strconv.Itoa(n)
}

// plantScan finds the value statements of one article.
type plantScan struct {
	text  string
	taken [][2]int
	out   []plantOcc
	// restated are the ages left out of out (in a stamp's or a caption's
	// line, hedged): no fact to plant, but stated all the same
	// (plantRestated).
	restated []plantOcc
}

func (ps *plantScan) free(a, b int) bool {
	for _, t := range ps.taken {
		if a < t[1] && b > t[0] {
			return false
		}
	}
	return true
}

// take records the whole phrase [a,b) and, unless hedged, the value.
func (ps *plantScan) take(a, b int, o plantOcc) {
	if !ps.free(a, b) {
		return
	}
	ps.taken = append(ps.taken, [2]int{a, b})
	if !ps.bodyFact(a, b, o) {
		if o.typ == pAge {
			o.written = ps.text[o.start:o.end]
			ps.restated = append(ps.restated, o)
		}
		return
	}
	o.written = ps.text[o.start:o.end]
	ps.out = append(ps.out, o)
}

// bodyFact reports whether o, a value read in the phrase [a,b), is a fact
// of the event stated in the article's body: not in a dateline or a page's
// stamp, a signature, a caption, not the day of a statement, not hedged.
func (ps *plantScan) bodyFact(a, b int, o plantOcc) bool {
	if plDateline.MatchString(ps.text[max(0, a-60):min(len(ps.text), b+60)]) {
		return false // a dateline or a page's stamp: when it was published, no fact of the event
	}
	if plNonBody(ps.text, o.start, o.typ) != "" {
		return false // a signature, a copyright, a caption, a stamp, a title-case line
	}
	if (o.typ == pWeekday || o.typ == pDate) && plSaid.MatchString(ps.text[max(0, o.start-25):o.start]) {
		return false // the day something was said, no fact of the event
	}
	if (o.typ == pDuration || o.typ == pCount) && strings.EqualFold(ps.text[o.start:o.end], "one") {
		return false // "one day" is an idiom more often than a duration
	}
	if plHedge.MatchString(ps.text[max(0, o.start-25):o.start]) || plHedgeAft.MatchString(ps.text[o.end:min(len(ps.text), o.end+12)]) {
		return false // a hedged value may be compatible with the changed one
	}
	return true
}

// numeric reads the matches of re as values of type typ; group g is the
// value, unit names the group whose lower-case text is the context (0:
// none).
func (ps *plantScan) numeric(re *regexp.Regexp, typ string, unit func(m []int) string) {
	first := 1
	if re == plMoney1 {
		first = 2 // after the currency sign
	}
	for _, m := range re.FindAllStringSubmatchIndex(ps.text, -1) {
		g := first
		for g*2 < len(m) && m[2*g] < 0 {
			g++
		}
		if g*2 >= len(m) {
			continue
		}
		v, ok := plParse(ps.text[m[2*g]:m[2*g+1]])
		if !ok || v <= 0 || plYearLike(ps.text[m[2*g]:m[2*g+1]]) {
			continue
		}
		ctx := unit(m)
		// "6-foot-8" is one height of feet and inches: the feet are its
		// value only beside the same inches ("6-foot-9" is another height).
		if re == plDist {
			if h := plHeightRest.FindString(ps.text[m[1]:]); h != "" {
				ctx += " " + strings.ToLower(h[1:])
			}
		}
		ps.take(m[0], m[1], plantOcc{typ: typ, ctx: ctx, val: v, start: m[2*g], end: m[2*g+1]})
	}
}

func (ps *plantScan) group(m []int, g int) string {
	if 2*g+1 >= len(m) || m[2*g] < 0 {
		return ""
	}
	return strings.ToLower(strings.TrimSpace(ps.text[m[2*g]:m[2*g+1]]))
}

// plCurrency names a currency by its code.
func plCurrency(s string) string {
	switch strings.ToLower(s) {
	case "$", "us$", "dollars":
		return "usd"
	case "€", "euros":
		return "eur"
	case "£", "pounds":
		return "gbp"
	}
	return s
}

// plScale names a scale word by one name ("m", "mln" → "million").
func plScale(s string) string {
	switch strings.TrimSpace(strings.ToLower(s)) {
	case "m", "million":
		return "million"
	case "bn", "billion":
		return "billion"
	}
	return ""
}

// unitOf reduces a unit to one name ("kilometres" → "kilometre").
func unitOf(u string) string {
	u = strings.ReplaceAll(strings.ToLower(u), "-", " ")
	switch u {
	case "feet":
		return "foot"
	case "stories", "storeys", "storey":
		return "story"
	case "square feet":
		return "square foot"
	}
	return strings.TrimSuffix(strings.ReplaceAll(u, "meter", "metre"), "s")
}

// plantFacts lists the value statements of an article, in the order of the
// types' specificity (a span read as money is no count).
func plantFacts(text string) []plantOcc {
	ps := &plantScan{text: text}
	plantScanAll(ps)
	sort.Slice(ps.out, func(i, j int) bool { return ps.out[i].start < ps.out[j].start })
	return ps.out
}

// plantScanAll reads every type's values into ps, the most specific first.
func plantScanAll(ps *plantScan) {
	ps.numeric(plMoney1, pMoney, func(m []int) string { return plCurrency(ps.group(m, 1)) + " " + plScale(ps.group(m, 3)) })
	ps.numeric(plMoney2, pMoney, func(m []int) string { return plCurrency(ps.group(m, 3)) + " " + plScale(ps.group(m, 2)) })
	ps.numeric(plPercent, pPercent, func([]int) string { return "" })
	ps.numeric(plMagn, pMagnitude, func([]int) string { return "" })
	ps.numeric(plAge1, pAge, func([]int) string { return "" })
	ps.numeric(plAge2, pAge, func([]int) string { return "" })
	ps.clocks()
	ps.numeric(plDist, pDistance, func(m []int) string { return unitOf(ps.group(m, 2)) })
	ps.numeric(plSize, pSize, func(m []int) string { return unitOf(ps.group(m, 2)) })
	ps.durations()
	ps.dates()
	ps.words(plMonth, pMonth, plantMonths)
	ps.years()
	ps.words(plWeekday, pWeekday, plantWeekdays)
	ps.counts()
}

// plantRestated lists the ages an article states that plantFacts leaves
// out: in a stamp's or a caption's line, hedged ("just 15 years old"), or
// in apposition to a name plAge2 does not read ("McNeil, 16,", "Ana Roe,
// 22 of Dunmore"). A trial that changes an age changes these too: an
// article that still says the old age elsewhere contradicts itself, and
// its own two ages are no plant.
func plantRestated(text string) []plantOcc {
	ps := &plantScan{text: text}
	plantScanAll(ps)
	for _, m := range plAgeName.FindAllStringSubmatchIndex(text, -1) {
		v, ok := plParse(text[m[2]:m[3]])
		if ok && v > 0 && ps.free(m[2], m[3]) {
			ps.restated = append(ps.restated, plantOcc{typ: pAge, val: v, start: m[2], end: m[3], written: text[m[2]:m[3]]})
		}
	}
	return ps.restated
}

func (ps *plantScan) clocks() {
	for _, m := range plClock.FindAllStringSubmatchIndex(ps.text, -1) {
		h, _ := strconv.Atoi(ps.text[m[2]:m[3]])
		mi := 0
		if m[4] >= 0 {
			mi, _ = strconv.Atoi(ps.text[m[4]:m[5]])
		}
		tag := strings.ToLower(strings.ReplaceAll(ps.text[m[6]:m[7]], ".", ""))
		half := ""
		if tag == "am" || tag == "pm" {
			half = tag
			if h < 1 || h > 12 {
				continue
			}
		} else if m[4] < 0 || h > 23 {
			continue // "9 GMT" is no clock time
		}
		if mi > 59 {
			continue
		}
		ps.take(m[0], m[1], plantOcc{typ: pClock, ctx: half, val: float64(h*60 + mi), start: m[2], end: m[3], minutes: mi, half: half})
	}
}

func (ps *plantScan) durations() {
	for _, m := range plDuration.FindAllStringSubmatchIndex(ps.text, -1) {
		after := strings.ToLower(ps.text[m[1]:min(len(ps.text), m[1]+6)])
		if strings.HasPrefix(after, " ago") || strings.HasPrefix(after, "-old") || strings.HasPrefix(after, " old") {
			ps.taken = append(ps.taken, [2]int{m[0], m[1]})
			continue
		}
		v, ok := plParse(ps.text[m[2]:m[3]])
		if !ok || v <= 0 || plYearLike(ps.text[m[2]:m[3]]) {
			continue
		}
		ps.take(m[0], m[1], plantOcc{typ: pDuration, ctx: unitOf(ps.text[m[4]:m[5]]), val: v, start: m[2], end: m[3]})
	}
}

func monthIndex(s string) int {
	l := strings.ToLower(strings.TrimSuffix(s, "."))
	for i, m := range plantMonths {
		if len(l) >= 3 && strings.HasPrefix(m, l) {
			return i
		}
	}
	return -1
}

func (ps *plantScan) dates() {
	for _, m := range plDate1.FindAllStringSubmatchIndex(ps.text, -1) {
		d, _ := strconv.Atoi(ps.text[m[4]:m[5]])
		mon := monthIndex(ps.text[m[2]:m[3]])
		if mon < 0 || d < 1 || d > 31 || ps.text[m[2]:m[3]] == "May" && d > 31 {
			continue
		}
		ps.take(m[0], m[1], plantOcc{typ: pDate, ctx: plantMonths[mon], val: float64(d), start: m[4], end: m[5]})
	}
	for _, m := range plDate2.FindAllStringSubmatchIndex(ps.text, -1) {
		d, _ := strconv.Atoi(ps.text[m[2]:m[3]])
		mon := monthIndex(ps.text[m[4]:m[5]])
		if mon < 0 || d < 1 || d > 31 {
			continue
		}
		ps.take(m[0], m[1], plantOcc{typ: pDate, ctx: plantMonths[mon], val: float64(d), start: m[2], end: m[3]})
	}
}

// words reads a named value (a month, a weekday) as its index in names.
func (ps *plantScan) words(re *regexp.Regexp, typ string, names []string) {
	for _, m := range re.FindAllStringSubmatchIndex(ps.text, -1) {
		w := strings.ToLower(ps.text[m[2]:m[3]])
		for i, n := range names {
			if n == w {
				ps.take(m[2], m[3], plantOcc{typ: typ, val: float64(i), start: m[2], end: m[3]})
			}
		}
	}
}

func (ps *plantScan) years() {
	for _, m := range plYear.FindAllStringSubmatchIndex(ps.text, -1) {
		// Not a figure of thousands ("2,010") nor part of a longer number.
		if m[0] > 0 && strings.ContainsAny(ps.text[m[0]-1:m[0]], ",.$") || m[1] < len(ps.text) && strings.ContainsAny(ps.text[m[1]:m[1]+1], ",%") && m[1]+1 < len(ps.text) && ps.text[m[1]+1] >= '0' && ps.text[m[1]+1] <= '9' {
			continue
		}
		v, _ := strconv.Atoi(ps.text[m[2]:m[3]])
		ps.take(m[0], m[1], plantOcc{typ: pYear, val: float64(v), start: m[2], end: m[3]})
	}
}

// counts reads "four-book series" and "288 candidates", "three bank
// workers": a figure and the (plural) noun phrase after it.
func (ps *plantScan) counts() {
	for _, m := range plCount1.FindAllStringSubmatchIndex(ps.text, -1) {
		w := strings.ToLower(ps.text[m[4]:m[5]])
		v, ok := plParse(ps.text[m[2]:m[3]])
		if _, num := plParse(w); !ok || num || plCountStop[w] || plCountStop[w+"s"] || v < 2 {
			continue
		}
		// A calibre or a rank (".32-caliber", "#1-ranked") is no count.
		if m[2] > 0 && strings.ContainsAny(ps.text[m[2]-1:m[2]], ".#") {
			continue
		}
		ps.take(m[0], m[5], plantOcc{typ: pCount, ctx: "-" + w, val: v, start: m[2], end: m[3]})
	}
	for _, m := range plCount2.FindAllStringSubmatchIndex(ps.text, -1) {
		raw := ps.text[m[2]:m[3]]
		v, ok := plParse(raw)
		if !ok || v < 2 || v != math.Trunc(v) || len(raw) == 4 && !strings.Contains(raw, ",") && v >= 1900 && v <= 2100 {
			continue
		}
		// A score or tally ("31-24"), a name ("Route 66"), a figure of a list.
		if m[2] > 0 && strings.ContainsAny(ps.text[m[2]-1:m[2]], "-/.:$€£#") || m[3] < len(ps.text) && strings.ContainsAny(ps.text[m[3]:m[3]+1], "-/%:") {
			continue
		}
		w1, w2 := ps.group(m, 2), ps.group(m, 3)
		ctx, end := "", 0
		switch {
		case plCountStop[w1] || ps.text[m[4]] >= 'A' && ps.text[m[4]] <= 'Z':
			continue
		case plPlural(w1):
			ctx, end = w1, m[5]
		case w2 != "" && !plCountStop[w2] && plPlural(w2):
			ctx, end = w1+" "+w2, m[7]
		default:
			continue
		}
		ps.take(m[2], end, plantOcc{typ: pCount, ctx: ctx, val: v, start: m[2], end: m[3]})
	}
}

// plYearLike reports whether a figure is a year ("the 2031 budget").
func plYearLike(s string) bool {
	v, err := strconv.Atoi(s)
	return err == nil && len(s) == 4 && v >= 1900 && v <= 2100
}

func plPlural(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "'s")
}

// plantChange returns the new value of a fact under its type's rule,
// different from every value in taken (seeded).
func plantChange(o plantOcc, rng *rand.Rand, taken map[float64]bool) (float64, bool) {
	pick := func(xs ...float64) float64 { return xs[rng.Intn(len(xs))] }
	for range 100 {
		v := o.val
		var nv float64
		switch o.typ {
		case pWeekday:
			nv = float64(rng.Intn(7))
		case pMonth:
			nv = math.Mod(v+pick(1, 2, 3, 9, 10, 11), 12)
		case pYear:
			nv = v - pick(2, 3, 4, 5)
		case pDate:
			d := pick(2, 3, 4, 5)
			nv = v - d
			if v <= 6 {
				nv = v + d
			}
		case pMagnitude:
			nv = math.Round((v+pick(0.4, 0.5, 0.7, 0.8))*10) / 10
		case pClock:
			nv = plantClock(o, pick(2, 3, 4))
		case pAge:
			nv = v + pick(3, 4, 5, 6, 7)
		default:
			nv = plantNumber(v, o.written, pick)
			if o.typ == pPercent && nv >= 100 {
				nv = v - pick(10, 15, 20)
			}
		}
		if nv != v && nv > 0 && !taken[nv] || o.typ == pWeekday && nv != v && !taken[nv] {
			return nv, true
		}
	}
	return 0, false
}

// plantNumber is the rule for counts and measures: up by 2–5 up to 20
// (always up, so that "at least N" elsewhere still conflicts), else ×1.3–1.6
// rounded to two significant figures; a decimal ×1.4–1.7.
func plantNumber(v float64, written string, pick func(...float64) float64) float64 {
	if i := strings.IndexByte(written, '.'); i >= 0 {
		p := math.Pow(10, float64(len(written)-i-1))
		return math.Round(v*pick(1.4, 1.5, 1.7)*p) / p
	}
	if v <= 20 {
		return v + pick(2, 3, 4, 5)
	}
	nv := v * pick(1.3, 1.4, 1.5, 1.6)
	mag := math.Pow(10, math.Max(0, math.Floor(math.Log10(v))-1))
	return math.Round(nv/mag) * mag
}

// plantClock moves a clock time's hour by d within its half day (or day),
// keeping the minutes; it returns minutes after midnight as written (a
// 12-hour hour stays 1–12).
func plantClock(o plantOcc, d float64) float64 {
	h := (int(o.val) - o.minutes) / 60
	lo, hi := 0, 23
	if o.half != "" {
		lo, hi = 1, 12
	}
	nh := h + int(d)
	if nh > hi {
		nh = h - int(d)
	}
	if nh < lo {
		return o.val
	}
	return float64(nh*60 + o.minutes)
}

// plantWritten writes the new value nv in the place of o's written value.
func plantWritten(o plantOcc, nv float64) string {
	switch o.typ {
	case pWeekday:
		return plCase(plantWeekdays[int(nv)], o.written)
	case pMonth:
		return plCase(plantMonths[int(nv)], o.written)
	case pClock:
		return plFormat(float64((int(nv)-o.minutes)/60), o.written)
	}
	return plFormat(nv, o.written)
}

func plCase(w, old string) string {
	if old != "" && old[0] >= 'A' && old[0] <= 'Z' {
		return strings.ToUpper(w[:1]) + w[1:]
	}
	return w
}

// plantNorms are the normalized forms of a value the findings scorer
// looks for (findings.py's conventions: a 24-hour time, "month day",
// a lower-case weekday or month, a number without separators; a figure
// written with decimals also with as many decimals).
func plantNorms(o plantOcc, v float64) []string {
	switch o.typ {
	case pWeekday:
		return []string{plantWeekdays[int(v)]}
	case pMonth:
		return []string{plantMonths[int(v)]}
	case pDate:
		return []string{o.ctx + " " + strconv.Itoa(int(v)), strconv.Itoa(int(v)) + " " + o.ctx}
	case pClock:
		h, mi := (int(v)-o.minutes)/60, o.minutes
		switch {
		case o.half == "pm" && h < 12:
			h += 12
		case o.half == "am" && h == 12:
			h = 0
		}
		return []string{pad2(h) + ":" + pad2(mi)}
	}
	out := []string{strconv.FormatFloat(v, 'f', -1, 64)}
	// A figure written with decimals ("35.0 percent") is reported as
	// written: its decimals are a form of the value too.
	if i := strings.IndexByte(o.written, '.'); i >= 0 && o.written[0] >= '0' && o.written[0] <= '9' {
		if w := strconv.FormatFloat(v, 'f', len(o.written)-i-1, 64); w != out[0] {
			out = append(out, w)
		}
	}
	return out
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
