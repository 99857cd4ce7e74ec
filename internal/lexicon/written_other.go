//go:build !linux

package lexicon

// adviseHuge does nothing where transparent huge pages are not asked for.
func adviseHuge[T any](s []T) {}
