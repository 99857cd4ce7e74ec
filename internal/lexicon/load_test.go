package lexicon

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// plainForms returns every form of the lexicon with its senses, read back
// from its form table (the lexicon keeps no map of forms).
func plainForms(lx *Lexicon) map[string][]Sense {
	m := map[string][]Sense{}
	for f, ss := range lx.formsT.all(anySenses) {
		m[f] = ss
	}
	return m
}

// plainReading is the extract read the plain way, line by line into maps
// (as the loader did before it filled its tables directly): the forms,
// the form each lower-case form stands for, the exceptions, and each
// synset's hypernyms and count of children.
type plainReading struct {
	forms     map[string][]Sense
	lower     map[string]string
	exc       map[POS]map[string]string
	hypernyms map[uint64][]uint32
	hyponyms  map[uint64]int
	classes   map[uint32][]uint32 // an instance's classes, after "^"
}

func readPlain(t *testing.T, gz []byte) plainReading {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	r := plainReading{forms: map[string][]Sense{}, lower: map[string]string{}, exc: map[POS]map[string]string{},
		hypernyms: map[uint64][]uint32{}, hyponyms: map[uint64]int{}, classes: map[uint32][]uint32{}}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		r.line(sc.Text())
	}
	return r
}

func (r *plainReading) line(line string) {
	if line == "" || line[0] == '#' {
		return
	}
	if line[0] == '=' {
		f := strings.Split(line[1:], "\t")
		if len(f) == 3 {
			p := POS(f[0][0])
			if r.exc[p] == nil {
				r.exc[p] = map[string]string{}
			}
			if _, ok := r.exc[p][f[1]]; !ok {
				r.exc[p][f[1]] = f[2]
			}
		}
		return
	}
	form, list, ok := strings.Cut(line, "\t")
	if !ok {
		return
	}
	var senses []Sense
	for _, s := range strings.Split(list, ",") {
		if len(s) >= 4 {
			senses = append(senses, r.sense(s))
		}
	}
	r.forms[form] = senses
	low := strings.ToLower(form)
	if prev, ok := r.lower[low]; !ok || prev != low && form == low {
		r.lower[low] = form
	}
}

func (r *plainReading) sense(s string) Sense {
	rank := 0
	if i := strings.IndexByte(s, '/'); i > 0 {
		rank, _ = strconv.Atoi(s[i+1:])
		s = s[:i]
	}
	colon := strings.IndexByte(s, ':')
	lex, _ := strconv.Atoi(s[1:colon])
	off, hypers, _ := strings.Cut(s[colon+1:], ">")
	off, classes, _ := strings.Cut(off, "^")
	inst := strings.HasSuffix(off, "i")
	n, _ := strconv.ParseUint(strings.TrimSuffix(off, "i"), 10, 32)
	sense := Sense{POS: POS(s[0]), Lex: uint8(lex), Synset: uint32(n), Instance: inst, Rank: uint8(min(rank, 255))}
	for h := range strings.SplitSeq(hypers, ">") {
		if v, err := strconv.ParseUint(h, 10, 32); err == nil {
			sense.Hypernyms = append(sense.Hypernyms, uint32(v))
		}
	}
	if _, seen := r.classes[sense.Synset]; classes != "" && !seen {
		for c := range strings.SplitSeq(classes, "^") {
			v, _ := strconv.ParseUint(c, 10, 32)
			r.classes[sense.Synset] = append(r.classes[sense.Synset], uint32(v))
		}
	}
	k := synsetID(sense.POS, sense.Synset)
	if _, seen := r.hypernyms[k]; !seen {
		r.hypernyms[k] = sense.Hypernyms
		for _, h := range sense.Hypernyms {
			r.hyponyms[synsetID(sense.POS, h)]++
		}
	}
	return sense
}

// TestLoadReadsAsPlain checks the loader against the plain reading of the
// same extract: the same forms with the same senses, the same form behind
// each lower-case form, the same exceptions, hypernyms and counts of
// children; and every form's senses (and every sense's hypernyms) end
// where they are cut, so that appending to them cannot write over another
// form's.
func TestLoadReadsAsPlain(t *testing.T) {
	lx, want := Default(), readPlain(t, wordnetGz)
	got := plainForms(lx)
	if len(got) != len(want.forms) || len(got) < 100000 {
		t.Fatalf("%d forms, the plain reading has %d", len(got), len(want.forms))
	}
	for f, ss := range want.forms {
		g, ok := lx.formsT.get(f)
		if !ok || !reflect.DeepEqual(g, ss) {
			t.Fatalf("%q: senses %v, the plain reading has %v", f, g, ss)
		}
		if cap(g) != len(g) {
			t.Fatalf("%q: senses of capacity %d beyond their %d", f, cap(g), len(g))
		}
		for _, s := range g {
			if cap(s.Hypernyms) != len(s.Hypernyms) {
				t.Fatalf("%q: hypernyms of capacity %d beyond their %d", f, cap(s.Hypernyms), len(s.Hypernyms))
			}
		}
	}
	for low, f := range want.lower {
		if g := lx.lowerSenses(low); !reflect.DeepEqual(g, want.forms[f]) {
			t.Fatalf("lower %q: not the senses of %q", low, f)
		}
	}
	if !reflect.DeepEqual(lx.exc, want.exc) {
		t.Fatal("exceptions differ from the plain reading")
	}
	read := 0
	for _, s := range lx.synsets.slots {
		if s.read {
			read++
		}
		if s.id != 0 && int(s.kids) != want.hyponyms[s.id] {
			t.Fatalf("synset %d: %d children, the plain reading has %d", s.id, s.kids, want.hyponyms[s.id])
		}
	}
	if read != len(want.hypernyms) {
		t.Fatalf("%d synsets' hypernyms, the plain reading has %d", read, len(want.hypernyms))
	}
	for k, hs := range want.hypernyms {
		if g := lx.synsets.hypernymsOf(k); !slices.Equal(g, hs) || (g == nil) != (hs == nil) {
			t.Fatalf("synset %d: hypernyms %v, the plain reading has %v", k, g, hs)
		}
	}
	for k, n := range want.hyponyms {
		if got := lx.synsets.kids(k); got != n {
			t.Fatalf("synset %d: %d children, the plain reading has %d", k, got, n)
		}
	}
	if !reflect.DeepEqual(lx.instanceOf, want.classes) || len(want.classes) < 5000 {
		t.Fatalf("%d instances' classes, the plain reading has %d", len(lx.instanceOf), len(want.classes))
	}
}

// TestLoadLine checks the reading of made-up lines: senses, hypernyms
// shared by the forms of a synset, the lower-case table's choice of form,
// exceptions, and lines that hold nothing.
func TestLoadLine(t *testing.T) {
	text := "# a comment\n" +
		"Zorp\tn18:100i/1\n" +
		"zorp\tn06:200>300>400,v30:200\n" +
		"ZORP\tn06:500\n" +
		"Blick\tn15:600>300\n" +
		"BLICK\tn15:700\n" +
		"Quab\tn15:800\n" +
		"quab\tn06:900\n" +
		"gloop\tn06:200>300>400/300\n" +
		"=n\tzorpen\tzorp\n" +
		"=n\tzorpen\tother\n" +
		"notab\n" +
		"\n" +
		"empty\t\n"
	ld := newLoader([]byte(text))
	for line := range strings.SplitSeq(text, "\n") {
		ld.line([]byte(line))
	}
	ld.fileCased()
	lx := ld.lx
	zorp, _ := lx.formsT.get("zorp")
	want := []Sense{{POS: Noun, Lex: 6, Synset: 200, Hypernyms: []uint32{300, 400}}, {POS: Verb, Lex: 30, Synset: 200}}
	if !reflect.DeepEqual(zorp, want) {
		t.Errorf("zorp: %+v, want %+v", zorp, want)
	}
	if ss, _ := lx.formsT.get("Zorp"); len(ss) != 1 || !ss[0].Instance || ss[0].Rank != 1 || ss[0].Lex != NounPerson {
		t.Errorf("Zorp: %+v", ss)
	}
	if ss, _ := lx.formsT.get("gloop"); len(ss) != 1 || ss[0].Rank != 255 || &ss[0].Hypernyms[0] != &zorp[0].Hypernyms[0] {
		t.Errorf("gloop: %+v, want rank 255 and zorp's hypernyms shared", ss)
	}
	for low, form := range map[string]string{"zorp": "zorp", "blick": "Blick", "quab": "quab"} {
		got := lx.lowerSenses(low)
		if ss, _ := lx.formsT.get(form); !sameSenses(got, ss) {
			t.Errorf("lower %q: not the senses of %q", low, form)
		}
	}
	if lx.exc[Noun]["zorpen"] != "zorp" || lx.synsets.kids(synsetID(Noun, 300)) != 2 || lx.synsets.kids(synsetID(Noun, 400)) != 1 {
		t.Errorf("exception %q, children of 300: %d", lx.exc[Noun]["zorpen"], lx.synsets.kids(synsetID(Noun, 300)))
	}
	if hs := lx.synsets.hypernymsOf(synsetID(Noun, 200)); !slices.Equal(hs, []uint32{300, 400}) || lx.synsets.hypernymsOf(synsetID(Verb, 200)) != nil {
		t.Errorf("hypernyms of noun 200: %v; verb 200 has none", hs)
	}
	for _, f := range []string{"notab", "", "# a comment"} {
		if _, ok := lx.formsT.get(f); ok {
			t.Errorf("%q read as a form", f)
		}
	}
	if ss, ok := lx.formsT.get("empty"); !ok || ss != nil {
		t.Errorf("empty: %v, %v; want a form without senses", ss, ok)
	}
}

// TestAtou32 checks the reading of the extract's numbers.
func TestAtou32(t *testing.T) {
	for _, c := range []struct {
		in   string
		want uint32
		ok   bool
	}{
		{"0", 0, true}, {"07", 7, true}, {"15154774", 15154774, true}, {"4294967295", 4294967295, true},
		{"4294967296", 0, false}, {"", 0, false}, {"12a", 0, false}, {"-1", 0, false}, {"99999999999", 0, false},
	} {
		if got, ok := atou32([]byte(c.in)); got != c.want || ok != c.ok {
			t.Errorf("atou32(%q) = %d, %v; want %d, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// TestLoadInstanceClasses checks the classes after "^" on made-up lines:
// a well-formed list is filed under the instance's synset, and a malformed
// one (an empty or non-numeric offset, classes of a sense that is no noun
// instance) panics with a message that names the fault.
func TestLoadInstanceClasses(t *testing.T) {
	for _, c := range []struct {
		line  string
		want  []uint32 // the classes of synset 100
		panic string   // what the panic says, "" for none
	}{
		{"Zorp\tn15:100i^300^400>500/1", []uint32{300, 400}, ""},
		{"Zorp\tn15:100i^300", []uint32{300}, ""},
		{"Zorp\tn15:100i>500", nil, ""},
		{"Zorp\tn15:100i^", nil, `class ""`},
		{"Zorp\tn15:100i^300^", nil, `class ""`},
		{"Zorp\tn15:100i^3x0", nil, `class "3x0"`},
		{"Zorp\tn15:100i^99999999999", nil, `class "99999999999"`},
		{"Zorp\tn15:100^300", nil, "no noun instance"},
		{"zorp\tv30:100i^300", nil, "no noun instance"},
	} {
		got, msg := loadClasses(c.line)
		if c.panic == "" && (msg != "" || !reflect.DeepEqual(got, c.want)) {
			t.Errorf("%q: classes %v (panic %q), want %v", c.line, got, msg, c.want)
		}
		if c.panic != "" && !strings.Contains(msg, c.panic) {
			t.Errorf("%q: panic %q, want one that says %q", c.line, msg, c.panic)
		}
	}
}

// loadClasses reads one line and returns the classes filed for synset 100,
// or what the reading panicked with.
func loadClasses(line string) (classes []uint32, msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint(r)
		}
	}()
	ld := newLoader([]byte(line))
	ld.line([]byte(line))
	return ld.lx.instanceOf[100], ""
}
