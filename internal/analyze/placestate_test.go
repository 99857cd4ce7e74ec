package analyze

import (
	"reflect"
	"testing"

	"github.com/corroborate/corroborate/internal/cluster"
)

// TestStoryStateRoundTrip: every field of a story's placement state comes
// back from the bytes the store keeps, the clusterer's fields included (a
// field added to cluster.StoryState must be set here, so that it is
// checked).
func TestStoryStateRoundTrip(t *testing.T) {
	st := &placeState{
		Cluster: cluster.StoryState{
			Terms: []string{"w:ferry", "e:oda lind"}, Weights: []float32{0.5, 0.25},
			MinDay: 19000, MaxDay: 19003,
			Event:     cluster.Span{Lo: 18999, Hi: 19001, Known: true},
			Dated:     cluster.Span{Lo: 19000, Hi: 19003, Known: true},
			DatedDays: 1<<2 | 1<<5, Weekdays: 1 << 3, Size: 3,
			Named:   []cluster.Span{{Lo: 18999, Hi: 18999, Known: true}, {Lo: 18962, Hi: 18992, Known: true}},
			Persons: []string{"e:oda lind"},
		},
		Anchor:  "2022-01-08/a-1",
		Related: []string{"s-2"},
		Copies:  map[string]copyMark{"a-3": {Of: "a-1", Similarity: 0.97}},
	}
	v := reflect.ValueOf(st.Cluster)
	for i := 0; i < v.NumField(); i++ {
		if v.Field(i).IsZero() {
			t.Fatalf("the test leaves cluster.StoryState.%s unset", v.Type().Field(i).Name)
		}
	}
	data, err := encodeState(st)
	if err != nil {
		t.Fatal(err)
	}
	got, err := decodeState(data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, st) {
		t.Errorf("decoded %+v, want %+v", got, st)
	}
}
