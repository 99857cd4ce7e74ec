package mention

import "testing"

// TestKinSpeaker: a named possessor's kin ("Reed's sister", "Pell's
// family") speak for themselves, so the possessor is no speaker; a person
// set in apposition after the kin phrase is. A lawyer or a spokesman may
// speak for the possessor, who stays the speaker. Sentences written for
// this test.
func TestKinSpeaker(t *testing.T) {
	tests := []struct {
		body, cue string
		entity    string // the quote's resolved speaker entity, "" for none
		written   string // WrittenName
	}{
		{"Cortez Reed was shot on Monday. Reed's sister said her brother went to her apartment.", "said", "", ""},
		{"Melanie Dunn died on Sunday. \"It hurts,\" said Dunn's aunt, Sheila Kettering.", "said", "Sheila Kettering", ""}, // the apposition's person (appositiveEnd, session 41)
		{"Omar Pell was hurt on Friday. Pell's family said he was doing well in hospital.", "said", "", ""},
		{"Omar Pell was charged on Friday. Pell's lawyer said his client would plead not guilty.", "said", "", "Pell"},
		{"Omar Pell was charged on Friday. His spokesman said the senator would plead not guilty.", "said", "Omar Pell", ""},
	}
	for _, tt := range tests {
		a := analyze(tt.body)
		found := false
		for _, q := range a.Quotes {
			if q.Cue != tt.cue {
				continue
			}
			found = true
			ent := ""
			if q.Entity >= 0 {
				ent = a.Entities[q.Entity].Name
			}
			if ent != tt.entity {
				t.Errorf("%q: speaker entity %q (as %q), want %q", tt.body, ent, q.SpeakerText, tt.entity)
			}
			if q.Entity < 0 {
				if got := a.WrittenName(q); got != tt.written {
					t.Errorf("%q: WrittenName = %q (as %q), want %q", tt.body, got, q.SpeakerText, tt.written)
				}
			}
		}
		if !found {
			t.Errorf("%q: no quote with cue %q", tt.body, tt.cue)
		}
	}
}
