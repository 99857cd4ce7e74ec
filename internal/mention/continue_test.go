package mention

import (
	"strings"
	"testing"
)

// TestQuoteContinues: a quote without an attribution of its own that opens
// the next sentence after the attribution, or the next paragraph, goes on
// with the previous statement; a quote with its own attribution, or with
// narration between, is a statement of its own.
func TestQuoteContinues(t *testing.T) {
	body := "“The bridge will open in May,” said Priya Raman, who chairs the transit board of the county. “We have the steel and the crews.”\n\n" +
		"“Nobody should expect any delays on the northern side.”\n\n" +
		"“The budget is tight,” Tomas Werner said. “But we will manage,” he continued.\n\n" +
		"The board met for three hours on Tuesday.\n\n" +
		"“Every lane will carry buses at first and cars later in the year.”\n\n" +
		"“Losing the vote hurts, but we fought hard,” posted Ana Ruiz, a campaign aide."
	a := analyze(body)
	want := []struct{ text, speaker string }{
		{"The bridge will open in May We have the steel and the crews. Nobody should expect any delays on the northern side.", "Priya Raman"},
		{"The budget is tight", "Tomas Werner"},
		{"But we will manage", "Tomas Werner"},
		{"Every lane will carry buses at first and cars later in the year.", ""},
		{"Losing the vote hurts, but we fought hard", ""},
	}
	var got []Quote
	for _, q := range a.Quotes {
		if q.Direct {
			got = append(got, q)
		}
	}
	if len(got) != len(want) {
		for _, q := range got {
			t.Logf("got %q by %q (%s)", q.Text, q.Speaker, q.How)
		}
		t.Fatalf("%d direct quotes, want %d", len(got), len(want))
	}
	for i, w := range want {
		if got[i].Text != w.text {
			t.Errorf("quote %d = %q, want %q", i, got[i].Text, w.text)
		}
		if w.speaker != "" && got[i].Speaker != w.speaker {
			t.Errorf("speaker of %q = %q, want %q", w.text, got[i].Speaker, w.speaker)
		}
	}
}

// TestApostropheQuotes: two apostrophes mark a quotation of archives that
// had no double marks: read with its attribution and continuation, but not
// as a direct quote.
func TestApostropheQuotes(t *testing.T) {
	body := "''The harbour needs a second ferry,'' said Victor Hale, who leads the union. ''We have waited for ten years already.''\n\n" +
		"The council will vote on the plan next month."
	a := analyze(body)
	if len(a.Quotes) == 0 {
		t.Fatal("no quote")
	}
	q := a.Quotes[0]
	if q.Text != "The harbour needs a second ferry We have waited for ten years already." || q.Speaker != "Victor Hale" || q.Direct {
		t.Errorf("got %q by %q direct=%v, want the two quotes joined, by Victor Hale, not direct", q.Text, q.Speaker, q.Direct)
	}
}

// TestContinuedSpeaker: "he" right after a direct quote of a person whose
// first name only the second list gives the other gender ("Lindsey") goes
// on with that person; a name of the first list ("Margaret") keeps its
// gender and the pronoun looks further back.
func TestContinuedSpeaker(t *testing.T) {
	cases := []struct{ first, want string }{
		{"Lindsey", "Lindsey Varga"},
		{"Margaret", "Peter Holm"},
	}
	for _, c := range cases {
		body := "At the meeting in Springfield, Councillor " + c.first + " Varga criticised the mayor, Peter Holm, over the budget.\n\n" +
			"Varga said, “How many of you believe the roads are fine? I do not.”\n\n" +
			"He continued, “We will fix the bridge before the winter.”"
		a := analyze(body)
		got := ""
		for _, q := range a.Quotes {
			if strings.HasPrefix(q.Text, "We will fix the bridge") {
				got = q.Speaker
			}
		}
		if got != c.want {
			for _, q := range a.Quotes {
				t.Logf("%s: got %q by %q (%s)", c.first, q.Text, q.Speaker, q.How)
			}
			t.Errorf("%s: speaker of the continued quote = %q, want %q", c.first, got, c.want)
		}
	}
}

// TestWeakSubjectBefore: "he" or "she" opening the sentence right after a
// report whose named speaker has only a both-sexes first name of the other
// gender goes on with that speaker, not with a fitting person named
// further back (weakSubjectBefore); guards: a fitting person named in the
// sentence before as well, a first name of the first list, and a pronoun
// that does not open its sentence keep the older reading.
func TestWeakSubjectBefore(t *testing.T) {
	for _, c := range []struct{ name, body, quote, want string }{
		{"weak name right before",
			"Omar Lindqvist opened the fair on Saturday. The stalls sold out of honey by noon.\n\n" +
				"Organisers counted more visitors than last year. Senator Kelly Brannock said the county should fund a second fair in the spring. He joked that his own hives had produced nothing this summer.",
			"his own hives had produced nothing this summer", "Kelly Brannock"},
		{"guard: fitting man named in the sentence before",
			"Omar Lindqvist opened the fair on Saturday. The stalls sold out of honey by noon.\n\n" +
				"Organisers counted more visitors than last year. Senator Kelly Brannock said Omar Lindqvist should fund a second fair in the spring. He joked that his own hives had produced nothing this summer.",
			"his own hives had produced nothing this summer", "Omar Lindqvist"},
		{"guard: first-list name keeps its gender",
			"Omar Lindqvist opened the fair on Saturday. The stalls sold out of honey by noon.\n\n" +
				"Organisers counted more visitors than last year. Senator Margaret Brannock said the county should fund a second fair in the spring. He joked that his own hives had produced nothing this summer.",
			"his own hives had produced nothing this summer", "Omar Lindqvist"},
	} {
		wantSpeaker(t, c.name, c.body, c.quote, c.want)
	}
}
