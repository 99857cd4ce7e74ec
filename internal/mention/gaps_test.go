package mention

import "testing"

// The known gaps of speaker finding, each on invented text: a title before
// an inverted name, a resident of a place, a short form, sentence openers
// and time words, and a chain of pronouns of both genders.
func TestSpeakerGaps(t *testing.T) {
	tests := []struct {
		body string
		want map[string]string // quote text → speaker ("" = no name)
	}{
		{"The suspect fled on foot toward the river, said Sgt. Tom Reyes of the county police.",
			map[string]string{"The suspect fled on foot toward the river": "Tom Reyes"}},
		{"A Millbrook resident told the newspaper that the smoke could be seen for miles.",
			map[string]string{"the smoke could be seen for miles": ""}},
		{"Wilma Farrant of the security firm said the flaw was serious. Farrant said users should update their software.",
			map[string]string{"users should update their software": "Wilma Farrant"}},
		{"Mayor Jane Miller said on Friday that the harbour plan had failed, urging a new vote on the city budget next week.",
			map[string]string{"a new vote on the city budget next week": "Jane Miller"}},
		{"Citing safety concerns, officials said the road would stay closed.",
			map[string]string{"the road would stay closed": ""}},
		{"Jane Miller said the vote was fair. She added that the count would be checked. Reyes disagreed. He said the ballots were lost. She said that was false.",
			map[string]string{"the count would be checked": "Jane Miller", "the ballots were lost": "Reyes", "was false": "Jane Miller"}},
	}
	for _, tt := range tests {
		a := analyze(tt.body)
		got := map[string]string{}
		for _, q := range a.Quotes {
			got[q.Text] = q.Speaker
		}
		for text, spk := range tt.want {
			s, ok := got[text]
			if !ok {
				t.Errorf("%q: no quote %q; have %v", tt.body, text, got)
			} else if s != spk {
				t.Errorf("%q: speaker %q, want %q", text, s, spk)
			}
		}
	}
	for _, n := range []string{"Citing", "In", "November", "Tuesday", "GMT", "Few"} {
		if CanSpeak(n, Person, 3) || SpeakerName(n) != "" {
			t.Errorf("%q speaks", n)
		}
	}
	for _, n := range []string{"Ohio Senator", "Texas Democrat", "Via KTV"} {
		if PlausibleSpeaker(n) {
			t.Errorf("PlausibleSpeaker(%q) = true: a role or a preposition, not a name", n)
		}
	}
}

// A title with its complement stays out of the name, and a titled surname
// finds the person named in full before.
func TestTitledSurnameSpeaker(t *testing.T) {
	a := analyze("Secretary of State Ann Lindqvist met the envoys on Monday. The rates were fair, said Charlie Brook. Later Mr. Brook said the talks would go on.")
	if entityIndex(a, "Ann Lindqvist") < 0 {
		t.Errorf("no entity Ann Lindqvist; have %v", a.Entities)
	}
	found := false
	for _, q := range a.Quotes {
		if q.Text == "the talks would go on" {
			found = true
			if q.Speaker != "Charlie Brook" {
				t.Errorf("speaker %q, want Charlie Brook", q.Speaker)
			}
		}
	}
	if !found {
		t.Errorf("no quote \"the talks would go on\"; have %+v", a.Quotes)
	}
}

// Mixed quotation marks close a quote; a noun after a possessive is no cue;
// a sentence whose direct quote is attributed still gives its reported
// statement.
func TestQuoteMarksAndCoveredSentences(t *testing.T) {
	a := analyze("\"We learned a lot in one week,” Dana Fields said on Monday.\n\n" +
		"Mayor Ron Tate called Fields's remarks a \"farce\" in the campaign. Fields called the plan \"crazy\" and said the council would reject it.")
	got := quotesByText(a)
	if q, ok := got["We learned a lot in one week"]; !ok || q.Speaker != "Dana Fields" {
		t.Errorf("mixed marks: %+v, have %v", q, got)
	}
	if q, ok := got["farce"]; !ok || q.Speaker != "Ron Tate" {
		t.Errorf("\"farce\": %+v, want Ron Tate's (\"remarks\" is a noun); have %v", q, got)
	}
	if q, ok := got["the council would reject it"]; !ok || q.Speaker != "Dana Fields" {
		t.Errorf("reported after a direct quote: %+v; have %v", q, got)
	}
}
