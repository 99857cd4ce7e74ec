package mention

import (
	"strings"
	"testing"
)

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

// TestAccordingToDocument checks "According to the Acme summary, Mills
// asked …": the whole clause is the document's statement, read once (not
// also the clause's own "asked" reading), and the name that premodifies
// the document speaks, not the person who opens the clause after the
// comma (no apposition to a document).
func TestAccordingToDocument(t *testing.T) {
	body := "Jo Rand met the board. According to the Acme summary, Mills and another aide asked the clerk to delete the files in December."
	a := analyze(body)
	var got []string
	for _, q := range a.Quotes {
		got = append(got, q.Text)
		if q.Cue == "asked" {
			t.Errorf("inner reading %q kept beside the according-to reading", q.Text)
		}
		if q.Cue != "According to" {
			continue
		}
		if name, _ := a.ModifiedName(q); name != "Acme" {
			t.Errorf("ModifiedName of %q = %q, want %q", q.SpeakerText, name, "Acme")
		}
	}
	if len(got) == 0 {
		t.Errorf("no reading of %q", body)
	}
}

// TestPremodifierSource checks that a name before the noun of saying
// that heads a source phrase is the phrase's author.
func TestPremodifierSource(t *testing.T) {
	tests := []struct {
		body, want string
	}{
		{"Jo Rand met the board. The Acme Corp statement said the plant would close in May.", "Acme Corp"},
		{"Jo Rand met the board. The statement said the plant would close in May.", ""},
	}
	for _, tt := range tests {
		a := analyze(tt.body)
		s := a.Sentences[1]
		end := strings.Index(s.Text, " said")
		got := ""
		if ei := a.premodifierSource(1, 0, end); ei >= 0 {
			got = a.Entities[ei].Name
		}
		if got != tt.want {
			t.Errorf("premodifierSource(%q) = %q, want %q", s.Text[:end], got, tt.want)
		}
	}
}
