package dates

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// relStampRe matches a time stamp a web page writes relative to when it
// is read: "3 hours ago", "an hour ago", "45 mins ago", "2h ago", "2 days
// ago", and "yesterday" or "today" before a clock time ("Yesterday at
// 10:15", "Today, 9:30 AM"). A bare "yesterday" is left out: in prose it
// is the day before the article, not before the reader.
var relStampRe = regexp.MustCompile(`(?i)\b(?:(?:(\d{1,3})\s*(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d)|(?:an?|one)\s+(second|minute|hour|day))\s+ago|(just now)|(yesterday|today),?\s+(?:at\s+)?\d{1,2}[:.]\d\d)\b`)

// FindRelativeStamp returns the day of the first time stamp written
// relative to the reading (relStampRe) in s, resolved against ref, the
// time the page was read, in ref's own time zone; false when s has none
// or ref is the zero time. Weeks and months ago are too coarse to give a
// day and are not read.
func FindRelativeStamp(s string, ref time.Time) (Date, bool) {
	if ref.IsZero() {
		return Date{}, false
	}
	m := relStampRe.FindStringSubmatch(s)
	switch {
	case m == nil:
		return findWorldStamp(s, ref)
	case m[4] != "":
		return FromTime(ref), true
	case m[5] != "":
		if strings.EqualFold(m[5], "yesterday") {
			return FromTime(ref.AddDate(0, 0, -1)), true
		}
		return FromTime(ref), true
	}
	if m[3] != "" {
		return FromTime(ref.Add(-stampUnit(m[3]))), true // "an hour ago"
	}
	n, _ := strconv.Atoi(m[1])
	return FromTime(ref.Add(-time.Duration(n) * stampUnit(m[2]))), true
}

// relStampWorldRe matches the same stamps in the other languages whose
// month names the byline zone reads, by their dictionaries' words for
// "ago" (a preposition before the span: German "vor 3 Stunden", French
// "il y a 3 heures", Spanish "hace 3 horas", Portuguese "há 3 horas"; a
// postposition after it: Italian "3 ore fa", Dutch "3 uur geleden",
// Polish "3 godziny temu"), a span of one written with the indefinite
// article ("vor einer Stunde", "il y a une heure", "un'ora fa", "godzinę
// temu"), and the words for yesterday and today before a clock time
// ("gestern, 10:15", "hier à 10h15", "ayer a las 10:15", "ontem às
// 10:15", "ieri alle 10:15", "gisteren om 10:15", "wczoraj o 10:15").
// Each day word takes only its own language's preposition of time (the
// German and Dutch "hier" is "here": "hier um 10:30", "hier om 9.45"),
// and the clock time ends at no further digit ("Gestern, 12.500
// Besucher", a thousands dot, is no clock time).
// Groups: the count and unit after a preposition (1, 2), before a
// postposition (3, 4), the day word with its preposition (5).
var relStampWorldRe = regexp.MustCompile(`(?i)(?:^|[^\pL\d'’])(?:(?:vor|il y a|hace|há)\s+(\d{1,3}|eine[mr]?|une?|una?|uma?)\s*(\pL+)|(\d{1,3}|un['’]|una?|een|jedną|godzinę|minutę)\s*(\pL*)\.?\s+(?:fa|geleden|temu|atrás)|((?:gestern|heute),?\s+(?:um\s+)?|(?:hier|aujourd['’]hui),?\s+(?:à\s+)?|(?:ayer|hoy),?\s+(?:a las\s+)?|(?:ontem|hoje),?\s+(?:às\s+)?|(?:ieri|oggi),?\s+(?:alle\s+)?|(?:gisteren|vandaag),?\s+(?:om\s+)?|(?:wczoraj|dzisiaj|dziś),?\s+(?:o\s+)?)\d{1,2}[:.h]\d\d)(?:[^\pL\d]|$)`)

// worldUnits are the units of relStampWorldRe's spans: seconds, minutes,
// hours and days, by the start of their word (its singular, plural and
// case forms: "Stunde", "Stunden"; "godzinę", "godziny", "godzin";
// "giorno", "giorni"), and the short words whole ("ora", "ore", "uur",
// "Std.", "Tag", "dni"), so that "orario" or "Standort" is no hour.
// Weeks, months and years are too coarse to give a day.
var worldUnits = map[string]time.Duration{
	"sek": time.Second, "sec": time.Second, "seg": time.Second, "min": time.Minute,
	"stund": time.Hour, "heure": time.Hour, "hora": time.Hour, "godzin": time.Hour,
	"jour": 24 * time.Hour, "giorn": 24 * time.Hour, "dzie": 24 * time.Hour,
}

var worldUnitWords = map[string]time.Duration{
	"h": time.Hour, "std": time.Hour, "ora": time.Hour, "ore": time.Hour, "uur": time.Hour,
	"tag": 24 * time.Hour, "tage": 24 * time.Hour, "tagen": 24 * time.Hour, "dag": 24 * time.Hour,
	"godz": time.Hour, "dagen": 24 * time.Hour, "dia": 24 * time.Hour, "dias": 24 * time.Hour, "día": 24 * time.Hour,
	"días": 24 * time.Hour, "dni": 24 * time.Hour,
}

// worldUnit returns the length of a unit word of relStampWorldRe, or 0.
func worldUnit(w string) time.Duration {
	w = strings.ToLower(w)
	if d, ok := worldUnitWords[w]; ok {
		return d
	}
	for stem, d := range worldUnits {
		if strings.HasPrefix(w, stem) {
			return d
		}
	}
	return 0
}

// measureOfRe matches the preposition that makes a span after "il y a",
// "hace" or "há" a measure of something ("il y a 3 heures de route",
// "hace 3 horas de natación", "há 2 dias de festa"): there the words are
// the existential "there are" or the verb "does" with a quantity, whose
// complement a measure noun takes with "de" (the partitive of measure),
// not "ago" before a span that ends the stamp.
var measureOfRe = regexp.MustCompile(`(?i)^\s+d(?:e\b|['’])`)

// findWorldStamp is FindRelativeStamp for relStampWorldRe: the first
// stamp whose unit is one of worldUnits.
func findWorldStamp(s string, ref time.Time) (Date, bool) {
	for _, ix := range relStampWorldRe.FindAllStringSubmatchIndex(s, -1) {
		m := make([]string, len(ix)/2)
		for i := range m {
			if ix[2*i] >= 0 {
				m[i] = s[ix[2*i]:ix[2*i+1]]
			}
		}
		if m[2] != "" && measureOfRe.MatchString(s[ix[5]:]) {
			continue // "il y a 3 heures de route": there are 3 hours of road
		}
		if m[5] != "" {
			switch strings.ToLower(strings.TrimRight(strings.Fields(m[5])[0], ",")) {
			case "gestern", "hier", "ayer", "ontem", "ieri", "gisteren", "wczoraj":
				return FromTime(ref.AddDate(0, 0, -1)), true
			}
			return FromTime(ref), true
		}
		count, unit := m[1], m[2]
		if unit == "" {
			count, unit = m[3], m[4]
		}
		if unit == "" {
			unit = count // "godzinę temu": an hour ago
		}
		u := worldUnit(unit)
		if u == 0 {
			continue
		}
		n, err := strconv.Atoi(count)
		if err != nil {
			n = 1 // the indefinite article, or a Polish accusative alone
		}
		return FromTime(ref.Add(-time.Duration(n) * u)), true
	}
	return Date{}, false
}

// stampUnit returns the length of a relative stamp's unit ("mins", "h",
// "days").
func stampUnit(u string) time.Duration {
	switch strings.ToLower(u)[0] {
	case 's':
		return time.Second
	case 'm':
		return time.Minute
	case 'h':
		return time.Hour
	}
	return 24 * time.Hour
}

// LatestIn returns md in the latest year that puts it on or before ref's
// day and no more than a year before it (a byline's "June 24" read in
// December is this year's; read in January, last year's); the zero Date
// for a zero ref or a day that exists in neither year (29 February).
func (md MonthDay) LatestIn(ref time.Time) Date {
	if ref.IsZero() {
		return Date{}
	}
	day := FromTime(ref).Time()
	for y := ref.Year(); y >= ref.Year()-1; y-- {
		if d := md.In(y); !d.IsZero() && !d.Time().After(day) {
			return d
		}
	}
	return Date{}
}
