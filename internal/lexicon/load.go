package lexicon

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"hash/maphash"
	"io"
	"strings"
	"unicode/utf8"
)

// load reads the embedded extract (gzip-compressed lines: a form and its
// senses, an exception, a comment) into a Lexicon. It panics on corrupt
// data, which is part of the binary.
func load(gz []byte) *Lexicon {
	data, err := inflate(gz)
	if err != nil {
		panic("lexicon: corrupt embedded data: " + err.Error())
	}
	ld := newLoader(data)
	for len(data) > 0 {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		ld.line(line)
	}
	ld.fileCased()
	for _, p := range [...]POS{Noun, Verb, Adj, Adv} {
		ld.lx.excBy[posIndex(p)] = ld.lx.exc[p]
	}
	return ld.lx
}

// inflate decompresses the embedded extract in one buffer.
func inflate(gz []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("lexicon: opening the extract: %w", err)
	}
	var buf bytes.Buffer
	buf.Grow(3 * len(gz)) // the text is about 2.7 times its compressed size
	if _, err := io.Copy(&buf, zr); err != nil {
		return nil, fmt.Errorf("lexicon: reading the extract: %w", err)
	}
	return buf.Bytes(), nil
}

// loader reads the lines of the embedded extract into a Lexicon. It fills
// the form tables and the synset table as it reads, without maps in
// between, and keeps every form's senses in one array and every synset's
// hypernyms in another: a few large allocations instead of one a form.
type loader struct {
	lx     *Lexicon
	senses []Sense // what the forms' senses are cut from
	// cased are the forms not written in lower case, in the extract's
	// order, for lowerT (fileCased).
	cased []casedForm
}

// casedForm is a form with a capital letter and its senses.
type casedForm struct {
	form   []byte
	senses senseSpan
}

// newLoader returns a loader sized for the extract's text: at most a form
// a line, a sense a colon, a hypernym a '>'.
func newLoader(text []byte) *loader {
	lines := bytes.Count(text, []byte{'\n'}) + 1
	seed := maphash.MakeSeed()
	senses := written[Sense](bytes.Count(text, []byte{':'}))[:0]
	lx := &Lexicon{
		formsT:  newEmptyTable(seed, lines, senses),
		exc:     map[POS]map[string]string{},
		synsets: newSynsetTable(120000, make([]uint32, 0, bytes.Count(text, []byte{'>'}))),
	}
	lx.bases.seed = maphash.MakeSeed()
	lx.contents.seed = maphash.MakeSeed()
	lx.indexes.seed = maphash.MakeSeed()
	return &loader{lx: lx, senses: senses}
}

// line reads one line: a form and its senses, an exception ("=") or a
// comment.
func (ld *loader) line(line []byte) {
	if len(line) == 0 || line[0] == '#' {
		return
	}
	if line[0] == '=' {
		ld.exception(string(line[1:]))
		return
	}
	tab := bytes.IndexByte(line, '\t')
	if tab < 0 {
		return
	}
	form, list := line[:tab], line[tab+1:]
	start := len(ld.senses)
	for len(list) > 0 {
		s := list
		if i := bytes.IndexByte(list, ','); i >= 0 {
			s, list = list[:i], list[i+1:]
		} else {
			list = nil
		}
		if len(s) >= 4 {
			ld.senses = append(ld.senses, ld.sense(s))
		}
	}
	if len(ld.senses) > cap(ld.lx.formsT.senses) {
		panic("lexicon: more senses than the extract's colons")
	}
	senses := senseSpan{at: uint32(start), n: uint16(len(ld.senses) - start), pos: posBits(ld.senses[start:])}
	ld.lx.formsT.put(form, senses, true)
	if !isLower(form) {
		ld.cased = append(ld.cased, casedForm{form, senses})
	}
}

// isLower reports whether form is written in lower case.
func isLower(form []byte) bool {
	for _, c := range form {
		if c >= utf8.RuneSelf {
			return string(form) == strings.ToLower(string(form))
		}
		if 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// fileCased fills lowerT once every form is read: under each lower-case
// form that is not itself a form of the extract, the senses of the first
// form of the extract that lower-cases to it.
func (ld *loader) fileCased() {
	ld.lx.lowerT = newEmptyTable(ld.lx.formsT.seed, len(ld.cased), ld.senses)
	var buf [formInline]byte
	for _, c := range ld.cased {
		low, ascii := lowerASCII(c.form, buf[:0])
		if !ascii {
			low = []byte(strings.ToLower(string(c.form)))
		}
		if _, own := ld.lx.formsT.get(string(low)); !own {
			ld.lx.lowerT.put(low, c.senses, false)
		}
	}
	ld.cased = nil
}

// lowerASCII appends form in lower case to buf when form is ASCII and
// reports whether it was.
func lowerASCII(form, buf []byte) ([]byte, bool) {
	for _, c := range form {
		if c >= utf8.RuneSelf {
			return nil, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf, true
}

// exception reads an exception line ("POS\tinflected\tbase"); the first
// line of a form and part of speech counts.
func (ld *loader) exception(line string) {
	f := strings.Split(line, "\t")
	if len(f) != 3 {
		return
	}
	p := POS(f[0][0])
	if ld.lx.exc[p] == nil {
		ld.lx.exc[p] = map[string]string{}
	}
	if _, ok := ld.lx.exc[p][f[1]]; !ok {
		ld.lx.exc[p][f[1]] = f[2]
	}
}

// sense reads one sense ("n18:10467179>10372373/2": part of speech,
// lexicographer file, synset offset, "i" for an instance and its classes
// after "^", hypernyms after ">", rank after "/"). A synset's hypernyms are read once: every form of
// the synset shares the slice, and the synset's hypernyms count it as a
// child once.
func (ld *loader) sense(s []byte) Sense {
	rank := 0
	if i := bytes.IndexByte(s, '/'); i > 0 {
		rank = atoi(s[i+1:])
		s = s[:i]
	}
	colon := bytes.IndexByte(s, ':')
	lex := atoi(s[1:colon])
	off, hypers, _ := bytes.Cut(s[colon+1:], []byte{'>'})
	off, classes, hasClasses := bytes.Cut(off, []byte{'^'})
	inst := bytes.HasSuffix(off, []byte{'i'})
	off = bytes.TrimSuffix(off, []byte{'i'})
	sense := Sense{POS: POS(s[0]), Lex: uint8(lex), Synset: uint32(atoi(off)), Instance: inst, Rank: uint8(min(rank, 255))}
	if hasClasses {
		if !inst || sense.POS != Noun {
			panic(fmt.Sprintf("lexicon: corrupt embedded data: classes after \"^\" in %q, which is no noun instance", s))
		}
		ld.instanceClasses(sense.Synset, classes)
	}
	t := ld.lx.synsets
	slot := t.slot(synsetID(sense.POS, sense.Synset))
	if slot.read {
		sense.Hypernyms = t.cut(slot)
		return sense
	}
	start := len(t.hypers)
	for len(hypers) > 0 {
		h := hypers
		if i := bytes.IndexByte(hypers, '>'); i >= 0 {
			h, hypers = hypers[:i], hypers[i+1:]
		} else {
			hypers = nil
		}
		if v, ok := atou32(h); ok {
			t.hypers = append(t.hypers, v)
		}
	}
	// slot is still the synset's: nothing was added to the table since.
	slot.at, slot.nh, slot.read = uint32(start), uint16(len(t.hypers)-start), true
	sense.Hypernyms = t.cut(slot)
	for _, h := range sense.Hypernyms {
		t.slot(synsetID(sense.POS, h)).kids++
	}
	return sense
}

// instanceClasses files the classes of instance synset id ("8700255" or
// "8700255^8697219": the offsets after its "^"), once. It panics on an
// offset that is empty or no number ("n15:100i^", "n15:100i^x"), as load
// does on corrupt data: the extract is part of the binary, and a class
// dropped in silence would only show as a country not found.
func (ld *loader) instanceClasses(id uint32, classes []byte) {
	if ld.lx.instanceOf == nil {
		ld.lx.instanceOf = map[uint32][]uint32{}
	}
	if _, ok := ld.lx.instanceOf[id]; ok {
		return
	}
	var cs []uint32
	for _, c := range bytes.Split(classes, []byte{'^'}) {
		v, ok := atou32(c)
		if !ok {
			panic(fmt.Sprintf("lexicon: corrupt embedded data: instance %d has the class %q after \"^\", no synset offset", id, c))
		}
		cs = append(cs, v)
	}
	ld.lx.instanceOf[id] = cs
}

// atoi reads a decimal number of the extract (0 when b holds none, as
// strconv.Atoi's value on an error).
func atoi(b []byte) int {
	v, ok := atou32(b)
	if !ok {
		return 0
	}
	return int(v)
}

// atou32 reads an unsigned decimal number that fits 32 bits.
func atou32(b []byte) (uint32, bool) {
	if len(b) == 0 || len(b) > 10 {
		return 0, false
	}
	var v uint64
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + uint64(c-'0')
	}
	if v > 1<<32-1 {
		return 0, false
	}
	return uint32(v), true
}
