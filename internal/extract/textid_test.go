package extract

import "testing"

// TestTextID: one id whatever the case, spacing and quote style, another
// for other words; 16 hex digits. (Sentences written for this test.)
func TestTextID(t *testing.T) {
	a := TextID(`The ferry left at "noon" on Tuesday.`)
	if len(a) != 16 {
		t.Fatalf("TextID = %q, want 16 hex digits", a)
	}
	for _, s := range []string{
		"the ferry  left at “noon” on tuesday.",
		"THE FERRY LEFT AT \"NOON\"\nON TUESDAY.",
	} {
		if got := TextID(s); got != a {
			t.Errorf("TextID(%q) = %s, want %s (the same text)", s, got, a)
		}
	}
	if b := TextID("The ferry left at noon on Wednesday."); b == a {
		t.Errorf("TextID of another text = %s, the same id", b)
	}
}
