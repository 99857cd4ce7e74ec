// Package cluster groups articles into stories online: each arriving
// article is compared with the stories that share its rarest features
// (found through an inverted index, so placement cost does not grow with
// the store), and joins the story a learned model finds most likely to be
// its event, or starts a new story. The model is a logistic regression over
// pairwise features article↔story (see pair.go) fitted on labelled pairs
// (see weights.go for the data and the command). Stories whose event dates,
// read from the articles' own text, are far apart never merge.
package cluster

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// Features is what clustering knows of an article.
type Features struct {
	// Terms are weighted term counts, prefixed by their class (see the
	// class constants): "w:base" for words, "e:name" for an actor…
	Terms map[string]float64
	// Day is the article's publication day as days since 1970, or -1 when
	// unknown.
	Day int
	// Event is when the event the article reports happened, as its own
	// text says; Known is false when the text does not say.
	Event Span
	// Weekday is the weekday (1 Sunday … 7 Saturday; 0 unknown) an
	// article with neither a publication day nor an event date names for
	// its event ("on Sunday").
	Weekday int8
	// MonthDay is the day, written without its year, that such an
	// article names for its event ("on December 9"), as month × 100 +
	// day (1209; 0 unknown).
	MonthDay int16
	// Named are the days and the months an article with a publication
	// day names, resolved against that day (not stretches of time): a
	// follow-up months later names the day or the month of the event it
	// follows ("the September 10 shooting", "in September"; see
	// pubVetoed).
	Named []Span
	// Persons are the names of the people the article names (the names
	// of its actor terms, "e:" left out, marked WeightedName.Person: the
	// analysis marks people named in full and with no title of office,
	// analyze.eventPerson), sorted: an event's own people (its victims,
	// its suspects), where organisations, places and the officials who
	// speak of every event are also an area's standing ones (see
	// eventsApart, personTies).
	Persons []string
}

// Span is a stretch of days (days since 1970, both ends included).
type Span struct {
	Lo, Hi int32
	Known  bool
}

// Gap returns the days between two spans (0 when they overlap) and whether
// both are known.
func (a Span) Gap(b Span) (float64, bool) {
	if !a.Known || !b.Known {
		return 0, false
	}
	switch {
	case a.Hi < b.Lo:
		return float64(b.Lo - a.Hi), true
	case b.Hi < a.Lo:
		return float64(a.Lo - b.Hi), true
	}
	return 0, true
}

// union widens a span to cover another.
func (a Span) union(b Span) Span {
	if !b.Known {
		return a
	}
	if !a.Known {
		return b
	}
	if b.Lo < a.Lo {
		a.Lo = b.Lo
	}
	if b.Hi > a.Hi {
		a.Hi = b.Hi
	}
	return a
}

// Term classes: the first byte of a term.
const (
	classWord     = 'w' // content words of the whole text (base forms)
	classHead     = 'h' // words of the headline and lead
	classActor    = 'e' // a person or organisation named
	classPlace    = 'p' // a place named
	classDateline = 'd' // a place named in the first sentence (dateline)
	classDate     = 't' // an absolute date named
	classFigure   = 'n' // a figure given
	classQuote    = 'q' // words of statements
)

// Words returns the base forms of the content words of s.
func Words(lx *lexicon.Lexicon, s string) []string {
	var out []string
	add := func(w string) {
		w = strings.Trim(strings.ToLower(w), "-")
		if len(w) < 3 || isNumeric(w) {
			return
		}
		if b, ok := lx.IndexWord(w); ok {
			out = append(out, b)
		}
	}
	// The words are strings.FieldsFunc's (letters, digits and hyphens),
	// read without the slice of them it makes.
	start := -1
	for i, r := range s {
		if r == '-' || r < 128 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') || r >= 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			add(s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		add(s[start:])
	}
	return out
}

func isNumeric(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) && r != ',' && r != '.' {
			return false
		}
	}
	return true
}

// Weights of the parts of an article in its word vector: the headline
// and the first paragraphs tell the event, later paragraphs often tell
// background. Set once by hand before the model was fitted; the model
// weighs the classes against each other.
const (
	titleWeight = 3.0
	leadWeight  = 1.5
	earlyWeight = 1.0 // paragraphs 3 to 5
	lateWeight  = 1.0
)

// Doc is the input to feature extraction.
type Doc struct {
	Title, Lead, Body string
	Entities          []WeightedName
	// Day is the publication day (days since 1970) or -1.
	Day int
	// Event is the event time the text gives.
	Event Span
	// Weekday is the event's weekday as Features.Weekday.
	Weekday int8
	// MonthDay is the event's year-less day as Features.MonthDay.
	MonthDay int16
	// Named are the days and months named, as Features.Named.
	Named []Span
	// Extra are terms of the other classes (dates named, figures,
	// statement words), with their counts.
	Extra map[string]float64
}

// WeightedName is an entity name with its mention count and type.
type WeightedName struct {
	Name     string
	Mentions int
	// Place marks a place (else a person or an organisation).
	Place bool
	// Dateline marks a place named in the article's first sentence.
	Dateline bool
	// Person marks a person of the event (not a place, not an
	// organisation; the analysis leaves out officials named with a title
	// and people named by one word: analyze.eventPerson).
	Person bool
}

// Extract computes an article's features.
func Extract(lx *lexicon.Lexicon, d Doc) Features {
	f := Features{Terms: map[string]float64{}, Day: d.Day, Event: d.Event, Weekday: d.Weekday, MonthDay: d.MonthDay, Named: d.Named}
	// The weighted words are summed by word, in the order they come, and
	// named "w:" once a word (no other term is named so before d.Extra's).
	words := map[string]float64{}
	addWords := func(ts []string, w float64) {
		for _, t := range ts {
			words[t] += w
		}
	}
	add := func(s string, w float64) { addWords(Words(lx, s), w) }
	// The headline's and the lead's words are read once: a line break
	// parts words, so those of the two joined by one are the headline's,
	// then the lead's.
	title, lead := Words(lx, headline(lx, d.Title)), Words(lx, d.Lead)
	addWords(title, titleWeight)
	// Headline and lead compared with headlines and leads: outlets open
	// their report of one event alike.
	for _, ts := range [][]string{title, lead} {
		for _, t := range ts {
			f.Terms["h:"+t]++
		}
	}
	addWords(lead, leadWeight)
	for i, p := range strings.Split(d.Body, "\n\n") {
		w := lateWeight
		switch {
		case i < 2:
			w = leadWeight
		case i < 5:
			w = earlyWeight
		}
		add(p, w)
	}
	for t, w := range words {
		f.Terms["w:"+t] = w
	}
	for _, e := range d.Entities {
		if e.Name == "" {
			continue
		}
		w := 1 + math.Log1p(float64(e.Mentions))
		if e.Place {
			f.Terms["p:"+e.Name] += w
		} else {
			f.Terms["e:"+e.Name] += w
		}
		if e.Dateline {
			f.Terms["d:"+e.Name] = 1
		}
		if e.Person && !e.Place && !slices.Contains(f.Persons, e.Name) {
			f.Persons = append(f.Persons, e.Name)
		}
	}
	slices.Sort(f.Persons)
	for k, v := range d.Extra {
		f.Terms[k] += v
	}
	sublinear(f.Terms)
	return f
}

// titleSep sets off the parts of a page title: a dash or a bar with
// space on either side, or a bar ("Headline - Section | Site").
var titleSep = regexp.MustCompile(`\s+[-–—|·•»]\s+|\s*\|\s*`)

// headline returns the headline of a title, without the parts set off
// after it (titleSep): a web page's title follows its headline with the
// name of its section, its outlet or the outlet's town ("Two hurt in
// Elm Street fire - KXYZ News 9 - Portville, Ohio"), which every page of
// that outlet repeats, whatever its event. Counted as headline words, at
// three times a body word's weight, those names made two events an
// outlet reported (or a town's event and another in a town hundreds of
// miles off that its station covered) share their headlines' heaviest
// words. The headline runs to the title's longest part (a headline is a
// clause, an outlet's name a few words; the extract package reads a page's
// title alike, isSiteName) and on to the last part holding a word in lower
// case other than a closed-class word: an outlet's name, its town and its
// section are names, capitalized ("Local News and Weather"), where a part
// with such a word may be the headline's own ("Fire in Osk – mill lost",
// "… - what we know") or, before a headline in title case, a label
// ("Breaking news | …"). Parts before it are kept ("Update - …", a
// kicker), and a hyphen or a dash inside a word ("drive-by", "1990–91")
// sets off nothing.
func headline(lx *lexicon.Lexicon, t string) string {
	locs := titleSep.FindAllStringIndex(t, -1)
	if len(locs) == 0 {
		return t
	}
	best, end, start := 0, len(t), 0
	clause := 0
	for i := 0; i <= len(locs); i++ {
		stop := len(t)
		if i < len(locs) {
			stop = locs[i][0]
		}
		ws := strings.Fields(t[start:stop])
		if len(ws) > best {
			best, end = len(ws), stop
		}
		for _, w := range ws {
			w = strings.Trim(w, ",.:;!?'\"")
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !closed(w) {
				clause = stop
			}
		}
		if i < len(locs) {
			start = locs[i][1]
		}
	}
	return t[:max(end, clause)]
}

// closed reports whether w is a closed-class word (lexicon.ClosedClass).
func closed(w string) bool {
	_, ok := lexicon.ClosedClass(w)
	return ok
}

// sublinear replaces term counts by 1+log(count) (counts under one stay).
func sublinear(terms map[string]float64) {
	for k, v := range terms {
		if v >= 1 {
			terms[k] = 1 + math.Log(v)
		}
	}
}
