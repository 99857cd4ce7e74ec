package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestDeathManner: sentences written for this test. Two articles that tell
// one victim's death with two "<verb> to death" of two physical acts report
// how the victim died; one manner a kind of the other, two verbs of one
// statement, another victim, another count, other people of one count, a
// sentence that writes the other verb, and "to death" after a verb of
// saying or feeling or a lexicalised idiom are none.
func TestDeathManner(t *testing.T) {
	pub := dates.Date{Year: 2021, Month: 9, Day: 14}
	for _, tc := range []struct{ name, x, y, want string }{
		{"a named victim stabbed / beaten",
			"Killing\n\nThe shopkeeper Teodor Vranek was stabbed to death behind his kiosk on Sunday, police said.",
			"Killing\n\nTeodor Vranek was beaten to death behind his kiosk on Sunday.",
			"other:stabbed to death/beaten to death"},
		{"a count of people burned / suffocated",
			"Blaze\n\nFour people burned to death when a warehouse caught fire in the port district.",
			"Blaze\n\nOfficials said the 4 night watchmen had suffocated to death inside the warehouse.",
			"other:burned to death/suffocated to death"},
		{"an active verb and its object",
			"Killing\n\nA gang beat Teodor Vranek to death behind his kiosk on Sunday.",
			"Killing\n\nTeodor Vranek was stabbed to death behind his kiosk on Sunday.",
			"other:beat Teodor Vranek to death/stabbed to death"},
		{"shot / stabbed: two troponyms of injure",
			"Killing\n\nTeodor Vranek was shot to death behind his kiosk on Sunday.",
			"Killing\n\nTeodor Vranek was stabbed to death behind his kiosk on Sunday.",
			"other:shot to death/stabbed to death"},
		// Guards: what the rule must not report.
		{"near-synonyms: one a kind of the other",
			"Killing\n\nTeodor Vranek was strangled to death in his cell on Sunday.",
			"Killing\n\nTeodor Vranek was suffocated to death in his cell on Sunday.", ""},
		{"another harm the sentence tells",
			"Killing\n\nTeodor Vranek was shot and then beaten to death behind his kiosk on Sunday.",
			"Killing\n\nTeodor Vranek was shot to death behind his kiosk on Sunday.", ""},
		{"the name after 'by' is the attacker",
			"Killing\n\nTeodor Vranek was stabbed to death by Milan Dusek on Sunday.",
			"Killing\n\nMilan Dusek was beaten to death by inmates on Sunday.", ""},
		{"a verb of no harm",
			"Killing\n\nTeodor Vranek was dragged to death behind a lorry on Sunday.",
			"Killing\n\nTeodor Vranek was stabbed to death behind his kiosk on Sunday.", ""},
		{"one manner a kind of the other",
			"Killing\n\nTeodor Vranek was beaten to death behind his kiosk on Sunday.",
			"Killing\n\nTeodor Vranek was battered to death behind his kiosk on Sunday.", ""},
		{"two manners in one statement",
			"Killing\n\nTeodor Vranek was beaten and stabbed to death behind his kiosk on Sunday.",
			"Killing\n\nTeodor Vranek was stabbed to death behind his kiosk on Sunday.", ""},
		{"two victims",
			"Killing\n\nTeodor Vranek was stabbed to death behind his kiosk on Sunday.",
			"Killing\n\nMilena Dusek was beaten to death behind her kiosk on Sunday.", ""},
		{"two counts",
			"Blaze\n\nFour people burned to death when a warehouse caught fire in the port district.",
			"Blaze\n\nTwo people suffocated to death inside the warehouse, officials said.", ""},
		{"other people of one count",
			"Blaze\n\nFour firefighters burned to death when a warehouse caught fire in the port district.",
			"Blaze\n\nFour tenants suffocated to death inside the warehouse, officials said.", ""},
		{"the sentence writes the other verb",
			"Blaze\n\nFour people burned to death when a warehouse caught fire in the port district.",
			"Blaze\n\nFour people suffocated to death after the roof burned through, officials said.", ""},
		{"a sentence of death is no manner",
			"Trial\n\nTeodor Vranek was sentenced to death by a military court on Sunday.",
			"Trial\n\nTeodor Vranek was stabbed to death in his cell on Sunday.", ""},
		{"an idiom of its own",
			"Trial\n\nTeodor Vranek was put to death at dawn on Sunday.",
			"Trial\n\nTeodor Vranek was stabbed to death in his cell on Sunday.", ""},
		{"a feeling is no manner",
			"Show\n\nTeodor Vranek was bored to death by the stunt on Sunday.",
			"Show\n\nTeodor Vranek was crushed to death by the stunt on Sunday.", ""},
		{"a dying under way is no manner",
			"Killing\n\nTeodor Vranek was found bleeding to death behind his kiosk on Sunday.",
			"Killing\n\nTeodor Vranek was beaten to death behind his kiosk on Sunday.", ""},
		{"a verb of sentencing before its object",
			"Trial\n\nA military court sentenced Teodor Vranek to death on Sunday.",
			"Trial\n\nTeodor Vranek was stabbed to death in his cell on Sunday.", ""},
		{"death heading a noun phrase",
			"Killing\n\nThe club owner was questioned and Teodor Vranek was linked to death of a guard on Sunday.",
			"Killing\n\nTeodor Vranek was beaten to death behind his kiosk on Sunday.", ""},
		{"the name is the object of a relative clause",
			"Killing\n\nThe man who killed Teodor Vranek was beaten to death in his cell on Sunday.",
			"Killing\n\nTeodor Vranek was stabbed to death behind his kiosk on Sunday.", ""},
		{"the name is the complement of 'of'",
			"Killing\n\nThe nephew of Teodor Vranek was beaten to death on Sunday.",
			"Killing\n\nTeodor Vranek was stabbed to death behind his kiosk on Sunday.", ""},
		{"deaths of another year",
			"Blaze\n\nIn 2009, four people burned to death when the same warehouse caught fire.",
			"Blaze\n\nFour people suffocated to death inside the warehouse, officials said.", ""},
		{"the speaker before a verb of saying is no victim",
			"Killing\n\nTeodor Vranek said the two guards were beaten to death on Sunday.",
			"Killing\n\nTeodor Vranek was stabbed to death behind his kiosk on Sunday.", ""},
		{"a manner denied is no manner",
			"Killing\n\nTeodor Vranek was stabbed to death behind his kiosk on Sunday.",
			"Killing\n\nTeodor Vranek was found behind his kiosk on Sunday. Police denied rumours that Teodor Vranek was beaten to death.", ""},
		{"a manner negated is no manner",
			"Killing\n\nTeodor Vranek was stabbed to death behind his kiosk on Sunday.",
			"Killing\n\nTeodor Vranek was not beaten to death, the coroner found on Sunday.", ""},
		{"the next sentence tells the other harm",
			"Killing\n\nTeodor Vranek was beaten to death behind his kiosk on Sunday. He had also been stabbed twice, the coroner said.",
			"Killing\n\nTeodor Vranek was stabbed to death behind his kiosk on Sunday.", ""},
		{"deaths of another month",
			"Blaze\n\nFour people burned to death when a warehouse caught fire in the port district.",
			"Blaze\n\nThe warehouse caught fire on Monday. Last March, four people were shot to death in a robbery at the port.", ""},
		{"a pronoun is no victim",
			"Killing\n\nTeodor Vranek ran the kiosk for years. He was stabbed to death on Sunday.",
			"Killing\n\nThe kiosk owner was beaten to death on Sunday.", ""},
	} {
		r := run(doc("a", tc.x, pub), doc("b", tc.y, pub))
		if got := alignKinds(r); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
