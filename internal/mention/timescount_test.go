package mention

import "testing"

// Sentences written for this test (no data set's wording).

// TestTimesCount: "N times" after a verb is how often it was done, a count
// of "time" with that event; a multiple ("three times as many") is not.
func TestTimesCount(t *testing.T) {
	for _, tc := range []struct {
		sent  string
		event string
		want  float64
	}{
		{"The clerk was stabbed 14 times in the back room.", "stab", 14},
		{"Officers shot the driver nine times, the report said.", "shoot", 9},
		{"The river rose three times as high as last year.", "rise", 0},
		{"Rescuers found four times more survivors than expected.", "find", 0},
	} {
		if got := timesOf(tc.sent, tc.event); got != tc.want {
			t.Errorf("%q: got %v times of %q, want %v", tc.sent, got, tc.event, tc.want)
		}
	}
}

// TestAdverbTimesCount: "twice" and "thrice" after (or right before) a
// verb are how often it was done, as "two times" is; a multiple ("twice as
// many", "twice the size") or a rate ("twice a week") is not.
func TestAdverbTimesCount(t *testing.T) {
	for _, tc := range []struct {
		sent  string
		event string
		want  float64
	}{
		{"Jane Doe married twice and had no children.", "marry", 2},
		{"The ferry was twice rescued by the coast guard.", "rescue", 2},
		{"Roe was arrested thrice in Port Vell.", "arrest", 3},
		{"Roe was arrested at least twice in Port Vell.", "arrest", 2},
		{"The clinic treated twice as many patients this year.", "treat", 0},
		{"The river rose twice the height of the levee.", "rise", 0},
		{"The council met twice a week during the flood.", "meet", 0},
	} {
		if got := timesOf(tc.sent, tc.event); got != tc.want {
			t.Errorf("%q: got %v times of %q, want %v", tc.sent, got, tc.event, tc.want)
		}
	}
}

// TestArticleDuration: "a week after", "an hour later" are lengths of
// one unit, as "nine days after" is one of nine; "a week" elsewhere ("twice
// a week", "a week-long strike") is not read.
func TestArticleDuration(t *testing.T) {
	for _, tc := range []struct {
		sent string
		want string
	}{
		{"Doe died in Port Vell a week after suffering a stroke.", "1 week"},
		{"The bridge reopened an hour later, officials said.", "1 hour"},
		// "half an hour later" is no hour, "half a day" half a day.
		{"The ferry left the pier half an hour later.", ""},
		{"Half a day after the storm, Doe sailed.", "0.5 day"},
		{"The ferry to Port Vell sails twice a week.", ""},
		{"The union called a week-long strike in Port Vell.", ""},
	} {
		if got := durationOf(tc.sent); got != tc.want {
			t.Errorf("%q: got duration %q, want %q", tc.sent, got, tc.want)
		}
	}
}

// TestQuarterDuration: "a quarter-century" is 25 years, "a quarter of an
// hour" 15 minutes; "a quarter of the vote" is no length of time.
func TestQuarterDuration(t *testing.T) {
	for _, tc := range []struct {
		sent string
		want string
	}{
		{"After nearly a quarter-century in exile, Doe returned to Port Vell.", "25 year"},
		{"Roe ran the mill for a quarter of a century.", "25 year"},
		{"The ferry was held for a quarter hour at the pier.", "15 minute"},
		{"Doe won a quarter of the vote in Port Vell.", ""},
		// "a century later" inside "a quarter of a century later" is
		// no length of its own.
		{"Doe came back to Port Vell a quarter of a century later.", "25 year"},
		{"The ferry left the pier a quarter of an hour later.", "15 minute"},
	} {
		if got := durationOf(tc.sent); got != tc.want {
			t.Errorf("%q: got duration %q, want %q", tc.sent, got, tc.want)
		}
	}
}

// timesOf is the count of "time" of event that sent states (0 when none).
func timesOf(sent, event string) float64 {
	got := 0.0
	for _, v := range Values(analyze(sent)) {
		if v.Type == VCount && v.Unit == "time" && v.Event == event {
			got = v.Num
		}
	}
	return got
}

// durationOf is the normalized form of the last length of time sent
// states ("" when none).
func durationOf(sent string) string {
	got := ""
	for _, v := range Values(analyze(sent)) {
		if v.Type == VDuration {
			got = v.Norm
		}
	}
	return got
}
