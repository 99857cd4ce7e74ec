package compare

import (
	"regexp"
	"slices"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// This file compares the office a named person holds, as the titles
// written with the name give it ("Deputy Attorney General Ana Roe",
// "Police Sgt. Ivo Marsh"): a person holds one office at a time, so two
// articles that give one person two offices that cannot both be right are
// a discrepancy of kind other. Two titles conflict when:
//   - they have one head and one makes it the office's second ("Attorney
//     General" / "Deputy Attorney General", "Police Chief" / "Assistant
//     Police Chief": mention.TitleRole);
//   - or their heads are two ranks (nouns of persons under a military
//     officer or a lawman: a rank is one step of a ladder, while one office
//     of management is named many ways, "superintendent" / "chief") that
//     WordNet puts close under one narrow hypernym (closeNouns: "sergeant"
//     / "lieutenant"), neither a kind or a synonym of the other, and
//     neither title holds the other's head ("Detective" / "Detective
//     Sgt.": the longer one says more).
//
// Two titles are no conflict when some article of the thread gives the
// person both (its writer knows both offices), and an article that gives
// the person two is left out. Courtesy titles ("Mr.", "Dr.") name no
// office. Every rule is general English; none is drawn from the data it
// is measured on.

// titleFact is one office an article gives a named person.
type titleFact struct {
	doc      int
	person   string // story name
	key      string // the office: its head, "deputy " before a second's
	head     string
	words    []string
	written  string
	sentence string
}

// titleFacts reads the offices the thread's articles give named persons.
func (c *comparer) titleFacts() []titleFact {
	docs, merged := c.threadDocs()
	var out []titleFact
	for di, d := range docs {
		a := d.Analysis
		for ei, e := range a.Entities {
			if e.Type != mention.Person || len(e.Titles) == 0 {
				continue
			}
			person := merged[di].m.Name(merged[di].i, ei)
			if len(strings.Fields(person)) < 2 {
				continue // a family name alone may be anyone's
			}
			for _, t := range e.Titles {
				if f, ok := c.titleFact(a, ei, t); ok {
					f.doc, f.person = di, person
					out = append(out, f)
				}
			}
		}
		for _, m := range a.Mentions {
			if a.Entities[m.Entity].Type != mention.Person || m.Sentence >= len(a.Sentences) {
				continue
			}
			if person := merged[di].name(m); len(strings.Fields(person)) >= 2 {
				if f, ok := c.appositionTitle(a.Sentences[m.Sentence].Text, m.End); ok {
					f.doc, f.person = di, person
					out = append(out, f)
				}
				if f, ok := c.openingTitle(a.Sentences[m.Sentence].Text, m.Start, m.End); ok {
					f.doc, f.person = di, person
					out = append(out, f)
				}
			}
		}
	}
	return out
}

// reTitleApposition is an apposition after a name that gives an office
// ("Ana Roe, the state's attorney general, said", "Ana Roe, a deputy
// sheriff with the county, said"): a determiner, up to four words, and
// the phrase's end (a comma, a preposition, the sentence's end). A
// former or earlier office is no conflict with the present one.
var reTitleApposition = regexp.MustCompile(`^,\s+(?:the|a|an)\s+((?:[a-z][a-z'’.-]*\s+){0,4}?[a-z][a-z-]*)(?:\s*,|\s+(?:of|with|for|at|in|from)\b|\s*\.?$)`)

// appositionTitle reads the office an apposition right after a name at
// byte end of sentence s gives its person.
func (c *comparer) appositionTitle(s string, end int) (titleFact, bool) {
	if end > len(s) {
		return titleFact{}, false
	}
	m := reTitleApposition.FindStringSubmatch(s[end:])
	if m == nil || pastOffice(m[1]) {
		return titleFact{}, false
	}
	head, sub, words := mention.TitleRole(subordinateHyphen(m[1]))
	if head == "" || head != words[len(words)-1] || !c.lx.HasLex(head, lexicon.Noun, lexicon.NounPerson) {
		return titleFact{}, false
	}
	key := head
	if sub {
		key = "deputy " + head
	}
	return titleFact{key: key, head: head, words: words, written: m[1], sentence: s}, true
}

// reTitlePreposed is an apposition that opens a sentence and gives the
// office of the name after it ("The deputy finance minister, Ana Roe,
// said", "The club's head coach, Ivo Marsh, was"): a determiner, a
// genitive or none, up to four lower-case words and a comma; the name
// must be followed by the apposition's closing comma. A preposed
// appositive is coreferent with the name as a following one is (Quirk et
// al. 1985 §17.65ff, §17.80).
var reTitlePreposed = regexp.MustCompile(`^(?:The|A|An)\s+(?:[A-Za-z][\w.-]*(?:'s|’s)\s+)?((?:[a-z][a-z'’.-]*\s+){0,3}[a-z][a-z-]*)\s*,\s*$`)

// reTitleOpening is a title written before the name at the very start of
// a sentence ("Finance Minister Ana Roe said", "Head coach Ivo Marsh
// was"), which the name reader may leave out at a sentence's head: up to
// four words, the first capitalised (Quirk et al. 1985 §17.90, a title
// premodifying a name).
var reTitleOpening = regexp.MustCompile(`^([A-Z][a-z.-]*(?:\s+[A-Za-z][a-z.-]*){0,3})\s+$`)

// openingTitle reads the office a sentence's opening words give the name
// that spans bytes start to end of sentence s: a preposed apposition
// (reTitlePreposed) or a title before the name (reTitleOpening), whose last
// word is a title word with a WordNet noun.person sense; a former or
// earlier office is none.
func (c *comparer) openingTitle(s string, start, end int) (titleFact, bool) {
	if start > len(s) || end > len(s) || start >= end {
		return titleFact{}, false
	}
	var t string
	if m := reTitlePreposed.FindStringSubmatch(s[:start]); m != nil && strings.HasPrefix(strings.TrimLeft(s[end:], " "), ",") {
		t = m[1]
	} else if m := reTitleOpening.FindStringSubmatch(s[:start]); m != nil {
		t = m[1]
	} else {
		return titleFact{}, false
	}
	if pastOffice(t) {
		return titleFact{}, false
	}
	head, sub, words := mention.TitleRole(subordinateHyphen(t))
	if head == "" || head != words[len(words)-1] || !c.lx.HasLex(head, lexicon.Noun, lexicon.NounPerson) {
		return titleFact{}, false
	}
	key := head
	if sub {
		key = "deputy " + head
	}
	return titleFact{key: key, head: head, words: words, written: t, sentence: s}, true
}

// pastOfficeWords premodify a title with an office its holder has left or
// held only at the time told: "former", "then" (also "then-", joined by
// the hyphen of a compound premodifier, "then-assistant coach"; Quirk et
// al. 1985 App. I.11), "ex-", "erstwhile", "onetime", "one-time" and
// "late" (of one who has died).
var pastOfficeWords = []string{" former ", " then ", " then-", " ex-", " erstwhile ", " onetime ", " one-time ", " late "}

// pastOffice reports whether title t gives an office its holder no longer
// holds (pastOfficeWords): that is no conflict with a present office.
func pastOffice(t string) bool {
	lt := " " + strings.ToLower(t) + " "
	for _, w := range pastOfficeWords {
		if strings.Contains(lt, w) {
			return true
		}
	}
	return false
}

// subordinateHyphen writes a title's word of second rank joined by a
// hyphen apart from the office it seconds ("vice-captain" → "vice
// captain", "deputy-governor"), so the office's head is read (the hyphen
// of a compound premodifier, Quirk et al. 1985 App. I.11).
func subordinateHyphen(t string) string {
	f := strings.Fields(t)
	for i, w := range f {
		if a, b, ok := strings.Cut(w, "-"); ok && b != "" && mention.SubordinateWord(strings.ToLower(a)) {
			f[i] = a + " " + b
		}
	}
	return strings.Join(f, " ")
}

// titleFact reads one title t of entity ei: its office and the sentence
// that writes it.
func (c *comparer) titleFact(a *mention.Analysis, ei int, t string) (titleFact, bool) {
	if strings.ToUpper(t) == t {
		return titleFact{}, false // a transcript's capitals: no telling a title from a name
	}
	// A capitalised word of the title the name reader left out before it
	// (at the head of a sentence: "Assistant Police Chief Ivo Marsh said")
	// is read back, unless the title is also written without it.
	sent, extended := "", ""
	for _, m := range a.Mentions {
		if m.Entity != ei || m.Sentence >= len(a.Sentences) {
			continue
		}
		x := a.Sentences[m.Sentence].Text
		at := strings.Index(x, t)
		if at < 0 {
			continue
		}
		before := strings.TrimRight(x[:at], " ")
		w := lastWordLower(before)
		if w == "former" || strings.HasSuffix(w, "ex-") {
			return titleFact{}, false // an office the person has left
		}
		if !mention.SubordinateWord(w) || before[len(before)-len(w)] < 'A' || before[len(before)-len(w)] > 'Z' {
			sent, extended = x, ""
			break
		}
		if sent == "" {
			sent, extended = x, before[len(before)-len(w):]+" "+t
		}
	}
	if sent == "" {
		return titleFact{}, false
	}
	if extended != "" {
		t = extended
	}
	head, sub, words := mention.TitleRole(t)
	if head == "" || !c.lx.HasLex(head, lexicon.Noun, lexicon.NounPerson) {
		return titleFact{}, false // no office ("Mr.", "Dr.")
	}
	key := head
	if sub {
		key = "deputy " + head
	}
	return titleFact{key: key, head: head, words: words, written: t, sentence: sent}, true
}

// titleDiscrepancies reports the persons two articles give two offices.
func (c *comparer) titleDiscrepancies() []corroborate.Discrepancy {
	facts := c.titleFacts()
	roots, byPerson := personComponents(len(facts), func(i int) string { return facts[i].person })
	return groupDiscrepancies(c, roots, byPerson, func(g []int) (corroborate.Discrepancy, bool) {
		return c.titleDiscrepancy(facts, g)
	})
}

// titleDiscrepancy turns one person's offices into a discrepancy: one
// side per office, an article that gives two left out, every two sides
// conflicting and no article giving both.
func (c *comparer) titleDiscrepancy(facts []titleFact, g []int) (corroborate.Discrepancy, bool) {
	both := func(x, y string) bool {
		docs := map[int]int{}
		for _, i := range g {
			if facts[i].key == x {
				docs[facts[i].doc] |= 1
			} else if facts[i].key == y {
				docs[facts[i].doc] |= 2
			}
		}
		for _, v := range docs {
			if v == 3 {
				return true
			}
		}
		return false
	}
	sides, order, ok := contestedSides(g, func(i int) (int, string) { return facts[i].doc, facts[i].key }, func(x, y string, sides map[string][]int) bool {
		return both(x, y) || !c.twoOffices(&facts[sides[x][0]], &facts[sides[y][0]])
	})
	if !ok {
		return corroborate.Discrepancy{}, false
	}
	d := corroborate.Discrepancy{About: "title of " + facts[g[0]].person, Kind: "other"}
	c.fillSides(&d, g, order, sides, func(i int) sideMember {
		f := &facts[i]
		return sideMember{f.doc, f.written, f.sentence, nil}
	})
	return d, true
}

// twoOffices reports whether two titles of one person cannot both be
// right: one head, one of them its office's second; or two heads close in
// WordNet, neither a kind or synonym of the other, neither title holding
// the other's head.
func (c *comparer) twoOffices(f, g *titleFact) bool {
	if f.head == g.head {
		return f.key != g.key
	}
	if slices.Contains(f.words, g.head) || slices.Contains(g.words, f.head) {
		return false
	}
	if c.lx.Synonyms(f.head, g.head, lexicon.Noun) || c.kindOf(f.head, g.head) || c.kindOf(g.head, f.head) {
		return false
	}
	return c.rank(f.head) && c.rank(g.head) && c.closeNouns(f.head, g.head)
}

// rankAnchors are the WordNet nouns whose kinds are ranks: a military
// officer and a lawman ("sergeant", "lieutenant", "captain", "deputy").
var rankAnchors = []string{"military officer", "lawman"}

// rankDepth is how many hypernym steps a rank may lie under its anchor.
const rankDepth = 3

// rank reports whether a noun of persons names a rank: one of its senses
// lies at most rankDepth steps under a rankAnchors noun.
func (c *comparer) rank(w string) bool {
	var anchors []uint32
	for _, a := range rankAnchors {
		if x, ok := c.lx.FirstSense(a, lexicon.Noun); ok {
			anchors = append(anchors, x.Synset)
		}
	}
	return c.lx.Under(w, lexicon.Noun, anchors, rankDepth)
}
