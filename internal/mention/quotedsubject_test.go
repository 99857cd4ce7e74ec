package mention

import "testing"

// TestParticipleAfterQuotation: a participle after the attribution that
// follows a quotation has the attribution's subject — the name after the
// reporting verb, never a name inside the quotation, and a
// pronoun though an adjunct stands between the verb and the comma.
func TestParticipleAfterQuotation(t *testing.T) {
	cases := []struct{ body, content, wantText, wantSpeaker string }{
		{"“Tom Brandt should let the council decide,” said Mayor Ilse Varga, urging critics of the plan to wait a week.",
			"critics of the plan to wait a week", "Mayor Ilse Varga", "Ilse Varga"},
		{"Ilse Varga spoke for an hour. “Nobody here wants Tom Brandt to quit the race now,” she said at the Monday rally, insisting that the county had enough votes.",
			"the county had enough votes", "she", "Ilse Varga"},
	}
	for _, c := range cases {
		a := analyze(c.body)
		found := false
		for _, q := range a.Quotes {
			if q.Text != c.content && q.Text != c.content+"." {
				continue
			}
			found = true
			if q.SpeakerText != c.wantText || q.Speaker != c.wantSpeaker {
				t.Errorf("%q: speaker %q as %q, want %q as %q", c.content, q.Speaker, q.SpeakerText, c.wantSpeaker, c.wantText)
			}
		}
		if !found {
			for _, q := range a.Quotes {
				t.Logf("got %q by %q as %q", q.Text, q.Speaker, q.SpeakerText)
			}
			t.Errorf("no statement %q", c.content)
		}
	}
}

// TestPronounBeforeCue: a subject pronoun right before a cue, after a
// comma, is the cue's subject though names come earlier in its sentence
// ("…, even as she understands …"): the speaker is the pronoun's referent,
// not the name before the comma.
func TestPronounBeforeCue(t *testing.T) {
	body := "Lena Holm leads the budget office.\n\n" +
		"Holm hopes Berg and other Democrats do not make the same error this time around, even as she understands how hard it can be to win."
	a := analyze(body)
	found := false
	for _, q := range a.Quotes {
		if q.Cue != "understands" {
			continue
		}
		found = true
		if q.SpeakerText != "she" || q.Speaker != "Lena Holm" {
			t.Errorf("speaker of %q = %q as %q, want Lena Holm as she", q.Text, q.Speaker, q.SpeakerText)
		}
	}
	if !found {
		for _, q := range a.Quotes {
			t.Logf("got %q by %q as %q cue %q", q.Text, q.Speaker, q.SpeakerText, q.Cue)
		}
		t.Error("no statement with the cue understands")
	}
}
