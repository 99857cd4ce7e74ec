package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/story"
)

// TestScenes: invented sentences. Two happenings of one kind in one story
// (two streets, two neighbourhoods, two people) give no discrepancy; the
// controls, one happening told two ways, keep theirs.
func TestScenes(t *testing.T) {
	pub := dates.Date{Year: 2023, Month: 5, Day: 17}
	for _, tc := range []struct {
		name  string
		texts []string
		want  string
	}{
		{"two streets are two scenes",
			[]string{"Shooting\n\nA man was shot in the 4200 block of Keller Avenue at about 9 p.m. on Monday, police said.",
				"Shooting\n\nA man was shot in the 1300 block of Moss Road at about 11 p.m. on Monday, police said."}, ""},
		{"control: one street written two ways",
			[]string{"Shooting\n\nA man was shot in the 4200 block of South Keller Avenue at about 9 p.m. on Monday, police said.",
				"Shooting\n\nA man was shot in the 4300 block of Keller Ave. at about 11 p.m. on Monday, police said."}, "date:about 9 p.m./about 11 p.m."},
		{"two numbered streets are two",
			[]string{"Shooting\n\nA man was shot in the 700 block of West 73rd Street at about 9 p.m. on Monday, police said.",
				"Shooting\n\nA man was shot in the 700 block of West 77th Street at about 11 p.m. on Monday, police said."}, ""},
		{"control: two streets the story names together",
			[]string{"Shooting\n\nA man was shot in the 4200 block of Keller Avenue at about 9 p.m. on Monday, police said.",
				"Shooting\n\nA man was shot in the 1300 block of Moss Road at about 11 p.m. on Monday, police said.",
				"Shooting\n\nOfficers closed the corner of Keller Avenue and Moss Road for hours."}, "date:about 9 p.m./about 11 p.m."},
		{"control: a home address is no scene",
			[]string{"Shooting\n\nThe man, of the 5800 block of Moss Road, was shot at about 9 p.m. on Monday, police said.",
				"Shooting\n\nThe man was shot in the 1300 block of Keller Avenue at about 11 p.m. on Monday, police said."}, "date:about 9 p.m./about 11 p.m."},
		{"control: a place left is no scene",
			[]string{"March\n\nMore than 200 people set off from the vigil at Keller Avenue toward the town hall on Tuesday night.",
				"March\n\nNearly 100 people set off from the vigil toward the town hall, on Moss Road, on Tuesday night."}, "number:more than 200/nearly 100"},
		{"two neighbourhoods are two scenes",
			[]string{"Shooting\n\nThree people were shot on Monday night in the Brook Hill neighborhood, police said.",
				"Shooting\n\nTwo people were shot on Monday night in the Alder Park neighborhood, police said."},
			// The places themselves are compared as places (places.go).
			"place:in the Brook Hill/in the Alder Park"},
		{"control: one neighbourhood named two ways",
			[]string{"Shooting\n\nThree people were shot on Monday night in the South Alder neighborhood, police said.",
				"Shooting\n\nTwo people were shot on Monday night in the Alder Park neighborhood, police said."}, "number:Three/Two"},
	} {
		var docs []story.Doc
		for i, x := range tc.texts {
			docs = append(docs, doc(string(rune('a'+i)), x, pub))
		}
		if got := kinds(run(docs...).Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
