package mention

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestAgePersonNoun: an age's noun is the head after "N-year-old" when it
// is a person noun, or none: not a name part, a noun past the person
// ("cousin late last night": left "" for now, see personNounAfter),
// or a word that names no person.
func TestAgePersonNoun(t *testing.T) {
	for s, want := range map[string]string{
		"A 17-year-old high school student was hurt.":              "student",
		"Doe hit his 12-year-old cousin late last night.":          "",
		"Police named the 23-year-old Jon Doe Jr as the driver.":   "",
		"The 37-year old Page was arrested in Tarnby.":             "",
		"A 30-year-old was found outside the bar.":                 "",
		"A 40-year-old man was found unconscious in Tarnby.":       "man",
		"Roe, a 52-year-old run of bad luck behind him, resigned.": "",
		"The 16-year-old boy's father called police.":              "boy",
	} {
		got, n := "", 0
		for _, v := range Values(Analyze(s, dates.Date{}, 0)) {
			if v.Type == VAge {
				got, n = v.Noun, n+1
			}
		}
		if n != 1 || got != want {
			t.Errorf("%q: %d ages, noun %q, want %q", s, n, got, want)
		}
	}
}
