package mention

import (
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
	return out
}
