package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// Sentences invented for these tests. pub is a Wednesday.
var plannedPub = dates.Date{Year: 2031, Month: 8, Day: 20}

// TestScheduledSubjectDay: the subject of a passive verb of scheduling is
// the thing arranged, and the time after "for" is its time
// (scheduledSubject): "Sentencing is set for Oct. 14" dates the
// sentencing, as "will be sentenced on Oct. 21" does, and the two differ.
// A subject that names no event (people) leaves the day to the verb of
// scheduling.
func TestScheduledSubjectDay(t *testing.T) {
	found := []struct{ a, b, want string }{
		{"Charity theft\n\nA former treasurer of a Pellby kennel club was found guilty Tuesday of taking money from its accounts. Sentencing is set for Oct. 14, the judge said.",
			"Kennel club theft\n\nA jury on Tuesday convicted the former treasurer of a Pellby kennel club of taking money from its accounts. She will be sentenced on Oct. 21.",
			"Oct. 14"},
		{"Quarry inquest\n\nAn inquest into the death of a quarry worker near Dunmere is scheduled for Nov. 3, the coroner said.",
			"Quarry death\n\nThe inquest into the quarry worker's death will be held on Nov. 5 in Dunmere.",
			"Nov. 5"},
	}
	for _, tt := range found {
		got := kinds(run(doc("a", tt.a, plannedPub), doc("b", tt.b, plannedPub)).Discrepancies)
		if !strings.Contains(got, tt.want) {
			t.Errorf("%q: got %q, want a discrepancy with %q", tt.a, got, tt.want)
		}
	}
	// People scheduled are no event: the day stays the scheduling's.
	a := doc("a", "Court list\n\nThe two brothers from Marrow Lane are scheduled for Oct. 14, the clerk said.", plannedPub)
	b := doc("b", "Court list\n\nThe two brothers from Marrow Lane will be sentenced on Oct. 21.", plannedPub)
	if got := kinds(run(a, b).Discrepancies); strings.Contains(got, "Oct.") {
		t.Errorf("people scheduled: got %q, want no discrepancy", got)
	}
}

// TestPlannedDays: two articles that each give one coming act one day
// differ on that act's day in whatever words they tell the rest
// (plannedDays); two people's coming acts, or an article that gives the
// act two coming days, are not paired so.
func TestPlannedDays(t *testing.T) {
	found := [][2]string{
		{"Care home thefts\n\nA care worker at a Cobbet nursing home was charged Tuesday with taking rings from residents. The 33-year-old is due to appear before magistrates on Thursday.",
			"Care worker charged\n\nA 33-year-old care worker has been charged with stealing rings from residents of a Cobbet nursing home, police said Tuesday. She will appear before a Cobbet judge on Friday."},
		{"Neighbour killing\n\nA man admitted Monday that he stabbed his neighbour to death in Hessle Row last winter. He will be sentenced Friday.",
			"Hessle Row plea\n\nA 46-year-old man pleaded guilty on Monday to murdering his neighbour in Hessle Row. His sentencing is scheduled for next Thursday."},
	}
	for _, tt := range found {
		got := kinds(run(doc("a", tt[0], plannedPub), doc("b", tt[1], plannedPub)).Discrepancies)
		if !strings.Contains(got, "Friday") || !strings.Contains(got, "Thursday") {
			t.Errorf("%q: got %q, want Thursday against Friday", tt[0], got)
		}
	}
	none := [][2]string{
		// two people named, none shared: two coming acts
		{"Dock thefts\n\nIlse Varn, 33, is due to appear before magistrates on Thursday over thefts from the Cobbet docks.",
			"Dock thefts\n\nTeo Brandt will appear before a Tarrow judge on Monday."},
		// one article gives the act two coming days
		{"Dock thefts\n\nThe 33-year-old is due to appear before magistrates on Thursday over thefts from the Cobbet docks.",
			"Dock thefts\n\nThe suspect will appear in court on Monday for a bail hearing and will appear again on Friday."},
	}
	for _, tt := range none {
		if got := kinds(run(doc("a", tt[0], plannedPub), doc("b", tt[1], plannedPub)).Discrepancies); got != "" {
			t.Errorf("%q / %q: got %q, want no discrepancy", tt[0], tt[1], got)
		}
	}
}

// TestDoneAndComingDays: a deed told as done on a day before the date of
// another article that still tells a deed to come of the same verb is
// another event (doneAndToCome): "was arraigned Monday" / "will be
// arraigned Friday", both written on the Wednesday. A deed done after the
// other article was written may be the deed it told to come, and its day
// differs.
func TestDoneAndComingDays(t *testing.T) {
	a := doc("a", "Sallow Road crash\n\nThe driver in a crash that killed a pedestrian on Sallow Road was arraigned Monday on a charge of vehicular homicide. He pleaded not guilty and was released on bail.", plannedPub)
	b := doc("b", "Sallow Road driver\n\nThe 56-year-old driver accused of killing a pedestrian on Sallow Road will be arraigned Friday on a charge of vehicular homicide, prosecutors said.", plannedPub)
	if got := kinds(run(a, b).Discrepancies); strings.Contains(got, "Monday") {
		t.Errorf("done Monday, to come Friday: got %q, want no discrepancy", got)
	}
	// The done day after the date of the article that told the act to
	// come: it may be that act, and the days differ.
	sat := dates.Date{Year: 2031, Month: 8, Day: 23}
	e := doc("e", "Quay stabbing\n\nOrla Finchley, charged with stabbing a ferry worker on Quay Lane, is scheduled to appear at Tarrow Crown Court on Monday.", plannedPub)
	f := doc("f", "Quay Lane stabbing\n\nOrla Finchley, charged with stabbing a ferry worker on Quay Lane, appeared at Tarrow Crown Court on Friday.", sat)
	if got := kinds(run(e, f).Discrepancies); !strings.Contains(got, "Monday") || !strings.Contains(got, "Friday") {
		t.Errorf("done after the other article was written: got %q, want Monday against Friday", got)
	}
	later := dates.Date{Year: 2031, Month: 8, Day: 27}
	c := doc("c", "Mosk Bridge crash\n\nThe driver accused of causing a fatal crash on Mosk Bridge will be arraigned Monday in Tarrow County Court, prosecutors said.", plannedPub)
	d := doc("d", "Mosk Bridge plea\n\nThe driver accused in a fatal crash on Mosk Bridge was arraigned Tuesday in Tarrow County Court and pleaded not guilty.", later)
	if got := kinds(run(c, d).Discrepancies); !strings.Contains(got, "Monday") || !strings.Contains(got, "Tuesday") {
		t.Errorf("told done after the coming day: got %q, want Monday against Tuesday", got)
	}
}
