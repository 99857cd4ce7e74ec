package compare

import (
	"slices"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

func TestClauseReader(t *testing.T) {
	checkClauseReader(t, []clauseReaderCase{
		{"Marlow no longer poses a danger to the coast.", "Marlow", "pose", "danger", true, false, true},
		{"Marlow rebels continue to pose a serious danger in the hills.", "Marlow", "pose", "danger", false, false, true},
		{"Okafor said the flood does not remain a danger.", "the flood", "remain", "danger", true, false, true},
		{"The barn may have been damaged by lightning.", "the barn", "damage", "lightning", false, false, true},     // possible: a suspicion, affirmed
		{"The barn was unlikely to be damaged by lightning.", "the barn", "damage", "lightning", false, true, true}, // unlikely: doubted
		{"The house was probably damaged by the storm.", "the house", "damage", "storm", false, false, true},        // probable: affirmed
		{"The company failed to pay the fine.", "the company", "pay", "fine", true, false, true},
		{"She asked if the outage was linked to the storm.", "the outage", "link", "storm", false, true, true},
		{"The blaze is being.", "", "", "", false, false, false}, // "X is a being" is no claim
		{"The crash is being investigated as sabotage.", "the crash", "be", "sabotage", false, false, true},
		{"Marsh was taken away.", "", "", "", false, false, false},                                       // taken where? nothing to check,
		{"The two sides made a deal.", "the side", "make", "deal", false, false, true},                   // "sides" is no verb after "two"
		{"The flood remains a threat to villages.", "the flood", "remain", "threat", false, false, true}, // "flood" is no number word
		{"The director is still in talks.", "", "", "", false, false, false},                             // "still" is no predicate
		{"The shooting happened minutes later.", "", "", "", false, false, false},                        // a time, not a claim
		{"Okafor, 43, attacked the guard.", "Okafor", "attack", "guard", false, false, true},             // an appositive
		{"The blaze at Okafor was treated as arson.", "the blaze", "be", "arson", false, false, true},    // a name in a PP is no subject
		{"Okafor worked.", "", "", "", false, false, false},                                              // says nothing checkable
		{"The blaze is a being of fire.", "", "", "", false, false, false},                               // a unique beginner is no predicate
		{"The company is the fifth to report losses.", "", "", "", false, false, false},                  // a rank without its noun
		{"The company is the fifth bank to report losses.", "the company", "be", "bank", false, false, true},
		{"Okafor is a good person.", "Okafor", "be", "person", false, false, true}, // a modified unique beginner
		{"Okafor will be the host of the gala.", "Okafor", "be", "host", false, false, true},
		{"Okafor's fall was a cover for him.", "", "", "", false, false, false},                      // "him" names no one
		{"The workers has set the fire.", "", "", "", false, false, false},                           // no concord: misread
		{"The workers have set the fire.", "the worker", "set", "fire", false, false, true},          // concord
		{"The staff have repaired the pump.", "the staff", "repair", "pump", false, false, true},     // a collective noun: plural concord
		{"Staff repaired the pump before dawn.", "the staff", "repair", "pump", false, false, true},  // a group noun with no article
		{"The clerk was able to escape through the cellar.", "", "", "", false, false, false},        // "able" wants its infinitive
		{"The crates sat in a barn in a lorry driven by a farmer.", "", "", "", false, false, false}, // an -en participle opens no clause
		// A subject with no article opening its clause: a plural or a group noun.
		{"Detectives found the missing ledger.", "the detective", "find", "ledger", false, false, true},
		{"The pump failed, and river police did not find the wreck.", "the police", "find", "wreck", true, false, true},
		{"Okafor and wardens found the wreck.", "", "", "", false, false, false},    // a bare "and" joins two subjects
		{"Ferry to Okafor islands sank the raft.", "", "", "", false, false, false}, // a singular noun without its article is not bare
		// An indefinite subject opening its clause is the story's thing on
		// first mention: the same subject as another report's "the ferry".
		{"A ferry to Okafor islands sank the raft.", "the ferry", "sink", "raft", false, false, true},
		{"Wardens say a ferry sank the raft near the pier.", "the ferry", "sink", "raft", false, false, true},
		{"A ferry has sunk the raft.", "the ferry", "sink", "raft", false, false, true},
		// In the simple present it is generic: any such thing.
		{"A ferry is a boat for passengers.", "", "", "", false, false, false},
		{"A ferry carries passengers across the bay.", "", "", "", false, false, false},
		// Inside a clause an indefinite noun phrase is a new thing.
		{"Rain fell and a ferry sank the raft.", "", "", "", false, false, false},
		// Two names joined by "and" opening the clause are one subject,
		// the same in either order; not the second name alone.
		{"Okafor and Marlow offered a reward for the dog.", "Marlow and Okafor", "offer", "reward", false, false, true},
		{"Wardens said Marlow and Okafor offered a reward.", "Marlow and Okafor", "offer", "reward", false, false, true},
		// A currency sign is inside the noun phrase of its amount.
		{"The wardens offered a $5,000 reward for the dog.", "the warden", "offer", "reward", false, false, true},
		// Negative contractions written as one word, and a perfect's object.
		{"The wardens didn't find the wreck.", "the warden", "find", "wreck", true, false, true},
		{"The wardens don't have suspects.", "the warden", "have", "suspect", true, false, true},
		{"The wardens have suspects.", "the warden", "have", "suspect", false, false, true},
		{"The ferry isn't a danger to swimmers.", "the ferry", "be", "danger", true, false, true},
		{"The wardens won't find the wreck.", "the warden", "find", "wreck", true, false, true},
		// A passive with no object: the prepositional phrase says what of its subject.
		{"The skipper was arrested on suspicion of smuggling.", "the skipper", "arrest", "suspicion", false, false, true},
		{"The skipper was arrested on Sunday.", "", "", "", false, false, false}, // a time says nothing of him
		// An attempt asserts nothing of what was tried (Karttunen 1971).
		{"The wardens tried to stop the ferry.", "", "", "", false, false, false},
		{"The wardens attempted to board the ferry.", "", "", "", false, false, false},
		{"The wardens managed to stop the ferry.", "the warden", "stop", "ferry", false, false, true},
		// After "do" only the bare form joins the verb group: "did repairs"
		// is the verb "do" and its object, not the verb "repair".
		{"The wardens did repairs the skipper ordered.", "", "", "", false, false, false},
		// A relative pronoun opens no clause for a bare subject: what the
		// police did is told of the skipper, as an aside.
		{"The skipper, from whom police seized the boat, was charged.", "", "", "", false, false, false},
	})
}

// clauseReaderCase is a sentence and the proposition the clause reader
// should read from it (found false: none).
type clauseReaderCase struct {
	s                      string
	subject, verb, comp    string
	negated, hedged, found bool
}

// TestClauseReaderOfPhrases: a partitive or an of-phrase after a noun is
// no subject of its clause; a universal and "the cause of" keep theirs.
func TestClauseReaderOfPhrases(t *testing.T) {
	checkClauseReader(t, []clauseReaderCase{
		{"Two of the riders were women.", "", "", "", false, false, false},                           // said of two riders, not of the riders
		{"One of the three dogs inside the kennel broke the gate.", "", "", "", false, false, false}, // one dog, not the three
		{"Most of the tenants paid the rent.", "", "", "", false, false, false},                      // most, not all
		{"All of the tenants paid the rent.", "the tenant", "pay", "rent", false, false, true},       // the whole group
		{"The roof of the barn was a ruin.", "", "", "", false, false, false},                        // said of the roof, not of the barn
		{"The death of the miller was an accident.", "", "", "", false, false, false},                // said of the death
		{"The back of the lorry was a ruin.", "", "", "", false, false, false},                       // said of the back: a noun that is also an adjective
		{"The whole of the barn was a ruin.", "the barn", "be", "ruin", false, false, true},          // the whole: said of the barn
		{"The cause of the blaze was arson.", "the blaze", "be", "arson", false, false, true},        // the cause reading
	})
}

// checkClauseReader reads each case's sentence, "Marlow" and "Okafor"
// being names, and checks the propositions read.
func checkClauseReader(t *testing.T, cases []clauseReaderCase) {
	t.Helper()
	for _, c := range cases {
		ps := readerFor(c.s).read()
		if !c.found {
			if len(ps) != 0 {
				t.Errorf("%q: want no proposition, got %+v", c.s, ps)
			}
			continue
		}
		ok := false
		for _, p := range ps {
			if p.subject == c.subject && p.verb == c.verb && p.comp == c.comp && p.negated == c.negated && p.hedged == c.hedged {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%q: want %s/%s/%s neg=%v hedged=%v, got %+v", c.s, c.subject, c.verb, c.comp, c.negated, c.hedged, ps)
		}
	}
}

// A present semi-modal of obligation ("need to", "has to") makes a duty of
// the clause, as "should" does; a past "had to" reports what happened.
func TestSemiModalDuty(t *testing.T) {
	for _, c := range []struct {
		s, modal, text string
	}{
		{"The wardens need to be careful with flares.", "need", "the wardens need to be careful"},
		{"Okafor has to repay the loan.", "have", "Okafor has to repay the loan"},
		{"Okafor didn't need to visit the dam.", "need", "Okafor needs to visit the dam"},
		{"The wardens had to close the dam.", "", "the wardens had close the dam"},
	} {
		ps := readWithEntity(lexicon.Default(), c.s, "Okafor")
		if len(ps) == 0 {
			t.Errorf("%q: no proposition", c.s)
			continue
		}
		p := ps[len(ps)-1]
		if p.modal != c.modal {
			t.Errorf("%q: modal %q, want %q", c.s, p.modal, c.modal)
		}
		if c.modal != "" && claimText(p) != c.text {
			t.Errorf("%q: claim %q, want %q", c.s, claimText(p), c.text)
		}
	}
}

// Of WordNet's verbs of trying, only "try" in its sense shared with
// "attempt" and the verbs directly below it are attempts: further down
// stand "drive" (to work) and "bother", which Karttunen (1971) counts
// among the implicatives ("did not bother to call" says no call was made).
func TestAttemptVerbs(t *testing.T) {
	r := &clauseReader{lx: lexicon.Default()}
	for w, want := range map[string]bool{"try": true, "attempt": true, "struggle": true, "strive": true, "endeavor": true,
		"drive": false, "bother": false, "manage": false, "labor": false} {
		if got := r.attemptVerb(w); got != want {
			t.Errorf("attemptVerb(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestClaimText(t *testing.T) {
	for _, c := range []struct {
		p    proposition
		want string
	}{
		{proposition{subject: "Marlow", verb: "pose", verbText: "pose", comp: "danger", compText: "a danger", negated: true}, "Marlow poses a danger"},
		{proposition{subject: "the warehouse", verb: "be", verbText: "be", comp: "loss", compText: "a total loss"}, "the warehouse is a total loss"},
		{proposition{subject: "the flood", verb: "remain", verbText: "remains", comp: "threat", compText: "a threat"}, "the flood remains a threat"},
		{proposition{subject: "the council", verb: "close", verbText: "close", modal: "should", comp: "bridge", compText: "the bridge"}, "the council should close the bridge"},
		{proposition{subject: "Ames", verb: "discover", verbText: "have discovered", comp: "leaker", compText: "the leaker"}, "Ames has discovered the leaker"},
		// A negated clause keeps its tense ("had not aimed"), a gerund left
		// alone is stated in the present, and a plural subject keeps concord.
		{proposition{subject: "Ames", verb: "aim", verbText: "had aimed", comp: "gun", compText: "his gun", negated: true}, "Ames had aimed his gun"},
		{proposition{subject: "the company", subjNoun: "company", subjText: "the company", verb: "pay", verbText: "paying", comp: "fee", compText: "high fees", negated: true}, "the company pays high fees"},
		{proposition{subject: "the man", subjNoun: "man", subjText: "the men", verb: "pay", verbText: "have paid", comp: "fine", compText: "the fine", negated: true}, "the men have paid the fine"},
		{proposition{subject: "the man", subjNoun: "man", subjText: "the men", verb: "pay", verbText: "did pay", comp: "fine", compText: "the fine", negated: true}, "the men pay the fine"},
	} {
		if got := claimText(c.p); got != c.want {
			t.Errorf("claimText = %q, want %q", got, c.want)
		}
	}
}

// The verb that introduces a clause, over a time ("announced on Friday
// that"), or right before its subject ("investigators believe"), names who
// holds it when it is a verb of communication or cognition.
func TestIntroHolder(t *testing.T) {
	for _, c := range []struct{ s, verb, holder string }{
		{"Investigators believe the boiler had failed overnight.", "believe", "investigators"},
		{"Okafor announced on Friday that the bridge is a danger to drivers.", "announced", "Okafor"},
		{"The storm knocked the bridge into the river.", "", ""},
	} {
		ps := readWithEntity(lexicon.Default(), c.s, "Okafor")
		if len(ps) == 0 {
			t.Errorf("%q: no proposition", c.s)
			continue
		}
		if p := ps[len(ps)-1]; p.introVerb != c.verb || p.introHolder != c.holder {
			t.Errorf("%q: intro %q held by %q, want %q by %q", c.s, p.introVerb, p.introHolder, c.verb, c.holder)
		}
	}
}

// Verbs of denial and doubt are derived from WordNet (most of a verb's
// senses of communication or cognition at or below deny/refute/dispute, or
// doubt): a verb with one rare sense there among many reports.
func TestDenialVerbsFromWordNet(t *testing.T) {
	c := newComparer(Input{})
	c.verbPolarity("say", proposition{}) // loads the anchors
	for _, w := range []string{"deny", "refute", "rebut", "disavow", "disclaim", "gainsay"} {
		if !mostlyUnder(c.lx, w, denyAnchors) {
			t.Errorf("%q denies", w)
		}
	}
	for _, w := range []string{"say", "call", "answer", "claim", "insist", "doubt"} {
		if mostlyUnder(c.lx, w, denyAnchors) {
			t.Errorf("%q does not deny", w)
		}
	}
	if !mostlyUnder(c.lx, "doubt", doubt) || mostlyUnder(c.lx, "say", doubt) {
		t.Error("doubt doubts, say does not")
	}
	p, ok := c.verbPolarity("deny", proposition{})
	if !ok || !p.negated {
		t.Errorf("denied that …: %+v", p)
	}
}

// A quotation an outlet prints (or the end of one begun in an earlier
// sentence) is someone's words, not the outlet's; an apostrophe is no
// quote mark.
func TestInsideQuote(t *testing.T) {
	for _, tc := range []struct {
		s    string
		word string
		want bool
	}{
		{`“The dam is safe,” she said.`, "dam", true},
		{`The dam is safe for now, officials said.`, "dam", false},
		{`The dam is safe, no doubt."`, "dam", true},
		{`The town's dam is safe.`, "dam", false},
	} {
		toks := text.Tokens(tc.s)
		j := -1
		for i, tk := range toks {
			if tk.Text == tc.word {
				j = i
			}
		}
		if got := insideQuote(toks, j); got != tc.want {
			t.Errorf("insideQuote(%q, %q) = %v, want %v", tc.s, tc.word, got, tc.want)
		}
	}
}

// readWithEntity reads the propositions of sentence s with a clause reader
// whose only entity is the word name.
// A progressive is active ("are offering", "has been offering"; Quirk et
// al. 1985 §4.20): the same predicate as "offered", never a passive, which
// would group it with any passive of the verb. (Sentences written for this
// test.)
func TestProgressiveNotPassive(t *testing.T) {
	for _, c := range []struct {
		s       string
		passive bool
	}{
		{"The wardens are offering a reward for the dog.", false},
		{"The wardens have been offering a reward for the dog.", false},
		{"The reward was offered by the wardens.", true},
		{"The dog is being sought by the wardens.", true},
	} {
		ps := readWithEntity(lexicon.Default(), c.s, "")
		if len(ps) == 0 {
			t.Errorf("%q: no proposition", c.s)
			continue
		}
		if ps[0].passive != c.passive {
			t.Errorf("%q: passive %v, want %v", c.s, ps[0].passive, c.passive)
		}
	}
}

// firstOkaforClaim is the first proposition readWithEntity gives for s, with
// "Okafor" as the entity; the test fails when there is none.
func firstOkaforClaim(t *testing.T, c *comparer, s string) proposition {
	t.Helper()
	ps := readWithEntity(c.lx, s, "Okafor")
	if len(ps) == 0 {
		t.Fatalf("%q: no proposition", s)
	}
	return ps[0]
}

func readWithEntity(lx *lexicon.Lexicon, s, name string) []proposition {
	return readerWith(lx, s, name).read()
}

// readerWith is the clause reader of sentence s in which a token written
// as one of names is that name's entity.
func readerWith(lx *lexicon.Lexicon, s string, names ...string) *clauseReader {
	toks := text.Tokens(s)
	low := make([]string, len(toks))
	for i, tk := range toks {
		low[i] = strings.ToLower(tk.Text)
	}
	return &clauseReader{lx: lx, toks: toks, low: low, entityAt: func(i int) string {
		if slices.Contains(names, toks[i].Text) {
			return toks[i].Text
		}
		return ""
	}}
}

// The consequence of a direct condition is no claim of its own: "he was
// sorry if …" does not say he was sorry; the condition is still read.
// (Sentences written for this test.)
func TestConditionConsequence(t *testing.T) {
	for _, c := range []struct{ s, main, cond string }{
		{"The coach is sad if the pitch was damaged by the rain.", "the coach", "the pitch"},
		{"The mill will shut its gates, unless the council pays the debt.", "the mill", ""}, // a premise: no one holds it
	} {
		found := false
		for _, p := range readerWith(lexicon.Default(), c.s).read() {
			if p.subject == c.main {
				t.Errorf("%q: the consequence read as a claim: %+v", c.s, p)
			}
			found = found || p.subject == c.cond
		}
		if !found && c.cond != "" {
			t.Errorf("%q: the condition %q not read", c.s, c.cond)
		}
	}
}

// TestNumberWord: a word whose commonest noun sense is an act is no number
// word, though WordNet gives it a rare quantity sense ("shot": a drink), so
// its clause is read; a rank stays no predicate.
func TestNumberWord(t *testing.T) {
	lx := lexicon.Default()
	if ps := readWithEntity(lx, "Okafor fired the shot that killed the clerk.", "Okafor"); len(ps) == 0 || ps[0].verb != "fire" || ps[0].comp != "shot" {
		t.Errorf("fired the shot: got %+v", ps)
	}
	if ps := readWithEntity(lx, "The company is the first to report losses.", "Okafor"); len(ps) != 0 {
		t.Errorf("a rank: want no proposition, got %+v", ps)
	}
	r := &clauseReader{lx: lx}
	for w, want := range map[string]bool{"two": true, "dozen": true, "fifth": true, "first": true, "shot": false, "flood": false} {
		if got := r.cardinal(w); got != want {
			t.Errorf("cardinal(%q) = %v, want %v", w, got, want)
		}
	}
}

// A report read from a verb that is mostly no saying or thinking and its
// to-infinitive ("returning to coach") is no report; a verb of saying
// before "to" ("promised to") still is.
func TestInfinitiveCue(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct {
		cue, text string
		want      bool
	}{
		{"returning", "to direct the sequel", true},
		{"moving", "to close the plant", true},
		{"promised", "to pay the fine", false},
		{"said", "the plant would close", false},
		{"returning", "the plant would close", false},
	} {
		if got := c.infinitiveCue(mention.Quote{Cue: tc.cue, Text: tc.text}); got != tc.want {
			t.Errorf("infinitiveCue(%q, %q) = %v, want %v", tc.cue, tc.text, got, tc.want)
		}
	}
}

// Verb groups and complements: "would like" before its object is the verb
// of wanting, a wish to act is no claim, a participle preposition ends the
// complement, and "has yet to" denies the act so far.
func TestClauseReaderVerbGroups(t *testing.T) {
	for _, c := range []struct {
		s                      string
		subject, verb, comp    string
		negated, hedged, found bool
	}{
		{"Okafor would like a larger boat.", "Okafor", "want", "boat", false, false, true},            // "would like": the verb of wanting
		{"Okafor would like to sail the boat.", "", "", "", false, false, false},                      // a wish to act: no claim either way
		{"Okafor burned the barn following a quarrel.", "Okafor", "burn", "barn", false, false, true}, // a participle preposition ends the complement
		{"Okafor dropped the pending charges.", "Okafor", "drop", "charge", false, false, true},       // inside a noun phrase it is an adjective
		{"Okafor has yet to pay the fine.", "Okafor", "pay", "fine", true, false, true},               // "has yet to": not so far, no duty
		{"The ferry is yet to reach the port.", "the ferry", "reach", "port", true, false, true},
	} {
		ps := readWithEntity(lexicon.Default(), c.s, "Okafor")
		ok := !c.found && len(ps) == 0
		for _, p := range ps {
			ok = ok || c.found && p.subject == c.subject && p.verb == c.verb && p.comp == c.comp && p.negated == c.negated && p.hedged == c.hedged
		}
		if !ok {
			t.Errorf("%q: want %s/%s/%s neg=%v found=%v, got %+v", c.s, c.subject, c.verb, c.comp, c.negated, c.found, ps)
		}
	}
}
