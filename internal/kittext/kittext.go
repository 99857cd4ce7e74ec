// Package kittext reads the article texts of a JSON Lines kit file (one
// object with a "text" field per line, as the shared ECB+ and incidents
// kits), for the tests and benchmarks that run on real articles.
package kittext

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

// Path returns the path of a file of the shared data sets (../shared/data
// beside the repository) for a test run in any package directory: the
// nearest "shared/data" directory above the working directory, so that a
// checkout at another depth (a git worktree) finds it too. Without one it
// returns the path three directories up, where a package of this module
// expects it, for the caller's "not present" message.
func Path(parts ...string) string {
	if dir, err := os.Getwd(); err == nil {
		for {
			data := filepath.Join(dir, "shared", "data")
			if fi, err := os.Stat(data); err == nil && fi.IsDir() {
				return filepath.Join(append([]string{data}, parts...)...)
			}
			up := filepath.Dir(dir)
			if up == dir {
				break
			}
			dir = up
		}
	}
	return filepath.Join(append([]string{"..", "..", "..", "shared", "data"}, parts...)...)
}

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
