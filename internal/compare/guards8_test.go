package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestGuardsSession8: invented sentences, one guard each (session 8): two
// values that look like one fact but are not give no discrepancy; the
// controls keep one.
func TestGuardsSession8(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	for _, tc := range []struct{ name, x, y, want string }{
		{"the days of a state are two true days",
			"Flood\n\nThe two ferry pilots remained under guard in Harwick on Friday.",
			"Flood\n\nThe two ferry pilots remained under guard in Harwick on Monday night.", ""},
		{"the days of one happening: a discrepancy",
			"Flood\n\nThe two ferry pilots were detained in Harwick on Friday.",
			"Flood\n\nThe two ferry pilots were detained in Harwick on Monday.", "date:on Friday/on Monday"},
		{"a time after 'after' is a lower bound",
			"Hall\n\nTwo masked men began firing at guests of the Velmont hall just after 1:20 a.m.",
			"Hall\n\nTwo masked men began firing at guests of the Velmont hall after 1 a.m.", ""},
		{"two moments of one happening: a discrepancy",
			"Hall\n\nTwo masked men began firing at guests of the Velmont hall at 1:20 a.m.",
			"Hall\n\nTwo masked men began firing at guests of the Velmont hall at 1 a.m.", "date:1:20 a.m./1 a.m."},
		{"a media length beside a bar is no time of day",
			"Hall\n\nFrom the stage | 0:41 The drummer saw masked men begin firing inside the hall.",
			"Hall\n\nMasked men began firing inside the Velmont hall at 4 a.m., a guest said.", ""},
		{"two ages of one kind of person in a sentence own no age",
			"Farm\n\nSmoke from the Ostby barn sent the 12-year-old and 9-year-old boys to the clinic.",
			"Farm\n\nDeputies report a 12-year-old boy fled the Ostby barn after the rifle went off.", ""},
		{"ages of three kinds of person: each keeps its owner",
			"Farm\n\nThe others hurt in the Ostby barn fire, a 47-year-old woman, a 23-year-old man and a 7-year-old niece, are in hospital.",
			"Farm\n\nA 44-year-old woman, a 23-year-old man and a 7-year-old niece hurt in the Ostby barn fire are in hospital.", "number:47-year-old/44-year-old"},
		{"a figure of another happening is that happening's",
			"Docks\n\nAn hour later, a 31-year-old deckhand suffered cuts in another stabbing near the Pellow docks.",
			"Docks\n\nA 26-year-old deckhand suffered cuts in a stabbing near the Pellow docks on Friday.", ""},
		{"an age alone stands for a person of any kind",
			"Docks\n\nOfficers kept a 20-year-old in a cell overnight; near the Pellow docks his 17-year-old cousin had been cut.",
			"Docks\n\nA 19-year-old cousin suffered cuts in a stabbing near the Pellow docks, police said.", ""},
		{"a poll set apart by 'another' is still a poll of the story",
			"Vote\n\nA poll on the Tarnby bypass found 41 percent backing it.",
			"Vote\n\nIn another survey the bypass had the backing of 57 percent, the Tarnby Herald reports.", "number:41 percent/57 percent"},
		{"a dated day of another year is another happening",
			"Pier\n\nOn May 2, 2019, a ferry hand was stabbed on the Ostby pier.",
			"Pier\n\nA deckhand was stabbed on the Ostby pier late Monday night.", ""},
		{"two ages of one person in one sentence are a garble",
			"Pier\n\nThe pier crew pulled 28-year-old Rolf Anker Dane, 38, from the water at dawn.",
			"Pier\n\nRolf Anker Dane, 38, of Ostby was stabbed on the pier.", ""},
		{"inches after feet are part of a height",
			"Pier\n\nWearing a grey coat, the man sought is 6 foot, 2 inches tall.",
			"Pier\n\nThe man sought stands 6 feet 2 inches tall, deputies said.", ""},
		{"an address block is no count",
			"Pier\n\nDeputies traced the van to the 6700 block near Harbour Lane.",
			"Pier\n\nDeputies traced the suspect to the 6900 block near Harbour Lane.", ""},
		{"those hurt and those fatally hurt are two counts",
			"Pier\n\nOn the Ostby pier six deckhands were stabbed during the night.",
			"Pier\n\nTwo deckhands were fatally stabbed and four hurt on the Ostby pier.", ""},
		{"a figure of a dated 'when' clause is that day's",
			"Mill\n\nThe worst blaze in the valley was on Aug. 9, 2011, when two workers died and six workers were hurt at a mill.",
			"Mill\n\nThe Dorrel mill fire on Monday hurt nine workers.", ""},
		{"a time before a that-clause dates a statement",
			"Mill\n\nThe mill owner, a firm the Dorrel trust controls, posted at 9:10 a.m. Sunday that no worker was missing.",
			"Mill\n\nNo worker was missing, the mill owner, a firm the Dorrel trust controls, posted at 4:40 p.m. Monday.", ""},
		{"a distance from a place and one travelled are two facts",
			"Chase\n\nThe van was stopped 47 miles inland from Harwick after the chase, troopers said.",
			"Chase\n\nAfter the chase began, the van sped 130 miles west before troopers stopped it.", ""},
		{"distances are of one order of magnitude in metres",
			"Chase\n\nTroopers said the driver fired rounds from his 9 mm Glock at the van near Harwick.",
			"Chase\n\nTroopers said the driver fired at the van 12 miles north of Harwick.", ""},
		{"offsets a right angle apart are two places",
			"Chase\n\nThe van was left at Dorrel, 31 miles northeast of Harwick, troopers said.",
			"Chase\n\nTroopers found the van at Ostby, 72 miles northwest of Harwick.", ""},
		{"offsets roughly one way: a discrepancy",
			"Chase\n\nThe van was left at Dorrel, 31 miles south of Harwick, troopers said.",
			"Chase\n\nTroopers said the van was left at Dorrel, 52 miles southeast of Harwick.", "number:31 miles/52 miles"},
		{"a count that sets the size of a class counts nothing",
			"Road\n\nThe valley has seen seven crashes of more than three cars since 2015, troopers said.",
			"Road\n\nTwo cars crashed on the Dorrel road on Monday, troopers said.", ""},
		{"a date closing a headline after a dash is its stamp",
			"Quarry\n\nDriver held over quarry crash – March 7th, 2022\n\nA driver was held after the crash.",
			"Quarry\n\nA driver was held after a quarry crash late Tuesday night.", ""},
		{"a dated 'when' clause of another year is background",
			"Mill\n\nThe worst blaze in the valley was on Aug. 9, 2011, when four workers died and six were hurt at a mill.",
			"Mill\n\nNine workers were hurt when the Dorrel mill burned on Monday.", ""},
		{"the attackers are not the people attacked",
			"Park\n\nFour diners were stabbed inside the Ellery grill on Sunday, officers said.",
			"Park\n\nThe Ellery grill emptied on Sunday once three diners began stabbing.", ""},
	} {
		r := run(doc("a", tc.x, pub), doc("b", tc.y, dates.Date{Year: 2022, Month: 3, Day: 10}))
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
