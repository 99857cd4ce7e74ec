package mention

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// A person named after a title does not take the "of" phrase after the
// name: the organisation is a name of its own; "Rev." and "Ald." are
// titles. A title's complement still joins ("Secretary of State").
// (Sentences written for this test.)
func TestTitledPersonOfOrganisation(t *testing.T) {
	day := dates.Date{Year: 2023, Month: 5, Day: 10}
	for _, c := range []struct{ body, speaker string }{
		{"The road was closed on Friday, Sgt. Ana Ruiz of the Harbour Police Department said.", "Ana Ruiz"},
		{"\"We are not sure what caused it,\" the Rev. Ansel Hart of the Grange Chapel said on Monday.", "Ansel Hart"},
		{"Two boats collided near the pier at dusk, according to Ald. Ken Boyd.", "Ken Boyd"},
		{"Secretary of State Ada Lund said the talks would resume.", "Ada Lund"},
	} {
		a := Analyze(c.body, day, 0.9)
		got := ""
		for _, q := range a.Quotes {
			if q.Entity >= 0 {
				got = a.Entities[q.Entity].Name
				break
			}
		}
		if got != c.speaker {
			t.Errorf("Analyze(%q): speaker %q, want %q", c.body, got, c.speaker)
		}
	}
}

// A surname with particles keeps them when it opens its sentence or
// follows a quotation ("De La Cruz said"), as in the full name.
// (Sentences written for this test.)
func TestParticleSurnameSpeaks(t *testing.T) {
	day := dates.Date{Year: 2023, Month: 5, Day: 10}
	for _, body := range []string{
		"De La Cruz said he heard three shots.",
		"Esteban De La Cruz, 40, lives nearby. \"It was loud,\" De La Cruz said.",
	} {
		a := Analyze(body, day, 0.9)
		got := ""
		for _, q := range a.Quotes {
			if q.Entity >= 0 {
				got = a.Entities[q.Entity].Name
			}
		}
		if got != "De La Cruz" {
			t.Errorf("Analyze(%q): speaker %q, want %q", body, got, "De La Cruz")
		}
	}
}

// "and" after a complete organisation name (ending in its head) starts a
// second name; inside a name it stays ("Department of Health and Human
// Services"). A title word opens a county's name when only the county noun,
// or a possessor and it, would be left ("King County", "Prince George's
// County"). (Sentences written for this test.)
func TestEntityNamesJoinedAndCounties(t *testing.T) {
	day := dates.Date{Year: 2023, Month: 5, Day: 10}
	for _, c := range []struct {
		body string
		want []string
	}{
		{"Maine State Police and Tarn police are investigating the death.", []string{"Maine State Police"}},
		{"The Harbour Police Department and the Lake Police Department said two men were held.", []string{"Harbour Police Department", "Lake Police Department"}},
		{"The Department of Health and Human Services said it would help.", []string{"Department of Health and Human Services"}},
		{"King County prosecutors said the man was charged.", []string{"King County"}},
		{"Prince George's County police said the boy was hurt.", []string{"Prince George's County"}},
		{"King Abdullah said the talks would go on.", []string{"Abdullah"}},
	} {
		a := Analyze(c.body, day, 0.9)
		names := map[string]bool{}
		for _, e := range a.Entities {
			names[e.Name] = true
		}
		for _, w := range c.want {
			if !names[w] {
				t.Errorf("Analyze(%q): no entity %q in %v", c.body, w, names)
			}
		}
	}
}
