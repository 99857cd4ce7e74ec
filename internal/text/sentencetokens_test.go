package text

import (
	"reflect"
	"testing"
	"unsafe"
)

// sentenceTokenDocs are made-up articles for SentenceTokens: a headline
// ending in a capitalised word before a sentence opening with "St."
// (splitTokens reads the token before "St." of its own sentence only),
// text outside ASCII.
var sentenceTokenDocs = []string{
	"Floods Reach Ana Doe\n\nSt. Roe Church opened its hall to 40 families on Tuesday. Crews left.",
	"Lt. Kim Roe said the U.S. grant, $5,000, came late.\n\n—\n\nThe ÉCOLE DOE-ROE reopened; Dr. Doe said: “We’re glad.”",
	"One sentence only",
	"",
}

// TestSentenceTokens checks that SentenceTokens gives each sentence the
// tokens Tokens gives it, with the base forms ReadBases keeps, and nil for
// a sentence without a token.
func TestSentenceTokens(t *testing.T) {
	for _, doc := range sentenceTokenDocs {
		ss := Sentences(doc)
		got := SentenceTokens(ss)
		if len(got) != len(ss) {
			t.Fatalf("%q: %d token slices for %d sentences", doc, len(got), len(ss))
		}
		for i, s := range ss {
			want := Tokens(s.Text)
			ReadBases(want)
			if !reflect.DeepEqual(got[i], want) {
				t.Errorf("%q: sentence %d tokens\n got %+v\nwant %+v", doc, i, got[i], want)
			}
		}
	}
	if got := SentenceTokens([]Sentence{{Text: " \t "}, {Text: "Doe left."}}); got[0] != nil || len(got[1]) != 3 {
		t.Errorf("SentenceTokens of white space and a sentence = %+v", got)
	}
}

// TestSentenceTokensPacked checks that an article's tokens are kept in one
// array of their exact number, each sentence's slice capped at its own
// end, so that an append to one leaves the next as it was. Tokens sizes a
// sentence's slice for a token every four bytes, more than it holds.
func TestSentenceTokensPacked(t *testing.T) {
	ss := Sentences(sentenceTokenDocs[0] + " " + sentenceTokenDocs[1])
	got := SentenceTokens(ss)
	size := unsafe.Sizeof(Token{})
	var prevEnd uintptr
	for i, toks := range got {
		if toks == nil {
			continue
		}
		if cap(toks) != len(toks) {
			t.Errorf("sentence %d: %d tokens kept with room for %d", i, len(toks), cap(toks))
		}
		first := uintptr(unsafe.Pointer(&toks[0]))
		if prevEnd != 0 && first != prevEnd {
			t.Errorf("sentence %d: its tokens do not follow the sentence before's in one array", i)
		}
		prevEnd = first + uintptr(len(toks))*size
	}
	if len(got) < 2 || got[1] == nil {
		t.Fatalf("want two sentences with tokens, got %d", len(got))
	}
	next := got[1][0]
	_ = append(got[0], Token{Text: "x"})
	if got[1][0] != next {
		t.Errorf("an append to sentence 0 changed sentence 1's first token to %+v", got[1][0])
	}
}

// BenchmarkSentenceTokens reads the tokens of a made-up article's
// sentences.
func BenchmarkSentenceTokens(b *testing.B) {
	ss := Sentences(sentenceTokenDocs[0] + " " + sentenceTokenDocs[1])
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		SentenceTokens(ss)
	}
}
