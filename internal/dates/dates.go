// Package dates finds and resolves calendar dates in news text: absolute
// dates in many written forms, numeric dates whose day/month order is
// ambiguous (settled by what the text agrees with), and weekdays and month
// names relative to a reference date.
package dates

import (
	"cmp"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/corroborate/corroborate/internal/text"
)

// Date is a calendar day.
type Date struct {
	Year, Month, Day int
}

// String formats d as YYYY-MM-DD.
func (d Date) String() string {
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
}

// Time returns d at midnight UTC.
func (d Date) Time() time.Time {
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
}

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday { return d.Time().Weekday() }

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d.Year == 0 }

// Valid reports whether d is a real calendar date in a plausible range.
func Valid(y, m, d int) bool {
	if y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Year() == y && int(t.Month()) == m && t.Day() == d
}

// FromTime returns the calendar day of t.
func FromTime(t time.Time) Date { return Date{t.Year(), int(t.Month()), t.Day()} }

// Found is a date written in a piece of text.
type Found struct {
	// Date is the preferred reading.
	Date Date
	// Alt is the other reading of an ambiguous numeric date (day-first vs
	// month-first), or the zero Date.
	Alt Date
	// Weekday is the weekday written next to the date, or -1.
	Weekday time.Weekday
	// Start and End are byte offsets of the expression in the text.
	Start, End int
	// Numeric reports whether the date was written with digits only.
	Numeric bool
	// Slash reports a numeric date written with slashes ("3/10/2015").
	Slash bool
}

// Ambiguous reports whether the date has two valid readings.
func (f Found) Ambiguous() bool { return !f.Alt.IsZero() }

var monthNames = map[string]int{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
	"apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
	"aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10,
	"nov": 11, "november": 11, "dec": 12, "december": 12,
}

// WorldMonth returns the month number for a month name or abbreviation of
// the languages FindAllWorld reads (English included; case-insensitive,
// trailing dot allowed), or 0.
func WorldMonth(s string) int {
	if m := worldMonths[strings.TrimSuffix(strings.ToLower(s), ".")]; m > 0 {
		return m
	}
	return MonthNumber(s)
}

// MonthNumber returns the month number for an English month name or
// abbreviation (case-insensitive, trailing dot allowed), or 0.
func MonthNumber(s string) int {
	return monthNames[strings.TrimSuffix(strings.ToLower(s), ".")]
}

var weekdayNames = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday,
	"saturday": time.Saturday,
	"sun":      time.Sunday, "mon": time.Monday, "tue": time.Tuesday, "tues": time.Tuesday,
	"wed": time.Wednesday, "thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday,
	"fri": time.Friday, "sat": time.Saturday,
}

// WeekdayNumber returns the weekday named by s and true, or false.
func WeekdayNumber(s string) (time.Weekday, bool) {
	w, ok := weekdayNames[strings.TrimSuffix(strings.ToLower(s), ".")]
	return w, ok
}

const monthRe = `(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`
const weekdayRe = `(?i:(?:sun|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?)(?:day)?)`

var (
	isoRe      = regexp.MustCompile(`\b(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d|\b)`)
	numRe      = regexp.MustCompile(`\b(\d{1,2})([-./])(\d{1,2})([-./])(\d{4})\b`)
	mdyRe      = regexp.MustCompile(`(?:\b(` + weekdayRe + `)\.?,?\s+)?\b(` + monthRe + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	dmyRe      = regexp.MustCompile(`(?:\b(` + weekdayRe + `)\.?,?\s+)?\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(` + monthRe + `)\.?,?\s+(\d{4})\b`)
	ymdSlashRe = regexp.MustCompile(`\b(\d{4})/(\d{1,2})/(\d{1,2})\b`)
)

// FindAll returns the absolute dates written in s, in text order.
func FindAll(s string) []Found {
	var out []Found
	taken := func(a, b int) bool {
		for _, f := range out {
			if a < f.End && b > f.Start {
				return true
			}
		}
		return false
	}
	if !strings.ContainsAny(s, "0123456789") {
		return nil
	}
	named := hasMonthWord(s)
	var mdy, dmy [][]int
	if named {
		// Both patterns open with an optional weekday, so their scans
		// would try every position of s; a match holds a figure, with
		// at most two words before its first ("Monday, Jan. 5, 2009")
		// in mdyRe, one ("Monday 5 Jan. 2009") in dmyRe: the scans
		// begin there (text.FindAllFrom).
		q := strings.IndexAny(s, "0123456789")
		mdy = text.FindAllFrom(mdyRe, s, q, 2)
		dmy = text.FindAllFrom(dmyRe, s, q, 1)
	}
	for _, m := range mdy {
		mon := MonthNumber(s[m[4]:m[5]])
		day, _ := strconv.Atoi(s[m[6]:m[7]])
		yr, _ := strconv.Atoi(s[m[8]:m[9]])
		if !Valid(yr, mon, day) || taken(m[0], m[1]) {
			continue
		}
		f := Found{Date: Date{yr, mon, day}, Weekday: -1, Start: m[0], End: m[1]}
		if m[2] >= 0 {
			if w, ok := WeekdayNumber(s[m[2]:m[3]]); ok {
				f.Weekday = w
			}
		}
		out = append(out, f)
	}
	for _, m := range dmy {
		day, _ := strconv.Atoi(s[m[4]:m[5]])
		mon := MonthNumber(s[m[6]:m[7]])
		yr, _ := strconv.Atoi(s[m[8]:m[9]])
		if !Valid(yr, mon, day) || taken(m[0], m[1]) {
			continue
		}
		f := Found{Date: Date{yr, mon, day}, Weekday: -1, Start: m[0], End: m[1]}
		if m[2] >= 0 {
			if w, ok := WeekdayNumber(s[m[2]:m[3]]); ok {
				f.Weekday = w
			}
		}
		out = append(out, f)
	}
	iso, slash, num := numericShapes(s)
	if !num {
		sortFound(out)
		return out
	}
	for k, re := range []*regexp.Regexp{isoRe, ymdSlashRe} {
		if k == 0 && !iso || k == 1 && !slash {
			continue // the pattern's shape is nowhere in s: it finds nothing
		}
		for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
			yr, _ := strconv.Atoi(s[m[2]:m[3]])
			mon, _ := strconv.Atoi(s[m[4]:m[5]])
			day, _ := strconv.Atoi(s[m[6]:m[7]])
			if !Valid(yr, mon, day) || taken(m[0], m[1]) {
				continue
			}
			out = append(out, Found{Date: Date{yr, mon, day}, Weekday: -1, Start: m[0], End: m[1], Numeric: true})
		}
	}
	for _, m := range numRe.FindAllStringSubmatchIndex(s, -1) {
		if s[m[4]:m[5]] != s[m[8]:m[9]] || taken(m[0], m[1]) {
			continue // mixed separators are not dates
		}
		a, _ := strconv.Atoi(s[m[2]:m[3]])
		b, _ := strconv.Atoi(s[m[6]:m[7]])
		yr, _ := strconv.Atoi(s[m[10]:m[11]])
		dayFirst := Valid(yr, b, a)
		monthFirst := Valid(yr, a, b)
		f := Found{Weekday: -1, Start: m[0], End: m[1], Numeric: true, Slash: s[m[4]:m[5]] == "/"}
		switch {
		case dayFirst && monthFirst && a != b:
			// Day-first is the reading of most of the world; the caller
			// settles it with the text's evidence (see Disambiguate).
			f.Date, f.Alt = Date{yr, b, a}, Date{yr, a, b}
		case dayFirst:
			f.Date = Date{yr, b, a}
		case monthFirst:
			f.Date = Date{yr, a, b}
		default:
			continue
		}
		out = append(out, f)
	}
	sortFound(out)
	return out
}

// numericShapes reports which of the numeric date patterns may match s:
// iso, a dash after four digits and before a digit (isoRe); slash, a slash
// after four digits and before a digit (ymdSlashRe); num, a dash, dot or
// slash between two digits, which every numeric date has (numRe, and the
// other two). Most sentences have none, and the patterns' scan is the
// cost of FindAll.
func numericShapes(s string) (iso, slash, num bool) {
	for i := 1; i+1 < len(s); i++ {
		c := s[i]
		if c != '-' && c != '.' && c != '/' || !isDigit(s[i-1]) || !isDigit(s[i+1]) {
			continue
		}
		num = true
		if c != '.' && i >= 4 && isDigit(s[i-2]) && isDigit(s[i-3]) && isDigit(s[i-4]) {
			iso = iso || c == '-'
			slash = slash || c == '/'
		}
	}
	return iso, slash, num
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// hasMonthWord reports whether s has an English month name or abbreviation
// as a word.
func hasMonthWord(s string) bool {
	start := -1
	for i := 0; i <= len(s); i++ {
		c := byte(0)
		if i < len(s) {
			c = s[i] | 0x20
		}
		letter := c >= 'a' && c <= 'z'
		if letter && start < 0 {
			start = i
		}
		if !letter && start >= 0 {
			if n := i - start; n >= 3 && n <= 9 && MonthNumber(s[start:i]) > 0 {
				return true
			}
			start = -1
		}
	}
	return false
}

// sortFound orders dates by where they start, dates starting at one
// offset kept in the order found.
func sortFound(fs []Found) {
	slices.SortStableFunc(fs, func(a, b Found) int { return cmp.Compare(a.Start, b.Start) })
}

var (
	onWeekdayRe = regexp.MustCompile(`\b(?i:on|this|last|since|by|until)?\s*\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b`)
	pastMonthRe = regexp.MustCompile(`\b(?i:in|since|during|until|by)\s+(?:(?i:early|mid|late|mid-)\s*-?\s*)?(January|February|March|April|May|June|July|August|September|October|November|December)\b(?:\s*,?\s*(\d{4}))?`)
)

// Evidence scores how well the text agrees with d as the date of writing:
// weekdays it names should fall on or within the week before d, and months
// it names without a year ("in late April") should lie before d in d's year.
// A higher score is better agreement.
func Evidence(text string, d Date) float64 {
	score := 0.0
	wd := d.Weekday()
	for _, m := range onWeekdayRe.FindAllStringSubmatch(text, -1) {
		w, _ := WeekdayNumber(m[1])
		if w == wd {
			score += 1 // "on Thursday" in an article of a Thursday means that day
		} else if (int(wd)-int(w)+7)%7 <= 2 {
			score += 0.25 // yesterday or the day before
		}
	}
	for _, m := range pastMonthRe.FindAllStringSubmatch(text, -1) {
		if m[2] != "" {
			continue // a year is given: no evidence about d's month
		}
		mon := MonthNumber(m[1])
		switch {
		case mon < d.Month:
			score += 0.5
		case mon == d.Month:
			score += 0.1
		default:
			score -= 0.5
		}
	}
	return score
}

// Disambiguate chooses between the two readings of an ambiguous numeric
// date in English text by the evidence in text. It returns the chosen date
// and a confidence between 0.5 (no evidence either way) and 1. A date
// written with slashes leans month first (slashPrior, see
// PreferredReading); with no evidence either way any other is day first.
func Disambiguate(f Found, text string) (Date, float64) {
	if !f.Ambiguous() {
		return f.Date, 1
	}
	a, b := Evidence(text, f.Date), Evidence(text, f.Alt)
	if f.Slash {
		b += slashPrior // see PreferredReading
	}
	switch {
	case a > b:
		return f.Date, confidence(a - b)
	case b > a:
		return f.Alt, confidence(b - a)
	}
	return PreferredReading(f), 0.5
}

// slashPrior is how much the month-first order of slash dates in English
// (see PreferredReading) weighs against the text's evidence: as much as a
// month named without its year, less than a weekday of the day itself.
const slashPrior = 0.5

// PreferredReading returns the reading of a date found in English text
// when nothing else settles it: month first for a date written with
// slashes ("3/10/2015"), the reading of the United States where most
// English-language news is written; day first, the reading of most of the
// world, for dashes and dots ("07-04-2022", "07.04.2022"). Measured on the
// tune halves of the English kits (ECB+ and incidents, split before
// tuning): of the slash dates that can be read only one way, 11 of 12
// are month first. Web pages in other languages (FindAllWorld) keep day
// first.
func PreferredReading(f Found) Date {
	if f.Ambiguous() && f.Slash {
		return f.Alt
	}
	return f.Date
}

// The time zones of North America, where numeric dates are written month
// first: a date line stamped "6:47 AM PDT 5/3/2019" is 3 May.
var monthFirstZoneRe = regexp.MustCompile(`\b(?:[ECMP][SD]T|AK[SD]T|H[SD]T|ET|PT|CT|MT)\b`)

// The time zones of Europe, South Asia and Oceania, where numeric dates are
// written day first: "5/3/2019 06:47 CET" is 5 March. (GMT and UTC are
// used everywhere and say nothing.)
var dayFirstZoneRe = regexp.MustCompile(`\b(?:WES?T|CES?T|EES?T|BST|IST|MSK|AE[SD]T|AC[SD]T|AW[SD]T|NZ[SD]T|SGT|HKT|PKT)\b`)

// ZoneWord reports whether a word is a time zone's abbreviation of the
// two lists above, "GMT" or "UTC", or a meridiem mark ("AM", "PM"): the
// words a clock time carries, never a name.
func ZoneWord(w string) bool {
	switch w {
	case "GMT", "UTC", "AM", "PM":
		return true
	}
	return zoneShaped(w) && (monthFirstZoneRe.FindString(w) == w || dayFirstZoneRe.FindString(w) == w)
}

// zoneShaped reports whether w is two to four capital letters (ASCII), as
// every match of monthFirstZoneRe and dayFirstZoneRe is: a word of another
// shape is no zone, and the patterns are not asked.
func zoneShaped(w string) bool {
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// DisambiguateLine is Disambiguate for a date read from a date line: a
// time zone on the line settles the order — month first for North
// America's, day first for Europe's, South Asia's and Oceania's
// (ConfZoneOrder); otherwise the text's evidence decides.
func DisambiguateLine(f Found, line, text string) (Date, float64) {
	if f.Ambiguous() {
		switch {
		case monthFirstZoneRe.MatchString(line):
			return f.Alt, ConfZoneOrder
		case dayFirstZoneRe.MatchString(line):
			return f.Date, ConfZoneOrder
		}
	}
	return Disambiguate(f, text)
}

func confidence(margin float64) float64 {
	c := 0.5 + margin/4
	if c > 0.95 {
		c = 0.95
	}
	return c
}

// Month names of other languages that news pages print beside their
// headlines (Spanish, Portuguese, French, German, Italian, Dutch, Polish in
// the genitive; Swedish, Danish and Norwegian; Russian and Czech in the
// genitive, Finnish in the partitive; Turkish; Catalan; Romanian, Slovak,
// Slovenian, Ukrainian, Greek, Indonesian and Hungarian), in lower case with
// their usual abbreviations: the calendar names (format-wide, the form
// written with a day, and format-abbreviated) of the CLDR locale data
// (Unicode licence), written out here and checked against CLDR 44.1 as
// go-dateparser v1.4.7 ships it. Croatian is left out: its listopad is
// October, Polish and Czech listopad November. An abbreviation that is a
// common word of another language before a number is left out too
// (Indonesian "des", French "des").
var worldMonths = map[string]int{
	// Italian, Polish and Dutch abbreviations; Romanian; Slovak and
	// Slovenian; Ukrainian and Greek in the genitive; Indonesian;
	// Hungarian (written year first, yearFirstNamedRe).
	"gen": 1, "mag": 5, "giu": 6, "lug": 7, "ott": 10,
	"sty": 1, "lut": 2, "kwi": 4, "cze": 6, "lip": 7, "sie": 8, "wrz": 9, "paź": 10, "lis": 11, "gru": 12,
	"mrt":      3,
	"ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "iunie": 6, "iulie": 7,
	"septembrie": 9, "octombrie": 10, "noiembrie": 11, "decembrie": 12, "ian": 1, "iun": 6, "iul": 7,
	"januára": 1, "februára": 2, "apríla": 4, "mája": 5, "júna": 6, "júla": 7, "augusta": 8,
	"septembra": 9, "októbra": 10, "novembra": 11, "decembra": 12,
	"marec": 3, "junij": 6, "julij": 7, "avgust": 8,
	"січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6,
	"липня": 7, "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
	"ιανουαρίου": 1, "φεβρουαρίου": 2, "μαρτίου": 3, "απριλίου": 4, "μαΐου": 5, "ιουνίου": 6,
	"ιουλίου": 7, "αυγούστου": 8, "σεπτεμβρίου": 9, "οκτωβρίου": 10, "νοεμβρίου": 11, "δεκεμβρίου": 12,
	"maret": 3, "agustus": 8, "desember": 12,
	"január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6, "július": 7,
	"augusztus": 8, "szeptember": 9, "október": 10, "febr": 2, "márc": 3, "ápr": 4, "máj": 5, "jún": 6, "júl": 7, "szept": 9,
	// Swedish, Danish, Norwegian; Russian; Czech; Finnish; Turkish; Catalan.
	"augusti": 8, "marts": 3, "maj": 5,
	"января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6,
	"июля": 7, "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
	"ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6,
	"července": 7, "srpna": 8, "září": 9, "října": 10, "listopadu": 11, "prosince": 12,
	"tammikuuta": 1, "helmikuuta": 2, "maaliskuuta": 3, "huhtikuuta": 4, "toukokuuta": 5, "kesäkuuta": 6,
	"heinäkuuta": 7, "elokuuta": 8, "syyskuuta": 9, "lokakuuta": 10, "marraskuuta": 11, "joulukuuta": 12,
	"ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6,
	"temmuz": 7, "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
	"gener": 1, "febrer": 2, "març": 3, "maig": 5, "juny": 6, "juliol": 7, "agost": 8, "setembre": 9, "desembre": 12,
	"enero": 1, "ene": 1, "janeiro": 1, "janvier": 1, "janv": 1, "januar": 1, "jänner": 1, "gennaio": 1, "januari": 1, "stycznia": 1,
	"febrero": 2, "fevereiro": 2, "fev": 2, "février": 2, "févr": 2, "februar": 2, "febbraio": 2, "februari": 2, "lutego": 2,
	"marzo": 3, "março": 3, "mars": 3, "märz": 3, "mär": 3, "maart": 3, "marca": 3,
	"abril": 4, "abr": 4, "avril": 4, "avr": 4, "aprile": 4, "kwietnia": 4,
	"mayo": 5, "maio": 5, "mai": 5, "maggio": 5, "mei": 5, "maja": 5,
	"junio": 6, "junho": 6, "juin": 6, "juni": 6, "giugno": 6, "czerwca": 6,
	"julio": 7, "julho": 7, "juillet": 7, "juil": 7, "juli": 7, "luglio": 7, "lipca": 7,
	"agosto": 8, "ago": 8, "août": 8, "augustus": 8, "sierpnia": 8,
	"septiembre": 9, "setiembre": 9, "setembro": 9, "set": 9, "septembre": 9, "settembre": 9, "września": 9,
	"octubre": 10, "outubro": 10, "out": 10, "octobre": 10, "oktober": 10, "okt": 10, "ottobre": 10, "października": 10,
	"noviembre": 11, "novembro": 11, "novembre": 11, "listopada": 11,
	"diciembre": 12, "dic": 12, "dezembro": 12, "dez": 12, "décembre": 12, "déc": 12, "dezember": 12, "dicembre": 12, "grudnia": 12,
}

// "5 de mayo de 2022", "5. Mai 2022", "5 mai 2022", "1er mars 2021", "05 may. 2022".
var worldDMYRe = regexp.MustCompile(`(?i)\b(\d{1,2})(?:\.|º|°|er)?\s+(?:de\s+)?(\p{L}{3,12})\.?,?\s+(?:de\s+|del\s+)?(\d{4})\b`)

// "mayo 11, 2022", "Dezember 10, 2019": month, day and year, the order of
// WordPress's default date format ("F j, Y") that sites in other languages
// keep with their own month names. Only full names and abbreviations of
// four letters or more are read this way ("set", "out", "ago" are English
// words before a number as often as months).
var worldMDYRe = regexp.MustCompile(`(?i)\b(\p{L}{4,12})\.?\s+(\d{1,2}),?\s+(\d{4})\b`)

// "31.10.23": a dotted date with a two-digit year is day-first wherever it
// is written.
var dottedShortRe = regexp.MustCompile(`\b(\d{1,2})\.(\d{1,2})\.(\d{2})\b(?:[^.\d]|$)`)

// "4. 2. 2022": a dotted date written with spaces (German usage), day first.
var dottedSpacedRe = regexp.MustCompile(`\b(\d{1,2})\.\s(\d{1,2})\.\s?(\d{4})\b`)

// "2019年6月24日" (Chinese, Japanese), "2019년 6월 24일" (Korean): year,
// month, day, each followed by its unit.
var cjkDateRe = regexp.MustCompile(`(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]`)

// "2022.05.11", "2022. 5. 11.": year, month and day with dots, the order of
// Hungarian, Korean, Chinese and Lithuanian dates (CLDR's short date
// patterns "y. MM. dd.", "y.MM.dd."); no country writes year, day, month.
var yearFirstDotRe = regexp.MustCompile(`\b((?:19|20)\d\d)\.\s?(\d{1,2})\.\s?(\d{1,2})\b`)

// "2022. május 11.": year, month name and day, Hungarian's long date
// (CLDR "y. MMMM d.").
var yearFirstNamedRe = regexp.MustCompile(`\b((?:19|20)\d\d)\.\s+(\p{L}{3,12})\.?\s+(\d{1,2})\.`)

// FindAllWorld is FindAll that also reads day-month-year dates written with
// the month names of other European languages (and month-day-year ones,
// "mayo 11, 2022"), and dotted dates with a
// two-digit year. It is meant for the short date lines of web pages, not
// for article text.
func FindAllWorld(s string) []Found {
	out := FindAll(s)
	taken := func(a, b int) bool {
		for _, f := range out {
			if a < f.End && b > f.Start {
				return true
			}
		}
		return false
	}
	for _, m := range worldDMYRe.FindAllStringSubmatchIndex(s, -1) {
		mon := worldMonths[strings.ToLower(s[m[4]:m[5]])]
		if mon == 0 {
			mon = MonthNumber(s[m[4]:m[5]])
		}
		day, _ := strconv.Atoi(s[m[2]:m[3]])
		yr, _ := strconv.Atoi(s[m[6]:m[7]])
		if mon == 0 || !Valid(yr, mon, day) || taken(m[0], m[1]) {
			continue
		}
		out = append(out, Found{Date: Date{yr, mon, day}, Weekday: -1, Start: m[0], End: m[1]})
	}
	for _, m := range worldMDYRe.FindAllStringSubmatchIndex(s, -1) {
		mon := worldMonths[strings.ToLower(s[m[2]:m[3]])]
		day, _ := strconv.Atoi(s[m[4]:m[5]])
		yr, _ := strconv.Atoi(s[m[6]:m[7]])
		if mon == 0 || !Valid(yr, mon, day) || taken(m[0], m[1]) {
			continue
		}
		out = append(out, Found{Date: Date{yr, mon, day}, Weekday: -1, Start: m[0], End: m[1]})
	}
	for _, m := range dottedShortRe.FindAllStringSubmatchIndex(s, -1) {
		day, _ := strconv.Atoi(s[m[2]:m[3]])
		mon, _ := strconv.Atoi(s[m[4]:m[5]])
		yr, _ := strconv.Atoi(s[m[6]:m[7]])
		if !Valid(2000+yr, mon, day) || taken(m[2], m[7]) {
			continue
		}
		out = append(out, Found{Date: Date{2000 + yr, mon, day}, Weekday: -1, Start: m[2], End: m[7], Numeric: true})
	}
	for _, re := range []*regexp.Regexp{dottedSpacedRe, cjkDateRe, yearFirstDotRe, yearFirstNamedRe} {
		ymd := re != dottedSpacedRe
		for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
			a, _ := strconv.Atoi(s[m[2]:m[3]])
			mon, err := strconv.Atoi(s[m[4]:m[5]])
			if err != nil {
				mon = worldMonths[strings.ToLower(s[m[4]:m[5]])]
			}
			c, _ := strconv.Atoi(s[m[6]:m[7]])
			yr, day := c, a
			if ymd {
				yr, day = a, c
			}
			if !Valid(yr, mon, day) || taken(m[0], m[1]) {
				continue
			}
			out = append(out, Found{Date: Date{yr, mon, day}, Weekday: -1, Start: m[0], End: m[1], Numeric: re != yearFirstNamedRe})
		}
	}
	for i, f := range out {
		// "12.11.2021": a dotted date is day-first wherever it is written
		// (the month-first order of the United States uses slashes).
		if f.Ambiguous() && f.Numeric && strings.Contains(s[f.Start:f.End], ".") {
			out[i].Alt = Date{}
		}
	}
	sortFound(out)
	return out
}

// MonthDay is a day of the month written without its year.
type MonthDay struct{ Month, Day int }

// In returns the day in year y, or the zero Date when it does not exist.
func (md MonthDay) In(y int) Date {
	if !Valid(y, md.Month, md.Day) {
		return Date{}
	}
	return Date{y, md.Month, md.Day}
}

var (
	// "06月24日", "6월 24일".
	cjkMonthDayRe = regexp.MustCompile(`(?:^|[^\d年년])(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]`)
	// "June 24", "Jun. 24" (not "June 24, 2019": a year follows).
	mdNoYearRe = regexp.MustCompile(`\b(` + monthRe + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s*\d{4}\b)?`)
	// "24 June", "24. Juni", "24 de junio" (not followed by a year).
	dmNoYearRe = regexp.MustCompile(`(?i)\b(\d{1,2})(?:\.|º|er)?\s+(?:de\s+)?(\p{L}{3,12})\b\.?(?:,?\s*(?:de\s+)?\d{4}\b)?`)
)

// FindMonthDays returns the days of the month written without a year in s
// (a web page's byline often leaves out the current year): Chinese,
// Japanese and Korean "6月24日", "June 24", "24 June" and day-month with
// the month names FindAllWorld reads. Dates written with their year are
// not returned.
func FindMonthDays(s string) []MonthDay {
	var out []MonthDay
	add := func(mon, day int) {
		if mon > 0 && Valid(2000, mon, day) {
			out = append(out, MonthDay{mon, day})
		}
	}
	for _, m := range cjkMonthDayRe.FindAllStringSubmatch(s, -1) {
		mon, _ := strconv.Atoi(m[1])
		day, _ := strconv.Atoi(m[2])
		add(mon, day)
	}
	for _, m := range mdNoYearRe.FindAllStringSubmatch(s, -1) {
		if yearTailRe.MatchString(m[0]) {
			continue
		}
		day, _ := strconv.Atoi(m[2])
		add(MonthNumber(m[1]), day)
	}
	for _, m := range dmNoYearRe.FindAllStringSubmatch(s, -1) {
		if yearTailRe.MatchString(m[0]) {
			continue
		}
		mon := worldMonths[strings.ToLower(m[2])]
		if mon == 0 {
			mon = MonthNumber(m[2])
		}
		day, _ := strconv.Atoi(m[1])
		add(mon, day)
	}
	return out
}

var yearTailRe = regexp.MustCompile(`\d{4}$`)
