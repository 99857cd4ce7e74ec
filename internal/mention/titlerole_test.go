package mention

import (
	"strings"
	"testing"
)

// TestTitleRole reads the office of a title written before a name: its
// head written out, whether a word before it makes the title the
// office's second, and nothing for a title with no title word.
func TestTitleRole(t *testing.T) {
	for _, tc := range []struct {
		title, head string
		sub         bool
	}{
		{"Police Capt.", "captain", false},
		{"Chief of Police", "chief", false},
		{"Deputy Attorney General", "general", true},
		{"Assistant Police Chief", "chief", true},
		{"Lt. Gov.", "governor", true},
		{"Lt.", "lieutenant", false},
		{"Chief Deputy", "deputy", false},
		{"Interim Police Chief", "chief", false},
		{"Government", "", false},
	} {
		head, sub, words := TitleRole(tc.title)
		if head != tc.head || sub != tc.sub {
			t.Errorf("TitleRole(%q) = %q, %v (%s), want %q, %v", tc.title, head, sub, strings.Join(words, " "), tc.head, tc.sub)
		}
	}
}
