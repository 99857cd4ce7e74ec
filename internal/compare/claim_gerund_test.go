package compare

import (
	"slices"
	"sort"
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/story"
)

// A verb of denial or admission with an -ing clause as its object states
// its subject's position on an act of its own: "denied starting the fire"
// is the claim "started the fire", denied (Quirk et al. 1985 §16.39).
// (Sentences written for this test.)
func TestOwnActGerund(t *testing.T) {
	checkClauseReader(t, []clauseReaderCase{
		{"Marlow denied starting the fire.", "Marlow", "start", "fire", true, false, true},
		{"Marlow denies taking the keys from the office.", "Marlow", "take", "key", true, false, true},
		{"The wardens denied starting the fire at the barn.", "the warden", "start", "fire", true, false, true},
		{"Marlow admitted stealing the ledger.", "Marlow", "steal", "ledger", false, false, true},
		{"Marlow confessed to stealing the ledger.", "Marlow", "steal", "ledger", false, false, true},
		// Denials already read stay as they were: a negated clause, a modal.
		{"Marlow said Okafor was not responsible for the fire.", "Okafor", "be", "responsible", true, false, true},
		{"Marlow may have started the fire.", "Marlow", "start", "fire", false, false, true},
	})
	// Each is read as its subject's own act, held by the subject.
	for _, s := range []string{
		"Marlow denied starting the fire.",
		"Marlow confessed to killing the guard.",
		"Marlow has confessed to killing the guard, police said.",
		"Marlow admitted to taking the keys.",
	} {
		if !slices.ContainsFunc(readClauses(s), func(p proposition) bool { return p.ownAct && p.subject == "Marlow" }) {
			t.Errorf("%q: no own act of Marlow's read", s)
		}
	}
	// Guards: what the rule must not read as a position on an act.
	for _, s := range []string{
		"Marlow did not deny starting the fire.",       // no denial
		"Marlow never denied starting the fire.",       // no denial
		"Marlow will deny starting the fire.",          // a prediction
		"Marlow denied access to the barn.",            // a noun object
		"Marlow denied the killing of the guard.",      // a determiner: a noun
		"Marlow denied knowing him.",                   // an object pronoun names no one
		"Marlow began starting fires in the barn.",     // an aspectual verb takes no position
		"Marlow stopped paying the rent in March.",     // nor does a verb of ceasing
		"Marlow recalled seeing the ledger on a desk.", // nor memory
		"Marlow was denied visiting rights.",           // a passive: another's refusal
		"Marlow will confess to killing the guard.",    // a prediction
		"Marlow objected to paying the fine.",          // no admission
		// A verb whose commonest sense is no denial or admission.
		"Marlow opposed closing the library.",             // being against an act is no denial of it
		"Marlow noticed flashing lights near the bridge.", // seeing, not admitting
		// A name that does not head the subject holds no position.
		"A neighbour of Marlow denied starting the fire.",
	} {
		for _, p := range readClauses(s) {
			if p.ownAct {
				t.Errorf("%q: read %s/%s/%s as an own act (negated %v)", s, p.subject, p.verb, p.comp, p.negated)
			}
		}
	}
}

// readClauses reads a sentence with the test names Marlow and Okafor.
func readClauses(s string) []proposition {
	return readerFor(s).read()
}

// readerFor is the clause reader of a sentence with the test names Marlow
// and Okafor.
func readerFor(s string) *clauseReader {
	return readerWith(lexicon.Default(), s, "Marlow", "Okafor")
}

// The subject of the verb of denial holds the denial, whoever reports it;
// another's claim that the act was theirs makes the claim a disputed one.
// (Sentences written for this test.)
func TestOwnActDenialStance(t *testing.T) {
	positions := func(texts ...string) []string {
		var ds []story.Doc
		for i, s := range texts {
			ds = append(ds, doc(string(rune('a'+i)), s, day))
		}
		var out []string
		for _, s := range run(ds...).Stances {
			out = append(out, s.Holder+" "+s.Position+" "+s.Article)
		}
		sort.Strings(out)
		return out
	}
	a := "Warehouse fire\n\nPolice said Nadia Pell started the warehouse fire."
	b := "Warehouse blaze\n\nNadia Pell denied starting the warehouse fire, her lawyer said."
	if got := positions(a, b); !slices.Equal(got, []string{"Nadia Pell denies b", "Police affirms a"}) {
		t.Errorf("a denial against a claim: got %v", got)
	}
	c := "Warehouse blaze\n\nNadia Pell admitted starting the warehouse fire, her lawyer said."
	if got := positions(a, c); !slices.Equal(got, []string{}) && slices.Contains(got, "Nadia Pell denies b") {
		t.Errorf("an admission is no denial: got %v", got)
	}
	// Guards: a name that only modifies the subject is not who denies or
	// admits, and a verb of opposing takes no position on the act.
	for _, e := range []string{
		"Warehouse blaze\n\nNadia Pell's brother denied starting the warehouse fire, police said.",
		"Warehouse blaze\n\nA neighbour of Nadia Pell denied starting the warehouse fire.",
		"Warehouse blaze\n\nNadia Pell had opposed starting the warehouse fire.",
	} {
		if got := positions(a, e); slices.Contains(got, "Nadia Pell denies b") {
			t.Errorf("%q: got %v", e, got)
		}
	}
	// A name that premodifies a noun of persons stands for its group.
	f := "Farm sale\n\nFarmers said Tarrow Mills sold the farm near the river."
	g := "Farm sale\n\nTarrow Mills officials denied selling the farm near the river."
	if got := positions(f, g); !slices.Contains(got, "Tarrow Mills denies b") {
		t.Errorf("a group's officials: got %v", got)
	}
	// Guard: a denial not of the claim's act leaves it undisputed.
	d := "Warehouse blaze\n\nNadia Pell denied owning the warehouse, her lawyer said."
	if got := positions(a, d); len(got) != 0 {
		t.Errorf("a denial of another act: got %v", got)
	}
}
