package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestInSync regenerates the closed-class list from the prose module in
// the Go module cache and checks that the embedded one is what the
// generator writes. CI downloads the module (.ci/run); elsewhere the test
// is skipped without it.
func TestInSync(t *testing.T) {
	dir, err := ModuleDir()
	if err == nil {
		_, err = os.Stat(filepath.Join(dir, "model", "AveragedPerceptron", "tags.gob"))
	}
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not in the module cache: %v", Module, err)
		}
		t.Skipf("%s is not in the module cache", Module)
	}
	var buf bytes.Buffer
	if err := Generate(dir, &buf); err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../closedclass.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Fatal("internal/lexicon/closedclass.txt is out of date: run go run ./internal/lexicon/closedgen")
	}
}

func TestPlain(t *testing.T) {
	for w, want := range map[string]bool{"the": true, "n't": true, "": false, "The": false, "a\\/k\\/a": false, ".what": false} {
		if got := plain(w); got != want {
			t.Errorf("plain(%q) = %v, want %v", w, got, want)
		}
	}
}
