package source

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"syscall"
	"time"

	"github.com/corroborate/corroborate/internal/fetch"
)

// ErrTooLarge is returned for input over a size limit.
var ErrTooLarge = errors.New("input too large")

// ErrBomb is returned for gzip input that decompresses far more than
// news does: a decompression bomb.
var ErrBomb = errors.New("compression ratio too high (a decompression bomb?)")

// ErrTimeout is returned when an input gives no bytes within the
// per-input timeout.
var ErrTimeout = errors.New("input timed out")

// DefaultTimeout is the default per-input timeout.
const DefaultTimeout = 2 * time.Minute

// Reader reads items. Its limits hold whatever an input is called: gzip is
// recognised by its magic bytes and JSON Lines by content.
type Reader struct {
	// MaxBytes limits one document, and one record of a JSON Lines
	// stream, after decompression (default MaxBytes).
	MaxBytes int64
	// MaxStreamBytes limits a whole JSON Lines stream after decompression
	// (default MaxStreamBytes).
	MaxStreamBytes int64
	// MaxRatio limits the compression ratio of gzip input (default MaxRatio).
	MaxRatio int64
	// Timeout bounds the time spent waiting for one input's bytes (default
	// DefaultTimeout; negative: none). URLs have the Fetcher's own timeout.
	Timeout time.Duration
	// Fetcher fetches URLs.
	Fetcher *fetch.Fetcher
	// Stdin is read for "-".
	Stdin io.Reader
}

func (r *Reader) maxBytes() int64 { return orDefault(r.MaxBytes, MaxBytes) }
func (r *Reader) maxStream() int64 {
	return max(orDefault(r.MaxStreamBytes, MaxStreamBytes), r.maxBytes())
}
func (r *Reader) maxRatio() int64 { return orDefault(r.MaxRatio, MaxRatio) }

func orDefault(v, def int64) int64 {
	if v <= 0 {
		return def
	}
	return v
}

// Stream reads it and calls yield with each record, or with an error
// about one record (a bad JSON line) that does not stop the others. A JSON
// Lines stream is read record by record; any other input is read whole,
// up to MaxBytes. The error returned is about the whole input (it could
// not be opened, was too large, timed out) or is yield's own.
func (r *Reader) Stream(ctx context.Context, it Item, yield func(Record, error) error) error {
	in, doc, err := r.open(ctx, it)
	if err != nil {
		return inputErr(it.Source, err)
	}
	defer in.Close()
	br := bufio.NewReaderSize(r.decompress(in), 64<<10)
	first, err := readLine(br, r.maxBytes())
	switch {
	case errors.Is(err, errLineTooLong):
		return inputErr(it.Source, fmt.Errorf("%w (over %d MB)", ErrTooLarge, r.maxBytes()>>20))
	case err == nil:
		if isFirstLineRecord(first) {
			return r.streamLines(it.Source, first, br, yield)
		}
		first = append(first, '\n')
	case !errors.Is(err, io.EOF):
		return inputErr(it.Source, err)
	}
	rest, err := readLimited(br, r.maxBytes()-int64(len(first)))
	if err != nil {
		return inputErr(it.Source, err)
	}
	doc.Data = append(first, rest...)
	recs, errs := Records(doc)
	for _, e := range errs {
		if err := yield(Record{}, e); err != nil {
			return err
		}
	}
	for _, rec := range recs {
		if err := yield(rec, nil); err != nil {
			return err
		}
	}
	return nil
}

// isFirstLineRecord reports whether the first line of an input is a whole
// JSON object on its own: the input is then read as JSON Lines.
func isFirstLineRecord(line []byte) bool {
	line = bytes.TrimSpace(bytes.TrimPrefix(line, []byte("\xef\xbb\xbf")))
	if len(line) < 2 || line[0] != '{' || isBinary(line) {
		return false
	}
	if bytes.Contains(line[:min(len(line), 1024)], []byte("jsonfeed.org")) {
		return false // a JSON Feed on one line is one document
	}
	return json.Valid(line)
}

// streamLines reads JSON Lines record by record: memory holds one record
// at a time, whatever the size of the stream.
func (r *Reader) streamLines(src string, first []byte, br *bufio.Reader, yield func(Record, error) error) error {
	line, n := first, 1
	for {
		if b := bytes.TrimSpace(bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))); len(b) > 0 {
			if err := yield(lineRecord(b, fmt.Sprintf("%s:%d", src, n))); err != nil {
				return err
			}
		}
		var err error
		line, err = readLine(br, r.maxBytes())
		n++
		switch {
		case errors.Is(err, errLineTooLong):
			if err := yield(Record{}, inputErr(fmt.Sprintf("%s:%d", src, n), fmt.Errorf("%w: record over %d MB", ErrTooLarge, r.maxBytes()>>20))); err != nil {
				return err
			}
			line = nil
		case errors.Is(err, io.EOF):
			if len(bytes.TrimSpace(line)) == 0 {
				return nil
			}
		case err != nil:
			return inputErr(src, err)
		}
	}
}

var errLineTooLong = errors.New("line too long")

// readLine reads one line (without its newline) of at most limit bytes. A
// longer line is skipped to its end and errLineTooLong returned. At the
// end of input it returns the last line, if any, with io.EOF.
func readLine(br *bufio.Reader, limit int64) ([]byte, error) {
	var line []byte
	long := false
	for {
		chunk, err := br.ReadSlice('\n')
		if !long {
			if int64(len(line)+len(chunk)) > limit+1 {
				long, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if long && (err == nil || errors.Is(err, io.EOF)) {
			return nil, errLineTooLong
		}
		return bytes.TrimSuffix(line, []byte("\n")), err
	}
}

// open opens an item's raw (possibly compressed) bytes. A file must be a
// regular file: it is opened without blocking and checked before any read,
// so a named pipe with no writer cannot hang the run.
func (r *Reader) open(ctx context.Context, it Item) (io.ReadCloser, Doc, error) {
	doc := Doc{Source: it.Source}
	switch it.Kind {
	case "url":
		if r.Fetcher == nil {
			return nil, doc, errors.New("URL fetching is not configured")
		}
		p, err := r.Fetcher.Get(ctx, it.Source)
		if err != nil {
			return nil, doc, err
		}
		doc.ContentType, doc.URL, doc.Fetched = p.ContentType, p.URL, time.Now()
		return io.NopCloser(bytes.NewReader(p.Body)), doc, nil
	case "data":
		return io.NopCloser(bytes.NewReader(it.Data)), doc, nil
	case "stdin":
		in := r.Stdin
		if in == nil {
			in = os.Stdin
		}
		return r.timed(ctx, io.NopCloser(in)), doc, nil
	}
	f, err := os.OpenFile(it.path(), os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, doc, cleanPathErr(err)
	}
	st, err := f.Stat()
	if err == nil && !st.Mode().IsRegular() {
		err = notRegular(st.Mode())
	}
	if err != nil {
		f.Close()
		return nil, doc, err
	}
	doc.Fetched = st.ModTime() // a saved page's file dates its saving
	return r.timed(ctx, f), doc, nil
}

func (r *Reader) timed(ctx context.Context, rc io.ReadCloser) io.ReadCloser {
	d := r.Timeout
	if d == 0 {
		d = DefaultTimeout
	}
	if d < 0 {
		return rc
	}
	// Large reads, so that a goroutine per read costs nothing noticeable.
	tr := &timedReader{ctx: ctx, rc: rc, budget: d}
	return struct {
		io.Reader
		io.Closer
	}{bufio.NewReaderSize(tr, 256<<10), tr}
}

// decompress returns in decompressed when it is gzip (by its magic bytes,
// whatever the input is called), limited to the stream limit and, for
// gzip, to the compression-ratio limit.
func (r *Reader) decompress(in io.Reader) io.Reader {
	counted := &countingReader{r: in}
	br := bufio.NewReader(counted)
	var out io.Reader = br
	if head, _ := br.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return errReader{fmt.Errorf("bad gzip data: %w", err)}
		}
		out = &ratioReader{r: gzipErrors{zr}, in: counted, ratio: r.maxRatio()}
	}
	return &limitReader{r: out, left: r.maxStream(), limit: r.maxStream()}
}

// Gunzip returns b decompressed when it is gzip data (by its magic bytes),
// else b itself. Output is limited to limit bytes and to MaxRatio times
// the compressed size.
func Gunzip(b []byte, limit int64) ([]byte, error) {
	r := &Reader{MaxBytes: limit, MaxStreamBytes: limit}
	return readLimited(r.decompress(bytes.NewReader(b)), limit)
}

func readLimited(r io.Reader, limit int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%w (over %d MB)", ErrTooLarge, limit>>20)
	}
	return b, nil
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// ratioReader fails once its output exceeds ratio times the compressed
// bytes read so far (after ratioFloor bytes of output).
type ratioReader struct {
	r     io.Reader
	in    *countingReader
	ratio int64
	out   int64
}

func (z *ratioReader) Read(p []byte) (int, error) {
	n, err := z.r.Read(p)
	z.out += int64(n)
	if z.out > ratioFloor && z.out > z.ratio*max(z.in.n, 1) {
		return 0, fmt.Errorf("%w: over %d:1", ErrBomb, z.ratio)
	}
	return n, err
}

// gzipErrors names gzip's own errors as such.
type gzipErrors struct{ r io.Reader }

func (g gzipErrors) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	if err != nil && !errors.Is(err, io.EOF) {
		err = fmt.Errorf("truncated or corrupt gzip data: %w", err)
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		err = errors.New("truncated or corrupt gzip data: unexpected end")
	}
	return n, err
}

// limitReader fails with ErrTooLarge past limit bytes.
type limitReader struct {
	r           io.Reader
	left, limit int64
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.left < 0 {
		return 0, fmt.Errorf("%w (over %d MB)", ErrTooLarge, l.limit>>20)
	}
	if int64(len(p)) > l.left+1 {
		p = p[:l.left+1]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	if l.left < 0 {
		return n, fmt.Errorf("%w (over %d MB)", ErrTooLarge, l.limit>>20)
	}
	return n, err
}

type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }

// timedReader gives up on an input once the time spent waiting for its
// bytes exceeds budget, or when ctx ends; each read runs in its own
// goroutine so that a read that never returns cannot hold the caller.
type timedReader struct {
	ctx    context.Context
	rc     io.ReadCloser
	budget time.Duration
	err    error
	buf    []byte // reused while no read has been abandoned
}

type readResult struct {
	b   []byte
	err error
}

func (t *timedReader) Read(p []byte) (int, error) {
	if t.err != nil {
		return 0, t.err
	}
	ch := make(chan readResult, 1)
	if len(t.buf) < len(p) {
		t.buf = make([]byte, len(p))
	}
	buf := t.buf[:len(p)]
	go func() {
		n, err := t.rc.Read(buf)
		ch <- readResult{buf[:n], err}
	}()
	start := time.Now()
	timer := time.NewTimer(t.budget)
	defer timer.Stop()
	select {
	case res := <-ch:
		t.budget -= time.Since(start)
		return copy(p, res.b), res.err
	case <-timer.C:
		t.err = fmt.Errorf("%w: no data within the per-input timeout", ErrTimeout)
	case <-t.ctx.Done():
		t.err = t.ctx.Err()
	}
	return 0, t.err
}

func (t *timedReader) Close() error { return t.rc.Close() }
