package report

import (
	"bufio"
	"io"
)

// indentWriter writes compact JSON (what json.Encoder writes without an
// indent) as json.Indent with no prefix and an indent of two spaces
// writes it, in one pass as the bytes come: the encoder's own indenting
// runs json's scanner over every byte and builds the whole indented
// report in a second buffer before writing it. Like json.Indent it keeps
// empty objects and arrays as {} and [], puts ": " after a key, and copies
// strings byte for byte; whitespace outside strings is dropped but for
// what follows a top-level value (the encoder's newline). The
// input must be valid JSON, as an encoder writes it (FuzzIndentWriter
// checks the output against json.Indent).
type indentWriter struct {
	w          *bufio.Writer
	depth      int
	needIndent bool // after { or [: the newline waits for what follows
	inString   bool
	escaped    bool // in a string, after a backslash
	started    bool // a value has begun
}

// newIndentWriter returns an indentWriter writing to w through a buffer;
// Flush writes what is buffered.
func newIndentWriter(w io.Writer) *indentWriter {
	return &indentWriter{w: bufio.NewWriterSize(w, 64<<10)}
}

// Write indents p, which continues the JSON written so far.
func (iw *indentWriter) Write(p []byte) (int, error) {
	for i := 0; i < len(p); i++ {
		c := p[i]
		if iw.inString {
			// Copy the run of plain string bytes at once.
			j := i
			for j < len(p) && !iw.escaped && p[j] != '"' && p[j] != '\\' {
				j++
			}
			if j > i {
				iw.w.Write(p[i:j])
				i = j - 1
				continue
			}
			switch {
			case iw.escaped:
				iw.escaped = false
			case c == '\\':
				iw.escaped = true
			case c == '"':
				iw.inString = false
			}
			iw.w.WriteByte(c)
			continue
		}
		if c == ' ' || c == '\t' || c == '\r' || c == '\n' {
			if iw.started && iw.depth == 0 && !iw.needIndent {
				iw.w.WriteByte(c)
			}
			continue
		}
		iw.started = true
		if iw.needIndent && c != '}' && c != ']' {
			iw.needIndent = false
			iw.depth++
			iw.newline()
		}
		switch c {
		case '"':
			iw.inString = true
			iw.w.WriteByte(c)
		case '{', '[':
			iw.needIndent = true
			iw.w.WriteByte(c)
		case ',':
			iw.w.WriteByte(c)
			iw.newline()
		case ':':
			iw.w.WriteString(": ")
		case '}', ']':
			if iw.needIndent {
				iw.needIndent = false
			} else {
				iw.depth--
				iw.newline()
			}
			iw.w.WriteByte(c)
		default:
			iw.w.WriteByte(c)
		}
	}
	return len(p), nil
}

// newline starts a line indented to the current depth.
func (iw *indentWriter) newline() {
	iw.w.WriteByte('\n')
	for k := 0; k < iw.depth; k++ {
		iw.w.WriteString("  ")
	}
}

// Flush writes the buffered output.
func (iw *indentWriter) Flush() error { return iw.w.Flush() }
