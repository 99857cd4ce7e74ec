// Package dedupe finds near-copies: the same wire text under another
// headline, with other boilerplate, trimmed or reordered paragraphs, or
// inside a longer article. It uses MinHash signatures over word 5-shingles
// with locality-sensitive hashing to find candidate pairs, then measures
// containment (the share of the shorter text's shingles found in the
// longer) exactly. See doc/dedupe.md for why.
package dedupe

import (
	"cmp"
	"hash/fnv"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/text"
)

const (
	shingleSize = 5
	numHashes   = 64
	bands       = 16
	rows        = numHashes / bands
)

// Threshold is the containment above which one article copies another.
const Threshold = 0.5

// Doc is an article to compare.
type Doc struct {
	ID   string
	Text string
	// Order ranks documents in time: the earlier of two copies is the original.
	Order int
}

// Copy says that Doc copies Of with the given containment.
type Copy struct {
	Doc, Of    int
	Similarity float64
}

// words returns the words of s in lower case: its runs of letters and
// digits.
func words(s string) []string { return appendWords(nil, s) }

// appendWords appends the words of s (see words) to dst. The words of a
// text are those of its paragraphs one after the other: lower-casing maps
// each rune alone, and a paragraph break is no letter.
func appendWords(dst []string, s string) []string {
	s = strings.ToLower(s)
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			dst = append(dst, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst
}

// Shingles returns the hashed word 5-shingles of a text.
func Shingles(s string) map[uint64]bool { return shinglesOf(words(s)) }

// shinglesOf returns the hashed 5-shingles of a text's words.
func shinglesOf(ws []string) map[uint64]bool {
	out := make(map[uint64]bool, len(ws))
	if len(ws) < shingleSize {
		if len(ws) > 0 {
			out[hash(strings.Join(ws, " "))] = true
		}
		return out
	}
	for i := 0; i+shingleSize <= len(ws); i++ {
		out[hashWords(ws[i:i+shingleSize])] = true
	}
	return out
}

// FNV-1a's 64-bit offset basis and prime.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashWords is hash of the words joined by single spaces, without
// joining them.
func hashWords(ws []string) uint64 {
	h := uint64(fnvOffset)
	for k, w := range ws {
		if k > 0 {
			h ^= ' '
			h *= fnvPrime
		}
		for i := 0; i < len(w); i++ {
			h ^= uint64(w[i])
			h *= fnvPrime
		}
	}
	return h
}

func hash(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

// seeds for the MinHash permutations (xor-multiply mixing).
var seeds = func() [numHashes]uint64 {
	var s [numHashes]uint64
	x := uint64(0x9E3779B97F4A7C15)
	for i := range s {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		s[i] = x | 1
	}
	return s
}()

func mix(v, seed uint64) uint64 {
	v ^= seed
	v *= 0xff51afd7ed558ccd
	v ^= v >> 33
	v *= 0xc4ceb9fe1a85ec53
	v ^= v >> 33
	return v
}

// Signature is a MinHash signature.
type Signature [numHashes]uint64

// Sign computes the MinHash signature of a shingle set.
func Sign(sh map[uint64]bool) Signature {
	var sig Signature
	for i := range sig {
		sig[i] = ^uint64(0)
	}
	for v := range sh {
		for i := range sig {
			if h := mix(v, seeds[i]); h < sig[i] {
				sig[i] = h
			}
		}
	}
	return sig
}

// Containment is |a∩b| / min(|a|,|b|).
func Containment(a, b map[uint64]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for v := range a {
		if b[v] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// Sketch is what near-copy detection keeps of a text: its shingles and
// the MinHash signatures of the whole text and of each long paragraph.
type Sketch struct {
	Shingles   map[uint64]bool
	Signatures []Signature
}

// SketchOf computes a text's sketch. It is pure: callers may compute
// sketches of many texts at once.
func SketchOf(body string) Sketch {
	// The text is read into words once, paragraph by paragraph: its words
	// are its paragraphs' words in turn (see appendWords).
	ws := make([]string, 0, len(body)/6)
	var long [][2]int // the words of each paragraph of 25 fields or more
	for _, p := range strings.Split(body, "\n\n") {
		start := len(ws)
		ws = appendWords(ws, p)
		if text.HasFields(p, 25) {
			long = append(long, [2]int{start, len(ws)})
		}
	}
	sk := Sketch{Shingles: shinglesOf(ws)}
	sk.Signatures = append(sk.Signatures, Sign(sk.Shingles))
	// Paragraph-level signatures catch a wire story inside a longer text.
	for _, r := range long {
		sk.Signatures = append(sk.Signatures, signWords(ws[r[0]:r[1]]))
	}
	return sk
}

// signWords is Sign(shinglesOf(ws)) without the set: a signature keeps
// each permutation's least value, which a shingle met twice does not
// change, so the shingles are signed as they are read.
func signWords(ws []string) Signature {
	var sig Signature
	for i := range sig {
		sig[i] = ^uint64(0)
	}
	add := func(v uint64) {
		for i := range sig {
			if h := mix(v, seeds[i]); h < sig[i] {
				sig[i] = h
			}
		}
	}
	if len(ws) < shingleSize {
		if len(ws) > 0 {
			add(hash(strings.Join(ws, " ")))
		}
		return sig
	}
	for i := 0; i+shingleSize <= len(ws); i++ {
		add(hashWords(ws[i : i+shingleSize]))
	}
	return sig
}

// MaxBucket caps an LSH bucket: a paragraph shared by hundreds of texts
// (a boilerplate block) pairs only its first members.
const MaxBucket = 200

// Find returns, for each document that copies an earlier one, the earliest
// document it copies.
func Find(docs []Doc) []Copy {
	sk := make([]Sketch, len(docs))
	for i, d := range docs {
		sk[i] = SketchOf(d.Text)
	}
	return FindSketched(docs, sk)
}

// FindSketched is Find with the sketches already computed. Candidates come
// from LSH buckets of the MinHash signatures (whole texts and paragraphs);
// containment is then measured exactly.
func FindSketched(docs []Doc, sk []Sketch) []Copy {
	keys := make([][]uint64, len(docs))
	for i := range docs {
		keys[i] = Buckets(sk[i])
	}
	cands, _ := Candidates(keys)
	pairs := make([]Pair, 0, len(cands))
	for _, c := range cands {
		pairs = append(pairs, Pair{A: c[0], B: c[1], Containment: Containment(sk[c[0]].Shingles, sk[c[1]].Shingles)})
	}
	return Resolve(docs, pairs)
}

// Candidates returns the candidate pairs of documents given their bucket
// keys (Buckets): the pairs of documents that share a key, each pair
// once as (lower index, higher), sorted. A bucket keeps its first
// MaxBucket documents in index order; crowded reports whether a key was
// held by more (some pairs then depend on the documents' order).
func Candidates(keys [][]uint64) (pairs [][2]int, crowded bool) {
	buckets := map[uint64][]int{}
	for i, ks := range keys {
		for _, k := range ks {
			l := buckets[k]
			if len(l) >= MaxBucket {
				crowded = true
				continue
			}
			if len(l) == 0 || l[len(l)-1] != i {
				buckets[k] = append(l, i)
			}
		}
	}
	seen := map[[2]int]bool{}
	for _, l := range buckets {
		for x := 0; x < len(l); x++ {
			for y := x + 1; y < len(l); y++ {
				seen[[2]int{l[x], l[y]}] = true
			}
		}
	}
	pairs = make([][2]int, 0, len(seen))
	for k := range seen {
		pairs = append(pairs, k)
	}
	sort.Slice(pairs, func(i, j int) bool {
		return pairs[i][0] < pairs[j][0] || pairs[i][0] == pairs[j][0] && pairs[i][1] < pairs[j][1]
	})
	return pairs, crowded
}

// Pair is a candidate pair of documents (by index) with its containment.
type Pair struct {
	A, B        int
	Containment float64
}

// Resolve returns the copies that measured pairs make: a pair at or above
// Threshold makes the later document (Order, then ID) a copy of the
// earlier; each copy points to the earliest document it copies (on one
// order, the higher containment), and a copy of a copy to the original.
// Pairs below Threshold may be left out: the result is the same.
func Resolve(docs []Doc, pairs []Pair) []Copy {
	pairs = slices.Clone(pairs)
	slices.SortFunc(pairs, func(x, y Pair) int {
		if c := cmp.Compare(x.A, y.A); c != 0 {
			return c
		}
		return cmp.Compare(x.B, y.B)
	})
	best := map[int]Copy{}
	for _, p := range pairs {
		a, b, c := p.A, p.B, p.Containment
		if c < Threshold {
			continue
		}
		// The later one copies the earlier one.
		orig, cp := a, b
		if docs[b].Order < docs[a].Order || docs[b].Order == docs[a].Order && docs[b].ID < docs[a].ID {
			orig, cp = b, a
		}
		if prev, ok := best[cp]; !ok || docs[orig].Order < docs[prev.Of].Order || docs[orig].Order == docs[prev.Of].Order && c > prev.Similarity {
			best[cp] = Copy{Doc: cp, Of: orig, Similarity: c}
		}
	}
	// Resolve chains: a copy of a copy points to the original.
	out := make([]Copy, 0, len(best))
	for _, c := range best {
		seen := map[int]bool{c.Doc: true}
		for {
			nx, ok := best[c.Of]
			if !ok || seen[nx.Of] {
				break
			}
			seen[c.Of] = true
			c.Of = nx.Of
		}
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Doc < out[j].Doc })
	return out
}
