package lexicon

// written returns a new slice of n zero Ts whose memory has been written
// once, in order. A large slice comes from the operating system as pages
// that are mapped on first touch; a hash table's first touch of a page is
// mostly a read (a probe), which maps the shared zero page, and its first
// write then faults again to copy it, flushing the page from every core's
// TLB. Writing the slice through first maps each page once, for writing;
// on Linux a slice of at least 4 MB asks for huge pages first (adviseHuge).
func written[T any](n int) []T {
	s := make([]T, n)
	adviseHuge(s)
	clear(s)
	return s
}
