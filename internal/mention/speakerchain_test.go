package mention

import (
	"testing"
)

// TestSpeakerChains: who goes on speaking in a chain of statements. A
// speaker cited inside another's statement does not take the next "he";
// a verb form opening a sentence is no subject; a participle after a
// comma takes the main clause's subject, or the speaker of the cue right
// before it; a first name that is also a common word tells the gender.
func TestSpeakerChains(t *testing.T) {
	for _, c := range []struct{ name, body, quote, want string }{
		{"cited inside a statement",
			"Anton Kollar met the press at the quay on Friday. Kollar recalled that the harbour office's Tomas Reyes had warned in April that the crane was unsafe. He still trusted the crew, he said, and the crane would be mended soon.\n\n“We will fix it this month,” he said.",
			"We will fix it this month", "Anton Kollar"},
		{"verb form opening a sentence",
			"Two tenants, Peter Lenz and Omar Voss, brought the suit against the landlord. Voss said they wanted the rents frozen for a year.\n\n" +
				"Questioned outside the court on Monday, Lenz walked off. He said that he expects more tenants to join the case.",
			"he expects more tenants to join the case", "Peter Lenz"},
		{"participle after the main clause",
			"Norma Vance laughed off talk that she had pushed Hal Ortiz into the sale, saying, “He made up his own mind.”",
			"He made up his own mind.", "Norma Vance"},
		{"participle after a cue",
			"Lena Ostrova and Ivo Brandt will meet on the pier next week, Hal Ortiz said, adding, “They need a long talk.”",
			"They need a long talk.", "Hal Ortiz"},
		{"common-word first name",
			"Lena Ostrova opened the meeting. Bill Fenwick, who lives on the hill, said he saw the flames first. Later he said the lane stayed closed for hours.",
			"the lane stayed closed for hours", "Bill Fenwick"},
	} {
		wantSpeaker(t, c.name, c.body, c.quote, c.want)
	}
}

// TestAppositionHeadSpeaks: the head of an apposition speaks, not a name
// inside it — though an adverb stands before the verb, and though the
// head is a surname that is also a common word opening the sentence.
func TestAppositionHeadSpeaks(t *testing.T) {
	for _, c := range []struct{ body, quote, want string }{
		{"Ilse Marquardt, a senior adviser to former Governor Tomas Reyes, also doubted the forecast of the bureau.", "the forecast of the bureau", "Ilse Marquardt"},
		{"Mel Tanner ran the port for years.\n\nTanner, a former Harbour Authority spokesman, said the cranes were idle.", "the cranes were idle", "Mel Tanner"},
	} {
		a := analyze(c.body)
		got, found := "", false
		for _, q := range a.Quotes {
			if q.Text == c.quote {
				got, found = q.Speaker, true
			}
		}
		if !found || got != c.want {
			var qs []string
			for _, q := range a.Quotes {
				qs = append(qs, q.Text+" → "+q.Speaker)
			}
			t.Errorf("speaker of %q = %q, want %q (quotes %q)", c.quote, got, c.want, qs)
		}
	}
}

// TestCommonFirstNameGender: a first name that is also a common word
// ("Bill") tells the gender before a surname no dictionary knows, not
// before a common word.
func TestCommonFirstNameGender(t *testing.T) {
	for _, c := range []struct {
		name string
		want byte
	}{
		{"Bill Fenwick", 'm'},
		{"Bill Paper", 0},
	} {
		e := ArticleEntity{Name: c.name, Type: Person}
		if got := e.Gender(); got != c.want {
			t.Errorf("%s: gender %q, want %q", c.name, got, c.want)
		}
	}
}
