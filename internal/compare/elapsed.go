package compare

import (
	"regexp"
	"strings"
	"sync"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// elapsedApart reports whether two durations or two distances measure two
// things because exactly one is a measure phrase before "into": "about 90
// minutes into its journey", "five kilometres into the race". A measure
// phrase that premodifies a prepositional phrase tells how far along the
// preposition's complement a point lies (Quirk et al. 1985 §9.5, §7.60:
// measure phrases as premodifiers of prepositional phrases, "two hours
// into the meeting" like "a mile down the road"): a point within the
// journey, not the journey's length ("the three-hour crossing"). Two
// points so told are one measure and stay comparable.
func elapsedApart(f, g *fact) bool {
	if f.v.Type != g.v.Type || f.v.Type != mention.VDuration && f.v.Type != mention.VDistance {
		return false
	}
	return elapsedPoint(f) != elapsedPoint(g)
}

// elapsedPoint reports whether the word right after a value is "into".
func elapsedPoint(f *fact) bool {
	if f.v.End > len(f.sent) || f.v.End < 0 {
		return false
	}
	ws := strings.Fields(f.sent[f.v.End:])
	return len(ws) > 0 && strings.EqualFold(ws[0], "into")
}

// reAgainCue is an adjunct of repetition: "again", "once more", "anew"
// (Quirk et al. 1985 §8.64 and §8.67, frequency adjuncts that tell an act
// done one more time).
var reAgainCue = regexp.MustCompile(`(?i)\b(?:again|once\s+more|anew)\b`)

// reAgainClauseBreak is where a clause opens or closes within a sentence
// (reRepeatClauseBreak, and "that" after a comma-less reporting verb is
// left to the clause: "said it would meet again").
var reAgainClauseBreak = reRepeatClauseBreak

// repeatedOccurrence reports whether two days are the days of two
// occurrences of an act because exactly one is told in a clause with an
// adjunct of repetition (reAgainCue): "Mediators met both sides on Monday
// evening" / "is due to meet the two sides again on Wednesday morning".
// The clause with "again" tells an occurrence after an earlier one, which
// the other may be: its day is no other telling of that day. Two days
// each told with "again" are one occurrence and stay comparable.
func repeatedOccurrence(f, g *fact) bool {
	if f.v.Type != g.v.Type || f.v.Type != mention.VWeekday && f.v.Type != mention.VDate {
		return false
	}
	af, ag := againClause(f.sent, f.v), againClause(g.sent, g.v)
	if af == ag {
		return false
	}
	// The act done again comes after the one told without: a day told
	// without "again" on or after the day told with it is no earlier
	// occurrence, and tells the same one ("struck again on Tuesday" /
	// "struck on Wednesday").
	again, other := f, g
	if ag {
		again, other = g, f
	}
	da, do := dayKey(again.v), dayKey(other.v)
	return da == "" || do == "" || do < da
}

// dayKey is the calendar day a weekday or a date resolves to
// ("2026-05-19"), or "" when it has none.
func dayKey(v mention.Value) string {
	k := v.Norm
	if v.Type == mention.VWeekday {
		k = v.Unit
	}
	if len(k) != 10 || k[4] != '-' || k[7] != '-' {
		return ""
	}
	return k
}

// againClause reports whether the clause around v in sent holds an
// adjunct of repetition (reAgainCue).
func againClause(sent string, v mention.Value) bool {
	if v.Start < 0 || v.End > len(sent) || v.Start > v.End || !reAgainCue.MatchString(sent) {
		return false
	}
	lo, hi := 0, len(sent)
	for _, m := range reAgainClauseBreak.FindAllStringIndex(sent, -1) {
		if m[1] <= v.Start && m[0] >= lo {
			lo = m[0]
		}
		if m[0] >= v.End && m[0] < hi {
			hi = m[0]
		}
	}
	return reAgainCue.MatchString(sent[lo:v.Start]) || reAgainCue.MatchString(sent[v.End:hi])
}

// reDomainOpening is a sentence opened by an adverb that sets the domain
// its statement holds in (Quirk et al. 1985 §8.33, viewpoint subjuncts:
// "Politically, ..."), here a domain of place wider or narrower than the
// story's own: "Nationally, prices rose 3.2 percent", "Elsewhere, ...".
var reDomainOpening = regexp.MustCompile(`(?i)^\W*(nationally|nationwide|countrywide|globally|worldwide|internationally|regionally|statewide|locally|elsewhere)\s*,`)

// domainApart reports whether exactly one of two figures is told in a
// sentence opened by an adverb of domain (reDomainOpening): its figure
// holds in another domain than the story's ("Nationally, prices rose 3.2
// percent" / "prices in the city rose 6.1 percent"). Two figures so told
// stay comparable, and so does a figure whose sentence names the same
// domain elsewhere ("Nationally, the party won 31 percent" / "The party won
// 29 percent nationally").
func domainApart(f, g *fact) bool {
	mf, mg := reDomainOpening.FindStringSubmatch(f.sent), reDomainOpening.FindStringSubmatch(g.sent)
	if (mf == nil) == (mg == nil) {
		return false
	}
	if mf == nil {
		mf, g = mg, f
	}
	d := domainOf(strings.ToLower(mf[1]))
	for _, w := range strings.Fields(g.sent) {
		if domainOf(strings.ToLower(strings.Trim(w, ",;:.()\"'!?"))) == d {
			return false
		}
	}
	return true
}

// domainWords groups the words that name one domain of place
// ("nationally", "nationwide", "countrywide" all tell the country).
var domainWords = map[string]string{
	"nationally": "nation", "nationwide": "nation", "countrywide": "nation",
	"globally": "world", "worldwide": "world", "internationally": "world",
	"regionally": "region", "statewide": "state", "locally": "local",
}

// domainOf returns the domain a word names (domainWords), or the word.
func domainOf(w string) string {
	if d, ok := domainWords[w]; ok {
		return d
	}
	return w
}

// reCopulaSubject is a one-word subject and a copula or a verb of reaching
// a level right before a figure ("Turnout was 78 percent", "turnout
// reached 64 percent"): the figure measures that subject (Quirk et al.
// 1985 §10.8, the subject complement characterizes the subject).
var reCopulaSubject = regexp.MustCompile(`(?i)\b([\pL]+)\s+(?:was|is|were|are|stood\s+at|stands\s+at|reached|hit)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|just\s+(?:over|under)\s+)?$`)

// rePossessedEnd is a possessive determiner or a genitive right before a
// subject noun.
var rePossessedEnd = regexp.MustCompile(`(?i)(?:\b(?:his|her|its|their|our|my|your)|\pL['’]s?)\s+$`)

// reOfWhole is "of", an optional determiner and the whole's noun after a
// figure ("52.4 percent of the vote").
var reOfWhole = regexp.MustCompile(`(?i)^\s*of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|all\s+)?([\pL]+)`)

// relationSynsets are the noun synsets of "magnitude relation" (a
// proportion, a ratio, a rate, a percentage) and "share", looked up once.
var relationSynsets struct {
	once sync.Once
	ids  []uint32
}

// measuredSubjectApart reports whether two percentages measure two things:
// one the part of a whole ("52.4 percent of the vote", its whole "vote"),
// the other the complement of a subject that is neither that whole's noun
// nor a noun of a proportion or a share ("Turnout was 78 percent": the
// subject "turnout" is what the figure measures, a group that came out,
// not a part of the vote). A subject that names a proportion ("Her share
// was 52 percent", "The rate was 5 percent") may tell the same part, and
// so may any subject against a whole of people (first WordNet sense
// noun.person or noun.group: "54 percent of voters took part").
func (c *comparer) measuredSubjectApart(f, g *fact) bool {
	if f.v.Type != mention.VPercent || g.v.Type != mention.VPercent {
		return false
	}
	wf, wg := wholeNoun(f), wholeNoun(g)
	if (wf == "") == (wg == "") {
		return false
	}
	other, whole := g, wf
	if wf == "" {
		other, whole = f, wg
	}
	if other.v.Start > len(other.sent) {
		return false
	}
	before := other.sent[:other.v.Start]
	mi := reCopulaSubject.FindStringSubmatchIndex(before)
	if mi == nil {
		return false
	}
	// A possessed subject ("Her tally was 47 percent", "the party's result
	// was 12 percent") is the owner's share told another way: the
	// possessive determiner or genitive names whose part it is (Quirk et
	// al. 1985 §5.115).
	if rePossessedEnd.MatchString(before[:mi[2]]) {
		return false
	}
	s := c.lx.Base(strings.ToLower(before[mi[2]:mi[3]]), lexicon.Noun)
	if s == "" {
		return false
	}
	w := c.lx.Base(strings.ToLower(whole), lexicon.Noun)
	if s == w || w == "" {
		return false
	}
	// A whole of people ("54 percent of voters took part") may be the
	// subject's measure told another way: a turnout is a share of voters.
	if ws, ok := c.lx.TopSense(w, lexicon.Noun); !ok || ws.Lex == lexicon.NounPerson || ws.Lex == lexicon.NounGroup {
		return false
	}
	relationSynsets.once.Do(func() {
		for _, x := range []string{"magnitude relation", "share"} {
			relationSynsets.ids = append(relationSynsets.ids, c.lx.SynsetIDs(x, lexicon.Noun)...)
		}
	})
	return !c.lx.Under(s, lexicon.Noun, relationSynsets.ids, 4)
}

// wholeNoun returns the noun of the whole a figure is told as a part of
// ("of the vote": "vote"), or "".
func wholeNoun(f *fact) string {
	if f.v.End > len(f.sent) || f.v.End < 0 {
		return ""
	}
	m := reOfWhole.FindStringSubmatch(f.sent[f.v.End:])
	if m == nil {
		return ""
	}
	return m[1]
}
