package dates

import (
	"testing"
	"time"
)

func TestFindAll(t *testing.T) {
	tests := []struct {
		in        string
		want, alt string
		weekday   time.Weekday
	}{
		{"Feb. 8, 2022 • 4 min read", "2022-02-08", "", -1},
		{"Friday, June 3, 2022", "2022-06-03", "", time.Friday},
		{"8 February 2022", "2022-02-08", "", -1},
		{"on the 3rd of March, 2021", "2021-03-03", "", -1},
		{"2022-05-15T10:00:00Z", "2022-05-15", "", -1},
		{"07-04-2022", "2022-04-07", "2022-07-04", -1},
		{"13/09/2024", "2024-09-13", "", -1},
		{"09/13/2024", "2024-09-13", "", -1},
		{"05.05.2024", "2024-05-05", "", -1},
	}
	for _, tt := range tests {
		got := FindAll(tt.in)
		if len(got) != 1 {
			t.Errorf("FindAll(%q) found %d dates, want 1", tt.in, len(got))
			continue
		}
		if got[0].Date.String() != tt.want {
			t.Errorf("FindAll(%q) = %s, want %s", tt.in, got[0].Date, tt.want)
		}
		alt := ""
		if got[0].Ambiguous() {
			alt = got[0].Alt.String()
		}
		if alt != tt.alt {
			t.Errorf("FindAll(%q) alt = %q, want %q", tt.in, alt, tt.alt)
		}
		if got[0].Weekday != tt.weekday {
			t.Errorf("FindAll(%q) weekday = %v, want %v", tt.in, got[0].Weekday, tt.weekday)
		}
	}
	for _, bad := range []string{"31-02-2024", "version 1.2.3", "32 January 2024", "call 555-12-2024x"} {
		for _, f := range FindAll(bad) {
			if !Valid(f.Date.Year, f.Date.Month, f.Date.Day) {
				t.Errorf("FindAll(%q) gave invalid %v", bad, f.Date)
			}
		}
	}
	if got := FindAll("31-02-2024"); len(got) != 0 {
		t.Errorf("FindAll(31-02-2024) = %v, want none", got)
	}
}

func TestDisambiguate(t *testing.T) {
	f := FindAll("03-05-2024")[0] // 3 May (a Friday) or 5 March (a Tuesday)
	tests := []struct {
		text string
		want string
	}{
		{"The minister spoke on Tuesday, after talks in February.", "2024-03-05"},
		{"The minister spoke on Friday, after talks in late April.", "2024-05-03"},
		{"Nothing in this text says when.", "2024-05-03"}, // day-first by default, low confidence
	}
	for _, tt := range tests {
		d, conf := Disambiguate(f, tt.text)
		if d.String() != tt.want {
			t.Errorf("Disambiguate(%q) = %s (%.2f), want %s", tt.text, d, conf, tt.want)
		}
		if conf < 0.5 || conf > 1 {
			t.Errorf("confidence %v out of range", conf)
		}
	}
	if _, conf := Disambiguate(f, "Nothing here."); conf != 0.5 {
		t.Errorf("no evidence: confidence %v, want 0.5", conf)
	}
	slash := FindAll("Posted 3/10/2015 2:47 PM")[0]
	if d, _ := Disambiguate(slash, "The ferry ran late last night."); d.String() != "2015-03-10" {
		t.Errorf("slash date without evidence = %s, want month first 2015-03-10", d)
	}
	if d, _ := Disambiguate(slash, "The plant closed on Saturday."); d.String() != "2015-10-03" {
		t.Errorf("slash date with a weekday = %s, want day first 2015-10-03 (a Saturday)", d)
	}
}

// FuzzFindAll checks that every date found is a real calendar date, and
// that a disambiguated date is one of the two readings.
func FuzzFindAll(f *testing.F) {
	for _, s := range []string{"07-04-2022", "Feb. 8, 2022", "Sunday, 31 December 1999", "29/02/2023", "2024-02-30", "12.12.2012 on Tuesday"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, fd := range FindAll(s) {
			if !Valid(fd.Date.Year, fd.Date.Month, fd.Date.Day) {
				t.Fatalf("invalid date %v from %q", fd.Date, s)
			}
			if fd.Start < 0 || fd.End > len(s) || fd.Start >= fd.End {
				t.Fatalf("bad span %d..%d in %q", fd.Start, fd.End, s)
			}
			d, conf := Disambiguate(fd, s)
			if d != fd.Date && d != fd.Alt {
				t.Fatalf("Disambiguate gave %v, not a reading of %v", d, fd)
			}
			if !Valid(d.Year, d.Month, d.Day) || conf < 0.5 || conf > 1 {
				t.Fatalf("bad result %v %v", d, conf)
			}
		}
	})
}

func TestFindAllWorld(t *testing.T) {
	tests := []struct{ in, want string }{
		{"05 de mayo de 2022", "2022-05-05"},
		{"1er mars 2021", "2021-03-01"},
		{"19. Oktober 2019, 05:00 Uhr", "2019-10-19"},
		{"3 de março de 2022", "2022-03-03"},
		{"12 listopada 2020", "2020-11-12"},
		{"Von: A. Writer | 31.10.23", "2023-10-31"},
		{"January 5, 2024", "2024-01-05"},
		{"Von Redaktion 4. 2. 2022. Der Text", "2022-02-04"},
		{"2019年6月24日 11時30分", "2019-06-24"},
		{"2021년 3월 5일", "2021-03-05"},
		{"5 марта 2021 г.", "2021-03-05"},
		{"19. helmikuuta 2020", "2020-02-19"},
		{"7. května 2022", "2022-05-07"},
		{"12 Kasım 2021", "2021-11-12"},
		{"den 3 maj 2020", "2020-05-03"},
		{"Por A. Writer - mayo 11, 2022", "2022-05-11"},
		{"Dezember 10, 2019 · von admin", "2019-12-10"},
		{"févr. 3, 2021", "2021-02-03"},
		{"12 mag 2022, ore 10:15", "2022-05-12"},
		{"3 paź 2021", "2021-10-03"},
		{"7 octombrie 2019", "2019-10-07"},
		{"9 травня 2023", "2023-05-09"},
		{"18 Αυγούστου 2021", "2021-08-18"},
		{"2020. március 4. 10:15", "2020-03-04"},
		{"Frissítve: 2021.11.05. 08:40", "2021-11-05"},
		{"2019. 6. 24.", "2019-06-24"},
	}
	for _, tt := range tests {
		got := FindAllWorld(tt.in)
		if len(got) != 1 || got[0].Date.String() != tt.want {
			t.Errorf("FindAllWorld(%q) = %v, want one date %s", tt.in, got, tt.want)
		}
	}
	for _, none := range []string{"version 1.2.3", "5 apples 2022", "31.02.23", "in 1.10.23.4 of the code", "4. und 5. 2022", "2019年13月2日", "sold out 5, 2020", "Mayor 12, 2020", "mayo 32, 2022", "3 des 2022", "2022.13.01", "2022. május 32."} {
		if got := FindAllWorld(none); len(got) != 0 {
			t.Errorf("FindAllWorld(%q) = %v, want none", none, got)
		}
	}
	for _, tt := range []struct{ in, want string }{{"12.11.2021", "2021-11-12"}, {"Stand: 03.04.2022, 10:15", "2022-04-03"}} {
		if got := FindAllWorld(tt.in); len(got) != 1 || got[0].Ambiguous() || got[0].Date.String() != tt.want {
			t.Errorf("FindAllWorld(%q) = %v, want day first %s, not ambiguous", tt.in, got, tt.want)
		}
	}
	if got := FindAllWorld("03/04/2022"); len(got) != 1 || !got[0].Ambiguous() {
		t.Errorf("FindAllWorld(03/04/2022) = %v, want either order", got)
	}
	if got := FindAll("05 de mayo de 2022"); len(got) != 0 {
		t.Errorf("FindAll reads other languages: %v", got)
	}
}

func TestDisambiguateLine(t *testing.T) {
	f := FindAll("5/3/2019")[0]
	if d, conf := DisambiguateLine(f, "6:47 AM PDT 5/3/2019", ""); d.String() != "2019-05-03" || conf != ConfZoneOrder {
		t.Errorf("PDT line: %s %.2f, want 2019-05-03", d, conf)
	}
	if d, _ := DisambiguateLine(f, "5/3/2019 06:47 CET", ""); d.String() != "2019-03-05" {
		t.Errorf("CET line: %s, want day first 2019-03-05", d)
	}
}

func TestFindMonthDays(t *testing.T) {
	tests := []struct {
		in   string
		want []MonthDay
	}{
		{"[06月24日 11時30分]", []MonthDay{{6, 24}}},
		{"By A. Writer · June 24, 10:30 AM", []MonthDay{{6, 24}}},
		{"24. Juni, 10:30 Uhr", []MonthDay{{6, 24}}},
		{"June 24, 2019", nil},
		{"2019年6月24日", nil},
		{"24 de junio de 2019", nil},
		{"5 apples and 3 pears", nil},
		{"June 31", nil},
	}
	for _, tt := range tests {
		got := FindMonthDays(tt.in)
		if len(got) != len(tt.want) || len(got) > 0 && got[0] != tt.want[0] {
			t.Errorf("FindMonthDays(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestZoneWord: the zone abbreviations of the two lists, GMT, UTC and the
// meridiem marks are clock words; other capitals are not.
func TestZoneWord(t *testing.T) {
	for w, want := range map[string]bool{"ET": true, "EDT": true, "PST": true, "BST": true, "GMT": true, "AM": true, "PM": true,
		"CET": true, "FBI": false, "NJ": false, "Et": false, "": false, "EST5": false} {
		if got := ZoneWord(w); got != want {
			t.Errorf("ZoneWord(%q) = %v, want %v", w, got, want)
		}
	}
}
