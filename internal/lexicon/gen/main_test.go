package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestInSync regenerates the extract from Debian's wordnet-base and checks
// that the embedded one is what the generator writes. CI installs
// wordnet-base (.ci/run); elsewhere the test is skipped without it.
func TestInSync(t *testing.T) {
	dir := "/usr/share/wordnet"
	if _, err := os.Stat(filepath.Join(dir, "data.noun")); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("wordnet-base is not installed: %v", err)
		}
		t.Skip("wordnet-base is not installed")
	}
	var buf bytes.Buffer
	if err := generate(dir, &buf); err != nil {
		t.Fatal(err)
	}
	got := gunzip(t, buf.Bytes())
	embedded, err := os.ReadFile("../wordnet.txt.gz")
	if err != nil {
		t.Fatal(err)
	}
	want := gunzip(t, embedded)
	if !bytes.Equal(got, want) {
		t.Fatalf("internal/lexicon/wordnet.txt.gz is out of date (%d bytes, the generator writes %d): run go run ./internal/lexicon/gen", len(want), len(got))
	}
}

// TestInfinitivesInSync checks the embedded list of verbs that take a
// to-infinitive against what the generator writes.
func TestInfinitivesInSync(t *testing.T) {
	dir := "/usr/share/wordnet"
	if _, err := os.Stat(filepath.Join(dir, "data.verb")); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("wordnet-base is not installed: %v", err)
		}
		t.Skip("wordnet-base is not installed")
	}
	var buf bytes.Buffer
	if err := infinitives(dir, &buf); err != nil {
		t.Fatal(err)
	}
	embedded, err := os.ReadFile("../toinfinitive.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), embedded) {
		t.Fatalf("internal/lexicon/toinfinitive.txt is out of date: run go run ./internal/lexicon/gen")
	}
}

func gunzip(t *testing.T, b []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return out
}
