package analyze

import (
	"bytes"
	"compress/flate"
	"context"
	"encoding/gob"
	"fmt"
	"io"
	"runtime/debug"
	"sync"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// ReadingFormat is the version of the stored form of a reading and of the
// grouping data stored before it (articleData.encode). Bump it when either
// encoding changes (TestArticleDataFormatPinned pins the grouping data's
// form); a change of the language layer is caught by the source revision
// in Engine. Format 5: a quote carries Account (mention.Quote.Account).
const ReadingFormat = 5

// Engine names the engine that computes readings: the reading format and
// the source revision the binary was built from, when the build recorded
// one and the tree was clean; otherwise (builds with -buildvcs=false, as
// on the project's machines, a tree with changes, `go run`, tests) the
// first 48 bits of the SHA-256 of the running executable's Go build ID
// (which ends with a hash of the executable's content), or of the
// executable itself when it has none (executableSum), so that any
// other build — a change of the language layer included — is another
// engine. A stored reading of another engine is stale: it is recomputed
// when asked for, and `corroborate reindex` recomputes them all. A build
// may name its engine instead (engineName, set at link time).
func Engine() string { return engineOnce() }

// engineName, when set at link time (go build or go test -ldflags "-X
// github.com/corroborate/corroborate/internal/analyze.engineName=NAME"),
// names the engine in place of the source revision or the executable's
// hash: builds given one name are taken as one engine, so the name must
// change whenever what the engine computes changes. Benchmarks use it to
// measure several builds of one engine (changes of the store alone) on
// one kept store.
var engineName string

var engineOnce = sync.OnceValue(func() string {
	v := fmt.Sprintf("r%d", ReadingFormat)
	if engineName != "" {
		return v + "=" + engineName
	}
	if rev := cleanRevision(); rev != "" {
		return v + "@" + rev
	}
	if sum, err := executableSum(); err == nil {
		return v + "#" + sum
	}
	return v
})

// cleanRevision is the source revision recorded in the binary, or "" when
// there is none or the tree had changes.
func cleanRevision() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	var rev string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				return ""
			}
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	return rev
}

// storedReading is what the store keeps of a reading. Sentences keep
// their paragraph and offsets only (their text is the article's text
// between them) and tokens are not kept: both are recomputed from the
// article's text when the reading is loaded, which costs far less than
// storing them. It is gob-encoded and compressed with DEFLATE (fastest
// level): about 1.9 KB an article on ECB+ dev, as much as its clean text;
// plain gob took 3.8 KB, JSON of the whole reading 22.6 KB (doc/store.md).
type storedReading struct {
	Sents    []int32 // per sentence: paragraph, start, end
	Entities []mention.ArticleEntity
	Mentions []mention.NameMention
	Quotes   []mention.Quote
	Numbers  []mention.Number
	Times    [][]mention.Timex
	Ref      dates.Date
}

// EncodeReading encodes a reading for the store.
func EncodeReading(r *mention.Analysis) ([]byte, error) {
	s := storedReading{Entities: r.Entities, Mentions: r.Mentions, Quotes: r.Quotes, Numbers: r.Numbers, Times: r.Times, Ref: r.Ref}
	s.Sents = make([]int32, 0, 3*len(r.Sentences))
	for _, st := range r.Sentences {
		s.Sents = append(s.Sents, int32(st.Para), int32(st.Start), int32(st.End))
	}
	b, err := deflate(func(w io.Writer) error { return gob.NewEncoder(w).Encode(&s) })
	if err != nil {
		return nil, fmt.Errorf("encode reading: %w", err)
	}
	return b, nil
}

// deflaters keeps DEFLATE writers for reuse: a new writer allocates about
// a megabyte, more than the encoding of a reading costs (a writer reset
// writes the same bytes as a new one).
var deflaters = sync.Pool{New: func() any {
	w, _ := flate.NewWriter(nil, flate.BestSpeed)
	return w
}}

// deflateBufs keeps the buffers DEFLATE writes into: a buffer grown from
// empty for every reading, grouping data and story was reallocated and
// copied at each doubling; the compressed bytes are copied out once, at
// their size.
var deflateBufs = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxKeptBuf is the largest buffer put back in deflateBufs.
const maxKeptBuf = 1 << 20

// deflate compresses what enc writes with DEFLATE at its fastest level.
func deflate(enc func(io.Writer) error) ([]byte, error) {
	return deflateInto(enc, func(z []byte) []byte { return append(make([]byte, 0, len(z)), z...) })
}

// deflateInto compresses what enc writes with DEFLATE at its fastest level
// into a kept buffer and returns what out makes of the compressed bytes
// (out must copy them: the buffer is reused).
func deflateInto(enc func(io.Writer) error, out func(z []byte) []byte) ([]byte, error) {
	b := deflateBufs.Get().(*bytes.Buffer)
	defer func() {
		if b.Cap() <= maxKeptBuf {
			deflateBufs.Put(b)
		}
	}()
	b.Reset()
	zw := deflaters.Get().(*flate.Writer)
	defer deflaters.Put(zw)
	zw.Reset(b)
	if err := enc(zw); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out(b.Bytes()), nil
}

// DecodeReading decodes a stored reading of an article whose clean text is
// body. It fails when the reading does not fit the text.
func DecodeReading(body string, data []byte) (*mention.Analysis, error) {
	var s storedReading
	if err := gob.NewDecoder(flate.NewReader(bytes.NewReader(data))).Decode(&s); err != nil {
		return nil, fmt.Errorf("decode reading: %w", err)
	}
	n := len(s.Sents) / 3
	if len(s.Sents)%3 != 0 || len(s.Times) != n {
		return nil, fmt.Errorf("decode reading: %d sentence offsets for %d sentences", len(s.Sents), len(s.Times))
	}
	r := &mention.Analysis{Entities: s.Entities, Mentions: s.Mentions, Quotes: s.Quotes, Numbers: s.Numbers, Times: s.Times, Ref: s.Ref}
	r.Sentences = make([]text.Sentence, n)
	for i := range r.Sentences {
		para, start, end := int(s.Sents[3*i]), int(s.Sents[3*i+1]), int(s.Sents[3*i+2])
		if start < 0 || end < start || end > len(body) {
			return nil, fmt.Errorf("decode reading: sentence %d at %d..%d outside the text (%d bytes)", i, start, end, len(body))
		}
		r.Sentences[i] = text.Sentence{Index: i, Para: para, Start: start, End: end, Text: body[start:end]}
	}
	r.Tokens = text.SentenceTokens(r.Sentences)
	r.RestoreQuoted(body)
	return r, nil
}

// ReadStats counts how an article's readings were obtained.
type ReadStats struct {
	// Stored readings were re-read from the store; Computed ones were
	// computed (new articles, or stale readings of another engine) and
	// saved.
	Stored, Computed int
}

// readingBatch is how many computed readings are saved in one transaction.
const readingBatch = 256

// ReadStored returns every article's reading: re-read from the store when
// this engine computed it, else computed (on GOMAXPROCS cores) and saved
// in the store for the next time. The articles must be stored.
func ReadStored(ctx context.Context, store corroborate.ArticleStore, arts []corroborate.Article) ([]*mention.Analysis, ReadStats, error) {
	return readStored(ctx, store, arts, false)
}

// readStored is ReadStored; with recompute, every reading is computed
// afresh and saved, whatever the store holds.
func readStored(ctx context.Context, store corroborate.ArticleStore, arts []corroborate.Article, recompute bool) ([]*mention.Analysis, ReadStats, error) {
	var st ReadStats
	readings := make([]*mention.Analysis, len(arts))
	if !recompute {
		var err error
		if st.Stored, err = loadReadings(ctx, store, arts, readings); err != nil {
			return nil, st, err
		}
	}
	var todo []int
	for i, r := range readings {
		if r == nil {
			todo = append(todo, i)
		}
	}
	err := parallel(ctx, len(todo), func(k int) {
		i := todo[k]
		d, conf := publishedDate(&arts[i])
		readings[i] = mention.Analyze(arts[i].Text, d, conf)
	})
	if err != nil {
		return nil, st, err
	}
	st.Computed = len(todo)
	return readings, st, saveReadings(ctx, store, arts, readings, nil, todo)
}

// loadReadings fills readings with the stored readings of arts that this
// engine computed, and returns how many it found.
func loadReadings(ctx context.Context, store corroborate.ArticleStore, arts []corroborate.Article, readings []*mention.Analysis) (int, error) {
	ids := make([]string, len(arts))
	at := make(map[string]int, len(arts))
	for i := range arts {
		ids[i] = arts[i].ID
		at[arts[i].ID] = i
	}
	stored, err := store.Readings(ctx, ids)
	if err != nil {
		return 0, err
	}
	engine := Engine()
	n := 0
	for _, sr := range stored {
		i, ok := at[sr.Article]
		if !ok || sr.Engine != engine {
			continue
		}
		// A reading that does not decode against the text is recomputed.
		if r, err := decodeStored(arts[i].Text, sr.Data); err == nil {
			readings[i] = r
			n++
		}
	}
	return n, nil
}

// saveReadings encodes and saves the readings of the articles at todo,
// each after its grouping data (joinStored): data's when given, else
// computed here.
func saveReadings(ctx context.Context, store corroborate.ArticleStore, arts []corroborate.Article, readings []*mention.Analysis, data []*articleData, todo []int) error {
	enc := make([]corroborate.Reading, len(todo))
	errs := make([]error, len(todo))
	engine := Engine()
	lx := lexicon.Default()
	err := parallel(ctx, len(todo), func(k int) {
		i := todo[k]
		r, err := EncodeReading(readings[i])
		if err != nil {
			errs[k] = err
			return
		}
		d := newArticleDataOf(lx, data, arts, readings, i)
		joined, err := joinStored(d, r)
		enc[k], errs[k] = corroborate.Reading{Article: arts[i].ID, Engine: engine, Data: joined}, err
	})
	if err != nil {
		return err
	}
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	for lo := 0; lo < len(enc); lo += readingBatch {
		if err := store.PutReadings(ctx, enc[lo:min(lo+readingBatch, len(enc))]); err != nil {
			return fmt.Errorf("save readings: %w", err)
		}
	}
	return nil
}

// reindexChunk is how many articles Reindex reads and saves at a time.
const reindexChunk = 512

// Reindex brings the readings of every stored article up to this engine:
// a reading another engine computed (or none) is computed and saved;
// with all, every reading is. progress, when set, is called with the
// articles done so far and their total. The store is walked a page of
// reindexChunk articles at a time (ArticlesAfter): memory does not grow
// with the store.
func Reindex(ctx context.Context, store corroborate.ArticleStore, all bool, progress func(done, total int)) (ReadStats, error) {
	var st ReadStats
	total, err := store.ArticleCount(ctx)
	if err != nil {
		return st, err
	}
	done := 0
	for cursor := ""; ; {
		chunk, next, err := store.ArticlesAfter(ctx, cursor, reindexChunk)
		if err != nil {
			return st, err
		}
		if len(chunk) == 0 {
			return st, nil
		}
		_, cs, err := readStored(ctx, store, chunk, all)
		st.Stored += cs.Stored
		st.Computed += cs.Computed
		if err != nil {
			return st, err
		}
		done += len(chunk)
		if progress != nil {
			progress(done, max(total, done)) // articles stored meanwhile raise the total
		}
		cursor = next
	}
}
