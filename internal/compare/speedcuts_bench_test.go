package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// benchWords are the content words of a made-up story, as an omission
// check asks closeIDs about them.
var benchWords = strings.Fields(`fire crew blaze warehouse road firefighter worker site spokesman service
	owner alarm building investigator council repair official day week street city police officer
	suspect victim hospital injury damage roof smoke flame truck engine station chief resident neighbour
	family child school house car driver crash bridge river water storm wind rain flood power line`)

// BenchmarkCloseIDs times one comparison's closeIDs over every pair of
// benchWords (a fresh comparer each op, as each story has its own): the
// words' closeness is laid out once an op before session 51, once a word
// for all comparisons since (closenessOfWord).
func BenchmarkCloseIDs(b *testing.B) {
	lx := lexicon.Default()
	b.ReportAllocs()
	for b.Loop() {
		c := &comparer{lx: lx}
		ids := make([]int32, len(benchWords))
		for i, w := range benchWords {
			ids[i] = c.wordID(w)
		}
		for _, w := range ids {
			for _, v := range ids {
				c.closeIDs(w, v)
			}
		}
	}
}

// BenchmarkFactValues times factValues over made-up sentences; since
// session 51 it asks mention.ParseNumber only about the words that may
// be a finite number (mention.MayReadFinite).
func BenchmarkFactValues(b *testing.B) {
	sents := []string{
		"Fire crews fought a blaze at a warehouse on Mill Road on Monday, and 3 firefighters were hurt, officials said.",
		"About forty workers left the site after the alarm sounded, a spokesman for the county fire service said.",
		"The owner of the building, Dana Vell, 52, said on Tuesday that two alarms had failed during the night.",
		"Investigators said the roof collapsed shortly after midnight and that the cause of the blaze was not yet known.",
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sents {
			factValues(s)
		}
	}
}
