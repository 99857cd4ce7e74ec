package analyze

import "github.com/corroborate/corroborate/internal/compare"

// SetCompare replaces the comparison of one story until the returned
// function restores it.
func SetCompare(f func(compare.Input) compare.Result) (restore func()) {
	old := compareStory
	compareStory = f
	return func() { compareStory = old }
}

// SetContextCap sets the number of related stories a story's comparison
// reads until the returned function restores it.
func SetContextCap(n int) (restore func()) {
	old := contextCap
	contextCap = n
	return func() { contextCap = old }
}
