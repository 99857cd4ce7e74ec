package mention

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// Number is a count found in a sentence: how many of what, in which event,
// according to whom, and when.
type Number struct {
	Value     float64
	Low, High float64 // a range; both equal Value when it is not one
	Range     bool
	Qualifier string // "at least", "more than", "about", "between"…
	What      string // the counted thing: "registered foreign voters"
	Event     string // base form of the event verb: "kill", "arrest"
	Source    string // who the number is attributed to
	Date      string // resolved date of the event, when the sentence has one
	Sentence  int
	// Start and End are byte offsets of the number in its sentence.
	Start, End int
	// Approximate marks vague counts ("hundreds of", "dozens").
	Approximate bool
	// More marks a count of more of the thing the count before it in its
	// sentence counted ("and wounded two others", "and a third").
	More bool
	// Elided marks a count whose counted noun is left out and recovered
	// from the count before it in its sentence, counted for the same
	// event ("Roe scored 14 points and Doe scored 9": 9 points).
	Elided bool
}

// smallNumbers, vagueNumbers and multipliers are the English numerals, a
// closed class (Huddleston & Pullum, CGEL 2002, ch. 5, cardinal numerals;
// Quirk et al. 1985, ch. 6, numerals): the cardinals written in words, the
// plural numerals of vague counts ("dozens", "hundreds", "scores"), and
// the multiplying numerals with the abbreviations news copy writes for
// them ("mln", "bn", "m", "k": the AP Stylebook's "millions, billions" and
// the financial wires').
var smallNumbers = map[string]float64{
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}

var vagueNumbers = map[string]float64{"dozens": 24, "hundreds": 200, "thousands": 2000, "millions": 2e6, "scores": 40, "tens": 20}

var multipliers = map[string]float64{"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mln": 1e6, "bn": 1e9, "m": 1e6, "k": 1e3}

// qualifiers are the modifiers of a numeral that bound or approximate it
// ("at least 14", "nearly 200", "up to 30"): a closed set of English
// grammar (Huddleston & Pullum, CGEL 2002, ch. 5, numerals and their
// modifiers; ch. 13 for the comparatives "more than", "fewer than", "as
// many as"; Quirk et al. 1985, ch. 8, approximators among the downtoners).
var qualifiers = []string{"at least", "more than", "fewer than", "less than", "as many as", "up to", "at most", "an estimated",
	"just over", "just under", "close to", "nearly", "almost", "about", "around", "roughly", "approximately", "over", "some", "under", "below", "above", "only", "exactly",
	"upwards of", "upward of", "in excess of"}

// comparatives are the qualifiers of a numeral that compare it, which a
// negator before them turns to the other bound (CGEL ch. 5, numerals
// modified by a negated comparative; Quirk et al. 1985 §10.64): "no more
// than 20" and "not over 20" allow 20 and under, "no fewer than 20" and
// "not less than 20" 20 and up. The value is its qualifier as written
// after the negator; applyQualifier reads it by negatedBounds.
var comparatives = map[string]bool{"more than": true, "fewer than": true, "less than": true, "over": true, "under": true,
	"above": true, "below": true}

// negatedBounds are the negated comparatives and the bound each states:
// "max" for a maximum, "min" for a minimum.
var negatedBounds = map[string]string{"more than": "max", "over": "max", "above": "max",
	"fewer than": "min", "less than": "min", "under": "min", "below": "min"}

// negators are the words that negate a comparative before a numeral:
// "no more than 20", "not over 20", "never more than 20" (Quirk et al.
// 1985 §10.58, the negative words); a verb contracted with "n't" ("wasn't
// over 20") is one too (negatorWord).
var negators = []string{"no", "not", "never"}

// negatorWord reports whether lower-case word w negates: one of negators
// or a contraction ending in "n't".
func negatorWord(w string) bool {
	return slices.Contains(negators, w) || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
}

// afterRelations are the words that, right after a figure or after its
// unit, make it a time before or after another ("20 minutes later", "two
// days ago"): "not over" before such a figure is the adjective "over"
// (finished) negated, not a bound ("the match was not over 20 minutes
// later").
var afterRelations = map[string]bool{"later": true, "after": true, "earlier": true, "ago": true}

// negatedComparative returns the qualifier a negator makes of comparative
// q ending before ("no more than", "not less than", "wasn't over",
// "never more than"); "" when no negator comes right before q, or when
// the negator is that of a condition or an alternative question ("if not
// more than 20", "whether or not more than 20": the figure is not
// denied). after is the text from the figure on; skip reports "not over"
// or "not under" before a time relation (afterRelations), which is no
// qualifier at all.
func negatedComparative(before, q, after string) (neg string, skip bool) {
	if !comparatives[q] {
		return "", false
	}
	ws := strings.Fields(strings.TrimSuffix(before, q))
	if len(ws) == 0 || !negatorWord(ws[len(ws)-1]) {
		return "", false
	}
	n := len(ws) - 1
	if n >= 1 && ws[n-1] == "if" || n >= 2 && ws[n-1] == "or" && ws[n-2] == "whether" {
		return "", false
	}
	if q == "over" || q == "under" {
		fs := strings.Fields(lower(after))
		for k := 1; k < len(fs) && k <= 2; k++ {
			if afterRelations[strings.Trim(fs[k], `.,;:!?"'`)] {
				return "", true
			}
		}
	}
	neg = ws[n]
	if neg != "no" && neg != "never" {
		neg = "not" // "wasn't over", "isn't more than": the negator is "not"
	}
	return neg + " " + q, false
}

// eventFiles are the WordNet lexicographer files of the verbs of counted
// news events: verb.body (injure, infect), verb.change (die, destroy),
// verb.competition (attack, shell), verb.contact (kill, arrest, shoot)
// and verb.social (jail, elect, rescue). The other files — motion and
// possession, whose general verbs ("leave", "take", "give") would take
// the event from the verb of harm ("left six passengers injured"),
// consumption, creation, weather, and the verbs of saying, thinking,
// feeling, perceiving and being — were measured on the tune half of the
// findings kit and left out.
var eventFiles = map[uint8]bool{lexicon.VerbBody: true, lexicon.VerbChange: true, lexicon.VerbCompetition: true,
	lexicon.VerbContact: true, lexicon.VerbSocial: true}

// eventVerb reports whether a verb's base form names an event that can be
// counted ("kill", "arrest", "evacuate", "donate"): its first (most
// frequent) WordNet sense is filed under one of eventFiles. No list of
// verbs is kept.
func eventVerb(base string) bool {
	if v, ok := eventCache.Load(base); ok {
		return v
	}
	ok := false
	for _, s := range lexicon.Default().Senses(base) {
		// The first sense, or a second sense of the body ("hurt": its
		// first is to feel pain, its second to injure).
		if s.POS == lexicon.Verb && (s.Rank == 0 && eventFiles[s.Lex] || s.Rank == 1 && s.Lex == lexicon.VerbBody) {
			ok = true
		}
	}
	eventCache.Store(base, ok)
	return ok
}

var eventCache lexicon.WordMemo[bool] // base form → bool

// deathAnchors are WordNet 3.0's verb synsets die (00358431: "pass from
// physical life") and kill (01323976: "cause to die").
var deathAnchors = []uint32{358431, 1323976}

// deathVerb reports whether a verb's base form counts a death toll: its
// first (most frequent) WordNet sense is die or kill or lies at most three
// hypernym steps below one ("perish", "murder", "slay", "massacre",
// "execute"). The people killed are the people who died ("14 were killed"
// / "14 died").
func deathVerb(base string) bool {
	if v, ok := deathCache.Load(base); ok {
		return v
	}
	lx := lexicon.Default()
	s, ok := lx.TopSense(base, lexicon.Verb)
	ok = ok && lx.SynsetUnder(s.Synset, lexicon.Verb, deathAnchors, 3)
	deathCache.Store(base, ok)
	return ok
}

var deathCache lexicon.WordMemo[bool] // base form → bool

// SameEvent reports whether two counts' event verbs (base forms) count the
// same event: the same verb, or two verbs of one death toll.
func SameEvent(a, b string) bool {
	return a != "" && (a == b || deathVerb(a) && deathVerb(b))
}

// IsEventVerb reports whether a verb's base form names a counted news
// event ("kill", "arrest", "evacuate").
func IsEventVerb(base string) bool { return eventVerb(base) }

// Numbers finds the counts in an article's sentences.
func Numbers(a *Analysis) []Number {
	var out []Number
	lx := lexicon.Default()
	for si, s := range a.Sentences {
		toks := a.Tokens[si]
		for i := 0; i < len(toks); i++ {
			if n, ok := nextOfCount(lx, toks, i, out, si); ok {
				out = append(out, n)
				i++
				continue
			}
			n, next, ok := a.readNumber(si, toks, i)
			if !ok {
				continue
			}
			n.Sentence = si
			if n.Qualifier == "" {
				n.Qualifier = qualifierBefore(s.Text, toks[i].Start)
			}
			if n.Qualifier == "between" || n.Range {
				n.Qualifier = strings.TrimSpace(n.Qualifier)
			}
			// The counted thing.
			whatStart, j := countedThing(lx, toks, next, n.Approximate)
			if j > whatStart {
				n.What = s.Text[toks[whatStart].Start:toks[j-1].End]
			}
			// A bare participle ("three injured") is the event, not the thing.
			if n.What != "" && !strings.Contains(n.What, " ") && isEventParticiple(lx, lower(n.What)) {
				n.Event = lx.Base(lower(n.What), lexicon.Verb)
				n.What = ""
			}
			// "nine days ago", "for 12 hours": a length of time is no
			// count (the value reader reads durations), and lends no
			// counted thing to the count after it.
			if n.What == "" && next < len(toks) && lx.LengthOfTime(toks[next].Lower) {
				i = next - 1
				continue
			}
			if n.What == "" && !n.Approximate && n.Event == "" {
				// A count of nothing named ("rose to 15") is kept only with an event.
				if ev := eventNear(lx, toks, i, next, n.Value != 1); ev != "" {
					n.Event = ev
				} else {
					i = next - 1
					continue
				}
			}
			if n.Event == "" {
				n.Event = eventNear(lx, toks, i, max(j, next), n.Value != 1)
			}
			// A small count with no event ("the two sides") is not a figure,
			// unless it counts people ("seven survivors").
			if n.Event == "" && !n.Approximate && n.Value < 10 && !n.Range && !countsPeople(lx, n.What) {
				i = next - 1
				continue
			}
			// "including three injured": inherit the thing counted; "two
			// others" are more of it ("killed two guards and wounded two
			// others": other is anaphoric, CGEL ch. 5 §7.3).
			if (n.What == "" || lower(n.What) == "others") && len(out) > 0 && out[len(out)-1].Sentence == si {
				prev := out[len(out)-1]
				if n.What != "" {
					n.More, n.End = true, toks[j-1].End // "two others"
				} else if prev.What != "" && SameEvent(n.Event, prev.Event) && !n.Approximate {
					// Nominal ellipsis in a parallel clause (Quirk et
					// al. 1985 ch. 12; CGEL ch. 17): "X scored 14 points
					// and Y scored 9" counts points twice.
					n.Elided = true
				}
				n.What = prev.What
			}
			// Source and date from the sentence.
			for _, q := range a.Quotes {
				if !q.CueOnly() && (q.Sentence == si || q.Start <= s.Start+toks[i].Start && q.End >= s.Start+toks[i].End) { // a cue alone lends no source
					n.Source = q.Speaker
					if n.Source == "" {
						n.Source = q.SpeakerText
					}
					break
				}
			}
			for _, t := range a.Times[si] {
				if t.Date != "" && !(t.Start <= toks[i].Start && t.End >= toks[i].End) {
					n.Date = t.Date
					break
				}
			}
			// "In May, a storm hit Alder Bay. It killed 41 people": a
			// sentence that goes on about the previous one's event takes its date.
			if n.Date == "" && si > 0 && a.Sentences[si-1].Para == s.Para && len(toks) > 0 {
				switch toks[0].Lower {
				case "it", "that", "this", "they", "the", "its":
					for _, t := range a.Times[si-1] {
						if t.Date != "" && !t.Relative {
							n.Date = t.Date
							break
						}
					}
				}
			}
			out = append(out, n)
			i = next - 1
		}
	}
	return out
}

// stopWhat are the words that end the counted thing after a number:
// function words — prepositions ("including", "per" among them),
// coordinators and subordinators, relative words, determinatives and the
// forms of the auxiliaries (closed classes: CGEL ch. 3, ch. 5, ch. 7,
// ch. 12, ch. 15) —, the adverbs of focus, time and degree that follow a
// count ("also", "still", "now", "nearly": CGEL ch. 6), and the units
// that make a value of another type, which the value reader reads itself
// (percentages, multiples, ages and lengths of time: rePct, reAge1, reDur
// in values.go).
var stopWhat = set("in", "on", "at", "of", "and", "or", "were", "was", "are", "is", "have", "has", "had", "who", "that", "which", "to",
	"from", "during", "across", "since", "by", "for", "with", "after", "before", "as", "than", "the", "a", "an", "per", "each", "will",
	"would", "could", "been", "be", "being", "into", "over", "under", "while", "when", "where", "including", "among", "between", "more",
	"percent", "times", "years", "year", "old", "days", "weeks", "months", "hours", "minutes", "seconds", "also", "still", "now",
	"around", "about", "nearly", "almost", "some", "there", "here", "then", "so", "but", "if", "because", "since")

func countsPeople(lx *lexicon.Lexicon, what string) bool {
	ws := strings.Fields(what)
	if len(ws) == 0 {
		return false
	}
	head := lx.Base(lower(ws[len(ws)-1]), lexicon.Noun)
	for _, s := range lx.Senses(head) {
		if s.POS == lexicon.Noun && s.Lex == lexicon.NounPerson {
			return true
		}
	}
	return false
}

func isNounToken(lx *lexicon.Lexicon, t text.Token) bool {
	if !t.IsWord() {
		return false
	}
	if t.IsCapitalized() {
		return true
	}
	lw := t.Lower
	return !stopWhat[lw] && lx.Has(lx.Base(lw, lexicon.Noun), lexicon.Noun)
}

func isEventParticiple(lx *lexicon.Lexicon, lw string) bool {
	if !strings.HasSuffix(lw, "ed") && lw != "dead" && lw != "hurt" {
		return false
	}
	if lw == "dead" {
		return true
	}
	return eventVerb(lx.Base(lw, lexicon.Verb))
}

// eventNear finds the event verb of a count: after it ("were killed",
// "left … wounded"), else before it ("detained 300 …", "the rescue of nine").
// The verbs of a count's event come in two tiers: the verbs of harm,
// change, contact, competition and social acts (eventFiles), and, only
// when none of those is near, the verbs of motion and possession
// ("evacuated 300 residents", "2,000 people fled", "sold 40 homes"). A verb
// of motion or possession is often the frame of a verb of harm ("left six
// passengers injured", "sent 12 to hospital wounded"), so the harm verb
// wins wherever it stands in the window.
var motionFiles = map[uint8]bool{lexicon.VerbMotion: true, lexicon.VerbPossession: true}

// primaryVerbs are be, have and do, the primary verbs of English (CGEL
// 2002, ch. 3 §2.1): auxiliaries as often as lexical verbs, never the
// event of a count ("has 4,200 employees" is a state).
var primaryVerbs = set("be", "have", "do")

// eventNear finds the event verb of a count: after it ("were killed",
// "left … wounded"), else before it ("detained 300 …", "the rescue of nine").
// A plural count's own verb after it takes no -s (plural says whether the
// count is more than one).
func eventNear(lx *lexicon.Lexicon, toks []text.Token, at, after int, plural bool) string {
	if ev := eventNearOf(lx, toks, at, after, eventVerb, false, plural); ev != "" {
		return ev
	}
	return eventNearOf(lx, toks, at, after, motionVerb, true, plural)
}

// aspectualVerbs are the catenative verbs of aspect (Quirk et al. 1985
// §16.49; CGEL 2002 ch. 14 §5.3): "began evacuating", "continued to
// search" name no event of their own; the verb they take does.
var aspectualVerbs = set("begin", "start", "commence", "continue", "keep", "stop", "cease", "finish", "resume", "quit")

// AspectualComplement is, for token k an inflected aspectual verb
// (aspectualVerbs) whose complement, an -ing form or a "to" infinitive
// right after it, is a verb ("resumed moving", "started to carry"), the
// base form of that verb: the verb of the clause, whatever its file. An
// -ing form must be inflected, as eventNearOf asks: "spring" in "started
// spring drills" is a word of its own, not the -ing of a verb. "" for
// any other token.
func AspectualComplement(toks []text.Token, k int) string {
	lx := lexicon.Default()
	lw := toks[k].Lower
	if b := lx.Base(lw, lexicon.Verb); !aspectualVerbs[b] || b == lw || k+1 >= len(toks) {
		return ""
	}
	n := k + 1
	if toks[n].Lower == "to" && n+1 < len(toks) {
		n++
	}
	nl := toks[n].Lower
	if n == k+1 && (!strings.HasSuffix(nl, "ing") || lx.Base(nl, lexicon.Verb) == nl) {
		return ""
	}
	if vb := lx.Base(nl, lexicon.Verb); lx.Has(vb, lexicon.Verb) {
		return vb
	}
	return ""
}

// nounByConcord reports whether token k, after a plural count, is a plural
// noun rather than a verb: a verb agreeing with a plural subject takes no
// -s (Quirk et al. 1985 §10.34, concord of number), so a form ending in -s
// that WordNet has as a noun is the noun ("seven goals for the league
// champions").
func nounByConcord(lx *lexicon.Lexicon, lw string) bool {
	return strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") && lx.Base(lw, lexicon.Noun) != lw && lx.Has(lx.Base(lw, lexicon.Noun), lexicon.Noun)
}

// motionVerb reports whether a verb's first WordNet sense is one of motion
// or possession (the second tier of count events), not a primary verb.
func motionVerb(base string) bool {
	if primaryVerbs[base] {
		return false
	}
	// A root of WordNet's verb hierarchy ("go", "move", "leave", "give",
	// "get", "enter") is too general to name the event of a count: "with
	// an hour left", "gave 12 speeches".
	s, ok := lexicon.Default().TopSense(base, lexicon.Verb)
	return ok && motionFiles[s.Lex] && len(s.Hypernyms) > 0
}

// afterDeterminer reports whether token k follows a word that a noun
// follows ("the", "its": lexicon.NounFollows) and is itself followed by a
// noun or stands before no word: "the flooded district", "the fires" and
// "the firm" are no verbs; "the injured" (people) keeps its event.
func afterDeterminer(lx *lexicon.Lexicon, toks []text.Token, k int) bool {
	if k == 0 || !lexicon.NounFollows(toks[k-1].Lower) {
		return false
	}
	lw := toks[k].Lower
	if !strings.HasSuffix(lw, "ed") {
		return true
	}
	if k+1 < len(toks) && relativeVerbOfCount(toks, k) {
		return false
	}
	return k+1 < len(toks) && isNounToken(lx, toks[k+1])
}

// relativeVerbOfCount reports whether token k, an -ed form after "that",
// is the verb of a relative clause with the figure after it for its
// object ("a blast that killed three miners"): "that" is then the
// relative pronoun (Quirk et al. 1985 ch. 17), not the demonstrative
// determiner, which no -ed adjective and figure follow ("that injured
// man", never "that injured three men").
func relativeVerbOfCount(toks []text.Token, k int) bool {
	if k == 0 || toks[k-1].Lower != "that" {
		return false
	}
	_, _, ok := figureAt(toks, k+1)
	return ok
}

// gerundAfterPreposition reports whether token k is an -ing form right
// after a preposition ("accused of killing two co-workers", "after
// wounding three"): a gerund, the complement of the preposition, keeps
// its verb's object (Quirk et al. 1985 §17.54; CGEL ch. 14 §1.4), so the
// count after it is what it did, unlike a noun after a determiner. It is
// taken for verbs of harm only (harmEvent), whose counts of people are
// compared by their event: other gerunds ("accused of spraying 13 shots")
// name the act in words two articles rarely share.
func gerundAfterPreposition(toks []text.Token, k int) bool {
	if k == 0 || !strings.HasSuffix(toks[k].Lower, "ing") {
		return false
	}
	tag, _ := lexicon.ClosedClass(toks[k-1].Lower)
	return tag == "IN"
}

// isVerbForm reports whether a lower-case word is an inflected verb form
// ("evacuated", "fled", "evacuating"), not a base form.
func isVerbForm(lx *lexicon.Lexicon, lw string) bool {
	b := lx.Base(lw, lexicon.Verb)
	return b != lw && lx.Has(b, lexicon.Verb) && !strings.HasSuffix(lw, "s")
}

// onlyVerb reports whether WordNet knows a lower-case word as a verb form
// and as nothing else.
func onlyVerb(lx *lexicon.Lexicon, lw string) bool {
	b := lx.Base(lw, lexicon.Verb)
	return lx.Has(b, lexicon.Verb) && !lx.Has(lx.Base(lw, lexicon.Noun), lexicon.Noun) && !lx.Has(lw, lexicon.Adj) && !lx.Has(lw, lexicon.Adv)
}

// afterInfinitiveMarker reports whether token k follows "to", a modal
// (Penn tag MD: "will", "could") or "not".
func afterInfinitiveMarker(toks []text.Token, k int) bool {
	if k == 0 {
		return false
	}
	p := toks[k-1].Lower
	tag, _ := lexicon.ClosedClass(p)
	// or a form of be or have: "were hurt", "has cost" (a participle
	// written as its base).
	return p == "to" || p == "not" || tag == "MD" || stopWhat[p] && primaryVerbs[lexicon.Default().Base(p, lexicon.Verb)]
}

func eventNearOf(lx *lexicon.Lexicon, toks []text.Token, at, after int, isEvent func(string) bool, possessive, plural bool) string {
	var check func(k int) string
	check = func(k int) string {
		t := toks[k]
		if !t.IsWord() || t.IsCapitalized() {
			return ""
		}
		lw := t.Lower
		if plural && k > at && nounByConcord(lx, lw) {
			return ""
		}
		// "began evacuating", "continued to search": the event is the
		// verb the aspectual verb takes.
		if b := lx.Base(lw, lexicon.Verb); aspectualVerbs[b] && b != lw && k+1 < len(toks) {
			n := k + 1
			if toks[n].Lower == "to" && n+1 < len(toks) {
				n++
			}
			nl := toks[n].Lower
			if n > k+1 {
				// "continued to search": the infinitive is a verb.
				if vb := lx.Base(nl, lexicon.Verb); lx.Has(vb, lexicon.Verb) && isEvent(vb) {
					return vb
				}
				return ""
			}
			if strings.HasSuffix(nl, "ing") && lx.Base(nl, lexicon.Verb) != nl {
				return check(n)
			}
		}
		if lw == "dead" {
			return "die"
		}
		if lw == "deaths" || lw == "death" || lw == "toll" {
			return "die"
		}
		if tag, _ := lexicon.ClosedClass(lw); tag == "RP" {
			return "" // a particle: WordNet's verb "off" (to kill) is no event of "set off"
		}
		b := lx.Base(lw, lexicon.Verb)
		// A preposition written as it is ("skating near the pier with
		// five friends"): WordNet's verb "near" (to come near) is no
		// event of a word the Penn Treebank tags a preposition (IN); an
		// inflected form ("neared") is a verb.
		if tag, _ := lexicon.ClosedClass(lw); tag == "IN" && b == lw {
			return ""
		}
		if isEvent(b) && (b != lw || lx.Has(lw, lexicon.Verb)) {
			if b == lw && !strings.HasSuffix(lw, "ing") && lx.Has(lw, lexicon.Noun) && !lx.Has(lw, lexicon.Verb) {
				return ""
			}
			// The event named by a noun of the count: "the killing of
			// six", "the rescue of nine".
			if k+2 <= at && toks[k+1].Lower == "of" {
				return b
			}
			// An uninflected word that is also a noun is a verb only
			// after "to" or a modal ("will close 40 stores"), not in
			// "the flooded district".
			if b == lw && lx.Has(lw, lexicon.Noun) && !afterInfinitiveMarker(toks, k) {
				return ""
			}
			if afterDeterminer(lx, toks, k) && !(k < at && gerundAfterPreposition(toks, k) && harmEvent(lx, b)) {
				return ""
			}
			return b
		}
		return ""
	}
	// A verb right before the count ("rescued at least 22", "detained over 300").
	for k := at - 1; k >= 0 && k >= at-4; k-- {
		if isQualifierWord(toks[k].Text) || toks[k].Lower == "least" || toks[k].Lower == "than" || toks[k].Lower == "to" {
			continue
		}
		// A particle of a phrasal verb ("carried out 40 raids": Penn
		// tag RP) stands between the verb and its count.
		if tag, _ := lexicon.ClosedClass(toks[k].Lower); tag == "RP" {
			continue
		}
		if ev := check(k); ev != "" {
			return ev
		}
		// "has 4,200 employees": have with a count for its object is a
		// verb of possession, the last tier.
		if possessive && toks[k].Base(lexicon.Verb) == "have" && toks[k].IsWord() {
			return "have"
		}
		break
	}
	for k := after; k < len(toks) && k < after+6; k++ {
		if endsForwardSearch(toks, k, after) {
			break
		}
		if ev := check(k); ev != "" {
			return ev
		}
		// The count's own verb, though of the last tier, ends the search
		// after it: "four boats were ferrying wounded" is a
		// crossing, not a wounding.
		if !possessive && isVerbForm(lx, toks[k].Lower) && motionVerb(toks[k].Base(lexicon.Verb)) && !afterDeterminer(lx, toks, k) {
			break
		}
		// So does an aspectual verb's complement that names no event:
		// "three barges resumed moving the wounded" moved people, and
		// "the wounded" is its object, not what happened to the
		// barges.
		if !possessive && AspectualComplement(toks, k) != "" {
			break
		}
	}
	for k := at - 1; k >= 0 && k >= at-5; k-- {
		if toks[k].Text == "," || toks[k].Text == ";" {
			break
		}
		if ev := check(k); ev != "" {
			return ev
		}
	}
	return ""
}

// endsForwardSearch reports whether token k, read after the counted words
// (which end at token after), ends the search for a count's verb: a comma,
// a semicolon, "including", or a relative pronoun past the counted words,
// which opens a clause of the nearer noun it follows (Quirk et al. 1985
// §17.9: the antecedent is the noun phrase the clause postmodifies):
// "eleven pupils at a school which flooded" counts no flooding. "that" is
// as often a conjunction or a determiner.
func endsForwardSearch(toks []text.Token, k, after int) bool {
	lw := toks[k].Lower
	return lw == "," || lw == ";" || lw == "including" || k > after && lw != "that" && relativePronouns[lw]
}

// qualifierBefore returns the qualifier written just before offset off.
func qualifierBefore(s string, off int) string {
	before := lower(strings.TrimSpace(s[:off]))
	for _, q := range qualifiers {
		if strings.HasSuffix(before, " "+q) || before == q {
			neg, skip := negatedComparative(before, q, s[off:])
			switch {
			case skip:
				return ""
			case neg != "":
				return neg
			}
			return q
		}
	}
	if strings.HasSuffix(before, "between") {
		return "between"
	}
	return ""
}

func parseDigits(s string) (float64, bool) {
	v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	return v, err == nil
}

// figureAt reads the figure at token i — digits ("1,400", "1, 400"),
// number words ("twenty-three", "two hundred") or a vague "dozens of" —
// and returns it with the index of the token after it; ok is false for
// anything else, "0" and a figure with letters or a clock's or date's
// signs.
func figureAt(toks []text.Token, i int) (Number, int, bool) {
	t := toks[i]
	lw := t.Lower
	var n Number
	next := i + 1
	switch {
	case t.IsNumber():
		if strings.ContainsAny(t.Text, ":/") || strings.Contains(lw, "-year") || hasLetters(t.Text) {
			return n, 0, false // times, dates, "45-year-old", "1st", "F-16"
		}
		v, ok := parseDigits(t.Text)
		if !ok || v == 0 {
			return n, 0, false // "0" counts nothing: "no one" is not a figure
		}
		// "1, 400" (a thousands separator followed by a space, as some
		// converted texts write it) is one number.
		if len(t.Text) <= 3 && i+2 < len(toks) && toks[i+1].Text == "," && len(toks[i+2].Text) == 3 && text.AllDigits(toks[i+2].Text) && toks[i+1].End == toks[i+1].Start+1 && toks[i+2].Start == toks[i+1].End+1 {
			if w, ok := parseDigits(t.Text + toks[i+2].Text); ok {
				v = w
				next = i + 3
			}
		}
		n.Value = v
	case smallNumbers[lw] > 0 || hyphenNumber(lw) > 0:
		n.Value = smallNumbers[lw]
		if n.Value == 0 {
			n.Value = hyphenNumber(lw) // "twenty-three"
		}
		var ok bool
		if n.Value, next, ok = countWords(toks, i, n.Value); !ok {
			return n, 0, false
		}
	case vagueNumbers[lw] > 0 && i+1 < len(toks) && toks[i+1].Lower == "of":
		n.Value, n.Approximate = vagueNumbers[lw], true
		n.Qualifier = lw + " of"
	default:
		return n, 0, false
	}
	return n, next, true
}

// readNumber reads a count starting at token i and returns it with the
// index of the token after it; ok is false for dates, years, times, ages,
// percentages, ordinals and numbers that are part of names.
func (a *Analysis) readNumber(si int, toks []text.Token, i int) (Number, int, bool) {
	t := toks[i]
	n, next, ok := figureAt(toks, i)
	if !ok {
		return n, 0, false
	}
	// Inside a date or year expression.
	for _, x := range a.Times[si] {
		if t.Start >= x.Start && t.End <= x.End {
			return n, 0, false
		}
	}
	// Part of a name or model ("Apollo 11", "Route 66") or an ordinal-like label.
	if partOfName(toks, i) {
		return n, 0, false
	}
	// Multipliers: "5 million", "1.5 billion".
	if next < len(toks) {
		if m := multipliers[toks[next].Lower]; m > 0 && !n.Approximate {
			n.Value *= m
			next++
		}
	}
	// Percentages, ages, clock times and street numbers.
	if next < len(toks) {
		nl := toks[next].Lower
		switch nl {
		case "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "utc", "o'clock", "east", "west", "north", "south", "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd":
			return n, 0, false
		}
		if nl == "%" || nl == "percent" || nl == "per" || nl == "pc" || nl == "percentage" {
			return n, 0, false
		}
		if (nl == "years" || nl == "year") && next+1 < len(toks) && toks[next+1].Lower == "old" {
			return n, 0, false
		}
		if nl == "-" && next+1 < len(toks) && strings.HasPrefix(toks[next+1].Lower, "year") {
			return n, 0, false
		}
	}
	if i > 0 && (toks[i-1].Lower == "aged" || toks[i-1].Lower == "age") {
		return n, 0, false
	}
	// An age in apposition: "Smith, 45, said".
	if i > 1 && toks[i-1].Text == "," && toks[i-2].IsCapitalized() && next < len(toks) && toks[next].Text == "," && t.IsNumber() && n.Value < 120 {
		return n, 0, false
	}
	// Ranges: "between 200 and 300", "200 to 300", "2-3".
	if next+1 < len(toks) && (toks[next].Lower == "and" && qualifierBefore(a.Sentences[si].Text, t.Start) == "between" || toks[next].Lower == "to" || toks[next].Text == "-" || toks[next].Text == "–") {
		if hi, ok := parseDigits(toks[next+1].Text); ok && toks[next+1].IsNumber() || smallNumbers[toks[next+1].Lower] > 0 {
			if !ok {
				hi = smallNumbers[toks[next+1].Lower]
			}
			if next+2 < len(toks) {
				if m := multipliers[toks[next+2].Lower]; m > 0 {
					hi *= m
					if n.Value < hi/m*10 && n.Value < 1000 {
						n.Value *= m
					}
				}
			}
			if hi > n.Value {
				n.Low, n.High, n.Range = n.Value, hi, true
				next += 2
				if next < len(toks) && multipliers[toks[next].Lower] > 0 {
					next++
				}
			}
		}
	}
	if !n.Range {
		n.Low, n.High = n.Value, n.Value
	}
	n.Start, n.End = t.Start, toks[next-1].End
	if n.Value == math.Floor(n.Value) && n.Value >= 1900 && n.Value <= 2100 && t.IsNumber() && !strings.Contains(t.Text, ",") {
		// A year written alone that the time resolver did not take.
		if next >= len(toks) || !toks[next].IsWord() || !isNounToken(lexicon.Default(), toks[next]) {
			return n, 0, false
		}
	}
	return n, next, true
}

// partOfName reports whether the figure at token i is part of a name or
// model ("Apollo 11", "Route 66", "Highway 17 near the bridge"): a
// capitalised word before it, and after it no word, a capitalised word, or
// (unless the name opens the sentence) no plural noun or participle.
func partOfName(toks []text.Token, i int) bool {
	t := toks[i]
	if i == 0 || !toks[i-1].IsCapitalized() || isQualifierWord(toks[i-1].Text) || !t.IsNumber() || i > 1 && (toks[i-2].Text == "at" || toks[i-2].Text == "over") {
		return false
	}
	if i+1 >= len(toks) || !toks[i+1].IsWord() || toks[i+1].IsCapitalized() {
		return true
	}
	return !isSentenceStart(toks, i-1) && labelBefore(toks[i-1].Text, toks[i+1].Text)
}

// isSentenceStart reports whether token k opens its sentence (after any
// opening quotation marks or brackets).
func isSentenceStart(toks []text.Token, k int) bool {
	for j := 0; j < k; j++ {
		if toks[j].IsWord() || toks[j].IsNumber() {
			return false
		}
	}
	return true
}

// countWords reads a count written in words from token i, whose first
// word's value is v: "a dozen", "her dozen hens" (a possessive
// determiner, Penn tag PRP$), "the dozen cars" and "the crew's dozen
// boats" (a definite determiner, CGEL ch. 5) but not "two dozen", "half
// dozen" or "dozens"; "thirty four", a tens word and a units word written
// apart. A number word before a decade's name ("nineteen seventies") is
// no count. It returns the value and the token after it.
func countWords(toks []text.Token, i int, v float64) (float64, int, bool) {
	next := i + 1
	if toks[i].Lower == "dozen" && (i == 0 || !dozenDeterminer(toks[i-1])) {
		return 0, 0, false
	}
	if next < len(toks) && decadeName(toks[next].Lower) {
		return 0, 0, false
	}
	if u := unitsWord(toks, next); v >= 20 && v < 100 && int(v)%10 == 0 && u > 0 {
		v += u
		next++
	}
	return v, next, true
}

// dozenDeterminer reports whether token t, right before "dozen", makes it
// a count of twelve: the indefinite article ("a dozen"), a possessive
// determiner ("his dozen"), a possessive noun ("the crew's dozen") or a
// definite determiner — the definite article or a demonstrative (CGEL
// ch. 5: "the", "this", "that", "these", "those"). Other determiners
// quantify the dozens themselves ("half dozen", "every dozen").
func dozenDeterminer(t text.Token) bool {
	lw := t.Lower
	if tag, _ := lexicon.ClosedClass(lw); tag == "PRP$" {
		return true
	}
	if t.IsWord() && len(lw) > 2 && (strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s")) {
		return true
	}
	switch lw {
	case "a", "the", "this", "that", "these", "those":
		return true
	}
	return false
}

// decadeName reports whether a lower-case word names a decade: the plural
// of a tens word ("seventies", "eighties"), as in "the nineteen
// seventies" or "the nineteen-eighties", a span of years rather than a
// count.
func decadeName(lw string) bool {
	if !strings.HasSuffix(lw, "ies") {
		return false
	}
	v := smallNumbers[strings.TrimSuffix(lw, "ies")+"y"]
	return v >= 20 && v < 100
}

// unitsWord is the value of the units word ("one" to "nine") at token k,
// 0 for any other token.
func unitsWord(toks []text.Token, k int) float64 {
	if k >= len(toks) {
		return 0
	}
	lw := toks[k].Lower
	if lw == "one" {
		return 1
	}
	if v := smallNumbers[lw]; v < 10 {
		return v
	}
	return 0
}

// hyphenNumber reads a cardinal written as a hyphenated compound of a tens
// word and a units word ("twenty-three", "forty-five"), 0 for any other word.
func hyphenNumber(lw string) float64 {
	i := strings.IndexByte(lw, '-')
	if i <= 0 {
		return 0
	}
	a, b := smallNumbers[lw[:i]], smallNumbers[lw[i+1:]]
	if lw[i+1:] == "one" {
		b = 1 // "forty-one": smallNumbers leaves out "one", a pronoun as often as a number
	}
	if a >= 20 && a < 100 && int(a)%10 == 0 && b > 0 && b < 10 {
		return a + b
	}
	return 0
}

func isQualifierWord(w string) bool {
	switch lower(w) {
	case "at", "over", "about", "nearly", "almost", "some", "around", "more", "up", "only", "just":
		return true
	}
	return false
}

func hasLetters(s string) bool {
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			return true
		}
	}
	return false
}

// ordinals are the ordinal numerals that follow a count as one more of it
// (CGEL ch. 5: "killed two guards and wounded a third").
var ordinals = map[string]float64{"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}

// nextOfCount reads "a third" after a count of two in its sentence ("killing
// two guards and wounding a third"): one more of the thing counted, a count
// of one with its own event. Not a fraction ("a third of the vote") nor an
// ordinal of another noun ("a third term").
func nextOfCount(lx *lexicon.Lexicon, toks []text.Token, i int, out []Number, si int) (Number, bool) {
	var n Number
	if i+1 >= len(toks) || (toks[i].Lower != "a" && toks[i].Lower != "an") || len(out) == 0 {
		return n, false
	}
	prev := out[len(out)-1]
	ord := ordinals[toks[i+1].Lower]
	if prev.Sentence != si || prev.What == "" || ord == 0 || ord != prev.Value+1 || prev.Range || prev.Approximate {
		return n, false
	}
	if i+2 < len(toks) && toks[i+2].IsWord() {
		// "a third guard" counts the same noun; another noun ends it
		// ("a third term"), a function word or a verb does not ("a third
		// at the mill", "a third died").
		nw := toks[i+2].Lower
		head := strings.Fields(lower(prev.What))
		if _, closed := lexicon.ClosedClass(nw); !closed && isNounToken(lx, toks[i+2]) && lx.Base(nw, lexicon.Noun) != lx.Base(head[len(head)-1], lexicon.Noun) {
			return n, false
		}
	}
	n = Number{Value: 1, Low: 1, High: 1, What: prev.What, Sentence: si, Start: toks[i].Start, End: toks[i+1].End, More: true}
	n.Event = eventNear(lx, toks, i, i+2, false)
	if n.Event == "" {
		return n, false
	}
	return n, true
}

// countedThing is the span of tokens [whatStart, j) a count at token next
// counts: up to five words after it (over "of" for a vague count), ended
// by a function word, a joined count, a participle of an event or a verb.
func countedThing(lx *lexicon.Lexicon, toks []text.Token, next int, approximate bool) (whatStart, j int) {
	j = next
	if j < len(toks) && toks[j].Lower == "of" && approximate {
		j++
	}
	whatStart = j
	for j < len(toks) && j-whatStart < 5 {
		t := toks[j]
		lw := t.Lower
		if !t.IsWord() || stopWhat[lw] {
			break
		}
		// "workers-two women": a dash joined the next count in.
		if k := strings.IndexByte(lw, '-'); k > 0 && smallNumbers[lw[k+1:]] > 0 {
			break
		}
		if isEventParticiple(lx, lw) && j > whatStart && j+1 < len(toks) && !isNounToken(lx, toks[j+1]) {
			break
		}
		// A word WordNet knows only as a verb ends it: "2,000
		// people fled".
		if j > whatStart && onlyVerb(lx, lw) {
			break
		}
		j++
		// A plural noun followed by a non-noun ends the phrase.
		if strings.HasSuffix(lw, "s") && !t.IsCapitalized() && lx.Has(lx.Base(lw, lexicon.Noun), lexicon.Noun) && (j >= len(toks) || !isNounToken(lx, toks[j]) || !toks[j].IsWord()) {
			break
		}
	}
	return whatStart, j
}
