package analyze

import (
	"slices"
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// TestEventPersons: the people an article names that tie a later report
// to its event (cluster's Features.Persons) are those named in full, with
// a given name, and never with a title of office or rank: the victim, the
// suspect, a relative, not the police sergeant, the mayor or the coroner
// who speak of every event of their town, nor the writer named only in
// the tagline with an e-mail address, nor a surname alone.
func TestEventPersons(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"victim and suspect", "Daniel Roe, 24, was shot outside a bar in Marvale on Friday. Police arrested Ada Doe, 31, on Saturday.", []string{"ada doe", "daniel roe"}},
		{"a sergeant and a mayor", "A man was shot outside a bar in Marvale on Friday, said Sgt. Carla Venn. Mayor Henry Oduya called it senseless.", nil},
		{"a courtesy title", "Mr. Daniel Roe was shot outside a bar in Marvale on Friday. His brother said he had left work early.", []string{"daniel roe"}},
		{"the writer's tagline", "A man was shot outside a bar in Marvale on Friday, police said.\n\nContact Nora Plessy at: nplessy@example.com, or on Twitter @nplessy.", nil},
	} {
		a, r := undatedCase("2024-05-04", "", c.text)
		f := Features(lexicon.Default(), a, r)
		if !slices.Equal(f.Persons, c.want) {
			t.Errorf("%s: persons %q, want %q", c.name, f.Persons, c.want)
		}
	}
}
