package mention

import (
	"regexp"
	"sort"
	"strconv"

	"github.com/corroborate/corroborate/internal/dates"
)

// MonthDay is a date written without its year ("on December 9", "Dec. 9",
// "9 December"): where it stands in its sentence (byte offsets) and the
// month (1–12) and day it names.
type MonthDay struct {
	Start, End int
	Month, Day int
}

// reAbbrDayTight is an abbreviated month run into its day ("Dec.14"),
// which reMonthDay (a space after the month) does not read.
var reAbbrDayTight = regexp.MustCompile(`\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.(\d{1,2})\b(?:,?\s+(\d{4}))?`)

// MonthDays returns the dates a sentence writes without their year, in
// the order written. Times resolves them only against a reference date;
// with none (an undated article) they still name a day of some year,
// which is what a reader can hold against another report's dated event.
// A date written with its year is not one.
func MonthDays(sentence string) []MonthDay {
	var out []MonthDay
	for _, m := range reMonthDay.FindAllStringSubmatchIndex(sentence, -1) {
		if sub(sentence, m, 3)+sub(sentence, m, 6) != "" {
			continue
		}
		mon := dates.MonthNumber(sub(sentence, m, 1) + sub(sentence, m, 5))
		day, _ := strconv.Atoi(sub(sentence, m, 2) + sub(sentence, m, 4))
		// 2000 is a leap year: February 29 is a day of some year.
		if mon == 0 || !dates.Valid(2000, mon, day) {
			continue
		}
		out = append(out, MonthDay{Start: m[0], End: m[1], Month: mon, Day: day})
	}
	for _, m := range reAbbrDayTight.FindAllStringSubmatchIndex(sentence, -1) {
		mon := dates.MonthNumber(sub(sentence, m, 1))
		day, _ := strconv.Atoi(sub(sentence, m, 2))
		if sub(sentence, m, 3) != "" || mon == 0 || !dates.Valid(2000, mon, day) {
			continue
		}
		out = append(out, MonthDay{Start: m[0], End: m[1], Month: mon, Day: day})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}
