package mention

import "testing"

// TestNamedSourceWindow checks the speaker windows of named sources: a
// quote after a sentence ending with a colon takes the subject before that
// sentence's verb of saying, not a name in an aside or after the verb; a
// name inside a fronted participle's phrase or adverbial clause is not the
// subject of the verb after it, while a name in a fronted noun phrase
// ("In a Doe poll, …") is left to the other rules.
func TestNamedSourceWindow(t *testing.T) {
	tests := []struct {
		label, body, quote, want string
	}{
		{
			"colon sentence, names in the aside",
			"Harbour traffic grew again. Retired pilot Oskar Lindqvist, a skipper who sailed for Nordline and Maria Svensson, said of the new rules:\n\n\"They will cost us every small boat in the port and most of the ferries too.\"",
			"They will cost us every small boat in the port and most of the ferries too.", "Oskar Lindqvist",
		},
		{
			"colon sentence with no verb of saying",
			"The council met on Monday. Then came Mayor Ilse Brandt:\n\n\"We have no money left for the bridge, and nobody in this room has a plan.\"",
			"We have no money left for the bridge, and nobody in this room has a plan.", "Ilse Brandt",
		},
		{
			"fronted participle",
			"Farm owner Petra English spoke at the fair. In praising her rival Tomas Berg, English said the harvest was the best in years.",
			"the harvest was the best in years", "Petra English",
		},
		{
			"fronted adverbial clause",
			"Dock worker Ruth Irish joined the strike. When Victor Lane arrived at the hall, Irish said the union would not sign.",
			"the union would not sign", "Ruth Irish",
		},
	}
	for _, tt := range tests {
		wantSpeaker(t, tt.label, tt.body, tt.quote, tt.want)
	}
}

// TestFrontedAdjunctEnd checks which openings are adjuncts whose names do
// not speak: a participle's phrase or a clause, not a noun phrase.
func TestFrontedAdjunctEnd(t *testing.T) {
	tests := []struct {
		sentence string
		adjunct  bool
	}{
		{"In describing Tomas Berg, Hollis said", true},
		{"After meeting Tomas Berg, Hollis said", true},
		{"When Tomas Berg arrived, Hollis said", true},
		{"In a Berg Institute poll released Monday, most voters said", false},
		{"According to Tomas Berg, Hollis said", false},
		{"Tomas Berg, a farmer, said", false},
	}
	for _, tt := range tests {
		a := analyze(tt.sentence + " the crop failed.")
		got := a.frontedAdjunctEnd(0, 0, len(tt.sentence)) >= 0
		if got != tt.adjunct {
			t.Errorf("frontedAdjunctEnd(%q) found an adjunct = %v, want %v", tt.sentence, got, tt.adjunct)
		}
	}
}
