package mention

import "testing"

// TestUntypedNamedSpeakerGoesOn: a one-word name the entity stage could
// not type, that speaks, is the person a "he" or "she" right after it
// refers to; a common word, a plural of persons ("Democrats") or a name
// the pronouns gave the other gender is not.
func TestUntypedNamedSpeakerGoesOn(t *testing.T) {
	a := analyze("The harbour board met on Monday. " +
		"Brakspeare said the dredging would start in May. " +
		"He added that the budget was tight.")
	checkSpeakers(t, a, map[string]speakerWant{
		"the dredging would start in May": {"Brakspeare", "Brakspeare", "named"},
		"the budget was tight":            {"Brakspeare", "he", "pronoun"},
	})
	for _, c := range []struct {
		name, p string
		how     string
		text    byte
		want    bool
	}{
		{"Brakspeare", "he", "named", 0, true},
		{"Brakspeare", "she", "named", 'f', true},
		{"Brakspeare", "she", "named", 'm', false},
		{"Brakspeare", "they", "named", 0, false},
		{"Brakspeare", "he", "pronoun", 0, false},
		{"D-Mont", "he", "named", 0, false},
		{"Harbour", "he", "named", 0, false},
		{"Brenn Tull", "he", "named", 0, false},
		{"NTSB", "he", "named", 0, false},
		{"Democrats", "she", "named", 0, false},
	} {
		e := ArticleEntity{Name: c.name, Type: Other, textGender: c.text}
		if got := untypedNamedSpeaker(Quote{How: c.how}, &e, c.p); got != c.want {
			t.Errorf("untypedNamedSpeaker(%q, %q, how %q, text gender %q) = %v, want %v", c.name, c.p, c.how, c.text, got, c.want)
		}
	}
}
