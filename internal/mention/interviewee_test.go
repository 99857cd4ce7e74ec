package mention

import "testing"

// TestInterviewee: in a question-and-answer interview, "I" in an answer
// (an "A:" paragraph and the paragraphs after it up to the next "Q:") is
// the person the introduction names most; outside an interview, or in a
// question, it is not given to that person.
func TestInterviewee(t *testing.T) {
	qa := "Painter Marta Lindqvist opens her first show this week. Marta Lindqvist spoke with us in her studio near Hall Bridge.\n\n" +
		"Q: When did you start painting?\n\n" +
		"A: I started when I was nine. I wanted to paint the harbour every day.\n\n" +
		"Q: What comes next?\n\n" +
		"A: I think I will travel north."
	a := analyze(qa)
	n := 0
	for _, q := range a.Quotes {
		if q.SpeakerText == "i" {
			n++
			if q.Speaker != "Marta Lindqvist" {
				t.Errorf("speaker of %q = %q, want Marta Lindqvist", q.Text, q.Speaker)
			}
		}
	}
	if n < 2 {
		for _, q := range a.Quotes {
			t.Logf("got %q by %q (%q)", q.Text, q.Speaker, q.SpeakerText)
		}
		t.Errorf("%d statements by I, want at least 2", n)
	}
	cases := []struct {
		body string
		si   int
		want bool
	}{
		{qa, 0, false},
		{qa, 2, false}, // the question
		{qa, 3, true},
		{"Marta Lindqvist paints.\n\nA: note on the frame.", 1, false}, // no question before
	}
	for _, c := range cases {
		b := analyze(c.body)
		if got := b.interviewee(c.si) >= 0; got != c.want {
			t.Errorf("interviewee(%d) of %q found = %v, want %v", c.si, b.Sentences[c.si].Text, got, c.want)
		}
	}
}
