package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestVerbsTimesDateByPlace: a finding told in the passive ("was
// discovered", "was found": found is also a verb's base form, but not
// after "was") is the verb a time dates, so two articles' days of it are
// one fact; a participle used as an adjective ("a sparsely populated
// area") is no verb a time dates.
func TestVerbsTimesDateByPlace(t *testing.T) {
	pub := dates.Date{Year: 2021, Month: 8, Day: 2}
	for _, tc := range []struct{ name, a, b, want string }{
		{"a finding in the passive",
			"Pier\n\nThe ferry hand had last been seen on July 19. His body was discovered July 27 by a cleaner who came in early.",
			"Pier\n\nHis body was found by a hotel cleaner July 22, but the coroner believes the death occurred July 20.", "date:July 27/July 22"},
		{"a participle before its noun dates nothing",
			"Quake\n\nA strong quake shook a thinly populated part of the Velmar coast on Tuesday, flattening four villages and leaving 10 people dead.",
			"Quake\n\nRescuers reached the villages the quake flattened. Villagers slept in tents after Sunday's quake, which killed 10 people on the Velmar coast.", "date:on Tuesday/Sunday"},
	} {
		r := run(doc("a", tc.a, pub), doc("b", tc.b, pub))
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
