package dates

// Confidence levels of dates, in one place. They are not probabilities
// measured on data but an order of the sources of a date, and the stages
// that use a date only compare them with each other. The order follows
// what each source is: a date the page declares for itself (metadata, a
// byline) above one found by position (a date line above the headline,
// which sites often fill with today's date, or the page's first <time>
// element); a date written in full above one completed from a reference
// date (a weekday, a day without a year, a bare month), which can only be
// as sure as that reference; a single day above a stretch of time.
const (
	// Publication dates of HTML pages, by where they were read.

	// ConfMetadata: the page's metadata (JSON-LD, article:published_time…).
	ConfMetadata = 0.95
	// ConfShown: a date shown beside the headline.
	ConfShown = 0.8
	// ConfHTMLDate: go-htmldate's extensive search of the whole page.
	ConfHTMLDate = 0.6
	// ConfFirstTime: the page's first <time> element, wherever it is.
	ConfFirstTime = 0.5

	// Publication dates of plain text, by the place of the date line.

	// ConfByline: a date line after the headline (a byline).
	ConfByline = 0.9
	// ConfBodyDateLine: a short date line opening the body.
	ConfBodyDateLine = 0.8
	// ConfHeader: a date line above the headline (sites print today's date there).
	ConfHeader = 0.6
	// ConfHeaderWeekday: a date line with a weekday above the headline
	// (sites print today's date there, often with its weekday). Checked on
	// the tune halves of the English kits (ECB+ articles dated by their
	// original URL, incidents by their publication date): 3 of 6 such
	// lines give the publication date (95% Wilson interval 0.19–0.81),
	// against 16 of 17 lines without a weekday above the headline and 30
	// of 34 bylines. The data confirm the order — the weakest date line —
	// but are too few to fix the number; 0.4 lies inside the interval,
	// below ConfHeader, and above ConfWeakest so that such a date still
	// bounds when the article was written.
	ConfHeaderWeekday = 0.4

	// ConfZoneOrder: the day/month order of a numeric date settled by a
	// time zone on its line.
	ConfZoneOrder = 0.9

	// ConfUnrecorded is the confidence of a publication date stored
	// without one (a date given by a JSON record or an older store).
	ConfUnrecorded = 0.9
	// ConfWeakest is the least confidence at which a publication date
	// still bounds when an article was written (for clustering).
	ConfWeakest = 0.3
	// ConfCoarse: go-htmldate's first day of a month or year, for a page
	// where it found no day (a copyright year), with no other date on the
	// page. Below ConfWeakest: all 4 such dates on the tune halves of
	// html-dev and the outside kit were wrong (a site's copyright year).
	ConfCoarse = 0.2

	// Time expressions in article text.

	// ConfWritten: a date written in full, a year, a half or quarter of a year.
	ConfWritten = 0.9
	// ConfWeekday: a weekday resolved against the reference date (times its confidence).
	ConfWeekday = 0.85
	// ConfDayOfMonth: a day without a year ("March 3"), times the reference's confidence.
	ConfDayOfMonth = 0.8
	// ConfRelative: "yesterday", "last week", times the reference's confidence.
	ConfRelative = 0.8
	// ConfMonth: a month without a year, times the reference's confidence.
	ConfMonth = 0.75
	// ConfPeriodFactor scales a stretch of time ("the past three months").
	ConfPeriodFactor = 0.7

	// Reference dates of undated articles.

	// ConfStoryRef: the story's date standing in for an undated article's.
	ConfStoryRef = 0.5
	// ConfLeadWeekday: the day a weekday in an undated article's lead names.
	ConfLeadWeekday = 0.45
	// ConfNearestFactor scales a weekday resolved against a story's date.
	ConfNearestFactor = 0.6
)

// Published returns the confidence of a stored publication date: conf, or
// ConfUnrecorded when none was recorded (0).
func Published(conf float64) float64 {
	if conf == 0 {
		return ConfUnrecorded
	}
	return conf
}
