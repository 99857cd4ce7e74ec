package mention

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

func TestTimes(t *testing.T) {
	sunday := dates.Date{Year: 2024, Month: 9, Day: 1} // a Sunday
	tests := []struct {
		sentence string
		ref      dates.Date
		want     []string // expression=date/precision
	}{
		{"The minister met the envoy on Sunday in the capital.", sunday, []string{"on Sunday=2024-09-01/day"}},
		{"The command announced on Saturday that the raid had ended.", sunday, []string{"on Saturday=2024-08-31/day"}},
		{"Early last week, the army claimed a raid.", dates.Date{Year: 2024, Month: 9, Day: 3}, []string{"Early last week=2024-08-26/part of week"}},
		{"Officials met in Washington in late July.", sunday, []string{"in late July=2024-07/part of month"}},
		{"In January, the council met for the first time.", sunday, []string{"In January=2024-01/month"}},
		{"In November, the premier spoke.", dates.Date{Year: 2025, Month: 1, Day: 26}, []string{"In November=2024-11/month"}},
		{"A report issued last August said so.", dates.Date{Year: 2024, Month: 3, Day: 1}, []string{"last August=2023-08/month"}},
		{"On January 25, the ministry announced it.", sunday, []string{"January 25=2024-01-25/day"}},
		{"He met them on Sunday, January 26, 2025.", dates.Date{}, []string{"Sunday, January 26, 2025=2025-01-26/day"}},
		{"The group was defeated in 2017.", sunday, []string{"in 2017=2017/year"}},
		{"Police arrested over 500 suspects in 2024.", sunday, []string{"in 2024=2024/year"}},
		{"Progress was made over the past two years.", dates.Date{Year: 2025, Month: 1, Day: 26}, []string{"the past two years=2023/year"}},
		{"During the first half of 2023, attacks fell.", sunday, []string{"the first half of 2023=2023/part of year"}},
		{"Strikes have continued since October.", sunday, []string{"since October=2023-10/month"}},
		{"He said Tuesday that the threat was over.", dates.Date{}, []string{"Tuesday=/day"}},
		{"They may leave soon.", sunday, nil},
		{"The 2,000 troops arrived.", sunday, nil},
	}
	for _, tt := range tests {
		var got []string
		for _, x := range Times(tt.sentence, tt.ref, 1) {
			got = append(got, x.Expression+"="+x.Date+"/"+x.Precision)
			if tt.sentence[x.Start:x.End] != x.Expression {
				t.Errorf("span of %q wrong", x.Expression)
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Times(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}
