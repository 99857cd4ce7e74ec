package compare

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/story"
	"github.com/corroborate/corroborate/internal/text"
)

// A quotation mark left unpaired earlier in an article does not make the
// outlet's later sentences a speaker's words: a quote covers a sentence
// without marks only right after a sentence that leaves one open.
// (Sentences written for this test.)
func TestQuoteReaches(t *testing.T) {
	body := `Mayor Lena Voss said the flood was "a disaster. The town has never seen anything like it. We will rebuild," she said. ` +
		`The river rose two metres overnight. Engineers said the dam was "sound. Residents were evacuated in the night. The council met on Monday. Schools reopened on Tuesday.`
	a := mention.Analyze(body, day, 0.9)
	idx := func(s string) int { return strings.Index(body, s) }
	q := mention.Quote{Direct: true, Sentence: 0}
	for _, tc := range []struct {
		at   string
		want bool
	}{
		{"The town has never", true}, // inside the opened quotation
		{"We will rebuild", true},    // carries the closing mark
		{"The river rose", false},    // after the quotation closed
	} {
		if got := quoteReaches(a, q, idx(tc.at)); got != tc.want {
			t.Errorf("%q: quoteReaches = %v, want %v", tc.at, got, tc.want)
		}
	}
	// "the dam was "sound." leaves a mark open: the next two sentences may
	// be the engineers' words, the third is too far.
	eng := -1
	for i, s := range a.Sentences {
		if strings.Contains(s.Text, "Engineers said") {
			eng = i
		}
	}
	q = mention.Quote{Direct: true, Sentence: eng}
	if !quoteReaches(a, q, idx("Residents were")) {
		t.Errorf("the sentence after an open mark should be in the quotation")
	}
	if quoteReaches(a, q, idx("Schools reopened")) {
		t.Errorf("three sentences past an open mark with no closing one is the outlet's text")
	}
}

// A sentence addresses a claim only through its subject and predicate:
// not a noun that is the object of "of" ("the destruction of the
// building"), nor a word of the predicate's stem that modifies another
// noun ("the scoring list"). (Sentences written for this test.)
func TestAddressLinks(t *testing.T) {
	c := newComparer(Input{})
	k := claimKey{noun: "building", comp: "loss"}
	for _, tc := range []struct {
		sent string
		want bool
	}{
		{"The fire chief says the building is a complete loss.", true},
		{"An official says the collapse of the building means a loss for the town.", false},
	} {
		toks := text.Tokens(tc.sent)
		s, j := findTok(toks, "building"), findTok(toks, "loss")
		if got := c.clauseLinks(toks, s, j, k); got != tc.want {
			t.Errorf("%q: clauseLinks = %v, want %v", tc.sent, got, tc.want)
		}
	}
	k = claimKey{noun: "player", comp: "scorer"}
	for _, tc := range []struct {
		sent, pred string
		want       bool
	}{
		{"The player became the leading scorer of the league.", "scorer", true},
		{"The player is sixth on the scoring average list.", "scoring", false},
	} {
		toks := text.Tokens(tc.sent)
		s, j := findTok(toks, "player"), findTok(toks, tc.pred)
		if got := c.clauseLinks(toks, s, j, k); got != tc.want {
			t.Errorf("%q: clauseLinks = %v, want %v", tc.sent, got, tc.want)
		}
	}
}

func findTok(toks []text.Token, w string) int {
	for i, t := range toks {
		if t.Text == w {
			return i
		}
	}
	return -1
}

// Quotation marks in a claim close up to their words; an unpaired one is
// dropped.
func TestTidyPhrase(t *testing.T) {
	for in, want := range map[string]string{
		`to " unfair public scrutiny " from her campaign`: `to "unfair public scrutiny" from her campaign`,
		`a hard surface "`:               `a hard surface`,
		`" a firm grip on the wheel`:     `a firm grip on the wheel`,
		`a landmark of the town`:         `a landmark of the town`,
		`“ a disgrace ” and “ a shame ”`: `"a disgrace" and "a shame"`,
	} {
		if got := tidyPhrase(in); got != want {
			t.Errorf("tidyPhrase(%q) = %q, want %q", in, got, want)
		}
	}
}

// What will be is a prediction, not what is: "Okafor will be the host" and
// "Okafor is an entertainer" are two claims even where WordNet links host
// and entertainer; the complement ends before "according to" (its source).
// (Sentences written for this test.)
func TestFutureIsAnotherClaim(t *testing.T) {
	c := newComparer(Input{})
	read := func(s string) proposition { return firstOkaforClaim(t, c, s) }
	now, later := read("Okafor is the host."), read("Okafor will be the host.")
	if c.samePredicate(now, later) {
		t.Errorf("a prediction and a statement are one claim: %+v %+v", now, later)
	}
	if again := read("Okafor will remain the host."); !c.samePredicate(later, again) {
		t.Errorf("two predictions of one state should be one claim: %+v %+v", later, again)
	}
	if p := read("The warehouse is a complete ruin according to the county."); claimText(p) != "the warehouse is a complete ruin" {
		t.Errorf("claim text %q keeps its source", claimText(p))
	}
	if p := read("The inquiry will be led by the county coroner."); claimText(p) != "the inquiry will be led by the county coroner" {
		t.Errorf("a prediction is rendered %q", claimText(p))
	}
	if p := read("Okafor left the firm on Jan. 4 after a dispute."); claimText(p) != "Okafor left the firm" {
		t.Errorf("a phrase cut by an abbreviation is rendered %q", claimText(p))
	}
}

// A person holder is named without the title and place written before the
// name; organisations keep theirs. (Names invented for this test.) A name
// that opens with a given name of the lists is split so by the mention
// stage already ("Daniel Okafor"); personalName cuts one it kept whole.
func TestPersonalName(t *testing.T) {
	a := doc("a", "Council row\n\nRivertown City Councilman Thiri Zaw Htet said the bridge is a danger. The Rivertown Harbour Board said the bridge is safe. Lena Voss said nothing. Rivertown City Councilman Daniel Okafor said the ferry is late.", day)
	docs := []story.Doc{a}
	c := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
	for in, want := range map[string]string{
		"Rivertown City Councilman Thiri Zaw Htet": "Thiri Zaw Htet",
		"Daniel Okafor":           "Daniel Okafor",
		"Lena Voss":               "Lena Voss",
		"Rivertown Harbour Board": "Rivertown Harbour Board",
	} {
		if got := c.personalName(in); got != want {
			t.Errorf("personalName(%q) = %q, want %q", in, got, want)
		}
	}
}

// An outlet telling an undisputed event in its own words takes no
// position; on a disputed claim its own voice is a position. (Sentences
// written for this test.)
func TestOutletPositionOnlyOnDisputedClaims(t *testing.T) {
	a := "Bridge shut\n\nEngineer Daniel Okafor said the old bridge is a danger to drivers."
	b := "Bridge row\n\nThe old bridge is a danger to drivers."
	c := "Bridge inspected\n\nInspector Sofia Marin said the old bridge is a danger to drivers."
	outletOf := func(r Result) bool {
		for _, s := range r.Stances {
			if s.Article == "b" && strings.HasPrefix(s.Holder, "the outlet") {
				return true
			}
		}
		return false
	}
	if r := run(doc("a", a, day), doc("b", b, day), doc("c", c, day)); outletOf(r) {
		t.Errorf("b only tells what no one disputes: %+v", r.Stances)
	}
	d := "Bridge safe\n\nMayor Lena Voss said on Tuesday that the old bridge is not a danger to drivers."
	if r := run(doc("a", a, day), doc("b", b, day), doc("c", c, day), doc("d", d, day)); !outletOf(r) {
		t.Errorf("b takes a side on a disputed claim: %+v", r.Stances)
	}
}

// "V NP as NP" classifies its object as a copula does its subject, and
// "it" right after a verb stands for the thing the sentence before names.
// (Sentences written for this test.)
func TestRegardedAsAndIt(t *testing.T) {
	body := "A fire gutted the old mill on Friday. Investigators are treating it as arson. It was too early to say more, officials said the mill was insured."
	a := doc("a", "Mill fire\n\n"+body, day)
	docs := []story.Doc{a}
	c := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
	k := claimKey{noun: "fire", comp: "arson"}
	toks := c.in.Docs[0].Analysis.Tokens[1]
	if s, j := c.claimWordsAt(0, 1, toks, k); s < 0 || toks[s].Text != "it" || toks[j].Text != "arson" {
		t.Errorf("%q: claim words at %d, %d", c.in.Docs[0].Analysis.Sentences[1].Text, s, j)
	}
	for _, tc := range []struct {
		sent string
		want bool
	}{
		{"Officials described the fire as arson.", true},
		{"The fire, as officials said, was arson.", false}, // "as" after the subject, no verb before it
		{"The fire spread as arson was suspected.", false}, // no verb before the subject
	} {
		tk := text.Tokens(tc.sent)
		s, j := findTok(tk, "fire"), findTok(tk, "arson")
		if got := c.regardedAs(tk, s, j); got != tc.want {
			t.Errorf("%q: regardedAs = %v, want %v", tc.sent, got, tc.want)
		}
	}
}

// A clause reported by a final reporting clause is its subject's ("…, investigators
// say."), "it" opening a reported clause stands for the thing just named,
// a relative clause between a subject and its verb does not part them, and
// a possibility is a suspicion that it is so (affirms). (Sentences written
// for this test.)
func TestFinalReporterAndReportedIt(t *testing.T) {
	body := "A leak that flooded the lower deck of the ferry Aster, a boat built at Halvik, may have been caused by sabotage, inspectors say. " +
		"A second leak opened in the engine room on Sunday, and engineers said it could be sabotage. " +
		"The ferry was insured, officials said."
	a := doc("a", "Ferry leak\n\n"+body, day)
	docs := []story.Doc{a}
	c := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
	got := c.addresses(claimKey{noun: "leak", comp: "sabotage"})
	want := map[int]string{0: "inspectors", 1: "engineers"}
	if len(got) != len(want) {
		t.Fatalf("addresses = %+v, want sentences 0 and 1", got)
	}
	for _, x := range got {
		if want[x.sentence] != x.holder || x.position != "affirms" {
			t.Errorf("sentence %d: %q %s, want %q affirms", x.sentence, x.holder, x.position, want[x.sentence])
		}
	}
	toks := c.in.Docs[0].Analysis.Tokens[2]
	if h := c.finalReporter(0, 2, toks, findTok(toks, "insured")); h != "officials" {
		t.Errorf("final reporter = %q, want officials", h)
	}
	toks = text.Tokens("The ferry was insured, the owner's letter shows.")
	if h := c.finalReporter(0, 2, toks, findTok(toks, "insured")); h != "" {
		t.Errorf("no reporting verb: final reporter = %q", h)
	}
}

// Of reports nested one in another, the innermost holds the clause.
// (Sentences written for this test.)
func TestHolderIsInnermostReport(t *testing.T) {
	body := "The union's lawyer, Ines Ravel, said that harbour master Otto Brand told the dockers he was sorry if the delay was caused by his order."
	a := doc("a", "Port delay\n\n"+body, day)
	docs := []story.Doc{a}
	c := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
	an := c.in.Docs[0].Analysis
	off := an.Sentences[0].Start + strings.Index(an.Sentences[0].Text, "caused")
	if len(an.Quotes) < 2 {
		t.Fatalf("the quote reader reads %d reports here: %+v", len(an.Quotes), an.Quotes)
	}
	for _, q := range an.Quotes {
		t.Logf("%+v", q)
	}
	if h := c.holderAt(0, off, "outlet"); !strings.Contains(h, "Brand") {
		t.Errorf("holder = %q, want Otto Brand (quotes %+v)", h, an.Quotes)
	}
}

// A negated doubt or denial is neither: "there is no doubt that …" and
// "never denied that …" leave the clause as it is. (Sentences written for
// this test.)
func TestNegatedDoubt(t *testing.T) {
	for _, tc := range []struct {
		sent, cue string
		want      bool
	}{
		{"There is no doubt that the mill was insured.", "doubt", true},
		{"The owner never denied that the mill was insured.", "denied", true},
		{"The owner did not dispute that the mill was insured.", "dispute", true},
		{"The owner doubts that the mill was insured.", "doubts", false},
	} {
		if got := negatedCue(tc.sent, tc.cue); got != tc.want {
			t.Errorf("%q: negatedCue(%q) = %v, want %v", tc.sent, tc.cue, got, tc.want)
		}
	}
	c := newComparer(Input{})
	for _, tc := range []struct {
		sent, want string
	}{
		{"There is no doubt the fire was arson.", "affirms"},
		{"There is no indication the fire was arson.", "doubts"},
		{"The fire was not arson.", "denies"},
	} {
		toks := text.Tokens(tc.sent)
		if got, _ := c.addressPosition(toks, findTok(toks, "fire"), findTok(toks, "arson")); got != tc.want {
			t.Errorf("%q: position %s, want %s", tc.sent, got, tc.want)
		}
	}
	// "No" before the claim's own subject denies the claim, even when the
	// subject is a noun of communication (stance9).
	for _, tc := range []struct {
		sent, want string
	}{
		{"No ballots were tampered with, officials said.", "denies"},
		{"There is no report the ballots were tampered with.", "doubts"},
	} {
		toks := text.Tokens(tc.sent)
		if got, _ := c.addressPosition(toks, findTok(toks, "ballots"), findTok(toks, "tampered")); got != tc.want {
			t.Errorf("%q: position %s, want %s", tc.sent, got, tc.want)
		}
	}
}

// A report is credited only when its cue is a word of saying or thinking
// and its speaker is a noun phrase, not a clause; a name glued to the word
// before it by a lost sentence break is the name after the stop. (Words
// invented for this test.)
func TestQuoteSpeakerChecks(t *testing.T) {
	c := newComparer(Input{})
	for cue, want := range map[string]bool{
		"said": true, "according to": true, "statement": true, "believes": true, "": true,
		"officers": false, "wardens": false,
	} {
		if got := c.sayingCue(cue); got != want {
			t.Errorf("sayingCue(%q) = %v, want %v", cue, got, want)
		}
	}
	for s, want := range map[string]bool{
		"Mr. Okafor appeared to drop the ladder": true,
		"Lena Voss, whose bakery burned":         false,
		"harbour master Otto Brand":              false,
	} {
		if got := c.clauseAsSpeaker(s); got != want {
			t.Errorf("clauseAsSpeaker(%q) = %v, want %v", s, got, want)
		}
	}
	if got := gluedName("Tuesday.Wardens"); got != "Wardens" {
		t.Errorf("gluedName = %q, want Wardens", got)
	}
	if got := gluedName("St. Brennan"); got != "St. Brennan" {
		t.Errorf("gluedName = %q, want the name unchanged", got)
	}
}

// A light verb says what its object makes of it: "has a boat" and
// "had taken the boat out past the breakwater" are two claims, and the perfect
// "had taken" states no possession. (Sentences written for this test.)
func TestLightVerbClaims(t *testing.T) {
	c := newComparer(Input{})
	read := func(s string) proposition { return firstOkaforClaim(t, c, s) }
	has, took := read("Okafor has a boat."), read("Okafor had taken the boat out past the breakwater.")
	if c.samePredicate(has, took) {
		t.Errorf("possession and a trip are one claim: %+v %+v", has, took)
	}
	if again := read("Okafor had a boat."); !c.samePredicate(has, again) {
		t.Errorf("two statements of possession should be one claim")
	}
	k := keyOf(has)
	tk := text.Tokens("The harbour log shows Okafor had taken the boat out past the breakwater.")
	if c.clauseLinks(tk, findTok(tk, "Okafor"), findTok(tk, "boat"), k) {
		t.Errorf("the perfect auxiliary links a possession claim")
	}
	tk = text.Tokens("The harbour log shows Okafor had a boat.")
	if !c.clauseLinks(tk, findTok(tk, "Okafor"), findTok(tk, "boat"), k) {
		t.Errorf("\"had a boat\" should state the possession")
	}
}

// A cue whose subject is "who" after a name set off by a comma is that
// name's: the antecedent of the relative clause speaks, not a name
// earlier in the sentence. (Sentence written for this test.)
func TestRelativeSpeaker(t *testing.T) {
	body := "When Otto Brand retired in 1990, the board shared the ledger with auditor Ines Ravel, who by that time had merely suspected that the fund was empty."
	a := doc("a", "Fund\n\n"+body, day)
	docs := []story.Doc{a}
	c := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
	an := c.in.Docs[0].Analysis
	off := an.Sentences[0].Start + strings.Index(an.Sentences[0].Text, "empty")
	if h := c.holderAt(0, off, "outlet"); strings.Contains(h, "Brand") {
		t.Errorf("holder = %q: the antecedent of \"who\" speaks (quotes %+v)", h, an.Quotes)
	}
	q := mention.Quote{Cue: "suspected", Sentence: 0}
	if h, ok := c.relativeSpeaker(0, q); !ok || h != "" && !strings.Contains(h, "Ravel") {
		t.Errorf("relativeSpeaker = %q, %v; want Ines Ravel (or no name), true", h, ok)
	}
	q.Cue = "shared"
	if _, ok := c.relativeSpeaker(0, q); ok {
		t.Errorf("a cue with a named subject is no relative clause's")
	}
}

// An indefinite pronoun names no one of the story: "someone spotted a
// woman" does not address the claim that the victims were women,
// though WordNet files "someone" with "person". (Sentences written for
// this test.)
func TestIndefinitePronounIsNoSubject(t *testing.T) {
	body := "Deckhands ran to the east quay after someone spotted a woman holding a flare, the warden said. " +
		"Each victim on the quay was a woman, the warden said."
	a := doc("a", "Quay alarm\n\n"+body, day)
	docs := []story.Doc{a}
	c := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
	got := c.addresses(claimKey{noun: "victim", comp: "woman"})
	for _, x := range got {
		if x.sentence == 0 {
			t.Errorf("sentence 0 addresses the claim through 'someone': %+v", x)
		}
	}
}

// A claim that classifies its subject by its cause is stated with the
// cause first ("sabotage is to blame for the outage"), is looked at
// through "the cause of" its subject, and is doubted by whoever says its
// cause is not known. (Sentences written for this test.)
func TestCauseOfTheSubject(t *testing.T) {
	body := "The engineers have told the board they suspect sabotage is to blame for the outage. " +
		"A report by the inspectors names sabotage as the cause of the outage. " +
		"At the depot gate Mara Quist told reporters: “We still do not know what caused it.” " +
		"For now the depot regards the cause of the outage as sabotage, Quist added."
	a := doc("a", "Depot dark\n\n"+body, day)
	docs := []story.Doc{a}
	c := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
	got := map[int]string{}
	for _, x := range c.addresses(claimKey{noun: "outage", comp: "sabotage"}) {
		got[x.sentence] = x.holder + " " + x.position
	}
	want := map[int]string{0: "engineers affirms", 1: "inspectors affirms", 2: "Mara Quist doubts", 3: "Mara Quist affirms"}
	for si, w := range want {
		if got[si] != w {
			t.Errorf("sentence %d: %q, want %q (all: %v)", si, got[si], w, got)
		}
	}
}

// A key claim is held by two speakers, or taken against by one in words
// that say so; one speaker's statement told again by an outlet is a
// report. (Sentences written for this test.)
func TestKeyClaimNeedsTwoSpeakersOrACue(t *testing.T) {
	holders := func(r Result) []string {
		var out []string
		for _, s := range r.Stances {
			out = append(out, s.Holder+" "+s.Position)
		}
		sort.Strings(out)
		return out
	}
	a := doc("a", "Pier shut\n\nHarbour master Daniel Okafor said the old pier is a hazard to small boats.", day)
	b := doc("b", "Pier row\n\nThe old pier is a hazard to small boats, the council heard.", day)
	c := doc("c", "Pier inspected\n\nAfter a dive survey on Monday, inspector Sofia Marin told the council that the old pier is a hazard to small boats and swimmers.", day)
	if got := holders(run(a, b)); len(got) != 0 {
		t.Errorf("one speaker and an outlet: a report, got stances %v", got)
	}
	if got := holders(run(a, b, c)); !slices.Equal(got, []string{"Daniel Okafor affirms", "Sofia Marin affirms"}) {
		t.Errorf("two speakers: got %v", got)
	}
	// One speaker's negative statement, carried by two outlets, takes no
	// side against anyone; an open "if" clause after a plain past ("wondered
	// if", "asked if": the speaker does not say it is so) does.
	d := doc("d", "Town hall\n\nMayor Lena Voss said the young tenants have no say in the plans.", day)
	e := doc("e", "Plans\n\nMayor Lena Voss said the young tenants have no say in the plans, at a meeting.", day)
	if got := holders(run(d, e)); len(got) != 0 {
		t.Errorf("a negative statement is no stance: got %v", got)
	}
	f := doc("f", "Power cut\n\nMayor Lena Voss wondered if the power cut was linked to the storm.", day)
	g := doc("g", "Storm\n\nMayor Lena Voss asked the engineers if the power cut was linked to the storm.", day)
	if got := holders(run(f, g)); len(got) == 0 || got[0] != "Lena Voss doubts" {
		t.Errorf("a condition doubts: got %v", got)
	}
}

// A claim is rendered with what all its holders say: a phrase after the
// complement's head that one holder leaves out is cut. (Sentences written
// for this test.)
func TestSharedClaimText(t *testing.T) {
	a := doc("a", "Depot\n\nInspector Sofia Marin said the depot was a total loss for the insurers.", day)
	b := doc("b", "Depot gone\n\nDaniel Okafor, the owner, said the depot was a total loss.", day)
	r := run(a, b)
	if len(r.Stances) == 0 {
		t.Fatal("two speakers hold the claim: no stances")
	}
	for _, s := range r.Stances {
		if s.Claim != "the depot was a total loss" {
			t.Errorf("claim %q (%s), want what both say", s.Claim, s.Holder)
		}
	}
	if got, rest := cutAfterHead(lexicon.Default(), "a total loss for the insurers", "loss"); got != "a total loss" || !rest["insurer"] {
		t.Errorf("cutAfterHead = %q %v", got, rest)
	}
}

// A name inside the relative clause of a sentence's opening noun phrase
// does not speak; the phrase's head does. (Sentence written for this test.)
func TestOpeningRelativeSpeaker(t *testing.T) {
	a := doc("a", "Crash\n\nA Harbourside woman who says she saw the crash that hurt cyclist Daniel Okafor says the van driver was a danger to cyclists.", day)
	docs := []story.Doc{a}
	c := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
	n := 0
	for _, q := range a.Analysis.Quotes {
		if !strings.HasPrefix(q.Text, "the van driver") {
			continue
		}
		n++
		if got := c.quoteSpeaker(0, q); got != "Harbourside woman" {
			t.Errorf("speaker of %q = %q, want the woman", q.Text, got)
		}
	}
	if n == 0 {
		t.Fatal("no report of the driver read")
	}
}

// A verb of refusal denies the content clause of its object ("rejected
// claims that …"), not a clause that merely follows it. (Sentences written
// for this test.)
func TestRefusedContent(t *testing.T) {
	a := doc("a", "Depot\n\nMayor Lena Voss rejected claims that the bus depot was a danger to workers.", day)
	b := doc("b", "Depot row\n\nUnion leader Sofia Marin told a rally on Monday that the bus depot was a danger to workers and their families.", day)
	var got []string
	for _, s := range run(a, b).Stances {
		got = append(got, s.Holder+" "+s.Position)
	}
	sort.Strings(got)
	if !slices.Equal(got, []string{"Lena Voss denies", "Sofia Marin affirms"}) {
		t.Errorf("stances %v", got)
	}
	c := newComparer(Input{})
	for s, want := range map[string]bool{
		"Lena Voss rejected claims that the depot was unsafe.":                true,
		"Lena Voss dismissed growing speculation that she would resign.":      true,
		"Lena Voss rejected the offer, saying the depot was unsafe.":          false,
		"Lena Voss rejected the new timetable and said the depot was unsafe.": false,
	} {
		f := strings.Fields(s)
		if got := c.refusesContent(s, strings.ToLower(f[2])); got != want {
			t.Errorf("refusesContent(%q) = %v, want %v", s, got, want)
		}
	}
}

// A subject a pronoun gives as its reporter written in lower case ("police
// said they had …") is the same subject as the common noun ("the police",
// "harbour police"); a name is not. (Propositions made up for this test.)
func TestSameSubjectLowerCaseReporter(t *testing.T) {
	c := newComparer(Input{})
	noun := proposition{subject: "the police", subjNoun: "police", subjText: "harbour police"}
	for _, tc := range []struct {
		subject string
		want    bool
	}{
		{"police", true},
		{"wardens", false},
		{"Police Chief Okafor", false},
	} {
		if got := c.sameSubject(noun, proposition{subject: tc.subject}); got != tc.want {
			t.Errorf("sameSubject(the police, %q) = %v, want %v", tc.subject, got, tc.want)
		}
	}
}

// A clause a verb of thinking or saying introduces, whose holder the story
// cannot name ("some residents do not believe …"), is nobody's stance: not
// the outlet's own. (Articles written for this test.)
func TestUnnamedBelieverIsNoOutletStance(t *testing.T) {
	a := doc("a", "Ferry row at Harrowby\n\nThe skippers, who question the story — some in the town don't believe the ferry struck the raft — met on Monday. Harbour master Ana Ruiz said the ferry struck the raft on Monday.", day)
	b := doc("b", "Ferry row at Harrowby\n\nHarbour master Ana Ruiz said the ferry struck the raft. Skipper Tom Vale denied that the ferry struck the raft.", day)
	res := run(a, b)
	found := false
	for _, s := range res.Stances {
		if strings.Contains(s.Claim, "raft") {
			found = true
		}
		if strings.HasPrefix(s.Holder, "the outlet") || s.Holder == "" {
			t.Errorf("outlet stance from an unnamed believer: %+v", s)
		}
	}
	if !found {
		t.Errorf("no stance on the raft claim: %+v", res.Stances)
	}
}

// A passive's prepositional phrase that one holder does not name is cut
// from the claim: both holders state the event (a third denies it, so it
// is disputed). (Sentences written for this test.)
func TestSharedPassiveEvent(t *testing.T) {
	a := doc("a", "Guard hurt\n\nThe guard was scratched on the elbow and treated at a clinic, Sheriff Daniel Okafor said.", day)
	b := doc("b", "Depot shooting\n\nThe guard was scratched by a falling beam, Mayor Lena Voss told reporters.", day)
	c := doc("c", "Depot\n\nDepot manager Ida Lund said the guard was not scratched on the elbow.", day)
	r := run(a, b, c)
	if len(r.Stances) == 0 {
		t.Fatal("two holders state the event, one denies it: no stances")
	}
	for _, s := range r.Stances {
		if s.Claim != "the guard was scratched" {
			t.Errorf("claim %q (%s), want the event both state", s.Claim, s.Holder)
		}
	}
}

// A copula's claim ("is the ideal host") is not addressed by the verb of
// the same spelling after a modal ("will host"): a plan, not the
// judgement. (Sentences written for this test.)
func TestVerbUseIsNoClassification(t *testing.T) {
	for _, tc := range []struct {
		s    string
		word string
		want bool
	}{
		{"Okafor will host the gala next year.", "host", true},
		{"Okafor did not host the gala.", "host", true},
		{"Okafor is the ideal host for the gala.", "host", false},
		{"Okafor made an appearance as host.", "host", false},
	} {
		toks := text.Tokens(tc.s)
		j := slices.IndexFunc(toks, func(t text.Token) bool { return t.Text == tc.word })
		if got := verbUse(toks, j); got != tc.want {
			t.Errorf("verbUse(%q, %q) = %v, want %v", tc.s, tc.word, got, tc.want)
		}
	}
}

// A name's short form is the same subject in one story ("Marlow",
// "Petra Marlow"); another name is not.
func TestSameSubjectShortName(t *testing.T) {
	c := newComparer(Input{})
	full := proposition{subject: "Petra Marlow"}
	for s, want := range map[string]bool{"Marlow": true, "Petra Marlow": true, "Okafor": false, "Petra": false} {
		if got := c.sameSubject(full, proposition{subject: s}); got != want {
			t.Errorf("sameSubject(Petra Marlow, %q) = %v, want %v", s, got, want)
		}
	}
}

// The content of a noun of thinking ("a perception that …", "the theory
// that …") is what others think, as the content of a noun of saying is:
// the outlet does not state it. (Sentences written for this test.)
func TestNounOfThoughtContent(t *testing.T) {
	for s, want := range map[string]bool{
		"She wants to change a perception that the mayor is corrupt.": true,
		"Officials dismissed the theory that the dam was a target.":   true,
		"Okafor said that the mayor is corrupt.":                      false,
	} {
		ps := readWithEntity(lexicon.Default(), s, "Okafor")
		if len(ps) == 0 {
			t.Errorf("%q: no proposition", s)
			continue
		}
		if got := ps[len(ps)-1].reported; got != want {
			t.Errorf("%q: reported = %v, want %v", s, got, want)
		}
	}
}

// A name in the genitive ("Okafor's letter was …") determines the noun
// after it; what the sentence says is said of that noun, not of the
// person: it does not address a claim about the person. (Sentences written
// for this test.)
func TestGenitiveNameIsNoSubject(t *testing.T) {
	a := doc("a", "Pier\n\nDaniel Okafor is a fierce critic of the harbour plan, Mayor Lena Voss said.", day)
	b := doc("b", "Pier row\n\nAt a crowded meeting on Tuesday, Councillor Petra Marlow told residents that Daniel Okafor had long been a critic of the harbour plan and its costs.", day)
	c := doc("c", "Pier vote\n\nOkafor's letter was a reminder that not every critic of the harbour plan will vote.", day)
	r := run(a, b, c)
	if len(r.Stances) == 0 {
		t.Fatal("two speakers hold the claim: no stances")
	}
	for _, s := range r.Stances {
		if s.Article == "c" {
			t.Errorf("a genitive name addresses the claim: %+v", s)
		}
	}
}

// A clause inside a report whose speaker has no name ("…, a statement
// said") is held by the subject of the verb that governs it, the innermost
// report around it. (Sentence written for this test.)
func TestGoverningVerbInsideNamelessReport(t *testing.T) {
	a := doc("a", "Timetable\n\nMayor Lena Voss spoke on Friday. Voss apologised to older riders Monday if the new timetable had left many stranded, a leaflet on the buses said.", day)
	docs := []story.Doc{a}
	c := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
	n := 0
	for _, p := range c.predications() {
		if p.subject != "the timetable" && p.subject != "the new timetable" {
			continue
		}
		n++
		if p.holder != "Lena Voss" || p.position() != "doubts" {
			t.Errorf("%q: holder %q %s, want Lena Voss doubts", p.sentence, p.holder, p.position())
		}
	}
	if n == 0 {
		t.Fatal("no proposition of the timetable read")
	}
}

// A classification the outlet reads from a passive verb and "as" ("is
// being investigated as arson") is the view of the verb's unnamed agent,
// not the outlet's claim; a speaker's is the speaker's. (Sentences written
// for this test.)
func TestRegardedClassificationIsNotTheOutlets(t *testing.T) {
	a := doc("a", "Barn fire\n\nFire chief Lena Voss said the barn fire was being treated as arson.", day)
	b := doc("b", "Barn burns\n\nThe barn fire is being investigated as arson.", day)
	c := doc("c", "Farmer speaks\n\nFarmer Daniel Okafor denied that the barn fire was arson.", day)
	var got []string
	for _, s := range run(a, b, c).Stances {
		got = append(got, s.Holder+" "+s.Position)
	}
	sort.Strings(got)
	if !slices.Equal(got, []string{"Daniel Okafor denies", "Lena Voss affirms"}) {
		t.Errorf("stances %v, want the chief's and the farmer's only", got)
	}
}

// A source after "Per" holds the clause ("Per Mayor Lena Voss, …"), as
// after "According to"; the clause after a noun of knowing or saying and
// the person it is for ("proof for the skippers that …") is that person's
// view, not the outlet's claim. (Sentences written for this test.)
func TestPerSourceAndProofFor(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want []string
	}{
		{"Per Mayor Lena Voss, the council closed the pier on Monday.", []string{"Lena Voss"}},
		{"The vote was a good proof for Lena Voss that the council closed the pier.", nil},
		{"It was proof for the skippers that the council closed the pier.", nil},
	} {
		a := doc("a", "Pier\n\n"+tc.s, day)
		docs := []story.Doc{a}
		c := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
		var got []string
		for _, p := range c.predications() {
			if p.subject == "the council" {
				got = append(got, p.holder)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: holders %q, want %q", tc.s, got, tc.want)
		}
	}
}

// A negated verb of believing denies the clause it introduces ("does not
// believe the fire was arson": transferred negation), a verb of doubt
// inside a report doubts it ("said he doubts …"), and "never imagined"
// denies nothing. (Sentences written for this test.)
func TestNestedVerbOfThinking(t *testing.T) {
	for _, tc := range []struct {
		body, want string
	}{
		{"Barn fire\n\nFarmer Tom Reyes does not believe the barn fire was arson.", "denies"},
		{"Barn fire\n\nNeighbour Ann Pike said she did not think the barn fire was arson.", "denies"},
		{"Barn fire\n\nThe owner, Tom Reyes, said he doubts the barn fire was arson.", "doubts"},
		{"Barn fire\n\nInvestigator Sara Loomis said the barn fire was arson.", "affirms"},
		{"Barn fire\n\nInvestigator Sara Loomis said she believes the barn fire was arson.", "affirms"},
		{"Barn fire\n\nFarmer Tom Reyes never imagined the barn fire was arson.", "affirms"},
	} {
		a := doc("a", tc.body, day)
		docs := []story.Doc{a}
		c := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
		n := 0
		for _, p := range c.predications() {
			if p.comp != "arson" || p.headline {
				continue
			}
			n++
			if p.position() != tc.want {
				t.Errorf("%q: %q %s, want %s", p.sentence, p.holder, p.position(), tc.want)
			}
		}
		if n == 0 {
			t.Errorf("%q: no proposition of the fire read", tc.body)
		}
	}
}

func TestNotBefore(t *testing.T) {
	for _, tc := range []struct {
		sent, verb string
		want       bool
	}{
		{"Police do not believe the shot was aimed.", "believe", true},
		{"Police don't think the shot was aimed.", "think", true},
		{"Police never thought the shot was aimed.", "thought", false},
		{"Police think the shot was not aimed.", "think", false},
	} {
		if got := notBefore(tc.sent, tc.verb); got != tc.want {
			t.Errorf("%q: notBefore(%q) = %v, want %v", tc.sent, tc.verb, got, tc.want)
		}
	}
}

// A claim one article tells is key when a speaker there denies it in so
// many words and another speaker affirms it; a witness "called in the
// trial" says nothing; two sentences of one article grouped loosely
// (another verb) are no dispute. (Sentences written for this test.)
func TestDisputedInOneArticle(t *testing.T) {
	holders := func(r Result) []string {
		var out []string
		for _, s := range r.Stances {
			out = append(out, s.Holder+" "+s.Position)
		}
		sort.Strings(out)
		return out
	}
	a := doc("a", "Trial opens\n\nDefence lawyer Maria Lund said Tom Reyes was at the scene but is not the one who started the fire. "+
		"Ann Pike was the first witness called in the trial of Tom Reyes, who is accused of starting the fire. "+
		"Prosecutor Dan Brill said Tom Reyes started the fire.", day)
	if got := holders(run(a)); !slices.Equal(got, []string{"Dan Brill affirms", "Maria Lund denies"}) {
		t.Errorf("a dispute in one article: got %v", got)
	}
	b := doc("b", "Trial opens\n\nProsecutor Dan Brill said Tom Reyes started the fire.", day)
	if got := holders(run(b)); len(got) != 0 {
		t.Errorf("one speaker in one article: got %v", got)
	}
}

func TestParticipleCue(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct {
		sent, speaker, cue string
		want               bool
	}{
		{"Ann Pike was the first witness called in the trial of Tom Reyes, who is accused of arson.", "Ann Pike", "called in", true},
		{"Ann Pike was the neighbour quoted in the report.", "Ann Pike", "quoted", true},
		{"Ann Pike called the fire deliberate.", "Ann Pike", "called", false},
		{"Ann Pike was angry and claimed the fire was set.", "Ann Pike", "claimed", false},
	} {
		if got := c.participleCue(tc.sent, tc.speaker, tc.cue); got != tc.want {
			t.Errorf("%q: participleCue(%q, %q) = %v, want %v", tc.sent, tc.speaker, tc.cue, got, tc.want)
		}
	}
}

// An event every holder tells alike is reported, not held: no stance. A
// classification or a cause is a stance even when no one disputes it.
// (Sentences written for this test.)
func TestUndisputedEventIsNoStance(t *testing.T) {
	for _, tc := range []struct {
		name  string
		texts []string
		want  string // the claim shown, "" for none
	}{
		{"event", []string{
			"Guard hurt\n\nThe guard was scratched on the elbow and treated at a clinic, Sheriff Daniel Okafor said.",
			"Depot shooting\n\nThe guard was scratched by a falling beam, Mayor Lena Voss told reporters.",
		}, ""},
		{"classification", []string{
			"Depot fire\n\nSheriff Daniel Okafor said the depot fire was arson.",
			"Fire\n\nMayor Lena Voss told reporters the depot fire was arson.",
		}, "the depot fire was arson"},
		{"cause", []string{
			"Depot fire\n\nSheriff Daniel Okafor said the depot fire caused the explosion.",
			"Fire\n\nMayor Lena Voss told reporters the depot fire caused the explosion.",
		}, "the depot fire caused the explosion"},
	} {
		checkKeyClaim(t, tc.name, tc.texts, tc.want)
	}
}

// judges reads a verb by its commonest sense: "want" is no being verb,
// though one of its senses ("lack") is one of "be".
func TestJudgesFirstSense(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct {
		p    proposition
		want bool
	}{
		{proposition{verb: "be", comp: "arson"}, true},
		{proposition{verb: "represent", comp: "loss"}, true},
		{proposition{verb: "cause", comp: "damage"}, true},
		{proposition{verb: "want", comp: "raise"}, false},
		{proposition{verb: "touch", comp: "surface"}, false},
		{proposition{verb: "ram", comp: "car"}, false},
		{proposition{verb: "have", comp: "permit"}, false},
		{proposition{verb: "make", comp: "arrest"}, false},
		{proposition{verb: "set", passive: true}, false},
		{proposition{verb: "stab", comp: "intruder", subjNoun: "officer"}, true},
		{proposition{verb: "stab", comp: "intruder", subjNoun: "officer", passive: true}, false},
		{proposition{verb: "ram", comp: "gate", subjNoun: "truck"}, false},
		{proposition{verb: "visit", comp: "depot", subjNoun: "officer"}, false},
	} {
		if got := c.judges(tc.p); got != tc.want {
			t.Errorf("judges(%s %s) = %v, want %v", tc.p.verb, tc.p.comp, got, tc.want)
		}
	}
}

// Two being verbs group by their commonest senses: "made a deal" and
// "wants a deal" are two claims; "was arson" and "remained arson" one.
func TestSamePredicateBeingFirstSense(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct {
		a, b proposition
		want bool
	}{
		{proposition{verb: "make", comp: "deal"}, proposition{verb: "want", comp: "deal"}, false},
		{proposition{verb: "be", comp: "arson"}, proposition{verb: "remain", comp: "arson"}, true},
		{proposition{verb: "be", comp: "loss"}, proposition{verb: "represent", comp: "loss"}, true},
		{proposition{verb: "be", comp: "person"}, proposition{verb: "be", comp: "entertainer"}, false}, // a unique beginner
		{proposition{verb: "be", comp: "danger"}, proposition{verb: "be", comp: "threat"}, true},
	} {
		if got := c.samePredicate(tc.a, tc.b); got != tc.want {
			t.Errorf("samePredicate(%s %s, %s %s) = %v, want %v", tc.a.verb, tc.a.comp, tc.b.verb, tc.b.comp, got, tc.want)
		}
	}
}

// A claim no one disputes is key when it names who did a physical act:
// an active verb of contact, competition or the body with a person or
// people as its subject (agentOfAct). The same verb with a thing for its
// subject, a passive, or a verb of another kind tells an event.
// (Sentences written for this test.)
func TestAgentOfAct(t *testing.T) {
	for _, tc := range []struct {
		name  string
		texts []string
		want  string // the claim shown, "" for none
	}{
		{"people opened fire", []string{
			"Depot shooting\n\nThe officers opened fire on the van, Sheriff Daniel Okafor said.",
			"Shooting\n\nThe officers opened fire on the van, Mayor Lena Voss told reporters.",
		}, "the officers opened fire on the van"},
		{"person stabbed", []string{
			"Depot attack\n\nSheriff Daniel Okafor said the officer stabbed the intruder.",
			"Attack\n\nMayor Lena Voss told reporters the officer stabbed the intruder.",
		}, "the officer stabbed the intruder"},
		{"men punched", []string{
			"Bakery fight\n\nTwo men punched the baker, Sheriff Daniel Okafor said.",
			"Fight\n\nMayor Lena Voss told reporters that two men punched the baker.",
		}, "two men punched the baker"},
		{"thing struck", []string{
			"Depot crash\n\nSheriff Daniel Okafor said the truck struck the gate.",
			"Crash\n\nMayor Lena Voss told reporters the truck struck the gate.",
		}, ""},
		{"no act", []string{
			"Depot visit\n\nSheriff Daniel Okafor said the officers visited the depot.",
			"Visit\n\nMayor Lena Voss told reporters the officers visited the depot.",
		}, ""},
	} {
		checkKeyClaim(t, tc.name, tc.texts, tc.want)
	}
}

// checkKeyClaim analyses texts as one story's articles and checks that the
// first stance is on the claim want, or that there is none when want is "".
func checkKeyClaim(t *testing.T, name string, texts []string, want string) {
	t.Helper()
	var docs []story.Doc
	for i, s := range texts {
		docs = append(docs, doc(string(rune('a'+i)), s, day))
	}
	r := run(docs...)
	if want == "" && len(r.Stances) > 0 {
		t.Errorf("%s: got %s %s %q, want no stance", name, r.Stances[0].Holder, r.Stances[0].Position, r.Stances[0].Claim)
	}
	if want != "" && (len(r.Stances) == 0 || r.Stances[0].Claim != want) {
		t.Errorf("%s: got %v, want stances on %q", name, r.Stances, want)
	}
}

// Two people joined by "and" as the subject of a report both hold what
// it says; a claim is rendered in a speaker's words before an outlet's
// own. (Sentences written for this test.)
func TestCoordinatedSpeakersAndSpeakersWords(t *testing.T) {
	a := doc("a", "Festival\n\n\"Tomas Varga is a gifted singer,\" said Lena Okafor and Piet Marsh, who run the festival.", day)
	b := doc("b", "Line-up\n\nVarga is a trained vocalist. The line-up was set on Monday.", day)
	r := run(b, a)
	held := map[string]bool{}
	for _, s := range r.Stances {
		held[s.Holder] = true
		if s.Claim != "Tomas Varga is a gifted singer" {
			t.Errorf("claim %q (%s), want the organisers' words", s.Claim, s.Holder)
		}
	}
	if !held["Lena Okafor"] || !held["Piet Marsh"] {
		t.Errorf("holders %v, want both organisers", held)
	}
	// A pair in an earlier clause is not the report's subject.
	a = doc("a", "Festival\n\nIvo Tamm and Piet Marsh met the panel on Monday, and Marsh said that Tomas Varga is a gifted singer.", day)
	for _, s := range run(b, a).Stances {
		if s.Holder == "Ivo Tamm" {
			t.Errorf("%q held by %s, who only met the panel", s.Claim, s.Holder)
		}
	}
	// A list of three is the report's subject.
	held = map[string]bool{}
	for _, s := range run(b, doc("a", "Festival\n\nLena Okafor, Ivo Tamm and Piet Marsh said that Tomas Varga is a gifted singer.", day)).Stances {
		held[s.Holder] = true
	}
	if !held["Lena Okafor"] || !held["Ivo Tamm"] || !held["Piet Marsh"] {
		t.Errorf("holders %v, want all three of the list", held)
	}
	// The holder named again after the claim: the earlier mention, in the
	// list before the report's verb, is the subject.
	held = map[string]bool{}
	for _, s := range run(b, doc("a", "Festival\n\nLena Okafor and Piet Marsh said in a joint letter sent late on Monday that Tomas Varga is a gifted singer, as Marsh has long held.", day)).Stances {
		held[s.Holder] = true
	}
	if !held["Lena Okafor"] || !held["Piet Marsh"] {
		t.Errorf("holders %v, want both of the pair", held)
	}
}

// The conjoins of a report's subject: a list ending right at its verb or
// starting right after it; not a pair elsewhere in the sentence.
func TestCoSpeakerList(t *testing.T) {
	c := &comparer{lx: lexicon.Default()}
	names := []string{"Ivo Tamm", "Lena Okafor", "Piet Marsh"}
	for _, k := range []struct {
		sentence string
		holder   int // which mention (in order of place) is the holder's
		want     string
	}{
		{"Ivo Tamm and Piet Marsh were at odds, and Piet Marsh said the hall is shut.", 2, ""},
		{"Ivo Tamm and Piet Marsh were at odds, and Piet Marsh said the hall is shut.", 1, ""},
		{"Police arrested Ivo Tamm and Piet Marsh said the hall is shut.", 1, ""},
		{"\"The hall is shut,\" said Piet Marsh, who sued Ivo Tamm and Piet Marsh's agent.", 0, ""},
		{"\"The hall is shut,\" said Piet Marsh, who sued Ivo Tamm and Piet Marsh's agent.", 2, ""},
		{"\"The hall is shut,\" said Ivo Tamm and Piet Marsh.", 1, "Ivo Tamm|Piet Marsh"},
		{"Ivo Tamm and Piet Marsh said the hall is shut.", 1, "Ivo Tamm|Piet Marsh"},
		{"The claim was denied by Ivo Tamm and Piet Marsh, who wrote that the hall is shut.", 1, "Ivo Tamm|Piet Marsh"},
		{"Lena Okafor, Ivo Tamm and Piet Marsh said the hall is shut.", 2, "Lena Okafor|Ivo Tamm|Piet Marsh"},
		{"Lena Okafor, Ivo Tamm and Piet Marsh said the hall is shut.", 0, "Lena Okafor|Ivo Tamm|Piet Marsh"},
		{"Piet Marsh, Ivo Tamm said the hall is shut.", 1, ""}, // no "and": an apposition
	} {
		var people []mention.NameMention
		for i := 0; i < len(k.sentence); i++ {
			for _, n := range names {
				if strings.HasPrefix(k.sentence[i:], n) {
					people = append(people, mention.NameMention{Text: n, Start: i, End: i + len(n)})
				}
			}
		}
		var got []string
		if first, last := conjoinList(k.sentence, people, k.holder); first != last && c.reportSubject(k.sentence, people[first].Start, people[last].End) {
			for _, m := range people[first : last+1] {
				got = append(got, m.Text)
			}
		}
		if g := strings.Join(got, "|"); g != k.want {
			t.Errorf("%s (holder %d): conjoins %q, want %q", k.sentence, k.holder, g, k.want)
		}
	}
}

// A group speaker's named examples ("<group>, including <A> and <B>,
// said …") made the statement too: each holds what the group holds.
// (Sentences written for this test.)
func TestGroupMembersHold(t *testing.T) {
	b := doc("b", "Line-up\n\nVarga is a trained vocalist. The line-up was set on Monday.", day)
	a := doc("a", "Festival\n\nSeveral organisers, including Lena Okafor and Piet Marsh, said that Tomas Varga is a gifted singer.", day)
	held := map[string]bool{}
	for _, s := range run(b, a).Stances {
		held[s.Holder] = true
	}
	if !held["Lena Okafor"] || !held["Piet Marsh"] {
		t.Errorf("holders %v, want both named organisers", held)
	}
}

// A claim that a person wants, fears or feels something (a verb of
// emotion, stative) judges its subject's mind: two speakers who state it
// hold it, though no one disputes it. A verb of that file whose object is
// the person who feels, or whose subject is no person, tells an event.
// (Sentences written for this test.)
func TestStateOfMind(t *testing.T) {
	for _, tc := range []struct {
		name  string
		texts []string
		want  string // the claim shown, "" for none
	}{
		{"wants", []string{
			"Contract talks\n\nThe coach wants a bigger salary, Sheriff Daniel Okafor said.",
			"Talks\n\nMayor Lena Voss told reporters the coach wants a bigger salary.",
		}, "the coach wants a bigger salary"},
		{"fears", []string{
			"Trial\n\nThe witness fears reprisals, Sheriff Daniel Okafor said.",
			"Court\n\nMayor Lena Voss told reporters the witness fears reprisals.",
		}, "the witness fears reprisals"},
		{"object is a person", []string{
			"Depot raid\n\nThe gunman frightened the customers, Sheriff Daniel Okafor said.",
			"Raid\n\nMayor Lena Voss told reporters the gunman frightened the customers.",
		}, ""},
		{"subject is no person", []string{
			"Harvest\n\nThe drought worried the farmers, Sheriff Daniel Okafor said.",
			"Crops\n\nMayor Lena Voss told reporters the drought worried the farmers.",
		}, ""},
		{"object is a group", []string{
			"Rally\n\nThe speaker angered the crowd, Sheriff Daniel Okafor said.",
			"March\n\nMayor Lena Voss told reporters the speaker angered the crowd.",
		}, ""},
		{"other people", []string{
			"Contract talks\n\nThe coach wants a bigger salary, Sheriff Daniel Okafor said.",
			"Talks\n\nMayor Lena Voss told reporters the referee wants a bigger salary.",
		}, ""},
		{"other wants", []string{
			"Contract talks\n\nThe coach wants a bigger salary, Sheriff Daniel Okafor said.",
			"Talks\n\nMayor Lena Voss told reporters the coach wants a new stadium.",
		}, ""},
		{"one speaker", []string{
			"Contract talks\n\nThe coach wants a bigger salary, Sheriff Daniel Okafor said.",
			"Talks\n\nThe coach wants a bigger salary, Sheriff Daniel Okafor told reporters.",
		}, ""},
	} {
		checkKeyClaim(t, tc.name, tc.texts, tc.want)
	}
}
