package mention

import (
	"strings"
	"testing"
)

// TestPageLabelBeforeName: a page's label that a scraper ran into the
// sentence after it ("Advertisement", the "Buy Photo" link of a photo's
// caption) is no word of the name that opens that sentence; a word the
// article also writes inside a name elsewhere, and an organisation's
// name, keep it. Before a capitalised "The" that opens a name ("Buy Photo
// The Quay County Water Board said …"), the label words go too
// (labelBeforeArticle), unless a verb takes "The …" as its object.
func TestPageLabelBeforeName(t *testing.T) {
	for _, c := range []struct {
		body, want, notWant string
	}{
		{"The bakery will close for a week in June. Advertisement Quennel Darrow opened it on Quay Row in 1998.", "Quennel Darrow", "Advertisement Quennel Darrow"},
		{"Buy Photo Ysolde Marrin tunes a cello backstage before the Kestport recital.", "Ysolde Marrin", "Photo Ysolde Marrin"},
		{"Video Quennel Darrow opens the new library wing in Kestport.", "Quennel Darrow", "Video Quennel Darrow"},
		// a label before a capitalised "The" opening a name
		{"Buy Photo The Quay County Water Board said the pipes would be replaced in June.", "Quay County Water Board", "Buy Photo The Quay County Water Board"},
		{"Video The Harlow Trust opened the new wing on Monday.", "Harlow Trust", "Video The Harlow Trust"},
		// controls
		{"Tickets for Watch The Skies sold out. Watch The Skies played two sets on Friday.", "Watch The Skies", "Skies"},
		// a verb before "The" takes it as its object: a name of its own
		{"Save The Orchard Fund said the trees would be replanted in April.", "Save The Orchard Fund", "Orchard Fund"},
		{"Weather Quorran played two long sets on Friday. Tickets for Weather Quorran sold out within an hour.", "Weather Quorran", "Quorran"},
		{"Photo Tarnwick Inc. said the prints would be ready by Friday.", "Photo Tarnwick Inc", "Tarnwick Inc"},
	} {
		a := analyze(c.body)
		var names []string
		for _, e := range a.Entities {
			names = append(names, e.Name)
		}
		if _, ok := entityByName(a, c.want); !ok {
			t.Errorf("%q: no entity %q; got %s", c.body, c.want, strings.Join(names, " | "))
		}
		if _, ok := entityByName(a, c.notWant); ok {
			t.Errorf("%q: entity %q; got %s", c.body, c.notWant, strings.Join(names, " | "))
		}
	}
}
