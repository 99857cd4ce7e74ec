package compare

import "testing"

// TestSumFigures: a length of time or an amount told as the sum of several
// ("a combined 29 years", "worth a combined $3 million") is compared only
// with another sum, not with one member's part; two sums, and two plain
// terms, keep their pairs. Sentences written for this test, invented
// names.
func TestSumFigures(t *testing.T) {
	cases := []struct{ name, a, b, want string }{
		{"the members' combined terms against the leader's", "Four members of the Holloway gang were jailed for a combined 29 years on Friday.",
			"The leader of the Holloway gang was jailed for nine years on Friday.", ""},
		{"two paintings' combined worth against one's", "The two paintings stolen from the Arden museum are worth a combined $3 million.",
			"The larger painting stolen from the Arden museum is worth $2 million.", ""},
		{"guard: two sums", "Four members of the Holloway gang were jailed for a total of 29 years on Friday.",
			"Four members of the Holloway gang were jailed for a total of 27 years on Friday.", "29 years/27 years"},
		{"guard: two terms of one man", "Omar Kessel was jailed for nine years on Friday.",
			"Omar Kessel was jailed for seven years on Friday.", "nine years/seven years"},
	}
	wantNumberPairs(t, cases)
}
