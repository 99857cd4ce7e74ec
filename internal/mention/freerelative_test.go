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
	for _, q := range analyze("Ada Frost says voters are “right to be angry,” but also hungry for what she calls “real answers.”").Quotes {
		if q.Text == "real answers." || q.Text == "real answers" {
			t.Errorf("a reading of the free relative inside the statement: %+v", q)
		}
	}
	a = analyze("Victor Hale, the harbour master, has feuded with the ferry company for years.\n\n" +
		"Ada Frost said the timetable was reckless.")
	checkSpeakers(t, a, map[string]speakerWant{
		"the timetable was reckless": {"Ada Frost", "Ada Frost", "named"},
	})
}
