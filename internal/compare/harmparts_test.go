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
		{"six stabbed and one killed are seven stabbed",
			"Shooting\n\nPolice said seven people were stabbed at the Orl market on Sunday, one of them fatally.",
			"Shooting\n\nAt the Orl market on Sunday six people were stabbed and one woman was killed.", ""},
		{"nine wounded and one dead are ten wounded",
			"Shooting\n\nPolice said 10 people were wounded outside a bar in Norvik.",
			"Shooting\n\nThe brawl outside a bar in Norvik left nine people wounded and one dead.", ""},
		{"parts that do not sum to the total",
			"Shooting\n\nPolice said nine people were stabbed at the Orl market on Sunday, one of them fatally.",
			"Shooting\n\nAt the Orl market on Sunday six people were stabbed and one woman was killed.", "number:nine/six"},
		{"one person killed beside fifteen wounded",
			"Shooting\n\nPolice said 16 people were wounded at the Norvik bar.",
			"Shooting\n\nOne person was killed and 15 wounded at the Norvik bar.", ""},
		{"both sides part the dead from the hurt",
			"Shooting\n\nThe chief spoke about the shooting at the Norvik bar after 17 were injured and one killed.",
			"Shooting\n\nThe shooting at the Norvik bar killed one man and injured 16 people.", "number:17/16"},
		{"seven stabbed and one killed: the stabbed may count the dead",
			"Shooting\n\nPolice said seven people were stabbed and one was killed at the Orl market on Sunday.",
			"Shooting\n\nAt the Orl market on Sunday six people were stabbed and one woman was killed.", ""},
		{"seven stabbed and one killed, the dead too small a figure to read",
			"Shooting\n\nDetectives searched the Orl market, where 7 people were stabbed and one killed.",
			"Shooting\n\nAt the Orl market on Sunday six people were stabbed and one woman was killed.", ""},
		{"the stabbed count the dead, but not the two apart",
			"Shooting\n\nPolice said eight people were stabbed and one was killed at the Orl market on Sunday.",
			"Shooting\n\nAt the Orl market on Sunday six people were stabbed and one woman was killed.", "number:eight/six"},
		{"six hurt and a life taken are seven hurt",
			"Shooting\n\nPolice said seven people were wounded at a depot in Norvik.",
			"Shooting\n\nThe riot at a depot in Norvik left six people wounded and took the life of Orrin Delacroix.", ""},
		{"nine wounded and a named man killed are ten wounded",
			"Shooting\n\nPolice said 10 people were wounded outside a bar in Norvik.",
			"Shooting\n\nThe gunman wounded nine people outside a bar in Norvik and killed Orrin Delacroix.", ""},
		{"a life taken: parts that do not sum to the total",
			"Shooting\n\nPolice said 12 people were wounded at a depot in Norvik.",
			"Shooting\n\nThe riot at a depot in Norvik left six people wounded and took the life of Orrin Delacroix.", "number:12/six"},
		{"a verb of death before a weekday names no one killed",
			"Shooting\n\nPolice said 10 people were wounded outside a bar in Norvik.",
			"Shooting\n\nThe gunman wounded nine people outside a bar in Norvik and was killed Tuesday by officers.", "number:10/nine"},
		{"two named dead are no one life",
			"Shooting\n\nPolice said 10 people were wounded outside a bar in Norvik.",
			"Shooting\n\nThe gunman wounded nine people outside a bar in Norvik and killed Orrin Delacroix and Mira Soto.", "number:10/nine"},
		{"the gunman's death in another clause",
			"Shooting\n\nPolice said 10 people were wounded outside a bar in Norvik.",
			"Shooting\n\nThe gunman wounded nine people outside a bar in Norvik before officers killed Orrin Delacroix, the gunman.", "number:10/nine"},
		{"another event's death after the count",
			"Shooting\n\nPolice said 10 people were wounded outside a bar in Norvik.",
			"Shooting\n\nNine people were wounded outside a bar in Norvik, a week after a crash there claimed the life of a cyclist.", "number:10/Nine"},
		{"a one-word capital is no named person",
			"Shooting\n\nPolice said 10 people were wounded outside a bar in Norvik.",
			"Shooting\n\nThe gunman wounded nine people outside a bar in Norvik and killed Norvikers too.", "number:10/nine"},
		{"the subject's own passive death",
			"Shooting\n\nPolice said 10 people were wounded outside a bar in Norvik.",
			"Shooting\n\nThe gunman wounded nine people outside a bar in Norvik and was killed Midsummer Eve by officers.", "number:10/nine"},
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
