// Package genfile writes the output of the project's table generators
// (the go:generate programs under internal/*/…gen).
package genfile

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

// Write runs gen into memory and writes what it produced to path, so that
// a generator that fails leaves the table it would replace untouched
// rather than cut short.
func Write(path string, gen func(io.Writer) error) error {
	var b bytes.Buffer
	if err := gen(&b); err != nil {
		return fmt.Errorf("generating %s: %w", path, err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}
