package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// Sentences written for this test (no data set's wording).

// TestInvariablePast: a verb whose base, past and participle are one form
// ("set", "cut") after its subject and before its object is a past verb,
// so the day after it dates that act: a bond set on one day and the bond
// posted on another are two acts; the same act with two days is still a
// conflict.
func TestInvariablePast(t *testing.T) {
	pub, pub2 := dates.Date{Year: 2022, Month: 3, Day: 9}, dates.Date{Year: 2022, Month: 3, Day: 10}
	for _, tc := range []struct{ name, x, y, want string }{
		{"a bond set and a bond posted",
			"Judge sets bond\n\nA judge set a $40,000 bond for Pell Garrow on Monday. Garrow is charged with robbing a bakery in Ostley.",
			"Garrow posts bond\n\nPell Garrow posted the $40,000 bond on Friday and was released from the Ostley county jail. He is charged with robbing a bakery.", ""},
		{"a bond set and a release after it",
			"Judge sets bond\n\nA judge set a $40,000 bond for Pell Garrow on Monday. Garrow is charged with robbing a bakery in Ostley.",
			"Garrow freed\n\nPell Garrow was released from the Ostley county jail on Friday after he posted the $40,000 bond. He is charged with robbing a bakery.", ""},
		// a verb and its complement split by the object (set_free,
		// set_ablaze) tell one act: the freeing, the burning on two days
		// is still a conflict
		{"set free, freed",
			"Prisoner freed\n\nA judge set Pell Garrow free on Monday after a witness recanted. Garrow had spent two years in the Ostley jail.",
			"Prisoner freed\n\nPell Garrow was freed on Sunday after a witness recanted. Garrow had spent two years in the Ostley jail.", "date:on Monday/on Sunday"},
		{"set ablaze, torched",
			"Chapel burned\n\nArsonists set the Ostley chapel ablaze on Monday night, the fire service said. The roof fell in.",
			"Chapel burned\n\nThe Ostley chapel was torched on Sunday night, the fire service said. The roof fell in.", "date:on Monday night/on Sunday night"},
		// guards: one act, two days
		{"one bond set, two days",
			"Judge sets bond\n\nA judge set a $40,000 bond for Pell Garrow on Monday. Garrow is charged with robbing a bakery in Ostley.",
			"Bond set\n\nA judge set a $40,000 bond for Pell Garrow on Friday. Garrow is charged with robbing a bakery in Ostley.", "date:on Monday/on Friday"},
	} {
		r := run(doc("a", tc.x, pub), doc("b", tc.y, pub2))
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
	c := newComparer(Input{})
	for _, tc := range []struct{ sentence, word, want string }{
		{"A judge set a bond for the driver.", "set", "set"},
		{"The county board shut the clinic in May.", "shut", "shut"},
		{"Rangers found the hiker near the ridge.", "found", "find"},
		// guards: no subject before it, or no invariable verb
		{"The board plans to set a date for the vote.", "set", ""},
		{"The mill will shut its gates.", "shut", ""},
		{"A chess set was sold.", "was", ""},
		// A predicate joined by "and" to a past one (session 52):
		// the form after it is a past; guards: after a to-infinitive
		// or a modal's verb it is a base.
		{"Wardens arrived within minutes and found the hiker near the ridge.", "found", "find"},
		{"Wardens responded to the lodge and found the hiker.", "found", "find"},
		{"The guild planned to sell its hall and found a school.", "found", ""},
		{"The guild will sell its hall and found a school.", "found", ""},
	} {
		toks := text.Tokens(tc.sentence)
		k := -1
		for i, tk := range toks {
			if tk.Lower == tc.word {
				k = i
				break
			}
		}
		if got := c.pastAfterSubject(toks, k); got != tc.want {
			t.Errorf("pastAfterSubject(%q at %q) = %q, want %q", tc.sentence, tc.word, got, tc.want)
		}
	}
	// foundObject: a verb split from its complement by the object is
	// not read alone (splitComplement); guards: an object and its
	// prepositional phrase, a figure in the object.
	for _, tc := range []struct{ sentence, want string }{
		{"A judge set Pell Garrow free on Monday.", ""},
		{"Arsonists set the old chapel ablaze on Monday.", ""},
		{"A judge set a $40,000 bond for Pell Garrow on Monday.", "set"},
		{"The county shut the bridge on Monday.", "shut"},
		{"The board split the firm in May.", "split"},
	} {
		toks := text.Tokens(tc.sentence)
		if got := c.foundObject(toks, zeroPastAt(toks)); got != tc.want {
			t.Errorf("foundObject(%q) = %q, want %q", tc.sentence, got, tc.want)
		}
	}
}

// TestBareNounObject: a verb of the "cut" class before a noun with no
// determiner ("set bail", a mass or plural noun) is read as its past, and
// after the perfect's have as its participle, so the day
// dates it ("set bail on Monday" / "posted bail on Thursday": two acts);
// guards: a compound noun WordNet lists with the verb's word ("chess
// set", "tax cut") makes it no verb, and one bail set on two days still conflicts.
// Invented sentences.
func TestBareNounObject(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct{ sentence, want string }{
		{"A magistrate set bail for Orla Venn on Monday.", "set"},
		{"Prosecutors set terms for the plea on Monday.", "set"},
		{"The old chess set pieces sold in Dunmere on Monday.", ""},
		{"A tax cut vote passed in Dunmere on Monday.", ""},
	} {
		toks := text.Tokens(tc.sentence)
		if got := c.foundObject(toks, zeroPastAt(toks)); got != tc.want {
			t.Errorf("foundObject(%q) = %q, want %q", tc.sentence, got, tc.want)
		}
	}
	pub, pub2 := dates.Date{Year: 2022, Month: 3, Day: 9}, dates.Date{Year: 2022, Month: 3, Day: 10}
	for _, tc := range []struct{ name, x, y, want string }{
		{"bail set, bail posted",
			"Bail\n\nA magistrate set bail at $20,000 for Orla Venn on Monday. Venn is charged with arson in Dunmere.",
			"Venn freed\n\nOrla Venn posted bail on Thursday and left the Dunmere jail. She is charged with arson.", ""},
		{"bail had been set, bail posted",
			"Venn freed\n\nOrla Venn posted bail on Thursday and left the Dunmere jail. She is charged with arson.",
			"Bail\n\nA magistrate had set bail for Orla Venn on Monday. Venn is charged with arson in Dunmere.", ""},
		// guard: one bail set, two days
		{"bail set on two days",
			"Bail\n\nA magistrate set bail at $20,000 for Orla Venn on Monday. Venn is charged with arson in Dunmere.",
			"Bail\n\nA magistrate set bail at $20,000 for Orla Venn on Tuesday. Venn is charged with arson in Dunmere.", "date:on Monday/on Tuesday"},
	} {
		r := run(doc("a", tc.x, pub), doc("b", tc.y, pub2))
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// zeroPastAt is the index of the first "cut"-class verb after the first
// token of toks, or -1.
func zeroPastAt(toks []text.Token) int {
	for i, tk := range toks {
		if i > 0 && mention.ZeroPast(tk.Lower) {
			return i
		}
	}
	return -1
}
