package extract

import (
	_ "embed" // the country time zones (zone.tab)
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // the zones' rules wherever the binary runs

	"github.com/corroborate/corroborate/internal/dates"
)

// zoneTab holds the country code and time zone of each row of the IANA tz
// database's zone.tab (public domain).
//
//go:embed zone.tab
var zoneTab string

var (
	countryZonesOnce sync.Once
	countryZonesMap  map[string][]*time.Location
)

// countryZones returns the time zones of a country (ISO 3166 code, as the
// tz database lists them), loaded once.
func countryZones(cc string) []*time.Location {
	countryZonesOnce.Do(func() {
		countryZonesMap = map[string][]*time.Location{}
		for _, l := range strings.Split(zoneTab, "\n") {
			f := strings.Split(l, "\t")
			if len(f) != 2 || strings.HasPrefix(l, "#") {
				continue
			}
			if loc, err := time.LoadLocation(f[1]); err == nil {
				countryZonesMap[f[0]] = append(countryZonesMap[f[0]], loc)
			}
		}
	})
	return countryZonesMap[cc]
}

// genericCCTLDs are the country-code top-level domains that search
// engines treat as generic, used by sites anywhere (Google Search
// Central, "Managing multi-regional and multilingual sites": .ad .as .bz
// .cc .cd .co .dj .fm .io .la .me .ms .nu .sc .sr .su .tv .tk .ws).
var genericCCTLDs = map[string]bool{
	"ad": true, "as": true, "bz": true, "cc": true, "cd": true, "co": true, "dj": true, "fm": true, "io": true,
	"la": true, "me": true, "ms": true, "nu": true, "sc": true, "sr": true, "su": true, "tv": true, "tk": true, "ws": true,
}

// siteCountry returns the country of a page's address by its
// country-code top-level domain ("lanacion.com.ar" → "AR", ".uk" → "GB"),
// or "" for a generic domain (".com", ".org", ".io").
func siteCountry(pageURL string) string {
	u, err := url.Parse(pageURL)
	if err != nil {
		return ""
	}
	h := strings.ToLower(strings.TrimSuffix(u.Hostname(), "."))
	i := strings.LastIndexByte(h, '.')
	tld := h[i+1:]
	if i < 0 || len(tld) != 2 || genericCCTLDs[tld] {
		return ""
	}
	if tld == "uk" {
		return "GB" // ISO 3166's code for the United Kingdom
	}
	return strings.ToUpper(tld)
}

// countryDay returns the day of a metadata time stamp written in UTC (raw,
// read as day d) in the time zones of the site's country (cc, see
// siteCountry), when all of them give the same day: a site in Buenos
// Aires stamps its evening story "00:25 GMT" the next day. d itself for a
// stamp not in UTC, an unknown country, or zones that give different days.
func countryDay(raw string, d dates.Date, cc string) dates.Date {
	t, ok := utcInstant(raw, d)
	zones := countryZones(cc)
	if !ok || len(zones) == 0 {
		return d
	}
	day := dates.FromTime(t.In(zones[0]))
	for _, z := range zones[1:] {
		if dates.FromTime(t.In(z)) != day {
			return d
		}
	}
	return day
}

// utcInstant returns the instant of a metadata time stamp written in UTC
// (raw, read as day d), or false for a stamp not in UTC.
func utcInstant(raw string, d dates.Date) (time.Time, bool) {
	m := reUTCClock.FindStringSubmatch(strings.TrimSpace(raw))
	if m == nil {
		return time.Time{}, false
	}
	h, _ := strconv.Atoi(m[1])
	mi, _ := strconv.Atoi(m[2])
	return d.Time().Add(time.Duration(h*60+mi) * time.Minute), true
}
