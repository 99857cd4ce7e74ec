package lexicon

import "testing"

func TestUnder(t *testing.T) {
	lx := Default()
	falsehood := lx.SensesIn("falsehood", Noun, NounCommunication)
	deny := lx.SynsetIDs("deny", Verb)
	for _, c := range []struct {
		word    string
		p       POS
		anchors []uint32
		want    bool
	}{
		{"pretext", Noun, falsehood, true},
		{"lie", Noun, falsehood, true},
		{"report", Noun, falsehood, false},
		{"deny", Verb, deny, true},
		{"confirm", Verb, deny, false},
	} {
		if got := lx.Under(c.word, c.p, c.anchors, 3); got != c.want {
			t.Errorf("Under(%q) = %v, want %v", c.word, got, c.want)
		}
	}
}
