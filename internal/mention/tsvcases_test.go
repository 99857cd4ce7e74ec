package mention

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// tsvCases reads a file of tab-separated test cases, each line of exactly
// cols columns; blank lines and lines opening with "#" are skipped. A file
// with no case, a malformed line or a read error fails the test.
func tsvCases(t *testing.T, path string, cols int) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != cols {
			t.Fatalf("%s: bad line %q", path, line)
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(out) == 0 {
		t.Fatalf("%s: no cases", path)
	}
	return out
}
