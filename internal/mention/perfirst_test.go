package mention

import "testing"

// A sentence opened by "Per" and a source ("Per the agency, …") reports
// that source's statement, as "According to X, …" does; "Per capita, …"
// names no source. (Sentences written for this test.)
func TestPerFirst(t *testing.T) {
	body := "Harbour master Ana Ruiz spoke at the quay on Monday. " +
		"Per Ana Ruiz, the ferry struck the raft just after dawn. " +
		"Per the Pell Valley Courier, the council closed the pier for a week. " +
		"Per capita, the valley spends more on roads than the coast does."
	a := analyze(body)
	got := checkSpeakers(t, a, map[string]speakerWant{
		"the ferry struck the raft just after dawn": {"Ana Ruiz", "Ana Ruiz", "named"},
		"the council closed the pier for a week":    {"Pell Valley Courier", "Pell Valley Courier", "named"},
	})
	for text := range got {
		if text == "the valley spends more on roads than the coast does" {
			t.Errorf("%q read as a report", text)
		}
	}
}

// A reporting clause in parentheses inside the statement it reports ("The
// pier closed (she testified) after the storm") attributes the words on
// both sides of it, as a pair of commas does. (Sentences written for this
// test.)
func TestParentheticalFrame(t *testing.T) {
	body := "Harbour master Ana Ruiz appeared before the inquiry on Monday. " +
		"The ferry struck the raft (she testified) just after dawn."
	a := analyze(body)
	checkSpeakers(t, a, map[string]speakerWant{
		"The ferry struck the raft just after dawn": {"Ana Ruiz", "she", "pronoun"},
	})
}
