package compare

import (
	"strings"
	"sync"

	"github.com/corroborate/corroborate/internal/mention"
)

// nameWords returns the words of a name as mention.NormalizeName writes
// it. Comparing a story's facts pairwise asks for the same few names over
// and over, so the answers are remembered (up to memoSize names, then
// forgotten all at once). Callers must not change the slice.
func nameWords(name string) []string {
	nameMemo.RLock()
	w, ok := nameMemo.m[name]
	nameMemo.RUnlock()
	if ok {
		return w
	}
	w = strings.Fields(mention.NormalizeName(name))
	nameMemo.Lock()
	if len(nameMemo.m) >= memoSize {
		nameMemo.m = make(map[string][]string)
	}
	nameMemo.m[name] = w
	nameMemo.Unlock()
	return w
}

// memoSize bounds the remembered names: a long-running server meets ever
// new names.
const memoSize = 1 << 16

var nameMemo = struct {
	sync.RWMutex
	m map[string][]string
}{m: make(map[string][]string)}
