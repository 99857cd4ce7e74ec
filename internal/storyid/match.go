// Package storyid gives the stories of an analysis stable ids. The store
// keeps every story with its members (corroborate.StoryStore); after a
// (re)clustering each new group of articles is matched to the stored
// stories by shared members, so a story keeps the id it was born with as
// articles join it, a merged story's id redirects to the survivor, and a
// split keeps the id on the larger part.
//
// The rules, all deterministic and independent of the order of the
// clusters or of their members:
//   - the heir of a stored story is the cluster holding most of its
//     members (a tie goes to the cluster holding the story's earliest
//     article, then to the cluster whose earliest article is earliest);
//   - a cluster that is the heir of stored stories takes the id of the one
//     that began first (its earliest article is earliest; then the one
//     created first; then the smaller id); the others are merged into it;
//   - a cluster that is nobody's heir is a new story, whose id is derived
//     from its earliest article; when a story merged earlier was born from
//     that same article, that story comes back to life under its old id.
//
// "Earliest" orders articles by publication date, undated ones last, then
// by id. So a store built one article at a time in publication order gives
// the same ids as one built in a single run, merges included; in any
// order it gives the same stories.
package storyid

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"maps"
	"slices"
	"strconv"

	"github.com/corroborate/corroborate"
)

// Cluster is one group of articles from a fresh clustering.
type Cluster struct {
	Articles []string
	Title    string
}

// Plan is the outcome of matching a clustering to the stored stories.
type Plan struct {
	// IDs holds the stable id of each cluster, in the clusters' order.
	IDs []string
	// Changes are the stories to save: new, changed, merged or re-pointed.
	Changes []corroborate.StoredStory
	// Redirects maps every merged story's id to its live survivor, after
	// the changes.
	Redirects map[string]string
}

// matcher holds one matching's working state.
type matcher struct {
	clusters  []Cluster
	key       func(string) string
	anchor    []string       // earliest article key of each cluster
	clusterOf map[string]int // article → cluster
	stored    map[string]*corroborate.StoredStory
}

// Match matches clusters to the stored stories. key orders articles (the
// smallest is the earliest); now stamps created and updated times. An
// article stored in a story but absent from every cluster (the clustering
// saw an older snapshot of the store) stays with its story's heir.
func Match(stored []corroborate.StoredStory, clusters []Cluster, key func(article string) string, now string) Plan {
	m := &matcher{clusters: clusters, key: key, clusterOf: map[string]int{}, stored: map[string]*corroborate.StoredStory{}}
	m.anchor = make([]string, len(clusters))
	for c, cl := range clusters {
		for _, a := range cl.Articles {
			m.clusterOf[a] = c
			if k := key(a); m.anchor[c] == "" || k < m.anchor[c] {
				m.anchor[c] = k
			}
		}
	}
	for i := range stored {
		m.stored[stored[i].ID] = &stored[i]
	}
	heirs, carry := m.heirs(stored)
	plan := Plan{IDs: make([]string, len(clusters)), Redirects: map[string]string{}}
	mergedInto := map[string]string{} // stored live story → cluster id it joins
	for c := range clusters {
		if len(heirs[c]) == 0 {
			continue
		}
		plan.IDs[c] = heirs[c][0].ID
		for _, s := range heirs[c][1:] {
			mergedInto[s.ID] = heirs[c][0].ID
		}
	}
	m.newIDs(plan.IDs)
	for c, cl := range clusters {
		var members []string
		for _, a := range append(slices.Clone(cl.Articles), carry[c]...) {
			if m.clusterOf[a] == c || !m.inCluster(a) {
				members = append(members, a) // an article listed twice is saved once, in its last cluster
			}
		}
		if ch, ok := m.change(plan.IDs[c], cl.Title, members, now); ok {
			plan.Changes = append(plan.Changes, ch)
		}
	}
	m.redirects(&plan, mergedInto, now)
	return plan
}

// heirs finds each stored live story's heir and returns, per cluster, the
// stored stories it inherits (the survivor first) and the members those
// stories hold that no cluster has.
func (m *matcher) heirs(stored []corroborate.StoredStory) ([][]*corroborate.StoredStory, [][]string) {
	heirs := make([][]*corroborate.StoredStory, len(m.clusters))
	carry := make([][]string, len(m.clusters))
	storyAnchor := map[string]string{}
	for i := range stored {
		s := &stored[i]
		if s.MergedInto != "" {
			continue
		}
		count := map[int]int{}
		var unknown []string
		first := -1 // the cluster holding the story's earliest article
		for _, a := range s.Articles {
			c, ok := m.clusterOf[a]
			if !ok {
				unknown = append(unknown, a)
				continue
			}
			count[c]++
			if k := m.key(a); storyAnchor[s.ID] == "" || k < storyAnchor[s.ID] {
				storyAnchor[s.ID], first = k, c
			}
		}
		best := -1
		for c, n := range count {
			if best < 0 || n > count[best] || n == count[best] && (c == first || best != first && m.before(c, best)) {
				best = c
			}
		}
		if best < 0 {
			continue // none of its articles in this clustering: left as it is
		}
		heirs[best] = append(heirs[best], s)
		carry[best] = append(carry[best], unknown...)
	}
	for c := range heirs {
		slices.SortFunc(heirs[c], func(a, b *corroborate.StoredStory) int {
			if x, y := storyAnchor[a.ID], storyAnchor[b.ID]; x != y {
				return cmp.Compare(x, y)
			}
			if a.Created != b.Created {
				return cmp.Compare(a.Created, b.Created)
			}
			return cmp.Compare(a.ID, b.ID)
		})
	}
	return heirs, carry
}

// inCluster reports whether some cluster holds article a.
func (m *matcher) inCluster(a string) bool {
	_, ok := m.clusterOf[a]
	return ok
}

// before orders clusters by their earliest article, then by their members.
func (m *matcher) before(c, d int) bool {
	if m.anchor[c] != m.anchor[d] {
		return m.anchor[c] < m.anchor[d]
	}
	return slices.Compare(sorted(m.clusters[c].Articles), sorted(m.clusters[d].Articles)) < 0
}

// newIDs gives the clusters that inherit no id one derived from their
// earliest article, in the order of those articles. A live id is never
// taken twice (a split's smaller part may hold the article its old story
// was named after): the next number is tried. A merged story born from
// the same article comes back to life instead (its articles split away
// again), so its old links lead to it once more.
func (m *matcher) newIDs(ids []string) {
	taken := map[string]bool{}
	for id, s := range m.stored {
		if s.MergedInto == "" {
			taken[id] = true
		}
	}
	var fresh []int
	for c, id := range ids {
		if id != "" {
			taken[id] = true
		} else {
			fresh = append(fresh, c)
		}
	}
	slices.SortFunc(fresh, func(c, d int) int {
		if m.before(c, d) {
			return -1
		}
		if m.before(d, c) {
			return 1
		}
		return 0
	})
	for _, c := range fresh {
		anchor := m.anchor[c]
		id := NewID(anchor, 0)
		for n := 1; taken[id]; n++ {
			id = NewID(anchor, n)
		}
		taken[id] = true
		ids[c] = id
	}
}

// NewID is the id of a story born with the article whose order key is
// anchor; n > 0 gives the n-th alternative when that id is taken.
func NewID(anchor string, n int) string {
	seed := "story\x00" + anchor
	if n > 0 {
		seed += "\x00" + strconv.Itoa(n)
	}
	sum := sha256.Sum256([]byte(seed))
	return "s-" + hex.EncodeToString(sum[:6])
}

// change returns the story to save for a cluster, and false when the
// store already holds it as it is.
func (m *matcher) change(id, title string, members []string, now string) (corroborate.StoredStory, bool) {
	members = slices.Compact(sorted(members))
	old, ok := m.stored[id]
	if !ok {
		return corroborate.StoredStory{ID: id, Title: title, Articles: members, Created: now, Updated: now}, true
	}
	st := corroborate.StoredStory{ID: id, Title: title, Articles: members, Created: old.Created, Updated: old.Updated}
	same := old.MergedInto == "" && slices.Equal(sorted(old.Articles), members)
	if !same {
		st.Updated = now
	}
	return st, !same || old.Title != title
}

// redirects marks the newly merged stories and points every merged story
// at a live one (chains are flattened), recording what changed.
func (m *matcher) redirects(plan *Plan, mergedInto map[string]string, now string) {
	live := map[string]bool{}
	for _, id := range plan.IDs {
		live[id] = true
	}
	// final follows an id to the story it lives on as.
	final := func(id string) string {
		for seen := map[string]bool{}; !live[id] && !seen[id]; {
			seen[id] = true
			if next, ok := mergedInto[id]; ok {
				id = next
			} else if s := m.stored[id]; s != nil && s.MergedInto != "" {
				id = s.MergedInto
			} else {
				break // a live story this clustering did not see
			}
		}
		return id
	}
	for _, id := range slices.Sorted(maps.Keys(m.stored)) {
		s := m.stored[id]
		_, newly := mergedInto[id]
		if live[id] || !newly && s.MergedInto == "" {
			continue
		}
		target := final(id)
		plan.Redirects[id] = target
		if target != s.MergedInto {
			plan.Changes = append(plan.Changes, corroborate.StoredStory{ID: id, Title: s.Title, MergedInto: target, Created: s.Created, Updated: now})
		}
	}
}

func sorted(ss []string) []string {
	out := slices.Clone(ss)
	slices.Sort(out)
	return out
}
