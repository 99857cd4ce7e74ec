package mention

import "testing"

// TestReplyParticleCue: after a closing quotation mark, a name and any
// verb with the particle "back" that ends the clause attribute the quote
// ("…,” Hart shot back."), and "she" goes on with that speaker.
// (Sentences written for this test.)
func TestReplyParticleCue(t *testing.T) {
	body := "Mayor Tom Reyes attacked Lena Hart over the budget.\n\n" +
		"“Tom wants to be a tough guy tonight,” Hart shot back. “Let me talk.”\n\n" +
		"“Quiet,” she demanded, as Reyes continued to interject."
	a := analyze(body)
	want := map[string]string{
		"Tom wants to be a tough guy tonight": "Lena Hart",
		"Quiet":                               "Lena Hart",
	}
	for _, q := range a.Quotes {
		if w, ok := want[q.Text]; ok {
			if q.Speaker != w {
				t.Errorf("speaker of %q = %q (as %q), want %q", q.Text, q.Speaker, q.SpeakerText, w)
			}
			delete(want, q.Text)
		}
	}
	for k := range want {
		t.Errorf("no quote %q", k)
	}
}

// TestPronounIn: the subject pronoun of a speaker phrase, in a short
// phrase anywhere ("he continued,"), in a longer one only as its first
// word ("She went on to say:").
func TestPronounIn(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"he continued,", "he"},
		{"She went on to say:", "she"},
		{"He’s aiming to expand the program", "he"},
		{"They later told the council that", "they"},
		{"It later told the council that", ""},
		{"the mayor said that he would", ""},
		{"Lena Hart", ""},
	} {
		if got := pronounIn(c.in); got != c.want {
			t.Errorf("pronounIn(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
