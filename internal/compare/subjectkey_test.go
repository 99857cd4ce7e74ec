package compare

import "testing"

// TestSameSubjectKey: groupClaims compares subjects through keys worked
// out once a proposition (subjectKeyOf); each pair must be answered as
// sameSubject answers it: two common nouns close in WordNet, a noun never
// a name, a name its short form or its spelling without a space.
func TestSameSubjectKey(t *testing.T) {
	c := newComparer(Input{})
	props := []proposition{
		{subject: "the police", subjNoun: "police"},
		{subject: "police officers"},
		{subject: "the officers"},
		{subject: "the ferry", subjNoun: "ferry"},
		{subject: "the barge", subjNoun: "barge"},
		{subject: "Fred LaRue"},
		{subject: "LaRue"},
		{subject: "Van Moor"},
		{subject: "VanMoor"},
		{subject: "Moor"},
		{subject: ""},
	}
	want := map[[2]int]bool{ // pairs i < j that are one subject
		{1, 2}: true, // "officer" and "officer"
		{3, 4}: true, // siblings under "boat"
		{5, 6}: true,
		{7, 8}: true,
		{7, 9}: true,
	}
	keys := make([]subjectKey, len(props))
	for i := range props {
		keys[i] = c.subjectKeyOf(props[i])
	}
	for i := range props {
		for j := range props {
			got := c.sameSubjectKey(keys[i], keys[j])
			if got != c.sameSubject(props[i], props[j]) {
				t.Errorf("%q, %q: keys say %v, sameSubject the other", props[i].subject, props[j].subject, got)
			}
			if i < j && got != want[[2]int{i, j}] {
				t.Errorf("%q, %q: same subject %v, want %v", props[i].subject, props[j].subject, got, want[[2]int{i, j}])
			}
		}
	}
}
