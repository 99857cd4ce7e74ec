package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// The sentences of this test are invented.

// TestAgeListedBeforeName: in a list of people each written "N-year-old
// Name", an age belongs to the name after it, not to the name before its
// comma; a bare number after a comma stays the name before's age.
func TestAgeListedBeforeName(t *testing.T) {
	pub := dates.Date{Year: 2021, Month: 3, Day: 4}
	for _, tc := range []struct{ name, a, b, want string }{
		{"list of hyphenated ages",
			"Deputies found the bodies of 41-year-old Tessa Marn, 44-year-old Pavel Marn and their son in the farmhouse.",
			"Deputies found 47-year-old Pavel Marn and his wife, Tessa Marn, 41, dead in the farmhouse.",
			"number:44-year-old/47-year-old"},
		{"list, the second name another person",
			"The wounded were 19-year-old Lena Vos, 23-year-old Omar Quill and a bystander, officers said.",
			"Omar Quill, 27, and Lena Vos, 19, were taken to Mercy General, officers said.",
			"number:23-year-old/27"},
		{"a bare age after a comma",
			"Deputies found the body of Tessa Marn, 41, in the farmhouse near the creek.",
			"Deputies found the body of Tessa Marn, 45, in the farmhouse near the creek.",
			"number:41/45"},
	} {
		got := kinds(run(doc("a", "Shooting\n\n"+tc.a, pub), doc("b", "Shooting\n\n"+tc.b, pub)).Discrepancies)
		if got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
