package analyze

import (
	"encoding/binary"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestGoBuildIDOfTestBinary reads the running test binary's build ID and
// checks it against what `go tool buildid` prints for it.
func TestGoBuildIDOfTestBinary(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Skip("no executable path:", err)
	}
	id := goBuildID(exe)
	out, err := exec.Command("go", "tool", "buildid", exe).Output()
	if err != nil {
		t.Skip("go tool buildid:", err)
	}
	if want := strings.TrimSpace(string(out)); id != want {
		t.Fatalf("goBuildID = %q, go tool buildid = %q", id, want)
	}
	sum, err := executableSum()
	if err != nil || sum != shortSum([]byte(id)) || len(sum) != 12 {
		t.Fatalf("executableSum = %q, %v; want the short sum of %q", sum, err, id)
	}
}

// TestGoBuildIDNotELF checks that a file that is not ELF has no build ID
// (executableSum then hashes the file).
func TestGoBuildIDNotELF(t *testing.T) {
	p := filepath.Join(t.TempDir(), "plain")
	if err := os.WriteFile(p, []byte("not an executable"), 0o600); err != nil {
		t.Fatal(err)
	}
	if id := goBuildID(p); id != "" {
		t.Fatalf("goBuildID of a text file = %q", id)
	}
	if sum, err := fileSum(p); err != nil || sum != shortSum([]byte("not an executable")) {
		t.Fatalf("fileSum = %q, %v", sum, err)
	}
}

// TestNoteDesc reads made-up notes: the Go build ID's, another owner's,
// another type, and cut short.
func TestNoteDesc(t *testing.T) {
	note := func(name string, typ uint32, desc string) []byte {
		b := binary.LittleEndian.AppendUint32(nil, uint32(len(name)))
		b = binary.LittleEndian.AppendUint32(b, uint32(len(desc)))
		b = binary.LittleEndian.AppendUint32(b, typ)
		b = append(b, name...)
		for len(b)%4 != 0 {
			b = append(b, 0)
		}
		return append(b, desc...)
	}
	cases := []struct {
		b    []byte
		want string
	}{
		{note("Go\x00\x00", 4, "abc/def"), "abc/def"},
		{note("GNU\x00", 4, "abc/def"), ""},
		{note("Go\x00\x00", 1, "abc/def"), ""},
		{note("Go\x00", 4, "abc/def"), ""},
		{note("Go\x00\x00", 4, "abc/def")[:18], ""},
		{[]byte{1, 2, 3}, ""},
	}
	for i, c := range cases {
		if got := noteDesc(c.b, binary.LittleEndian); got != c.want {
			t.Errorf("case %d: %q, want %q", i, got, c.want)
		}
	}
}
