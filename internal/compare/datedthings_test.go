package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/story"
	"github.com/corroborate/corroborate/internal/text"
)

// Sentences written for these tests (no data set's wording).

// runDated compares articles dated day (a Wednesday).
func runDated(texts ...string) Result {
	var docs []story.Doc
	for i, x := range texts {
		docs = append(docs, doc(string(rune('a'+i)), x, day))
	}
	return run(docs...)
}

// TestDatedAlts: a day told in a clause of simultaneity, through a
// participle after an event noun, or of a general noun of happening dates
// the story's happening as another article's verb does; a night and the
// next day's night are a day apart.
func TestDatedAlts(t *testing.T) {
	found := []struct {
		name string
		docs []string
		want string
	}{
		{"a clause of simultaneity dates its main clause",
			[]string{
				"Farm accident\n\nA 12-year-old boy was shot in the arm on the family farm as he cleaned a hunting rifle on Tuesday.",
				"Farm accident\n\nA 12-year-old boy was shot in the arm on the family farm Friday afternoon.",
			},
			"Tuesday/Friday afternoon"},
		{"an -ing participle after an event noun dates the noun",
			[]string{
				"Canal stabbing\n\nDetectives are investigating a fatal shooting involving two brothers near the old canal lock Sunday night.",
				"Canal stabbing\n\nDetectives are investigating a fatal shooting near the old canal lock Monday night.",
			},
			"Sunday night/Monday night"},
		{"a general noun of happening dates the story's happening",
			[]string{
				"Bear attack\n\nA hiker was mauled by a black bear on Monday on the ridge trail above the reservoir.",
				"Bear attack\n\nThe incident occurred on Saturday on the ridge trail above the reservoir.",
			},
			"on Monday/on Saturday"},
	}
	for _, c := range found {
		r := runDated(c.docs...)
		if got := kinds(r.Discrepancies); !strings.Contains(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
	none := []struct {
		name string
		docs []string
	}{
		{"a night and the next day's first hours may be one moment",
			[]string{
				"Canal stabbing\n\nDetectives are investigating a fatal stabbing near the old canal lock Saturday night.",
				"Canal stabbing\n\nDetectives are investigating a fatal stabbing near the old canal lock early Sunday.",
			}},
		{"the main clause's verb is another happening",
			[]string{
				"Farm accident\n\nA 12-year-old boy was shot in the arm on the family farm on Friday.",
				"Farm accident\n\nHis uncle was questioned on the family farm as he cleaned a hunting rifle on Tuesday.",
			}},
	}
	for _, c := range none {
		r := runDated(c.docs...)
		if got := kinds(r.Discrepancies); strings.Contains(got, "date:") {
			t.Errorf("%s: got %q, want no day conflict", c.name, got)
		}
	}
}

// TestEventNounAlt: a day right after an event noun dates the noun's
// happening as well as its clause's verb ("was killed ... in a robbery
// Monday" and "were hurt in a robbery Friday" date one robbery); a
// day after a noun of no act dates no happening of its own.
func TestEventNounAlt(t *testing.T) {
	found := [][]string{{
		"Harbor robbery\n\nOne dock guard was killed and another was wounded in a robbery Monday evening at the harbor in Varnholm.",
		"Harbor robbery\n\nOne dock guard was killed and another wounded in a robbery Friday evening at the harbor in Varnholm.",
	}}
	for _, docs := range found {
		if got := kinds(runDated(docs...).Discrepancies); !strings.Contains(got, "Monday evening/Friday evening") {
			t.Errorf("event noun before the day: got %q, want the two evenings", got)
		}
	}
	cases := []struct {
		sent, event string
		want        []datedAlt
	}{
		{"A dock worker was hurt in a shooting Monday.", "shooting", []datedAlt{{"shoot", lexicon.Verb}}},
		{"The dock worker was found at the harbor Monday.", "harbor", nil},
		{"The dock worker was hurt in the incident Monday.", "incident", nil},
	}
	c := newComparer(Input{})
	for _, k := range cases {
		f := &fact{sent: k.sent}
		f.v.Event = k.event
		got := c.eventNounAlt(f)
		if len(got) != len(k.want) || len(got) == 1 && got[0].w != k.want[0].w {
			t.Errorf("eventNounAlt(%q, %q) = %v, want %v", k.sent, k.event, got, k.want)
		}
	}
}

// TestEventNounAfter: a phrase of containment ("in", "during") right
// after a time and its part of the day names the event its clause's
// happening was part of; other phrases, and nouns of no act, name none.
func TestEventNounAfter(t *testing.T) {
	cases := []struct {
		sent, time string
		want       string // the alternative's word, "" for none
	}{
		{"Two hikers died Saturday in a double suicide near the pass.", "Saturday", "kill"},
		{"A guard was hurt Friday night during an armed robbery at the depot.", "Friday", "rob"},
		{"A guard was hurt Friday in shootings at the depot.", "Friday", "shoot"},
		{"A guard was hurt Friday in Varnholm.", "Friday", ""},
		{"A guard was hurt Friday in Robbery Bay.", "Friday", ""},
		{"A guard was hurt Friday during Shooting Star Week.", "Friday", ""},
		{"A guard was hurt Friday at a robbery in the depot.", "Friday", ""},
		{"A guard was hurt Friday in the incident at the depot.", "Friday", ""},
		{"A guard was hurt Friday in the depot.", "Friday", ""},
	}
	c := newComparer(Input{})
	for _, k := range cases {
		end := strings.Index(k.sent, k.time) + len(k.time)
		got := c.eventNounAfter(text.Tokens(k.sent), end)
		if w := altWord(got); w != k.want {
			t.Errorf("eventNounAfter(%q) = %v, want %q", k.sent, got, k.want)
		}
	}
}

// altWord is the word of the first dated alternative, "" for none.
func altWord(as []datedAlt) string {
	if len(as) == 0 {
		return ""
	}
	return as[0].w
}

// TestActFormVerb: a noun of an act that is an irregular past form of a
// verb names that verb; a form whose first noun sense is no act does not.
func TestActFormVerb(t *testing.T) {
	cases := []struct {
		n, want string
	}{
		{"shot", "shoot"},
		{"shots", "shoot"},
		{"wound", ""},
		{"saw", ""},
		{"left", ""},
		{"robbery", ""},
	}
	c := newComparer(Input{})
	for _, k := range cases {
		if got, _ := c.actFormVerb(k.n); got != k.want {
			t.Errorf("actFormVerb(%q) = %q, want %q", k.n, got, k.want)
		}
	}
}

// TestPerceivedHappenings: a verb of perception dates the event nouns of
// its object; another verb, or a noun of no act, dates none of them.
func TestPerceivedHappenings(t *testing.T) {
	cases := []struct {
		sent, verb, time string
		want             string
	}{
		{"Guards reported hearing gunshots just before 4 a.m.", "hearing", "4 a.m.", "shoot"},
		{"Neighbours heard several shots ring out late Sunday.", "heard", "Sunday", "shoot"},
		{"A ferryman witnessed the robbery Friday.", "witnessed", "Friday", "rob"},
		{"Neighbours heard a dog late Sunday.", "heard", "Sunday", ""},
		{"Guards reported gunshots just before 4 a.m.", "reported", "4 a.m.", ""},
		{"Neighbours heard of the robbery Friday.", "heard", "Friday", ""},
	}
	c := newComparer(Input{})
	for _, k := range cases {
		toks := text.Tokens(k.sent)
		h, at := tokenFrom(toks, strings.Index(k.sent, k.verb)), tokenFrom(toks, strings.Index(k.sent, k.time))
		if got := c.perceivedHappenings(toks, h, at); altWord(got) != k.want {
			t.Errorf("perceivedHappenings(%q) = %v, want %q", k.sent, got, k.want)
		}
	}
}
