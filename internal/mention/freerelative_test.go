package mention

import "testing"

// TestFreeRelativeSubject: "he" or "she" after "what" right before a cue
// is the subject of the free relative's own verb ("over what he described
// as …"), so it speaks, not the name that opens the clause around it
// (freeRelativeSubject). Guards: a free relative whose pronoun stands for
// that name keeps the name's person; one inside the speaker's own
// statement, whose clause names no one the pronoun could replace, gives
// no reading of its own; a plain reporting clause keeps its named
// speaker.
func TestFreeRelativeSubject(t *testing.T) {
	a := analyze("Victor Hale, the harbour master, has feuded with the ferry company for years.\n\n" +
		"Ada Frost drew his anger in March over what he described as a reckless timetable.")
	checkSpeakers(t, a, map[string]speakerWant{
		"a reckless timetable": {"Victor Hale", "he", "pronoun"},
	})
	checkPronounCases(t, []pronounCase{{
		name: "the pronoun is the clause's subject",
		body: "Ingrid Moss runs the ferry company on the island.\n\nAda Frost criticised what she called a reckless timetable.",
		want: map[string]string{"a reckless timetable": "Ada Frost"},
	}})
	// a free relative inside the speaker's own statement gives no reading
	// of its own: the reading had no speaker before the rule either
	for _, q := range analyze("Ada Frost says the tenants are “tired of waiting,” and keen too on what she calls “plain repairs.”").Quotes {
		if q.Text == "plain repairs." || q.Text == "plain repairs" {
			t.Errorf("a reading of the free relative inside the statement: %+v", q)
		}
	}
	a = analyze("Victor Hale, the harbour master, has feuded with the ferry company for years.\n\n" +
		"Ada Frost said the timetable was reckless.")
	checkSpeakers(t, a, map[string]speakerWant{
		"the timetable was reckless": {"Ada Frost", "Ada Frost", "named"},
	})
}

// TestFreeRelativeFittingName: a name the free relative's pronoun fits,
// as the subject of the clause around it, is the pronoun's antecedent
// and keeps the reading; read as a pronoun, a second clause's free
// relative went to the first clause's subject or to no one.
func TestFreeRelativeFittingName(t *testing.T) {
	checkPronounCases(t, []pronounCase{{
		name: "second clause, he",
		body: "The town board voted on Monday to shut the old quay.\n\n" +
			"Ezra Quint said the vote broke the charter, while Milo Rask defended what he called “a sober choice for the harbour.”",
		want: map[string]string{"a sober choice for the harbour.": "Milo Rask"},
	}, {
		name: "second clause, she",
		body: "The town board voted on Monday to shut the old quay.\n\n" +
			"Greta Lind said the vote broke the charter, but Harriet Brae defended what she called “a sober choice for the harbour.”",
		want: map[string]string{"a sober choice for the harbour.": "Harriet Brae"},
	}, {
		name: "an organisation: the pronoun's referent speaks (guard)",
		body: "Dr. Anton Weir treated the injured workers at the Skelby clinic.\n\n" +
			"The Skelby Quarry Company disputed what he called “years of neglect” at the pit.",
		want: map[string]string{"years of neglect": "Anton Weir"},
	}})
}
