package kittext

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestTexts(t *testing.T) {
	p := filepath.Join(t.TempDir(), "kit.jsonl")
	data := `{"id":"a","text":"First article."}
not json
{"id":"b","text":""}
{"id":"c","text":"Second article."}
`
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := Texts(p)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"First article.", "Second article."}; !reflect.DeepEqual(got, want) {
		t.Errorf("Texts = %q, want %q", got, want)
	}
	if _, err := Texts(filepath.Join(t.TempDir(), "missing.jsonl")); err == nil {
		t.Error("a missing file gave no error")
	}
}

func TestPathFindsSharedDataAbove(t *testing.T) {
	root, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	data := filepath.Join(root, "shared", "data")
	deep := filepath.Join(root, "wt", "branch", "internal", "pkg")
	for _, d := range []string{data, deep} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(deep)
	if got, want := Path("kit", "dev.jsonl"), filepath.Join(data, "kit", "dev.jsonl"); got != want {
		t.Errorf("Path from four levels down = %s, want %s", got, want)
	}
}
