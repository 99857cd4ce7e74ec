package analyze

import (
	"encoding/hex"
	"testing"

	"github.com/corroborate/corroborate/internal/cluster"
)

// TestArticleDataFormatPinned: the stored form of an article's grouping
// data is pinned to ReadingFormat, so that a change of the form (7a1a281
// added the days and months named, Features.Named, under format 2; format 4
// adds the persons named, Features.Persons; format 5 marks a quote's
// Account in the stored reading) comes
// with a new format: a stored reading of an older form is then stale, not
// read as the new form, also between builds given one engine name
// (engineName). When this fails, bump ReadingFormat and pin the new form.
func TestArticleDataFormatPinned(t *testing.T) {
	d := &articleData{
		Features: cluster.Features{Terms: map[string]float64{"w:ferry": 1.5, "n:12": 2},
			Day: 19000, Event: cluster.Span{Lo: 18999, Hi: 19000, Known: true}, Weekday: 3, MonthDay: 1209,
			Named: []cluster.Span{{Lo: 18990, Hi: 18990, Known: true}}, Persons: []string{"dana roe"}},
		Facts: [][]string{{"ferry", "sank"}},
	}
	pinned := map[int]string{
		4: "02046e3a3132000000000000004007773a6665727279000000000000f83ff0a802eea802f0a8020106f21201dca802dca802010864616e6120726f6501020566657272790473616e6b",
		// Format 5 stores quotes with Account; the grouping data keeps its form.
		5: "02046e3a3132000000000000004007773a6665727279000000000000f83ff0a802eea802f0a8020106f21201dca802dca802010864616e6120726f6501020566657272790473616e6b",
	}
	got := hex.EncodeToString(d.encode())
	if want, ok := pinned[ReadingFormat]; !ok || got != want {
		t.Errorf("grouping data under ReadingFormat %d encodes as %s, pinned %q: bump ReadingFormat and pin the new form", ReadingFormat, got, want)
	}
}
