package mention

import "testing"

// TestRelativeVerbCount: an -ed verb right after a relative pronoun ("a
// blast that killed three miners") takes the count after it for its
// object; it is no adjective after a determiner ("the flooded district"),
// and the count's event is that verb, not a verb coordinated after the
// count ("and injured two others"). Sentences written for this test.
func TestRelativeVerbCount(t *testing.T) {
	checkCountEvents(t, []countEvent{
		{"Police are looking into a blast that killed three miners and injured at least two others on Friday.", "three miners", "kill"},
		{"It was the crash which injured four people and killed a fifth near Vesk.", "four people", "injure"},
		{"The storm that flooded 12 villages also cut the road to Halvik.", "12 villages", "flood"},
	})
}
