// Package source turns the inputs named on a command line (files, folders,
// globs, URLs, "-") or given to the server into records: plain text, HTML,
// or JSON / JSON Lines records with their metadata. It decompresses gzip
// by content, never by name, streams JSON Lines record by record, and
// rejects empty, binary, oversized, over-compressed, undecodable or
// non-regular input with an error that names it.
package source

import (
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/corroborate/corroborate"
)

// MaxBytes is the default limit on one document, and on one record of a
// JSON Lines stream, after decompression.
const MaxBytes = 20 << 20

// MaxStreamBytes is the default limit on a whole JSON Lines stream after
// decompression. A stream is read record by record, so memory stays
// bounded by MaxBytes whatever its size.
const MaxStreamBytes = 1 << 30

// MaxRatio is the default limit on the compression ratio of gzip input
// (decompressed bytes over compressed bytes), checked once more than
// ratioFloor bytes came out. News text and HTML compress 3 to 15 times;
// a gzip bomb of repeated bytes compresses a thousand times.
const MaxRatio = 100

// ratioFloor is how much decompressed output is allowed before the ratio
// is checked, so that small, highly repetitive inputs pass.
const ratioFloor = 1 << 20

// maxDepth bounds how deep folders are walked (symbolic links included).
const maxDepth = 64

// Item is one input to read: a file, stdin, a URL, or bytes already in
// memory (what a server received).
type Item struct {
	// Source is the input as the user named it, shown in reports: the path
	// or URL as given; for a file found in a folder, its path from the
	// folder as given (from the folder's own name when the folder was
	// given as an absolute path); for data, the name the user gave.
	Source string
	// Kind is "file", "stdin", "url" or "data".
	Kind string
	// Path is the file to open, when it differs from Source.
	Path string
	// Data is the content of a "data" item.
	Data []byte
}

func (it Item) path() string {
	if it.Path != "" {
		return it.Path
	}
	return it.Source
}

// inputErr returns err about the input named src.
func inputErr(src string, err error) *corroborate.InputError {
	return corroborate.NewInputError(src, err)
}

// IsWebURL reports whether s is an absolute http or https URL with a host:
// the only addresses that become links or are returned as URLs.
func IsWebURL(s string) bool {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || u.Host == "" {
		return false
	}
	scheme := strings.ToLower(u.Scheme)
	return scheme == "http" || scheme == "https"
}

// Expand resolves command-line inputs into items. Folders are walked
// recursively (hidden files skipped, symbolic links followed unless they
// lead back into a folder being walked), globs are expanded, "-" is stdin.
// Inputs that name nothing, or name something that is not a regular file
// or folder (a named pipe, a device, a socket), are returned as errors
// without being opened; the rest still expand.
func Expand(inputs []string) ([]Item, []error) {
	var items []Item
	var errs []error
	for _, in := range inputs {
		switch {
		case in == "-":
			items = append(items, Item{Source: "-", Kind: "stdin"})
		case strings.HasPrefix(in, "http://") || strings.HasPrefix(in, "https://"):
			items = append(items, Item{Source: in, Kind: "url"})
		default:
			paths := []string{in}
			if strings.ContainsAny(in, "*?[") {
				m, err := filepath.Glob(in)
				if err != nil {
					errs = append(errs, inputErr(in, fmt.Errorf("bad glob: %w", err)))
					continue
				}
				if len(m) == 0 {
					errs = append(errs, inputErr(in, errors.New("glob matches no file")))
					continue
				}
				paths = m
			}
			for _, p := range paths {
				its, es := expandPath(p)
				items, errs = append(items, its...), append(errs, es...)
			}
		}
	}
	return items, errs
}

// expandPath expands one path: a regular file, or a folder walked.
func expandPath(p string) ([]Item, []error) {
	st, err := os.Stat(p)
	if err != nil {
		return nil, []error{inputErr(p, cleanPathErr(err))}
	}
	if st.Mode().IsRegular() {
		return []Item{{Source: p, Kind: "file"}}, nil
	}
	if !st.IsDir() {
		return nil, []error{inputErr(p, notRegular(st.Mode()))}
	}
	display := p
	if filepath.IsAbs(p) {
		// Sources are relative to the input: the folder's own name, not
		// the machine's path to it.
		display = filepath.Base(filepath.Clean(p))
	}
	w := &walker{}
	w.walk(p, display, []os.FileInfo{st})
	return w.items, w.errs
}

// walker walks a folder, following symbolic links; ancestors guard
// against links that lead back into a folder being walked.
type walker struct {
	items []Item
	errs  []error
}

func (w *walker) walk(dir, display string, ancestors []os.FileInfo) {
	if len(ancestors) > maxDepth {
		w.errs = append(w.errs, inputErr(display, fmt.Errorf("folders nested deeper than %d, not read", maxDepth)))
		return
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		w.errs = append(w.errs, inputErr(display, cleanPathErr(err)))
		return
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	for _, d := range entries {
		name := d.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		path, shown := filepath.Join(dir, name), filepath.Join(display, name)
		st, err := os.Stat(path) // follows symbolic links
		if err != nil {
			if d.Type()&fs.ModeSymlink != 0 {
				err = fmt.Errorf("broken symbolic link: %w", cleanPathErr(err))
			}
			w.errs = append(w.errs, inputErr(shown, cleanPathErr(err)))
			continue
		}
		switch {
		case st.Mode().IsRegular():
			w.items = append(w.items, Item{Source: shown, Path: path, Kind: "file"})
		case st.IsDir():
			if loopsBack(st, ancestors) {
				w.errs = append(w.errs, inputErr(shown, errors.New("symbolic link back into a folder being read (a loop), not followed")))
				continue
			}
			w.walk(path, shown, append(ancestors[:len(ancestors):len(ancestors)], st))
		default:
			w.errs = append(w.errs, inputErr(shown, notRegular(st.Mode())))
		}
	}
}

func loopsBack(st os.FileInfo, ancestors []os.FileInfo) bool {
	for _, a := range ancestors {
		if os.SameFile(a, st) {
			return true
		}
	}
	return false
}

// notRegular names what a path is when it is neither a regular file nor
// a folder.
func notRegular(m fs.FileMode) error {
	what := "special file"
	switch {
	case m&fs.ModeNamedPipe != 0:
		what = "named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		what = "socket"
	case m&fs.ModeCharDevice != 0:
		what = "character device"
	case m&fs.ModeDevice != 0:
		what = "device"
	case m&fs.ModeIrregular != 0:
		what = "irregular file"
	}
	return fmt.Errorf("not a regular file but a %s; not read", what)
}

func cleanPathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
