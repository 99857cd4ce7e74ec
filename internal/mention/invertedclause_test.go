package mention

import (
	"testing"

	"github.com/corroborate/corroborate/internal/text"
)

// TestNoInvertedClause: a verb after a closing quotation mark or a comma
// opens no inverted reporting clause when the quotation is a title that
// ends an apposition to a name ("<Name>, host of “<Show>,” suggested
// …": the host suggested), or when the name after the verb is the
// subject of a finite verb ("…, said Doe described …": a content clause
// without "that") or "that" follows it ("said Tuesday that …"); ",
// meaning …" is a clause of result, no statement; a fronted "Like <Name>,"
// holds no subject for a participle after the main clause.
// (Sentences written for this test.)
func TestNoInvertedClause(t *testing.T) {
	wantSpeaker(t, "title in apposition", "Jo Ames, host of Tarn Radio’s “Morning Tide,” suggested harbor pilot Tom Varga’s plan for the pier would fail.",
		"harbor pilot Tom Varga’s plan for the pier would fail", "Jo Ames")
	wantSpeaker(t, "name then finite verb", "Lena Berg, a pilot who now runs the port office, said Tom Varga should resign.",
		"Tom Varga should resign", "Lena Berg")
	wantSpeaker(t, "weekday then that", "The harbor master, Lena Berg, a former pilot, said Tuesday that the channel was too shallow, but declined to close it.",
		"the channel was too shallow", "Lena Berg")
	wantSpeaker(t, "like, fronted", "Like Tom Varga, Ellen Voss opposed the new tolls, arguing that the bridge was “paid for twice” already.",
		"paid for twice", "Ellen Voss")
	for _, q := range analyze("The bridge was closed, meaning Varga needs another route to the port.").Quotes {
		t.Errorf("meaning: read %q as %q's statement", q.Text, q.Speaker)
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Jo Ames, host of Tarn Radio’s “Morning Tide,”", true},
		{"Jo Ames, host of Tarn Bros. Radio’s “Morning Tide,”", true}, // an abbreviation's period inside
		{"Jo Ames Jr., host of Tarn Radio’s “Morning Tide,”", true},   // and after the name
		{"Jo Ames left. Host Tarn Radio’s “Morning Tide,”", false},    // a full stop ends the words
		{"“Thank You Tarn,”", false},                                  // opens the sentence: speech
		{"The band played “Harbor Lights,”", false},                   // no apposition to a name
		{"Jo Ames, host of the show “it is late,”", false},            // no title
	} {
		toks := text.Tokens(c.s)
		if got := quotedTitleBefore(toks, len(toks)-1); got != c.want {
			t.Errorf("quotedTitleBefore(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Hale described the plan", true},
		{"Sen. Jo Ames.", false},
		{"Jo Ames, a pollster", false},
		{"Jo Ames is sure", true},
		{"Tuesday that she left", true},
	} {
		if got := nameThenFinite(text.Tokens(c.s)); got != c.want {
			t.Errorf("nameThenFinite(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
