package compare

import (
	"regexp"
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// This file holds the guards that tell what a count is a count of beyond
// its noun: a stretch of a series rather than its whole ("her first nine
// votes", "four straight wins", "two more bodies"), and a property of
// another noun ("a two-vote swing", "a 16-point lead": a kind of swing, the
// size of a lead — not points scored). Each is general English grammar;
// none is drawn from the data it is measured on.

// partOfSeries reads the word that makes a count a stretch or a share of a
// series rather than its whole, "" when none:
//
//   - a general ordinal right before the figure ("her first nine votes",
//     "the last three games", "the next six"): the ordinals and the general
//     ordinals that stand before a cardinal numeral as postdeterminers
//     (Quirk et al. 1985, A Comprehensive Grammar of the English Language,
//     §5.20–5.21: first, next, last, past, other, another, additional,
//     further), with the WordNet synonyms of "last" ("final"), or a
//     demonstrative ("those 40 arrests": figures said before);
//
//   - a word after the figure that says the things counted came on top of
//     others or in a row: the same postdeterminers after a numeral ("four
//     other burglaries", "three further charges"), the quantifier "more" ("two
//     more bodies": Quirk et al. §5.24), and the WordNet synonyms of
//     "consecutive" ("six straight sessions", "three successive nights").
//
//   - a phrase of the sentence naming one stretch by an ordinal ("in the
//     first half") or by its score ("during a 12-0 run").
//
// Such a count is not the total the other articles give: "scored his first
// ten points in the opening minutes" and "scored 24 points" are two facts.
// Durations and amounts take the same words ("another three-year
// sentence", "a further $2 million").
func (c *comparer) partOfSeries(s string, v mention.Value) string {
	if !seriesTypes[v.Type] || v.Start > len(s) {
		return ""
	}
	if m := reWordBefore.FindStringSubmatch(s[:v.Start]); m != nil {
		if w := strings.ToLower(m[1]); seriesOrdinals[w] || anaphoric[w] || c.lx.Synonyms(w, "last", lexicon.Adj) {
			return w
		}
	}
	if v.Type != mention.VCount {
		return c.stretchOf(s, v)
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
	return c.stretchOf(s, v)
}

// stretchOf is the stretch of a series a phrase of the figure's sentence
// names, "" when none.
func (c *comparer) stretchOf(s string, v mention.Value) string {
	// The phrase follows the figure in its clause, comes before it in its
	// clause ("in the first week as the court heard seven witnesses"), or
	// opens the sentence ("In the second week, police arrested 40 people").
	if v.End <= len(s) {
		after := s[v.End:min(len(s), v.End+stretchSpan)]
		if k := strings.IndexAny(after, ",;:()—"); k >= 0 {
			after = after[:k]
		}
		if mayNameOrdinalStretch(after) {
			if m := reOrdinalStretch.FindStringSubmatch(after); m != nil {
				return strings.ToLower(m[1] + " " + m[2])
			}
		}
	}
	if mayNameOrdinalStretch(s) {
		for _, m := range reOrdinalStretch.FindAllStringSubmatchIndex(s, -1) {
			if m[1] < v.Start && (m[0] == 0 || !strings.ContainsAny(s[m[1]:v.Start], ",;:()—")) {
				return strings.ToLower(s[m[2]:m[3]] + " " + s[m[4]:m[5]])
			}
		}
	}
	if !hasScore(s) {
		return "" // reScoredStretch cannot match
	}
	// "during a 15-2 run": a stretch told by its score, anywhere in the
	// figure's sentence before a clause break after it.
	// A match that holds the figure itself ("during the team's two 10-2
	// runs") names no stretch of it.
	for _, m := range reScoredStretch.FindAllStringSubmatchIndex(s, -1) {
		if m[0] < v.End && m[1] > v.Start {
			continue
		}
		if m[1] <= v.Start || (m[0] >= v.End && !strings.ContainsAny(s[v.End:m[0]], ";:()—")) {
			return strings.ToLower(s[m[2]:m[3]])
		}
	}
	return ""
}

// reScoredStretch is a stretch of a contest named by the score over it
// ("during a decisive 3-0 vote streak", "in a 5-1 spell"): a part of the whole.
var reScoredStretch = regexp.MustCompile(`(?i)\b(?:during|in|amid)\s+(?:a|an|the|[a-z]+['’]s)\s+(?:[a-z]+(?:['’]s)?\s+){0,2}\d{1,3}-\d{1,3}\s+([a-z]+)`)

// Gates asked before the two stretch patterns, never false where the
// pattern matches: reOrdinalStretch's every match holds one of
// stretchOpeners ("within" and "during" hold "in") and either one of
// stretchOrdinals or a figure right before "st", "nd", "rd" or "th"; in
// either case, or with a long s ("ſ"), which the pattern reads as "s".
// reScoredStretch's every match holds a figure, a hyphen and a figure.
var (
	stretchOpeners  = []string{"in", "over", "through"}
	stretchOrdinals = []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"next", "last", "past", "final"}
)

// mayNameOrdinalStretch reports whether s may hold a match of
// reOrdinalStretch.
func mayNameOrdinalStretch(s string) bool {
	if strings.ContainsRune(s, 'ſ') {
		return true
	}
	opener := false
	for _, w := range stretchOpeners {
		if text.MayContainFold(s, w) {
			opener = true
			break
		}
	}
	if !opener {
		return false
	}
	for _, w := range stretchOrdinals {
		if text.MayContainFold(s, w) {
			return true
		}
	}
	for i := 0; i+1 < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			switch s[i+1] | 0x20 {
			case 's', 'n', 'r', 't':
				return true
			}
		}
	}
	return false
}

// hasScore reports whether s holds a figure, a hyphen and a figure
// ("3-0"), as every match of reScoredStretch does.
func hasScore(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if s[i] == '-' && s[i-1] >= '0' && s[i-1] <= '9' && s[i+1] >= '0' && s[i+1] <= '9' {
			return true
		}
	}
	return false
}

// seriesTypes are the value types a stretch of a series applies to: counts,
// durations ("another four-year term") and amounts ("a further $2
// million").
var seriesTypes = map[string]bool{mention.VCount: true, mention.VDuration: true, mention.VMoney: true}

// anaphoric are the demonstrative determiners (CGEL ch. 5, determinatives):
// "those 40 arrests" refers back to figures said before, whose stretch the
// sentence does not say.
var anaphoric = map[string]bool{"those": true, "these": true}

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
	"another": true, "additional": true, "further": true}

// seriesAfter are the postdeterminers that follow a numeral and say the
// things counted are on top of others (Quirk et al. 1985, §5.20–5.24).
var seriesAfter = map[string]bool{"other": true, "more": true, "additional": true, "further": true}

var (
	reWordBefore = regexp.MustCompile(`([A-Za-z]+)\s+$`)
	reWordAfter  = regexp.MustCompile(`^\s+([A-Za-z]+)`)
)

// reAmongGroup is "among" and the group after it, within two words after a
// figure ("by 9 points among older voters", "45 percent support among
// likely voters"), up to a punctuation mark or four words.
var reAmongGroup = regexp.MustCompile(`^(?:\s+[A-Za-z-]+){0,2}?\s+among\s+((?:[^\s,;:.()]+\s*){1,4})`)

// amongGroup is the group a figure is of when "among" follows it: a share
// or a lead among some voters is a figure of that group, not of the whole,
// and two groups' figures are two facts (and so are a group's and the
// whole's). Times are of no group. "" when none.
func amongGroup(s string, v mention.Value) string {
	if isTime(v.Type) || v.Type == mention.VClock || v.End > len(s) {
		return ""
	}
	m := reAmongGroup.FindStringSubmatch(s[v.End:])
	if m == nil {
		return ""
	}
	return strings.ToLower(strings.Join(strings.Fields(m[1]), " "))
}

// reOriginGroup is a proper name that a prepositional phrase right after
// a count of people gives their origin or ties by: "four passengers from
// Dunmere", "two nurses from the Kelby Clinic", "three guests with ties to
// Harrowgate", "five fans with Ardley roots".
var reOriginGroup = regexp.MustCompile(`^\s+(?:from\s+(?:the\s+)?(` + reProperName + `)|with\s+(?:ties|links|connections|roots)\s+to\s+(?:the\s+)?(` +
	reProperName + `)|with\s+(` + reProperName + `)\s+(?:ties|links|connections|roots)\b)`)

// reProperName is one to four capitalised words; a word may have one
// capital inside it ("McArdlow", "DeWitt", "O'Hara").
const reProperName = `[A-Z][a-z'’]*[A-Z]?[a-z'’]+(?:[\s-][A-Z][a-z'’]*[A-Z]?[a-z'’]+){0,3}`

// originGroup is the place or body a count of people is restricted to by
// a postmodifying phrase of origin or ties ("four victims from Dunmere
// were hurt"): a restrictive postmodifier takes a subset of what its noun
// names (Quirk et al. 1985, §17.3, §17.37), so "ten victims were hurt" and
// "four victims from Dunmere were hurt" count two sets, and so do two
// places' counts. A count that is a verb's object is left alone ("rescued
// four men from Holm Lake": there the phrase may be the verb's
// complement, where they were taken from); a count after a form of "be"
// ("there were four victims from Dunmere": a complement, no object) or a
// reporting verb ("said four victims from Dunmere were hurt": the subject
// of its clause) is no object. A name that premodifies a noun of
// happening (WordNet's first sense an event or an act) names the
// happening the people were of, no origin ("three victims from the Holm
// Lane fire", "from Tuesday's crash": the whole, no subset); a name
// premodifies a noun only after a determiner, "the" or its own genitive
// (a bare name is a noun phrase of its own, Quirk et al. 1985 §5.60: in
// "four victims from Dunmere hurt in the crash" the participle is no
// noun). "" when none.
func originGroup(s string, v mention.Value) string {
	if v.Type != mention.VCount || v.Unit == "" || v.End > len(s) || v.Start > len(s) {
		return ""
	}
	lx := lexicon.Default()
	if !isPersonNoun(lx, v.Unit) {
		return ""
	}
	after := s[v.End:]
	m := reOriginGroup.FindStringSubmatchIndex(after)
	if m == nil {
		return ""
	}
	if w := reWordBefore.FindStringSubmatch(s[:v.Start]); w != nil {
		lw := strings.ToLower(w[1])
		if b := lx.Base(lw, lexicon.Verb); b != "" && b != lw && b != "be" && !mention.IsReportingVerb(b) {
			return ""
		}
	}
	name := ""
	for g := 2; g+1 < len(m); g += 2 {
		if m[g] >= 0 {
			name = after[m[g]:m[g+1]]
			if !premodifier(after[:m[g]], name) {
				continue
			}
			if w := reWordAfter.FindStringSubmatch(after[m[g+1]:]); w != nil && w[1] == strings.ToLower(w[1]) {
				if l := firstNounLex(lx, lx.Base(w[1], lexicon.Noun)); l == int(lexicon.NounEvent) || l == int(lexicon.NounAct) {
					return ""
				}
			}
		}
	}
	return strings.ToLower(strings.Join(strings.Fields(name), " "))
}

// premodifier reports whether a name can premodify the noun after it: it
// follows "the" (before is the text up to the name) or is a genitive
// ("Tuesday's").
func premodifier(before, name string) bool {
	return reTheBefore.MatchString(before) || strings.HasSuffix(name, "'s") || strings.HasSuffix(name, "’s")
}

// seriesDiffer reports whether two counts are of two parts of a series: one
// is a stretch of it and the other is not, or both are stretches read by
// two words ("his first five points" / "five straight points").
func seriesDiffer(f, g *fact) bool {
	return seriesTypes[f.v.Type] && f.series != g.series
}

// propertyOfOther reports whether a count is a property of another noun
// ("a three-point play", "a 30-point win", "a 16-point lead": the noun it
// modifies is not what it counts) that the other sentence does not speak
// of: the other figure counts the things themselves ("scored 11 points"),
// another fact. A count of the things a whole is made of ("a four-book
// series") still meets a sentence about the series ("the series has five
// books"). Two nouns that are one thing named at two levels of generality
// are no other noun: a noun sense directly under the other's in WordNet
// ("a five-story building" / "a two-story structure": a building is a
// structure), a more general noun reiterating the thing (Halliday and
// Hasan 1976 §6.1, superordinate reiteration).
func propertyOfOther(f, g *fact) bool {
	if f.v.Type != mention.VCount || f.v.Noun == "" || f.v.Noun == f.v.Unit {
		return false
	}
	if g.v.Noun != "" {
		lx := lexicon.Default()
		return g.v.Noun != f.v.Noun && !lx.Synonyms(g.v.Noun, f.v.Noun, lexicon.Noun) && !nounDirectlyUnder(lx, f.v.Noun, g.v.Noun)
	}
	return !g.sentWords[f.v.Noun]
}

// reKindName is a count written as one hyphenated word after "a" or "an"
// with no noun after it: "a 3-pointer", "a two-seater".
var reKindName = regexp.MustCompile(`(?i)\ban?\s+$`)

// isKindName reports whether a count is the name of one thing of a kind
// ("sank a 3-pointer", "drove a two-seater"): the indefinite article
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
// after another time ("The ferry, officials said (9:05 p.m.),
// has docked…"): the
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

// isPollNoun reports whether a lower-case noun names a poll or a survey: a
// WordNet synonym of the first (most frequent) noun sense of "poll" or
// "survey" ("opinion poll", "study"). Their other senses join
// ordinary words: "poll" is also the top of the "head", a "survey" also a
// "view".
func (c *comparer) isPollNoun(w string) bool {
	b := c.lx.Base(w, lexicon.Noun)
	if b == "poll" || b == "survey" {
		return true
	}
	for _, x := range c.lx.Senses(b) {
		if x.POS != lexicon.Noun {
			continue
		}
		for _, head := range []string{"poll", "survey"} {
			for _, y := range c.lx.Senses(head) {
				if y.POS == lexicon.Noun && y.Rank == 0 && y.Synset == x.Synset {
					return true
				}
			}
		}
	}
	return false
}

// pollOwners are the owners of a share that a poll found: the names before
// it in its sentence that speaks of a poll or a survey ("a poll published
// by Ethnia found 61 percent", "a survey for the Daily Lantern found that
// 48 per cent"). Two polls are two facts, though neither pollster "owns"
// the figure the way a scorer owns his points; nil when the sentence names
// no poll.
func (c *comparer) pollOwners(a *mention.Analysis, mg docMerged, si int, v mention.Value) []string {
	if v.Type != mention.VPercent {
		return nil
	}
	s := a.Sentences[si].Text
	poll := false
	for _, t := range a.Tokens[si] {
		if t.Start < v.Start && t.IsWord() && !t.IsCapitalized() && c.isPollNoun(t.Lower) {
			poll = true
			break
		}
	}
	if !poll {
		return nil
	}
	var out []string
	for _, m := range a.Mentions {
		if m.Sentence != si || m.End > v.Start || m.End > len(s) || a.Entities[m.Entity].Type == mention.Place {
			continue
		}
		n := mg.m.Name(mg.i, m.Entity)
		if n == "" {
			n = m.Name
		}
		out = append(out, n)
	}
	return out
}

// datedQualifiers are the lower-case words that qualify the noun a time
// dates: between the time and the noun ("the 1998 fraud conviction":
// "fraud"), or right before the noun when the time follows it ("a bribery
// conviction in 2001": "bribery"). Nil when the time dates no noun.
func (c *comparer) datedQualifiers(f *fact) []string {
	n, s := f.v.Noun, f.sent
	if n == "" || f.v.End > len(s) {
		return nil
	}
	isNoun := func(w string) bool {
		return c.lx.Base(strings.ToLower(strings.Trim(w, ".,;:'’\"")), lexicon.Noun) == n
	}
	after := strings.Fields(s[f.v.End:])
	for k := 0; k < len(after) && k <= 3; k++ {
		if isNoun(after[k]) {
			return c.qualifierWords(after[:k])
		}
	}
	before := strings.Fields(s[:min(f.v.Start, len(s))])
	for k := len(before) - 1; k >= 0 && k >= len(before)-7; k-- {
		if isNoun(before[k]) {
			j := k
			for j > 0 && k-j < 3 && reLowerWord.MatchString(before[j-1]) {
				if _, closed := lexicon.ClosedClass(before[j-1]); closed {
					break
				}
				j--
			}
			return c.qualifierWords(before[j:k])
		}
	}
	return nil
}

var reLowerWord = regexp.MustCompile(`^[a-z][a-z-]*$`)

// qualifierWords keeps the lower-case words of a qualifier that are not
// closed-class words ("the", "his") or possessive endings.
func (c *comparer) qualifierWords(ws []string) []string {
	var out []string
	for _, w := range ws {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if !reLowerWord.MatchString(w) {
			continue
		}
		if _, closed := lexicon.ClosedClass(w); closed {
			continue
		}
		out = append(out, w)
	}
	return out
}

// twoDatedKinds reports whether two times date two kinds of one noun (the
// same base form or WordNet synonyms): both qualify it with words that
// share nothing, not even a WordNet synonym ("the 1998 fraud conviction" /
// "a bribery conviction in 2001"), or one names it by an ordinal, one of a
// series ("Friday's second hearing"), and the other does not. Times of two
// nouns are weighed by twoQualifiedNouns.
func (c *comparer) twoDatedKinds(f, g *fact) bool {
	return f.v.Noun != "" && g.v.Noun != "" && c.oneNoun(f.v.Noun, g.v.Noun) && c.qualifiersApart(f, g)
}

// twoQualifiedNouns reports whether two times date two different nouns
// whose qualifiers share nothing, or only one of which is named by an
// ordinal ("the 1998 fraud trial" / "a bribery conviction in 2001"): two
// things, unless an exemption of datesOfTwoThings holds first (two
// central days of the story's act, "a <qualifier> <noun A> <Day>" / "a
// <qualifier> <noun B> <Day>", are one).
func (c *comparer) twoQualifiedNouns(f, g *fact) bool {
	return f.v.Noun != "" && g.v.Noun != "" && !c.oneNoun(f.v.Noun, g.v.Noun) && c.qualifiersApart(f, g)
}

// qualifiersApart reports whether the qualifiers of the nouns two times
// date share nothing, not even a WordNet synonym or a form of one word, or
// one holds an ordinal and the other does not (twoDatedKinds).
func (c *comparer) qualifiersApart(f, g *fact) bool {
	a, b := c.datedQualifiers(f), c.datedQualifiers(g)
	if ordinalIn(a) != ordinalIn(b) {
		return true
	}
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for _, x := range a {
		for _, y := range b {
			if x == y || c.lx.Synonyms(x, y, lexicon.Adj) || c.lx.Synonyms(x, y, lexicon.Noun) || c.oneForm(x, y) {
				return false
			}
		}
	}
	return true
}

// oneNoun reports whether two nouns a time dates are one: the same base
// form or WordNet synonyms ("trial" / "trials", "hearing" / "audience").
func (c *comparer) oneNoun(x, y string) bool {
	return x == y || c.oneForm(x, y) || c.lx.Synonyms(x, y, lexicon.Noun)
}

// oneForm reports whether two words are forms of one noun or one verb
// ("begins" / "begin", "trials" / "trial").
func (c *comparer) oneForm(x, y string) bool {
	for _, p := range []lexicon.POS{lexicon.Verb, lexicon.Noun} {
		if bx := c.lx.Base(x, p); bx == c.lx.Base(y, p) && c.lx.Has(bx, p) {
			return true
		}
	}
	return false
}

// ordinalIn reports whether a qualifier holds an ordinal ("second").
func ordinalIn(ws []string) bool {
	for _, w := range ws {
		if reOrdinalWord.MatchString(w) {
			return true
		}
	}
	return false
}

var reOrdinalWord = regexp.MustCompile(`^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$`)
