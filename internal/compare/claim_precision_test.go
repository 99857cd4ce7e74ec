package compare

import (
	"slices"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// A passive claim ("the man was shot") is addressed only by a passive
// verb: the noun before an active verb is its agent. (Sentences written for
// this test.)
func TestPassiveClaimNeedsPassiveAddress(t *testing.T) {
	c := newComparer(Input{})
	k := claimKey{noun: "man", verb: "shoot", comp: "head", passive: true}
	for _, tc := range []struct {
		sent string
		want bool
	}{
		{"The man was shot in the head, police said.", true},
		{"The man had been shot in the head.", true},
		{"The man was apparently shot in the head.", true},
		{"Two men broke in, argued with the man and then shot him in the head.", false},
		{"The man shot his neighbour in the head.", false},
	} {
		toks := text.Tokens(tc.sent)
		s, j := findTok(toks, "man"), findTok(toks, "head")
		if got := c.clauseLinks(toks, s, j, k); got != tc.want {
			t.Errorf("%q: clauseLinks = %v, want %v", tc.sent, got, tc.want)
		}
	}
}

// A classification's adjectives are part of what it says: "will make her
// appearance as host" does not address "is the ideal host"; an epistemic
// adjective ("a possible arson") is modality, not content. (Phrases written
// for this test.)
func TestClassModifiers(t *testing.T) {
	lx := lexicon.Default()
	for _, tc := range []struct {
		comp, head string
		want       []string
	}{
		{"the ideal host for this year's show", "host", []string{"ideal"}},
		{"an important democratic step", "step", []string{"important", "democratic"}},
		{"a possible arson", "arson", nil},
		{"an Academy Awards host", "host", nil},
		{"a threat", "threat", nil},
	} {
		if got := classModifiers(lx, tc.comp, tc.head); !slices.Equal(got, tc.want) {
			t.Errorf("classModifiers(%q, %q) = %q, want %q", tc.comp, tc.head, got, tc.want)
		}
	}
	c := newComparer(Input{})
	k := claimKey{entity: "Okafor", comp: "host", mods: []string{"ideal"}}
	for _, tc := range []struct {
		sent string
		want bool
	}{
		{"Okafor is the ideal host for the gala.", true},
		{"Okafor will make her second appearance as host of the gala.", false},
		{"Okafor would return to the gala as host.", false},
	} {
		toks := text.Tokens(tc.sent)
		if got := c.carriesModifier(toks, findTok(toks, "host"), k); got != tc.want {
			t.Errorf("%q: carriesModifier = %v, want %v", tc.sent, got, tc.want)
		}
	}
}

// A participle after a noun opens a clause ("information leading to an
// arrest"): the complement keeps its phrase whole, or leaves the participle
// out, never ends on it. (Sentences written for this test.)
func TestParticipleClauseInComplement(t *testing.T) {
	for _, tc := range []struct {
		sent, want string
	}{
		{"The agency offered a $5,000 reward for information leading to the arrest and conviction of the thief.", "a $5,000 reward for information leading to the arrest"},
		{"The agency offered a $5,000 reward for information leading to the identification of the thief.", "a $5,000 reward for information"},
		{"The agency offered a $5,000 reward for information about the theft.", "a $5,000 reward for information"},
	} {
		got := ""
		for _, p := range readWithEntity(lexicon.Default(), tc.sent, "") {
			if p.verb == "offer" {
				got = p.compText
			}
		}
		if got != tc.want {
			t.Errorf("%q: complement %q, want %q", tc.sent, got, tc.want)
		}
	}
}

// Holders who give one amount with different approximators ("around",
// "more than") share the amount, not one holder's approximator. (Sentences
// written for this test.)
func TestSharedClaimAmountApproximator(t *testing.T) {
	for _, tc := range []struct {
		comp    string
		at, len int
	}{
		{"more than $1 million in damages", 0, 2},
		{"around $1 million in damage", 0, 1},
		{"up to 40 homes", 0, 2},
		{"$1 million in damage", 0, 0},
		{"more damage than expected", 0, 0},
	} {
		if at, n := amountApproximator(tc.comp); at != tc.at || n != tc.len {
			t.Errorf("amountApproximator(%q) = %d, %d, want %d, %d", tc.comp, at, n, tc.at, tc.len)
		}
	}
	for _, b := range []string{
		"Mill flood\n\nThe blaze caused more than $2 million in damages, the Valley Herald reported.",
		// the approximator and amount only inside another number
		"Mill flood\n\nThe blaze caused $2 million in damage, around $25,000 of it to the roof, the Valley Herald reported.",
	} {
		a := doc("a", "Mill flood\n\nOfficials estimated the blaze caused around $2 million in damage to the mill, according to the Daily Courier.", day)
		r := run(a, doc("b", b, day))
		if len(r.Stances) < 2 {
			t.Fatalf("%q: two holders give the amount: stances %v", b, r.Stances)
		}
		for _, s := range r.Stances {
			if strings.Contains(s.Claim, "around") || strings.Contains(s.Claim, "more than") || !strings.Contains(s.Claim, "$2 million") {
				t.Errorf("%q: claim %q (%s), want the amount both give without either's approximator", b, s.Claim, s.Holder)
			}
		}
	}
}

// A restricted head ("the only candidate", "the biggest donor") is
// identified by what follows it: two such complements are one claim only
// when their postmodifiers meet. (Phrases written for this test.)
func TestRestrictedHeadIsItsPostmodifier(t *testing.T) {
	lx := lexicon.Default()
	for _, tc := range []struct {
		comp, head string
		want       bool
	}{
		{"the only candidate in the race", "candidate", true},
		{"the first woman to lead the board", "woman", true},
		{"the biggest donor to the campaign", "donor", true},
		{"a strong candidate", "candidate", false},
		{"the ideal host", "host", false},
		{"the most senior officer of the board", "officer", true},
		{"her most famous role", "role", true},
		{"the council's least known member", "member", true},
		{"most candidates in the race", "candidate", false},
		{"least of the candidates", "candidate", false},
	} {
		if got := restrictedHead(lx, tc.comp, tc.head); got != tc.want {
			t.Errorf("restrictedHead(%q, %q) = %v, want %v", tc.comp, tc.head, got, tc.want)
		}
	}
	c := newComparer(Input{})
	p := func(comp string) proposition {
		return proposition{subject: "Okafor", verb: "be", comp: "candidate", compText: comp}
	}
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"the only candidate to win a state", "the only candidate with a conservative record", false},
		{"the only candidate to win a state", "the only candidate", false},
		{"the only candidate to win a state", "the only other candidate to win two states", true},
		{"a strong candidate", "a good candidate", true},
	} {
		if got := c.sameRestriction(p(tc.a), p(tc.b)); got != tc.want {
			t.Errorf("sameRestriction(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// An approximator is said by a holder only with its amount whole: "around
// $2" is not in "around $20 million". (Sentences written for this test.)
func TestSaysWords(t *testing.T) {
	for _, tc := range []struct {
		sentence, phrase string
		want             bool
	}{
		{"The blaze caused around $2 million in damage.", "around $2", true},
		{"Damage came to around $2, officials said.", "around $2", true},
		{"AROUND $2 MILLION was lost.", "around $2", true},
		{"The blaze caused around $20 million in damage.", "around $2", false},
		{"The blaze caused around $2.5 million in damage.", "around $2", false},
		{"The blaze caused more than $2 million in damage.", "around $2", false},
		{"Some 40 homes burned.", "up to 40", false},
	} {
		if got := saysWords(tc.sentence, strings.Fields(tc.phrase)); got != tc.want {
			t.Errorf("saysWords(%q, %q) = %v, want %v", tc.sentence, tc.phrase, got, tc.want)
		}
	}
}

// A passive is read from a form of "be" or "get" before the verb, "are"
// contracted on the subject's token included; "'s" before a participle
// may be "has" and a possessive's "'s" is no verb at all. (Sentences
// written for this test.)
func TestPassiveForm(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct {
		sent, subj, verb string
		want             bool
	}{
		{"The man was shot in the head.", "man", "shot", true},
		{"They're often shot at near the depot.", "They're", "shot", true},
		{"Guards say they’re rarely searched at the gate.", "they’re", "searched", true},
		{"The man's brother shot him in the head.", "man's", "shot", false},
		{"He's shot two deer this season.", "He's", "shot", false},
		{"The man shot his neighbour.", "man", "shot", false},
	} {
		toks := text.Tokens(tc.sent)
		if got := c.passiveForm(toks, findTok(toks, tc.subj), findTok(toks, tc.verb)); got != tc.want {
			t.Errorf("%q: passiveForm = %v, want %v", tc.sent, got, tc.want)
		}
	}
}

// headAt finds a complement's head among its words as written, in any
// case, punctuation trimmed, a plural read as its noun; classModifiers,
// restrictedHead and afterHead all stop at it. (Phrases written for this
// test.)
func TestHeadAt(t *testing.T) {
	lx := lexicon.Default()
	for _, tc := range []struct {
		comp, head string
		want       int
	}{
		{"the only candidate in the race", "candidate", 2},
		{"most Candidates, in the race", "candidate", 1},
		{"an important democratic “step”", "step", 3},
		{"the ideal host", "guest", -1},
		{"", "host", -1},
	} {
		if got := headAt(lx, strings.Fields(tc.comp), tc.head); got != tc.want {
			t.Errorf("headAt(%q, %q) = %d, want %d", tc.comp, tc.head, got, tc.want)
		}
	}
}
