package compare

import (
	"strings"
	"testing"
)

// Sentences written for these tests (no data set's wording).

// TestStatedTimes: a time is dated by the verb it belongs to through the
// constructions statedtimes.go reads, so that a copy that changes the day
// or the hour is a discrepancy: a short statement is no page stamp; the
// part of the day after "On Wednesday" is no verb; a verbless aside between
// commas or dashes; a clause of time with an -ing verb; a past form before
// its object ("found the keeper"); a verb of reporting that tells an act
// ("charged him with"); a day right after a clock time; "It happened".
func TestStatedTimes(t *testing.T) {
	found := []struct {
		name string
		a, b string
		want string
	}{
		{"a short statement of when it happened is no page stamp",
			"Dog attack\n\nIt happened near the old mill at 7:40 p.m. Sunday.",
			"Dog attack\n\nIt happened near the old mill at 7:40 p.m. Tuesday.",
			"Sunday/Tuesday"},
		{"a modal before a verb makes a clause of a subject with no determiner",
			"Ferry strike\n\nSailings will resume at 6:00 p.m. local time Sunday.",
			"Ferry strike\n\nSailings will resume at 9:00 p.m. local time Sunday.",
			"6:00 p.m. local time/9:00 p.m. local time"},
		{"the part of the day after the weekday is no verb",
			"Ravine rescue\n\nOn Wednesday evening, rangers rescued two hikers from the ravine below the dam after a long search in the rain.",
			"Ravine rescue\n\nTwo hikers were rescued Friday evening, the park service said.",
			"Wednesday evening/Friday evening"},
		{"a verbless aside between commas",
			"Lodge fire\n\nThe keeper was found dead in his Dover, Delaware, lodge on Saturday after the fire.",
			"Lodge fire\n\nFirefighters found the keeper's body on Sunday, the county said.",
			"on Saturday/on Sunday"},
		{"a verbless aside between dashes",
			"Quarry blast\n\nThe charge went off at the quarry - near Route 9 - on Tuesday.",
			"Quarry blast\n\nThe old charge went off on Thursday, the quarry owner said.",
			"on Tuesday/on Thursday"},
		{"the -ing verb of a clause of time",
			"Hunting accident\n\nA young man died after carelessly shooting himself in the leg at the farm on Friday night.",
			"Hunting accident\n\nThe young hunter shot himself in the leg late Thursday night, his brother told reporters.",
			"Friday night/late Thursday night"},
		{"a past form that is also a base form, before its object",
			"Lodge death\n\nTuesday morning, rangers found the keeper of the lodge dead near the boathouse.",
			"Lodge death\n\nThe keeper's body was found on Monday, his sister said.",
			"Tuesday morning/on Monday"},
		{"a reporting verb with an object and \"with\" is an act",
			"Depot fire\n\nPolice on Saturday charged Ken Moore of Elmwood with arson in the fire at the depot.",
			"Depot fire\n\nKen Moore was charged late Tuesday night with arson in the fire at the depot.",
			"on Saturday/late Tuesday night"},
		{"a day right after a clock time is of the clock time's moment",
			"Quarry blast\n\nThe charge exploded at the end of the quarry just after 3 a.m. Tuesday.",
			"Quarry blast\n\nWorkers said the old charge exploded on Thursday in front of the crusher.",
			"Tuesday/on Thursday"},
		{"\"It happened\" dates the story's happening",
			"Dog attack\n\nA boy was bitten by a stray dog near the old mill, police said. It happened near the old mill at 7:40 p.m. Sunday.",
			"Dog attack\n\nA boy was bitten by a stray dog near the old mill on Tuesday.",
			"Sunday/on Tuesday"},
	}
	for _, c := range found {
		r := run(doc("a", c.a, day), doc("b", c.b, day))
		if got := kinds(r.Discrepancies); !strings.Contains(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
	none := []struct {
		name string
		a, b string
	}{
		{"a page's time stamp is no statement",
			"Dog attack\n\nPosted Friday, 7:40 p.m.\n\nA dog bit a boy near the old mill.",
			"Dog attack\n\nPosted Tuesday, 10:40 p.m.\n\nA dog bit a boy near the old mill."},
		{"a month in a stamp in capitals is no modal",
			"Dog attack\n\nUPDATED MAY 6, 7:40 PM\n\nA dog bit a boy near the old mill.",
			"Dog attack\n\nUPDATED MAY 9, 10:40 PM\n\nA dog bit a boy near the old mill."},
		{"an aside with a verb ends the search for the verb",
			"Bank raid\n\nThe gang robbed the bank, two of them dressed as guards, on Friday.",
			"Bank raid\n\nThe gang was dressed as guards on Monday."},
	}
	for _, c := range none {
		if r := run(doc("a", c.a, day), doc("b", c.b, day)); len(r.Discrepancies) != 0 {
			t.Errorf("%s: got %q", c.name, kinds(r.Discrepancies))
		}
	}
}
