package mention

import (
	"fmt"
	"reflect"
	"sync"
	"testing"
)

// TestCachedWordsAsWords: the words ClauseTense and PresentBefore read from
// the cache are those words gives, whatever the order of the sentences
// and however many goroutines ask at once (more sentences than the cache
// holds, each asked again after others pushed it out).
func TestCachedWordsAsWords(t *testing.T) {
	var sents []string
	for i := range 40 {
		sents = append(sents, fmt.Sprintf("Doe said on Tuesday, %d days after the vote in Roeville, that the count (%d ballots) will end at 10:%02d.", i, 3*i, i%60))
	}
	sents = append(sents, "", "—", "Élodie Roe’s shop reopens Monday.")
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := range 3 {
				for k := range sents {
					s := sents[(k*(g+1)+round)%len(sents)]
					want := words(s)
					got := cachedWords(s)
					if len(want) == 0 && len(got) == 0 {
						continue
					}
					if !reflect.DeepEqual(got, want) {
						t.Errorf("cachedWords(%q) = %v, want %v", s, got, want)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}

func BenchmarkClauseTense(b *testing.B) {
	s := "Doe, who was arrested on Thursday in Roeville, said the trial opens on Monday and will last until Nov. 15."
	for b.Loop() {
		ClauseTense(s, 29, 37)
		PresentBefore(s, 29)
		ClauseTense(s, 90, 97)
		PresentBefore(s, 90)
	}
}

func BenchmarkWordsSplit(b *testing.B) {
	s := "Doe, who was arrested on Thursday in Roeville, said the trial opens on Monday and will last until Nov. 15."
	for b.Loop() {
		words(s)
	}
}
