package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestPartsOfTotal: one report counts all the people hit, another parts
// them into those hurt and those killed; the parts that sum to the total
// are no discrepancy, parts that do not still are.
func TestPartsOfTotal(t *testing.T) {
	for _, tc := range []struct{ name, x, y, want string }{
		{"nine shot and one killed are ten shot",
			"Shooting\n\nPolice said ten people were shot, one of them fatally, near a Norvik pub early Sunday.",
			"Shooting\n\nNine people were shot and one man was killed near a Norvik pub early Sunday.", ""},
		{"nine wounded and one dead are ten wounded",
			"Shooting\n\nPolice said 10 people were wounded outside a bar in Norvik.",
			"Shooting\n\nThe brawl outside a bar in Norvik left nine people wounded and one dead.", ""},
		{"parts that do not sum to the total",
			"Shooting\n\nPolice said twelve people were shot, one of them fatally, near a Norvik pub early Sunday.",
			"Shooting\n\nNine people were shot and one man was killed near a Norvik pub early Sunday.", "number:twelve/Nine"},
		{"one person killed beside fifteen wounded",
			"Shooting\n\nPolice said 16 people were wounded at the Norvik bar.",
			"Shooting\n\nOne person was killed and 15 wounded at the Norvik bar.", ""},
		{"both sides part the dead from the hurt",
			"Shooting\n\nThe chief spoke about the shooting at the Norvik bar after 17 were injured and one killed.",
			"Shooting\n\nThe shooting at the Norvik bar killed one man and injured 16 people.", "number:17/16"},
		{"ten shot and one killed: the shot may count the dead",
			"Shooting\n\nPolice said ten people were shot and one was killed near a Norvik pub early Sunday.",
			"Shooting\n\nNine people were shot and one man was killed near a Norvik pub early Sunday.", ""},
		{"ten shot and one killed, the dead too small a figure to read",
			"Shooting\n\nDetectives combed the lane by the Norvik pub where 10 people were shot and one killed.",
			"Shooting\n\nNine people were shot and one man was killed near the Norvik pub early Sunday.", ""},
		{"the shot count the dead, but not the two apart",
			"Shooting\n\nPolice said eleven people were shot and one was killed near a Norvik pub early Sunday.",
			"Shooting\n\nNine people were shot and one man was killed near a Norvik pub early Sunday.", "number:eleven/Nine"},
		{"no dead counted beside",
			"Shooting\n\nPolice said 10 people were wounded outside a bar in Norvik.",
			"Shooting\n\nThe brawl outside a bar in Norvik left nine people wounded.", "number:10/nine"},
	} {
		r := run(doc("a", tc.x, dates.Date{Year: 2022, Month: 3, Day: 9}), doc("b", tc.y, dates.Date{Year: 2022, Month: 3, Day: 10}))
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
