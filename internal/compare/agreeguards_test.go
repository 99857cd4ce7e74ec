package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/story"
)

func TestGuardsKeepTrueConflicts(t *testing.T) {
	d1 := dates.Date{Year: 2026, Month: 9, Day: 14}
	cases := []struct {
		name     string
		docs     []string
		value    string
		conflict bool
	}{
		{"equal expected and outcome, another figure near",
			[]string{"The Orlund reserve bank cut its main rate to 3.25 percent on Thursday, and the krone fell 0.8 percent against the euro.",
				"Traders had expected the Orlund reserve bank to cut its main rate to 3.25 percent, and the krone fell 0.8 percent against the euro on Thursday."},
			"0.8", false},
		{"equal expected: three articles",
			[]string{"The Orlund reserve bank cut its main rate to 3.25 percent on Thursday.",
				"Traders had expected the Orlund reserve bank to cut its main rate to 3.25 percent on Thursday.",
				"The Orlund reserve bank cut its main rate to 3.25 percent on Thursday, from 3.5 percent."},
			"3.5", false},
		{"equal average, told with and without",
			[]string{"Rainfall at Pellow airport averaged 62 millimetres in July, the weather office said, against 48 millimetres a year earlier.",
				"Pellow airport had 62 millimetres of rain in July, the weather office said."},
			"48", false},
		{"equal early stage and outcome",
			[]string{"Early returns had put turnout in Vasmere at 54 percent, and the final turnout was 54 percent, the commission said.",
				"Turnout in Vasmere was 54 percent, the commission said, up from 49 percent in 2022."},
			"49", false},
		{"range in both articles",
			[]string{"Forecasters at the Corran weather centre expect 14 to 18 named storms this season.",
				"The Corran weather centre expects 14 to 18 named storms this season, forecasters said."},
			"14", false},
		{"range in both, a third tells one figure inside",
			[]string{"Forecasters at the Corran weather centre expect 14 to 18 named storms this season.",
				"The Corran weather centre expects 14 to 18 named storms this season, forecasters said.",
				"The Corran weather centre expects 16 named storms this season, forecasters said."},
			"1", false},
		{"in range figure against the lower end",
			[]string{"Rescuers on Dallow fell reached 40 to 45 stranded hikers on Saturday, the rescue team said.",
				"Rescuers on Dallow fell reached 43 stranded hikers on Saturday, the rescue team said."},
			"4", false},
		{"equal expected one side, a start figure the other",
			[]string{"Traders had expected a cut to 3.25 percent, and the Orlund reserve bank delivered it on Thursday.",
				"The Orlund reserve bank cut its main rate to 3.25 percent on Thursday, from 3.5 percent."},
			"3.5", false},
		{"equal average one side, another day's figure",
			[]string{"Daily rainfall at Pellow airport averaged 62 millimetres last week, the weather office said.",
				"Pellow airport had 62 millimetres of rain a day last week on average and 95 millimetres on Tuesday, the weather office said."},
			"95", false},
		{"equal early stage, the outcome told beside",
			[]string{"Early returns had put the yes vote in Vasmere at 54 percent, the commission said.",
				"The yes vote in Vasmere was 54 percent in early returns and 51 percent in the final count, the commission said."},
			"51", false},
		{"equal early stage, both",
			[]string{"Early counts had put the yes vote in Vasmere at 54 percent, the commission said, and it ended at 51 percent.",
				"The yes vote in Vasmere stood at 54 percent, the commission said, in early counts, and ended at 51 percent."},
			"5", false},
		{"range upper end equal, lower end in the other",
			[]string{"The Corran weather centre expects between 14 and 18 named storms this season, up from 12 last year.",
				"The Corran weather centre expects 18 named storms this season at most, and 12 formed last year."},
			"1", false},
		{"figure beside, equal in both with another noun",
			[]string{"Salt Harbour council will spend 40 million crowns on roads, compared with 25 million crowns last year.",
				"Salt Harbour council will spend 40 million crowns on roads this year, the budget shows."},
			"25", false},
		{"earlier in a past perfect, an equal count kept apart",
			[]string{"Police said the gunman had earlier shot 3 guards outside the Marlow Street bank.",
				"The gunman shot 3 guards outside the Marlow Street bank and 2 customers inside it, police said."},
			"3", false},
		{"earlier in a past perfect, three articles",
			[]string{"Police said the gunman had earlier shot 3 guards outside the Marlow Street bank, and 2 customers inside.",
				"The gunman shot 3 guards outside the Marlow Street bank, police said.",
				"Police said 2 customers were wounded inside the Marlow Street bank and the gunman shot 3 guards outside it."},
			"3", false},
		{"average age beside the count",
			[]string{"The average age of the 5 climbers who died on Mount Ferral was 34, rescuers said.",
				"Rescuers said 5 climbers died on Mount Ferral and 2 were injured."},
			"5", false},
		{"expected to stay beside the count",
			[]string{"Doctors expect 4 of the injured to stay in Kilbride hospital overnight, and 9 people were hurt in the crash.",
				"Four people were kept in Kilbride hospital overnight after the crash, in which 9 people were hurt."},
			"4", false},
		{"freed by an average: pairs with another figure",
			[]string{"Trains on the Dunmore line averaged 48 minutes late on Friday, the operator said.",
				"Trains were 48 minutes late on the Dunmore coast line. The last train on the Dunmore line was 95 minutes late on Friday, the operator said."},
			"48", false},
		{"guard: a past perfect with earlier is an act before another, no stage",
			[]string{"Police said the suspect had earlier robbed 2 banks in Tolley before he was caught on Friday.",
				"Police said the suspect robbed 3 banks in Tolley before he was caught on Friday."},
			"2", true},
		{"guard: early as an attribute after had",
			[]string{"The Pellham council had offered early retirement to 200 staff, the union said on Monday.",
				"The Pellham council offered early retirement to 250 staff, the union said on Monday."},
			"200", true},
		{"guard: the members an average is of",
			[]string{"The average age of the 5 climbers who died on Mount Ferral was 34, rescuers said.",
				"The 6 climbers who died on Mount Ferral were aged between 22 and 51, rescuers said."},
			"5", true},
		{"guard: outside the range still conflicts",
			[]string{"Rescuers on Dallow fell reached 40 to 45 stranded hikers on Saturday, the rescue team said.",
				"Rescuers on Dallow fell reached 52 stranded hikers on Saturday, the rescue team said."},
			"52", true},
	}
	for _, c := range cases {
		args := []string{"a", "b", "c"}
		in := make([]story.Doc, 0)
		for k, s := range c.docs {
			in = append(in, doc(args[k], "Report\n\n"+s, d1))
		}
		r := run(in...)
		got := kinds(r.Discrepancies)
		if strings.Contains(got, c.value) != c.conflict {
			t.Errorf("%s: conflict on %q wanted %v, got %q", c.name, c.value, c.conflict, got)
		} else {
			t.Logf("%s: ok %q", c.name, got)
		}
	}
}

func TestAgreeingFiguresNotApart(t *testing.T) {
	d1 := dates.Date{Year: 2026, Month: 9, Day: 14}
	pairs := [][4]string{
		{"Police said the gunman had earlier shot 3 guards outside the Marlow Street bank.", "3 guards",
			"The gunman shot 3 guards outside the Marlow Street bank and 2 customers inside it, police said.", "3 guards"},
		{"The average age of the 5 climbers who died on Mount Ferral was 34, rescuers said.", "5 climbers",
			"Rescuers said 5 climbers died on Mount Ferral and 2 were injured.", "5 climbers"},
		{"Traders had expected a cut to 3.25 percent, and the Orlund reserve bank delivered it on Thursday.", "3.25",
			"The Orlund reserve bank cut its main rate to 3.25 percent on Thursday, from 3.5 percent.", "3.25"},
		{"Forecasters at the Corran weather centre expect 14 to 18 named storms this season.", "18",
			"The Corran weather centre expects 14 to 18 named storms this season, forecasters said.", "18"},
		{"Rescuers said 30 to 35 walkers were stranded on Brannoch ridge on Sunday.", "35",
			"Rescuers said 33 walkers were stranded on Brannoch ridge on Sunday.", "33"},
		{"Rescuers said 30 to 35 walkers were stranded on Brannoch ridge on Sunday.", "30",
			"Rescuers said 33 walkers were stranded on Brannoch ridge on Sunday.", "33"},
	}
	for _, p := range pairs {
		a, b := doc("a", "Report\n\n"+p[0], d1), doc("b", "Report\n\n"+p[2], d1)
		m := story.Assemble(&corroborate.Story{}, []story.Doc{a, b})
		in := Input{Docs: []story.Doc{a, b}, Merged: m}
		// Equal values, and a figure inside a range, agree: no guard
		// keeps them apart, so neither is free to pair elsewhere.
		if tr := TraceValue(in, 0, strings.Index(p[0], p[1]), 1, strings.Index(p[2], p[3])); !strings.HasPrefix(tr, "agree") {
			t.Errorf("%s / %s: want agree, got %s", p[0], p[2], tr)
		}
	}
}
