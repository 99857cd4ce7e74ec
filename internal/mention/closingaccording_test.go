package mention

import "testing"

// TestClosingAccordingAfterMark checks that "according to X" closing a
// sentence after a comma inside a closing quotation mark (American
// punctuation: `…,” according to X`) is the source of the statement
// before it, as after a bare comma; single marks as double ones.
func TestClosingAccordingAfterMark(t *testing.T) {
	tests := []struct {
		sentence, want string
	}{
		{`The harbour master made clear that the meeting was not political, saying that those who thought it was should "look for another job," according to the Harbour Gazette.`, "Harbour Gazette"},
		{`The harbour master made clear that the meeting was not political, saying that those who thought it was should “look for another job,” according to the Harbour Gazette.`, "Harbour Gazette"},
		{`The harbour master made clear that the meeting was not political, saying that those who thought it was should ‘look for another job,’ according to the Harbour Gazette.`, "Harbour Gazette"},
		{`The harbour master made clear that the meeting was not political, saying that those who thought it was should look for another job, according to the Harbour Gazette.`, "Harbour Gazette"},
	}
	for _, tt := range tests {
		a := analyze("The harbour board met on Monday. " + tt.sentence)
		got := map[string]bool{}
		for _, q := range a.Quotes {
			if q.Sentence == 1 {
				got[q.Speaker] = true
			}
		}
		if !got[tt.want] || len(got) != 1 {
			t.Errorf("%q: speakers %v, want %q alone", tt.sentence, got, tt.want)
		}
	}
}
