// Package kittext reads the article texts of a JSON Lines kit file (one
// object with a "text" field per line, as the shared ECB+ and incidents
// kits), for the tests and benchmarks that run on real articles.
package kittext

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
)

// Texts returns the non-empty "text" fields of the JSON Lines file at path,
// in file order. Lines that are not JSON objects are skipped.
func Texts(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var r struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &r) == nil && r.Text != "" {
			out = append(out, r.Text)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return out, nil
}
