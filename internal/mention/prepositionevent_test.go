package mention

import "testing"

// TestPrepositionNoEvent: an uninflected word the Penn Treebank tags a
// preposition ("near", "like") is no event verb of a count, though
// WordNet has it as a verb ("near": to come near); an aspectual verb whose
// complement is a verb of no event ("began moving") is the count's own
// verb and ends the search after it, so "the injured" it takes for its
// object is not what happened to the things counted. Sentences written
// for this test.
func TestPrepositionNoEvent(t *testing.T) {
	checkCountEvents(t, []countEvent{
		{"A grey van stood near the old mill with three guards inside it all night.", "three guards", ""},
		{"Three vans began moving the injured away from the square, the mayor said.", "Three vans", ""},
		{"Two trucks started to move the wounded across the bridge.", "Two trucks", ""},
		// Guards: an inflected form is a verb; an aspectual verb with an
		// event for its complement takes it.
		{"The rebels neared 12 villages on the plain.", "12 villages", "near"},
		{"Three gunmen began shooting at the crowd.", "Three gunmen", "shoot"},
	})
}
