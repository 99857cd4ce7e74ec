package evaluate

import (
	"crypto/sha256"
	"hash/fnv"
	"strings"
)

// The labelled data sets are split in two halves before any tuning: rules and
// weights are tuned on the "tune" half only, and the "holdout" half is scored
// without reading its misses. The half of a group is a hash of its name with a
// fixed salt, chosen once (2026-12-01) and never changed, so that nobody can
// pick a favourable split.
//
// Groups keep related items together: an ECB+ topic (both of its events,
// "12a" and "12b", are topic "12"), a shooting incident id, a PolNeAR article
// id, an html-dev page id.
const splitSalt = "corroborate-split:"

// Half names the two halves of a labelled data set.
type Half string

const (
	// Tune is the half rules and weights may be fitted on.
	Tune Half = "tune"
	// Holdout is the half that is only ever scored.
	Holdout Half = "holdout"
	// All selects both halves.
	All Half = ""
)

// HalfOf returns the half that a group belongs to: the parity of a salted
// FNV-1a hash of its name. FNV-1a's low bit is the parity of the bytes' low
// bits (each step XORs a byte into the hash and multiplies by an odd
// prime), the same for every salt, so the halves split groups by byte
// parity: "12" and "21" share a half, and any second split by FNV-1a's low
// bit would repeat this one (PartOf uses SHA-256). The split is fixed by
// design and stays as it is.
func HalfOf(group string) Half {
	h := fnv.New32a()
	h.Write([]byte(splitSalt + group))
	if h.Sum32()%2 == 1 {
		return Holdout
	}
	return Tune
}

// partSalt salts the hash that splits the tune half in two parts (session
// 17): a rule is designed on the errors of one part and kept only when the
// other part, read in aggregate, does not lose.
const partSalt = "corroborate-part:"

// PartOf returns the part of the tune half that a group belongs to, "a" or
// "b": the low bit of the first byte of a SHA-256 hash of the salted group,
// which, unlike FNV-1a's low bit (HalfOf), does not follow the bytes'
// parity. Each eval passes its own unit as the group: an ECB+ topic or a
// story label (eval stories), an ECB+ topic (eval plant), a PolNeAR
// article id (eval quotes and the pronoun fit).
func PartOf(group string) string {
	if sha256.Sum256([]byte(partSalt + group))[0]&1 == 1 {
		return "b"
	}
	return "a"
}

// ECBTopic returns the ECB+ topic of a story label or document id:
// "12a" → "12", "12_4ecbplus" → "12".
func ECBTopic(s string) string {
	if i := strings.IndexByte(s, '_'); i > 0 {
		s = s[:i]
	}
	return strings.TrimRight(s, "abcdefghijklmnopqrstuvwxyz")
}

// In reports whether group belongs to half h (every group is in All).
func (h Half) In(group string) bool { return h == All || HalfOf(group) == h }

// ParseHalf reads a --half flag value: "tune", "holdout" or "" / "all".
func ParseHalf(s string) (Half, bool) {
	switch s {
	case "", "all":
		return All, true
	case "tune":
		return Tune, true
	case "holdout":
		return Holdout, true
	}
	return All, false
}
