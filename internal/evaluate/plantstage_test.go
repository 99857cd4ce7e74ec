package evaluate

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// TestTraceStep: each of compare.TraceValue's answers names its step, and
// the ranks follow the chain (a later step ranks higher).
func TestTraceStep(t *testing.T) {
	for i, tt := range []struct{ trace, step string }{
		{"not read: no value at the changed figure", "changed"},
		{`dropped: count "12" read, no fact`, "no fact"},
		{"not read: no value at the other article's figure", "other"},
		{`dropped: other count "12" read, no fact`, "no fact"},
		{"no slot: distinct facts (reported false/false)", "no slot"},
		{`no pair: score 0.40; best of "12" there "9" (0.50)`, "no pair"},
		{`agree: "12" and "at least 10" are compatible`, "agree"},
		{"joined elsewhere or suppressed: mutual best (score 0.80), no discrepancy with both", "suppressed"},
		{"reported (score 0.80)", "reported"},
	} {
		step, rank := traceStep(tt.trace)
		if step != tt.step || rank != i {
			t.Errorf("traceStep(%q) = %q, %d; want %q, %d", tt.trace, step, rank, tt.step, i)
		}
	}
}

// TestRunPlantStages: every half prints its misses by stage, and the
// stages add up to the misses. The kit is one invented event whose facts
// the engine reads in part.
func TestRunPlantStages(t *testing.T) {
	out := plantOneTuneEvent(t, []string{
		"Ferry fire off Pellin\n\nThe ferry caught fire on Tuesday off the coast of Pellin and 12 crew members were killed, the coast guard said. The ship, 40 years old, carried 300 passengers. Its owner, Marro Lines, paid $2 million for it in 1998.",
		"Harbour fire kills crew\n\nTwelve crew members were killed when the ferry caught fire on Tuesday off Pellin, officials said. The 40-year-old ship had 300 passengers aboard; Marro Lines bought it in 1998 for $2 million.",
		"Pellin mourns\n\nThe town of Pellin mourned on Wednesday the 12 crew members killed in Tuesday's ferry fire. The ferry, 40 years old, sailed at 6 a.m. with 300 passengers.",
	})
	recall := regexp.MustCompile(`planted recall [0-9.]+ \((\d+)/(\d+)\)`).FindStringSubmatch(out.String())
	line := regexp.MustCompile(`misses by stage tune +(\d+): (.*)`).FindStringSubmatch(out.String())
	if recall == nil || line == nil {
		t.Fatalf("no recall or no stage line in\n%s", out.String())
	}
	found, _ := strconv.Atoi(recall[1])
	trials, _ := strconv.Atoi(recall[2])
	misses, _ := strconv.Atoi(line[1])
	if misses != trials-found {
		t.Errorf("stage line counts %d misses, recall %d/%d", misses, found, trials)
	}
	sum := 0
	for _, st := range plantStages {
		m := regexp.MustCompile(`(?:^|; )` + st.name + ` (\d+)`).FindStringSubmatch(line[2])
		if m == nil {
			t.Fatalf("no stage %q in %q", st.name, line[2])
		}
		n, _ := strconv.Atoi(m[1])
		sum += n
	}
	if sum != misses {
		t.Errorf("stages add up to %d, misses %d: %s", sum, misses, line[0])
	}
	t.Log(strings.TrimSpace(out.String()))
}

// TestPlantGrouped: the trials are scored again as the engine groups the
// event (its stories, each with its related stories as context); an event
// the engine keeps as one story scores the same both ways. apart and split
// read the grouping.
func TestPlantGrouped(t *testing.T) {
	out := plantOneTuneEvent(t, []string{
		"Bridge closes\n\nThe Osk bridge at Varnby closed on Monday after inspectors found 14 cracked beams, the roads office said. Repairs will cost $3 million.",
		"Varnby bridge shut\n\nInspectors found 14 cracked beams in the Osk bridge at Varnby, which closed on Monday, the roads office said. Repairs are put at $3 million.",
	})
	one := regexp.MustCompile(`plant tune +events \d+ +trials \d+ +planted recall ([0-9.]+ \(\d+/\d+\))`).FindStringSubmatch(out.String())
	grouped := regexp.MustCompile(`as grouped tune +planted recall ([0-9.]+ \(\d+/\d+\))`).FindStringSubmatch(out.String())
	if one == nil || grouped == nil {
		t.Fatalf("no recall or no as-grouped line in\n%s", out.String())
	}
	if one[1] != grouped[1] {
		t.Errorf("one story %s, as grouped %s: want the same for an event kept as one story\n%s", one[1], grouped[1], out.String())
	}

	r := &plantRun{ev: plantEvent{arts: make([]corroborate.Article, 4)}, storyOf: []int{0, 0, 1, 1}}
	for _, tt := range []struct {
		target int
		docs   []int
		same   []int
		want   bool
	}{
		{1, []int{1, 2}, nil, true},       // its story holds no other statement
		{1, []int{1, 2}, []int{0}, false}, // 0 states it on the same thing beside it
		{2, []int{1, 2, 3}, nil, false},   // 3 states it beside it
		{0, []int{0, 1}, nil, false},
	} {
		c := plantCandidate{docs: tt.docs}
		if got := apart(r, c, tt.target, tt.same); got != tt.want {
			t.Errorf("apart(target %d, same %v) = %v, want %v", tt.target, tt.same, got, tt.want)
		}
	}
	if !split([]int{0, 0, 1}) || split([]int{2, 2}) {
		t.Error("split: want true for two stories, false for one")
	}
}

// plantOneTuneEvent runs eval plant's tune half on a kit of one invented
// event (an ECB+ topic of the tune half) told by texts, one article each,
// and returns what it prints.
func plantOneTuneEvent(t *testing.T, texts []string) *bytes.Buffer {
	t.Helper()
	topic := ""
	for i := 1; topic == "" && i < 100; i++ {
		if g := strconv.Itoa(i); Tune.In(g) {
			topic = g
		}
	}
	var kit bytes.Buffer
	for j, text := range texts {
		b, _ := json.Marshal(map[string]string{"id": topic + "_" + strconv.Itoa(j+1) + "ecb", "story": topic + "a", "text": text})
		kit.Write(append(b, '\n'))
	}
	path := filepath.Join(t.TempDir(), "kit.jsonl")
	if err := os.WriteFile(path, kit.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := RunPlant(context.Background(), &out, PlantOptions{Articles: path, Halves: []Half{Tune}, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	return &out
}
