package mention

import (
	"strings"
	"testing"
)

// Sentences written for this test (no data set's wording).

// TestRaisedInfinitivePast: the to-infinitive of a raising verb in the
// past tells no time of its own ("turned out to be a hoax late Friday"):
// the clause is in the past. Guards: a raising verb in the present, a verb
// of intention or of motion before "to", a raising verb before "to" and a
// noun.
func TestRaisedInfinitivePast(t *testing.T) {
	tests := []struct {
		sentence, expr string
		want           Tense
	}{
		{"A report of a bomb at the depot turned out to be a hoax late Friday.", "Friday", TensePast},
		{"The fire appeared to start in the boiler room on Tuesday.", "Tuesday", TensePast},
		{"The ferry seemed to have lost power near the pier on Sunday.", "Sunday", TensePast},
		{"The lock keeper happened to be on the towpath on Monday.", "Monday", TensePast},
		// guards
		{"The fire appears to start in the boiler room on Tuesday.", "Tuesday", TensePresent},
		{"Officials hope to vote on Sunday.", "Sunday", TenseFuture},
		{"Officials met to vote on Sunday.", "Sunday", TensePresent},
		{"The ferry turned to the pier on Sunday.", "Sunday", TensePast},
		// an infinitive of intention or expectation looks ahead of the
		// raising verb's time
		{"The mayor seemed to expect a vote on Thursday.", "Thursday", TensePresent},
		{"The council appeared to plan a recount on Thursday.", "Thursday", TensePresent},
	}
	for _, tt := range tests {
		i := strings.Index(tt.sentence, tt.expr)
		if got := ClauseTense(tt.sentence, i, i+len(tt.expr)); got != tt.want {
			t.Errorf("ClauseTense(%q, %q) = %v, want %v", tt.sentence, tt.expr, got, tt.want)
		}
	}
}
