package cluster

import "sort"

// Related links related stories among stories: their centroids' cosine is
// at least minSim and they share at least minShared names (actors and
// places) among their centroid terms (minShared ≥ 1). It returns, for each
// story by position, the positions of the stories related to it, in
// ascending order.
//
// Candidates come from an index of the names in the stories' centroids:
// two stories that share no name are never compared, so the pass costs
// what the shared names cost rather than the square of the number of
// stories. The result is the one comparing every pair would give.
func (c *Clusterer) Related(stories []*Story, minSim float64, minShared int) [][]int {
	if minShared < 1 {
		minShared = 1
	}
	post := map[uint32][]int32{} // name → positions of the stories holding it, ascending
	for k, s := range stories {
		for _, x := range s.centroid {
			if c.isEntity(x.id) {
				post[x.id] = append(post[x.id], int32(k))
			}
		}
	}
	out := make([][]int, len(stories))
	shared := make([]int32, len(stories))
	var touched []int32
	for a, s := range stories {
		for _, x := range s.centroid {
			if !c.isEntity(x.id) {
				continue
			}
			p := post[x.id]
			// Only later stories: each pair is looked at once, from its first.
			i := sort.Search(len(p), func(i int) bool { return p[i] > int32(a) })
			for _, b := range p[i:] {
				if shared[b] == 0 {
					touched = append(touched, b)
				}
				shared[b]++
			}
		}
		sort.Slice(touched, func(i, j int) bool { return touched[i] < touched[j] })
		for _, b := range touched {
			if int(shared[b]) >= minShared && Similarity(s, stories[b]) >= minSim {
				out[a] = append(out[a], int(b))
				out[b] = append(out[b], a)
			}
			shared[b] = 0
		}
		touched = touched[:0]
	}
	return out
}

// isEntity reports whether a term is an actor or a place (the names that
// SharedEntities counts).
func (c *Clusterer) isEntity(id uint32) bool {
	k := c.class[id]
	return k == ciActor || k == ciPlace
}
