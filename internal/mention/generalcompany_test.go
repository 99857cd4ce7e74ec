package mention

import "testing"

// TestTitleBeforeRelationalAdjective checks that a title word that is also
// an adjective ("General", "Major") before one word whose commonest
// adjective sense is relational (WordNet adj.pert: "electric", "chemical",
// "atomic") names an organisation, not an officer: the two adjectives
// modify an understood head ("the general electric company"), while an
// officer's surname is no relational adjective ("General Young", "General
// Ham" keep their titles and stay persons).
func TestTitleBeforeRelationalAdjective(t *testing.T) {
	cases := []struct {
		body, speaker, kind string
	}{
		{"The plant closed after the flood. General Chemical says its works at Harlow Quay will reopen in March.", "General Chemical", "organization"},
		{"The reactor order was signed on Monday. General Atomic said it would deliver the parts by June.", "General Atomic", "organization"},
		{"The troops left the valley on Monday. General Young said the soldiers would return in June.", "Young", "person"},
		{"The troops left the valley on Monday. General Ham said the soldiers would return in June.", "Ham", "person"},
		{"The troops left the valley on Monday. General Roe said the soldiers would return in June.", "Roe", "person"},
	}
	for _, c := range cases {
		a := analyze(c.body)
		found := false
		for _, q := range a.Quotes {
			if q.Sentence != 1 {
				continue
			}
			found = true
			kind := ""
			if e := entityNamed(a, q.Speaker); e != nil {
				kind = string(e.Type)
			}
			if q.Speaker != c.speaker || kind != c.kind {
				t.Errorf("%q: speaker %q (%s), want %q (%s)", c.body, q.Speaker, kind, c.speaker, c.kind)
			}
		}
		if !found {
			t.Errorf("%q: no quote in sentence 1", c.body)
		}
	}
}
