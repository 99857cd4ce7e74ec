package mention

import (
	"strings"
	"testing"
)

// TestSourceOfSentence checks that an attribution closing its sentence
// ("…, Doe said.", "…, according to the agency.") is the source of the
// sentence when the words before it hold only cues with no source of their
// own, that a reading whose source is named keeps it before a closing
// "…, X said", and that a closing "according to X" is the outermost source
// of a reporting clause before it.
func TestSourceOfSentence(t *testing.T) {
	tests := []struct {
		body, content, speaker string
	}{
		{
			"The new figures speak to the worry that the harbour may never reopen to large ships, said Helen Marsh, a senior fellow at the Coastal Institute.",
			"The new figures speak to the worry that the harbour may never reopen to large ships", "Helen Marsh",
		},
		{
			"Last year about 70 percent of the fires were started by campers, while only 9 percent were caused by lightning, according to the Forest Service.",
			"Last year about 70 percent of the fires were started by campers, while only 9 percent were caused by lightning", "Forest Service",
		},
		{
			"Investigators suspect a faulty heater started the fire at the old mill, reports the Valley Herald.",
			"a faulty heater started the fire at the old mill", "",
		},
		{
			"Councillor Ann Becker said the bridge would close in May, according to the Harbor Gazette.",
			"Councillor Ann Becker said the bridge would close in May", "Harbor Gazette",
		},
		{
			"The mayor told aides that she would not seek a second term, according to two people present at the meeting.",
			"The mayor told aides that she would not seek a second term", "",
		},
	}
	for _, tt := range tests {
		a := analyze(tt.body)
		found := false
		for _, q := range a.Quotes {
			if q.Text == tt.content {
				found = true
				if q.Speaker != tt.speaker || tt.speaker == "" && q.SpeakerText != "Investigators" && q.SpeakerText != "two people present at the meeting" {
					t.Errorf("speaker of %q = %q, want %q", q.Text, q.Speaker, tt.speaker)
				}
			}
		}
		if !found {
			var got []string
			for _, q := range a.Quotes {
				got = append(got, q.Text+" ("+q.Speaker+")")
			}
			t.Errorf("no reading %q in %q; got %q", tt.content, tt.body, got)
		}
	}
}

// TestNestedReport checks that an attribution closing its sentence after
// statements that name their own sources ("Doe told reporters that …, the
// paper reported") is read as well, its content the whole clause before
// it: the outer source of a nested report; an inner reading of a verb
// that is no verb of saying ("plans") is the report's words only; a verb
// first with a pronoun after it ("…, ensures her vote") is no inverted
// reporting clause. (Sentences written for this test.)
func TestNestedReport(t *testing.T) {
	body := "Senator Ada Hale told reporters on Monday that the budget would pass, the Harbor Gazette reported.\n\n" +
		"The Tarn dockers' union plans to strike in support of the pilots, the Harbor Gazette reports.\n\n" +
		"Councillor Tom Reyes called the levy \"a tax on the poor\" at the meeting, according to two aides who saw the memo.\n\n" +
		"Mayor Lina Ortiz told the crowd that the city would rebuild, said the Valley Herald.\n\n" +
		"Jon Doe has an ally in Mayor Jane Roe. He thinks she would have backed the bill anyway, but believes the support of voters, especially young voters, ensures her vote."
	a := analyze(body)
	got := checkSpeakers(t, a, map[string]speakerWant{
		"Senator Ada Hale told reporters on Monday that the budget would pass": {"Harbor Gazette", "Harbor Gazette", "named"},
		"the budget would pass": {"Ada Hale", "Senator Ada Hale", "named"},
		"The Tarn dockers' union plans to strike in support of the pilots":          {"Harbor Gazette", "Harbor Gazette", "named"},
		"Councillor Tom Reyes called the levy \"a tax on the poor\" at the meeting": {"", "two aides who saw the memo", "nominal"},
		"a tax on the poor": {"Tom Reyes", "Tom Reyes", "named"},
		"Mayor Lina Ortiz told the crowd that the city would rebuild": {"Valley Herald", "Valley Herald", "named"},
		"the city would rebuild":                {"Lina Ortiz", "Mayor Lina Ortiz", "named"},
		"she would have backed the bill anyway": {"Jon Doe", "he", "pronoun"},
	})
	for text, q := range got {
		if q.Cue == "plans" || q.Cue == "ensures" {
			t.Errorf("reading %q of cue %q, want none", text, q.Cue)
		}
	}
}

// TestAccordingMidSentence: "according to X" set off by commas inside its
// sentence is a disjunct of the whole clause (Quirk et al. 1985 §8.88):
// a statement read after it does not keep X from the statement before it,
// and X's reading takes the words after the phrase too.
func TestAccordingMidSentence(t *testing.T) {
	body := "Mayor Jane Roe visited the docks of Tarnby on Friday with Jon Doe.\n\n" +
		"Roe told reporters that the port would reopen in March, according to the Harbor Gazette, during a tour of the docks, where Doe visited the crane crews."
	a := analyze(body)
	var got []Quote
	for _, q := range a.Quotes {
		if q.Sentence == 1 {
			got = append(got, q)
		}
	}
	if len(got) != 1 || got[0].Speaker != "Harbor Gazette" {
		for _, q := range got {
			t.Logf("%q by %q (%s, cue %q)", q.Text, q.Speaker, q.How, q.Cue)
		}
		t.Fatalf("got %d readings, want the Harbor Gazette's one", len(got))
	}
	if !strings.Contains(got[0].Text, "the port would reopen in March") || !strings.Contains(got[0].Text, "Doe visited the crane crews") {
		t.Errorf("content %q, want the clause before and after the phrase", got[0].Text)
	}
}
