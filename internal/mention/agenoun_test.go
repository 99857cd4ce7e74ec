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
	checkAgeNouns(t, map[string]string{
		"A 17-year-old high school student was hurt.":              "student",
		"Doe hit his 12-year-old cousin late last night.":          "",
		"Police named the 23-year-old Jon Doe Jr as the driver.":   "",
		"The 37-year old Page was arrested in Tarnby.":             "",
		"A 30-year-old was found outside the bar.":                 "",
		"A 40-year-old man was found unconscious in Tarnby.":       "man",
		"Roe, a 52-year-old run of bad luck behind him, resigned.": "",
		"The 16-year-old boy's father called police.":              "boy",
	})
}

// TestPredicativeAgeNoun: an age that is the complement of "be" to a
// definite subject is the subject's person ("the victim was 17 years
// old"), by its sex word when the subject has one ("the male victim",
// "the female involved"); a plural or a subject that is no person gives
// no noun.
func TestPredicativeAgeNoun(t *testing.T) {
	checkAgeNouns(t, map[string]string{
		"The male victim is 24 years old.":                   "male",
		"Wardens said the female involved was 19 years old.": "female",
		"Rangers said the victim was a 38-year-old.":         "victim",
		"The young man was 19 years old when he left.":       "man",
		"The victims were 17 years old.":                     "",
		"The boat was 40 years old.":                         "",
		"The aunt of the victim was 52 years old.":           "",
	})
}

// checkAgeNouns checks that each sentence gives one age, with the noun
// wanted.
func checkAgeNouns(t *testing.T, cases map[string]string) {
	t.Helper()
	for s, want := range cases {
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
