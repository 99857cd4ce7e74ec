package extract

import "testing"

// TestDerivedFurniture checks lines against the derived phrase list
// (furniture.txt): heads of its head categories open blocks, other phrases
// are junk, and date stamps are left to the date reader.
func TestDerivedFurniture(t *testing.T) {
	for _, c := range []struct {
		line string
		want lineKind
	}{
		{"Related Articles", kindTeaserHead},
		{"You may also like", kindTeaserHead},
		{"Leave a Reply Cancel reply", kindCommentsHead},
		{"Newsletter abonnieren", kindNewsletterHead},
		{"Skip to main content", kindJunk},
		{"Getty Images", kindJunk},
		{"Cookie settings", kindJunk},
		{"Read more: Council approves the new park", kindJunk},
		{"August 5, 2024", kindText},
		{"The council approved the park on Wednesday.", kindText},
	} {
		if got := classify(c.line); got != c.want {
			t.Errorf("classify(%q) = %d, want %d", c.line, got, c.want)
		}
	}
	if got := FurniturePhrase("  12 Comments: "); got != "# comments" {
		t.Errorf("FurniturePhrase = %q, want %q", got, "# comments")
	}
	if len(furniturePhrases) < 1000 {
		t.Errorf("derived list has %d phrases", len(furniturePhrases))
	}
}
