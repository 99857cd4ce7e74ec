package main

import (
	"bytes"
	"os"
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// TestInSync checks that internal/mention/headwords.txt is what the
// generator writes from the embedded lexicon.
func TestInSync(t *testing.T) {
	var buf bytes.Buffer
	if err := Generate(lexicon.Default(), &buf); err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../headwords.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Fatal("internal/mention/headwords.txt is out of date: run go run ./internal/mention/headgen")
	}
}
