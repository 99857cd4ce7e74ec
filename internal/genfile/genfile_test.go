package genfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestWrite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "table.txt")
	if err := Write(path, func(w io.Writer) error { _, err := io.WriteString(w, "new\n"); return err }); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "new\n" {
		t.Fatalf("got %q, want %q", b, "new\n")
	}
	// A generator that fails after writing part of its output leaves the
	// earlier table as it was.
	err := Write(path, func(w io.Writer) error { io.WriteString(w, "par"); return errors.New("broken source") })
	if err == nil {
		t.Fatal("want an error from a failing generator")
	}
	if b, _ := os.ReadFile(path); string(b) != "new\n" {
		t.Fatalf("after a failed run got %q, want the old table kept", b)
	}
}
