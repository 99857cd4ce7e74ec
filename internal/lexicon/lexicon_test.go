package lexicon

import (
	"strings"
	"testing"
)

func TestBase(t *testing.T) {
	lx := Default()
	tests := []struct {
		word string
		pos  POS
		want string
	}{
		{"killed", Verb, "kill"}, {"said", Verb, "say"}, {"told", Verb, "tell"}, {"arrested", Verb, "arrest"},
		{"wounded", Verb, "wound"}, {"stopped", Verb, "stop"}, {"announces", Verb, "announce"}, {"carried", Verb, "carry"},
		{"troops", Noun, "troop"}, {"militants", Noun, "militant"}, {"people", Noun, "people"}, {"men", Noun, "man"},
		{"countries", Noun, "country"}, {"poses", Verb, "pose"}, {"biggest", Adj, "big"},
		{"canvass", Noun, "canvass"}, {"pass", Noun, "pass"}, {"passes", Noun, "pass"}, {"glasses", Noun, "glass"},
	}
	for _, tt := range tests {
		if got := lx.Base(tt.word, tt.pos); got != tt.want {
			t.Errorf("Base(%q, %c) = %q, want %q", tt.word, tt.pos, got, tt.want)
		}
	}
}

func TestProperTypeAndCommon(t *testing.T) {
	lx := Default()
	for name, want := range map[string]string{"Paris": "place", "Germany": "place", "Einstein": "person", "United_Nations": "organization", "Reading": "place", "threat": ""} {
		if got := lx.ProperType(name); got != want {
			t.Errorf("ProperType(%q) = %q, want %q", name, got, want)
		}
	}
	if !lx.IsCommon("The") && !lx.IsCommon("meeting") {
		t.Error("common words not found")
	}
	if lx.IsCommon("Obama") {
		t.Error("Obama is not a common word")
	}
	if !lx.HasLex("say", Verb, VerbCommunication) || lx.HasLex("kill", Verb, VerbCommunication) {
		t.Error("verb categories wrong")
	}
}

func TestSynonyms(t *testing.T) {
	lx := Default()
	if !lx.Synonyms("threat", "menace", Noun) {
		t.Error("threat/menace should share a synset")
	}
	if !lx.Synonyms("danger", "peril", Noun) {
		t.Error("danger/peril should share a synset")
	}
	if lx.Synonyms("threat", "victory", Noun) {
		t.Error("threat/victory are not synonyms")
	}
}

func TestSynonymsRanked(t *testing.T) {
	lx := Default()
	for _, tc := range []struct {
		a, b   string
		p      POS
		an, bn int
		want   bool
	}{
		{"nab", "arrest", Verb, 4, 1, true},          // both in a common sense
		{"get", "arrest", Verb, 4, 1, false},         // "get" in a rare sense, "arrest" as attract
		{"halt", "arrest", Verb, 4, 1, false},        // "arrest" as stop is its 4th sense
		{"halt", "arrest", Verb, 4, 4, true},         // …read when b's senses are not limited
		{"apprehension", "arrest", Noun, 4, 1, true}, // the 4th noun sense
		{"apprehension", "arrest", Noun, 3, 1, false},
		{"stoppage", "arrest", Noun, 4, 1, false}, // "arrest" as a stop is its 2nd noun sense
		{"arrest", "arrest", Noun, 0, 0, true},    // a word is its own synonym
	} {
		if got := lx.SynonymsRanked(tc.a, tc.b, tc.p, tc.an, tc.bn); got != tc.want {
			t.Errorf("SynonymsRanked(%s, %s, %c, %d, %d) = %v, want %v", tc.a, tc.b, tc.p, tc.an, tc.bn, got, tc.want)
		}
	}
}

func TestRelated(t *testing.T) {
	lx := Default()
	for _, p := range [][2]string{{"threat", "danger"}, {"risk", "threat"}, {"committee", "commission"}, {"kill", "kill"}} {
		if !lx.Related(p[0], p[1], Noun) && !lx.Related(p[0], p[1], Verb) {
			t.Errorf("Related(%q, %q) = false", p[0], p[1])
		}
	}
	for _, p := range [][2]string{{"threat", "victory"}, {"meeting", "threat"}, {"victory", "committee"}} {
		if lx.Related(p[0], p[1], Noun) {
			t.Errorf("Related(%q, %q) = true", p[0], p[1])
		}
	}
}

// TestKey: the fast path for plain words gives what trimming and joining
// with underscores gives.
func TestKey(t *testing.T) {
	for _, s := range []string{"", "ferry", " ferry", "ferry ", "\tferry\n", "\u00a0ferry", "ferry\u00a0", "prime minister", " prime  minister ", "café", "x", " "} {
		want := strings.ReplaceAll(strings.TrimSpace(s), " ", "_")
		if got := key(s); got != want {
			t.Errorf("key(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestRank: the first noun sense is WordNet's most frequent one.
func TestRank(t *testing.T) {
	lx := Default()
	first := func(w string) Sense {
		for _, s := range lx.Senses(w) {
			if s.POS == Noun && s.Rank == 0 {
				return s
			}
		}
		t.Fatalf("%q has no first noun sense", w)
		return Sense{}
	}
	if s := first("king"); s.Lex != NounPerson {
		t.Errorf("first sense of king in lexicographer file %d, want noun.person", s.Lex)
	}
	if s := first("head"); s.Lex == NounPerson {
		t.Error("first sense of head is a person, want the body part")
	}
}

func TestClosedClass(t *testing.T) {
	for w, want := range map[string]string{"the": "DT", "despite": "IN", "they": "PRP", "would": "MD", "minister": "", "said": ""} {
		if got, ok := ClosedClass(w); got != want || ok != (want != "") {
			t.Errorf("ClosedClass(%q) = %q, %v, want %q", w, got, ok, want)
		}
	}
	for w, want := range map[string]bool{"the": true, "his": true, "of": true, "they": false, "who": false} {
		if got := NounFollows(w); got != want {
			t.Errorf("NounFollows(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestOverlapEitherOrder checks that Overlap counts the same shared words
// whichever set is the smaller (it walks the smaller one), a word held as
// false in the second set counting as absent.
func TestOverlapEitherOrder(t *testing.T) {
	set := func(ws ...string) map[string]bool {
		m := map[string]bool{}
		for _, w := range ws {
			m[w] = true
		}
		return m
	}
	falseIn := set("lamp", "desk")
	falseIn["chair"] = false
	tests := []struct {
		name string
		a, b map[string]bool
		want float64
	}{
		{"empty", set(), set("lamp"), 0},
		{"smaller first", set("lamp", "desk"), set("lamp", "desk", "chair", "rug"), 1},
		{"smaller second", set("lamp", "desk", "chair", "rug"), set("lamp", "sofa"), 0.5},
		{"false in the larger second", set("chair"), falseIn, 0},
		{"false in the smaller second", set("chair", "lamp", "desk", "rug"), falseIn, 2.0 / 3},
		{"false in the smaller first", falseIn, set("chair", "lamp", "rug", "bed"), 2.0 / 3},
	}
	for _, tc := range tests {
		if got := Overlap(tc.a, tc.b); got != tc.want {
			t.Errorf("%s: Overlap = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestSensesFormsAgree checks that RelatedSenses and SynonymSenses, given
// the words' senses, answer as Related and Synonyms do on the words.
func TestSensesFormsAgree(t *testing.T) {
	lx := Default()
	words := []string{"ferry", "barge", "boat", "car", "automobile", "run", "sprint", "big", "large", "fire", "blaze", "say", "state", "quick", "fast", "notaword"}
	agree := 0
	for _, a := range words {
		for _, b := range words {
			if a == b {
				continue
			}
			sa, sb := lx.Senses(a), lx.Senses(b)
			for _, p := range []POS{Noun, Verb, Adj} {
				if got, want := lx.RelatedSenses(sa, sb, p), lx.Related(a, b, p); got != want {
					t.Errorf("RelatedSenses(%s, %s, %c) = %v, Related says %v", a, b, p, got, want)
				}
				got, want := SynonymSenses(sa, sb, p), lx.Synonyms(a, b, p)
				if got != want {
					t.Errorf("SynonymSenses(%s, %s, %c) = %v, Synonyms says %v", a, b, p, got, want)
				}
				if want {
					agree++
				}
			}
		}
	}
	if agree == 0 {
		t.Error("no pair of synonyms among the words: the test checks nothing")
	}
}

// TestToInfinitive checks the verbs whose senses take a to-infinitive: the
// commonest sense of "force" does, "drive" only in a rarer sense, "take" in
// none.
func TestToInfinitive(t *testing.T) {
	for _, c := range []struct {
		verb string
		ok   bool
		rank int
	}{{"force", true, 0}, {"refuse", true, 0}, {"drive", true, 6}, {"take", false, 0}} {
		r, ok := ToInfinitive(c.verb)
		if ok != c.ok || ok && r != c.rank {
			t.Errorf("ToInfinitive(%q) = %d, %v; want %d, %v", c.verb, r, ok, c.rank, c.ok)
		}
	}
}

func TestDerivedVerbs(t *testing.T) {
	for _, c := range []struct{ noun, verb string }{{"explosion", "explode"}, {"robbery", "rob"}, {"election", "elect"}} {
		if vs := DerivedVerbs(c.noun); len(vs) == 0 || vs[0] != c.verb {
			t.Errorf("DerivedVerbs(%q) = %v, want %q first", c.noun, vs, c.verb)
		}
	}
	if vs := DerivedVerbs("minister"); vs != nil {
		t.Errorf("DerivedVerbs(minister) = %v, want none (no event noun)", vs)
	}
}
