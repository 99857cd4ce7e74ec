package analyze

import (
	"bytes"
	"compress/flate"
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"sync"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/cluster"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// articleData is what grouping reads of an article, kept in the store
// before its reading (see joinStored) so that a regroup of the store
// groups every article without decoding its reading: its clustering
// features and the content words of its fact sentences (factSentences,
// what the close-call tie-break compares). Both depend on the article and
// its reading alone.
type articleData struct {
	Features cluster.Features
	Facts    [][]string
}

// newArticleData computes an article's grouping data from its reading.
func newArticleData(lx *lexicon.Lexicon, a *corroborate.Article, r *mention.Analysis) *articleData {
	d := &articleData{Features: Features(lx, a, r)}
	for _, s := range factSentences(lx, r) {
		d.Facts = append(d.Facts, sortedKeys(s))
	}
	return d
}

// newArticleDataOf is data[i] when given, else computed.
func newArticleDataOf(lx *lexicon.Lexicon, data []*articleData, arts []corroborate.Article, readings []*mention.Analysis, i int) *articleData {
	if data != nil && data[i] != nil {
		return data[i]
	}
	return newArticleData(lx, &arts[i], readings[i])
}

// joinStored is the stored form of an article's analysis: the length of
// its grouping data, that data (encode, then DEFLATE), then the reading
// (EncodeReading).
func joinStored(d *articleData, reading []byte) ([]byte, error) {
	// The grouping data's length goes before it: compressed first, then
	// copied once behind its length, with the reading after it.
	out, err := deflateInto(func(w io.Writer) error {
		_, err := w.Write(d.encode())
		return err
	}, func(z []byte) []byte {
		out := make([]byte, 0, binary.MaxVarintLen64+len(z)+len(reading))
		out = binary.AppendUvarint(out, uint64(len(z)))
		out = append(out, z...)
		return append(out, reading...)
	})
	if err != nil {
		return nil, fmt.Errorf("encode article data: %w", err)
	}
	return out, nil
}

// splitStored returns the two parts of joinStored's form.
func splitStored(data []byte) (grouping, reading []byte, err error) {
	n, k := binary.Uvarint(data)
	if k <= 0 || uint64(len(data)-k) < n {
		return nil, nil, fmt.Errorf("decode stored analysis: bad length")
	}
	return data[k : k+int(n)], data[k+int(n):], nil
}

// encode writes the data plainly (a regroup decodes every article's, so
// it is kept simple to read): the terms in sorted order, each as its
// length, its bytes and its weight's 64 bits; the day, the event span,
// the weekday and the day of the month; the days and months named; the
// persons named; the fact sentences' words.
func (d *articleData) encode() []byte {
	// Sized at once: lengths of up to two bytes, the weights, the rest.
	size := 64 + 12*len(d.Features.Named)
	for t := range d.Features.Terms {
		size += 2 + len(t) + 8
	}
	for _, ws := range d.Facts {
		size += 2
		for _, w := range ws {
			size += 2 + len(w)
		}
	}
	b := make([]byte, 0, size)
	str := func(s string) {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	f := &d.Features
	b = binary.AppendUvarint(b, uint64(len(f.Terms)))
	for _, t := range sortedKeys(f.Terms) {
		str(t)
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(f.Terms[t]))
	}
	b = binary.AppendVarint(b, int64(f.Day))
	b = binary.AppendVarint(b, int64(f.Event.Lo))
	b = binary.AppendVarint(b, int64(f.Event.Hi))
	known := byte(0)
	if f.Event.Known {
		known = 1
	}
	b = append(b, known)
	b = binary.AppendVarint(b, int64(f.Weekday))
	b = binary.AppendVarint(b, int64(f.MonthDay))
	b = binary.AppendUvarint(b, uint64(len(f.Named)))
	for _, sp := range f.Named {
		b = binary.AppendVarint(b, int64(sp.Lo))
		b = binary.AppendVarint(b, int64(sp.Hi))
	}
	b = binary.AppendUvarint(b, uint64(len(f.Persons)))
	for _, p := range f.Persons {
		str(p)
	}
	b = binary.AppendUvarint(b, uint64(len(d.Facts)))
	for _, ws := range d.Facts {
		b = binary.AppendUvarint(b, uint64(len(ws)))
		for _, w := range ws {
			str(w)
		}
	}
	return b
}

// dataReader reads what encode wrote; err is set at the first fault.
type dataReader struct {
	b   []byte
	err error
}

func (r *dataReader) uvarint() uint64 {
	v, k := binary.Uvarint(r.b)
	if k <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[k:]
	return v
}

func (r *dataReader) varint() int64 {
	v, k := binary.Varint(r.b)
	if k <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[k:]
	return v
}

func (r *dataReader) bytes(n uint64) []byte {
	if uint64(len(r.b)) < n {
		r.fail()
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *dataReader) u64() uint64 {
	if b := r.bytes(8); b != nil {
		return binary.LittleEndian.Uint64(b)
	}
	return 0
}

func (r *dataReader) byte() byte {
	if b := r.bytes(1); b != nil {
		return b[0]
	}
	return 0
}

// count reads a count of items of at least size bytes each.
func (r *dataReader) count(size uint64) int {
	n := r.uvarint()
	if n > uint64(len(r.b))/size {
		r.fail()
		return 0
	}
	return int(n)
}

func (r *dataReader) fail() {
	if r.err == nil {
		r.err = fmt.Errorf("decode article data: truncated")
	}
	r.b = nil
}

// decodeData reads encode's form.
func decodeData(b []byte) (*articleData, error) {
	r := &dataReader{b: b}
	d := &articleData{}
	f := &d.Features
	n := r.count(9)
	f.Terms = make(map[string]float64, n)
	for range n {
		t := string(r.bytes(r.uvarint()))
		f.Terms[t] = math.Float64frombits(r.u64())
	}
	f.Day = int(r.varint())
	f.Event.Lo, f.Event.Hi = int32(r.varint()), int32(r.varint())
	f.Event.Known = r.byte() == 1
	f.Weekday, f.MonthDay = int8(r.varint()), int16(r.varint())
	if n := r.count(2); n > 0 {
		f.Named = make([]cluster.Span, n)
		for i := range f.Named {
			f.Named[i] = cluster.Span{Lo: int32(r.varint()), Hi: int32(r.varint()), Known: true}
		}
	}
	if n := r.count(1); n > 0 {
		f.Persons = make([]string, n)
		for i := range f.Persons {
			f.Persons[i] = string(r.bytes(r.uvarint()))
		}
	}
	d.Facts = make([][]string, r.count(1))
	for i := range d.Facts {
		d.Facts[i] = make([]string, r.count(1))
		for j := range d.Facts[i] {
			d.Facts[i][j] = string(r.bytes(r.uvarint()))
		}
	}
	if r.err == nil && len(r.b) != 0 {
		r.err = fmt.Errorf("decode article data: %d bytes left over", len(r.b))
	}
	return d, r.err
}

// decodeArticleData decodes the grouping data of a stored analysis.
func decodeArticleData(data []byte) (*articleData, error) {
	g, _, err := splitStored(data)
	if err != nil {
		return nil, err
	}
	plain, err := io.ReadAll(flate.NewReader(bytes.NewReader(g)))
	if err != nil {
		return nil, fmt.Errorf("decode article data: %w", err)
	}
	return decodeData(plain)
}

// decodeStored decodes the reading of a stored analysis of an article
// whose clean text is body.
func decodeStored(body string, data []byte) (*mention.Analysis, error) {
	_, r, err := splitStored(data)
	if err != nil {
		return nil, err
	}
	return DecodeReading(body, r)
}

// lazyReadings are the readings of a regroup's articles, decoded from
// their stored form only when asked for: a regroup groups every article
// from its grouping data and assembles only the stories whose articles
// changed, with their context.
type lazyReadings struct {
	arts     []corroborate.Article
	readings []*mention.Analysis
	stored   [][]byte // the stored reading part, until decoded
	mu       sync.Mutex
}

// need decodes the readings of the articles at idx that are not decoded
// yet (on GOMAXPROCS cores).
func (l *lazyReadings) need(ctx context.Context, idx []int) error {
	var todo []int
	for _, i := range idx {
		if l.readings[i] == nil {
			todo = append(todo, i)
		}
	}
	err := parallel(ctx, len(todo), func(k int) {
		i := todo[k]
		r, err := DecodeReading(l.arts[i].Text, l.stored[i])
		if err != nil {
			// A reading that does not fit its text is computed again.
			d, conf := publishedDate(&l.arts[i])
			r = mention.Analyze(l.arts[i].Text, d, conf)
		}
		l.mu.Lock()
		defer l.mu.Unlock()
		l.readings[i] = r
		l.stored[i] = nil
	})
	return err
}

// readGrouping returns every article's grouping data and its readings,
// to be decoded on demand: stored analyses of this engine are split and
// only their grouping data decoded; the others are computed (the language
// layer, on GOMAXPROCS cores) and saved. The articles must be stored.
func readGrouping(ctx context.Context, store corroborate.ArticleStore, arts []corroborate.Article) ([]*articleData, *lazyReadings, ReadStats, error) {
	var st ReadStats
	lr := &lazyReadings{arts: arts, readings: make([]*mention.Analysis, len(arts)), stored: make([][]byte, len(arts))}
	data := make([]*articleData, len(arts))
	ids := make([]string, len(arts))
	at := make(map[string]int, len(arts))
	for i := range arts {
		ids[i] = arts[i].ID
		at[arts[i].ID] = i
	}
	stored, err := store.Readings(ctx, ids)
	if err != nil {
		return nil, nil, st, err
	}
	engine := Engine()
	raw := make([][]byte, len(arts))
	for _, sr := range stored {
		if i, ok := at[sr.Article]; ok && sr.Engine == engine {
			raw[i] = sr.Data
		}
	}
	if err := parallel(ctx, len(arts), func(i int) {
		if raw[i] == nil {
			return
		}
		d, err := decodeArticleData(raw[i])
		if err != nil {
			return // computed again below
		}
		_, r, _ := splitStored(raw[i])
		data[i], lr.stored[i] = d, r
	}); err != nil {
		return nil, nil, st, err
	}
	var todo []int
	for i := range arts {
		if data[i] == nil {
			todo = append(todo, i)
		}
	}
	lx := lexicon.Default()
	if err := parallel(ctx, len(todo), func(k int) {
		i := todo[k]
		d, conf := publishedDate(&arts[i])
		lr.readings[i] = mention.Analyze(arts[i].Text, d, conf)
		data[i] = newArticleData(lx, &arts[i], lr.readings[i])
	}); err != nil {
		return nil, nil, st, err
	}
	st.Stored, st.Computed = len(arts)-len(todo), len(todo)
	return data, lr, st, saveReadings(ctx, store, arts, lr.readings, data, todo)
}
