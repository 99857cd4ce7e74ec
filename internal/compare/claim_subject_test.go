package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// A definite description is the subject a name is given with in the
// story's articles (an appositive or a premodifying noun), when it
// describes one named entity only. (Stories and names invented for this
// test.)
func TestDescribedSubject(t *testing.T) {
	for _, tc := range []struct {
		name      string
		texts     []string
		want, not []string
	}{
		{
			name: "an appositive after the name",
			texts: []string{
				"Zoo row\n\nTembo, the elephant at Marlow Zoo, is healthy, the zoo said. Wild Voice said Tembo was sick.",
				"Elephant\n\nWild Voice said the elephant was sick. Director Hal Finch said the elephant was not sick.",
			},
			want: []string{"Hal Finch denies b: Tembo was sick"},
		},
		{
			name: "a premodifying noun",
			texts: []string{
				"Zoo row\n\nThe zoo said its elephant Tembo was healthy. Wild Voice said Tembo was sick.",
				"Elephant\n\nWild Voice said the elephant was sick. Director Hal Finch said the elephant was not sick.",
			},
			want: []string{"Hal Finch denies b: Tembo was sick"},
		},
		{
			name: "two entities so described: no one referent",
			texts: []string{
				"Zoo row\n\nThe elephant Tembo is healthy, the zoo said. The elephant Zara is old. Wild Voice said Tembo was sick.",
				"Elephant\n\nWild Voice said the elephant was sick. Director Hal Finch said the elephant was not sick.",
			},
			not: []string{"Hal Finch denies b: Tembo was sick"},
		},
	} {
		checkStances(t, tc.name, storyStances(tc.texts...), tc.want, tc.not)
	}
}

// A superordinate takes up a noun of the same kind of thing at most three
// steps below it; a top noun or a general noun takes up nothing.
func TestSuperordinate(t *testing.T) {
	c := &comparer{lx: lexicon.Default()}
	for _, tc := range []struct {
		up, down string
		want     bool
	}{
		{"vessel", "ferry", true}, // a craft, not a tube of the body
		{"boat", "ferry", true},
		{"structure", "bridge", true},
		{"ferry", "vessel", false}, // down the tree, not up
		{"animal", "elephant", false},
		{"thing", "bridge", false},
		{"vessel", "bridge", false},
	} {
		if got := c.superordinate(tc.up, tc.down); got != tc.want {
			t.Errorf("superordinate(%q, %q) = %v, want %v", tc.up, tc.down, got, tc.want)
		}
	}
}
