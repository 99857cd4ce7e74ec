package extract

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

func TestSiteCountry(t *testing.T) {
	tests := []struct{ url, want string }{
		{"https://www.example.com.ar/politica/nota", "AR"},
		{"https://news.example.co.uk/a", "GB"},
		{"https://example.de/", "DE"},
		{"https://example.com/2020/01/02/story", ""},
		{"https://example.io/post", ""}, // a generic country code
		{"https://example.co/post", ""},
		{"", ""},
		{"not a url at all", ""},
	}
	for _, tt := range tests {
		if got := siteCountry(tt.url); got != tt.want {
			t.Errorf("siteCountry(%q) = %q, want %q", tt.url, got, tt.want)
		}
	}
}

func TestCountryDay(t *testing.T) {
	may4 := dates.Date{Year: 2022, Month: 5, Day: 4}
	may3 := dates.Date{Year: 2022, Month: 5, Day: 3}
	nov1 := dates.Date{Year: 2023, Month: 11, Day: 1}
	nov2 := dates.Date{Year: 2023, Month: 11, Day: 2}
	tests := []struct {
		name, raw, cc string
		d, want       dates.Date
	}{
		{"western evening stamped the next UTC day", "2022-05-04T00:25:56Z", "AR", may4, may3},
		{"HTTP date in GMT", "Wed, 04 May 2022 02:41:00 GMT", "BO", may4, may3},
		{"midday stays", "2022-05-04T13:02:07.283Z", "AR", may4, may4},
		{"eastern late evening is the next day", "2023-11-01T23:30:00+00:00", "DE", nov1, nov2},
		{"zones of one country disagree", "2022-05-04T05:10:00+00:00", "CL", may4, may4},
		{"stamp with its own offset", "2022-05-04T00:25:56-03:00", "AR", may4, may4},
		{"unknown country", "2022-05-04T00:25:56Z", "", may4, may4},
		{"date only", "2022-05-04", "AR", may4, may4},
	}
	for _, tt := range tests {
		if got := countryDay(tt.raw, tt.d, tt.cc); got != tt.want {
			t.Errorf("%s: countryDay(%q, %v, %q) = %v, want %v", tt.name, tt.raw, tt.d, tt.cc, got, tt.want)
		}
	}
}

func TestCountryDayZonesDisagree(t *testing.T) {
	// Brazil's zones run from UTC-2 (Fernando de Noronha) to UTC-5: at
	// 02:54 UTC the islands are already on the stamp's day.
	may2 := dates.Date{Year: 2020, Month: 5, Day: 2}
	if got := countryDay("2020-05-02T02:54:29Z", may2, "BR"); got != may2 {
		t.Errorf("countryDay = %v, want %v (the zones disagree)", got, may2)
	}
}
