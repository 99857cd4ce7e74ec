package compare

import "testing"

// TestRemainderCounts: a count of what is left of a whole ("with 12 games
// left", "nine matches remaining", "the remaining 40 passengers") is no
// count of the whole or of the part done; two counts of what is left still
// conflict, and "left" as a finite verb with an object is no remainder.
// Sentences written for this test, invented names.
func TestRemainderCounts(t *testing.T) {
	wantNumberPairs(t, []struct{ name, a, b, want string }{
		{"games left against games played", "Pellbrook Rovers are two points clear at the top with 12 games left.",
			"Pellbrook Rovers have won 20 of their 31 league games this season.", ""},
		{"matches remaining against matches played", "Ostwick are fifth in the table with nine matches remaining.",
			"Ostwick are fifth in the table after 29 matches.", ""},
		{"laps to go against laps led", "Mira Castell took the lead with 14 laps to go at Dunholm.",
			"Mira Castell led for 40 laps at Dunholm on Sunday.", ""},
		{"the remaining passengers against all of them", "The remaining 40 passengers were taken to a hotel in Orsk by coach.",
			"The 52 passengers were taken to a hotel in Orsk by coach.", ""},
		{"guard: two counts of games left", "Pellbrook Rovers are two points clear at the top with 12 games left.",
			"Pellbrook Rovers are two points clear at the top with 11 games left.", "12/11"},
		{"guard: two counts of matches remaining", "Ostwick sit fifth with nine matches remaining in the season.",
			"Ostwick sit fifth with eight matches remaining in the season.", "nine/eight"},
		{"guard: workers who left the plant", "Forty workers left the Harnley plant on Friday when the alarm sounded.",
			"Fifty-five workers left the Harnley plant on Friday when the alarm sounded.", "Forty/Fifty-five"},
	})
}
