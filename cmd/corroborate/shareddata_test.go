package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestSharedDataWalksUp: the evals' default kit paths are found from a folder
// two levels below the one that holds shared/data, and fall back to
// ../shared/data where no such folder exists.
func TestSharedDataWalksUp(t *testing.T) {
	root := t.TempDir()
	kit := filepath.Join(root, "shared", "data", "html-dev")
	if err := os.MkdirAll(kit, 0o755); err != nil {
		t.Fatal(err)
	}
	deep := filepath.Join(root, "wt", "branch")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(deep)
	got, err := filepath.EvalSymlinks(sharedData("html-dev"))
	if err != nil {
		t.Fatalf("sharedData from %s: %v", deep, err)
	}
	want, _ := filepath.EvalSymlinks(kit)
	if got != want {
		t.Errorf("sharedData(html-dev) = %s, want %s", got, want)
	}
	if got := sharedData("no-such-kit"); got != filepath.Join("..", "shared", "data", "no-such-kit") {
		t.Errorf("missing kit: got %s, want the README's ../shared/data path", got)
	}
}
