package mention

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// Dates that describe a thing or a person rather than date an event (see
// Timex.Attribute): they stay in the reading, but no timeline shows them.

var (
	// A label of a date of birth in a record or a police release: "DOB:",
	// "D.O.B.", "date of birth", "birth date", "birthdate", "born:" (the
	// abbreviation and the field names of identity documents, ICAO Doc
	// 9303 part 3 "Date of Birth"). "was born on" in prose is left alone:
	// a birth told as news is an event.
	birthLabelRe = regexp.MustCompile(`(?i)(?:\bd\.?\s?o\.?\s?b\.?|\bdate\s+of\s+birth|\bbirth\s?date|\bborn\s*:)\s*(?:[:\-–]\s*|is\s+|was\s+|of\s+)?$`)
	// "class of 2017", "Class of '19": a school's cohort named by the
	// year it graduates (Merriam-Webster, class n. 3b), no event.
	cohortRe = regexp.MustCompile(`(?i)\bclass\s+of\s+['’]?(?:\d{2}|\d{4})$`)
	// Possessive determiners and the indefinite article (CGEL 2002,
	// ch. 5 §§6-7) before a year that classifies the noun after it; a
	// genitive noun phrase ("the couple's", "the owners'") is a determiner
	// too (possessiveWord).
	modelDeterminers = set("a", "an", "his", "her", "their", "its", "our", "my", "your")
	// A copyright notice before its year: "© 2017", "Copyright 2017",
	// "(c) 2017", "Copyright © 2016-2017" (the notice's form in 17 U.S.C.
	// §401(b) and the Universal Copyright Convention, art. III).
	// The noun "model" right after a year: the year names a product's
	// model ("a mid-2000 model sedan", "the 2016 model year").
	modelWordRe = regexp.MustCompile(`^\s+model\b`)
	copyrightRe = regexp.MustCompile(`(?i)(?:©|\(c\)|\bcopyright)\s*(?:©\s*)?(?:(?:19|20)\d{2}\s*[-–,]\s*)?$`)
)

// markAttributes flags the dates that describe a thing or a person, and
// the year of a copyright notice as a stamp.
func (x *timeScan) markAttributes() {
	for i := range x.out {
		t := &x.out[i]
		// The three patterns are anchored at the end and a match holds
		// at most four fields (three for cohortRe): they are asked of the
		// last ones (text.LastFields), not tried at every position.
		before := text.LastFields(x.s[:t.Start], 4)
		switch {
		case birthLabelRe.MatchString(before):
			t.Attribute = true
		case t.Precision == PrecYear && copyrightRe.MatchString(before):
			t.Stamp = true // when the page was written
		case t.Precision == PrecYear && cohortRe.MatchString(text.LastFields(x.s[:t.End], 3)):
			t.Attribute = true
		case t.Precision == PrecYear && (modelYear(x.s, t.Start, t.End) || modelWordRe.MatchString(x.s[t.End:])):
			t.Attribute = true
		case t.Relative && strings.EqualFold(t.Expression, "today") && imperative(x.s):
			t.Attribute = true
		case t.Relative && promotion(x.s):
			t.Attribute = true
		}
	}
}

// ModelYear reports whether the bare year s[start:end] classifies a made
// thing ("a 2010 <Make> <Model>", "his 1998 sedan"): see modelYear.
func ModelYear(s string, start, end int) bool { return modelYear(s, start, end) }

// modelYear reports whether a bare year s[start:end] classifies a made
// thing, as a vehicle's model year does: after the indefinite article or
// a possessive (and at most two lower-case modifiers, "a gray 2010", "his
// old 1998", coordinated ones counting once: "a red or black 2012"),
// before a capitalised name that is no month or weekday (a make: "a 2010
// <Make> <Model>") or before a noun that is an artifact in
// WordNet ("a 2004 sedan", artifactNoun), whichever heads the
// noun phrase. "The 2016 Olympics", "a 2015 shooting" and "a 2014 <Court>
// ruling" keep their year: "the" names an event as often as a thing, and a
// shooting or a ruling is no artifact.
func modelYear(s string, start, end int) bool {
	if end-start != 4 {
		return false
	}
	before := strings.Fields(s[:start])
	after := strings.Fields(s[end:])
	if len(after) == 0 || !strings.HasSuffix(s[:start], " ") || strings.HasPrefix(s[end:], ",") {
		return false
	}
	det, mods := -1, 0
	for k := len(before) - 1; k >= 0 && mods <= 2; k-- {
		w := before[k]
		if modelDeterminers[strings.ToLower(w)] || possessiveWord(w) {
			det = k
			break
		}
		if w != strings.ToLower(w) || strings.ContainsAny(w, ",.;:0123456789") {
			return false
		}
		if w != "or" && w != "and" || mods == 0 {
			mods++ // coordinated modifiers count once ("a blue or green 2011")
		}
	}
	if det < 0 {
		return false
	}
	// The head of the noun phrase: the last of the words after the year
	// that are capitalised names ("<Make> <Model>") or, after them, nouns
	// in lower case ("a 2009 tax ruling": the ruling).
	head, capital := "", false
	for k, w := range after {
		if k >= 4 {
			break
		}
		word := strings.TrimRight(w, ".,;:!?)")
		r, _ := utf8.DecodeRuneInString(word)
		if unicode.IsUpper(r) {
			if head != "" && !capital || dates.MonthNumber(word) > 0 {
				break
			}
			if _, wd := dates.WeekdayNumber(word); wd {
				break
			}
			head, capital = word, true
		} else {
			lx := lexicon.Default()
			if !unicode.IsLetter(r) || isPastForm(word) || !lx.Has(lx.Base(word, lexicon.Noun), lexicon.Noun) || lexicon.IsIndexStopword(word) {
				break
			}
			// A preposition heads no noun phrase, though WordNet lists
			// "behind" and "inside" as nouns: it opens the phrase's
			// postmodifier or the clause's adjunct ("a 2010 camper van
			// inside the barn").
			if tag, _ := lexicon.ClosedClass(strings.ToLower(word)); tag == "IN" {
				break
			}
			// After a name, a verb's base form before a determiner is
			// the verb the phrase is the object of ("saw a 2009 <Make>
			// leave the lot"), not its head ("a 1972 <Paper> profile"),
			// and a verb's -ing form opens a participle clause that
			// follows the phrase when an object follows it ("a 1996
			// <Make> <Model> towing a trailer"; "a 2015 <Court> ruling"
			// is the ruling).
			if capital && k+1 < len(after) && (isVerbBase(word) || strings.HasSuffix(word, "ing") && lx.Base(word, lexicon.Verb) != word) &&
				(determiners[strings.ToLower(after[k+1])] || strings.EqualFold(after[k+1], "what")) {
				break
			}
			head, capital = word, false
		}
		if word != w {
			break // punctuation closes the phrase
		}
	}
	if head == "" || capital {
		return head != ""
	}
	return artifactNoun(head)
}

// possessiveWord reports whether a word is a genitive ending its noun
// phrase ("couple's", "owners'"), which determines the noun phrase after
// it as a possessive determiner does (CGEL 2002, ch. 5 §16).
func possessiveWord(w string) bool {
	lw := strings.ToLower(w)
	return len(lw) > 3 && (strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s") || strings.HasSuffix(lw, "s'") || strings.HasSuffix(lw, "s’"))
}

// artifactNoun reports whether at least half of a word's WordNet noun
// senses are artifacts (noun.artifact: "sedan"; "van", whose two most
// frequent senses are an army's vanguard; as lexicon.EventNoun counts
// events).
func artifactNoun(w string) bool {
	lx := lexicon.Default()
	total, art := 0, 0
	for _, sn := range lx.Senses(lx.Base(w, lexicon.Noun)) {
		if sn.POS == lexicon.Noun {
			total++
			if sn.Lex == lexicon.NounArtifact {
				art++
			}
		}
	}
	return total > 0 && 2*art >= total
}

// imperative reports whether a sentence is an instruction to the reader
// ("Sign up for alerts today", "Subscribe today"): it opens with a verb in
// its base form that is no noun in WordNet, or with one followed by a
// particle of direction or place ("up", "here": CGEL 2002, ch. 10 §9,
// imperative clauses have no subject). Its "today" is the reader's, no
// event's.
func imperative(s string) bool {
	ws := strings.Fields(strings.TrimLeft(s, " \"“‘'("))
	if len(ws) < 2 {
		return false
	}
	w := ws[0]
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || strings.ContainsAny(w, ",.;:'’") {
		return false
	}
	low := strings.ToLower(w)
	lx := lexicon.Default()
	if !lx.Has(low, lexicon.Verb) || lx.Base(low, lexicon.Verb) != low {
		return false
	}
	next := strings.ToLower(strings.TrimRight(ws[1], ".,;:!?"))
	return !lx.Has(low, lexicon.Noun) || next == "up" || next == "here"
}

// promotion reports whether a sentence is a box that promotes a page of
// the site: a label of two to five capitalised words, then an instruction
// to the reader, a capitalised verb in its base form (WordNet) with a
// lower-case determiner opening its object ("<Section Name> Explore the
// map of …", "<Feature> Track this year's …"). Its "this year" and "today"
// are the reader's, no event's. A verb of saying after capitalised words is
// a title-case headline's ("Officials Say the …"), not an instruction.
func promotion(s string) bool {
	ws := strings.Fields(strings.TrimLeft(s, " \"“‘'("))
	lx := lexicon.Default()
	for i := 0; i+1 < len(ws) && i <= 5; i++ {
		w := ws[i]
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsAny(w, ",.;:!?") {
			return false
		}
		low := strings.ToLower(w)
		if i < 2 || !determiners[ws[i+1]] || !lx.Has(low, lexicon.Verb) || lx.Base(low, lexicon.Verb) != low || reportingVerb(low) {
			continue
		}
		return true
	}
	return false
}

// titleCaseLower are the words that title case leaves in lower case: the
// articles, the coordinating conjunctions and the short prepositions (AP
// Stylebook, "composition titles"; Chicago Manual of Style 8.159).
var titleCaseLower = set("a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "of", "in", "on", "at", "to", "by",
	"up", "as", "vs", "via", "with", "from", "into", "over", "off", "per")

// isHeadlineLine reports whether a sentence is a headline carrying a date,
// not prose: a line in title case (every word capitalised but the words
// title case leaves in lower case), with at least four capitalised words
// besides its dates and no full stop at its end. Such a line is a teaser
// of another story ("<Headline> – August 3, 2016"), a breadcrumb or the
// page's own headline with its stamp: its date says when that page was
// written.
func isHeadlineLine(s string, ts []Timex) bool {
	if strings.HasSuffix(strings.TrimRight(s, " \"”’'"), ".") {
		return false
	}
	rest := []byte(s)
	for _, t := range ts {
		for k := t.Start; k < t.End; k++ {
			rest[k] = ' '
		}
	}
	var words []string
	for _, w := range strings.Fields(string(rest)) {
		w = strings.Trim(w, "\"“”‘’'()[],;:–—-|")
		if r, _ := utf8.DecodeRuneInString(w); w != "" && unicode.IsLetter(r) {
			words = append(words, w)
		}
	}
	return titleCased(words)
}

// weekdaysTakeTheirDate gives a weekday written just before its date
// ("Saturday, June 4 through Monday, June 6", "(Posted Monday, May 3,
// 2021)") the reading of that date: the weekday names the same day, so it
// opens the same range or signs the same stamp. When the two disagree, one
// of them is mistyped: a weekday whose own reading lies within three days
// of the date keeps it (a day's slip, either way), and one read in another
// week altogether ("on Monday, Aug. 9" in an October article) takes the
// date, which says at least the month. x.out is sorted.
func (x *timeScan) weekdaysTakeTheirDate() {
	for i := 0; i+1 < len(x.out); i++ {
		t, o := &x.out[i], x.out[i+1]
		if t.Weekday < 0 || o.Precision != PrecDay || strings.Trim(x.s[t.End:o.Start], ", ") != "" {
			continue
		}
		if d, err := time.Parse("2006-01-02", o.Date); err == nil && (d.Weekday() == t.Weekday || !nearDay(t.Date, d)) {
			t.Date, t.Precision = o.Date, o.Precision
		}
		t.Period = t.Period || o.Period
		t.Stamp = t.Stamp || o.Stamp
		t.Attribute = t.Attribute || o.Attribute
	}
}

// nearDay reports whether the date iso (a day, "2006-01-02") lies within
// three days of d.
func nearDay(iso string, d time.Time) bool {
	w, err := time.Parse("2006-01-02", iso)
	if err != nil {
		return false
	}
	diff := w.Sub(d)
	return diff <= 72*time.Hour && diff >= -72*time.Hour
}
