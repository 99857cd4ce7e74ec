package cluster

import (
	"fmt"
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// TestRelatedIsAllPairs: the stories Related finds through its index of
// names are exactly those comparing every pair finds.
func TestRelatedIsAllPairs(t *testing.T) {
	lx := lexicon.Default()
	rng := rand.New(rand.NewSource(7))
	words := strings.Fields("council budget storm flood vote court trial fire bridge school strike talks border ship election factory river harbour airport market")
	names := []string{"anna berg", "paolo rossi", "lena park", "omar haddad", "jon eriksen", "mia tanaka", "ravi menon", "eva novak"}
	var docs []Features
	for i := 0; i < 400; i++ {
		var body []string
		for k := 0; k < 12; k++ {
			body = append(body, words[rng.Intn(len(words))])
		}
		var ents []string
		for k := 0; k < 1+rng.Intn(3); k++ {
			ents = append(ents, names[rng.Intn(len(names))])
		}
		docs = append(docs, feat(lx, fmt.Sprint("Item ", i), strings.Join(body, " ")+".", 19000+rng.Intn(60), ents...))
	}
	c := New(DefaultOptions())
	for _, f := range docs {
		c.Observe(f)
	}
	for _, f := range docs {
		c.Place(f)
	}
	var stories []*Story
	for _, s := range c.Stories() {
		if len(s.Members) > 0 {
			stories = append(stories, s)
		}
	}
	for _, minShared := range []int{1, 2} {
		want := make([][]int, len(stories))
		pairs := 0
		for a := range stories {
			for b := a + 1; b < len(stories); b++ {
				if Similarity(stories[a], stories[b]) >= 0.12 && c.SharedEntities(stories[a], stories[b]) >= minShared {
					want[a] = append(want[a], b)
					want[b] = append(want[b], a)
					pairs++
				}
			}
		}
		if pairs == 0 {
			t.Fatalf("minShared %d: no related pair among %d stories: the test shows nothing", minShared, len(stories))
		}
		if got := c.Related(stories, 0.12, minShared); !reflect.DeepEqual(got, want) {
			t.Errorf("minShared %d: Related differs from all pairs (%d pairs among %d stories)", minShared, pairs, len(stories))
		}
	}
}
