package mention

import (
	"regexp"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// scanAll runs every pattern scan of sentenceValues except the time
// expressions, without the prefilter.
func scanAll(lx *lexicon.Lexicon, sent string) []Value {
	vs := &valueScan{lx: lx, sent: sent}
	vs.clocks()
	vs.money()
	vs.percents()
	vs.magnitudes()
	vs.ages(&Analysis{}, true)
	vs.measures(reDist, VDistance)
	vs.measures(reSize, VSize)
	vs.durations()
	vs.counts()
	return vs.out
}

// TestMayHoldNumber checks the prefilter both ways: the sentences it lets
// through hold a figure or a number word, and a sentence it stops yields no
// value when every pattern is run on it anyway.
func TestMayHoldNumber(t *testing.T) {
	lx := lexicon.Default()
	for _, c := range []struct {
		sent string
		want bool
	}{
		{"The council met on Tuesday to discuss the plan.", false},
		{"Someone has often written about the attention it got.", false},
		{"Officials said the bridge would reopen soon.", false},
		{"Five people were hurt in the crash.", true},
		{"The firm has 120 employees.", true},
		{"A dozen homes were lost.", true},
		{"It took half a day.", true},
		{"Twenty-one trucks arrived.", true},
		{"The deal is worth USDfive million, a filing said.", true},
		{"Prices rose 3% in May.", true},
	} {
		if got := mayHoldNumber(c.sent); got != c.want {
			t.Errorf("mayHoldNumber(%q) = %v, want %v", c.sent, got, c.want)
		}
		if !c.want {
			if vs := scanAll(lx, c.sent); len(vs) > 0 {
				t.Errorf("%q is skipped but holds values %+v", c.sent, vs)
			}
		}
	}
}

// FuzzMayHoldNumber: whatever the text, a sentence the prefilter stops
// yields no value from the patterns.
func FuzzMayHoldNumber(f *testing.F) {
	for _, s := range []string{"seven miles away", "none of the ten", "Rsfive crore", "at noon GMT", "half a mile"} {
		f.Add(s)
	}
	lx := lexicon.Default()
	f.Fuzz(func(t *testing.T, s string) {
		if !mayHoldNumber(s) {
			if vs := scanAll(lx, s); len(vs) > 0 {
				t.Fatalf("%q is skipped but holds values %+v", s, vs)
			}
		}
	})
}

// TestFigureGuards checks the guards of sentenceValues both ways: a
// sentence they stop yields nothing from the guarded patterns, and a
// sentence those patterns read passes them.
func TestFigureGuards(t *testing.T) {
	guarded := []*regexp.Regexp{reClock1, reClock2, reClock3, reMagn, reHeight, reAge2, reAge3}
	for _, c := range []struct {
		sent    string
		digits  bool
		quake   bool
		matches bool
	}{
		{"The meeting ended at eleven in the evening.", false, false, false},
		{"A quake measuring about six shook the valley.", false, true, false},
		{"She was aged forty and lived in Tarn, nine miles away.", false, false, false},
		{"The tremor, magnitude 5.4, struck at 6:10 p.m.", true, true, true},
		{"A 4.1 on the Richter scale was recorded.", true, true, true},
		{"The 6-foot-2 guard, aged 31, signed on.", true, false, true},
		{"Pellor, 52, was driving at 0915 GMT.", true, false, true},
		{"Measuring 3.2, it was felt downtown.", true, true, true},
	} {
		digits := strings.ContainsAny(c.sent, "0123456789")
		if digits != c.digits || mayBeMagnitude(c.sent) != c.quake {
			t.Errorf("%q: digits %v, mayBeMagnitude %v; want %v, %v", c.sent, digits, mayBeMagnitude(c.sent), c.digits, c.quake)
		}
		matched := false
		for _, re := range guarded {
			if re.MatchString(c.sent) {
				matched = true
				if !digits || re == reMagn && !mayBeMagnitude(c.sent) {
					t.Errorf("%q: %v matches but is guarded off", c.sent, re)
				}
			}
		}
		if matched != c.matches {
			t.Errorf("%q: guarded patterns match %v, want %v", c.sent, matched, c.matches)
		}
	}
}

// FuzzFigureGuards: whatever the text, a guarded pattern matches only
// where its guard lets it run.
func FuzzFigureGuards(f *testing.F) {
	for _, s := range []string{"magnitude 6", "5-foot-9", "Ames, 40,", "at 10:30", "aged 7", "7.2 Richter", "meaſuring 4"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		digits := strings.ContainsAny(s, "0123456789")
		for _, re := range []*regexp.Regexp{reClock1, reClock2, reClock3, reMagn, reHeight, reAge2, reAge3} {
			if re.MatchString(s) && (!digits || re == reMagn && !mayBeMagnitude(s)) {
				t.Fatalf("%q: %v matches but is guarded off", s, re)
			}
		}
	})
}
