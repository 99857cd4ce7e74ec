package analyze

import (
	"reflect"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/corroborate/corroborate/internal/cluster"
)

// Each epoch of the fast store lies in a time of its own (session 56):
// without it every story of the base has a twin in each epoch on the same
// days with the same words, and an add in a store of many epochs measured
// the twins (session 55). Epoch e is moved by fastYears(e) years: its
// publication dates, every year of 1900-2099 written in its text (a word
// of four digits, renamed like a name: "2016" becomes "2044"), the dates
// of its readings (written as text: "2016-05-03") and its grouping data's
// and story states' day numbers (shifted by fastDays(e) days). The shifts
// are chosen so that the calendar is the same: every shift is a whole
// number of 400-year cycles (146,097 days, the Gregorian calendar's
// period) and of 28-year cycles (10,227 days, whole weeks) that cross no
// century year that is not a leap year from the base set's years
// (2015-2017; the ECB+ articles are undated) — so a weekday, a day of the
// month and a leap day read in the text stay what the moved dates say.

// fastShifts are the year shifts of epochs 1, 2, …: 28-year steps within
// 1901-2099 around the base's years, then the same steps around each
// 400-year cycle after them, then before them; every image of a year of
// 1900-2099 keeps four digits.
var fastShifts = func() []int {
	steps := []int{1, 2, -1, -2, -3}
	var out []int
	for _, b := range steps {
		out = append(out, 28*b)
	}
	for _, a := range []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, -1, -2} {
		for _, b := range append([]int{0}, steps...) {
			out = append(out, 400*a+28*b)
		}
	}
	return out
}()

// fastYears is epoch e's shift in years (0 for the base epoch).
func fastYears(e int) int {
	if e == 0 {
		return 0
	}
	if e > len(fastShifts) {
		panic("fast store: no more shifts of whole calendars than " + strconv.Itoa(len(fastShifts)) + " epochs")
	}
	return fastShifts[e-1]
}

// fastDays is epoch e's shift in days.
func fastDays(e int) int32 {
	from := time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC)
	return int32(from.AddDate(fastYears(e), 0, 0).Sub(from).Hours() / 24)
}

// addYears adds the year renaming of a shift to words.
func addYears(words map[string]string, years int) {
	if years == 0 {
		return
	}
	for y := 1900; y <= 2099; y++ {
		words[strconv.Itoa(y)] = strconv.Itoa(y + years)
	}
}

// span moves a known span by the epoch's days.
func (r *fastRenamer) span(s cluster.Span) cluster.Span {
	if s.Known {
		s.Lo, s.Hi = s.Lo+r.days, s.Hi+r.days
	}
	return s
}

// spans moves spans (always known: the days and months named).
func (r *fastRenamer) spans(ss []cluster.Span) []cluster.Span {
	if ss == nil {
		return nil
	}
	out := make([]cluster.Span, len(ss))
	for i, s := range ss {
		out[i] = cluster.Span{Lo: s.Lo + r.days, Hi: s.Hi + r.days, Known: s.Known}
	}
	return out
}

// day moves a day number, -1 (unknown) kept.
func (r *fastRenamer) day(d int32) int32 {
	if d < 0 {
		return d
	}
	return d + r.days
}

// data is a copy of the grouping data d with the epoch's renaming and
// its days moved.
func (r *fastRenamer) data(d *articleData) *articleData {
	out := &articleData{Features: d.Features}
	f := &out.Features
	f.Terms = make(map[string]float64, len(d.Features.Terms))
	for t, w := range d.Features.Terms {
		f.Terms[r.str(t)] = w
	}
	f.Day = int(r.day(int32(d.Features.Day)))
	f.Event = r.span(d.Features.Event)
	f.Named = r.spans(d.Features.Named)
	f.Persons = r.strs(d.Features.Persons)
	slices.Sort(f.Persons)
	if d.Facts != nil {
		out.Facts = make([][]string, len(d.Facts))
		for i, ws := range d.Facts {
			out.Facts[i] = r.strs(ws)
			slices.Sort(out.Facts[i])
		}
	}
	return out
}

// strs renames a list of strings into a new list.
func (r *fastRenamer) strs(ss []string) []string {
	if ss == nil {
		return nil
	}
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = r.str(s)
	}
	return out
}

// state is a copy of a story's placement state with the epoch's renaming
// and days (its related stories, copies and anchor are re-keyed by the
// caller).
func (r *fastRenamer) state(ps *placeState) *placeState {
	out := &placeState{Cluster: ps.Cluster, Anchor: ps.Anchor}
	c := &out.Cluster
	c.Terms = r.strs(ps.Cluster.Terms)
	c.Persons = r.strs(ps.Cluster.Persons)
	slices.Sort(c.Persons)
	c.MinDay, c.MaxDay = r.day(c.MinDay), r.day(c.MaxDay)
	c.Event, c.Dated = r.span(c.Event), r.span(c.Dated)
	c.Named = r.spans(c.Named)
	out.Related = slices.Clone(ps.Related)
	return out
}

// reading is a copy of a decoded stored reading of text with the
// epoch's renaming (every string, its dates among them), its reference
// date moved and every number written as a year of 1900-2099 moved as
// the text's renaming moves it ("the 2000 block").
func (r *fastRenamer) reading(s *storedReading, text string) *storedReading {
	out := r.clone(reflect.ValueOf(s)).Interface().(*storedReading)
	if out.Ref.Year != 0 {
		out.Ref.Year += r.years
	}
	if r.years == 0 {
		return out
	}
	for i := range out.Numbers {
		n := &out.Numbers[i]
		k := 3 * n.Sentence
		if k+1 >= len(s.Sents) {
			continue
		}
		at := int(s.Sents[k+1])
		if at+n.End > len(text) || n.Start > n.End {
			continue
		}
		written := wordRuns(text[at+n.Start : at+n.End])
		for _, v := range []*float64{&n.Value, &n.Low, &n.High} {
			if y := int(*v); float64(y) == *v && y >= 1900 && y <= 2099 && slices.Contains(written, strconv.Itoa(y)) {
				*v += float64(r.years)
			}
		}
	}
	return out
}

// clone returns a deep copy of v with every string renamed (map keys
// too). Slices of values holding no string, pointer or map are shared,
// not copied: the copies are only read. Unexported fields (never stored)
// are copied as they are.
func (r *fastRenamer) clone(v reflect.Value) reflect.Value {
	t := v.Type()
	switch v.Kind() {
	case reflect.String:
		return reflect.ValueOf(r.str(v.String())).Convert(t)
	case reflect.Pointer:
		if v.IsNil() {
			return v
		}
		n := reflect.New(t.Elem())
		n.Elem().Set(r.clone(v.Elem()))
		return n
	case reflect.Interface:
		if v.IsNil() {
			return v
		}
		n := reflect.New(t).Elem()
		n.Set(r.clone(v.Elem()))
		return n
	case reflect.Struct:
		n := reflect.New(t).Elem()
		n.Set(v)
		for i := 0; i < v.NumField(); i++ {
			if t.Field(i).IsExported() && deepType(t.Field(i).Type) {
				n.Field(i).Set(r.clone(v.Field(i)))
			}
		}
		return n
	case reflect.Slice:
		if v.IsNil() || !deepType(t.Elem()) {
			return v
		}
		n := reflect.MakeSlice(t, v.Len(), v.Len())
		for i := 0; i < v.Len(); i++ {
			n.Index(i).Set(r.clone(v.Index(i)))
		}
		return n
	case reflect.Array:
		n := reflect.New(t).Elem()
		n.Set(v)
		if deepType(t.Elem()) {
			for i := 0; i < v.Len(); i++ {
				n.Index(i).Set(r.clone(v.Index(i)))
			}
		}
		return n
	case reflect.Map:
		if v.IsNil() {
			return v
		}
		n := reflect.MakeMapWithSize(t, v.Len())
		it := v.MapRange()
		for it.Next() {
			n.SetMapIndex(r.clone(it.Key()), r.clone(it.Value()))
		}
		return n
	}
	return v
}

// deepTypes caches deepType (read by the epochs' goroutines).
var deepTypes sync.Map // reflect.Type → bool

// deepType reports whether a value of t holds a string, a pointer, a map,
// a slice or an interface: what clone must copy rather than share.
func deepType(t reflect.Type) bool {
	if d, ok := deepTypes.Load(t); ok {
		return d.(bool)
	}
	d := deepKind(t)
	deepTypes.Store(t, d)
	return d
}

// deepKind is deepType, uncached. A type that holds itself does so
// through a pointer, a slice or a map, and stops there.
func deepKind(t reflect.Type) bool {
	d := false
	switch t.Kind() {
	case reflect.String, reflect.Pointer, reflect.Map, reflect.Slice, reflect.Interface:
		d = true
	case reflect.Array:
		d = deepType(t.Elem())
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			if t.Field(i).IsExported() && deepType(t.Field(i).Type) {
				d = true
			}
		}
	}
	return d
}
