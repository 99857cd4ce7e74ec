package compare

import (
	"sort"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// TestProperNameWords: the words of the capitalised runs that hold a
// person's name, titles and places written with it included; a capitalised
// first word only as part of a run; names of no person stay.
func TestProperNameWords(t *testing.T) {
	lx := lexicon.Default()
	for _, tc := range []struct{ s, person, want string }{
		{"Marlow County Judge Ada Penrose refused bail at noon.", "Ada Penrose", "ada county judge marlow penrose"},
		{"Police said two men were hurt.", "", ""},
		{"The fire chief, Ewan Tull, said the blaze began at night.", "Ewan Tull", "ewan tull"},
		{"A spokesman for Harwell Transit said service resumed.", "", ""},
		{"Ada Penrose was charged over the Quarry Lane Bakery fire.", "Ada Penrose", "ada penrose"},
	} {
		got := keysSorted(properNameWords(lx, tc.s, spansOf(tc.s, tc.person)))
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.s, got, tc.want)
		}
	}
}

func spansOf(s, name string) [][2]int {
	if i := strings.Index(s, name); name != "" && i >= 0 {
		return [][2]int{{i, i + len(name)}}
	}
	return nil
}

// TestAlignedStatementsNotByNames: two sentences that share most words only
// through a name and its title say two things; the same statement of the
// same person in other words is still aligned.
func TestAlignedStatementsNotByNames(t *testing.T) {
	lx := lexicon.Default()
	f := func(s string) *fact {
		return &fact{words: lx.ContentWords(s), names: properNameWords(lx, s, spansOf(s, "Ada Penrose"))}
	}
	judge := "Marlow County Judge Ada Penrose refused bail."
	for _, tc := range []struct {
		other string
		want  bool
	}{
		{"Marlow County Judge Ada Penrose heard the defence say the crash was an accident.", false},
		{"At a hearing, Marlow County Judge Ada Penrose refused him bail.", true},
	} {
		if got := alignedStatements(f(judge), f(tc.other)); got != tc.want {
			t.Errorf("%q: aligned %v, want %v", tc.other, got, tc.want)
		}
	}
}

func keysSorted(m map[string]bool) string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

// TestSaysRisingNow: a figure said to stand "now" at a value is the figure
// as it has become (an update); one told as it stands is not, nor a value
// that opens a noun phrase of its own after "now" ("now faces a … fine").
func TestSaysRisingNow(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"The reward for the arrest is now $12,000, the commission said.", true},
		{"The toll has now risen to 30.", true},
		{"The reward for the arrest is $12,000, the commission said.", false},
		{"The owner now faces a $12,000 fine, the commission said.", false},
		{"The toll now stands at 30.", true},
	} {
		at := strings.Index(tc.s, "$12,000")
		if at < 0 {
			at = strings.Index(tc.s, "30")
		}
		v := mention.Value{Start: at, End: at + 3}
		if got := c.saysRising(text.Tokens(tc.s), v); got != tc.want {
			t.Errorf("%q: rising %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestToldBeside: a sentence that also states the other article's day (or
// clock time) does not contradict it with its other day.
func TestToldBeside(t *testing.T) {
	day := func(d string) mention.Value { return mention.Value{Type: mention.VWeekday, Norm: d, Text: d} }
	f := &fact{v: day("friday"), others: []mention.Value{day("sunday")}}
	if !toldBeside(f, &fact{v: day("sunday")}) {
		t.Error("'leave Friday … play Sunday' against 'play Sunday': want told beside")
	}
	if toldBeside(f, &fact{v: day("monday")}) {
		t.Error("'leave Friday … play Sunday' against 'Monday': want a day of its own")
	}
	if toldBeside(&fact{v: day("friday")}, &fact{v: day("sunday")}) {
		t.Error("a sentence of one day: want no sibling")
	}
}

// TestAlignedStatementsTwoNamesInCommon: sentences that share two people
// (or bodies) say something of both, so a shared wording made of their
// names still aligns them. (Invented sentences.)
func TestAlignedStatementsTwoNamesInCommon(t *testing.T) {
	lx := lexicon.Default()
	f := func(s string, actors ...string) *fact {
		var spans [][2]int
		for _, a := range []string{"Ada Penrose", "Ida Vey"} {
			spans = append(spans, spansOf(s, a)...)
		}
		m := map[string]bool{}
		for _, a := range actors {
			m[a] = true
		}
		return &fact{words: lx.ContentWords(s), names: properNameWords(lx, s, spans), actors: m}
	}
	a, b := "Marlow County Judge Ada Penrose fined Ida Vey.", "Marlow County Judge Ada Penrose heard Ida Vey speak at length."
	if !alignedStatements(f(a, "Ada Penrose", "Ida Vey"), f(b, "Ada Penrose", "Ida Vey")) {
		t.Errorf("two people in common: not aligned")
	}
	if alignedStatements(f(a, "Ada Penrose"), f(b, "Ada Penrose")) {
		t.Errorf("one person in common: aligned through the names alone")
	}
}

// TestRisingAmountIsAnUpdate: an amount whose highest figure is told with
// "now" is the figure as it has become: reported as a possible update
// (updateNote), not hidden; two amounts told as they stand are a plain
// discrepancy.
func TestRisingAmountIsAnUpdate(t *testing.T) {
	a := doc("a", "Reward offered\n\nThe reward for information about the arson at the depot is $10,000, the sheriff's office said on Monday.", day)
	b := doc("b", "Reward offered\n\nThe reward for information about the arson at the depot is now $25,000, the sheriff's office said on Monday.", day)
	ds := run(a, b).Discrepancies
	if len(ds) != 1 || !strings.Contains(ds[0].Note, updateNote) {
		t.Errorf("rising amount: got %+v, want one discrepancy noted %q", ds, updateNote)
	}
	c := doc("c", "Reward offered\n\nThe reward for information about the arson at the depot is $25,000, the sheriff's office said on Monday.", day)
	ds = run(a, c).Discrepancies
	if len(ds) == 0 {
		t.Errorf("two amounts told as they stand: no discrepancy")
	}
	for _, d := range ds {
		if strings.Contains(d.Note, updateNote) {
			t.Errorf("two amounts told as they stand: noted as an update: %+v", d)
		}
	}
}

// TestResultTotal: a figure that ends a supplementive -ing clause of result
// after a comma (", bringing the toll to 15") is the figure as it has
// become; a figure after "to" in other clauses is not. Sentences invented.
func TestResultTotal(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Two more anglers drowned off Skerry Point, bringing the toll to 15.", true},
		{"The board paid a further sum, raising the amount paid out to at least 15 million.", true},
		{"The board sentenced the clerk to 15 months in jail.", false},
		{"Two more anglers drowned off Skerry Point, leaving the toll at 15.", false},
		{"Volunteers went out knocking on doors to 15 homes.", false},
	} {
		at := strings.Index(tc.s, "15")
		v := mention.Value{Start: at, End: at + 2}
		if got := c.saysRising(text.Tokens(tc.s), v); got != tc.want {
			t.Errorf("%q: rising %v, want %v", tc.s, got, tc.want)
		}
	}
	ds := runDated("Ferry fire\n\nNine people were killed in the blaze on the Ostra ferry, the harbour master said.",
		"Ferry fire\n\nThree additional people were killed in the blaze on the Ostra ferry, bringing the toll to 12, the harbour master said.").Discrepancies
	for _, d := range ds {
		if d.Kind == "number" && !strings.Contains(d.Note, updateNote) {
			t.Errorf("an earlier toll against the toll as it has become: %+v, want it noted %q", d, updateNote)
		}
	}
}
