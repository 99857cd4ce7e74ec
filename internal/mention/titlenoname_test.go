package mention

import (
	"strings"
	"testing"
)

// TestTitleNoName: a title of office after a common noun that classifies
// it, with no name after it ("Harbor Police Chief said"), is a role: the
// speaker is one unnamed person (RoleWord), not a name. Guards: a name
// whose given name comes before a title-like surname, a title that is also
// a paper or a thing in WordNet ("Union Leader", "Science Monitor", a
// governor), a plural, an acronym before the title and a title with its
// name stay names.
func TestTitleNoName(t *testing.T) {
	for name, want := range map[string]bool{
		"Harbor Police Chief":       true,
		"Fire Marshal":              true,
		"Deputy Attorney General":   true,
		"Brenton County Fire Chief": true,
		"the Harbor Police Chief":   true,
		"Ada King":                  false, // a given name before the surname
		"Will Judge":                false,
		"Harwick Evening Leader":    false, // a leader is also a leading article: a paper's name
		"Garden Science Monitor":    false, // a monitor is also a screen
		"Tarn State Governor":       false, // a governor is also a regulator
		"Harbor Police Chiefs":      false, // a plural: GroupName's
		"KTVB Chief":                false, // an acronym before it: a body's name
		"Police Chief Ada Roe":      false,
		"Harbor Police":             false,
		"Tovana":                    false,
	} {
		ws := strings.Fields(name)
		if ws[0] == "the" {
			ws = ws[1:]
		}
		if got := len(ws) > 1 && titleNoName(ws); got != want {
			t.Errorf("titleNoName(%q) = %v, want %v", name, got, want)
		}
	}
	a := analyze("Harbor Police Chief says the driver was not wearing a belt. Ada King said the road was wet. " +
		"The Harbor City Attorney's office said the file was closed. The Fire Marshal said the blaze began in a shed. " +
		"Dana Orlo, the Harbor Police Chief, said the gate was open. The County Attorney office said the man was charged.")
	want := map[string][2]any{
		"the driver was":      {"Harbor Police Chief", true},
		"the road was wet":    {"Ada King", false},
		"the file was":        {"Harbor City Attorney", false}, // the office spoke
		"the blaze began":     {"Fire Marshal", true},
		"the man was charged": {"County Attorney", false},     // the office spoke
		"the gate was open":   {"Harbor Police Chief", false}, // "Dana Orlo" is the phrase
	}
	for _, q := range a.Quotes {
		for prefix, w := range want {
			if !strings.HasPrefix(q.Text, prefix) {
				continue
			}
			if got := a.BareTitle(q, w[0].(string)); got != w[1].(bool) {
				t.Errorf("BareTitle(%q as %q) = %v, want %v", w[0], q.SpeakerText, got, w[1])
			}
			delete(want, prefix)
		}
	}
	if len(want) > 0 {
		t.Errorf("statements not read: %v", want)
	}
}
