package analyze

import (
	"container/list"
	"context"
	"sync"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/compare"
	"github.com/corroborate/corroborate/internal/mention"
)

// readingKeep keeps, between incremental placements, the decoded readings
// of the articles they compare and those articles' typed values
// (compare.Values): a write that adds one article to a story compares the
// story again, and without the keep every one of its articles would be
// decoded and its values read again, write after write. The least
// recently used readings go first; a reading let go takes its values
// with it.
type readingKeep struct {
	mu     sync.Mutex
	max    int
	lru    *list.List // of *kept, most recent first
	byID   map[string]*list.Element
	values *compare.Values
}

type kept struct {
	id, engine string
	r          *mention.Analysis
}

// keepReadings bounds the readings kept: a few stories of the largest
// compared size (compareCap) with their related stories.
const keepReadings = 2048

var placeKeep = newReadingKeep(keepReadings)

func newReadingKeep(max int) *readingKeep {
	return &readingKeep{max: max, lru: list.New(), byID: map[string]*list.Element{}, values: compare.NewValues()}
}

// read returns the readings of stored articles, from the keep when it has
// them, else as ReadStored gives them (kept from then on).
func (k *readingKeep) read(ctx context.Context, store corroborate.ArticleStore, arts []corroborate.Article) ([]*mention.Analysis, error) {
	out := make([]*mention.Analysis, len(arts))
	engine := Engine()
	var miss []corroborate.Article
	var at []int
	k.mu.Lock()
	for i := range arts {
		if e, ok := k.byID[arts[i].ID]; ok && e.Value.(*kept).engine == engine {
			k.lru.MoveToFront(e)
			out[i] = e.Value.(*kept).r
			continue
		}
		miss = append(miss, arts[i])
		at = append(at, i)
	}
	k.mu.Unlock()
	if len(miss) == 0 {
		return out, nil
	}
	readings, _, err := ReadStored(ctx, store, miss)
	if err != nil {
		return nil, err
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	for j, r := range readings {
		out[at[j]] = r
		k.put(miss[j].ID, engine, r)
	}
	return out, nil
}

// put keeps a reading; k.mu is held.
func (k *readingKeep) put(id, engine string, r *mention.Analysis) {
	if e, ok := k.byID[id]; ok {
		k.values.Forget(e.Value.(*kept).r)
		k.lru.Remove(e)
	}
	k.byID[id] = k.lru.PushFront(&kept{id: id, engine: engine, r: r})
	for k.lru.Len() > k.max {
		e := k.lru.Back()
		old := e.Value.(*kept)
		k.values.Forget(old.r)
		delete(k.byID, old.id)
		k.lru.Remove(e)
	}
}
