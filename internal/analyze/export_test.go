package analyze

import "github.com/corroborate/corroborate/internal/compare"

// SetCompare replaces the comparison of one story until the returned
// function restores it.
func SetCompare(f func(compare.Input) compare.Result) (restore func()) {
	old := compareStory
	compareStory = f
	return func() { compareStory = old }
}
