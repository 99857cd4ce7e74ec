package mention

import (
	"slices"
	"testing"
)

// TestCoordinatedSubjectMembers: names coordinated by "and" that make up
// the subject of a cue all spoke: the speaker keeps its reading and the
// other names are its Members (coordinatedMembers). Guards: names in a
// complement ("the mother of …"), an object after the cue, a possessive
// ("Lund's family"), "the" before words of one longer name, coordinated
// titles of one person.
func TestCoordinatedSubjectMembers(t *testing.T) {
	for _, tc := range []struct {
		body, cue string
		members   []string
	}{
		{"Ida Brenn and Olav Lund say the toll board ignored their letters.", "say", []string{"Ida Brenn"}},
		{"Ida Brenn and Olav Lund said the toll board had ignored their letters.", "said", []string{"Ida Brenn"}},
		{"Ida Brenn, Kari Holm and Olav Lund warned that the ferry would stop in May.", "warned", []string{"Kari Holm", "Olav Lund"}},
		{"On Monday, Ida Brenn and Olav Lund told reporters the ferry would stop in May.", "told", []string{"Ida Brenn"}},
		{"“It is a scandal,” Ida Brenn and Olav Lund said.", "said", []string{"Ida Brenn"}},
		{"The Harbour Trust and Olav Lund said the ferry would stop in May.", "said", []string{"Harbour Trust"}},
		// guards
		{"The mother of Ida Brenn and Olav Lund said the ferry would stop in May.", "said", nil},
		{"Kari Holm told Ida Brenn and Olav Lund that the ferry would stop in May.", "told", nil},
		{"Olav Lund said the ferry would stop in May.", "said", nil},
		{"Kari Holm spoke first. Both Holm and Kolvik’s family said the ferry would stop in May.", "said", nil},
		{"The Grain Export and Harbour Levy Commission declared the toll valid.", "declared", nil},
		{"The Kelby Courier reported the sale. Kelby Courier Vice President and Managing Editor Olav Lund said the ferry would stop in May.", "said", nil},
		// a name ending in "-ly" is no adverb between the subject and its verb
		{"Ida Brenn and Tom Kelly said the ferry would stop in May.", "said", []string{"Ida Brenn"}},
		{"Ida Brenn and the National Assembly said the ferry would stop in May.", "said", []string{"Ida Brenn"}},
		// guards (readV): a singular verb, names never given in full, a
		// firm's name, a plural title held by the first name
		{"Halvard and Brenn says the rifle recall will cover every model.", "says", nil},
		{"Halvard and Brenn said the rifle recall would cover every model.", "said", nil},
		{"Brenn and Tenvik LLP said the audit found no fraud.", "said", nil},
		{"Presidents Halvar Brenn and Olav Tenvik said the ferry would stop in May.", "said", nil},
	} {
		a := analyze(tc.body)
		var got []string
		found := false
		for _, q := range a.Quotes {
			if q.Cue != tc.cue {
				continue
			}
			found = true
			for _, e := range q.Members {
				got = append(got, a.Entities[e].Name)
			}
		}
		if !found {
			t.Errorf("%q: no reading with cue %q (%v)", tc.body, tc.cue, a.Quotes)
			continue
		}
		if !slices.Equal(got, tc.members) {
			t.Errorf("%q: members %v, want %v", tc.body, got, tc.members)
		}
	}
}

// TestPlaceAdverbSource: a locative adverb after a plural noun of persons
// postmodifies it ("officials there", Quirk et al. 1985 §17.55), so the
// phrase is a group source (placeAdverb); the adverb alone is none.
func TestPlaceAdverbSource(t *testing.T) {
	for _, tc := range []struct {
		body, cue, want string
	}{
		{"Officials there say the ferry will stop running in May.", "say", "Officials there"},
		{"Officials there said the ferry would stop running in May.", "said", "Officials there"},
		{"The ferry will stop running in May, residents here say.", "say", "residents here"},
		{"The pier, officials there say, will close in May.", "say", "officials there"},
		{"Officials there are warning that the pier will close in May.", "warning", "Officials there"},
		// guards: no adverb; a verb before "there" ("Police say there is …")
		{"Officials say the ferry will stop running in May.", "say", "Officials"},
		{"Police say there is little danger to the ferry and are now checking the pier.", "checking", ""},
	} {
		a := analyze(tc.body)
		got, kind := "", ""
		for _, q := range a.Quotes {
			if q.Cue == tc.cue {
				got, kind = a.UnnamedSource(q)
				if tc.want == "" && q.SpeakerText != "" {
					got = q.SpeakerText
				}
			}
		}
		if got != tc.want || tc.want != "" && kind != KindGroup {
			t.Errorf("%q: source %q (%s), want %q (group)", tc.body, got, kind, tc.want)
		}
	}
}

// TestExistentialThereNoSource: "there" and a form of "be" after a noun
// open an existential clause (Quirk et al. 1985, §18.44), so the noun
// before them is no source postmodified by "there" (existentialThere).
func TestExistentialThereNoSource(t *testing.T) {
	for _, tc := range []struct{ body, cue string }{
		{"Rumours there were claims the pier would close spread through the town.", "claims"},
		{"On the mayor's claim there are reports the pier will close, the council was silent.", "reports"},
	} {
		a := analyze(tc.body)
		for _, q := range a.Quotes {
			if q.Cue != tc.cue {
				continue
			}
			if src, kind := a.UnnamedSource(q); kind != "" || q.How == "nominal" {
				t.Errorf("%q: source %q (%s, %s), want none", tc.body, src, kind, q.How)
			}
		}
	}
}
