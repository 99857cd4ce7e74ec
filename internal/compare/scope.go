package compare

import (
	"regexp"
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// This file holds the guards that tell what a count is a count of beyond
// its noun: a stretch of a series rather than its whole ("his first five
// points", "four straight wins", "two more bodies"), and a property of
// another noun ("a three-point play", "a 16-point lead": a kind of play, the
// size of a lead — not points scored). Each is general English grammar;
// none is drawn from the data it is measured on.

// partOfSeries reads the word that makes a count a stretch or a share of a
// series rather than its whole, "" when none:
//   - a general ordinal right before the figure ("his first five points",
//     "the last three games", "the next six"): the ordinals and the general
//     ordinals that stand before a cardinal numeral as postdeterminers
//     (Quirk et al. 1985, A Comprehensive Grammar of the English Language,
//     §5.20–5.21: first, next, last, past, other, additional, further), with
//     the WordNet synonyms of "last" ("final");
//   - a word after the figure that says the things counted came on top of
//     others or in a row: the same postdeterminers after a numeral ("four
//     other murders", "three further charges"), the quantifier "more" ("two
//     more bodies": Quirk et al. §5.24), and the WordNet synonyms of
//     "consecutive" ("six straight games", "three successive nights").
//
// Such a count is not the total the other articles give: "scored his first
// ten points in the opening minutes" and "scored 24 points" are two facts.
func (c *comparer) partOfSeries(s string, v mention.Value) string {
	if v.Type != mention.VCount || v.Start > len(s) {
		return ""
	}
	if m := reWordBefore.FindStringSubmatch(s[:v.Start]); m != nil {
		if w := strings.ToLower(m[1]); seriesOrdinals[w] || c.lx.Synonyms(w, "last", lexicon.Adj) {
			return w
		}
	}
	fig := countFigureRe.FindString(v.Text)
	words := strings.Fields(v.Text[len(fig):])
	if len(words) > 0 {
		words = words[:len(words)-1] // the counted noun itself
	}
	// "two more" with no noun read after it, or with one: the words
	// between the figure and its noun, and the word right after a bare
	// figure.
	if v.End <= len(s) {
		if m := reWordAfter.FindStringSubmatch(s[v.End:]); m != nil && len(strings.Fields(v.Text)) == 1 {
			words = append(words, m[1])
		}
	}
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ",;:"))
		if seriesAfter[lw] || c.lx.Synonyms(lw, "consecutive", lexicon.Adj) {
			return lw
		}
	}
	// "scored seven points in the first half", "during the second day
	// of fighting": a stretch named by an ordinal in a phrase of time or
	// place of the sentence.
	// The phrase follows the figure in its clause, comes before it in its
	// clause ("in the first half as he scored seven points"), or opens
	// the sentence ("In the first half, Osei scored seven points").
	if v.End <= len(s) {
		after := s[v.End:min(len(s), v.End+stretchSpan)]
		if k := strings.IndexAny(after, ",;:()—"); k >= 0 {
			after = after[:k]
		}
		if m := reOrdinalStretch.FindStringSubmatch(after); m != nil {
			return strings.ToLower(m[1] + " " + m[2])
		}
	}
	for _, m := range reOrdinalStretch.FindAllStringSubmatchIndex(s, -1) {
		if m[1] < v.Start && (m[0] == 0 || !strings.ContainsAny(s[m[1]:v.Start], ",;:()—")) {
			return strings.ToLower(s[m[2]:m[3]] + " " + s[m[4]:m[5]])
		}
	}
	return ""
}

// stretchSpan is how far after a count (bytes, about ten words) a phrase
// naming its stretch may stand.
const stretchSpan = 70

// reOrdinalStretch is a prepositional phrase that names one stretch of a
// series by an ordinal: "in the first half", "during their second week",
// "over the final 10 minutes" (the ordinals of Quirk et al. 1985, §5.20,
// and "final", WordNet's synonym of "last").
var reOrdinalStretch = regexp.MustCompile(`(?i)\b(?:in|during|over|through|within)\s+(?:the|a|an|his|her|its|their|our)\s+` +
	`(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|next|last|past|final)\s+(?:\d+\s+)?([a-z]+)`)

// seriesOrdinals are the ordinals and general ordinals that make the count
// after them a stretch of a series (Quirk et al. 1985, §5.20–5.21).
var seriesOrdinals = map[string]bool{"first": true, "next": true, "last": true, "past": true, "other": true,
	"additional": true, "further": true}

// seriesAfter are the postdeterminers that follow a numeral and say the
// things counted are on top of others (Quirk et al. 1985, §5.20–5.24).
var seriesAfter = map[string]bool{"other": true, "more": true, "additional": true, "further": true}

var (
	reWordBefore = regexp.MustCompile(`([A-Za-z]+)\s+$`)
	reWordAfter  = regexp.MustCompile(`^\s+([A-Za-z]+)`)
)

// seriesDiffer reports whether two counts are of two parts of a series: one
// is a stretch of it and the other is not, or both are stretches read by
// two words ("his first five points" / "five straight points").
func seriesDiffer(f, g *fact) bool {
	return f.v.Type == mention.VCount && f.series != g.series
}

// propertyOfOther reports whether a count is a property of another noun
// ("a three-point play", "a 30-point win", "a 16-point lead": the noun it
// modifies is not what it counts) that the other sentence does not speak
// of: the other figure counts the things themselves ("scored 11 points"),
// another fact. A count of the things a whole is made of ("a four-book
// series") still meets a sentence about the series ("the series has five
// books").
func propertyOfOther(f, g *fact) bool {
	if f.v.Type != mention.VCount || f.v.Noun == "" || f.v.Noun == f.v.Unit {
		return false
	}
	if g.v.Noun != "" {
		return g.v.Noun != f.v.Noun && !lexicon.Default().Synonyms(g.v.Noun, f.v.Noun, lexicon.Noun)
	}
	return !g.sentWords[f.v.Noun]
}

// reKindName is a count written as one hyphenated word after "a" or "an"
// with no noun after it: "a 3-pointer", "a two-seater".
var reKindName = regexp.MustCompile(`(?i)\ban?\s+$`)

// isKindName reports whether a count is the name of one thing of a kind
// ("buried a 3-pointer", "drove a two-seater"): the indefinite article
// says one thing, and the figure is part of its name, not a number of
// things. "A four-book series" counts books (the noun after it is what the
// figure is about) and stays.
func isKindName(s string, v mention.Value) bool {
	if v.Type != mention.VCount || v.Noun != "" || v.Start > len(s) || !strings.Contains(v.Text, "-") || strings.ContainsAny(v.Text, " ") {
		return false
	}
	return reKindName.MatchString(s[:v.Start])
}

// reAsOf is "as of" right before a time ("as of 4 p.m.", "as of
// Tuesday").
var reAsOf = regexp.MustCompile(`(?i)\bas\s+of\s+$`)

// asOf reports whether a time is the moment a figure was read ("as of 4
// p.m., 2.4 million had voted"), not the time of an event: it dates a
// tally, which grows, and is no fact to compare. The same time in another
// zone in brackets right after it ("as of 4 p.m. (1100 GMT)") is one too.
func asOf(s string, v mention.Value, prev *mention.Value) bool {
	switch v.Type {
	case mention.VClock, mention.VWeekday, mention.VDate:
	default:
		return false
	}
	if v.Start > len(s) {
		return false
	}
	if reAsOf.MatchString(s[:v.Start]) {
		return true
	}
	return prev != nil && prev.Type == v.Type && prev.End <= v.Start && strings.TrimSpace(s[prev.End:v.Start]) == "(" &&
		reAsOf.MatchString(s[:prev.Start])
}

// bracketStamp reports whether a clock time stands alone in brackets, not
// after another time ("At this point (10:30 p.m.), police said…"): the
// moment the text was written or updated, as a live report marks it, not
// the time of an event.
func bracketStamp(s string, v mention.Value, prev *mention.Value) bool {
	if v.Type != mention.VClock || v.Start < 1 || v.End >= len(s) {
		return false
	}
	if strings.TrimRight(s[:v.Start], " ") == "" || !strings.HasSuffix(strings.TrimRight(s[:v.Start], " "), "(") ||
		!strings.HasPrefix(strings.TrimLeft(s[v.End:], " "), ")") {
		return false
	}
	return prev == nil || prev.End > v.Start || strings.TrimSpace(s[prev.End:v.Start]) != "("
}
