package mention

import "testing"

// TestFrontedAdjunctContentEnds: the content of a verb in a fronted
// adjunct ("In describing X, …") ends at the comma where the main clause
// opens with its own subject and verb of saying; the main clause's
// content keeps its speaker.
func TestFrontedAdjunctContentEnds(t *testing.T) {
	body := "In describing the harbour plan of Tom Hanley, Ostrow said he sees a scheme without money behind it."
	a := analyze(body)
	if _, ok := quoteSpeaker(a, "the harbour plan of Tom Hanley"); !ok {
		var qs []string
		for _, q := range a.Quotes {
			qs = append(qs, q.Text)
		}
		t.Errorf("no content %q ending at the comma; got %q", "the harbour plan of Tom Hanley", qs)
	}
	wantSpeaker(t, "main clause", body, "he sees a scheme without money behind it", "Ostrow")
}

// TestFrontedClose: the comma that closes an adverbial opening a
// sentence — a phrase or clause opened by a preposition or subordinator,
// or a participle's clause — and none for a quotation opening its
// sentence with such a clause of its own, a name shaped like a
// participle, or a sentence opening with its subject.
func TestFrontedClose(t *testing.T) {
	tests := []struct {
		in   string
		want string // the words before the closing comma; "" for none
	}{
		{"Making her way around Chez Lund, Jane Doe thanked a diner.", "Making her way around Chez Lund"},
		{"When Anna Lind took office, the council backed Jane Holm.", "When Anna Lind took office"},
		{"Asked about Tom Roe, Peter Vasko smiled.", "Asked about Tom Roe"},
		{"“If Roe had won, I would be gone,” Nick Lund said.", ""},
		{"United Harbour Lines, the ferry company, said the fares would rise.", ""},
		{"Jane Doe, the club's coach, said the team would win.", ""},
	}
	for _, tt := range tests {
		a := analyze(tt.in)
		got := ""
		if c := a.frontedClose(0); c >= 0 {
			got = a.Sentences[0].Text[:c]
		}
		if got != tt.want {
			t.Errorf("frontedClose(%q) closes %q, want %q", tt.in, got, tt.want)
		}
	}
}
