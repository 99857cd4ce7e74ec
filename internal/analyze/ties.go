package analyze

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"slices"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/cluster"
)

// priorGrouping is what a regroup takes from the store's saved analysis
// instead of working it out again: the near-copy pairs (nil: every pair
// measured) and the tie-break's answers by key.
type priorGrouping struct {
	copies *storedCopies
	ties   map[[32]byte]int
}

// tieRecent is how many of a tied story's most recent articles the
// tie-break compares (closestByFacts).
const tieRecent = 20

// tieAnswers are the close-call tie-break's answers of a grouping: those
// saved by earlier regroups, taken when the same question comes again,
// and every answer the grouping used (saved with the placement state). A
// question is the arriving article and the tied stories, in the order
// placement gives them, each with its most recent articles; the answer
// (closestByFacts) depends on those articles' fact sentences alone, which
// the engine computes from each article, so a key naming the engine, the
// article and the stories' recent articles by id has one answer.
type tieAnswers struct {
	ids   []string
	saved map[[32]byte]int
	used  map[[32]byte]int
	// taken counts the answers taken as saved, asked those asked for.
	taken, asked int
}

func newTieAnswers(arts []corroborate.Article, saved map[[32]byte]int) *tieAnswers {
	t := &tieAnswers{ids: make([]string, len(arts)), saved: saved, used: map[[32]byte]int{}}
	for i := range arts {
		t.ids[i] = arts[i].ID
	}
	return t
}

// answer returns the tie-break's story among stories for article i: the
// saved answer to the same question, else work().
func (t *tieAnswers) answer(cl *cluster.Clusterer, order []int, i int, stories []int, work func() int) int {
	t.asked++
	key := t.key(cl, order, i, stories)
	if pick, ok := t.saved[key]; ok && pick >= 0 && pick < len(stories) {
		t.taken++
		t.used[key] = pick
		return stories[pick]
	}
	best := work()
	t.used[key] = slices.Index(stories, best)
	return best
}

// key names a tie-break question (see tieAnswers).
func (t *tieAnswers) key(cl *cluster.Clusterer, order []int, i int, stories []int) [32]byte {
	h := sha256.New()
	h.Write([]byte(findingsEngine()))
	h.Write([]byte{0})
	h.Write([]byte(t.ids[i]))
	for _, sid := range stories {
		h.Write([]byte{1})
		members := cl.Stories()[sid].Members
		if len(members) > tieRecent {
			members = members[len(members)-tieRecent:]
		}
		for _, k := range members {
			h.Write([]byte(t.ids[order[k]]))
			h.Write([]byte{2})
		}
	}
	var key [32]byte
	h.Sum(key[:0])
	return key
}

// all returns every answer the grouping used, by key.
func (t *tieAnswers) all() []corroborate.TieAnswer {
	return tieList(t.used, func([32]byte) bool { return true })
}

// changes returns the answers the grouping used that were not saved, and
// the keys of the saved answers it did not use.
func (t *tieAnswers) changes() (put []corroborate.TieAnswer, drop [][]byte) {
	put = tieList(t.used, func(k [32]byte) bool {
		pick, ok := t.saved[k]
		return !ok || pick != t.used[k]
	})
	for k := range t.saved {
		if _, ok := t.used[k]; !ok {
			drop = append(drop, slices.Clone(k[:]))
		}
	}
	slices.SortFunc(drop, bytes.Compare)
	return put, drop
}

func tieList(m map[[32]byte]int, keep func([32]byte) bool) []corroborate.TieAnswer {
	var out []corroborate.TieAnswer
	for k, pick := range m {
		if keep(k) {
			out = append(out, corroborate.TieAnswer{Key: slices.Clone(k[:]), Pick: pick})
		}
	}
	slices.SortFunc(out, func(a, b corroborate.TieAnswer) int { return bytes.Compare(a.Key, b.Key) })
	return out
}

// savedTies returns the tie-break answers the store saved, by key.
func savedTies(ctx context.Context, store corroborate.PlacementStore) (map[[32]byte]int, error) {
	saved, err := store.TieAnswers(ctx)
	if err != nil {
		return nil, fmt.Errorf("tie answers: %w", err)
	}
	out := make(map[[32]byte]int, len(saved))
	for _, a := range saved {
		if len(a.Key) == 32 {
			out[[32]byte(a.Key)] = a.Pick
		}
	}
	return out, nil
}
