package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/mention"
)

// TestCompanionFigures: invented sentences, written for this rule (names
// and places invented, articles of May 2023). Two sentences that each give
// two amounts or shares, one of them told alike, tell the other term of one
// comparison in the remaining figure: a profit a year earlier beside one
// loss, a turnout beside one earlier turnout, an offer beside one demand.
// Guards: the remaining figures on two sides of the agreeing one (another
// quantity beside it), a third figure of the kind in one sentence, and
// sentences that agree on no figure.
func TestCompanionFigures(t *testing.T) {
	cases := []struct{ name, a, b, want string }{
		{"a profit a year earlier beside one loss",
			"Marlen Tools said its quarterly loss widened to $52 million, against a profit of $18 million a year earlier.",
			"Marlen Tools lost $52 million in the quarter after making $23 million in the same months of last year.", "$18 million/$23 million"},
		{"a turnout beside one earlier turnout",
			"Turnout in the Oskel by-election was 48 percent, up from 41 percent at the previous poll.",
			"Forty-four percent of Oskel voters took part, against 41 percent when the seat was last contested.", "48 percent/Forty-four percent"},
		{"an offer beside one demand, in a short clause",
			"The Tarrow nurses want a pay rise of 8% against an offer of 3%.",
			"The Tarrow nurses' union is seeking 8 percent; the health board has offered 5 percent.", "3%/5 percent"},
		{"a profit in a short clause beside one loss",
			"Weak orders pushed Dorran Bakeries to a half-year loss of $14 million, after a $6 million profit in the same period last year.",
			"Dorran Bakeries reported a loss of $14 million for the six months to June, against a profit of $9 million a year earlier.", "$6 million/$9 million"},
		{"a turnout worded like the other's earlier turnout",
			"Turnout in the Oskel by-election was 48 percent, up from 41 percent at the last one.",
			"Forty-four percent of Oskel voters took part, compared with 41 percent at the last one.", "48 percent/Forty-four percent"},
		{"guard: a loss told alone against a loss beside a profit",
			"Weak orders pushed Dorran Bakeries to a half-year loss of $14 million, after a $6 million profit in the same period last year.",
			"Weak orders pushed Dorran Bakeries to a half-year loss of $11 million.", "$14 million/$11 million"},
		{"guard: another quantity on the other side of one loss",
			"Brenfield Mills posted revenue of $410 million and a loss of $12 million for the year.",
			"Brenfield Mills posted a loss of $12 million for the year and paid a dividend of $3 million.", ""},
		{"'as compared with', a complex preposition, joins no clause",
			"Pirran Steel earned $12 million in the quarter, as compared with $9 million a year earlier.",
			"Pirran Steel earned $12 million in the quarter, compared with $7 million a year earlier.", "$9 million/$7 million"},
		{"guard: one rate against standards of two periods",
			"Unemployment in Veldmark was 5.2 percent in April, down from 6.0 percent a year earlier.",
			"Unemployment in Veldmark was 5.2 percent in April, up from 4.9 percent in March.", ""},
		{"a later clause's day dates no standard",
			"Unemployment in Veldmark was 5.2 percent, down from 6.0 percent, the statistics office said on Friday.",
			"Unemployment in Veldmark was 5.2 percent, down from 5.8 percent a year earlier.", "6.0 percent/5.8 percent"},
		{"guard: the other figure in a relative clause",
			"Lanford College raised $8 million in gifts, which paid for a library that cost $11 million.",
			"Lanford College raised $8 million in gifts, which covered a $3 million scholarship fund.", ""},
		{"guard: a third amount in one sentence",
			"Hesk Foods earned $40 million on sales of $900 million, against $31 million a year earlier.",
			"Hesk Foods earned $40 million, against $35 million a year earlier.", ""},
	}
	wantNumberPairs(t, cases)
}

// TestCompanionFiguresRead: the reading itself on invented values. Two
// shares each beside a share told alike, on the same side of it, are
// companions; not when they stand on two sides of it, when the agreeing
// figure is the value itself, when one sentence gives a third share, for
// two counts, or when the companions differ. A figure told alike with the
// other value's companion is that companion's counterpart (companionAnchor).
func TestCompanionFiguresRead(t *testing.T) {
	share := func(norm string, start int) mention.Value {
		return mention.Value{Type: mention.VPercent, Unit: "%", Norm: norm, Start: start, End: start + 5}
	}
	count := func(norm string, start int) mention.Value {
		return mention.Value{Type: mention.VCount, Unit: "people", Norm: norm, Start: start, End: start + 5}
	}
	mk := func(v mention.Value, others ...mention.Value) *fact {
		n := 1
		for _, o := range others {
			if o.Type == v.Type && o.Unit == v.Unit {
				n++
			}
		}
		return &fact{v: v, others: others, sameType: n}
	}
	for _, tc := range []struct {
		name string
		f, g *fact
		want bool
	}{
		{"after one agreeing share in both", mk(share("3", 40), share("8", 10)), mk(share("5", 50), share("8", 20)), true},
		{"before one agreeing share in both", mk(share("48", 5), share("57", 40)), mk(share("44", 0), share("57", 60)), true},
		{"false pair: two sides of the agreeing share", mk(share("3", 40), share("8", 10)), mk(share("5", 5), share("8", 20)), false},
		{"false pair: the companions differ", mk(share("3", 40), share("8", 10)), mk(share("5", 50), share("9", 20)), false},
		{"false pair: the value is the agreeing figure", mk(share("8", 40), share("8", 10)), mk(share("5", 50), share("8", 20)), false},
		{"false pair: a third share", mk(share("3", 40), share("8", 10), share("2", 60)), mk(share("5", 50), share("8", 20)), false},
		{"false pair: counts", mk(count("3", 40), count("8", 10)), mk(count("5", 50), count("8", 20)), false},
	} {
		if got := companionFigures(tc.f, tc.g); got != tc.want {
			t.Errorf("%s: companionFigures = %v, want %v", tc.name, got, tc.want)
		}
	}
	// g told alike with f's companion, beside a figure of its own.
	for _, tc := range []struct {
		name string
		f, g *fact
		want bool
	}{
		{"the other's agreeing term", mk(share("3", 40), share("8", 10)), mk(share("8", 20), share("5", 50)), true},
		{"false pair: the companion on the other side", mk(share("3", 40), share("8", 10)), mk(share("8", 20), share("5", 5)), false},
		{"false pair: no companion in g's sentence", mk(share("3", 40), share("8", 10)), mk(share("8", 20)), false},
		{"false pair: g told alike with f", mk(share("3", 40), share("8", 10)), mk(share("3", 20), share("8", 50)), false},
		{"false pair: counts", mk(count("3", 40), count("8", 10)), mk(count("8", 20), count("5", 50)), false},
	} {
		if got := companionAnchor(tc.f, tc.g); got != tc.want {
			t.Errorf("%s: companionAnchor = %v, want %v", tc.name, got, tc.want)
		}
	}
}
