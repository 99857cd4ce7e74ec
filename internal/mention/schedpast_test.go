package mention

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestScheduleReadings holds the readings of nextAhead, possessiveDay and
// scheduledInPast (invented sentences): "next" beside a thing or place does
// not point ahead, "for" a possessive day does not schedule it, and a
// schedule told in the past takes the nearest such day, while the same
// schedule in the present still points ahead.
func TestScheduleReadings(t *testing.T) {
	sat := dates.Date{Year: 2022, Month: 5, Day: 14} // a Saturday
	tue := dates.Date{Year: 2022, Month: 5, Day: 10}
	wed := dates.Date{Year: 2022, Month: 5, Day: 11}
	aug := dates.Date{Year: 2022, Month: 8, Day: 26}
	tests := []struct {
		sentence string
		ref      dates.Date
		want     string
	}{
		// nextAhead
		{"On Friday, the next door neighbour recalled hearing two shots.", sat, "On Friday=2022-05-13"},
		{"He moved to the next town in June.", aug, "in June=2022-06"},
		{"On Friday, she stood next to the gate.", sat, "On Friday=2022-05-13"},
		{"On Friday, the board meets again next week.", sat, "On Friday=2022-05-20|next week=2022-05-16"},
		// possessiveDay
		{"Officers still want a reason for Monday night's fire.", tue, "Monday=2022-05-09"},
		{"Police are seeking witnesses to Monday's robbery.", tue, "Monday=2022-05-09"},
		{"The court set the hearing for Monday.", tue, "Monday=2022-05-16"},
		// scheduledInPast
		{"The ferry launch was originally scheduled for July 9.", aug, "July 9=2022-07-09"},
		{"There was a party for students planned for Tuesday night.", wed, "Tuesday=2022-05-10"},
		{"He was scheduled to appear in court on Sept. 2.", aug, "Sept. 2=2022-09-02"},
		{"The hearings are scheduled for June 28.", aug, "June 28=2023-06-28"},
		{"He is scheduled to appear in court Monday.", tue, "Monday=2022-05-16"},
	}
	for _, tt := range tests {
		var got []string
		for _, x := range Times(tt.sentence, tt.ref, 1) {
			got = append(got, x.Expression+"="+x.Date)
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("Times(%q, %s) = %q, want %q", tt.sentence, tt.ref, g, tt.want)
		}
	}
}
