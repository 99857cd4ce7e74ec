package mention

import "testing"

// TestSharedCueEndsContent: a content ends before a second verb of saying
// of the same subject ("… and said …", "…, said …" after a relative
// clause): each verb has its own content, and the second keeps the
// subject's speaker, not a verb inside the first content.
func TestSharedCueEndsContent(t *testing.T) {
	body := "The port reopened on Friday. " +
		"Ames, who said the fog had lifted by noon, said the ferries would run late all week. " +
		"She said the new pier has given the town a lift and said that the board never replied."
	a := analyze(body)
	got := quotesByText(a)
	for text, cue := range map[string]string{
		"the fog had lifted by noon":             "said",
		"the ferries would run late all week":    "said",
		"the new pier has given the town a lift": "said",
		"the board never replied":                "said",
	} {
		if q, ok := got[text]; !ok || q.Cue != cue {
			t.Errorf("no statement %q with cue %q; got %v", text, cue, keysOf(got))
		}
	}
}
