package evaluate

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/compare"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/story"
)

// StanceStory is one hand-labelled story of a stance set (one JSON object a
// line in testdata/stances/*.jsonl): its articles, every speaker of the
// story, capitalised strings that never speak, and its key claims with who
// holds which position on each.
type StanceStory struct {
	Story       string          `json:"story"`
	Docs        []string        `json:"docs"`
	Speakers    []LabelSpeaker  `json:"speakers"`
	NotSpeakers []string        `json:"not_speakers"`
	Claims      []LabelledClaim `json:"claims"`
}

// LabelSpeaker is a person or organisation that speaks in the story.
type LabelSpeaker struct {
	Name string   `json:"name"`
	Kind string   `json:"kind"`
	Docs []string `json:"docs"`
}

// LabelledClaim is a key claim: a plain proposition, the content words that
// identify it, and its holders.
type LabelledClaim struct {
	Claim    string        `json:"claim"`
	Keywords []string      `json:"keywords"`
	Holders  []LabelHolder `json:"holders"`
}

// LabelHolder is who holds a position on a claim, and in which articles.
type LabelHolder struct {
	Holder   string   `json:"holder"`
	Position string   `json:"position"`
	Docs     []string `json:"docs"`
	Quote    string   `json:"quote"`
	// Evidence is the labelled sentence of each of Docs (labels.py's
	// evidence): where a holder named only by role there ("the harbour
	// master") is counted under the person's name.
	Evidence map[string]string `json:"evidence,omitempty"`
}

// StanceScore counts stance and speaker matches over labelled stories.
type StanceScore struct {
	Stories int
	// StanceRight of StanceReported engine stances match a labelled one;
	// StanceFound of StanceExpected labelled (claim, holder, article)
	// positions are found.
	StanceRight, StanceReported int
	StanceFound, StanceExpected int
	// SpeakerRight of SpeakerNames distinct engine speaker names are
	// labelled speakers of the story.
	SpeakerRight, SpeakerNames int
	// WrongBy counts the wrong stances by the first test they fail: no
	// labelled claim shares their keywords ("claim"), no holder of such a
	// claim is theirs ("holder"), the holder holds it in other articles
	// ("article"), or in this one with another position ("position").
	WrongBy map[string]int
}

func (s *StanceScore) add(o StanceScore) {
	s.Stories += o.Stories
	s.StanceRight += o.StanceRight
	s.StanceReported += o.StanceReported
	s.StanceFound += o.StanceFound
	s.StanceExpected += o.StanceExpected
	s.SpeakerRight += o.SpeakerRight
	s.SpeakerNames += o.SpeakerNames
	for k, v := range o.WrongBy {
		if s.WrongBy == nil {
			s.WrongBy = map[string]int{}
		}
		s.WrongBy[k] += v
	}
}

// LoadStanceStories reads a stance label file (JSON Lines).
func LoadStanceStories(path string) ([]StanceStory, error) {
	out, err := readJSONL[StanceStory](path)
	if err != nil {
		return nil, fmt.Errorf("stance labels: %w", err)
	}
	return out, nil
}

var ecbDocRe = regexp.MustCompile(`^\d+_\d+ecb(plus)?$`)

// stanceGroup tells which half a labelled story belongs to: ECB+ stories
// by topic, anything else (the seeds) apart.
func stanceGroup(s StanceStory) string {
	for _, d := range s.Docs {
		if !ecbDocRe.MatchString(d) {
			return "seeds"
		}
	}
	return string(HalfOf(ECBTopic(s.Story)))
}

// stanceCase turns a labelled story into a case whose articles are read
// from the kit (ECB+ ids) or from the seed folder (file name prefixes).
func stanceCase(s StanceStory, seedDir string) (FindingCase, error) {
	c := FindingCase{Name: s.Story}
	for _, d := range s.Docs {
		if ecbDocRe.MatchString(d) {
			c.Articles = append(c.Articles, CaseArticle{Label: d, Ref: d}) // the kit record of that id
			continue
		}
		m, _ := filepath.Glob(filepath.Join(seedDir, d+"*"))
		if len(m) == 0 {
			return c, fmt.Errorf("story %s: no article %q in %s", s.Story, d, seedDir)
		}
		c.Articles = append(c.Articles, CaseArticle{Label: d, File: m[0]})
	}
	return c, nil
}

// ScoreStanceStory analyzes a labelled story's articles as one story and
// scores the engine's stances and speaker names against the labels.
func ScoreStanceStory(s StanceStory, seedDir string, kit map[string]string) (StanceScore, []string, error) {
	c, err := stanceCase(s, seedDir)
	if err != nil {
		return StanceScore{}, nil, err
	}
	docs, labels, err := docsFor(c, "", kit)
	if err != nil {
		return StanceScore{}, nil, err
	}
	st := &corroborate.Story{}
	merged := story.Assemble(st, docs)
	res := compare.Compare(compare.Input{Docs: docs, Merged: merged})
	sc, notes := scoreStances(s, res.Stances, st.Quotes, labels)
	return sc, notes, nil
}

// scoreStances compares engine stances and quote speakers with a story's
// labels; labels maps article ids to the labels' doc ids.
func scoreStances(s StanceStory, stances []corroborate.Stance, quotes []corroborate.Quote, labels map[string]string) (StanceScore, []string) {
	lx := lexicon.Default()
	sc := StanceScore{Stories: 1}
	var notes []string
	type unit struct{ claim, holder int }
	found := map[string]bool{}
	for _, cl := range s.Claims {
		for _, h := range cl.Holders {
			sc.StanceExpected += len(h.Docs)
		}
	}
	for _, x := range stances {
		sc.StanceReported++
		doc := labels[x.Article]
		reach := 0
		for ci, cl := range s.Claims {
			y := x
			if !claimMatches(lx, cl.Keywords, x.Claim) {
				if !oppositeClaimMatches(lx, cl.Keywords, x.Claim) {
					continue
				}
				y.Position = oppositePosition(x.Position)
			}
			reach = max(reach, reachClaim)
			for hi, h := range cl.Holders {
				r := holderReach(cl.Holders, h, y, doc)
				reach = max(reach, r)
				if r == reachMatch {
					found[fmt.Sprint(unit{ci, hi}, doc)] = true
				}
			}
		}
		if reach == reachMatch {
			sc.StanceRight++
			notes = append(notes, fmt.Sprintf("%s: right stance %q %s %q (%s: %q)", s.Story, x.Holder, x.Position, x.Claim, doc, x.Sentence))
		} else {
			if sc.WrongBy == nil {
				sc.WrongBy = map[string]int{}
			}
			sc.WrongBy[wrongCauses[reach]]++
			notes = append(notes, fmt.Sprintf("%s: wrong stance %q %s %q (%s: %q)", s.Story, x.Holder, x.Position, x.Claim, doc, x.Sentence))
		}
	}
	sc.StanceFound = len(found)
	for ci, cl := range s.Claims {
		for hi, h := range cl.Holders {
			for _, d := range h.Docs {
				if !found[fmt.Sprint(unit{ci, hi}, d)] {
					notes = append(notes, fmt.Sprintf("%s: missed stance %q %s %q (%s)", s.Story, h.Holder, h.Position, cl.Claim, d))
				}
			}
		}
	}
	names := map[string]bool{}
	for _, q := range quotes {
		if q.Speaker != nil && *q.Speaker != "" && (q.SpeakerKind == "" || mention.NamedKind(q.SpeakerKind)) {
			names[*q.Speaker] = true
		}
		for _, n := range q.Members {
			names[n] = true // "critics, including <A>, said": A spoke too
		}
	}
	sorted := make([]string, 0, len(names))
	for n := range names {
		sorted = append(sorted, n)
	}
	sort.Strings(sorted)
	for _, n := range sorted {
		sc.SpeakerNames++
		if speakerLabelled(s, n) {
			sc.SpeakerRight++
		} else {
			notes = append(notes, fmt.Sprintf("%s: speaker %q is not a labelled speaker", s.Story, n))
		}
	}
	return sc, notes
}

// How far a stance gets against the labels, in the order the scorer tests
// it: no labelled claim shares its keywords, none of those claims has its
// holder, the holder holds it in other articles only, or in this one with
// another position; reachMatch is a right stance.
const (
	reachNone = iota
	reachClaim
	reachHolder
	reachArticle
	reachMatch
)

// wrongCauses names a wrong stance's cause (StanceScore.WrongBy) by the
// furthest test it passes.
var wrongCauses = [...]string{reachNone: "claim", reachClaim: "holder", reachHolder: "article", reachArticle: "position"}

// holderReach tells how far stance x of label article doc gets against
// holder h of a claim it matches (whose holders are holders): reachClaim when the holder is another,
// reachHolder when h holds it in other articles only, reachArticle when
// with another position, reachMatch when all agree.
func holderReach(holders []LabelHolder, h LabelHolder, x corroborate.Stance, doc string) int {
	switch {
	case !namesMatchIn(holders, h.Holder, x.Holder) && !describedIn(x.Holder, x.Sentence, h.Evidence[doc]):
		return reachClaim
	case !contains(h.Docs, doc):
		return reachHolder
	case h.Position != x.Position:
		return reachArticle
	}
	return reachMatch
}

// speakerLabelled reports whether an engine speaker name is one of the
// story's labelled speakers (sharing a name word) and not a labelled
// non-speaker.
func speakerLabelled(s StanceStory, name string) bool {
	for _, ns := range s.NotSpeakers {
		if strings.EqualFold(strings.TrimSpace(ns), strings.TrimSpace(name)) {
			return false
		}
	}
	for _, sp := range s.Speakers {
		if namesMatch(sp.Name, name) {
			return true
		}
	}
	return false
}

// nameStop are words that do not identify a name: articles, "one" (the
// numeral a single member of a group is labelled by: "one witness"),
// prepositions, "and", titles and the Arabic article "al".
var nameStop = map[string]bool{"the": true, "of": true, "a": true, "an": true, "one": true, "and": true, "for": true, "in": true, "on": true,
	"to": true, "at": true, "mr": true, "mrs": true, "ms": true, "dr": true, "al": true}

// labelNameTokens returns the identifying lower-case words of a name ("al-Masri"
// gives "al-masri" and "masri").
func labelNameTokens(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), nameSep) {
		if len(w) < 2 || nameStop[w] {
			continue
		}
		out[w] = true
		for _, p := range strings.Split(w, "-") {
			if len(p) > 2 && !nameStop[p] {
				out[p] = true
			}
		}
	}
	return out
}

// namesMatch reports whether two names share an identifying word, or one
// is the initials of the other ("NYT", "The New York Times"). Two common
// nouns, each alone with at most a determiner or numeral, count by base
// form: the labels list a group ("sources") for the single members it
// speaks through ("a source said …"; README, guidelines).
func namesMatch(a, b string) bool {
	if wordsMatch(a, b) {
		return true
	}
	ba := loneBase(a)
	return ba != "" && ba == loneBase(b)
}

// wordsMatch reports whether two names share an identifying word as
// written, or one is the initials of the other.
func wordsMatch(a, b string) bool {
	if isInitials(a, b) || isInitials(b, a) {
		return true
	}
	ta := labelNameTokens(a)
	for w := range labelNameTokens(b) {
		if ta[w] {
			return true
		}
	}
	return false
}

// loneBase is the noun base form of a phrase that is one lower-case head
// noun, with at most a determiner or numeral before it ("witnesses" and
// "one witness" give "witness"); "" for a longer phrase ("the parent
// company", "a resident's lawyer" name something else) or a name.
func loneBase(s string) string {
	w := loneNoun(s)
	if w == "" {
		return ""
	}
	if b := lexicon.Default().Base(w, lexicon.Noun); len(b) > 1 && !nameStop[b] {
		return b
	}
	return ""
}

// loneNoun returns the word of a phrase that is one lower-case word after
// at most one determiner or numeral ("one witness", "witnesses"); ""
// otherwise.
func loneNoun(s string) string {
	f := strings.FieldsFunc(s, nameSep)
	if len(f) == 2 && (holderDeterminers[strings.ToLower(f[0])] || isNumeral(f[0])) {
		f = f[1:]
	}
	if len(f) != 1 || f[0][0] < 'a' || f[0][0] > 'z' {
		return ""
	}
	return f[0]
}

// isNumeral reports whether a word is a cardinal in figures or one of the
// small cardinals written out ("two", "3").
func isNumeral(w string) bool {
	if w == "" {
		return false
	}
	if strings.Trim(w, "0123456789") == "" {
		return true
	}
	return smallCardinals[strings.ToLower(w)]
}

// smallCardinals are the cardinals AP style writes out (one to nine).
var smallCardinals = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true}

// namesMatchIn is namesMatch for a holder of a claim whose labelled
// holders are holders: when they list one member apart from its group
// ("one witness" and "witnesses"), the two are different holders and
// names match by their written words only.
func namesMatchIn(holders []LabelHolder, a, b string) bool {
	if !splitsNumber(holders) {
		return namesMatch(a, b)
	}
	return wordsMatch(a, b)
}

// splitsNumber reports whether two labelled holders are the same lone noun
// in two numbers ("a source", "sources").
func splitsNumber(holders []LabelHolder) bool {
	seen := map[string]string{}
	for _, h := range holders {
		w, b := loneNoun(h.Holder), loneBase(h.Holder)
		if b == "" {
			continue
		}
		if o, ok := seen[b]; ok && o != w {
			return true
		}
		seen[b] = w
	}
	return false
}

// describedIn reports whether an engine holder named by role ("the harbour
// master", "a spokeswoman") in its sentence is the labelled holder whose
// evidence sentence in that article is evidence: the labels count a
// speaker the article refers to only by role under the person's name
// (README, "Same person, different wording"). The two sentences must be
// one (either holding the other), and the role written in it as a whole
// phrase, in a speaker's place (speakerSlot), not as a possessive ("the
// victim's mother") nor as an object ("told an aide").
func describedIn(holder, sentence, evidence string) bool {
	f := strings.Fields(strings.ToLower(holder))
	if len(f) > 0 && holderDeterminers[f[0]] {
		f = f[1:]
	}
	if len(f) == 0 || evidence == "" || sentence == "" || !commonHead(holder) {
		return false
	}
	if !strings.Contains(sentence, evidence) && !strings.Contains(evidence, sentence) {
		return false
	}
	role := strings.Join(f, " ")
	low := strings.ToLower(evidence)
	for from := 0; ; {
		k := strings.Index(low[from:], role)
		if k < 0 {
			return false
		}
		k += from
		from = k + len(role)
		if wordAt(low, k, from) && !possessiveAt(low[from:]) && speakerSlot(strings.Fields(low[:k]), strings.Fields(low[from:])) {
			return true
		}
	}
}

// wordAt reports whether s[i:j] is whole words: no letter or digit
// adjoins it ("an aide" is not in "aided").
func wordAt(s string, i, j int) bool {
	if i > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if j < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[j:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// possessiveAt reports whether rest opens with a possessive ending ("'s",
// "’s", or a plural's lone apostrophe).
func possessiveAt(rest string) bool {
	for _, p := range []string{"'s", "’s"} {
		if strings.HasPrefix(rest, p) {
			r, _ := utf8.DecodeRuneInString(rest[len(p):])
			return len(rest) == len(p) || !unicode.IsLetter(r)
		}
	}
	return strings.HasPrefix(rest, "' ") || strings.HasPrefix(rest, "’ ")
}

// holderDeterminers may open a role ("the", "a", "one", a possessive).
var holderDeterminers = map[string]bool{"the": true, "a": true, "an": true, "one": true, "his": true, "her": true,
	"its": true, "their": true}

// speakerSlot reports whether a role written between the words before and
// after is in a speaker's place: the sentence's start or a clause's (after
// a comma), after "according to", each allowing a determiner or
// possessive (or both) before the role; or a conjoin of a coordinated
// subject ("<Name> and the role said"), the role right before a reporting
// verb and no verb before "and" or "but" in its clause — after a clause
// ("<Name> said X, but police disagreed") the role is another clause's
// subject, not the speaker's.
func speakerSlot(before, after []string) bool {
	for n := len(before); n > 0 && (holderDeterminers[before[n-1]] || strings.HasSuffix(before[n-1], "'s") || strings.HasSuffix(before[n-1], "’s")); n-- {
		before = before[:n-1] // "the parish's vicar"
	}
	n := len(before)
	switch {
	case n == 0:
		return true
	case strings.HasSuffix(before[n-1], ","):
		return true
	case before[n-1] == "and" || before[n-1] == "but":
		return coordinatedSubject(before[:n-1], after)
	}
	return n >= 2 && before[n-2] == "according" && before[n-1] == "to"
}

// coordinatedSubject reports whether a role after "and" or "but" is a
// conjoin of the subject of a report: a reporting verb follows the role,
// and the clause before the conjunction (from the last comma, which may
// not end right before it) has no verb form.
func coordinatedSubject(before, after []string) bool {
	if len(after) == 0 || !reportForm(strings.Trim(after[0], ",.;:")) {
		return false
	}
	if len(before) == 0 || strings.HasSuffix(before[len(before)-1], ",") {
		return false // ", and": the conjunction joins clauses
	}
	lx := lexicon.Default()
	for i := len(before) - 1; i >= 0 && !strings.HasSuffix(before[i], ","); i-- {
		w := strings.Trim(before[i], ",.;:\"“”'’")
		if b := lx.Base(w, lexicon.Verb); (b != w && lx.Has(b, lexicon.Verb)) || beForms[w] {
			return false
		}
	}
	return true
}

// beForms are finite and participle forms of "be".
var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "been": true, "be": true}

// reportForm reports whether a word is a reporting verb inflected for
// the past or the third person ("said", "says", "told").
func reportForm(w string) bool {
	b := lexicon.Default().Base(w, lexicon.Verb)
	return b != w && mention.IsReportingVerb(b)
}

// nameSep splits a name into words.
func nameSep(r rune) bool {
	return r == ' ' || r == ',' || r == '.' || r == ':' || r == '’' || r == '\'' || r == '"' || r == '(' || r == ')' || r == '[' || r == ']'
}

// isInitials reports whether short is the initials of the capitalised
// words of long. A leading "the" and full stops are not written in the
// initials ("the F.B.I.").
func isInitials(short, long string) bool {
	short = strings.ReplaceAll(strings.TrimPrefix(strings.TrimPrefix(short, "the "), "The "), ".", "")
	if len(short) < 2 || strings.ToUpper(short) != short || strings.ContainsAny(short, " ") {
		return false
	}
	var b strings.Builder
	for _, w := range strings.Fields(long) {
		if w[0] >= 'A' && w[0] <= 'Z' {
			b.WriteByte(w[0])
		}
	}
	ini := b.String()
	return ini == short
}

// claimMatches reports whether an engine claim is a labelled claim: two of
// the claim's words are among the labelled keywords (the claim's content
// words and their variants), by base form, WordNet synonym, or a noun one
// level from it ("ferry" and "boat"); a claim of one keyword needs that one.
// The words of one name written in the claim ("Ada Brenner") count once:
// the labels list a name's words as keywords one by one, but together they
// identify one referent, not what is claimed of it ("Ada Brenner wants a
// bigger salary" is not the labelled "Ada Brenner will resign her post").
func claimMatches(lx *lexicon.Lexicon, keywords []string, claim string) bool {
	if len(keywords) == 0 {
		return false
	}
	hits := 0
	for _, unit := range claimUnits(lx, claim) {
		if slices.ContainsFunc(unit, func(w string) bool {
			return slices.ContainsFunc(keywords, func(k string) bool { return keywordMatches(lx, k, w) })
		}) {
			hits++
		}
	}
	return hits >= min(2, len(keywords))
}

// oppositeClaimMatches reports whether a claim matches the labelled one in
// opposite words: its keywords match with one of them, an adjective or a
// verb, replaced by a WordNet antonym ("the ferry is safe" for a labelled
// "the ferry is unsafe", keywords "ferry", "unsafe"). A holder who affirms
// the one denies the other (oppositePosition).
func oppositeClaimMatches(lx *lexicon.Lexicon, keywords []string, claim string) bool {
	for i, k := range keywords {
		low := strings.ToLower(k)
		for _, p := range []lexicon.POS{lexicon.Adj, lexicon.Verb} {
			for _, b := range []string{low, lx.Base(low, p)} {
				for _, ant := range lexicon.AntonymsOf(b, p) {
					alt := slices.Clone(keywords)
					alt[i] = ant
					if claimMatches(lx, alt, claim) {
						return true
					}
				}
			}
		}
	}
	return false
}

// oppositePosition is the position a holder takes on a claim's opposite:
// affirming the one denies the other; doubt stays doubt.
func oppositePosition(p string) string {
	switch p {
	case "affirms":
		return "denies"
	case "denies":
		return "affirms"
	}
	return p
}

// claimUnits returns a claim's words as claimWords reads them, in units
// that count once each: a run of capitalised words (a name) is one unit,
// every other word its own.
func claimUnits(lx *lexicon.Lexicon, claim string) [][]string {
	var out [][]string
	seen := map[string]bool{}
	inName := false
	for _, w := range strings.FieldsFunc(claim, nameSep) {
		capital := w != "" && unicode.IsUpper([]rune(w)[0])
		words := claimWords(lx, w)
		if len(words) == 0 {
			inName = false
			continue
		}
		var unit []string
		for b := range words {
			if capital || !seen[b] {
				unit = append(unit, b)
			}
		}
		slices.Sort(unit)
		switch {
		case len(unit) == 0:
		case capital && inName:
			out[len(out)-1] = append(out[len(out)-1], unit...)
		default:
			out = append(out, unit)
		}
		for _, b := range unit {
			seen[b] = true
		}
		inName = capital
	}
	return out
}

// keywordMatches reports whether claim word w (a base form) is keyword k
// in any of the ways claimMatches allows. A capitalised keyword is a name's
// word (a film title's, a person's): it has no WordNet senses to share, so
// only its own forms match ("hurried" is no "Rush" of a title, though
// WordNet has the two verbs as synonyms).
func keywordMatches(lx *lexicon.Lexicon, k, w string) bool {
	name := unicode.IsUpper([]rune(k + " ")[0])
	for _, kf := range wordForms(lx, k) {
		if len(kf) < 2 || nameStop[kf] {
			continue
		}
		if w == kf || sameStem(w, kf) || !name && (lx.Related(w, kf, lexicon.Noun) || lx.Synonyms(w, kf, lexicon.Verb) || lx.Synonyms(w, kf, lexicon.Adj)) {
			return true
		}
	}
	return false
}

// sameStem reports whether one word of five letters or more begins the
// other ("connect", "connection"): derived forms WordNet's extract does not
// link.
func sameStem(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 5 && strings.HasPrefix(b, a)
}

// wordForms returns the lower-case word and its noun, verb and adjective
// base forms; a multi-word keyword keeps only its last word's forms.
func wordForms(lx *lexicon.Lexicon, w string) []string {
	f := strings.Fields(strings.ToLower(w))
	if len(f) == 0 {
		return nil
	}
	x := f[len(f)-1]
	return []string{x, lx.Base(x, lexicon.Noun), lx.Base(x, lexicon.Verb), lx.Base(x, lexicon.Adj)}
}

// claimWords returns the base forms of a claim's words, one per word (the
// noun reading first, then verb, then adjective).
func claimWords(lx *lexicon.Lexicon, claim string) map[string]bool {
	out := map[string]bool{}
	for w := range labelNameTokens(claim) {
		if claimStop[w] {
			continue
		}
		b := lx.Base(w, lexicon.Noun)
		if b == w {
			if v := lx.Base(w, lexicon.Verb); v != w {
				b = v
			} else if a := lx.Base(w, lexicon.Adj); a != w {
				b = a
			}
		}
		out[b] = true
	}
	return out
}

// claimStop are function words and light verbs that identify no claim.
var claimStop = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "has": true,
	"have": true, "had": true, "not": true, "no": true, "that": true, "it": true, "its": true, "with": true, "by": true, "from": true, "as": true}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// StanceLabelFiles returns the stance label files: the .jsonl files among
// the given ones, else testdata/stances/*.jsonl.
func StanceLabelFiles(given []string) []string {
	var out []string
	for _, f := range given {
		if strings.HasSuffix(f, ".jsonl") {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		out, _ = filepath.Glob(filepath.Join("testdata", "stances", "*.jsonl"))
	}
	return out
}

// RunStances scores stance labels by half: ECB+ stories by topic (tune,
// holdout), the seeds apart. Only aggregate figures are printed for the
// holdout half, even with verbose. halves limits the ECB+ halves scored
// (none: both); part, "a" or "b", scores only that part of the tune half
// (PartOf the ECB+ topic) and names its line "tune-a" or "tune-b"; the
// seeds are always scored.
func RunStances(ctx context.Context, w io.Writer, files []string, seedDir string, kit map[string]string, halves []Half, part string, verbose bool) error {
	for _, f := range files {
		stories, err := LoadStanceStories(f)
		if err != nil {
			return err
		}
		scores := map[string]*StanceScore{}
		for _, s := range stories {
			if err := ctx.Err(); err != nil {
				return err
			}
			g := stanceGroup(s)
			if g != "seeds" && len(halves) > 0 && !slices.Contains(halves, Half(g)) {
				continue // a half not asked for is not even read
			}
			if part != "" && g == string(Tune) {
				if PartOf(ECBTopic(s.Story)) != part {
					continue
				}
				g = string(Tune) + "-" + part
			}
			sc, notes, err := ScoreStanceStory(s, seedDir, kit)
			if err != nil {
				return err
			}
			if scores[g] == nil {
				scores[g] = &StanceScore{}
			}
			scores[g].add(sc)
			if verbose && g != string(Holdout) {
				for _, n := range notes {
					fmt.Fprintln(w, "  "+n)
				}
			}
		}
		for _, g := range []string{string(Tune), string(Tune) + "-a", string(Tune) + "-b", string(Holdout), "seeds"} {
			if s := scores[g]; s != nil {
				WriteStances(w, f+" "+g, *s)
			}
		}
	}
	return nil
}

// WriteStances prints stance precision and recall and speaker-name
// precision.
func WriteStances(w io.Writer, name string, s StanceScore) {
	fmt.Fprintf(w, "%-40s stories %3d  stances P %.3f (%d of %d) R %.3f (%d of %d)  speaker names P %.3f (%d of %d)\n", name, s.Stories,
		ratio(s.StanceRight, s.StanceReported), s.StanceRight, s.StanceReported,
		ratio(s.StanceFound, s.StanceExpected), s.StanceFound, s.StanceExpected,
		ratio(s.SpeakerRight, s.SpeakerNames), s.SpeakerRight, s.SpeakerNames)
	if len(s.WrongBy) > 0 {
		fmt.Fprintf(w, "%-40s wrong stances by cause: claim %d, holder %d, article %d, position %d\n", name, s.WrongBy["claim"], s.WrongBy["holder"], s.WrongBy["article"], s.WrongBy["position"])
	}
}

// runStanceLabels is the stance step of eval findings: the labelled stance
// set (testdata/stances/*.jsonl, or .jsonl files among the label files),
// its ECB+ articles read from the article kit.
func runStanceLabels(ctx context.Context, w io.Writer, o FindingsOptions) error {
	files := StanceLabelFiles(o.LabelFiles)
	if len(files) == 0 {
		return nil
	}
	kit := map[string]string{}
	if o.Articles != "" {
		recs, _, err := StoryRecords(o.Articles)
		if err != nil {
			return fmt.Errorf("stances: %w", err)
		}
		for _, r := range recs {
			// A kit record is known by its source, id and url
			// ("ecbplus:12_1ecb").
			for _, k := range []string{r.Source, r.ID, r.URL} {
				if k != "" {
					kit[k] = string(r.Body)
				}
			}
		}
	}
	return RunStances(ctx, w, files, filepath.Join("examples", "seeds"), kit, o.Kit.Halves, o.Kit.Part, o.Verbose)
}
