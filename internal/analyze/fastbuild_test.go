package analyze

import (
	"bufio"
	"bytes"
	"compress/flate"
	"context"
	"crypto/sha256"
	"encoding/gob"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime/pprof"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dedupe"
	"github.com/corroborate/corroborate/internal/extract"
	"github.com/corroborate/corroborate/internal/kittext"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/sqlite"
	"github.com/corroborate/corroborate/internal/storyid"
)

// The fast store (issue 13: a store of 1,000,000 articles). Building a
// store article by article runs the language layer over every article
// (about 20 articles a second on the shared machine: 12 hours for a
// million). The fast build reads a base set of real articles once, the
// slow way (base epoch), and writes further epochs of it, each a copy of
// the base epoch with ids of its own and its names renamed, straight
// through the store's own write path (PutArticles, PutReadings,
// UpdateStoriesOf, PutPlacement), with no reading, grouping or
// comparison: an epoch's readings, grouping data, stories and placement
// state are the base epoch's, re-keyed and renamed.
//
// The renaming is chosen so that it commutes with the engine: the reading
// of a renamed article is the renamed reading (TestFastStoreAsBuilt
// checks it on a small store against one built with every article read).
// A word is renamed only when it is capitalised, at least four letters,
// never written lower-case in the base set, and unknown to the engine's
// word lists (WordNet in any inflection, the closed class, the title and
// place head words, the first names): the engine then reads it only as
// an unknown capitalised word, a name. Its image keeps its length, its
// case and its first letter and has every later letter shifted by an
// amount of the epoch and the position (a cipher per epoch: a word and a
// word it begins keep that relation, and two words stay apart); an image
// the engine or the base set knows leaves the word as it was in that
// epoch. Lengths kept, every offset of a reading stays valid. Each epoch
// is also moved in time by whole calendars (fastshift_test.go): its
// dates, the years its text names and its day numbers, so that its
// copies of a story are not on the base story's days (TestFastEpochsApart).

// fastBase is the base epoch of a fast store, as its store holds it.
type fastBase struct {
	arts []corroborate.Article
	// at is the index of each base article id.
	at map[string]int
	// data and reads are each article's grouping data and reading,
	// decoded once (an epoch copies them with its renaming).
	data  []*articleData
	reads []*storedReading
	// states are the decoded placement states of fb.p.States.
	states  []*placeState
	stories []corroborate.StoredStory
	members map[string][]string   // base story id: its members
	p       corroborate.Placement // without ties and findings
	// names are the renamed words; vocab the base set's words, lower-case.
	names []string
	vocab map[string]bool
}

// capName is a word the fast store may rename; acronym one the wide
// renaming renames too.
var (
	capName = regexp.MustCompile(`\b[A-Z][a-z]{3,}\b`)
	acronym = regexp.MustCompile(`\b[A-Z][A-Z]+\b`)
)

// fastKnown reports whether the engine knows w (lower-case) as a word.
type fastKnown func(w string) bool

// newFastKnown is the engine's word lists as fastKnown.
func newFastKnown(tb testing.TB) fastKnown {
	lx := lexicon.Default()
	lists := map[string]bool{}
	for _, f := range []string{"firstnames.txt", "firstnames-more.txt", "headwords.txt"} {
		b, err := os.ReadFile(filepath.Join("..", "mention", f))
		if err != nil {
			tb.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			if w, _, _ := strings.Cut(line, "\t"); w != "" && !strings.HasPrefix(w, "#") {
				lists[strings.ToLower(w)] = true
			}
		}
	}
	return func(w string) bool {
		if lists[w] || len(lx.SensesFold(w)) > 0 {
			return true
		}
		if _, ok := lexicon.ClosedClass(w); ok {
			return true
		}
		for _, p := range []lexicon.POS{lexicon.Noun, lexicon.Verb, lexicon.Adj, lexicon.Adv} {
			if lx.Base(w, p) != w {
				return true
			}
		}
		return false
	}
}

// fastNames returns the words of texts that the fast store may rename and
// every word of texts, lower-case.
func fastNames(texts []string, known fastKnown) ([]string, map[string]bool) {
	vocab := map[string]bool{}
	lower := map[string]bool{}
	caps, joined := map[string]bool{}, map[string]bool{}
	for _, s := range texts {
		for _, t := range wordRuns(s) {
			vocab[strings.ToLower(t)] = true
			if t[0] >= 'a' && t[0] <= 'z' {
				lower[t] = true
			}
		}
		found := capName.FindAllStringIndex(s, -1)
		if fastWide {
			found = append(found, acronym.FindAllStringIndex(s, -1)...)
		}
		for _, at := range found {
			w := s[at[0]:at[1]]
			if joinedName(s, at[0]) {
				joined[w] = true
			}
			caps[w] = true
		}
	}
	var out []string
	lx := lexicon.Default()
	for w := range caps {
		l := strings.ToLower(w)
		if joined[w] || fastWide && timeWord(lx, l) {
			continue
		}
		// The default renaming: words the engine reads only as names. The
		// wide one: every name, and words written in lower case too when
		// the engine does not know them (a station's call letters in its
		// web address).
		if !fastWide && !lower[l] && !known(l) || fastWide && (!lower[l] || !known(l)) {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out, vocab
}

// joinedName reports whether the word at i of s follows a letter and an
// apostrophe or a period ("La'Troya", "St.Clair"): the engine writes such
// a name as one word ("latroya"), which renaming the part would not
// rename.
func joinedName(s string, i int) bool {
	for _, mark := range []string{"'", "’", "."} {
		if j := i - len(mark); j > 0 && s[j:i] == mark {
			c := s[j-1]
			return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		}
	}
	return false
}

// fastWide (BENCH_FAST_WIDE) renames, beside the words the engine does
// not know, the capitalised words it knows as names — every capitalised
// word of four letters or more that the base set never writes in lower
// case, but the names of days, months and other times (noun.time) — and
// (session 56) every word of two capitals or more, and a capitalised word
// the base set writes in lower case too when the engine does not know it
// (a station's call letters in its web address). Their
// images are words the engine does not know, but the stored reading keeps
// what the engine read of the known name (a place stays a place): the
// readings of such an epoch are not what the engine would read of its
// text (TestFastStoreAsBuilt holds for the default renaming only), but
// the epochs' copies of a story no longer share their names.
var fastWide bool

// timeWord reports whether WordNet knows w as a time (a day, a month).
func timeWord(lx *lexicon.Lexicon, w string) bool {
	for _, s := range lx.SensesFold(w) {
		if s.POS == lexicon.Noun && s.Lex == lexicon.NounTime {
			return true
		}
	}
	return false
}

// wordRuns returns the runs of ASCII word characters of s.
func wordRuns(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		if !wordByte(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && wordByte(s[j]) {
			j++
		}
		out = append(out, s[i:j])
		i = j
	}
	return out
}

func wordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// fastRenamer renames the words of one epoch in any string: each run of
// word characters that is a renamed word as written, in lower case or in
// upper case becomes its image in that case; a year of 1900-2099 becomes
// the year the epoch's shift makes it. Days are moved by the shift too
// (fastshift_test.go).
type fastRenamer struct {
	words map[string]string
	years int   // the epoch's shift in years
	days  int32 // and in days
}

// newFastRenamer is epoch e's renaming (epoch 0: none).
func newFastRenamer(names []string, vocab map[string]bool, known fastKnown, e int) *fastRenamer {
	r := &fastRenamer{words: map[string]string{}, years: fastYears(e), days: fastDays(e)}
	if e == 0 {
		return r
	}
	for _, w := range names {
		b := []byte(strings.ToLower(w))
		l := string(b)
		for k := 1; k < len(b); k++ {
			b[k] = 'a' + (b[k]-'a'+fastShift(e, k))%26
		}
		v := string(b)
		if vocab[v] || known(v) {
			continue
		}
		r.words[l], r.words[strings.ToUpper(l)], r.words[title(l)] = v, strings.ToUpper(v), title(v)
	}
	addYears(r.words, r.years)
	return r
}

// title is a lower-case ASCII word with its first letter upper-case.
func title(w string) string { return strings.ToUpper(w[:1]) + w[1:] }

// fastShift is the shift of letter k in epoch e, 1..25.
func fastShift(e, k int) byte {
	h := sha256.Sum256([]byte(fmt.Sprint(e, "/", k)))
	return 1 + h[0]%25
}

// str renames the words of s.
func (r *fastRenamer) str(s string) string {
	if len(r.words) == 0 {
		return s
	}
	var b []byte
	last := 0
	for i := 0; i < len(s); {
		if !wordByte(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && wordByte(s[j]) {
			j++
		}
		if v, ok := r.words[s[i:j]]; ok {
			if b == nil {
				b = make([]byte, 0, len(s))
			}
			b = append(b, s[last:i]...)
			b = append(b, v...)
			last = j
		}
		i = j
	}
	if b == nil {
		return s
	}
	return string(append(b, s[last:]...))
}

// fastID is the id of base article id in epoch e: the base id, a hyphen
// and the epoch, so that an epoch's articles sort as the base epoch's
// (grouping takes articles in order of date and id; a hyphen sorts
// before every letter and digit of a base id).
func fastID(id string, e int) string {
	if e == 0 {
		return id
	}
	return fmt.Sprintf("%s-%d", id, e)
}

// article is base article a in epoch e.
func (r *fastRenamer) article(a corroborate.Article, e int) corroborate.Article {
	a.ID = fastID(a.ID, e)
	if e > 0 {
		a.Source = fmt.Sprintf("%s#epoch-%d", a.Source, e)
	}
	if a.Title != nil {
		t := r.str(*a.Title)
		a.Title = &t
	}
	if a.Published != nil {
		d := r.str(*a.Published)
		a.Published = &d
	}
	a.Text, a.Lead = r.str(a.Text), r.str(a.Lead)
	return a
}

// stored is base article i's stored reading (joinStored form) in the
// epoch of r: copied from the base's decoded reading with the renaming,
// then encoded.
func (r *fastRenamer) stored(fb *fastBase, i int) ([]byte, error) {
	s := r.reading(fb.reads[i], fb.arts[i].Text)
	enc, err := deflate(func(w io.Writer) error { return gob.NewEncoder(w).Encode(s) })
	if err != nil {
		return nil, err
	}
	return joinStored(r.data(fb.data[i]), enc)
}

// readBaseArticles reads the articles of JSON Lines kits as the fast
// store's base set: every held-th article (counted over all kits) is
// held out of the store, to be added by the benchmark.
func readBaseArticles(paths []string, held int) (base, out []corroborate.Article, err error) {
	n := 0
	for _, path := range paths {
		f, err := os.Open(path)
		if err != nil {
			return nil, nil, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		for sc.Scan() {
			var rec struct{ URL, Title, Published, Text string }
			if json.Unmarshal(sc.Bytes(), &rec) != nil || strings.TrimSpace(rec.Text) == "" {
				continue
			}
			a := corroborate.Article{ID: extract.TextID(rec.Text), Source: rec.URL, Text: rec.Text, PublishedConfidence: 0.9}
			if a.Source == "" {
				a.Source = a.ID
			}
			if rec.Title != "" {
				t := rec.Title
				a.Title = &t
			}
			if rec.Published != "" {
				d := rec.Published
				a.Published = &d
			}
			a.Lead, _, _ = strings.Cut(rec.Text, "\n\n")
			if n++; held > 0 && n%held == 0 {
				out = append(out, a)
			} else {
				base = append(base, a)
			}
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return nil, nil, err
		}
	}
	// One article of each text (the kits hold a few twice).
	seen := map[string]bool{}
	base = slices.DeleteFunc(base, func(a corroborate.Article) bool {
		d := seen[a.ID]
		seen[a.ID] = true
		return d
	})
	out = slices.DeleteFunc(out, func(a corroborate.Article) bool { return seen[a.ID] })
	return base, out, nil
}

// buildFastBase builds the base epoch at path the slow way (each article
// read) and returns it as the store holds it.
func buildFastBase(ctx context.Context, tb testing.TB, path string, arts []corroborate.Article, known fastKnown) *fastBase {
	if _, err := os.Stat(path); err != nil {
		store, err := sqlite.Open(ctx, path+".part")
		if err != nil {
			tb.Fatal(err)
		}
		if err := buildBenchEpoch(ctx, store, slices.Clone(arts), true); err != nil {
			tb.Fatal(err)
		}
		store.Close()
		if err := os.Rename(path+".part", path); err != nil {
			tb.Fatal(err)
		}
	}
	return loadFastBase(ctx, tb, path, arts, known)
}

// loadFastBase reads the base epoch back from its store.
func loadFastBase(ctx context.Context, tb testing.TB, path string, arts []corroborate.Article, known fastKnown) *fastBase {
	store, err := sqlite.Open(ctx, path)
	if err != nil {
		tb.Fatal(err)
	}
	defer store.Close()
	fb := &fastBase{arts: arts, at: map[string]int{}}
	ids := make([]string, len(arts))
	texts := make([]string, 0, 2*len(arts))
	for i := range arts {
		ids[i] = arts[i].ID
		fb.at[arts[i].ID] = i
		texts = append(texts, arts[i].Text)
		if arts[i].Title != nil {
			texts = append(texts, *arts[i].Title)
		}
	}
	fb.names, fb.vocab = fastNames(texts, known)
	rs, err := store.Readings(ctx, ids)
	if err != nil {
		tb.Fatal(err)
	}
	fb.data, fb.reads = make([]*articleData, len(arts)), make([]*storedReading, len(arts))
	for _, r := range rs {
		i := fb.at[r.Article]
		if fb.data[i], err = decodeArticleData(r.Data); err != nil {
			tb.Fatal(err)
		}
		_, rd, err := splitStored(r.Data)
		if err != nil {
			tb.Fatal(err)
		}
		fb.reads[i] = new(storedReading)
		if err := gob.NewDecoder(flate.NewReader(bytes.NewReader(rd))).Decode(fb.reads[i]); err != nil {
			tb.Fatal(err)
		}
	}
	for i, r := range fb.reads {
		if r == nil {
			tb.Fatalf("base article %s has no reading", arts[i].ID)
		}
	}
	if fb.stories, err = store.Stories(ctx); err != nil {
		tb.Fatal(err)
	}
	fb.members = map[string][]string{}
	for _, s := range fb.stories {
		fb.members[s.ID] = s.Articles
	}
	// The placement state as the base build saved it.
	an, _, err := ProcessStored(ctx, store, slices.Clone(arts))
	if err != nil {
		tb.Fatal(err)
	}
	byMembers := map[string]string{}
	for _, s := range fb.stories {
		byMembers[strings.Join(s.Articles, " ")] = s.ID
	}
	rep := &corroborate.Report{Articles: an.Articles}
	for _, g := range an.groups {
		st := corroborate.Story{Articles: slices.Sorted(slices.Values(idsOf(an.Articles, g)))}
		st.ID = byMembers[strings.Join(st.Articles, " ")]
		rep.Stories = append(rep.Stories, st)
	}
	for k := range an.groups {
		for _, r := range an.related[k] {
			rep.Stories[k].Related = append(rep.Stories[k].Related, rep.Stories[r].ID)
		}
	}
	if fb.p, err = an.placement(rep); err != nil {
		tb.Fatal(err)
	}
	fb.p.Findings, fb.p.Ties, fb.p.Reset = nil, nil, false
	for _, st := range fb.p.States {
		ps, err := decodeState(st.Data)
		if err != nil {
			tb.Fatal(err)
		}
		fb.states = append(fb.states, ps)
	}
	return fb
}

// fastEpoch is one epoch's rows, made ready to write.
type fastEpoch struct {
	e       int
	arts    []corroborate.Article
	in      []corroborate.ArticleInput
	rs      []corroborate.Reading
	stories []corroborate.StoredStory
	p       corroborate.Placement
}

// putFastEpochs writes epochs into store, all of them at once: one
// PutArticles, PutReadings of 1,024 at a time, one UpdateStoriesOf and
// one PutPlacement for them all. The rows are those of one epoch after
// the other (the stories' states take their sequence numbers in the same
// order), but each B-tree page an insert touches is written once a batch
// instead of once an epoch: the postings (keyed by term), the buckets and
// the stories' index (keyed by hashed ids) take every epoch's rows all
// over their keys, and the pages written grow with the store.
func putFastEpochs(ctx context.Context, store *sqlite.Store, eps []*fastEpoch) error {
	var in []corroborate.ArticleInput
	var rs []corroborate.Reading
	var stories []corroborate.StoredStory
	p := corroborate.Placement{DF: map[string]int{}}
	for _, ep := range eps {
		in = append(in, ep.in...)
		rs = append(rs, ep.rs...)
		stories = append(stories, ep.stories...)
		for t, n := range ep.p.DF {
			p.DF[t] += n
		}
		p.Articles = append(p.Articles, ep.p.Articles...)
		p.Copies = append(p.Copies, ep.p.Copies...)
		p.States = append(p.States, ep.p.States...)
	}
	if _, err := store.PutArticles(ctx, in); err != nil {
		return err
	}
	for lo := 0; lo < len(rs); lo += 1024 {
		if err := store.PutReadings(ctx, rs[lo:min(lo+1024, len(rs))]); err != nil {
			return err
		}
	}
	ids := make([]string, len(stories))
	for i := range stories {
		ids[i] = stories[i].ID
	}
	if _, err := store.UpdateStoriesOf(ctx, ids, func(stored []corroborate.StoredStory) ([]corroborate.StoredStory, error) {
		if len(stored) > 0 {
			return nil, fmt.Errorf("epochs %d-%d: story %s is stored already", eps[0].e, eps[len(eps)-1].e, stored[0].ID)
		}
		return stories, nil
	}); err != nil {
		return err
	}
	return store.PutPlacement(ctx, p)
}

// prepareFastEpoch makes epoch e (≥ 1) of the base ready to write.
func prepareFastEpoch(ctx context.Context, fb *fastBase, r *fastRenamer, e int) (*fastEpoch, error) {
	arts := make([]corroborate.Article, len(fb.arts))
	in := make([]corroborate.ArticleInput, len(arts))
	rs := make([]corroborate.Reading, len(arts))
	errs := make([]error, len(arts))
	engine := Engine()
	err := parallel(ctx, len(arts), func(i int) {
		arts[i] = r.article(fb.arts[i], e)
		data, err := r.stored(fb, i)
		rs[i], errs[i] = corroborate.Reading{Article: arts[i].ID, Engine: engine, Data: data}, err
	})
	if err != nil {
		return nil, err
	}
	for i := range arts {
		if errs[i] != nil {
			return nil, errs[i]
		}
		in[i] = corroborate.ArticleInput{Article: &arts[i], Raw: corroborate.Raw{Kind: "text", Bytes: []byte(arts[i].Text)}}
	}
	// The stories, born with the ids a match would give them.
	id := func(base string) string { return fastID(base, e) }
	orderKey := func(members []string) string {
		key := ""
		for _, m := range members {
			if k := storyid.OrderKey(&arts[fb.at[m]]); key == "" || k < key {
				key = k
			}
		}
		return key
	}
	storyOf := map[string]string{}
	var stories []corroborate.StoredStory
	now := time.Now().UTC().Format(time.RFC3339)
	for _, s := range fb.stories {
		if s.MergedInto != "" || len(s.Articles) == 0 {
			continue
		}
		ns := corroborate.StoredStory{ID: storyid.NewID(orderKey(s.Articles), 0), Title: r.str(s.Title), Created: now, Updated: now}
		for _, m := range s.Articles {
			ns.Articles = append(ns.Articles, id(m))
		}
		slices.Sort(ns.Articles)
		storyOf[s.ID] = ns.ID
		stories = append(stories, ns)
	}
	p := corroborate.Placement{DF: make(map[string]int, len(fb.p.DF))}
	for t, n := range fb.p.DF {
		p.DF[r.str(t)] += n
	}
	p.Articles = make([]corroborate.PlacedArticle, len(fb.p.Articles))
	err = parallel(ctx, len(p.Articles), func(i int) {
		a := fb.p.Articles[i]
		text := arts[fb.at[a.Article]].Text
		p.Articles[i] = corroborate.PlacedArticle{Article: id(a.Article), Buckets: dedupe.Buckets(dedupe.SketchOf(text)), CopiesKnown: a.CopiesKnown}
	})
	if err != nil {
		return nil, err
	}
	for _, c := range fb.p.Copies {
		p.Copies = append(p.Copies, corroborate.CopyPair{A: id(c.A), B: id(c.B), Containment: c.Containment})
	}
	p.States = make([]corroborate.StoryState, len(fb.p.States))
	errs = make([]error, len(p.States))
	err = parallel(ctx, len(p.States), func(i int) {
		ps := r.state(fb.states[i])
		for k, s := range ps.Related {
			ps.Related[k] = storyOf[s]
		}
		copies := make(map[string]copyMark, len(ps.Copies))
		for a, m := range fb.states[i].Copies {
			copies[id(a)] = copyMark{Of: id(m.Of), Similarity: m.Similarity}
		}
		ps.Copies = copies
		// The anchor is the earliest member's order key.
		ps.Anchor = orderKey(fb.members[fb.p.States[i].Story])
		data, err := encodeState(ps)
		p.States[i], errs[i] = corroborate.StoryState{Story: storyOf[fb.p.States[i].Story], Data: data, Terms: storyTerms(ps)}, err
	})
	if err != nil {
		return nil, err
	}
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return &fastEpoch{e: e, arts: arts, in: in, rs: rs, stories: stories, p: p}, nil
}

// fastBaseKits are the base set's kits: those whose articles are dated
// (session 56: an undated article's copies have no time to be moved
// apart in, and ECB+'s joined across epochs; TestFastEpochsApart).
func fastBaseKits() []string {
	return []string{kittext.Path("incidents", "dev.jsonl"), kittext.Path("polnear", "train.jsonl")}
}

// TestFastStoreAsBuilt builds a small store the fast way (a base epoch of
// real articles read, then two epochs re-keyed and renamed) and the same
// epochs with every article read and grouped (buildBenchEpoch, as the
// benchmark built its stores before, and as a regroup would save each
// epoch: epochs share no article), and finds them equal: each
// article's reading and grouping data, the stories with their members and
// ids, the stories' placement states, the document frequencies.
func TestFastStoreAsBuilt(t *testing.T) {
	if testing.Short() {
		t.Skip("reads kit articles")
	}
	ctx := context.Background()
	// Undated articles (ECB+) and dated ones (incidents), whose dates
	// each epoch moves.
	var arts []corroborate.Article
	for _, kit := range []string{"ecbplus", "incidents"} {
		all, _, err := readBaseArticles([]string{kittext.Path(kit, "dev.jsonl")}, 0)
		if err != nil {
			t.Skip("shared data not present: ", err)
		}
		arts = append(arts, all[:24]...)
	}
	known := newFastKnown(t)
	dir := t.TempDir()
	fb := buildFastBase(ctx, t, filepath.Join(dir, "base.db"), arts, known)
	open := func(name string) *sqlite.Store {
		if err := copyFile(filepath.Join(dir, "base.db"), filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
		s, err := sqlite.Open(ctx, filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	fast, slow := open("fast.db"), open("slow.db")
	renamed := 0
	var ids []string
	putTestEpochs(ctx, t, fast, fb, known)
	for e := 1; e <= 2; e++ {
		r := newFastRenamer(fb.names, fb.vocab, known, e)
		var epoch []corroborate.Article
		for _, a := range arts {
			ea := r.article(a, e)
			if ea.Text != a.Text {
				renamed++
			}
			if a.Published != nil && *ea.Published == *a.Published {
				t.Fatalf("epoch %d: article %s keeps its date %s", e, ea.ID, *a.Published)
			}
			epoch = append(epoch, ea)
			ids = append(ids, ea.ID)
		}
		if err := buildBenchEpoch(ctx, slow, epoch, false); err != nil {
			t.Fatal(err)
		}
	}
	if renamed < len(arts) {
		t.Fatalf("%d of %d epoch articles renamed", renamed, 2*len(arts))
	}
	sameReadings(ctx, t, fast, slow, ids)
	// Stories.
	live := func(s *sqlite.Store) map[string]string {
		st, err := s.Stories(ctx)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]string{}
		for _, x := range st {
			if x.MergedInto == "" {
				out[x.ID] = strings.Join(x.Articles, " ")
			}
		}
		return out
	}
	fl, sl := live(fast), live(slow)
	if !reflect.DeepEqual(fl, sl) {
		t.Fatalf("stories differ:\nfast %v\nslow %v", showStories(arts, fl), showStories(arts, sl))
	}
	if len(fl) < 3*len(fb.members)-1 {
		t.Fatalf("%d stories, base %d", len(fl), len(fb.members))
	}
	// Placement states.
	var sids []string
	for id := range fl {
		sids = append(sids, id)
	}
	slices.Sort(sids)
	fst, err := fast.StoryStates(ctx, sids)
	if err != nil {
		t.Fatal(err)
	}
	sst, err := slow.StoryStates(ctx, sids)
	if err != nil {
		t.Fatal(err)
	}
	if len(fst) != len(sids) || len(sst) != len(sids) {
		t.Fatalf("states: %d fast, %d slow, of %d", len(fst), len(sst), len(sids))
	}
	var terms []string
	for i := range fst {
		a, err1 := decodeState(fst[i].Data)
		b, err2 := decodeState(sst[i].Data)
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if d := stateDiff(a, b); d != "" {
			t.Errorf("story %s: state differs: %s", sids[i], d)
		}
		terms = append(terms, a.Cluster.Terms...)
	}
	// Document frequencies.
	fn, fdf, err := fast.TermCounts(ctx, terms)
	if err != nil {
		t.Fatal(err)
	}
	sn, sdf, err := slow.TermCounts(ctx, terms)
	if err != nil {
		t.Fatal(err)
	}
	if fn != sn || !reflect.DeepEqual(fdf, sdf) {
		t.Errorf("document frequencies differ: %d articles %d terms, %d articles %d terms", fn, len(fdf), sn, len(sdf))
	}
}

// putTestEpochs writes epochs 1 and 2 of fb into store in one batch
// (putFastEpochs), as the build writes them.
func putTestEpochs(ctx context.Context, t *testing.T, store *sqlite.Store, fb *fastBase, known fastKnown) {
	var eps []*fastEpoch
	for e := 1; e <= 2; e++ {
		ep, err := prepareFastEpoch(ctx, fb, newFastRenamer(fb.names, fb.vocab, known, e), e)
		if err != nil {
			t.Fatal(err)
		}
		eps = append(eps, ep)
	}
	if err := putFastEpochs(ctx, store, eps); err != nil {
		t.Fatal(err)
	}
}

// sameReadings checks that two stores hold equal readings and grouping
// data of the articles ids.
func sameReadings(ctx context.Context, t *testing.T, fast, slow *sqlite.Store, ids []string) {
	fr, err := fast.Readings(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	sr, err := slow.Readings(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	if len(fr) != len(ids) || len(sr) != len(ids) {
		t.Fatalf("readings: %d fast, %d slow, of %d", len(fr), len(sr), len(ids))
	}
	slowOf := map[string][]byte{}
	for _, r := range sr {
		slowOf[r.Article] = r.Data
	}
	for _, r := range fr {
		fd, err1 := decodeArticleData(r.Data)
		sd, err2 := decodeArticleData(slowOf[r.Article])
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if !reflect.DeepEqual(fd, sd) {
			t.Errorf("article %s: grouping data differs:\nfast %+v\nslow %+v", r.Article, fd, sd)
		}
		fs, ss := rawReading(t, r.Data), rawReading(t, slowOf[r.Article])
		if !reflect.DeepEqual(fs, ss) {
			t.Errorf("article %s: reading differs:\nfast %+v\nslow %+v", r.Article, fs, ss)
		}
	}
}

// showStories lists stories (id: members) with each member named by its
// epoch and place in arts.
func showStories(arts []corroborate.Article, m map[string]string) string {
	label := map[string]string{}
	for i, a := range arts {
		for e := 0; e <= 2; e++ {
			label[fastID(a.ID, e)] = fmt.Sprintf("%d.%d", e, i)
		}
	}
	var out []string
	for id, ms := range m {
		var ls []string
		for _, x := range strings.Fields(ms) {
			ls = append(ls, label[x])
		}
		slices.Sort(ls)
		out = append(out, id+":"+strings.Join(ls, ","))
	}
	slices.Sort(out)
	return strings.Join(out, "\n")
}

// rawReading decodes the reading part of a stored analysis as stored.
func rawReading(t *testing.T, data []byte) *storedReading {
	_, rd, err := splitStored(data)
	if err != nil {
		t.Fatal(err)
	}
	var s storedReading
	if err := gob.NewDecoder(flate.NewReader(bytes.NewReader(rd))).Decode(&s); err != nil {
		t.Fatal(err)
	}
	return &s
}

// stateDiff says how two story states differ ("" when they do not): the
// centroid as term weights (its terms' order is the vocabulary's, which
// follows the names' spelling), the rest as it is.
func stateDiff(a, b *placeState) string {
	wa, wb := map[string]float32{}, map[string]float32{}
	for i, t := range a.Cluster.Terms {
		wa[t] = a.Cluster.Weights[i]
	}
	for i, t := range b.Cluster.Terms {
		wb[t] = b.Cluster.Weights[i]
	}
	if len(wa) != len(wb) {
		return fmt.Sprintf("%d terms, %d terms", len(wa), len(wb))
	}
	for t, w := range wa {
		if d := w - wb[t]; d > 1e-6*max(w, 1) || d < -1e-6*max(w, 1) {
			return fmt.Sprintf("term %q: %v, %v", t, w, wb[t])
		}
	}
	ca, cb := a.Cluster, b.Cluster
	ca.Terms, ca.Weights, cb.Terms, cb.Weights = nil, nil, nil, nil
	if !reflect.DeepEqual(ca, cb) {
		return fmt.Sprintf("cluster state %+v, %+v", ca, cb)
	}
	ra, rb := slices.Sorted(slices.Values(a.Related)), slices.Sorted(slices.Values(b.Related))
	if !slices.Equal(ra, rb) || a.Anchor != b.Anchor || !reflect.DeepEqual(a.Copies, b.Copies) {
		return fmt.Sprintf("related %v anchor %q copies %v; related %v anchor %q copies %v", ra, a.Anchor, a.Copies, rb, b.Anchor, b.Copies)
	}
	return ""
}

// benchFastStore opens a store of at least n articles built the fast way:
// the base set (fastBaseKits, every tenth article held out) read once and
// kept in BENCH_PLACE_DIR (or a temporary directory) as fast-base.db,
// then whole epochs of it up to n articles, kept as fast-N.db (a larger
// store is built on from the largest kept one). The store is copied to a
// temporary file, or opened where it is kept with BENCH_PLACE_INPLACE (a
// store of a million articles is 18 GB: the adds then stay in it). It
// returns the store, its path, the articles it holds and the k-th add:
// the held-out articles, renamed and re-keyed as the last epoch's.
func benchFastStore(b *testing.B, n int) (*sqlite.Store, string, int, func(k int) corroborate.Article) {
	ctx := context.Background()
	base, held, err := readBaseArticles(fastBaseKits(), 10)
	if err != nil {
		b.Skip("shared data not present: ", err)
	}
	dir := os.Getenv("BENCH_PLACE_DIR")
	if dir == "" {
		dir = b.TempDir()
	}
	fastWide = os.Getenv("BENCH_FAST_WIDE") != ""
	// The kept stores' readings are taken as this engine's (see benchStore).
	engineOnce = func() string { return fmt.Sprintf("r%d#bench", ReadingFormat) }
	known := newFastKnown(b)
	fb := buildFastBase(ctx, b, filepath.Join(dir, "fast-base.db"), base, known)
	epochs := max((n+len(base)-1)/len(base), 1)
	total := epochs * len(base)
	kept := filepath.Join(dir, fmt.Sprintf("fast-%d.db", total))
	if _, err := os.Stat(kept); err != nil {
		from, prev := len(base), filepath.Join(dir, "fast-base.db")
		paths, _ := filepath.Glob(filepath.Join(dir, "fast-*.db"))
		for _, p := range paths {
			var m int
			if _, err := fmt.Sscanf(filepath.Base(p), "fast-%d.db", &m); err == nil && m < total && m > from {
				from, prev = m, p
			}
		}
		part := kept + ".part"
		// BENCH_FAST_GROW moves the largest kept store instead of copying
		// it (a store of 100,000 articles is 2.4 GB): it is built on in
		// place, and kept under its new size.
		if os.Getenv("BENCH_FAST_GROW") != "" && prev != filepath.Join(dir, "fast-base.db") {
			err = os.Rename(prev, part)
		} else {
			err = copyFile(prev, part)
		}
		if err != nil {
			b.Fatal(err)
		}
		// The build's connections read the B-trees through a page cache
		// of 1 GiB and a memory map (the profile of session 54: 21% of
		// the build's CPU was page reads as system calls).
		opts := fastBuildOptions
		if os.Getenv("BENCH_FAST_PLAIN") != "" {
			opts = sqlite.Options{}
		}
		store, err := sqlite.OpenWith(ctx, part, opts)
		if err != nil {
			b.Fatal(err)
		}
		if prof := os.Getenv("BENCH_FAST_PROFILE"); prof != "" {
			f, err := os.Create(prof)
			if err != nil {
				b.Fatal(err)
			}
			if err := pprof.StartCPUProfile(f); err != nil {
				b.Fatal(err)
			}
			defer f.Close()
		}
		if done := writeFastEpochs(ctx, b, store, fb, known, from, epochs); done < total {
			total, kept = done, filepath.Join(dir, fmt.Sprintf("fast-%d.db", done))
		}
		pprof.StopCPUProfile()
		if err := store.Close(); err != nil {
			b.Fatal(err)
		}
		if err := os.Rename(part, kept); err != nil {
			b.Fatal(err)
		}
		if os.Getenv("BENCH_FAST_BUILD_ONLY") != "" {
			b.Skip("built ", kept)
		}
	}
	path := kept
	if os.Getenv("BENCH_PLACE_INPLACE") == "" {
		path = filepath.Join(b.TempDir(), "fast.db")
		if err := copyFile(kept, path); err != nil {
			b.Fatal(err)
		}
	}
	store, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { store.Close() })
	// BENCH_FAST_SKIP held-out articles are not added (a store opened in
	// place may hold them from an earlier process).
	skip := 0
	fmt.Sscan(os.Getenv("BENCH_FAST_SKIP"), &skip)
	fastAdds = max(fastAdds, skip)
	last := epochs - 1
	r := newFastRenamer(fb.names, fb.vocab, known, last)
	return store, path, total, func(int) corroborate.Article {
		// Counted over the process's runs of the benchmark: a store opened
		// in place keeps the articles an earlier run added.
		k := fastAdds
		fastAdds++
		if k >= len(held) {
			b.Fatalf("add %d: only %d articles held out", k, len(held))
		}
		return r.article(held[k], last)
	}
}

// writeFastEpochs writes the epochs of the fast store after the from
// articles it holds up to epochs, a batch at a time, and returns the
// articles it then holds (fewer when BENCH_FAST_STOP ended it).
func writeFastEpochs(ctx context.Context, b *testing.B, store *sqlite.Store, fb *fastBase, known fastKnown, from, epochs int) int {
	start, total := time.Now(), epochs*len(fb.arts)
	// BENCH_FAST_BATCH epochs are written at a time (putFastEpochs).
	batch := 8
	fmt.Sscan(os.Getenv("BENCH_FAST_BATCH"), &batch)
	// The next batch is made ready while one is written (SQLite writes
	// on one thread).
	type ready struct {
		eps []*fastEpoch
		err error
	}
	next := make(chan ready, 1)
	go func() {
		defer close(next)
		for e := from / len(fb.arts); e < epochs; e += batch {
			var eps []*fastEpoch
			for k := e; k < min(e+batch, epochs); k++ {
				ep, err := prepareFastEpoch(ctx, fb, newFastRenamer(fb.names, fb.vocab, known, k), k)
				if err != nil {
					next <- ready{err: err}
					return
				}
				eps = append(eps, ep)
			}
			next <- ready{eps: eps}
		}
	}()
	for rd := range next {
		if rd.err != nil {
			b.Fatal(rd.err)
		}
		eps := rd.eps
		if err := putFastEpochs(ctx, store, eps); err != nil {
			b.Fatal(err)
		}
		done := (eps[len(eps)-1].e + 1) * len(fb.arts)
		fmt.Fprintf(os.Stderr, "fast store: %d of %d articles %s (%.0f articles/s)\n", done, total,
			time.Now().Format(time.TimeOnly), float64(done-from)/time.Since(start).Seconds())
		// A file named BENCH_FAST_STOP ends the build after a whole
		// batch: the store is kept under the size it reached.
		if stop := os.Getenv("BENCH_FAST_STOP"); stop != "" && done < total {
			if _, err := os.Stat(stop); err == nil {
				return done
			}
		}
	}
	return total
}

// fastBuildOptions are the store options of the fast build.
var fastBuildOptions = sqlite.Options{CacheKiB: 1 << 20, MmapBytes: 1 << 34}

// fastAdds counts the held-out articles added so far.
var fastAdds int
