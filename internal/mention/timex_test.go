package mention

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

func TestTimes(t *testing.T) {
	sunday := dates.Date{Year: 2022, Month: 5, Day: 15} // a Sunday
	tests := []struct {
		sentence string
		ref      dates.Date
		want     []string // expression=date/precision
	}{
		{"The minister met the envoy on Sunday in the capital.", sunday, []string{"on Sunday=2022-05-15/day"}},
		{"The agency announced on Saturday that the survey had ended.", sunday, []string{"on Saturday=2022-05-14/day"}},
		{"Early last week, the union called a strike.", dates.Date{Year: 2022, Month: 5, Day: 17}, []string{"Early last week=2022-05-09/part of week"}},
		{"Officials met in Lisbon in late March.", sunday, []string{"in late March=2022-03/part of month"}},
		{"In January, the council met for the first time.", sunday, []string{"In January=2022-01/month"}},
		{"In November, the mayor spoke.", dates.Date{Year: 2023, Month: 2, Day: 12}, []string{"In November=2022-11/month"}},
		{"A study published last August said so.", dates.Date{Year: 2024, Month: 3, Day: 1}, []string{"last August=2023-08/month"}},
		{"On March 14, the agency announced it.", sunday, []string{"March 14=2022-03-14/day"}},
		{"He met them on Tuesday, February 8, 2022.", dates.Date{}, []string{"Tuesday, February 8, 2022=2022-02-08/day"}},
		{"The bridge was finished in 2011.", sunday, []string{"in 2011=2011/year"}},
		{"The port handled over 900 ships in 2022.", sunday, []string{"in 2022=2022/year"}},
		{"Prices rose over the past two years.", dates.Date{Year: 2023, Month: 2, Day: 12}, []string{"the past two years=2021/year"}},
		{"During the first half of 2020, sales fell.", sunday, []string{"the first half of 2020=2020/part of year"}},
		{"Repairs have continued since October.", sunday, []string{"since October=2021-10/month"}},
		{"He said Tuesday that the strike was over.", dates.Date{}, []string{"Tuesday=/day"}},
		{"The mill closed in Oct. 2011 after a fire.", sunday, []string{"Oct. 2011=2011-10/month"}},
		{"The blog posted 3/10/2015 a photo of the plant.", sunday, []string{"3/10/2015=2015-03-10/day"}}, // slashes: month first
		{"The ministry wrote on 07-04-2022 to the council.", sunday, []string{"07-04-2022=2022-04-07/day"}},
		{"The pier was closed on Friday, January 10, 2019.", dates.Date{Year: 2020, Month: 1, Day: 12}, []string{"Friday, January 10, 2019=2020-01-10/day"}},     // the old year typed in January: the weekday and the article's date correct it
		{"The pier was closed on Thursday, January 10, 2019.", dates.Date{Year: 2020, Month: 1, Day: 12}, []string{"Thursday, January 10, 2019=2019-01-10/day"}}, // the weekday agrees with the year written
		{"March participants chanted slogans.", sunday, nil},
		{"March was the wettest month.", sunday, []string{"March=2022-03/month"}},
		{"Rain fell for most of March.", sunday, []string{"March=2022-03/month"}},
		{"They may leave soon.", sunday, nil},
		{"The skipper was due back at the harbour office Monday, Oct. 24, to answer for the damage, the port log shows.", dates.Date{Year: 2022, Month: 10, Day: 21}, []string{"Monday=2022-10-24/day", "Oct. 24=2022-10-24/day"}},
		{"The ferry sailed Monday, Oct. 24.", dates.Date{Year: 2022, Month: 10, Day: 21}, []string{"Monday=2022-10-24/day", "Oct. 24=2022-10-24/day"}},
		{"The boy would have turned 12 in April.", dates.Date{Year: 2021, Month: 1, Day: 20}, []string{"in April=2021-04/month"}},
		{"The couple would have married in November.", dates.Date{Year: 2021, Month: 1, Day: 20}, []string{"in November=2020-11/month"}},
		{"The fine was for a December crash on the ring road.", dates.Date{Year: 2021, Month: 12, Day: 20}, []string{"December=2020-12/month"}},
		{"The December crash will be reviewed by the board.", dates.Date{Year: 2021, Month: 12, Day: 20}, []string{"December=2021-12/month"}},
		{"The ring road was closed in December.", dates.Date{Year: 2021, Month: 12, Day: 20}, []string{"in December=2021-12/month"}},
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

// TestTimesTense checks that dates written without a year, months and
// weekdays resolve in the direction their clause's tense gives.
func TestTimesTense(t *testing.T) {
	tue := dates.Date{Year: 2024, Month: 10, Day: 1} // a Tuesday
	tests := []struct {
		sentence string
		ref      dates.Date
		want     string // expression=date
	}{
		{"The series will air in November.", tue, "in November=2024-11"},
		{"The Oct. 20 hearing was postponed.", tue, "Oct. 20=2024-10-20"}, // the date of the hearing, still ahead
		{"The judge cancelled the Oct. 20 hearing.", tue, "Oct. 20=2024-10-20"},
		{"The Oct. 20 attack killed five.", tue, "Oct. 20=2023-10-20"},
		{"The Dec. 20 hearing was postponed.", tue, "Dec. 20=2023-12-20"}, // more than 60 days ahead: the clause's past
		{"The series aired in November.", tue, "in November=2023-11"},
		{"The series has aired in November.", tue, "in November=2023-11"},
		{"The owner of Friday's winning ticket has been identified as a retired baker.", tue, "Friday=2024-09-27"}, // the present perfect after the day: the Friday before
		{"The crew of Friday's launch have returned to the base.", tue, "Friday=2024-09-27"},
		{"Friday's vote on the budget has been postponed.", tue, "Friday=2024-10-04"},              // deferral: the nearest Friday
		{"The crew of Friday's launch would have returned to the base.", tue, "Friday=2024-10-04"}, // a modal before "have": no present perfect
		{"The owner of Friday's winning ticket has to come forward.", tue, "Friday=2024-10-04"},    // no participle after "has"
		{"The program is set to begin in June.", tue, "in June=2025-06"},
		{"Classes resume next term, beginning in June.", tue, "in June=2025-06"},
		{"The new rules take effect in August and are going to cost more.", tue, "in August=2025-08"},
		{"A hearing is scheduled for Nov. 15.", tue, "Nov. 15=2024-11-15"},
		{"The judge set a hearing for Nov. 15.", tue, "Nov. 15=2024-11-15"},
		// A clock time between the schedule and the day; a month "set for".
		{"An arraignment is set for 10:30 a.m. Sept. 3.", tue, "Sept. 3=2025-09-03"},
		{"The vote is planned for noon Sept. 3.", tue, "Sept. 3=2025-09-03"},
		{"The retrial is set for August.", tue, "August=2025-08"},
		{"Figures for August were revised.", tue, "August=2024-08"},
		// A premodifying day whose event was set or scheduled lies ahead.
		{"An Oct. 20 hearing was set by the magistrate.", tue, "Oct. 20=2024-10-20"},
		// A present kept under a past verb of reporting: the nearest such month.
		{"An inspector said the permits expire in April.", dates.Date{Year: 2025, Month: 3, Day: 27}, "in April=2025-04"},
		{"A clerk said store licences come up for renewal in April.", dates.Date{Year: 2025, Month: 3, Day: 27}, "in April=2025-04"},
		{"An inspector said the permits expired in April.", dates.Date{Year: 2025, Month: 3, Day: 27}, "in April=2024-04"},
		{"Crews responded to six calls for medical services in April.", dates.Date{Year: 2025, Month: 3, Day: 27}, "in April=2024-04"},
		// The day an appointment is made for lies ahead, whatever the clause's tense.
		{"The clerk handed the driver a court date of Oct. 20 at the window.", tue, "Oct. 20=2024-10-20"},
		{"She was handed a new trial date for Oct. 20.", tue, "Oct. 20=2024-10-20"},
		{"The date of Oct. 2 was chosen for the vigil.", tue, "Oct. 2=2024-10-02"},
		{"The Oct. 20 recital was scheduled months ago.", tue, "Oct. 20=2024-10-20"},
		{"The suspect was arrested on Nov. 15.", tue, "Nov. 15=2023-11-15"},
		{"Police said the suspect fled on April 9.", tue, "April 9=2024-04-09"},
		{"April 9 marks the anniversary of the flood.", tue, "April 9=2024-04-09"},
		{"The Nov. 15 hearing draws attention.", tue, "Nov. 15=2024-11-15"}, // the present of a timetable: the nearest
		{"The trial begins Nov. 15.", tue, "Nov. 15=2024-11-15"},
		{"The documentary airs in November on public television.", tue, "in November=2024-11"},
		{"The new law takes effect Jan. 1.", tue, "Jan. 1=2025-01-01"},
		{"She faces a hearing on Nov. 15.", tue, "Nov. 15=2024-11-15"},
		{"Two attacks on March 3 killed four people.", tue, "March 3=2024-03-03"},
		{"A storm hit the coast in February, flooding hundreds of homes.", tue, "in February=2024-02"},
		{"The storm of March 3 destroys the harbour in this account.", tue, "March 3=2024-03-03"}, // nearest is the past one
		{"The Oct. 10 hearing draws attention.", tue, "Oct. 10=2024-10-10"},                       // shortly ahead: announced
		{"On Sunday, the minister will visit the port.", tue, "On Sunday=2024-10-06"},
		{"The minister visited the port on Sunday.", tue, "on Sunday=2024-09-29"},
		{"The minister spoke on Tuesday.", tue, "on Tuesday=2024-10-01"},
		{"The council is to vote on Thursday.", tue, "on Thursday=2024-10-03"},
		{"The council is voting on Thursday.", tue, "on Thursday=2024-10-03"},
		{"The council voted on Thursday.", tue, "on Thursday=2024-09-26"},
		{"Leaders said they would meet in December.", tue, "in December=2024-12"},
		{"The fire broke out on Dec. 28.", dates.Date{Year: 2025, Month: 1, Day: 10}, "Dec. 28=2024-12-28"},
		{"The law will take effect on Jan. 1.", dates.Date{Year: 2024, Month: 12, Day: 20}, "Jan. 1=2025-01-01"},
		{"He will speak on Sunday.", dates.Date{}, "on Sunday="}, // undated: kept as written
		{"Flights were cancelled due to the storm on Sunday.", tue, "on Sunday=2024-09-29"},
		// Modals before a verb put it ahead; "may" the month is no modal;
		// "could" is also the past of "can".
		{"The store may reopen in May.", tue, "in May=2025-05"},
		{"Lawmakers might vote on the bill in April.", tue, "in April=2025-04"},
		{"Lawmakers might have voted on the bill in April.", tue, "in April=2024-04"},
		{"On Monday, divers could be seen near the pier.", tue, "On Monday=2024-09-30"},
		// Scheduling and deferral whatever the verb's tense.
		{"The judge set a Nov. 15 hearing.", tue, "Nov. 15=2024-11-15"},
		{"Lawyers asked for a Nov. 15 hearing.", tue, "Nov. 15=2024-11-15"},
		{"They met for a Saturday-night dinner.", tue, "Saturday=2024-09-28"},
		{"The hearing was delayed until Nov. 20.", tue, "Nov. 20=2024-11-20"},
		{"The trial was rescheduled for Jan. 8.", tue, "Jan. 8=2025-01-08"},
		{"The court put off the case until Dec. 2.", tue, "Dec. 2=2024-12-02"},
		{"The bail hearing was deferred to Dec. 2.", tue, "Dec. 2=2024-12-02"},
		{"The team moved to Denver in January.", tue, "in January=2024-01"},
		{"Her funeral is Saturday.", tue, "Saturday=2024-10-05"},
		{"The vote is on Sunday.", tue, "on Sunday=2024-10-06"},
		// The present of a timetable right before a weekday: the coming
		// one; a verb of saying: the day it spoke.
		{"Registration opens Monday and closes Nov. 1.", tue, "Monday=2024-10-07|Nov. 1=2024-11-01"},
		{"The agency says Monday that the system was hacked.", tue, "Monday=2024-09-30"},
		// The plural present after its subject: a timetable too.
		{"Applications close on Nov. 30.", tue, "Nov. 30=2024-11-30"},
		{"They meet on Sunday.", tue, "on Sunday=2024-10-06"},
		{"Police arrested two suspects on Sunday.", tue, "on Sunday=2024-09-29"},
		// A clock time does not end the clause.
		{"She bought a ticket at 12:30 p.m. Sunday before going to the show.", tue, "Sunday=2024-09-29"},
		// The clause's own present before its neighbours' past.
		{"The show, which returns in March, was renewed.", tue, "in March=2025-03"},
		{"The festival, which ends March 23, opened on Saturday.", dates.Date{Year: 2024, Month: 3, Day: 6}, "March 23=2024-03-23|on Saturday=2024-03-02"},
	}
	for _, tt := range tests {
		var got []string
		for _, x := range Times(tt.sentence, tt.ref, 1) {
			got = append(got, x.Expression+"="+x.Date)
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("Times(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// TestTimesNotEvents checks that durations, forecast horizons, datelines
// and time stamps are marked, and event dates are not.
func TestTimesNotEvents(t *testing.T) {
	ref := dates.Date{Year: 2024, Month: 10, Day: 1}
	tests := []struct {
		sentence      string
		period, stamp []string
	}{
		{"Sales are forecast to rise through 2015.", []string{"2015"}, nil},
		{"Prices have risen for the past month.", []string{"past month"}, nil},
		{"Strikes have continued since October.", []string{"since October"}, nil},
		{"The plant will run until June.", []string{"until June"}, nil},
		{"Emissions must fall by 2030.", []string{"by 2030"}, nil},
		{"Accidents have risen since the start of 2024.", []string{"of 2024"}, nil},
		{"The ban lasts through the end of June.", []string{"the end of June"}, nil},
		{"By the end of 2019, the plant had closed.", nil, nil},
		{"5 March 2024, 09:12 (GMT+04:00) On March 4-5 the port holds a trade fair.", nil, []string{"5 March 2024"}},
		{"March 3, 2024, 10:30 am — Police closed the bridge.", nil, []string{"March 3, 2024"}},
		{"On March 3, 2024, at 10:30 police closed the bridge.", nil, nil},
		// A weekday opened by "On" and followed by its clock time is an
		// adverbial of the clause, no page's stamp.
		{"On Sunday at 10:42 p.m., wardens found a canoe adrift below the weir.", nil, nil},
		{"On Friday, 11:05 a.m., the ferry left Tarnby without its pilot.", nil, nil},
		{"Friday, March 7, 2025, 09:15 The ferry left Tarnby without its pilot.", nil, []string{"Friday, March 7, 2025"}},
		{"WASHINGTON, April 9 (Reuters) - Officials met on Tuesday to discuss the budget.", nil, []string{"April 9"}},
		{"LONDON, Tuesday, April 9 (AP) — The talks ended.", nil, []string{"Tuesday", "April 9"}},
		{"Posted: Tue Apr 15, 2008 3:07pm EDT", nil, []string{"Tue Apr 15, 2008"}},
		{"April 15, 2008", nil, []string{"April 15, 2008"}},
		{"Posted: Friday, March 7 2025 9:15 a. m.", nil, []string{"Friday, March 7 2025"}},
		{"Posted 2 years, 41 days ago [saved on 9 March 2016]", nil, []string{"9 March 2016"}},
		{"She held the job from 1993 to 2001.", []string{"from 1993", "2001"}, nil},
		{"Her second marriage lasted 1958 to 1963.", []string{"1958", "1963"}, nil},
		{"He hosted the show in 2001 and won in 2005.", nil, nil},
		{"He hosted the show in 2001 and 2005.", nil, nil},
		{"Before 1997, he had served a sentence in 1959.", []string{"Before 1997"}, nil},
		{"He played for the club from 1995-99.", []string{"from 1995"}, nil},
		{"She chaired the board between 2001 and 2005 and again in 2009.", []string{"2001", "2005"}, nil},
		{"Analysts expect sales to reach $5 billion in 2016.", []string{"in 2016"}, nil},
		{"Unemployment will fall to 5 percent next year, the ministry predicted.", []string{"next year"}, nil},
		{"Economists had forecast growth of 3 percent in 2023.", []string{"in 2023"}, nil},
		{"Sales rose 5 percent in 2023, more than analysts had predicted.", nil, nil},
		{"The firm, which predicted a $5 billion loss, was founded in 1998.", nil, nil},
		{"The firm expects to open the plant in June.", nil, nil},
		{"Police arrested two men on April 9 in Springfield.", nil, nil},
		{"Officials met in Lisbon in late March.", nil, nil},
		{"Three parties will stand in the November 9 election.", nil, nil},
		{"Crowds gathered for the Friday vigil.", nil, nil},
		{"Prices fell during the past week.", []string{"past week"}, nil},
	}
	for _, tt := range tests {
		var period, stamp []string
		for _, x := range Times(tt.sentence, ref, 1) {
			if x.Period {
				period = append(period, x.Expression)
			}
			if x.Stamp {
				stamp = append(stamp, x.Expression)
			}
		}
		if strings.Join(period, "|") != strings.Join(tt.period, "|") || strings.Join(stamp, "|") != strings.Join(tt.stamp, "|") {
			t.Errorf("Times(%q): periods %q, stamps %q; want %q, %q", tt.sentence, period, stamp, tt.period, tt.stamp)
		}
	}
}

func TestClauseTense(t *testing.T) {
	tests := []struct {
		sentence, expr string
		want           Tense
	}{
		{"The toll rose to 11 people killed in Monday's crash.", "Monday", TensePast},
		{"The vote is to be held on Sunday.", "Sunday", TenseFuture},
		{"The series is due to air in November.", "November", TenseFuture},
		{"The flight was cancelled due to the storm on Sunday.", "Sunday", TensePast},
		{"A Nov. 15 hearing has been scheduled.", "Nov. 15", TenseFuture},
		{"A Nov. 15 hearing is scheduled.", "Nov. 15", TenseFuture},
		{"A Nov. 15 hearing has been set.", "Nov. 15", TenseFuture},
		{"The ferry crew is due back at the harbour Friday.", "Friday", TenseFuture},
		{"Both hikers hurt in a Wednesday evening rockfall are expected to mend.", "Wednesday", TensePresent},
		{"The hearing had been scheduled for the morning but ended on Monday.", "Monday", TensePast},
		{"The vote will be held on Sunday.", "Sunday", TenseFuture},
		{"The vote was held on Sunday.", "Sunday", TensePast},
		{"The planned strike on Sunday.", "Sunday", TenseFuture},
		{"The injured man on Sunday.", "Sunday", TenseNone},
		{"They are going to vote on Sunday.", "Sunday", TenseFuture},
		{"Officials hope to vote on Sunday.", "Sunday", TenseFuture}, // a verb of intention (WordNet)
		{"Officials met to vote on Sunday.", "Sunday", TensePresent},
	}
	for _, tt := range tests {
		i := strings.Index(tt.sentence, tt.expr)
		if got := ClauseTense(tt.sentence, i, i+len(tt.expr)); got != tt.want {
			t.Errorf("ClauseTense(%q, %q) = %v, want %v", tt.sentence, tt.expr, got, tt.want)
		}
	}
}

func TestTimesNamesAndDecades(t *testing.T) {
	sat := dates.Date{Year: 2013, Month: 3, Day: 9} // a Saturday
	tests := []struct {
		sentence string
		want     string
	}{
		{"He publishes the Free Sunday newspaper.", ""},
		{"Pilgrims gathered for Good Friday prayers.", ""},
		{"Guests found him at the Harbor Lantern Inn Friday morning.", "Friday=2013-03-08"},
		{"A witness told the Weekly Courier Thursday that he ran.", "Thursday=2013-03-07"},
		{"Crowds marched in Tarvik Wednesday, officials said.", "Wednesday=2013-03-06"},
		// a named day keeps its part of the day; a part of the day makes
		// a weekday after one common capitalised word a time; a saint's
		// name after "St." ends a name; a title's abbreviation and a
		// common first name make the weekday a surname
		{"Pilgrims gathered on Good Friday morning.", ""},
		{"The bill passed the Senate Friday morning.", "Friday=2013-03-08"},
		{"Mass was held at St. Mark Sunday.", "Sunday=2013-03-03"},
		{"Viewers loved Sgt. Rose Friday.", ""},
		{"The film is scheduled to open in November of 2013.", "in November of 2013=2013-11"},
		{"Prices rose in the mid-1990s and the 1980's.", ""},
		{"Now there's a final to play on Sunday.", "on Sunday=2013-03-10"},
		{"The teams will play Saturday afternoon.", "Saturday=2013-03-09"},
		{"The teams will play next Saturday.", "next Saturday=2013-03-16"},
		{"LONDON, Monday (AP) — talks ended.", "Monday=2013-03-04"},
		// a month that opens a name: a street's, a person's
		{"Firefighters were sent to a house on October Lane.", ""},
		{"Deputies closed part of March Ave. on the east side.", ""},
		{"\"We are praying,\" said his sister, June Pelham, 41.", ""},
		{"April Castor, a neighbour, heard the shots.", ""},
		// a month that modifies a name, or is told with a preposition
		{"Lawyers cited a June Appeals Court ruling.", "June=2012-06"},
		{"In February Pelham moved to the coast.", "In February=2013-02"},
		{"Fireworks lit the sky on July Fourth.", "July=2012-07"},
		{"Protest Planned After January Vote on School Closings", "January=2013-01"},
		// "Today" in a name; the day at a clause's start or in a title-case line
		{"A Harbor Today poll found most readers agree.", ""},
		{"Neighbours told TODAY'S KXRN 6 the shots woke them.", ""},
		{"Today, the council meets again.", "Today=2013-03-09"},
		{"Update: Today the council met again.", "Today=2013-03-09"},
		{"Council Meets Today on Harbor Plan", "Today=2013-03-09"},
		// "Today" after a full stop, after a dash or in a line of
		// capitals opens a clause: the day
		{"Talks ended at 5 p.m. Today the council meets again.", "Today=2013-03-09"},
		{"Update — Today the council met again.", "Today=2013-03-09"},
		{"TODAY THE COUNCIL MEETS AGAIN.", "TODAY=2013-03-09"},
		// before an ordinal day or another month a bare month is still a
		// date
		{"Crowds gathered June First for the parade.", "June=2012-06"},
		{"Trials ran June July and August.", "June=2012-06|July=2012-07|August=2012-08"},
		// a weekday and its date disagree: a slip of a day keeps the
		// weekday, another week takes the date
		{"The ferry sank on Thursday, Feb. 8.", "on Thursday=2013-02-08|Feb. 8=2013-02-08"},
		{"The ferry sank on Tuesday, March 7.", "on Tuesday=2013-03-05|March 7=2013-03-07"},
		// only a year more than a year back fits the weekday: the day as written
		{"The ferry sank on Wednesday, March 7.", "on Wednesday=2013-03-06|March 7=2013-03-07"},
		{"The ferry sank on Wednesday, March 14.", "on Wednesday=2012-03-14|March 14=2012-03-14"},
	}
	for _, tt := range tests {
		var got []string
		for _, x := range Times(tt.sentence, sat, 1) {
			got = append(got, x.Expression+"="+x.Date)
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("Times(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// FuzzTimes feeds arbitrary sentences: Times never panics, every span lies
// in the sentence, every date is well formed, and the tense of any span is
// one of the four.
func FuzzTimes(f *testing.F) {
	f.Add("The series will air in November, officials said on Tuesday.", 5)
	f.Add("WASHINGTON, April 9 (Reuters) - from 1993 to 2001, before 1997", 0)
	f.Add("Posted 2 years ago [saved on 5 May 2011] it's Monday’ll", 3)
	ref := dates.Date{Year: 2024, Month: 10, Day: 1}
	f.Fuzz(func(t *testing.T, s string, k int) {
		for _, x := range Times(s, ref, 1) {
			if x.Start < 0 || x.End > len(s) || x.Start > x.End || s[x.Start:x.End] != x.Expression {
				t.Fatalf("bad span %+v in %q", x, s)
			}
			if n := len(x.Date); n != 0 && n != 4 && n != 7 && n != 10 {
				t.Fatalf("bad date %q", x.Date)
			}
			if tn := ClauseTense(s, x.Start, x.End); tn < TenseNone || tn > TensePresent {
				t.Fatalf("tense %d", tn)
			}
		}
		if k < 0 {
			k = -k
		}
		if len(s) > 0 {
			a := k % len(s)
			ClauseTense(s, a, len(s))
		}
	})
}
