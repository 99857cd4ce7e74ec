package mention

import "testing"

// TestPronounAfterPrepObject: with no fitting subject lately, "she" goes
// with the one woman named in the sentence before its quotation, though
// as the object of a preposition, rather than with a woman named far back.
func TestPronounAfterPrepObject(t *testing.T) {
	checkPronounCases(t, []pronounCase{{
		name: "message from",
		body: "Governor Laura Penhall signed the budget in March after a long fight with the legislature.\n\n" +
			"The budget office released a batch of internal messages on Friday. Most of them dealt with routine scheduling. Several concerned travel.\n\n" +
			"Others covered the weather. A few were about parking.\n\n" +
			"Thomas Welling wrote in one email to his staff that the numbers looked good.\n\n" +
			"Welling was answering a message from Maria Ostrova, the deputy director, about the ferry.\n\n" +
			"“Ferry away a few minutes ago. Another small miracle,” she wrote.",
		want: map[string]string{
			"Ferry away a few minutes ago. Another small miracle": "Maria Ostrova",
		},
	}})
}

// TestEarlierPersonNotPossessor: "she" with no fitting subject or speaker
// lately goes to the last woman named as a subject, not to a possessor
// written after her in the same sentence ("served as Ms. Grant's aide").
func TestEarlierPersonNotPossessor(t *testing.T) {
	checkPronounCases(t, []pronounCase{{
		name: "possessor after subject",
		body: "Helen Marchetti became the bank's chief economist in 2009.\n\n" +
			"Ms. Marchetti later served as Senator Grace Whitfield's adviser on trade.\n\n" +
			"“He is careful, patient and well prepared,” said Mr. Oduya, who worked with Ms. Marchetti at the bank.\n\n" +
			"The job paid little at first.\n\n" +
			"After eight years at the institute, waiting out a long recession, she joined the treasury as an undersecretary.\n\n" +
			"In that role, she spent long hours trying to persuade foreign ministers into addressing the region's debts.",
		want: map[string]string{
			"the region's debts": "Helen Marchetti",
		},
	}})
}

// TestGenderVotesNotPossessor: the pronouns of a sentence whose only
// person is a possessor after its subject ("Doe endorsed Roe's plan,
// saying she …") are the subject's, and give the possessor no gender.
func TestGenderVotesNotPossessor(t *testing.T) {
	a := analyze("Jules Marrow spoke in Dayton on Monday.\n\n" +
		"The activist, a lawyer, endorsed Marrow’s approach on Saturday, saying she had not yet called for a recall because she believed the city needed help first.\n\n" +
		"The Rights League praised Marrow’s plan too, saying she had read it twice and she liked it.")
	for _, e := range a.Entities {
		if e.Name == "Jules Marrow" && e.textGender != 0 {
			t.Errorf("Jules Marrow: text gender %c from the pronouns after a possessor", e.textGender)
		}
	}
}

// TestInitialsPersonShaped: a name of initials and a surname the entity
// stage left untyped ("J.R. Halvorsen") may be a person a later "he"
// refers to.
func TestInitialsPersonShaped(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"J.R. Halvorsen", true},
		{"J. Halvorsen", true},
		{"WBRX Halvorsen", false},
		{"Halvorsen QX", false},
	} {
		if got := otherPersonShaped(c.name); got != c.want {
			t.Errorf("otherPersonShaped(%q) = %v, want %v", c.name, got, c.want)
		}
	}
	for _, c := range []struct {
		w    string
		want bool
	}{{"J.", true}, {"J.R.", true}, {"A.B.C.", true}, {"JR", false}, {"J.r.", false}, {"NATO", false}} {
		if got := initialsWord(c.w); got != c.want {
			t.Errorf("initialsWord(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}
