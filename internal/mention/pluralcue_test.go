package mention

import "testing"

// TestPluralCueInContext: an -s form is read as a plural noun, not a verb
// of saying, where its context makes it one — an attributive adjective
// before it, a relative "that" with a plural verb after it, or the plain
// form of a verb of saying after it ("records show"); the verb after a
// plural subject is read instead. A plain form of a verb of saying agrees
// with a plural subject: two names joined by "and",
// a plural noun with "there", a sentence's first plural, a fraction.
// Guards: a name or a singular subject before the -s form keeps it a verb,
// a weak cue keeps its object ("feared the worst"), and a numeral before a
// noun ("five state ferries") makes no verb of it.
func TestPluralCueInContext(t *testing.T) {
	for _, tc := range []struct {
		body, cue string
		want      bool
	}{
		// an attributive adjective before the -s form
		{"Lena Voss apologised on Friday for crude remarks she made about the harbour crew.", "remarks", false},
		{"Northern states lean toward the Greens in the spring polls.", "states", false},
		{"The clerk lost two hundred job-related emails that were sent to the harbour office.", "emails", false},
		// a relative "that" with a plural verb after it
		{"The levy falls hardest on farming states that have lost most of their mills.", "states", false},
		{"The harbour groups that warn of floods met on Monday.", "groups", false},
		// the plain form of a verb of saying after it
		{"Harbour records show that the ferry ran late all summer.", "records", false},
		{"Harbour records show that the ferry ran late all summer.", "show", true},
		{"The ferry ran late on most days of the summer, harbour records show.", "records", false},
		{"The ferry ran late on most days of the summer, harbour records show.", "show", true},
		// a plain form after a plural subject
		{"Ida Brenn and Olav Lund say the ferry will stop running in May.", "say", true},
		{"Officials there say the ferry will stop running in May.", "say", true},
		{"Findings show commuters want the ferry back by June.", "show", true},
		{"Nearly a third say the ferry should run at night.", "say", true},
		// guards
		{"The mayor signs the order every spring.", "signs", true},
		{"Lena Voss signs autographs for fans after each match.", "signs", true},
		{"The harbour master has feared the worst for the old pier.", "feared", true},
		{"The five state ferries run late in winter.", "state", false},
		// mend (readO): a capitalised first word may be a surname that is
		// also an adjective; a content clause after a nominal cue's "that"
		// may open with an adjective or a mass noun; an ordinal before a
		// count noun is no fraction
		{"Moody claims the tram was sold for too little.", "claims", true},
		{"Keen cautions the tram may be sold for too little.", "cautions", true},
		{"The agency rejected claims that foreign hackers stole the tram plans.", "claims", true},
		{"Lund dismissed reports that water from the quarry had reached the canal.", "reports", true},
		{"The carnival will add a third show the board approved on Monday.", "show", false},
		{"The tram will stop running in May, Ines Brandt and Piet Laan say.", "say", true},
		{"Eastern states lean toward the Greens in the spring polls.", "states", false},
		{"The clerk kept the internal memos that showed the tram ran late.", "memos", false},
	} {
		if got, qs := hasCue(tc.body, tc.cue); got != tc.want {
			t.Errorf("%q: a reading with cue %q = %v, want %v (%v)", tc.body, tc.cue, got, tc.want, qs)
		}
	}
}
