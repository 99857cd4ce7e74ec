package mention

import "testing"

// TestColonOpensClause: a common noun capitalised right after a colon
// opens its clause as at a sentence's start, so it heads a source with no
// name; a name after a colon stays a name.
func TestColonOpensClause(t *testing.T) {
	tests := []struct {
		body, content, phrase string
	}{
		{"The pattern holds in every county: Nurses say the wards are full again.", "the wards are full again", "Nurses"},
		{"The reason is simple: Tenants said the rent was far too high.", "the rent was far too high", "Tenants"},
		{"The reason is simple: Pauline Garrow said the rent was far too high.", "the rent was far too high", ""},
	}
	for _, tt := range tests {
		a := analyze(tt.body)
		found := false
		for _, q := range a.Quotes {
			if q.Text != tt.content {
				continue
			}
			found = true
			if p, _ := a.UnnamedSource(q); p != tt.phrase {
				t.Errorf("%q: UnnamedSource = %q, want %q", tt.body, p, tt.phrase)
			}
		}
		if !found {
			t.Errorf("%q: no quote %q", tt.body, tt.content)
		}
	}
}

// TestOpensClause: a phrase opens its clause at the sentence's start or
// right after a colon, nowhere else (opensClause).
func TestOpensClause(t *testing.T) {
	a := analyze("The lesson is plain: Voters prefer a winner. Voters prefer a winner, the poll said.")
	tests := []struct {
		si   int
		np   string
		want bool
	}{
		{0, "Voters", true},
		{0, "The lesson", true},
		{0, "plain", false},
		{1, "Voters", true},
		{1, "the poll", false},
		{-1, "Voters", false},
	}
	for _, tt := range tests {
		if got := a.opensClause(tt.si, tt.np); got != tt.want {
			t.Errorf("opensClause(%d, %q) = %v, want %v", tt.si, tt.np, got, tt.want)
		}
	}
}
