package compare

import (
	"strings"
	"testing"
)

// TestLaterMember: sentences written for this test. An ordinal past
// "first", "another" or "further" before the subject's event noun names a
// later member of a series, an event of its own ("second explode"); the
// first member, an ordinal inside a postmodifier and a time noun's
// ordinal leave the event as it was.
func TestLaterMember(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct{ sent, clock, want string }{
		{"The second blast came at 10:05 a.m., a company spokesman said.", "10:05 a.m.", "second blast"},
		{"A second, larger explosion happened at 9:10 p.m. as crews arrived.", "9:10 p.m.", "second explode"},
		{"Another fire broke out at 4 a.m. in a shed nearby.", "4 a.m.", "another fire"},
		// guards
		{"The first blast happened at 9:40 a.m. in a store of explosives.", "9:40 a.m.", "blast"},
		{"The blast on the second floor happened at 9:40 a.m., police said.", "9:40 a.m.", "blast"},
		{"The next morning the fire broke out at 6 a.m. in the kitchen.", "6 a.m.", "fire"},
	} {
		toks, v := clockOf(t, tc.sent, tc.clock)
		got, _, _ := c.occurrenceEvent(toks, v)
		if got != tc.want {
			t.Errorf("%q: occurrenceEvent = %q, want %q", tc.sent, got, tc.want)
		}
	}
	found := []struct{ name, a, b, want string }{
		{"the first blast against the blast",
			"Quarry\n\nTwo explosions shook the Ridley quarry on Sunday.\n\nThe first blast happened at 9:40 a.m. and the second blast came at 10:05 a.m., a spokesman said.",
			"Quarry blast\n\nAn explosion at the Ridley quarry injured two workers on Sunday.\n\nThe blast happened at 8:40 a.m. in a store of explosives.",
			"date:9:40 a.m./8:40 a.m."},
	}
	for _, tc := range found {
		if got := kinds(run(doc("a", tc.a, day), doc("b", tc.b, day)).Discrepancies); !strings.Contains(got, tc.want) {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
	none := []struct{ name, a, b string }{
		{"the second blast is not the blast",
			"Quarry\n\nExplosions shook the Ridley quarry on Sunday.\n\nThe second blast came at 10:05 a.m., a spokesman said.",
			"Quarry blast\n\nAn explosion at the Ridley quarry injured two workers on Sunday.\n\nThe blast happened at 9:40 a.m. in a store of explosives."},
		{"the second blast is not the first",
			"Quarry\n\nTwo explosions shook the Ridley quarry on Sunday.\n\nThe first blast happened at 9:40 a.m. and the second blast came at 10:05 a.m., a spokesman said.",
			"Quarry blast\n\nAn explosion at the Ridley quarry injured two workers on Sunday.\n\nThe blast happened at 9:40 a.m. in a store of explosives."},
	}
	for _, tc := range none {
		if got := kinds(run(doc("a", tc.a, day), doc("b", tc.b, day)).Discrepancies); strings.Contains(got, "date:") {
			t.Errorf("%s: got %q, want no time discrepancy", tc.name, got)
		}
	}
}
