package mention

import (
	"strings"
	"testing"
)

// TestGovernmentSource: a country, a state or a national capital that is
// the whole subject of a verb of saying speaks for its government
// ("Norway insists …", adverbs between the name and the verb too); a place
// that faced, proved or deemed something, a place before a person's noun
// and a place in an adjunct name none.
func TestGovernmentSource(t *testing.T) {
	tests := []struct {
		sentence, content, want string
	}{
		{"Norway insists it has no record of the missing trawler.", "it has no record", "Norway"},
		{"The Netherlands also agreed to cover the cost of the new lighthouse.", "to cover the cost", "Netherlands"},
		{"Portugal vows to widen the harbour before the winter storms.", "to widen the harbour", "Portugal"},
		{"Chile proved to be deaf to every call for a truce.", "to be deaf", ""},
		{"A Texas resident said the storm had torn the roof off the barn.", "the storm had torn", ""},
		{"In Ohio, officials said the storm had torn the roof off the barn.", "the storm had torn", ""},
	}
	for _, tt := range tests {
		a := analyze("The talks resumed on Monday. " + tt.sentence)
		got := ""
		for _, q := range a.Quotes {
			if strings.HasPrefix(q.Text, tt.content) {
				got = a.GovernmentSource(q)
			}
		}
		if got != tt.want {
			t.Errorf("%q: government source %q, want %q", tt.sentence, got, tt.want)
		}
	}
}
