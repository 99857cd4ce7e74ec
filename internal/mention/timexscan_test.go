package mention

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/text"
)

// timeScanWords are the words the time patterns read, with others and
// the letters that fold to ASCII ones in a case-insensitive pattern.
var timeScanWords = []string{
	"on", "this", "last", "next", "since", "by", "until", "late", "early", "mid", "mid-", "in", "during", "from",
	"the", "end", "start", "beginning", "middle", "of", "past", "previous", "coming", "earlier", "later",
	"two", "three", "few", "12", "2009", "Monday", "Mondays", "Wednesday", "monday", "day", "days", "today",
	"Today", "tonight", "tomorrow", "yesterday", "yeſterday", "we\u212aend", "week", "Week", "WEEKEND", "weeks",
	"month", "months", "year", "years", "May", "March", "march", "December", "Dec.", "not", "didn’t", "never",
	"for", "over", "to", "through", "and", "between", "within", "at", "his", "her", "own", "home", "Doe", "said", "—",
}

// TestTimeScansFromKeys checks that the month, weekday and relative scans,
// begun a few words before their first key (text.FindAllFrom), find what
// the patterns' scans of the whole sentence find, and that the patterns
// markPeriods reads before a time match the last three words as they
// match all of them; on made-up sentences.
func TestTimeScansFromKeys(t *testing.T) {
	seps := []string{" ", " ", " ", "  ", "\t", "\n", ", ", "-", " (", "\u00a0", "’s ", ". "}
	r := rand.New(rand.NewSource(34))
	for i := 0; i < 8000; i++ {
		s := madeUpText(r, timeScanWords, seps, 14)
		check := func(name string, got, want [][]int) {
			t.Helper()
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s(%q) = %v, want %v", name, s, got, want)
			}
		}
		var got [][]int
		if q := firstMonthName(s); q >= 0 {
			got = text.FindAllFrom(reMonth, s, q, monthLeadFields)
		}
		check("months", got, reMonth.FindAllStringSubmatchIndex(s, -1))
		got = nil
		if q := strings.Index(s, "day"); q >= 0 {
			got = text.FindAllFrom(reWeekday, s, q, 2)
		}
		check("weekdays", got, reWeekday.FindAllStringSubmatchIndex(s, -1))
		got = nil
		if q := firstRelativeKey(s); q >= 0 {
			got = text.FindAllFrom(reRelative, s, q, 4)
		}
		check("relatives", got, reRelative.FindAllStringSubmatchIndex(s, -1))
		// markPeriods asks them of the sentence up to a time: every cut.
		for j := range len(s) + 1 {
			for _, re := range []interface{ MatchString(string) bool }{notUntilRe, dayAfterTheRe, periodLeadRe, rangeLeadRe, rangeEndRe, rangeAndRe} {
				if got, want := re.MatchString(text.LastFields(s[:j], 3)), re.MatchString(s[:j]); got != want {
					t.Fatalf("%v on the last three words of %q = %v, want %v", re, s[:j], got, want)
				}
			}
		}
	}
}

// TestTimesFromKeys checks whole readings of made-up sentences whose
// times the scans begun before their keys find.
func TestTimesFromKeys(t *testing.T) {
	for _, c := range []struct {
		s    string
		want []string
	}{
		{"The Doe family said since the end of early May they had waited.", []string{"the end of early May"}},
		{"Roe arrived in Norland late last Monday and left on Wednesday.", []string{"late last Monday", "on Wednesday"}},
		{"Over the past three days and earlier this week, Doe said nothing.", []string{"the past three days", "earlier this week"}},
		{"It was not until Tuesday that the Roe council met.", []string{"until Tuesday"}},
	} {
		var got []string
		for _, x := range Times(c.s, dates.Date{Year: 2026, Month: 6, Day: 3}, 1) {
			got = append(got, x.Expression)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("Times(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}
