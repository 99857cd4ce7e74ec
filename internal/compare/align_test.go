package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dates"
)

// TestAlign: sentences written for these tests. Two articles tell one
// happening with the same doer and verb and fill one slot differently:
// a discrepancy of that slot; a filler that is a kind of the other, a
// short form of a name, a different doer, nouns one writer uses for one
// thing, and a copular complement are none.
func TestAlign(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 8}
	for _, tc := range []struct{ name, x, y, want string }{
		{"where he died: his villa and a bungalow",
			"Obituary\n\nThe retired judge Alden Marsh died at his villa on Sunday, his family said.",
			"Obituary\n\nThe retired judge Alden Marsh died at a bungalow on Sunday, his family said.",
			"place:at his villa/at a bungalow"},
		{"the weapon: a rifle and a shotgun",
			"Raid\n\nThe gunman Ferris Vale shot the guard with a rifle before he fled.",
			"Raid\n\nThe gunman Ferris Vale shot the guard with a shotgun before he fled.",
			"other:with a rifle/with a shotgun"},
		{"who attacked her: two names",
			"Stabbing\n\nThe councillor Mira Holt was stabbed by Dev Arkin outside the library.",
			"Stabbing\n\nThe councillor Mira Holt was stabbed by Pavel Stroud outside the library.",
			"other:by Dev Arkin/by Pavel Stroud"},
		{"a gun and a rifle: one is a kind of the other",
			"Raid\n\nThe gunman Ferris Vale shot the guard with a rifle before he fled.",
			"Raid\n\nThe gunman Ferris Vale shot the guard with a gun before he fled.", ""},
		{"a name and its short form",
			"Stabbing\n\nThe councillor Mira Holt was stabbed by Dev Arkin outside the library.",
			"Stabbing\n\nThe councillor Mira Holt was stabbed by Arkin outside the library.", ""},
		{"two doers",
			"Raid\n\nThe gunman Ferris Vale shot the guard with a rifle before he fled.",
			"Raid\n\nThe gunman Corin Dace shot the guard with a shotgun before he fled.", ""},
		{"a writer uses both nouns for one thing",
			"Race\n\nThe cyclist Tomas Wren was treated in a clinic on Sunday. The hospital has released a statement.",
			"Race\n\nThe cyclist Tomas Wren was treated in a hospital on Sunday.", ""},
		{"no doer named on one side",
			"Obituary\n\nThe retired judge Alden Marsh died at his villa on Sunday, his family said.",
			"Obituary\n\nHe died at a bungalow on Sunday, his family said.", ""},
		{"he is the one man the article is about",
			"Obituary\n\nThe retired judge Alden Marsh died at his villa on Sunday, his family said.",
			"Obituary\n\nThe retired judge Alden Marsh had been ill for a year. Marsh served on the bench for decades. He died at a bungalow on Sunday, his family said.",
			"place:at his villa/at a bungalow"},
		{"he may be one of two men",
			"Obituary\n\nThe retired judge Alden Marsh died at his villa on Sunday, his family said.",
			"Obituary\n\nThe retired judge Alden Marsh and his friend Victor Lund were close. He died at a bungalow on Sunday, his family said.", ""},
		{"a plural's possessive is part of the thing",
			"Theft\n\nThe drifter Oren Kass stole Mara's Volvo and drove north, deputies said.",
			"Theft\n\nThe drifter Oren Kass stole the Dunlows’ blue Volvo and drove north, deputies said.", ""},
		{"what one becomes describes him",
			"Career\n\nThe singer Jona Pell became a recluse after the tour.",
			"Career\n\nThe singer Jona Pell became a pilot after the tour.", ""},
	} {
		r := run(doc("a", tc.x, pub), doc("b", tc.y, pub))
		if got := alignKinds(r); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestAlignCopyChanged: a near-copy that changes one filler is reported,
// and says so.
func TestAlignCopyChanged(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 8}
	x := doc("a", "Raid\n\nThe gunman Ferris Vale shot the guard with a rifle before he fled. Police are searching the area.", pub)
	y := doc("b", "Raid\n\nThe gunman Ferris Vale shot the guard with a shotgun before he fled. Police are searching the area.", pub)
	from := "a"
	y.Article.CopyOf = &from
	r := run(x, y)
	if got := alignKinds(r); got != "other:with a rifle/with a shotgun" {
		t.Fatalf("got %q", got)
	}
	for _, d := range r.Discrepancies {
		if d.Kind == "other" && !strings.Contains(d.Note, "copy changed") {
			t.Errorf("note %q does not say the copy changed the filler", d.Note)
		}
	}
}

// alignKinds lists the discrepancies of the kinds alignment reports.
func alignKinds(r Result) string {
	var keep []corroborate.Discrepancy
	for _, d := range r.Discrepancies {
		if d.Kind == "other" || d.Kind == "place" {
			keep = append(keep, d)
		}
	}
	return kinds(keep)
}

// TestAlignRoleNames: sentences written for these tests. The one holder
// of a role named with two given names and one family name, or one given
// name and two family names, is a name discrepancy, the role written
// before the name or in a definite apposition tied to an organisation
// after it; a short form, an initial, kin, an indefinite role, a role
// tied to no organisation, a role held once, a list of roles and two
// names one article gives are none.
func TestAlignRoleNames(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 8}
	for _, tc := range []struct{ name, x, y, want string }{
		{"two given names",
			"Museum\n\nThe museum's director Harold Quist resigned on Monday after the audit.",
			"Museum\n\nThe museum director Samuel Quist resigned on Monday after the audit.",
			"other:Harold Quist/Samuel Quist"},
		{"one given name, two family names",
			"Museum\n\nThe museum's director Harold Quist resigned on Monday after the audit.",
			"Museum\n\nStaff heard late on Monday that the museum director Harold Brenning had quit over the audit findings.",
			"other:Harold Quist/Harold Brenning"},
		{"a short form",
			"Museum\n\nThe museum's director Samuel Quist resigned on Monday after the audit.",
			"Museum\n\nThe museum director Sam Quist resigned on Monday after the audit.", ""},
		{"an initial",
			"Museum\n\nThe museum's director H. Samuel Quist resigned on Monday after the audit.",
			"Museum\n\nThe museum director Samuel Quist resigned on Monday after the audit.", ""},
		{"kin are many",
			"Museum\n\nThe founder's son Harold Quist spoke at the opening on Monday.",
			"Museum\n\nThe founder's son Samuel Quist spoke at the opening on Monday.", ""},
		{"one of many",
			"Museum\n\nA director, Harold Quist, resigned on Monday after the audit.",
			"Museum\n\nA director, Samuel Quist, resigned on Monday after the audit.", ""},
		{"one writer names both",
			"Museum\n\nThe museum's director Harold Quist resigned on Monday. His brother Samuel Quist stays on the board.",
			"Museum\n\nThe museum director Samuel Quist resigned on Monday after the audit.", ""},
		{"a role in apposition: a possessive",
			"Museum\n\nHarold Quist, the museum's director, resigned on Monday after the audit.",
			"Museum\n\nThe museum director Samuel Quist resigned on Monday after the audit.",
			"other:Harold Quist/Samuel Quist"},
		{"a role in apposition: of a named body",
			"Museum\n\nHarold Quist, the director of the Lowmoor Museum, resigned on Monday after the audit.",
			"Museum\n\nSamuel Quist, the director of the Lowmoor Museum, told staff he would leave when the audit ends.",
			"other:Harold Quist/Samuel Quist"},
		{"a role in apposition: a named body",
			"Museum\n\nHarold Quist, the Lowmoor curator, resigned on Monday after the audit.",
			"Museum\n\nSamuel Quist, Lowmoor curator, told staff he would leave when the audit ends.",
			"other:Harold Quist/Samuel Quist"},
		{"a role in apposition: one of a person's many",
			"Museum\n\nHarold Quist, the curator's neighbour, spoke on Monday after the audit.",
			"Museum\n\nSamuel Quist, the curator's neighbour, told staff he would leave when the audit ends.", ""},
		{"a role in apposition: one of a named person's many",
			"Museum\n\nHarold Quist, Ilse Varga's neighbour, spoke on Monday after the audit.",
			"Museum\n\nSamuel Quist, Ilse Varga's neighbour, told staff he would leave when the audit ends.", ""},
		{"a role in apposition: a name in a relative clause",
			"Museum\n\nHarold Quist, the director of the museum Ilse Varga founded, resigned on Monday after the audit.",
			"Museum\n\nSamuel Quist, the director of the museum Ilse Varga founded, told staff he would leave when the audit ends.", ""},
		{"a role in apposition: of a body in apposition to a name",
			"Museum\n\nHarold Quist, the director of the museum Lowmoor Hall, resigned on Monday after the audit.",
			"Museum\n\nSamuel Quist, the director of the museum Lowmoor Hall, told staff he would leave when the audit ends.",
			"other:Harold Quist/Samuel Quist"},
		{"a role in apposition: of no named body",
			"Museum\n\nHarold Quist, the victim of the theft, spoke on Monday after the audit.",
			"Museum\n\nSamuel Quist, the victim of the theft, told staff he would leave when the audit ends.", ""},
		{"a role in apposition: no body",
			"Museum\n\nHarold Quist, the director, resigned on Monday after the audit.",
			"Museum\n\nSamuel Quist, the director, told staff he would leave when the audit ends.", ""},
		{"a role in apposition: held once",
			"Museum\n\nHarold Quist, the museum's former director, spoke on Monday after the audit.",
			"Museum\n\nThe museum director Samuel Quist resigned on Monday after the audit.", ""},
		{"a role in apposition: two roles",
			"Museum\n\nHarold Quist, the museum's director and curator, resigned on Monday after the audit.",
			"Museum\n\nThe museum director Samuel Quist resigned on Monday after the audit.", ""},
		{"a role before the name held once",
			"Museum\n\nThe museum's former director Harold Quist spoke on Monday after the audit.",
			"Museum\n\nThe museum director Samuel Quist resigned on Monday after the audit.", ""},
	} {
		r := run(doc("a", tc.x, pub), doc("b", tc.y, pub))
		if got := alignKinds(r); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestAlignAttributes: sentences written for these tests. The colour two
// articles give one thing is a slot of its own.
func TestAlignAttributes(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 8}
	for _, tc := range []struct{ name, x, y, want string }{
		{"two colours",
			"Getaway\n\nThe robber Kell Durn fled in a white van after the hold-up.",
			"Getaway\n\nThe robber Kell Durn fled in a grey van after the hold-up.",
			"other:in a white van/in a grey van"},
		{"one colour named",
			"Getaway\n\nThe robber Kell Durn fled in a white van after the hold-up.",
			"Getaway\n\nThe robber Kell Durn fled in a van after the hold-up.", ""},
	} {
		r := run(doc("a", tc.x, pub), doc("b", tc.y, pub))
		if got := alignKinds(r); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestAlignCauseOfDeath: sentences written for this test. The cause a
// death is given ("of"/"from" after "die") by two articles is one fact:
// two illnesses neither of which is a kind of the other conflict, even
// when the sentences share no other name or wording, and so does what one
// "succumbed to" (or the complications of what); a kind of the other, a
// synonym, the same illness or two people are none.
func TestAlignCauseOfDeath(t *testing.T) {
	pub := dates.Date{Year: 2019, Month: 10, Day: 2}
	a := "Obituary\n\nOskar Lindqvist, once skipper of the Tarn ferry, died of cholera at home on Sunday evening."
	for _, tc := range []struct{ name, other, want string }{
		{"two illnesses", "Obituary\n\nOskar Lindqvist died from kidney failure, relatives told the county paper.",
			"other:of cholera/from kidney failure"},
		{"a kind of the other", "Obituary\n\nOskar Lindqvist died from a disease, relatives told the county paper.", ""},
		{"another man", "Obituary\n\nHis brother Anders Brekke died from kidney failure, relatives told the county paper.", ""},
		{"no illness", "Obituary\n\nOskar Lindqvist died of old age, relatives told the county paper.", ""},
		{"succumbed to an illness", "Obituary\n\nOskar Lindqvist succumbed to kidney failure, relatives told the county paper.",
			"other:of cholera/to kidney failure"},
		{"succumbed to the complications of an illness", "Obituary\n\nThe former skipper Oskar Lindqvist succumbed to complications from kidney failure on Sunday.",
			"other:of cholera/from kidney failure"},
		{"passed away from an illness", "Obituary\n\nOskar Lindqvist passed away from kidney failure, relatives told the county paper.",
			"other:of cholera/from kidney failure"},
		{"passed away from the same illness", "Obituary\n\nOskar Lindqvist passed away from cholera, relatives told the county paper.", ""},
		{"succumbed to the complications of the same illness", "Obituary\n\nThe former skipper Oskar Lindqvist succumbed to complications from cholera on Sunday.", ""},
	} {
		r := run(doc("a", a, pub), doc("b", tc.other, pub))
		if got := alignKinds(r); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestAlignDyingVerb: sentences written for this test. The "from" of a
// verb that means "die" in one of its frequent senses ("perish") is the
// cause of a death; that of a verb whose dying sense is rare ("fail")
// is none.
func TestAlignDyingVerb(t *testing.T) {
	pub := dates.Date{Year: 2019, Month: 10, Day: 2}
	for _, tc := range []struct{ name, x, y, want string }{
		{"perished from two illnesses",
			"Obituary\n\nOskar Lindqvist perished from cholera at home on Sunday evening.",
			"Obituary\n\nOskar Lindqvist perished from kidney failure, relatives told the county paper.",
			"other:from cholera/from kidney failure"},
		{"failed from two causes",
			"Profile\n\nMarit Olsberg failed from exhaustion in the final round, her coach said.",
			"Profile\n\nMarit Olsberg failed from dehydration in the final round, her coach said.", ""},
	} {
		r := run(doc("a", tc.x, pub), doc("b", tc.y, pub))
		if got := alignKinds(r); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestAlignCondition: sentences written for this test. The condition two
// articles give one person is one fact whatever verb tells it; a change
// told by one article, two states in one phrase, synonyms, another person
// and articles of two days are none.
func TestAlignCondition(t *testing.T) {
	d1 := dates.Date{Year: 2017, Month: 4, Day: 3}
	d2 := dates.Date{Year: 2017, Month: 4, Day: 5}
	a := "Crash\n\nThe cyclist Marit Olsberg was hit by a delivery van and is being treated in serious condition."
	for _, tc := range []struct {
		name, other string
		day         dates.Date
		want        string
	}{
		{"two states, two verbs", "Crash\n\nMarit Olsberg was airlifted to the county hospital, where doctors listed her in critical condition.", d1,
			"other:in serious condition/in critical condition"},
		{"he or she is the person named before", "Crash\n\nA van struck Marit Olsberg near the ring road. She was carried by helicopter to St. Aldric, whose surgeons put her in critical condition.", d1,
			"other:in serious condition/in critical condition"},
		{"the same state", "Crash\n\nMarit Olsberg was airlifted to the county hospital, where doctors listed her in serious condition.", d1, ""},
		{"two states in one phrase", "Crash\n\nMarit Olsberg was airlifted to the county hospital in critical but steady condition.", d1, ""},
		{"another person", "Crash\n\nThe van driver Pieter Hallum was airlifted to the county hospital in critical condition.", d1, ""},
		{"two days", "Crash\n\nMarit Olsberg was airlifted to the county hospital, where doctors listed her in critical condition.", d2, ""},
	} {
		r := run(doc("a", a, d1), doc("b", tc.other, tc.day))
		if got := alignKinds(r); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
