package compare

import (
	"regexp"
	"sort"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// This file compares where a site stands when articles give it as a
// street corner: "at Larkin Avenue and Pell Street" against "along
// Larkin Avenue, at Moss Road". Two articles that cross
// one street with two different streets, each naming only that one
// crossing of it, place one site at two corners — unless some article of
// the story names both cross streets (its writer knows both: two sites of
// the story, or a block between them). Street names are read by their
// generic word (the common street suffixes of the US Postal Service's
// Publication 28, Appendix C1, and their usual abbreviations): no gazetteer
// is needed, and a street is never confused with a town.

const (
	// reStreetName is one to three capitalised words or ordinals ("Larkin",
	// "West 12th", "Old Mill Pond") and a street word.
	reStreetName = `(?:(?:[A-Z][a-z]+|[0-9]+(?:st|nd|rd|th))\s+){1,3}(?:Street|St\.?|Avenue|Ave\.?|Av\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Ln\.?|Place|Pl\.?|Court|Ct\.?|Highway|Hwy\.?|Parkway|Pkwy\.?|Terrace|Circle|Pike|Turnpike|Expressway)\b\.?`
)

var (
	// reCrossing is a corner: a street, "and"/"&"/"at"/"near" (after an
	// optional comma), another street.
	reCrossing = regexp.MustCompile(`(` + reStreetName + `)\s*,?\s+(?:and|&|at|near)\s+(` + reStreetName + `)`)
	reStreet   = regexp.MustCompile(reStreetName)
)

// streetWords are the street words of reStreetName, as written there.
var streetWords = map[string]bool{}

func init() {
	i := strings.Index(reStreetName, "(?:Street|")
	alt := reStreetName[i+len("(?:"):]
	alt = alt[:strings.IndexByte(alt, ')')]
	for _, w := range strings.Split(alt, "|") {
		streetWords[strings.TrimSuffix(w, `\.?`)] = true
	}
}

// hasStreetWord reports whether s has a street word where reStreetName
// can end: after white space, the whole of a run of word characters (the
// pattern is case-sensitive and ends its street word at \b). Most
// sentences have none, and the two patterns' scan of them was most of
// the cost of this file.
func hasStreetWord(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' || !isSpaceByte(s[i-1]) {
			continue
		}
		j := i + 1
		for j < len(s) && text.IsWordByte(s[j]) {
			j++
		}
		if streetWords[s[i:j]] {
			return true
		}
	}
	return false
}

// isSpaceByte reports whether c is white space as \s reads it.
func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// streetKey is a street's name in one spelling: lower case, its street
// word spelled out and an ordinal in figures ("Larkin Rd." → "larkin
// road", "First Street" → "1st street").
func streetKey(s string) string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return ""
	}
	last := strings.TrimSuffix(f[len(f)-1], ".")
	if w, ok := mention.StreetWord(last); ok {
		f[len(f)-1] = w
	}
	for i, w := range f {
		if n, ok := ordinalWords[w]; ok {
			f[i] = n
		}
	}
	return strings.Join(f, " ")
}

// ordinalWords are the ordinals a street is numbered by, in figures.
var ordinalWords = map[string]string{"first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th",
	"sixth": "6th", "seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th", "eleventh": "11th", "twelfth": "12th"}

// reLocativeEnd is a locative preposition ending the text before a corner,
// with an optional compass abbreviation ("of S. First Street").
var reLocativeEnd = regexp.MustCompile(`(?i)\b(?:at|near|of|on|along|in)\s+(?:[NSEW]\.\s+)?$`)

// locativeBefore reports whether a corner is written as a place: right
// after "at", "near", "of" ("the corner of", "the 400 block of"), "on",
// "along" or "in".
func locativeBefore(before string) bool { return reLocativeEnd.MatchString(before) }

// trimStop drops the sentence's full stop after a street word written out
// ("Larkin Road."), keeping an abbreviation's ("Rd.").
func trimStop(s string) string {
	s = strings.TrimSpace(s)
	if t := strings.TrimSuffix(s, "."); t != s {
		f := strings.Fields(strings.ToLower(t))
		if len(f) > 0 {
			if full, ok := mention.StreetWord(f[len(f)-1]); ok && full == f[len(f)-1] {
				return t
			}
		}
	}
	return s
}

// crossing is one article's corner of a street: the other street, as
// written and in one spelling, with its sentence.
type crossing struct {
	doc            int
	other, written string
	sent           string
}

// crossStreetDiscrepancies reports a street crossed at two different
// corners by two articles of the story.
func (c *comparer) crossStreetDiscrepancies() []corroborate.Discrepancy {
	docs, _ := c.threadDocs()
	named := make([]map[string]bool, len(docs))
	// byStreet[street][doc] lists the doc's crossings of the street.
	byStreet := map[string]map[int][]crossing{}
	for di, d := range docs {
		named[di] = map[string]bool{}
		for _, s := range d.Analysis.Sentences {
			if !hasStreetWord(s.Text) {
				continue // neither pattern can match
			}
			for _, m := range reStreet.FindAllString(s.Text, -1) {
				named[di][streetKey(m)] = true
			}
			for _, ix := range reCrossing.FindAllStringSubmatchIndex(s.Text, -1) {
				if !locativeBefore(s.Text[:ix[0]]) {
					continue // "Pell Street and Moss Road stayed shut": two streets, no corner
				}
				a, b := trimStop(s.Text[ix[2]:ix[3]]), trimStop(s.Text[ix[4]:ix[5]])
				ka, kb := streetKey(a), streetKey(b)
				if ka == kb {
					continue
				}
				for _, p := range [][4]string{{ka, kb, b}, {kb, ka, a}} {
					if byStreet[p[0]] == nil {
						byStreet[p[0]] = map[int][]crossing{}
					}
					byStreet[p[0]][di] = append(byStreet[p[0]][di], crossing{doc: di, other: p[1], written: p[2], sent: s.Text})
				}
			}
		}
	}
	together := namedTogether(named)
	streets := make([]string, 0, len(byStreet))
	for s := range byStreet {
		streets = append(streets, s)
	}
	sort.Strings(streets)
	var out []corroborate.Discrepancy
	for _, s := range streets {
		if d, ok := c.crossDiscrepancy(s, byStreet[s], together); ok && c.reportsHere(d) {
			out = append(out, d)
		}
	}
	return out
}

// crossDiscrepancy is one street's discrepancy: one side per cross street
// of the articles that cross it at one street only.
func (c *comparer) crossDiscrepancy(street string, perDoc map[int][]crossing, together func(x, y string) bool) (corroborate.Discrepancy, bool) {
	sides := map[string][]crossing{}
	var order []string
	docs := make([]int, 0, len(perDoc))
	for di := range perDoc {
		docs = append(docs, di)
	}
	sort.Ints(docs)
	for _, di := range docs {
		xs := perDoc[di]
		one := true
		for _, x := range xs[1:] {
			one = one && x.other == xs[0].other
		}
		if !one {
			continue // an article crossing the street twice names two corners
		}
		k := xs[0].other
		if _, ok := sides[k]; !ok {
			order = append(order, k)
		}
		sides[k] = append(sides[k], xs[0])
	}
	if len(order) < 2 {
		return corroborate.Discrepancy{}, false
	}
	for a := range order {
		for b := a + 1; b < len(order); b++ {
			if together(order[a], order[b]) || shareStreetWord(order[a], order[b]) {
				return corroborate.Discrepancy{}, false
			}
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return len(sides[order[a]]) > len(sides[order[b]]) })
	d := corroborate.Discrepancy{About: "place — cross street of " + street, Kind: "place"}
	for _, k := range order {
		v := corroborate.DiscrepancyValue{Normalized: k, Value: sides[k][0].written}
		for _, x := range sides[k] {
			v.Articles = corroborate.AppendUnique(v.Articles, c.all[x.doc].Article.ID)
			v.Sentences = corroborate.AppendUnique(v.Sentences, x.sent)
		}
		d.Values = append(d.Values, v)
	}
	d.Note = c.copyNote(d)
	return d, true
}

// shareStreetWord reports whether two streets (streetKey) may be one
// street written two ways: they share a word of their names, the street
// word aside ("west 12th street" / "12th street"), or their names are
// spelling variants (spellingVariant) or the same first four letters
// ("hollis" / "hollister"). Numbered streets are one only by a shared
// number: "4th street" and "5th street" are two.
func shareStreetWord(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	na, nb := fa[:len(fa)-1], fb[:len(fb)-1]
	for _, x := range na {
		for _, y := range nb {
			if x == y {
				return true
			}
		}
	}
	x, y := strings.Join(na, " "), strings.Join(nb, " ")
	if strings.ContainsAny(x+y, "0123456789") {
		return false
	}
	return shortFor(x, y) || spellingVariant(x, y)
}

// spellingVariant reports whether two street names may be one name spelled
// two ways: they begin with the same letter and are at most two edits
// apart, or, when one has fewer than six letters, one letter added or
// dropped ("pel" / "pell"). A short name with one letter changed is
// another street ("pine" / "vine", "pine" / "pike").
func spellingVariant(x, y string) bool {
	if x == "" || y == "" || x[0] != y[0] {
		return false
	}
	d := editDistance(x, y)
	if min(len(x), len(y)) < 6 {
		return d == 1 && len(x) != len(y)
	}
	return d <= 2
}
