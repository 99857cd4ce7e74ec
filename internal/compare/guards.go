package compare

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// This file holds the precision guards of the fact model: who a value
// belongs to (its owner), which year a sentence speaks of (a background
// figure of another year is another fact), conversions written beside a
// value, elapsed times of an ongoing event, and developing tolls. Every rule
// is general English; none is drawn from the data it is measured on.

// maxOwnerGap is how many bytes may separate a value from the name that owns
// it ("Varga needed only another eleven points": about a dozen words).
const maxOwnerGap = 80

// valueOwner is who a value belongs to: the nearest person or organisation
// named before it in its clause ("Joel Varga ended with 18 points", "Brenner
// died Friday", "the Comets' 12 fouls"), with the names coordinated
// with it ("the city and the state offered $20,000"). A name that only reports
// ("the agency said 9 died", "according to police, 11") owns nothing: two
// sources' figures of one fact are a conflict, not two facts. Nil when no
// name is that close.
func (c *comparer) valueOwner(a *mention.Analysis, mg docMerged, si int, v mention.Value) []string {
	s := a.Sentences[si].Text
	name := func(m mention.NameMention) string {
		if n := mg.m.Name(mg.i, m.Entity); n != "" {
			return n
		}
		return m.Name
	}
	// A figure in brackets explains the phrase before them ("Ada Brenner
	// (62 percent)", "won with a record haul (11 cargoes, 9 tonnes)"):
	// its owner is looked for before the bracket.
	at := min(v.Start, len(s))
	if k := strings.LastIndex(s[:at], "("); k >= 0 && !strings.Contains(s[k:at], ")") {
		at = k
	}
	var ms []mention.NameMention
	for _, m := range a.Mentions {
		if m.Sentence != si || m.End > at {
			continue
		}
		// A name of any kind but a place can own a figure (the type of a
		// name the article says little about may be unknown); a person's
		// name that modifies a noun ("the Lind family") owns none.
		if a.Entities[m.Entity].Type != mention.Place && !pronounContraction(m.Name) && !(a.Entities[m.Entity].Type == mention.Person && c.nameModifier(s, m)) {
			ms = append(ms, m)
		}
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	// "Ada L. Brenner, who ran the mill for years, died on Friday": a
	// person opening the sentence with a relative clause is its subject.
	// "His wife, Mira Lind, died in 2011": a person named in apposition
	// to a short opening noun phrase is the subject too (Quirk et al.
	// 1985 §17.65), when the closing comma leads to the figure's clause.
	subject := func() []string {
		if len(ms) == 0 || a.Entities[ms[0].Entity].Type != mention.Person && !pronounPerson(a, si, ms[0]) {
			return nil
		}
		if ms[0].Start <= 3 && reRelative.MatchString(s[ms[0].End:]) ||
			reOpeningApposition.MatchString(s[:ms[0].Start]) && reClosingApposition.MatchString(s[ms[0].End:at]) ||
			isPersonTime(v.Type) && ms[0].Start <= 3 && onlyPerson(a, si, ms[0]) && rePersonalPronounClause.MatchString(s[ms[0].End:at]) ||
			c.subjectAcrossComma(s, ms[0], at, v) {
			return []string{name(ms[0])}
		}
		return nil
	}
	// Asides are passed over for counts only: an age has its person
	// (valuePerson), and a time's owner is read as a person's doing
	// (twoPeoplesDays).
	countAside := v.Type == mention.VCount
	k := len(ms) - 1
	for ; k >= 0; k-- {
		m := ms[k]
		// "the Comets — two fouls short of a record — had 17 rebounds":
		// an aside between two dashes is passed over (a parenthesis:
		// CGEL ch. 20, Punctuation); a name inside it owns nothing after it.
		if countAside && dashAsideAt(s, m.Start, at) {
			continue
		}
		gap, span := s[m.End:at], at-m.End
		if countAside {
			gap = withoutDashAsides(gap)
			span = len(gap)
		}
		// "Tom Oduya, who has lived there for 26 years": a relative
		// clause keeps its antecedent, however long it runs ("…
		// succeeded Ines Varga, who had led the agency for a decade and
		// died in 1998": Varga died); any other break ends the clause.
		rel := reRelative.FindStringIndex(gap)
		if rel != nil {
			gap = gap[rel[1]:]
		}
		if span > maxOwnerGap && (rel == nil || len(gap) > maxRelativeSpan) {
			return subject()
		}
		if strings.ContainsAny(gap, ",;:()\"“”—") {
			return subject()
		}
		// "Lund's 12-year-old nephew": an age after a name in the
		// possessive is the age of the person the name possesses
		// (Quirk et al. 1985 §5.115), not the name's own.
		if v.Type == mention.VAge && possessiveName(s, m, gap) {
			return nil
		}
		// "Osei added 17 points": a verb of saying whose object is the
		// figure itself (a count of a thing, no event of its own) is no
		// report; "police said 14 died" is.
		// The count's event may be that verb itself ("Osei posted 21
		// points": the posting is the scoring), and the figure may be
		// its second object ("posted 21 points and nine steals").
		objectOfSaying := v.Type == mention.VCount && (len(strings.Fields(gap)) == 1 || reCountAnd.MatchString(gap)) &&
			(v.Event == "" || v.Event == c.verbBase(gap))
		if (!c.reportsAfter(gap) || objectOfSaying || c.reportsOwn(a, si, m, gap, at) || c.objectOfReport(s, gap, v)) &&
			!reAccordingTo.MatchString(s[:m.Start]) && !reAgent.MatchString(s[:m.Start]) {
			break
		}
	}
	if k < 0 {
		// "helped by 12 donations from Osei": the giver named right after
		// the figure's noun.
		for _, m := range a.Mentions {
			if m.Sentence == si && m.Start >= v.End && m.Start <= len(s) && reFromBefore.MatchString(s[v.End:m.Start]) &&
				a.Entities[m.Entity].Type != mention.Place {
				return []string{name(m)}
			}
		}
		return c.openingName(s, v)
	}
	out := []string{name(ms[k])}
	for j := k - 1; j >= 0 && ms[j].End <= ms[j+1].Start; j-- {
		if !reCoordination.MatchString(s[ms[j].End:ms[j+1].Start]) {
			break
		}
		out = append(out, name(ms[j]))
	}
	return out
}

// reTheBefore is a definite article right before a name.
var reTheBefore = regexp.MustCompile(`(?i)\bthe\s+$`)

// nameModifier reports whether name m of sentence s modifies a common noun
// after it, the two made one noun phrase by "the" before the name ("the
// Lind family", "the Okafor trial"): the phrase's head is the noun (a
// premodifying proper noun, Quirk et al. 1985 §17.108), and the name owns
// no figure of its clause. A verb after the name ("the Comets won 12")
// keeps it the subject.
func (c *comparer) nameModifier(s string, m mention.NameMention) bool {
	if m.Start > len(s) || m.End > len(s) || !reTheBefore.MatchString(s[:m.Start]) {
		return false
	}
	w := reWordAfter.FindStringSubmatch(s[m.End:]) // scope.go
	if w == nil || strings.ToLower(w[1]) != w[1] {
		return false
	}
	if _, closed := lexicon.ClosedClass(w[1]); closed {
		return false
	}
	if vb := c.lx.Base(w[1], lexicon.Verb); vb != w[1] && c.lx.Has(vb, lexicon.Verb) {
		return false // an inflected verb: "the Comets scored"
	}
	return c.lx.Has(c.lx.Base(w[1], lexicon.Noun), lexicon.Noun)
}

// reDashAside is a parenthesis between two dashes: an em or en dash, or
// one or two hyphens set apart by spaces ("16 turnovers -- two more than
// last week -- and 17 assists").
var reDashAside = regexp.MustCompile(`\s(?:—|–|--?)\s[^—–]*?\s(?:—|–|--?)\s`)

// withoutDashAsides is gap with every aside between two dashes cut down to
// one space.
func withoutDashAsides(gap string) string {
	return reDashAside.ReplaceAllString(gap, " ")
}

// dashAsideAt reports whether byte offset i of s lies inside an aside
// between two dashes that closes before at.
func dashAsideAt(s string, i, at int) bool {
	for _, m := range reDashAside.FindAllStringIndex(s[:at], -1) {
		if m[0] < i && i < m[1] {
			return true
		}
	}
	return false
}

// reOpeningName is one to three capitalised words opening a sentence,
// followed by a lower-case word ("Hansen finished with 20 points").
var reOpeningName = regexp.MustCompile(`^((?:[A-Z][a-z'’\-]+\s+){0,2}[A-Z][a-z'’\-]+)\s+([a-z]+)\b`)

// openingName is the owner of a figure when the name reader found none
// before it: capitalised words opening its sentence that WordNet does not
// know as common words (a surname, not "Police" or "Officials"; a first
// name of the first-name lists and a surname WordNet knows only as a name
// may be one), as the subject of an inflected verb that is no verb of
// saying, in the figure's clause ("Hansen finished with 20 points").
func (c *comparer) openingName(s string, v mention.Value) []string {
	m := reOpeningName.FindStringSubmatchIndex(s)
	if m == nil || m[1] > v.Start || v.Start-m[3] > maxOwnerGap || strings.ContainsAny(s[m[3]:v.Start], ",;:()\"“”—") {
		return nil
	}
	ws := strings.Fields(s[m[2]:m[3]])
	for i, w := range ws {
		lw := strings.ToLower(w)
		// A first name that is also a common word ("Mike", "Rose")
		// opens a name, and a surname after it may be a place's name
		// (WordNet knows it only capitalised), but no common word in
		// any form ("Rose Gardens").
		if len(ws) > 1 && mention.IsFirstName(ws[0]) && (i == 0 || !c.lx.IsCommon(w) && !c.lx.IsCommon(c.lx.Base(lw, lexicon.Noun))) {
			continue
		}
		if _, closed := lexicon.ClosedClass(lw); closed || c.lx.IsCommon(w) || c.lx.Has(c.lx.Base(lw, lexicon.Noun), lexicon.Noun) || c.lx.Has(c.lx.Base(lw, lexicon.Verb), lexicon.Verb) {
			return nil
		}
	}
	// "Brandt had 31 points (and three steals)": have, a light verb
	// elsewhere, owns the figures it has right after it.
	if w := s[m[4]:m[5]]; (w == "had" || w == "has") && (strings.TrimSpace(s[m[5]:v.Start]) == "" || reCountAnd.MatchString(s[m[4]:v.Start])) {
		return []string{s[m[2]:m[3]]}
	}
	b, ok := c.verbAt(text.NewToken(s[m[4]:m[5]], m[4], m[5]))
	if !ok || b == "" {
		return nil
	}
	return []string{s[m[2]:m[3]]}
}

// reCoordination joins two names into one owner ("the city and the state").
var reCoordination = regexp.MustCompile(`^\s*(?:,\s*)?(?:and|&|or)?\s*(?:the\s+)?$`)

var reRelative = regexp.MustCompile(`^\s*,\s*(?:who|whose|which)\b`)

// reOpeningApposition is a short noun phrase opening a sentence and the
// comma that sets off a name in apposition to it ("His wife, ", "The
// driver, "): up to four words, none of them capitalised but the first.
var reOpeningApposition = regexp.MustCompile(`^[A-Z][a-z’']*(?:\s+[a-z][a-z’'-]*){0,3},\s+$`)

// reClosingApposition is the comma that closes a name in apposition and the
// start of the predicate up to a figure, with no other break.
var reClosingApposition = regexp.MustCompile(`^,\s+[a-z][^,;:()"“”—]*$`)

// rePersonalPronounClause is a later clause of a sentence whose subject is
// "he" or "she" ("…, where he was treated for burns at", "…, and she left
// on").
var rePersonalPronounClause = regexp.MustCompile(`,\s+(?:where|when|and|after|before|but)\s+(?:he|she)\s+[^,;:()"“”—]*$`)

// onlyPerson reports whether m is the only person sentence si names: the
// one a later "he" or "she" of the sentence stands for ("Ibsen was flown to
// a clinic in Tromsø, where he was treated at 6:10 p.m.": the time of
// Ibsen's treatment, not the clinic's).
func onlyPerson(a *mention.Analysis, si int, m mention.NameMention) bool {
	for _, o := range a.Mentions {
		if o.Sentence == si && o.Entity != m.Entity && a.Entities[o.Entity].Type == mention.Person {
			return false
		}
	}
	return true
}

// maxRelativeSpan is how long a relative clause may run, in bytes, from
// its relative pronoun to a figure it holds for the clause's antecedent
// to own the figure (two dozen words).
const maxRelativeSpan = 160

// rePossessiveGap is the possessive ending between a name and the figure
// after it ("Kerr's", "the Comets'").
var rePossessiveGap = regexp.MustCompile(`^(?:'s|’s|'|’)\s+$`)

// possessiveName reports whether name mention m stands in the possessive
// right before a figure: its span ends in the possessive ending (the name
// reader keeps "Lund's" whole) or the gap to the figure is that ending.
func possessiveName(s string, m mention.NameMention, gap string) bool {
	w := s[m.Start:m.End]
	return strings.TrimSpace(gap) == "" && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") ||
		strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")) || rePossessiveGap.MatchString(gap)
}

// reFromBefore is "from" between a figure and the name it came from ("13
// points from Osei", "$2 million from the Harlan Trust").
var reFromBefore = regexp.MustCompile(`^\s+from\s+(?:the\s+)?$`)

// reAgent is the "by" of a passive's agent: "was arrested by the police".
var reAgent = regexp.MustCompile(`(?i)\bby\s+(?:the\s+)?$`)

var reAccordingTo = regexp.MustCompile(`(?i)\baccording\s+to\s+(?:the\s+)?$`)

// reCountAnd is a verb, a figure with its noun and "and" (" posted 21
// points and "): what stands between a name and its verb's second object.
var reCountAnd = regexp.MustCompile(`^\s*[a-z]+\s+[0-9][0-9,.]*\s+[a-z\-]+\s+and\s+$`)

// verbBase is the base form of the first word of gap read as a verb.
func (c *comparer) verbBase(gap string) string {
	w := strings.Fields(gap)
	if len(w) == 0 {
		return ""
	}
	return c.verbFormBase(strings.ToLower(strings.Trim(w[0], ".,'’")))
}

// verbFormBase is the base form of lower-case word lw read as a verb: an
// irregular form's ("told": "tell"), else WordNet's.
func (c *comparer) verbFormBase(lw string) string {
	if b, ok := irregularBase(lw); ok {
		return b
	}
	return c.lx.Base(lw, lexicon.Verb)
}

// reportsAfter reports whether the words after a name start with a
// reporting verb ("said", "told reporters"): the name is a source.
func (c *comparer) reportsAfter(gap string) bool {
	w := strings.Fields(gap)
	return len(w) > 0 && c.reportingWord(w[0])
}

// reportedSubjectSpan is how many words after a verb of saying may stand
// before the subject of the clause it reports ("told reporters on Monday
// that she").
const reportedSubjectSpan = 5

// reWordSpan is a word of a gap.
var reWordSpan = regexp.MustCompile(`[A-Za-z'’\-]+`)

// reportsOwn reports whether name m, before the verb of saying that opens
// gap (the words from m to the figure at byte at of sentence si), reports
// a clause whose subject is "he" or "she" standing for m itself ("Kora
// Venn said she paid $40", "… told police he was driving at 50 mph"):
// indirect speech keeps the speaker's "I" shifted to the third person
// (Quirk et al. 1985 §14.31, as pronounSubject reads it), so the figure is
// m's own, as in "Kora Venn paid $40", and two people's such figures are
// two facts. The pronoun is m's when the quote reader's Antecedent gives m
// and gave no other person before m (the "he" of "Tomas Brek was held.
// Sergeant Roe said he was driving at 50 mph" may be Brek's, the
// sergeant's sex unknown).
func (c *comparer) reportsOwn(a *mention.Analysis, si int, m mention.NameMention, gap string, at int) bool {
	s := a.Sentences[si].Text
	if at > len(s) || !strings.HasSuffix(s[:at], gap) {
		return false
	}
	base := at - len(gap)
	ws := reWordSpan.FindAllStringIndex(gap, -1)
	for i := 1; i < len(ws) && i <= reportedSubjectSpan; i++ {
		if w := gap[ws[i][0]:ws[i][1]]; w == "he" || w == "she" {
			if a.Antecedent(si, base+ws[i][0], w) != m.Entity {
				return false
			}
			e := a.Antecedent(si, m.Start, w)
			return e < 0 || e == m.Entity
		}
	}
	return false
}

// objectOfReport reports whether figure v stands in the noun phrase that
// is the object of the verb of saying that opens gap, not in a clause the
// verb reports: the verb and an indefinite article right before the
// figure ("Kora Venn signed a $40 million contract with the club",
// "submitted a $2 million bid"), and no finite verb in the rest of the
// clause (a reported clause has its own: "said a $40 million grant was
// approved"; Quirk et al. 1985 ch. 16, a verb's object is a noun phrase
// or a that-clause, "that" left out). The name is then the doer of its
// verb and owns the figure, as "Kora Venn won a $40 million contract"
// does. A count keeps objectOfSaying's reading, an age its person.
func (c *comparer) objectOfReport(s, gap string, v mention.Value) bool {
	if v.Type == mention.VCount || v.Type == mention.VAge || v.End > len(s) {
		return false
	}
	w := strings.Fields(gap)
	if len(w) != 2 || w[1] != "a" && w[1] != "an" {
		return false
	}
	prev := ""
	for _, t := range reWordSpan.FindAllString(clauseRest(s[v.End:]), -1) {
		lw := strings.ToLower(t)
		if auxiliaries[lw] || modals[lw] || lw == t && c.finiteVerb(lw, prev) {
			return false
		}
		prev = ""
		if _, closed := closedTag(lw); !closed && lw == t {
			prev = lw
		}
	}
	return true
}

// finiteVerb reports whether lower-case word lw, after word prev (a
// lower-case open-class word, or ""), is a finite verb: a past form
// ("approved", "fell"), or a present "-s" form right after a singular noun,
// its subject ("a $40 million shortfall threatens"; after "two", "clubs"
// is a plural noun).
func (c *comparer) finiteVerb(lw, prev string) bool {
	b := c.verbFormBase(lw)
	if b == lw || !c.lx.Has(b, lexicon.Verb) {
		return false
	}
	if !strings.HasSuffix(lw, "s") {
		return true
	}
	return prev != "" && !strings.HasSuffix(prev, "s") && c.lx.Has(prev, lexicon.Noun)
}

// clauseRest is the words of rest up to the first break of a clause.
func clauseRest(rest string) string {
	if k := strings.IndexAny(rest, ",;:()\"“”—"); k >= 0 {
		return rest[:k]
	}
	return rest
}

// ownersDiffer reports whether two values belong to two different named
// people or organisations ("Varga ended with 18 points" / "Ellison
// scored 21 points").
//
// Times are left out: the name before a day is as often an agent ("arrested
// by the highway patrol early Tuesday") or a team as the subject.
func ownersDiffer(f, g *fact) bool {
	if len(f.owners) == 0 || len(g.owners) == 0 || isTime(f.v.Type) || f.v.Type == mention.VClock {
		return false
	}
	if twoGroups(f.owners, g.owners) && !(segregatory(f) && segregatory(g)) {
		return true
	}
	for _, x := range f.owners {
		if anySamePerson(g.owners, x) {
			return false
		}
	}
	return true
}

// twoGroups reports whether two figures are owned each by coordinated
// names (valueOwner reads "Ames, Bode and Cray won 7 percent" as owned by
// all three) and the two groups are not the same people: "Ames, Bode and
// Cray collected 7 percent" / "Bode, Dane and Ames have each polled near
// 10 percent". A figure of coordinated subjects is the group's, told of
// them jointly or of each (combinatory or segregatory coordination, Quirk
// et al. 1985 §13.60), so another group's figure is another fact, even
// when the groups share a member. One name against a group is left to
// the owner test ("Ames and Bode were given three years" / "Ames was
// given four years": one person's term). Two figures both told of each
// member ("Ames and Bode each won 9 percent" / "Ames, Bode and Cray each
// won 12 percent": segregatory) are each member's own, so a member of both
// groups holds both, one fact (ownersDiffer leaves them to the member
// test).
func twoGroups(a, b []string) bool {
	if len(a) < 2 || len(b) < 2 {
		return false
	}
	for _, x := range a {
		if !anySamePerson(b, x) {
			return true
		}
	}
	for _, x := range b {
		if !anySamePerson(a, x) {
			return true
		}
	}
	return false
}

// reSegregatory marks a figure told of each of coordinated subjects
// (segregatory coordination, Quirk et al. 1985 §13.60: "each",
// "apiece").
var reSegregatory = regexp.MustCompile(`(?i)\b(?:each|apiece)\b`)

// segregatory reports whether a figure's sentence tells it of each of its
// owners (reSegregatory).
func segregatory(x *fact) bool {
	return reSegregatory.MatchString(x.sent)
}

// storyYear is the year the story's facts are of: the year most of its dated
// articles were published in. When no article is dated, the latest year its
// articles state: news reports the latest happening, and the years before it
// are its background ("retired from the bench in 1986", "the 1974 flood"),
// however often they are repeated ("" when none is stated).
func (c *comparer) storyYear(facts []fact) string {
	count := map[string]int{}
	for _, t := range c.pub {
		if !t.IsZero() {
			count[t.Format("2006")]++
		}
	}
	if len(count) == 0 {
		latest := ""
		for _, f := range facts {
			if y := statedYear(f.v); y > latest {
				latest = y
			}
		}
		return latest
	}
	keys := make([]string, 0, len(count))
	for k := range count {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	best := ""
	for _, k := range keys {
		if best == "" || count[k] > count[best] {
			best = k
		}
	}
	return best
}

// statedYear is the year a time value states ("" for none: a weekday, a
// year-less date).
func statedYear(v mention.Value) string {
	switch {
	case v.Type == mention.VYear:
		return v.Norm
	case (v.Type == mention.VDate || v.Type == mention.VMonth) && v.Unit != "no-year" && len(v.Norm) >= 4:
		return v.Norm[:4]
	}
	return ""
}

// yearAt is a year the sentence states with where it stands.
type yearAt struct {
	year     string
	from, to int
}

// sentenceYears lists the years a sentence s states (years and dated
// days), but the year a thing was made (possessedModelYear) and the end of a
// stretch of time.
func sentenceYears(s string, vs []mention.Value) []yearAt {
	var out []yearAt
	for _, v := range vs {
		switch {
		case v.Type == mention.VYear && possessedModelYear(s, v), v.Stretch != "":
			// the end of a stretch ("through 2012") sets no figure in
			// its year either
		case v.Type == mention.VYear:
			out = append(out, yearAt{v.Norm, v.Start, v.End})
		case (v.Type == mention.VDate || v.Type == mention.VMonth) && v.Unit != "no-year" && len(v.Norm) >= 4:
			out = append(out, yearAt{v.Norm[:4], v.Start, v.End})
		}
	}
	return out
}

// reModelBefore is a possessive determiner right before a year;
// reModelAfter a capitalised word right after it, no month.
var (
	reModelBefore = regexp.MustCompile(`(?i)\b(?:his|her|their|its|my|our|your)\s+$`)
	reModelAfter  = regexp.MustCompile(`^\s+[A-Z][A-Za-z]`)
)

// possessedModelYear reports whether year v of sentence s is the year a thing was
// made, a make or model after a possessive determiner ("his 2011
// Marlow", "their 2004 Corvan Sierra"): it dates the thing, not the
// sentence, and sets no figure of the sentence in another year ("a 2005
// Harbour Review essay", after an article, dates a piece of writing and
// may).
func possessedModelYear(s string, v mention.Value) bool {
	if v.Start > len(s) || v.End > len(s) || !reModelBefore.MatchString(s[:v.Start]) || !reModelAfter.MatchString(s[v.End:]) {
		return false
	}
	next := strings.Fields(s[v.End:])[0]
	return dates.MonthNumber(strings.Trim(next, ".,;:")) == 0
}

// backgroundYear is the other year a figure's sentence speaks of ("In 2015,
// the thieves stole two boats"; "retired in 1994 with 1,870
// goals"): the year written nearest the figure in its clause, when the
// sentence does not state the story's own year. A year of another clause
// ("in Varsen in 2011, and 300 were killed in Tarrow") dates that clause.
func backgroundYear(years []yearAt, story string, s string, v mention.Value) string {
	if story == "" || len(years) == 0 {
		return ""
	}
	best, dist := "", -1
	for _, y := range years {
		if y.year == story {
			return ""
		}
		lo, hi := y.to, v.Start
		if y.from > v.Start {
			lo, hi = v.End, y.from
		}
		if lo > hi || hi > len(s) {
			continue
		}
		// "was Aug. 9, 2011, when two workers died": a when-clause right
		// after a time is a relative clause of that time (CGEL ch. 12), no
		// break between the year and its figures.
		between := s[lo:hi]
		if y.to <= v.Start {
			between = reWhenAfterTime.ReplaceAllString(between, "")
		}
		if reClauseBreak.MatchString(between) || v.Type == mention.VAge && y.from > v.Start && reRelativeAfter.MatchString(between) {
			continue
		}
		if d := hi - lo; dist < 0 || d < dist {
			best, dist = y.year, d
		}
	}
	return best
}

// reClauseBreak separates two clauses of a sentence: a semicolon or a
// dash between clauses (Huddleston & Pullum, The Cambridge Grammar of the
// English Language (CGEL) 2002, ch. 20 Punctuation), or a comma before a
// coordinator of clauses ("and", "but": CGEL ch. 15 Coordination) or a
// subordinator of contrast or time ("while", "whereas", "as", "when":
// CGEL ch. 7, prepositions taking a clause, and ch. 8, adjuncts).
// reRelativeAfter is a non-restrictive relative clause opening right
// after an age ("Ana Roe, 53, who moved here in 2011"): it tells of the
// person (CGEL 2002 ch. 12), and its year does not date the age.
var reRelativeAfter = regexp.MustCompile(`^\s*,\s*(?:who|whose|whom)\b`)

// reWhenAfterTime is a when-clause opening right after a time.
var reWhenAfterTime = regexp.MustCompile(`^\s*,?\s*when\b`)

var reClauseBreak = regexp.MustCompile(`;|,\s+(?:and|but|while|whereas|as|when)\b|\s[—–-]+\s`)

// isConversion reports whether value v is a conversion written in brackets
// right after value u of the same type and unit ("$US3 million ($4.4
// million)": another dollar): it is the same figure, not another fact. A
// conversion into another unit ("five million euros ($5.4 million)") is a
// value of its own.
func isConversion(s string, u, v mention.Value) bool {
	if u.Type != v.Type || u.Unit != v.Unit || u.End > v.Start || v.Start > len(s) {
		return false
	}
	return strings.TrimSpace(s[u.End:v.Start]) == "("
}

// bracketConversion returns the index of the value that value k of a
// sentence's values converts, or -1: k is written in brackets that open
// right after a value of its type in another unit, perhaps after other
// such conversions ("two million euros (£1.7m; $2.6m)"): the writer's
// conversion of that figure at a rate of the day. Only measures convert
// (money, distance, size, a clock's zone): a count in brackets after
// another count ("14 people (nine civilians)") is a part of it, a fact of
// its own.
func bracketConversion(s string, values []mention.Value, k int) int {
	v := values[k]
	if !convertible[v.Type] || v.Start > len(s) {
		return -1
	}
	open := strings.LastIndex(s[:v.Start], "(")
	if open < 0 || strings.Contains(s[open:v.Start], ")") {
		return -1
	}
	for j := k - 1; j >= 0; j-- {
		u := values[j]
		if u.End > open {
			continue
		}
		if u.Type == v.Type && u.Unit != v.Unit && strings.TrimSpace(s[u.End:open]) == "" {
			return j
		}
		return -1
	}
	return -1
}

// convertible holds the value types whose units are scales of one measure,
// so that a figure in one unit may be written again in another.
var convertible = map[string]bool{mention.VMoney: true, mention.VDistance: true, mention.VSize: true, mention.VClock: true}

// reFigureBracket is a figure the value reader left unread ("$US1 million")
// right before an opening bracket.
var reFigureBracket = regexp.MustCompile(`\d[\w.,]*(?:\s+(?:million|billion|thousand|m|bn))?\s*\($`)

// convertsUnread reports whether value v is written in brackets right after
// a figure that was not read as a value: a conversion of that figure, which
// cannot be told apart from it.
func convertsUnread(s string, v mention.Value, prev *mention.Value) bool {
	if v.Start > len(s) {
		return false
	}
	lo := 0
	if prev != nil && prev.End <= v.Start {
		lo = prev.End
	}
	return reFigureBracket.MatchString(s[lo:v.Start])
}

// reLoneOne is a count of one written as the word "one": mostly a
// determiner ("she had no quarrel with one woman"), a count only with an
// event of its own ("one person was killed"). A compound modifier ("a
// one-length lead", "a one-day strike") is a figure, not the determiner.
var reLoneOne = regexp.MustCompile(`(?i)^one(?:[^\w-]|$)`)

// reOfAfter is the phrase after a duration: "seven days of heavy clashes".
var reOfAfter = regexp.MustCompile(`^\s+of\s+((?:[\w'-]+\s+){0,3}[\w'-]+)`)

// elapsed reports whether a duration is the time an ongoing event has lasted
// so far ("after seven days of clashes"): articles written on different days
// give different figures of it, an update and not a contradiction.
func (c *comparer) elapsed(s string, v mention.Value) bool {
	if v.Type != mention.VDuration || v.End > len(s) {
		return false
	}
	m := reOfAfter.FindStringSubmatch(s[v.End:])
	if m == nil {
		return false
	}
	for _, w := range strings.Fields(m[1]) {
		lw := strings.ToLower(w)
		if stop[lw] {
			continue
		}
		if _, ok := c.lx.EventNoun(lw); ok && c.lx.Has(c.lx.Base(lw, lexicon.Noun), lexicon.Noun) {
			return true
		}
	}
	return false
}

// increaseSynsets are WordNet's verb.change senses of "increase" and "rise"
// (become greater, go up); a verb below them within three steps ("climb",
// "jump", "mount", "soar", "swell") says a figure grew. This replaces the
// former hand list of rising verbs.
func (c *comparer) increaseSynsets() []uint32 {
	var out []uint32
	for _, w := range []string{"increase", "rise"} {
		out = append(out, c.lx.SensesIn(w, lexicon.Verb, lexicon.VerbChange)...)
	}
	return out
}

// saysRising reports whether a sentence says its figure grew: a finite verb
// that WordNet files under an increase comes shortly before the value in
// its clause ("rose to 30", "has climbed to at least 30"), or "now" does
// ("the toll is now 30", "now stands at 30": the figure as it has become,
// with no article between that opens a noun phrase of its own, "now faces
// a $30,000 fine"); a noun such as "building" is no verb of it.
func (c *comparer) saysRising(toks []text.Token, v mention.Value) bool {
	anchors := c.increaseSynsets()
	at := tokenFrom(toks, v.Start)
	if at < 0 {
		at = len(toks)
	}
	if c.resultTotal(toks, at) {
		return true
	}
	article := false // an article between "now" and the value
	for k := at - 1; k >= 0 && k >= at-5; k-- {
		t := toks[k]
		if !t.IsWord() {
			break
		}
		lw := t.Lower
		switch lw {
		case "a", "an", "the":
			article = true
		case "now":
			// "the reward is now $24,000": the figure changed; but in "now
			// faces a $30,000 fine" the value opens a noun phrase of its
			// own, a new thing, not the figure as it has become
			if !article {
				return true
			}
		}
		b, ok := irregularBase(lw)
		if !ok {
			if strings.HasSuffix(lw, "ing") {
				continue
			}
			b = c.lx.Base(lw, lexicon.Verb)
			if b == lw || !c.lx.Has(b, lexicon.Verb) {
				continue
			}
		}
		if c.lx.Under(b, lexicon.Verb, anchors, 3) {
			return true
		}
	}
	return false
}

// resultTotal reports whether the figure at token at ends a supplementive
// -ing clause of result after a comma whose object reaches it: ", bringing
// the toll to 15", ", raising the number held to at least 38" (Quirk et al.
// 1985 §15.58: the clause tells what the main clause's addition made of a
// figure, the figure as it has become). The object's noun phrase opens
// with a determiner right after the verb, up to five words stand between
// the verb and "to", and a hedge ("about", "at least") may stand before the
// figure.
func (c *comparer) resultTotal(toks []text.Token, at int) bool {
	k := at - 1
	for k >= 0 && (objectHedges[toks[k].Lower] || strings.EqualFold(toks[k].Text, "at")) {
		k--
	}
	if k < 3 || !strings.EqualFold(toks[k].Text, "to") {
		return false
	}
	for j := k - 1; j >= 1 && j >= k-6; j-- {
		t := toks[j]
		if !t.IsWord() {
			return false
		}
		lw := t.Lower
		if !strings.HasSuffix(lw, "ing") || t.IsCapitalized() {
			continue
		}
		if toks[j-1].Text != "," || j+1 >= k {
			return false
		}
		b := c.lx.Base(lw, lexicon.Verb)
		return b != lw && c.lx.Has(b, lexicon.Verb) && determiners[toks[j+1].Lower]
	}
	return false
}

// allElapsed reports whether a fact's values are all how long an ongoing
// event had lasted when each article was written, in articles not dated the
// same day: an update, not a contradiction.
func (c *comparer) allElapsed(facts []fact, g []int) bool {
	days := map[string]bool{}
	for _, i := range g {
		if !facts[i].elapsed {
			return false
		}
		p := c.all[facts[i].doc].Article.Published
		if p == nil {
			return true
		}
		days[*p] = true
	}
	return len(days) > 1
}

// datedThing is what a time value dates: the noun it modifies ("Sunday's
// game"), else the verb of its clause ("was arrested on Tuesday"), as a
// verb where the noun is a nominalisation ("the shooting" → "shoot").
func (c *comparer) datedThing(f *fact) (string, lexicon.POS) {
	// The noun only when the time modifies it ("Sunday's game", "the
	// March 4 referendum") and it names an event.
	rest := f.sent[min(f.v.End, len(f.sent)):]
	// A clock time's noun is one it premodifies ("the 9 p.m. shooting",
	// "his 6 a.m. shift"; premodtime.go): the time dates that noun's
	// happening or the thing itself, never the verb of the clause its
	// phrase stands in.
	if n := f.v.Noun; n != "" && f.v.Type == mention.VClock {
		if b, ok := c.gerundVerb(n); ok && c.isEventNoun(n) {
			return b, lexicon.Verb
		}
		return n, lexicon.Noun
	}
	if n := f.v.Noun; n != "" && c.isEventNoun(n) && reModifies.MatchString(rest) && !participleWithObject(rest) && (c.nounAfterTime(rest, n) || c.eventNoun(n)) {
		if b := c.lx.Base(n, lexicon.Verb); c.lx.Has(b, lexicon.Verb) {
			return b, lexicon.Verb
		}
		return n, lexicon.Noun
	}
	if f.head != "" && f.headBefore {
		return f.head, lexicon.Verb
	}
	return "", 0
}

// nounAfterTime reports whether noun n (a base form) is one of the first
// three words after a time: the noun the time modifies ("Sunday's
// game"). The noun before it a value falls back to is the dated thing
// only when its first sense is an act or event (eventNoun): "shot at an
// unknown location Saturday then driven off" dates no location.
func (c *comparer) nounAfterTime(rest, n string) bool {
	for k, w := range strings.Fields(rest) {
		if k >= 3 {
			break
		}
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		lw := strings.ToLower(strings.Trim(w, `.,;:!?"'()“”‘’`))
		if lw == n || c.lx.Base(lw, lexicon.Noun) == n {
			return true
		}
	}
	return false
}

// pronounContraction reports whether a name as read is a personal pronoun
// with a contracted verb ("He'll", "They’re", "She'd"): a capitalised
// pronoun opening a sentence, no one's name, and so no owner of a figure.
func pronounContraction(name string) bool {
	k := strings.IndexAny(name, "'’")
	if k <= 0 || strings.Contains(name, " ") {
		return false
	}
	tag, _ := lexicon.ClosedClass(strings.ToLower(name[:k]))
	return tag == "PRP"
}

// participleWithObject reports whether the words after a time open with an
// -ing form that takes an object, a determiner, pronoun or figure right
// after it ("early Monday wounding two guards"): a participle clause
// of the sentence's verb, no noun the time modifies.
func participleWithObject(rest string) bool {
	ws := strings.Fields(rest)
	if len(ws) < 2 || !strings.HasSuffix(ws[0], "ing") {
		return false
	}
	next := strings.ToLower(strings.Trim(ws[1], ",.;:"))
	if _, num := mention.ParseNumber(next); num {
		return true
	}
	switch tag, _ := lexicon.ClosedClass(next); tag {
	case "DT", "PRP", "PRP$", "CD":
		return true
	}
	return false
}

// sameDatedThing reports whether two times date one thing: the same verb or
// event noun, a WordNet synonym, or one directly under the other ("Saturday's
// shooting" / "killed on Sunday": to shoot is to kill) — not WordNet's wider
// relations ("strike" and "block" are related through a sense of sport).
//
// Every happening a time dates counts (datedAlts, datedthings.go), and a
// general noun of happening ("the incident") is one with any happening.
func (c *comparer) sameDatedThing(f, g *fact) bool {
	as, bs := c.datedAlts(f), c.datedAlts(g)
	if f.generalDay && len(bs) > 0 && !c.stepsOfJustice(bs) || g.generalDay && len(as) > 0 && !c.stepsOfJustice(as) {
		return true
	}
	for _, a := range as {
		for _, b := range bs {
			if c.oneDatedThing(a, b) {
				return true
			}
		}
	}
	return false
}

// stepsOfJustice reports whether every happening a time dates is an arrest
// or an accusation (verbRole: a verb under WordNet's "arrest" or "accuse",
// such as "charged", "indicted"): a step taken against someone after the
// happening a story tells, not that happening, which a general day dates
// ("officers responded Sunday to a report of a stabbing" / "was arrested
// Wednesday"; generalDayOfHarm keeps them apart too).
func (c *comparer) stepsOfJustice(alts []datedAlt) bool {
	for _, a := range alts {
		if a.pos != lexicon.Verb || c.verbRole(a.w) != roleSuspect {
			return false
		}
	}
	return len(alts) > 0
}

// reModifies is what follows a time that modifies the noun after it: a
// possessive or a space, then a lower-case word ("'s playoff game").
var reModifies = regexp.MustCompile(`^(?:['’]s)?\s+[a-z]`)

// datesOfTwoThings reports whether two day, clock, month or year values date two
// different things: "arrested on Tuesday" and "Sunday's game"; "killed on
// Sunday" and "the shooting on Saturday" are one (WordNet: to shoot is to
// kill).
func (c *comparer) datesOfTwoThings(f, g *fact) bool {
	switch f.v.Type {
	case mention.VWeekday, mention.VDate, mention.VClock, mention.VYear, mention.VMonth:
	default:
		return false
	}
	if c.doneAndToCome(f, g) || comingActsOfTwo(f, g) || c.twoDatedKinds(f, g) || c.possessiveElsewhere(f, g) || c.possessiveElsewhere(g, f) || c.twoSubjectEvents(f, g) || c.twoObjectActs(f, g) || c.daysOfASpanApart(f, g) {
		return true
	}
	if c.scheduledNoun(f, g) || c.scheduledNoun(g, f) || sameModelThing(f, g) || centralDays(f, g) {
		return false
	}
	if c.twoQualifiedNouns(f, g) || c.twoPremodifiedNouns(f, g) {
		return true
	}

	// A general noun of happening dates the story's happening, no other
	// thing, but an arrest or a charge that followed it; every happening a
	// time dates counts (datedthings.go).
	as, bs := c.datedAlts(f), c.datedAlts(g)
	if f.generalDay && c.stepsOfJustice(bs) || g.generalDay && c.stepsOfJustice(as) {
		return true
	}
	if f.generalDay || g.generalDay {
		return false
	}
	if len(as) == 0 || len(bs) == 0 {
		return false
	}
	for _, a := range as {
		for _, b := range bs {
			if c.mayBeOne(a, b) {
				return false
			}
		}
	}
	return true
}

// sameModelThing reports whether two years classify one kind of made
// thing, a make and model or an artifact noun ("a 2019 <Make> <Model>",
// mention.ModelYear): such a year is a property of the thing, keyed by its
// noun (a classifying premodifier, Quirk et al. 1985 §17.104), not a time
// of the clause's verb, so verbs that differ ("parked" / "rammed") do not
// make it two dated things. The slot still wants the noun and shared
// names or wording (timeSlot).
func sameModelThing(f, g *fact) bool {
	if f.v.Type != mention.VYear || g.v.Type != mention.VYear || f.v.Noun == "" || f.v.Noun != g.v.Noun {
		return false
	}
	in := func(x *fact) bool {
		return x.v.Start >= 0 && x.v.End <= len(x.sent) && x.v.Start < x.v.End && mention.ModelYear(x.sent, x.v.Start, x.v.End)
	}
	return in(f) && in(g)
}

// scheduledNoun reports whether g's time dates a verb of scheduling (a
// WordNet verb close to *schedule*: plan, book; or *reschedule*, which
// closeVerbs holds apart as a second act, repeatedAct) in a sentence that
// names the noun f's time modifies: "the March 4 referendum" and
// "referendums planned for March 6" date one thing, the referendum, as
// the day a thing is planned for is the thing's day.
func (c *comparer) scheduledNoun(f, g *fact) bool {
	n := f.v.Noun
	if n == "" || !g.words[n] || !reModifies.MatchString(f.sent[min(f.v.End, len(f.sent)):]) {
		return false
	}
	b, p := c.datedThing(g)
	return p == lexicon.Verb && b != "" && (c.closeVerbs(b, "schedule") || repeatedAct(b, "schedule"))
}

// nounOfVerb reports whether an event noun and a verb, given in either
// order (pa is a's part of speech), name one happening: a verb WordNet
// derives the noun from is the verb or close to it (closeVerbs):
// "Sunday's explosion" and "exploded on Sunday", "the robbery on
// Tuesday" and "was robbed Tuesday".
func (c *comparer) nounOfVerb(a string, pa lexicon.POS, b string) bool {
	if pa != lexicon.Noun {
		a, b = b, a
	}
	for _, v := range c.nounVerbs(c.lx.Base(a, lexicon.Noun)) {
		if c.closeVerbs(v, b) {
			return true
		}
	}
	return false
}

// isStamp reports whether a sentence is a page's time stamp ("Story
// created: Jun 4, 2019 at 8:15 AM", "UPDATED: FRIDAY, JUNE 7, 2019,
// 4:40 AM"): a day and a clock time with hardly a word besides.
func isStamp(sv sentenceValues) bool {
	day, clock := false, false
	for _, v := range sv.values {
		switch v.Type {
		case mention.VClock:
			clock = true
		case mention.VWeekday, mention.VDate:
			day = true
		}
	}
	// A stamp in capitals ("MONDAY, MAY 6, 2019, 4:05 PM") may leave
	// its day unread: the names of months and weekdays count as its day.
	rest, named := 0, false
	for w := range sv.words {
		if calendarWord(w) {
			named = true
		} else {
			rest++
		}
	}
	return len(sv.words) == 0 || day && clock && len(sv.words) <= 3 || named && clock && rest <= 3 && len(sv.verbs) == 0
}

// calendarWord reports whether a word names a month or a day of the week
// (full or abbreviated).
func calendarWord(w string) bool {
	w = strings.TrimSuffix(strings.ToLower(w), ".")
	for _, m := range calendarNames {
		if w == m || len(w) >= 3 && strings.HasPrefix(m, w) {
			return true
		}
	}
	return false
}

// calendarNames are the English names of the months and weekdays.
var calendarNames = []string{"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

// isRank reports whether a count is a rank or a calibre, not a count: "the
// #1 movie", "a .45-caliber gun".
func isRank(s string, v mention.Value) bool {
	if v.Type != mention.VCount || v.Start == 0 || v.Start > len(s) {
		return false
	}
	p := s[v.Start-1]
	return p == '#' || p == '.'
}

// reYearlessDay is a written day of a month ("Feb. 18", "March 4",
// "18 February").
var reYearlessDay = regexp.MustCompile(`\b(?:(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.?\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|September|October|November|December))\b`)

// reYearAfter is a year right after a day ("Feb. 18, 2009").
var reYearAfter = regexp.MustCompile(`^,?\s*\d{4}\b`)

// yearlessDays reads the written days of a month of an undated article that
// the time expressions leave unresolved (no publication date to give them a
// year): they are compared as written, by month and day.
func yearlessDays(a *mention.Analysis, have []mention.Value) []mention.Value {
	if !a.Ref.IsZero() {
		return nil
	}
	taken := map[int][][2]int{}
	for _, v := range have {
		taken[v.Sentence] = append(taken[v.Sentence], [2]int{v.Start, v.End})
	}
	var out []mention.Value
	for si, s := range a.Sentences {
		if !strings.ContainsAny(s.Text, "0123456789") {
			continue // every branch of reYearlessDay holds a figure
		}
	next:
		for _, m := range reYearlessDay.FindAllStringSubmatchIndex(s.Text, -1) {
			for _, t := range taken[si] {
				if m[0] < t[1] && t[0] < m[1] {
					continue next
				}
			}
			if reYearAfter.MatchString(s.Text[m[1]:]) {
				continue
			}
			sub := func(k int) string {
				if m[2*k] < 0 {
					return ""
				}
				return s.Text[m[2*k]:m[2*k+1]]
			}
			mon := dates.MonthNumber(sub(1) + sub(4))
			day, _ := strconv.Atoi(sub(2) + sub(3))
			if mon == 0 || day < 1 || day > 31 {
				continue
			}
			out = append(out, mention.Value{Type: mention.VDate, Text: s.Text[m[0]:m[1]], Norm: fmt.Sprintf("0000-%02d-%02d", mon, day),
				Unit: "no-year", Sentence: si, Start: m[0], End: m[1]})
		}
	}
	return out
}

// needed reports whether a count, a share or a sum is what someone needed,
// not what happened ("needs only seven goals to equal the mark", "would
// need to carry 70 percent of the votes left"): its verb, within four words before
// it, is a verb whose first WordNet sense is a sense of "need" (need,
// require; not "take", whose first sense is no need: "took $2 million"),
// inflected, or "need" after a modal or before "to" (the noun "need"
// before a figure, "a need of 40 beds", is neither).
func (c *comparer) needed(s string, v mention.Value) bool {
	if v.Type != mention.VCount && v.Type != mention.VPercent && v.Type != mention.VMoney || v.Start > len(s) {
		return false
	}
	// A match is at most four words, each in its own field: it lies in the
	// last four fields (text.LastFields), and the pattern, anchored at the
	// end, is not tried at every position before them.
	ws := strings.Fields(reBeforeNeed.FindString(text.LastFields(s[:v.Start], 4)))
	for i, w := range ws {
		lw := strings.ToLower(w)
		b := c.lx.Base(lw, lexicon.Verb)
		if !c.needVerb(b) {
			continue
		}
		if b != lw || i+1 < len(ws) && strings.ToLower(ws[i+1]) == "to" || i > 0 && needModals[strings.ToLower(ws[i-1])] {
			return true
		}
	}
	return false
}

// needVerb reports whether verb b's first WordNet sense (the most frequent)
// is one of the senses of "need".
func (c *comparer) needVerb(b string) bool {
	need := map[uint32]bool{}
	for _, s := range c.lx.Senses("need") {
		if s.POS == lexicon.Verb {
			need[s.Synset] = true
		}
	}
	s, ok := c.lx.TopSense(b, lexicon.Verb)
	return ok && need[s.Synset]
}

// reBeforeNeed is up to four words right before a figure.
var reBeforeNeed = regexp.MustCompile(`(?:\b[A-Za-z]+\s+){1,4}$`)

// needModals are the modals before a verb's base form (Quirk et al. 1985
// §3.40): "would need", "will need".
var needModals = map[string]bool{"will": true, "would": true, "shall": true, "should": true, "can": true, "could": true,
	"may": true, "might": true, "must": true}

// rePhone is a telephone number written with hyphens: a long-distance
// prefix and an area code before letters or digits ("1-800-TIP-LINE",
// "1-888-555-0142"), three groups of digits ("555-867-5309"), or one or
// two groups of three digits before a word in capitals that spells the
// last digits on the keypad ("555-222-HELP", "(555) 471-HELP").
var rePhone = regexp.MustCompile(`^(?:1-\d{3}(?:-[0-9A-Z]+)+|\d{3}-\d{3}-\d{4}|(?:\d{3}-){1,2}[A-Z]{4,})$`)

// phoneGroup reports whether a count is a group of a telephone number
// (rePhone): the word of letters, digits and hyphens around it is one.
func phoneGroup(s string, v mention.Value) bool {
	if v.Type != mention.VCount || v.Start > len(s) || v.End > len(s) {
		return false
	}
	part := func(b byte) bool {
		return b == '-' || b >= '0' && b <= '9' || b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z'
	}
	lo, hi := v.Start, v.End
	for lo > 0 && part(s[lo-1]) {
		lo--
	}
	for hi < len(s) && part(s[hi]) {
		hi++
	}
	return rePhone.MatchString(strings.Trim(s[lo:hi], "-"))
}
