package mention

import "testing"

// TestSubjectHead: the name that heads the subject of a cue speaks, not a
// name inside a supplement set off by commas or dashes, a verb's object
// before an appositive name, or a name that premodifies a plural noun of
// persons. Invented sentences.
func TestSubjectHead(t *testing.T) {
	body := "Marta Quell, the Tarn Party chairman, this past week announced a new ferry schedule. " +
		"Radio host Ivo Karsk, who since the hiring of Lena Pohl as CEO of the ferry company has attacked the board, on Friday declared the board was a threat to the town. " +
		"Rep. Dana Ullo — like Merrin, a supporter of the mayor's rival, Rep. Tomas Grell — recalled the mayor giving her the same promise. " +
		"One pastor supporting Mr. Varga, Elden Moor of the Grace Chapel in Tarnville, said he had rung some forty chapels. " +
		"Three in five Brenn insiders across the four counties said that the mayor cannot be beaten next week."
	a := analyze(body)
	checkSpeakers(t, a, map[string]speakerWant{
		"a new ferry schedule":                  {"Marta Quell", "Marta Quell", "named"},
		"the board was a threat to the town":    {"Ivo Karsk", "Ivo Karsk", "named"},
		"the mayor giving her the same promise": {"Dana Ullo", "Rep. Dana Ullo", "named"},
		"he had rung some forty chapels":        {"Elden Moor", "Elden Moor", "named"},
	})
	for _, q := range a.Quotes {
		if q.Text == "the mayor cannot be beaten next week" && q.Speaker != "" {
			t.Errorf("%q: speaker %q (as %q), want none: the name premodifies the persons who speak", q.Text, q.Speaker, q.SpeakerText)
		}
	}
}
