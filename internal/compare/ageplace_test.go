package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestAgeOfPlaceModifiedPerson: "a 16-year-old Marlow lad" is a lad from
// Marlow, not a person named Marlow: the age is a lad's, so an article
// that names two lads, one 17 years old and one 16, cannot be told apart
// from another article's 16-year-old lad; a person's name after an age
// still owns it.
func TestAgeOfPlaceModifiedPerson(t *testing.T) {
	pub := dates.Date{Year: 2023, Month: 6, Day: 4}
	for _, tc := range []struct{ name, a, b, want string }{
		{"a town before the noun is no owner",
			"Lake\n\nA 17-year-old lad was shot dead near the Elmwood apartments in Marlow. Deputies later arrested a 16-year-old Marlow lad.",
			"Lake\n\nDeputies said a 16-year-old lad was with the victim when he was shot near the Elmwood apartments.", ""},
		{"a hyphenated compound before the noun is no owner",
			"Lake\n\nDeputies said a 16-year-old Asian-American lad was hurt near the Elmwood apartments on Sunday.",
			"Lake\n\nDeputies said a 17-year-old lad was hurt near the Elmwood apartments on Sunday.", "number:16-year-old/17-year-old"},
		{"a name after the age owns it",
			"Lake\n\nA 17-year-old lad was shot dead near the Elmwood apartments in Marlow. Deputies later arrested 16-year-old Dorian Fell.",
			"Lake\n\nDeputies said 19-year-old Dorian Fell was with the victim when he was shot near the Elmwood apartments.", "number:16-year-old/19-year-old"},
		{"a name after the age's person noun owns it",
			"Lake\n\nThe wardens spoke to a 38-year-old angler Tomas Brevik about the pike he landed at Elmwood pond.",
			"Lake\n\nTomas Brevik, 33, landed the pike at Elmwood pond on Sunday, the wardens said.", "number:38-year-old/33"},
		{"a name set off by a comma after the person noun owns it",
			"Lake\n\nHer 8-year-old son, Emil Varga, landed the pike at Elmwood pond on Sunday.",
			"Lake\n\nThe pike at Elmwood pond was landed by Emil Varga, 11, on Sunday.", "number:8-year-old/11"},
		{"a named son and an unnamed son are not joined by their noun",
			"Lake\n\nHer 8-year-old son, Emil Varga, landed the pike at Elmwood pond on Sunday.",
			"Lake\n\nThe pike at Elmwood pond was landed on Sunday by a 12-year-old son of the warden, Piet Olsen, 40, said.", ""},
		{"two modifiers may stand before the person noun",
			"Lake\n\nThe wardens spoke to a 38-year-old retired angler Tomas Brevik about the pike he landed at Elmwood pond.",
			"Lake\n\nTomas Brevik, 33, landed the pike at Elmwood pond on Sunday, the wardens said.", "number:38-year-old/33"},
		{"an article after the age opens another noun phrase",
			"Lake\n\nDeputies said a 19-year-old hit a man, Tomas Brevik, near Elmwood pond on Sunday.",
			"Lake\n\nTomas Brevik, 33, was hit near Elmwood pond on Sunday, deputies said.", ""},
		{"an inflected verb after the age is no modifier of a noun",
			"Lake\n\nDeputies said a 19-year-old killed his father, Tomas Brevik, near Elmwood pond on Sunday.",
			"Lake\n\nTomas Brevik, 53, was killed near Elmwood pond on Sunday, deputies said.", ""},
		{"a group noun before the person noun premodifies it",
			"Lake\n\nThe wardens spoke to a 38-year-old club angler, Tomas Brevik, about the pike he landed at Elmwood pond.",
			"Lake\n\nTomas Brevik, 33, landed the pike at Elmwood pond on Sunday, the wardens said.", "number:38-year-old/33"},
		{"a group noun premodifies the person noun without an article or comma",
			"Lake\n\nThe wardens spoke to 38-year-old village angler Tomas Brevik about the pike he landed at Elmwood pond.",
			"Lake\n\nTomas Brevik, 33, landed the pike at Elmwood pond on Sunday, the wardens said.", "number:38-year-old/33"},
		{"a person noun does not premodify a person noun: a reduced relative clause follows",
			"Lake\n\nThe 31-year-old driver police officer Tomas Brevik pulled from Elmwood pond was sent home on Sunday.",
			"Lake\n\nTomas Brevik, 33, a police officer, pulled the driver from Elmwood pond on Sunday.", ""},
		{"a name after a comma that reports is no apposition",
			"Lake\n\nThe pike at Elmwood pond was landed by a 25-year-old angler, Brevik said on Sunday.",
			"Lake\n\nTomas Brevik, 61, the warden, said the pike was landed at Elmwood pond on Sunday.", ""},
	} {
		r := run(doc("a", tc.a, pub), doc("b", tc.b, pub))
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestAgeOfNameWithComplement: an adjective after a name ("left
// 41-year-old Corin Vale dead") is the object's complement, not a person
// noun that makes the name a modifier (WordNet lists "dead" and "wounded"
// as nouns of a group only: "the dead"), so the name owns the age. An
// adjective followed by a noun still premodifies it, and two named people
// keep their ages apart.
func TestAgeOfNameWithComplement(t *testing.T) {
	pub := dates.Date{Year: 2023, Month: 6, Day: 4}
	const vale = "Crash\n\nCorin Vale, 38, died on Monday night after the crash at the Elm Road junction in Ashby."
	for _, tc := range []struct{ name, a, b, want string }{
		{"dead after the name at the sentence's end",
			"Crash\n\nA lorry hit the car at the Elm Road junction in Ashby on Monday night, leaving 41-year-old Corin Vale dead.",
			vale, "number:41-year-old/38"},
		{"dead after the name before a preposition",
			"Crash\n\nFiremen found 41-year-old Corin Vale dead in her car at the Elm Road junction in Ashby on Monday night.",
			vale, "number:41-year-old/38"},
		{"wounded after the name before a conjunction",
			"Crash\n\nThe crash at the Elm Road junction in Ashby left 41-year-old Corin Vale wounded and two others hurt.",
			"Crash\n\nCorin Vale, 38, was hurt on Monday night in the crash at the Elm Road junction in Ashby.", "number:41-year-old/38"},
		{"two named people",
			"Crash\n\nA lorry hit the car at the Elm Road junction in Ashby on Monday night, leaving 41-year-old Corin Vale dead.",
			"Crash\n\nTam Quarrie, 38, died on Monday night after the crash at the Elm Road junction in Ashby.", ""},
		{"the dead woman and the arrested man",
			"Crash\n\nThe crash at the Elm Road junction in Ashby left 41-year-old Corin Vale dead. Police arrested 29-year-old Tam Quarrie.",
			"Crash\n\nTam Quarrie, 35, was arrested on Monday night after the crash at the Elm Road junction in Ashby.", "number:29-year-old/35"},
		// A group noun that is no "the"+adjective noun of people heads
		// the phrase the surname premodifies: the house's age, not Vale's.
		{"the house named by the surname",
			"Crash\n\nThe lorry ran into the 80-year-old Vale home at the Elm Road junction in Ashby on Monday night. Corin Vale was not hurt.",
			"Crash\n\nCorin Vale, 38, was not hurt when a lorry hit her house at the Elm Road junction in Ashby on Monday night.", ""},
		{"the firm named by the surname",
			"Crash\n\nA lorry of the 40-year-old Vale firm in Ashby hit a car at the Elm Road junction on Monday night. Corin Vale said the driver was safe.",
			"Crash\n\nCorin Vale, 38, whose haulage company owns the lorry, said its driver was safe after the crash at the Elm Road junction in Ashby on Monday night.", ""},
	} {
		r := run(doc("a", tc.a, pub), doc("b", tc.b, pub))
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestAgeOwnerBeforeAdjective: whose an age is when an adjective follows
// the capitalised words after it. An adjective ending the noun phrase is a
// complement and leaves the name the owner; one followed by a noun
// premodifies it ("Ashby high school student": a student from Ashby), and a
// noun with a sense of a person heads the phrase ("Ashby lad").
func TestAgeOwnerBeforeAdjective(t *testing.T) {
	for _, tc := range []struct{ sent, want string }{
		{"The crash on the pier left 41-year-old Corin Vale dead.", "Corin Vale"},
		{"Divers found 41-year-old Corin Vale dead under the pier on Monday.", "Corin Vale"},
		{"The blast left 41-year-old Corin Vale wounded and two others hurt.", "Corin Vale"},
		{"The blast on the pier left 41-year-old Corin Vale blind in one eye.", "Corin Vale"},
		{"A 17-year-old Ashby high school student was hurt on the pier.", "~"},
		{"Police said 29-year-old Tam Orrin left the pier before midnight.", "Tam Orrin"},
		{"Police said 29-year-old Tam Orrin shot his neighbour on the pier.", "Tam Orrin"},
		{"Two 30-year-old Ashby guards were hurt on the pier.", "~"},
		{"The storm tore the roof off the 80-year-old Vale home on the pier.", "~"},
		{"A court fined the 40-year-old Vale firm in Ashby on Monday.", "~"},
		{"Fire gutted the studio of the 12-year-old Vale collective, which rents a shed on the pier.", "~"},
		{"Divers found a 16-year-old Ashby lad under the pier on Monday.", "~"},
	} {
		f := ageFactOf(t, tc.sent)
		if tc.want == "~" && !strings.HasPrefix(f.person, "~") || tc.want != "~" && f.person != tc.want {
			t.Errorf("%q: person %q, want %q", tc.sent, f.person, tc.want)
		}
	}
}
