package compare

import "github.com/corroborate/corroborate/internal/mention"

// This file compares a date with a month or a year: one article may date a
// thing to the day ("was shot on July 27, 2011") and another only to its
// month or year ("was shot in July 2015", "in 2015"). The date is then read
// at the coarser precision, its month or its year, and the two are one fact
// on the evidence a month and a year need (timeSlot): what is dated must be
// the same in both sentences.

// dateAndCoarser returns the date and the month or year of two values when
// one is a date and the other a month or a year the date can be read at:
// for a year, a date written with its year; for a month, any date (a date or
// a month written without its year is compared by its month alone, as two
// months are).
func dateAndCoarser(a, b mention.Value) (d, c mention.Value, ok bool) {
	if a.Type != mention.VDate {
		a, b = b, a
	}
	if a.Type != mention.VDate || len(a.Norm) != 10 {
		return mention.Value{}, mention.Value{}, false
	}
	switch b.Type {
	case mention.VYear:
		if statedYear(a) == "" || a.Norm[:4] == "0000" {
			return mention.Value{}, mention.Value{}, false
		}
	case mention.VMonth:
		if len(b.Norm) != 7 {
			return mention.Value{}, mention.Value{}, false
		}
	default:
		return mention.Value{}, mention.Value{}, false
	}
	return a, b, true
}

// dateInCoarser reports whether a date falls in a month or a year
// (dateAndCoarser): the same year, or the same month of the year (by month
// alone when either is written without its year).
func dateInCoarser(d, c mention.Value) bool {
	if c.Type == mention.VYear {
		return statedYear(d) == c.Norm
	}
	if d.Unit == "no-year" || c.Unit == "no-year" || d.Norm[:4] == "0000" || c.Norm[:4] == "0000" {
		return d.Norm[5:7] == c.Norm[5:7]
	}
	return d.Norm[:7] == c.Norm
}

// coarseTimes reports whether two values are times of two precisions read
// at the coarser one: a year and a month (yearAndMonth), a date and a
// month or a year (dateAndCoarser).
func coarseTimes(a, b mention.Value) bool {
	_, _, ym := yearAndMonth(a, b)
	_, _, dc := dateAndCoarser(a, b)
	return ym || dc
}

// slotFamily is the group of value types whose values may be values of one
// fact: weekdays, dates, months and years date things at four precisions;
// every other type is its own.
func slotFamily(t string) string {
	if isTime(t) {
		return mention.VDate
	}
	return t
}
