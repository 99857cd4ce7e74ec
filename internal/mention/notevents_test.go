package mention

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestTimesHabitsStampsSpans checks the readings that keep a time expression off a
// timeline (habits, post stamps, spans of years, telephone numbers) and the
// month arithmetic and "<month> of last year" joins. The sentences are
// invented.
func TestTimesHabitsStampsSpans(t *testing.T) {
	may31 := dates.Date{Year: 2021, Month: 5, Day: 31} // a Monday
	tests := []struct {
		sentence string
		ref      dates.Date
		want     []string // expression=date/precision, then +period or +stamp
	}{
		// "last month" on the 31st is the month before, not the same one.
		{"Last month the bakery doubled its orders.", may31, []string{"Last month=2021-04/month"}},
		{"Next month the ferry adds a route.", dates.Date{Year: 2021, Month: 1, Day: 31}, []string{"Next month=2021-02/month"}},
		{"Rents climbed over the past two months.", dates.Date{Year: 2021, Month: 12, Day: 31}, []string{"the past two months=2021-10/month+period"}},
		// Telephone numbers are no years; spans of years are.
		{"Tips go to 555-014-2019 around the clock.", may31, nil},
		{"Reach the desk at (801) 555-2012 or by mail.", may31, nil},
		{"The tariff was set in 2012.", may31, []string{"in 2012=2012/year"}},
		{"The 2003-04 budget was cut twice.", may31, []string{"2003=2003/year+period"}},
		// A number that labels an artifact; a bracketed caption stamp.
		{"Tenants of building 2000 met the landlord.", may31, nil},
		{"Fans sang through the World Cup 2018 final.", may31, []string{"2018=2018/year"}},
		// A house number before its street's name; a year before a name
		// after a determiner or a preposition stays a year.
		{"Crews were sent to 2016 Willow Bend Drive after the call.", may31, nil},
		// A hundred block of a street (hundredBlock).
		{"Shots were fired in the 1900 block of Willow Street.", may31, nil},
		{"Deputies closed the 2000 blk. of Elm Road.", may31, nil},
		{"The 2000 blockade of the port was lifted.", may31, []string{"2000=2000/year"}},
		{"The 2016 Harbor Court hearing was long.", may31, []string{"2016=2016/year"}},
		{"In 2016 Harbor Court was paved again.", may31, []string{"In 2016=2016/year"}}, // after a preposition: a year
		{"A winter 2019 storm closed the pass.", may31, []string{"2019=2019/year"}},
		{"Caption A kayak race on the lake. (May 14, 2021) http://example.com/v", may31, []string{"May 14, 2021=2021-05-14/day+stamp"}},
		// A month or day read in the year the sentence's "in <year>" sets,
		// unless a new clause comes between.
		{"Two fires broke out at the depot in 2019: one in March and another in October.", may31, []string{"in 2019=2019/year", "in March=2019-03/month", "in October=2019-10/month"}},
		{"The gala was cancelled in 2018, which was the year of the April 3 storm.", may31, []string{"in 2018=2018/year", "April 3=2018-04-03/day"}},
		{"A dam burst in 2017, and two towns were flooded in March.", may31, []string{"in 2017=2017/year", "in March=2021-03/month"}},
		{"A clerk who was hired in 2016 was promoted on March 3.", may31, []string{"in 2016=2016/year", "March 3=2021-03-03/day"}},
		{"The mill was sold in 2015, which was when the owner moved, and burned in March.", may31, []string{"in 2015=2015/year", "in March=2021-03/month"}}, // "and" ends the relative clause
		{"The mill was built in 2015 and last March was sold.", may31, []string{"in 2015=2015/year", "last March=2021-03/month"}},                           // "last" counts from the article
		{"The mill closed in December 2019, and in February it was sold.", may31, []string{"in December 2019=2019-12/month", "in February=2021-02/month"}},
		{"The pier burned on May 2, 2016, and a kiosk burned in July of the same year.", may31, []string{"May 2, 2016=2016-05-02/day", "in July=2016-07/month"}},
		{"The pier has seen fires, one on May 2, 2016 and one in July of that year.", may31, []string{"May 2, 2016=2016-05-02/day", "in July=2016-07/month"}},
		// Habits.
		{"The library stays open late on Thursday evenings.", may31, []string{"on Thursday=2021-06-03/day+period"}},
		{"Each Monday, volunteers sweep the square.", may31, []string{"Monday=2021-05-31/day+period"}},
		{"The kiln cracked on Thursday evening.", may31, []string{"on Thursday=2021-05-27/day"}},
		// The date signing an embedded post.
		{"the bridge is shut both ways — Dana Ruiz (@druiz_traffic) May 30, 2021", may31, []string{"May 30, 2021=2021-05-30/day+stamp"}},
		{"A post shared by Orchard Farm (@orchardfarm) on May 29, 2021", may31, []string{"May 29, 2021=2021-05-29/day+stamp"}},
		{"The quarry closed on May 29, 2021 after a slide.", may31, []string{"May 29, 2021=2021-05-29/day"}},
		// A weekday before its date reads as that date: here a range's start.
		{"The fair ran from Friday, May 28 through Sunday, May 30, 2021.", may31, []string{"Friday=2021-05-28/day+period", "May 28=2021-05-28/day+period", "Sunday, May 30, 2021=2021-05-30/day+period"}},
		{"The fair runs from Friday, June 4 through Sunday, June 6, 2021.", may31, []string{"Friday=2021-06-04/day+period", "June 4=2021-06-04/day+period", "Sunday, June 6, 2021=2021-06-06/day+period"}},
		{"The fair runs from Friday, May 28 through Sunday, May 30, 2021.", may31, []string{"Friday=2021-05-28/day+period", "May 28=2021-05-28/day+period", "Sunday, May 30, 2021=2021-05-30/day+period"}},
		// "<month> of last year" is one expression.
		{"Repairs began in August of last year.", may31, []string{"in August of last year=2020-08/month"}},
		{"The fair will return in March of next year.", may31, []string{"in March of next year=2022-03/month"}},
		{"She was fined twice between June 2019 and April of this year.", may31, []string{"June 2019=2019-06/month+period", "April of this year=2021-04/month+period"}},
	}
	for _, tt := range tests {
		var got []string
		for _, x := range Times(tt.sentence, tt.ref, 1) {
			s := x.Expression + "=" + x.Date + "/" + x.Precision
			if x.Period {
				s += "+period"
			}
			if x.Stamp {
				s += "+stamp"
			}
			got = append(got, s)
			if tt.sentence[x.Start:x.End] != x.Expression {
				t.Errorf("span of %q wrong", x.Expression)
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Times(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}
