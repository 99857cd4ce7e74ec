package evaluate

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestRunPlantPart: --part runs only the tune events of that part. The kit
// is two invented events, one in a topic of each part of the tune half.
func TestRunPlantPart(t *testing.T) {
	topics := map[string]string{} // part -> a tune topic in it
	for i := 1; len(topics) < 2 && i < 100; i++ {
		g := strconv.Itoa(i)
		if Tune.In(g) && topics[PartOf(g)] == "" {
			topics[PartOf(g)] = g
		}
	}
	var kit bytes.Buffer
	// Part a has two events (stories "a" and "b" of its topic), part b
	// one, so a filter that kept the other part would count wrong.
	for _, ev := range [][2]string{{"a", "a"}, {"a", "b"}, {"b", "a"}} {
		p := ev[0]
		for j, text := range []string{
			"Harbour fire kills crew\n\nThe ferry caught fire on Tuesday off the coast of Pellin and 12 crew members were killed, the coast guard said.",
			"Ferry fire off Pellin\n\nTwelve crew members were killed when the ferry caught fire on Tuesday off Pellin, officials said.",
		} {
			b, _ := json.Marshal(map[string]string{"id": topics[p] + "_" + ev[1] + strconv.Itoa(j+1) + "ecb", "story": topics[p] + ev[1], "text": text})
			kit.Write(append(b, '\n'))
		}
	}
	path := filepath.Join(t.TempDir(), "kit.jsonl")
	if err := os.WriteFile(path, kit.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ part, events string }{{"", "events 3 "}, {"a", "events 2 "}, {"b", "events 1 "}} {
		var out bytes.Buffer
		if err := RunPlant(context.Background(), &out, PlantOptions{Articles: path, Halves: []Half{Tune}, Seed: 1, Part: tt.part}); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out.String(), tt.events) {
			t.Errorf("part %q: want %q in\n%s", tt.part, tt.events, out.String())
		}
	}
}
