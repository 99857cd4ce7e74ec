package mention

import (
	"strings"
	"testing"
)

// TestOutletNumber: a speaker's name written with a figure right after it
// ("Tovana 12 reported"), or a common word or an acronym right after one
// ("4 NEWS has learned"), is a station's name with its channel number.
// Guards: an age set off by commas, a count before a plural or before a
// name of several words, a date's day before a name, a clock time and a
// figure run into a larger number or an age are no channel numbers.
func TestOutletNumber(t *testing.T) {
	a := analyze("Tovana 12 reported that the mill closed on Monday. " +
		"Dana Orlo, 34, said the mill had lost money for years. " +
		"4 NEWS has learned that the boy walked home alone. " +
		"Callow Channel 7 said the road stayed shut. " +
		"3 Democrats said they would vote against the plan. " +
		"On Nov. 2 Lund said the vote was close. " +
		"2 Harbor Police officers said the boat sank. " +
		"Marra 12-year-old Pia said the dog ran off. " +
		"Ezzo 2,400 said nothing. " +
		"At least 9 FBI agents searched the barn, the FBI said. " +
		"Of the 12 NATO members at the talks, 9 backed the plan, NATO said.")
	want := map[string]string{
		"Tovana": "Tovana 12", "NEWS": "4 NEWS", "Callow Channel": "Callow Channel 7",
		"Dana Orlo": "", "Democrats": "", "Lund": "", "Harbor Police": "", "Marra": "", "Ezzo": "",
		"FBI": "", "NATO": "", // a count of agents, of members: the name modifies a plural noun
	}
	seen := map[string]bool{}
	for _, q := range a.Quotes {
		for name, w := range want {
			if !strings.Contains(q.SpeakerText, name) || !strings.Contains(a.Sentences[q.Sentence].Text, name) {
				continue
			}
			seen[name] = true
			if got := a.OutletNumber(q, name); got != w {
				t.Errorf("OutletNumber(%q in %q) = %q, want %q", name, a.Sentences[q.Sentence].Text, got, w)
			}
		}
	}
	for _, name := range []string{"Tovana", "NEWS", "Callow Channel", "Dana Orlo", "FBI", "NATO"} {
		if !seen[name] {
			t.Errorf("no quote of %q read", name)
		}
	}
}

// TestOutletNumberShapes: the figure's shapes on their own, with no
// quote reading in between.
func TestOutletNumberShapes(t *testing.T) {
	for s, want := range map[string]bool{
		" 12 reported": true, " 7,": true, " 7.": true, " 9": true, " 5)": true,
		" 12:30": false, " 12-year-old": false, " 12,000": false, " 12th": false, " 1.5": false, " 2024": false, ", 34,": false,
	} {
		if got := figureAfterRe.MatchString(s); got != want {
			t.Errorf("figureAfterRe(%q) = %v, want %v", s, got, want)
		}
	}
}
