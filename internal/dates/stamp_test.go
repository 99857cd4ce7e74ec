package dates

import (
	"testing"
	"time"
)

func TestFindRelativeStamp(t *testing.T) {
	ref := time.Date(2023, 3, 10, 1, 30, 0, 0, time.FixedZone("UTC-5", -5*3600))
	tests := []struct{ s, want string }{
		{"By A. Writer · 3 hours ago", "2023-03-09"},
		{"By A. Writer · 20 mins ago", "2023-03-10"},
		{"Posted an hour ago", "2023-03-10"},
		{"2h ago | 4 min read", "2023-03-09"},
		{"Updated 2 days ago", "2023-03-08"},
		{"Yesterday at 10:15 PM", "2023-03-09"},
		{"Today, 09:30", "2023-03-10"},
		{"just now", "2023-03-10"},
		{"The mayor said yesterday that the bridge would reopen.", ""},
		{"Three weeks ago the council voted.", ""},
		{"3 weeks ago", ""},
		{"Ruiz and ago", ""},
		{"one day ago", "2023-03-09"},
	}
	for _, tt := range tests {
		got := ""
		if d, ok := FindRelativeStamp(tt.s, ref); ok {
			got = d.String()
		}
		if got != tt.want {
			t.Errorf("FindRelativeStamp(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
	if _, ok := FindRelativeStamp("3 hours ago", time.Time{}); ok {
		t.Error("a stamp read without a reference time must give no day")
	}
}

func TestMonthDayLatestIn(t *testing.T) {
	tests := []struct {
		md   MonthDay
		ref  time.Time
		want string
	}{
		{MonthDay{6, 24}, time.Date(2023, 12, 1, 0, 0, 0, 0, time.UTC), "2023-06-24"},
		{MonthDay{12, 30}, time.Date(2023, 1, 2, 0, 0, 0, 0, time.UTC), "2022-12-30"},
		{MonthDay{1, 2}, time.Date(2023, 1, 2, 23, 0, 0, 0, time.UTC), "2023-01-02"},
		{MonthDay{2, 29}, time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC), ""},
		{MonthDay{6, 24}, time.Time{}, ""},
	}
	for _, tt := range tests {
		got := ""
		if d := tt.md.LatestIn(tt.ref); !d.IsZero() {
			got = d.String()
		}
		if got != tt.want {
			t.Errorf("%v.LatestIn(%v) = %q, want %q", tt.md, tt.ref, got, tt.want)
		}
	}
}
