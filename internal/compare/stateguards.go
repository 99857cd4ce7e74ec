package compare

import (
	"math"
	"regexp"
	"strings"
	"time"
	"unicode"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// stateVerb reports whether most of a verb's three most frequent WordNet
// senses are of verb.stative: "remain", "stay", "lie", "continue". A
// state holds on many days, so two days of it ("remained under guard on
// Friday", "… on Monday night") are two true reports, not one moment told
// two ways.
func (c *comparer) stateVerb(v string) bool {
	if v == "" || resultingCopulas[v] {
		return false
	}
	n, st := 0, 0
	for _, s := range c.lx.Senses(v) {
		if s.POS == lexicon.Verb && s.Rank < frequentRank {
			n++
			if s.Lex == lexicon.VerbStative {
				st++
			}
		}
	}
	return 2*st > n
}

// resultingCopulas are the copulas of a change of state (Quirk et al.
// 1985 §16.21: "become", "get", "grow", "turn", "go", "come", "fall", as
// against the current copulas "be", "remain", "stay"): "became the
// nominee on Friday" names the moment of the change, though WordNet files
// most senses of "become" under verb.stative.
var resultingCopulas = map[string]bool{"become": true, "get": true, "grow": true, "turn": true, "go": true, "come": true, "fall": true}

// reAfterBound is a word that makes a clock time the earliest moment
// something happened ("began after 3 a.m."); "just after", "shortly
// after" and the like name a moment.
var (
	reAfterBound = regexp.MustCompile(`(?i)\b(?:after|sometime after|some time after)\s+(?:about\s+|around\s+)?$`)
	reJustAfter  = regexp.MustCompile(`(?i)\b(?:just|shortly|right|minutes|moments|soon|immediately|seconds)\s+after\s+(?:about\s+|around\s+)?$`)
)

// afterSpan is how long after a time written "after 3 a.m." the moment
// may be (minutes): the same span as a deadline's.
const afterSpan = deadlineSpan

// justSpan is how far from a time a moment written "just before" or "just
// after" it may lie (minutes): a quarter of an hour.
const justSpan = 15

// justNear reads "just before 4:15 a.m." as a moment in the quarter hour
// before 4:15 and "just after 4 a.m." as one in the quarter hour after 4
// (the span of "just": a short time, Quirk et al. 1985, ch. 8): "just
// before 4:15 a.m." and "at 4:02 a.m." agree.
func justNear(s string, v mention.Value) mention.Value {
	if v.Type != mention.VClock || v.Start > len(s) {
		return v
	}
	switch {
	case reJustBefore.MatchString(s[:v.Start]):
		v.Low = math.Min(v.Low, v.Num-justSpan)
	case reJustAfter.MatchString(s[:v.Start]):
		v.High = math.Max(v.High, v.Num+justSpan)
	}
	return v
}

// afterBound reads "after 3 a.m." as any time from 3 a.m. to two hours
// later: "after 3 a.m." and "at 3:15 a.m." agree.
func afterBound(s string, v mention.Value) mention.Value {
	if v.Type == mention.VClock && v.Start <= len(s) && reAfterBound.MatchString(s[:v.Start]) && !reJustAfter.MatchString(s[:v.Start]) {
		v.High = math.Max(v.High, v.Num+afterSpan)
	}
	return v
}

// mediaLength reports whether a clock-like figure stands beside a vertical
// bar, as a web page's video or audio player prints a clip's length ("Clip
// title | 0:41"): a length of a clip, not a time of day.
func mediaLength(s string, v mention.Value) bool {
	if v.Type != mention.VClock || v.Start > len(s) || v.End > len(s) {
		return false
	}
	return strings.HasSuffix(strings.TrimRight(s[:v.Start], " "), "|") || strings.HasPrefix(strings.TrimLeft(s[v.End:], " "), "|")
}

// reStampLead is what stands before a date that closes a line as its stamp:
// a dash after a headline ("… over quarry crash – March 7th, 2022") or the
// closing bracket of an embedded post's author ("— Ann Kell (@annk) May 5,
// 2021").
var reStampLead = regexp.MustCompile(`(?:\s[—–-]|\))\s*$`)

// closingStamp reports whether a full date (with its year) closes its
// sentence right after a dash or a closing bracket: the stamp of a page
// or of an embedded post, the day it was written, not the day of an event.
func closingStamp(s string, v mention.Value) bool {
	if v.Type != mention.VDate || v.Unit == "no-year" || v.Start > len(s) || v.End > len(s) {
		return false
	}
	if strings.Trim(s[v.End:], " .") != "" {
		return false
	}
	return reStampLead.MatchString(s[:v.Start])
}

// reCopyright is a notice of copyright before a year: the © sign, "(c)"
// or the word, as pages and wire services close their copy ("© Daily
// Courier 2016", "Copyright 2017 The Associated Press").
var reCopyright = regexp.MustCompile(`(?i)(?:©|\(c\)|\bcopyright\b)[^.;]{0,60}$`)

// copyrightYear reports whether a year is the year of a copyright notice:
// the year the page was written or its copyright claimed, no fact of the
// story.
func copyrightYear(s string, v mention.Value) bool {
	if v.Type != mention.VYear || v.Start > len(s) {
		return false
	}
	return reCopyright.MatchString(s[:v.Start])
}

// sharedAgeKind reports whether an age of an unnamed person (owner "~…",
// ageOwner) shares its sentence with another age of the same kind of
// person, the noun written right after each ("a 30-year-old clerk … and a
// 34-year-old clerk"), or is joined to one that has no noun of its own
// ("the 12-year-old and 9-year-old boys"): which of the two another
// article's "12-year-old boy" is cannot be told.
func (c *comparer) sharedAgeKind(s string, vs []mention.Value, k int, owner string) bool {
	if !strings.HasPrefix(owner, "~") {
		return false
	}
	v := vs[k]
	nv := ageNoun(s, v)
	for j, w := range vs {
		if j == k || w.Type != mention.VAge || w.Norm == v.Norm {
			continue
		}
		nw := ageNoun(s, w)
		// An age that no person noun follows stands for a person of its
		// own ("a 20-year-old was kept overnight"): of any kind.
		if nw != "" && !isPersonNoun(c.lx, nw) || nw != "" && nv != "" && (nw == nv || c.lx.Synonyms(nw, nv, lexicon.Noun)) {
			return true
		}
		lo, hi := w.End, v.Start
		if w.Start > v.Start {
			lo, hi = v.End, w.Start
		}
		if lo <= hi && hi <= len(s) && reAgeJoin.MatchString(s[lo:hi]) {
			return true
		}
	}
	return false
}

// ageNoun is the lower-case word written right after an age ("clerk" in
// "a 30-year-old clerk"), by its base form; "" when none follows.
func ageNoun(s string, v mention.Value) string {
	if v.End > len(s) {
		return ""
	}
	m := reNextWord.FindStringSubmatch(s[v.End:])
	if m == nil {
		return ""
	}
	w := m[1]
	if b := lexicon.Default().Base(w, lexicon.Noun); b != "" {
		w = b
	}
	switch w {
	case "and", "or":
		return ""
	}
	return w
}

// reNextWord is the lower-case word right after a value.
var reNextWord = regexp.MustCompile(`^\s+([a-z]+)\b`)

// reAgeJoin is what stands between two ages of one noun phrase: "the
// 12-year-old and 9-year-old boys".
var reAgeJoin = regexp.MustCompile(`^\s*(?:,\s*)?(?:and|or|&)?\s*(?:an?\s+)?$`)

// countVoice says how a count of people stands to the verb right after it,
// with that verb's base form: "agent:fire" when the count is the subject of
// an aspectual verb and its -ing form ("three guards began firing") or of
// an active verb with its object ("three guards fired two rounds"),
// "patient:stab" when the verb follows it in the passive ("four riders
// were stabbed"), "" when neither is read (a headline's "Four hurt" drops its
// auxiliary and is left alone). The attackers and the people attacked are two
// counts of one verb; two verbs ("were drowned" / "died") are left to the
// event test.
func (c *comparer) countVoice(toks []text.Token, v mention.Value) string {
	if v.Type != mention.VCount || v.Event == "" || !isPersonNoun(c.lx, v.Unit) {
		return ""
	}
	k := tokenFrom(toks, v.End)
	if k < 0 || k+1 >= len(toks) {
		return ""
	}
	lw := toks[k].Lower
	if beForms[lw] || lw == "got" || lw == "get" {
		for j := k + 1; j < len(toks) && j <= k+2; j++ {
			if b, ok := c.verbAt(toks[j]); ok && b != "" {
				return "patient:" + b
			}
		}
		return ""
	}
	b, ok := c.verbAt(toks[k])
	if !ok || b == "" {
		return ""
	}
	next := toks[k+1].Lower
	if strings.HasSuffix(next, "ing") {
		if nb, ok := c.verbAt(toks[k+1]); ok && nb != "" {
			return "agent:" + nb
		}
	}
	if tag, _ := lexicon.ClosedClass(next); tag == "DT" || tag == "PRP" || tag == "CD" || toks[k+1].IsNumber() {
		return "agent:" + b
	}
	return ""
}

// voicesDiffer reports whether two counts are the doers and the undergoers
// of one verb (countVoice).
func voicesDiffer(a, b string) bool {
	ra, va, oka := strings.Cut(a, ":")
	rb, vb, okb := strings.Cut(b, ":")
	return oka && okb && va == vb && ra != rb
}

// reOtherEvent is a determiner that sets a happening apart from the one
// the story is about ("in another blast", "a separate crash", "an
// earlier attack"), with the word after it.
var reOtherEvent = regexp.MustCompile(`(?i)\b(?:another|a separate|an earlier|a previous|an unrelated|a similar)\s+([a-z]+)\b`)

// otherEvent reports whether a sentence speaks of another happening than
// the story's: a determiner of reOtherEvent before a noun whose most
// frequent WordNet sense is an act or an event ("another blast", "an
// earlier fire"; not "another 20-year-old" nor "another clerk"), or an
// -ing form of a verb of happening that WordNet has no noun for. Its
// figures are that happening's.
func (c *comparer) otherEvent(s string) bool {
	if !mayNameOtherEvent(s) {
		return false
	}
	for _, m := range reOtherEvent.FindAllStringSubmatch(s, -1) {
		w := c.lx.Base(strings.ToLower(m[1]), lexicon.Noun)
		// "Another survey found …": a second poll, named by its owner
		// (pollOwners), not another happening.
		if c.isPollNoun(w) {
			continue
		}
		noun := false
		for _, sn := range c.lx.Senses(w) {
			if sn.POS != lexicon.Noun {
				continue
			}
			noun = true
			if sn.Rank == 0 && (sn.Lex == lexicon.NounAct || sn.Lex == lexicon.NounEvent) {
				return true
			}
		}
		// An -ing form WordNet has no noun for ("another stabbing") is
		// the act of its verb.
		if b := c.lx.Base(w, lexicon.Verb); !noun && strings.HasSuffix(w, "ing") && b != w && c.happening(b) {
			return true
		}
	}
	return false
}

// otherEventWords are the words one of which each determiner of
// reOtherEvent holds.
var otherEventWords = []string{"another", "separate", "earlier", "previous", "unrelated", "similar"}

// mayNameOtherEvent reports whether s may hold a determiner of
// reOtherEvent: one of its words, or a long s ("ſ"), which the pattern
// reads as "s".
func mayNameOtherEvent(s string) bool {
	for _, w := range otherEventWords {
		if text.MayContainFold(s, w) {
			return true
		}
	}
	return strings.ContainsRune(s, 'ſ')
}

// reFeetBefore is a figure of feet written right before inches ("6 foot,
// 2 inches"); reInchesAfter the inches after a figure of feet.
var (
	reFeetBefore  = regexp.MustCompile(`(?i)\d\s*(?:-\s*)?(?:foot|feet|ft\.?|')\s*,?\s*(?:and\s+)?$`)
	reInchesAfter = regexp.MustCompile(`(?i)^\s*(?:foot|feet|ft\.?|')?\s*,?\s*(?:and\s+)?\d+\s*(?:-\s*)?(?:inch|inches|in\.|")`)
)

// heightPart reports whether a length is one part of a height written in
// feet and inches ("6 foot, 2 inches tall"), read as two values: the
// inches alone are not the height, nor are the feet.
func heightPart(s string, v mention.Value) bool {
	if v.Type != mention.VDistance && v.Type != mention.VSize || v.Start > len(s) || v.End > len(s) {
		return false
	}
	u := strings.ToLower(v.Unit)
	switch {
	case strings.HasPrefix(u, "inch") || u == "in":
		return reFeetBefore.MatchString(s[:v.Start])
	case u == "foot" || u == "feet" || u == "ft":
		return reInchesAfter.MatchString(s[v.End:])
	}
	return false
}

// addressBlock reports whether a count is the number of a block in an
// address ("traced to the 6700 block near Harbour Lane"): a place, not a
// count (blockAddress).
func addressBlock(s string, v mention.Value) bool {
	if v.Type != mention.VCount || v.Start > len(s) {
		return false
	}
	before := strings.TrimLeftFunc(lastWordLower(s[:v.Start]), func(r rune) bool { return !unicode.IsLetter(r) })
	return blockAddress(before, v.Unit)
}

// blockAddress reports whether a figure that counts the noun noun, with
// the word before written as before, is the number of a block in an
// address: "the 7300 block of Alder Lane" (the house numbers of a block,
// in North American news).
func blockAddress(before, noun string) bool {
	return noun == "block" && strings.EqualFold(before, "the")
}

// garbledAge reports whether the sentence gives the named owner of an age
// another age as well ("28-year-old Rolf Dane, 38"): one person with two
// ages in one breath is a slip of the writer, no statement of either.
func (c *comparer) garbledAge(a *mention.Analysis, mg docMerged, si int, vs []mention.Value, k int, owner string) bool {
	if owner == "" || strings.HasPrefix(owner, "~") {
		return false
	}
	for j, w := range vs {
		if j != k && w.Type == mention.VAge && w.Norm != vs[k].Norm && samePerson(c.ageOwner(a, mg, si, w), owner) {
			return true
		}
	}
	return false
}

// farDate is, for a date or a month with its year (written, or inferred
// by its dated article: "the March 4 referendum" in an article of
// January), that year when
// the day lies more than farDays from the publication date of every dated
// article of the story: the day of another happening ("On May 2, 2019, a
// ferry hand was stabbed"), a background figure kept apart from the story's
// own days. A story none of whose articles is dated tells nothing of how
// far a day is from it: "" then.
func (c *comparer) farDate(v mention.Value) string {
	if v.Type != mention.VDate && v.Type != mention.VMonth {
		return ""
	}
	y := ownYear(v)
	if y == "" {
		return ""
	}
	layout := "2006-01-02"
	if v.Type == mention.VMonth {
		layout = "2006-01"
	}
	t, err := time.Parse(layout, v.Norm)
	if err != nil {
		return ""
	}
	dated := false
	for _, p := range c.pub {
		if p.IsZero() {
			continue
		}
		dated = true
		if math.Abs(t.Sub(p).Hours()) <= farDays*24 {
			return ""
		}
	}
	if !dated {
		return ""
	}
	return y
}

// ownYear is the year of a date or month: the one it states, else the one
// its dated article's time layer gave a year-less date or month ("" in an
// undated article, whose year-less days keep the year 0000).
func ownYear(v mention.Value) string {
	if y := statedYear(v); y != "" {
		return y
	}
	if (v.Type == mention.VDate || v.Type == mention.VMonth) && len(v.Norm) >= 4 && v.Norm[:4] != "0000" {
		return v.Norm[:4]
	}
	return ""
}

// farDays is how far from every article's publication a written day must
// lie to be another happening's: a month and a half, past any report of
// one event's days but a trial's.
const farDays = 45

// harmGrades are the adverbs that grade the harm of an event verb
// ("fatally shot", "critically injured", "slightly hurt"): English's
// degree adjuncts of harm, by their adjectives in WordNet (fatal, mortal,
// critical, serious, severe, grave, slight, minor, light). A count so
// graded is a part of the whole count of the same verb.
var harmGrades = map[string]bool{"fatally": true, "mortally": true, "critically": true, "seriously": true, "severely": true,
	"gravely": true, "slightly": true, "lightly": true, "minorly": true}

// harmGrade is the adverb of harmGrades that grades a count's verb: in the
// few words after the count, before any other verb ("four people were
// fatally stabbed", "two of them fatally"), "" when none.
func (c *comparer) harmGrade(toks []text.Token, v mention.Value) string {
	if v.Type != mention.VCount || v.Event == "" {
		return ""
	}
	k := tokenFrom(toks, v.End)
	if k < 0 {
		return ""
	}
	for j := k; j < len(toks) && j < k+4; j++ {
		lw := toks[j].Lower
		if harmGrades[lw] {
			return lw
		}
		if !toks[j].IsWord() {
			return ""
		}
		if b, ok := c.verbAt(toks[j]); ok && b != "" {
			// "were shot fatally": the adverb right after the verb.
			if j+1 < len(toks) && harmGrades[toks[j+1].Lower] {
				return toks[j+1].Lower
			}
			return ""
		}
	}
	return ""
}

// reThatAfterTime is a that-clause right after a time, a weekday or a part
// of the day allowed between ("posted at 9:10 a.m. Sunday that no
// worker was missing").
var reThatAfterTime = regexp.MustCompile(`^(?:\s*,?\s*(?:on\s+)?[A-Z][a-z]+day\b)?(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s*that\s`)

// statesAt reports whether a time read after its verb is followed by a
// that-clause: the verb reports the clause ("posted Sunday that …"), and
// the time is the statement's, not the event's.
func statesAt(s string, v mention.Value, headBefore bool) bool {
	return headBefore && isDayOrClock(v.Type) && v.End <= len(s) && reThatAfterTime.MatchString(s[v.End:])
}

// reOffsetAfter is what follows a distance that places something from a
// named place ("35 km north of Varsen", "12 miles from the border").
var reOffsetAfter = regexp.MustCompile(`^\s+(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|away|outside|inland)\s+)?(?:of|from)\s`)

// distanceKind tells a distance that places something from a reference
// ("offset": "35 km north of Varsen") from one travelled, after a verb of
// motion ("travel": "drove 90 km west"; WordNet's verb.motion, the first
// sense of the verb), "" when neither is read. The two are two facts.
func (c *comparer) distanceKind(toks []text.Token, s string, v mention.Value) string {
	if v.Type != mention.VDistance || v.End > len(s) {
		return ""
	}
	if reOffsetAfter.MatchString(s[v.End:]) {
		return "offset"
	}
	at := tokenFrom(toks, v.Start)
	for k := at - 1; k >= 0 && k >= at-2; k-- {
		b, ok := c.verbAt(toks[k])
		if !ok || b == "" {
			continue
		}
		if sn, ok := c.lx.TopSense(b, lexicon.Verb); ok && sn.Lex == lexicon.VerbMotion {
			return "travel"
		}
		return ""
	}
	return ""
}

// reOfBound is "of" and a bound between a count and the count of its
// things ("seven crashes of more than three cars").
var reOfBound = regexp.MustCompile(`^\s*of\s+(?:(?:more|fewer|less)\s+than\s+|at\s+least\s+|over\s+|under\s+|up\s+to\s+)?$`)

// classThreshold reports whether a count sets the size of the things
// another count counts ("seven crashes of more than three cars"): it
// defines a class, it counts nothing of the story.
func classThreshold(s string, v mention.Value, vs []mention.Value) bool {
	if v.Type != mention.VCount || v.Start > len(s) {
		return false
	}
	for _, w := range vs {
		if w.Type == mention.VCount && w.End <= v.Start && reOfBound.MatchString(s[w.End:v.Start]) {
			return true
		}
	}
	return false
}

// compass are the bearings of the compass words a distance's offset may
// give ("35 km northeast of Varsen"), in degrees.
var compass = map[string]float64{"north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180,
	"southwest": 225, "west": 270, "northwest": 315}

// reBearing is the compass word right after a distance.
var reBearing = regexp.MustCompile(`(?i)^\s+(north|south|east|west|northeast|northwest|southeast|southwest)\b`)

// bearingsApart reports whether two distances are offsets in directions a
// right angle or more apart ("northeast of" / "northwest of" the same
// city): two places, not one told two ways (two bearings 45° apart may
// be one place told roughly).
func bearingsApart(f, g *fact) bool {
	if f.v.Type != mention.VDistance || g.v.Type != mention.VDistance || f.v.End > len(f.sent) || g.v.End > len(g.sent) {
		return false
	}
	a, b := reBearing.FindStringSubmatch(f.sent[f.v.End:]), reBearing.FindStringSubmatch(g.sent[g.v.End:])
	if a == nil || b == nil {
		return false
	}
	d := math.Abs(compass[strings.ToLower(a[1])] - compass[strings.ToLower(b[1])])
	return math.Min(d, 360-d) >= 90
}
