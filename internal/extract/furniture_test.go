package extract

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

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

// TestSlideCountGate: maySlideCount is true of every made-up line
// reSlideCounter matches, and false of lines without its nouns.
func TestSlideCountGate(t *testing.T) {
	words := []string{"Image", "Photo", "Picture", "Slide", "image", "PHOTO", "Images", "Photos:", "3", "12", "of", "/", "/ 5",
		"Doe", "at", "the", "Ardwick", "mill", "(", ")", "Photograph", "Slideshow", "Pictured",
		"Image 3 of 12", "Photo 2 of / 5", "Slide\t4  of\u00a09", "Picture 10 of 10:", "xImage 1 of 2", "Photo 1 of"}
	seps := []string{" ", " ", "  ", "\t", "\u00a0", "", "\n"}
	r := rand.New(rand.NewSource(36))
	matched := 0
	for i := 0; i < 40000; i++ {
		s := madeUpText(r, words, seps, 9)
		if reSlideCounter.MatchString(s) {
			matched++
			if !maySlideCount(s) {
				t.Fatalf("maySlideCount(%q) = false, reSlideCounter matches", s)
			}
		}
	}
	if matched < 100 {
		t.Fatalf("only %d made-up lines matched: the draw tests too little", matched)
	}
	if maySlideCount("Doe said the mill at Ardwick closed in 2019 of 12 sites.") {
		t.Error("maySlideCount: true for a line without its nouns")
	}
}

// TestLeadDateGate: mayOpenWithDate is true of every made-up line a date of
// dates.FindAll opens (after white space, as leadStamp reads it), and
// false of lines opening with other words.
func TestLeadDateGate(t *testing.T) {
	words := []string{"Monday,", "MON.", "Tues", "thursday", "Sat", "Sunday", "5", "05", "2021", "2021-03-05", "5/3/2021",
		"5.3.2021", "2021/03/05", "March", "mar.", "Sept.", "SEPTEMBER", "dec", "5th", "of", "March,", "4,", "09:12", "(GMT+04:00)",
		"On", "Police", "said", "Doe", "ſat", "ſept.", "Ardwick", "—", "\u00a0", "\u2003", "12:30"}
	seps := []string{" ", " ", "  ", "\t", "\n", "\u00a0", "", ", "}
	r := rand.New(rand.NewSource(36))
	opened := 0
	for i := 0; i < 60000; i++ {
		l := madeUpText(r, words, seps, 8)
		if fs := dates.FindAll(l); len(fs) > 0 && strings.TrimSpace(l[:fs[0].Start]) == "" {
			opened++
			if !mayOpenWithDate(l) {
				t.Fatalf("mayOpenWithDate(%q) = false, a date (%+v) opens it", l, fs[0])
			}
		}
	}
	if opened < 100 {
		t.Fatalf("only %d made-up lines open with a date: the draw tests too little", opened)
	}
	for _, l := range []string{"Police said 5 March 2021 was the day.", "  On March 5, 2021", "", "(5 March 2021)"} {
		if mayOpenWithDate(l) {
			t.Errorf("mayOpenWithDate(%q) = true, no date can open it", l)
		}
	}
}

// madeUpText draws a text of one to most words, each followed by a
// separator, from words and seps (the property tests' made-up texts).
func madeUpText(r *rand.Rand, words, seps []string, most int) string {
	var b strings.Builder
	for n := 1 + r.Intn(most); n > 0; n-- {
		b.WriteString(words[r.Intn(len(words))])
		b.WriteString(seps[r.Intn(len(seps))])
	}
	return b.String()
}

// TestFurnitureLabel: a word or phrase of the derived list is a label of
// page furniture; a name or a sentence's word outside the list is not.
func TestFurnitureLabel(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Advertisement", true},
		{"Photo", true},
		{"Quennel", false},
		{"pier", false},
	} {
		if got := FurnitureLabel(c.s); got != c.want {
			t.Errorf("FurnitureLabel(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
