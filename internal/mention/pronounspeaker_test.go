package mention

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestPronounSpeaker: "they" goes on with the speech of an untyped plural
// of persons ("Democrats") named as the speaker in the sentence before it,
// not of one named further back; "it" with that of an untyped name shaped
// like no person's ("Zentrix said …. It added …")
// (testdata/pronounspeaker.tsv).
func TestPronounSpeaker(t *testing.T) {
	f, err := os.Open("testdata/pronounspeaker.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			t.Fatalf("bad line %q", line)
		}
		n++
		a := analyze(strings.ReplaceAll(cols[0], " | ", "\n\n"))
		found := false
		for _, q := range a.Quotes {
			if strings.HasPrefix(q.Text, cols[1]) {
				found = true
				if q.Speaker != cols[2] {
					t.Errorf("speaker of %q = %q (%s %q), want %q", cols[1], q.Speaker, q.How, q.SpeakerText, cols[2])
				}
			}
		}
		if !found && cols[2] != "" {
			t.Errorf("%q: no statement %q read", cols[0], cols[1])
		}
	}
	if n == 0 {
		t.Fatal("no cases")
	}
}
