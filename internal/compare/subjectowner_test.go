package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestSubjectAcrossComma: the person a sentence opens with owns a figure
// of its predicate across an apposition set off by commas ("Lena Voll, 39,
// was given …") and across an -ing clause after the main clause ("…,
// finishing in …"), so two people's figures are two facts; a predicate that
// reports, a coordinated subject, a possessive in the -ing clause leave the
// figure unowned, and one person's two figures still conflict. Invented
// sentences.
func TestSubjectAcrossComma(t *testing.T) {
	pub, pub2 := dates.Date{Year: 2022, Month: 3, Day: 9}, dates.Date{Year: 2022, Month: 3, Day: 10}
	for _, tc := range []struct{ name, x, y, want string }{
		{"an age in apposition",
			"Fraud\n\nA judge in Corve sentenced Aldo Renn to six years in prison for tax fraud on Monday.",
			"Fraud\n\nLena Voll, 39, was given four years in prison for tax fraud on Monday.", ""},
		{"a title in apposition",
			"Port\n\nAldo Renn offered $3 million for the Corve quay on Monday.",
			"Port\n\nLena Voll, the treasurer, offered $2 million for the Corve quay on Monday.", ""},
		{"an -ing clause after the main clause",
			"Race\n\nAldo Renn won the Corve cycle race on Sunday, finishing in 4 hours 12 minutes.",
			"Race\n\nLena Voll came third in the Corve cycle race on Sunday, finishing in 4 hours 20 minutes.", ""},
		// guards
		{"one person told two ways",
			"Port\n\nLena Voll, the treasurer, offered $2 million for the Corve quay on Monday.",
			"Port\n\nLena Voll offered $2.5 million for the Corve quay on Monday.", "number:$2 million/$2.5 million"},
		{"a source through an apposition",
			"Flood\n\nAldo Renn, the mayor, said 40 homes were flooded in Corve on Monday.",
			"Flood\n\nLena Voll, a river warden, said 55 homes were flooded in Corve on Monday.", "number:40/55"},
		{"one person's -ing clause",
			"Race\n\nAldo Renn won the Corve cycle race on Sunday, finishing in 4 hours 12 minutes.",
			"Race\n\nAldo Renn won the Corve cycle race on Sunday, finishing in 4 hours 15 minutes.", "number:12 minutes/15 minutes"},
	} {
		r := run(doc("a", tc.x, pub), doc("b", tc.y, pub2))
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
