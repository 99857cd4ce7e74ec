package mention

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestCarryYearClauseEnds checks where the year of an "in <year>" stops
// reaching: a comma that closes a relative clause, then a finite verb of
// the main clause, ends it; a comma inside the relative clause does not.
// A weekday, or a day written after its weekday, keeps its own year. The
// sentences are invented.
func TestCarryYearClauseEnds(t *testing.T) {
	may31 := dates.Date{Year: 2021, Month: 5, Day: 31} // a Monday
	tests := []struct {
		sentence string
		want     []string // expression=date/precision
	}{
		{"The mill, sold in 2015 to a man who had bought it, burned in March.", []string{"in 2015=2015/year", "in March=2021-03/month"}},
		{"The barn, leased in 2014 to a firm that had farmed it, was razed on April 2.", []string{"in 2014=2014/year", "April 2=2021-04-02/day"}},
		{"The shed — let in 2013 to a club that had used it — was sold on May 3.", []string{"in 2013=2013/year", "May 3=2021-05-03/day"}},
		{"A bridge opened in 2012 to a town which, by then, was empty in March.", []string{"in 2012=2012/year", "in March=2012-03/month"}},
		{"The shop was robbed in 2016, which was the year, sadly, of the June 4 flood.", []string{"in 2016=2016/year", "June 4=2016-06-04/day"}},
		{"There were two fires in 2015 and one on Thursday.", []string{"in 2015=2015/year", "on Thursday=2021-05-27/day"}},
		{"There were two fires in 2015 and one on Tuesday, March 2.", []string{"in 2015=2015/year", "on Tuesday=2021-03-02/day", "March 2=2021-03-02/day"}},
	}
	for _, tt := range tests {
		var got []string
		for _, x := range Times(tt.sentence, may31, 1) {
			got = append(got, x.Expression+"="+x.Date+"/"+x.Precision)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Times(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}
