package mention

import "testing"

// TestHeadlineFrame: in a title-case headline a capitalised verb of
// saying is read with the subject before it as its source ("Mayor Ida
// Brenn Says …"), a second verb after "And" starts a second reading, a
// closing frame after a comma takes the content before it; a plural noun
// after a phrase with a function word ("To Publish Harbour Records"), a
// passive before "By", a phrasal verb outside saying ("Calls Off"), a
// subject with a function word ("Board To Hear Claims"), a possessive
// before the verb and a participle are left to the other readings.
func TestHeadlineFrame(t *testing.T) {
	for _, tc := range []struct {
		body string
		want map[string]string // content → cue
	}{
		{"Mayor Ida Brenn Says Ferry Fares Will Rise In May.\n\nIda Brenn spoke in Calloway on Monday.",
			map[string]string{"Ferry Fares Will Rise In May": "Says"}},
		{"Mayor Ida Brenn Praises Harbour Crews And Blames Storm Damage On Delays.\n\nIda Brenn spoke on Monday.",
			map[string]string{"Harbour Crews": "Praises", "Storm Damage On Delays": "Blames"}},
		{"Tolls Are Too High, Ida Brenn Tells Harbour Board.\n\nIda Brenn spoke in Calloway on Monday.",
			map[string]string{"Tolls Are Too High": "Tells"}},
		{"Ida Brenn To Publish Harbour Records After Pressure From Board.\n\nIda Brenn spoke on Monday.", nil},
		{"Harbour Pilot Named By Board Before Storm Season.\n\nThe board met on Monday.", nil},
		{"Harbour Board Calls Off Ferry Strike Talks After Storm.\n\nThe board met on Monday.", nil},
		{"Board To Hear Claims Of Fraud At Harbour.\n\nThe board met on Monday.", nil},
		{"Mayor Brenn’s Claims Draw Fire From Harbour Board.\n\nIda Brenn spoke on Monday.", nil},
		{"Ferry Riders Warning Lights Fail At Harbour.\n\nThe board met on Monday.", nil},
	} {
		a := analyze(tc.body)
		got := map[string]string{}
		for _, q := range a.Quotes {
			if q.Sentence == 0 {
				got[q.Text] = q.Cue
				if q.Speaker != "" && q.Speaker != "Ida Brenn" {
					t.Errorf("%q: speaker %q, want Ida Brenn", q.Text, q.Speaker)
				}
			}
		}
		if len(got) != len(tc.want) {
			t.Errorf("%q: got %v, want %v", tc.body, got, tc.want)
			continue
		}
		for text, cue := range tc.want {
			if got[text] != cue {
				t.Errorf("%q: %q cue %q, want %q (all %v)", tc.body, text, got[text], cue, got)
			}
		}
	}
}
