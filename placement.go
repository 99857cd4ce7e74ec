package corroborate

import "context"

// PlacementStore keeps what incremental placement reads, so that an
// arriving article is placed against the stored state instead of a
// regroup of the whole store: the near-copy buckets of every article, the
// document frequencies of the clustering terms, each story's placement
// state (its centroid and dates, opaque to the store) posted under its
// terms (the inverted index), and each story's findings. It is part of
// ArticleStore. Everything here is derived data: like readings and
// stories, saving it need not move this handle's Version.
type PlacementStore interface {
	// PutPlacement saves p in one transaction.
	PutPlacement(ctx context.Context, p Placement) error
	// TermCounts returns the number of articles counted and the document
	// frequency of each of terms (terms never counted are left out).
	TermCounts(ctx context.Context, terms []string) (articles int, df map[string]int, err error)
	// Bucketed returns the ids of the counted articles holding any of the
	// bucket keys, each once, sorted; at most limit per key (0: no limit).
	Bucketed(ctx context.Context, buckets []uint64, limit int) ([]string, error)
	// BucketHolders returns, for each of the bucket keys that a counted
	// article holds, the ids of the articles holding it, sorted (keys no
	// article holds are left out): Bucketed for many keys at once, each
	// key's articles apart.
	BucketHolders(ctx context.Context, buckets []uint64) (map[uint64][]string, error)
	// Posted returns the stories whose state is posted under any of terms:
	// per term the perTerm most recently saved (0: all), each once, sorted.
	Posted(ctx context.Context, terms []string, perTerm int) ([]string, error)
	// StoryStates returns the saved states of the stories with the given
	// ids, in the order of ids; stories without one are left out.
	StoryStates(ctx context.Context, ids []string) ([]StoryState, error)
	// StoryFindings returns the saved findings of the given stories, in
	// the order of ids; stories without them are left out.
	StoryFindings(ctx context.Context, ids []string) ([]StoryFindings, error)
	// UpdateStoriesOf is UpdateStories narrowed to some stories: fn sees
	// the stored stories with the given ids and those merged into them,
	// in one write transaction, and the stories it returns are saved.
	UpdateStoriesOf(ctx context.Context, ids []string, fn func(stored []StoredStory) ([]StoredStory, error)) (bool, error)
	// CopyPairs returns the number of counted articles whose near-copy
	// pairs are known (saved with CopiesKnown) and every saved pair.
	CopyPairs(ctx context.Context) (known int, pairs []CopyPair, err error)
	// TieAnswers returns every saved tie-break answer.
	TieAnswers(ctx context.Context) ([]TieAnswer, error)
}

// Placement is one write of placement state.
type Placement struct {
	// Reset first removes every kept placement state (a regroup of the
	// whole store saves all of it again).
	Reset bool
	// Articles are counted in the document frequencies (an article
	// already counted is not counted again) and filed in their buckets.
	Articles []PlacedArticle
	// DF are document frequencies added as they are (a regroup counts
	// every article's terms at once and gives its articles no Terms).
	DF map[string]int
	// States replace the stories' states and postings.
	States []StoryState
	// Drop removes the states, postings and findings of these stories
	// (merged away or emptied).
	Drop []string
	// Findings replace the stories' findings.
	Findings []StoryFindings
	// Copies are near-copy pairs to keep (a pair saved again replaces
	// its containment).
	Copies []CopyPair
	// Ties are tie-break answers to keep (an answer saved again under its
	// key replaces it); DropTies removes the answers under these keys.
	Ties     []TieAnswer
	DropTies [][]byte
}

// TieAnswer is an answer of the close-call tie-break of placement, kept
// so that a regroup, which replays every placement, does not compare the
// same articles' facts again: Key names the question (opaque to the
// store: the engine, the arriving article and the tied stories' recent
// articles), Pick the answer.
type TieAnswer struct {
	Key  []byte
	Pick int
}

// CopyPair is a pair of articles whose texts share a near-copy bucket,
// with the containment measured between them (dedupe.Containment): a
// regroup keeps the pairs at or above the near-copy threshold, so that it
// measures only the pairs a new article makes.
type CopyPair struct {
	A, B        string
	Containment float64
}

// PlacedArticle is an article as placement counts it.
type PlacedArticle struct {
	Article string
	// Terms are its clustering terms (each counted once).
	Terms []string
	// Buckets are its near-copy bucket keys.
	Buckets []uint64
	// CopiesKnown says that every near-copy pair at or above the
	// threshold that it makes with the articles counted with it or before
	// it is in the store's pairs (CopyPairs).
	CopiesKnown bool
}

// StoryState is a story's placement state: Data is opaque to the store,
// Terms are the terms it is posted under.
type StoryState struct {
	Story string
	Data  []byte
	Terms []string
}

// StoryFindings are a story's findings as last computed: Data is opaque to
// the store; Key names the input they were computed from.
type StoryFindings struct {
	Story string
	Key   string
	Data  []byte
}
