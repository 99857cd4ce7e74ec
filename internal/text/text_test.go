package text

import (
	"strings"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"He met Maj. Gen. Kevin C. Leahy on Sunday. They talked.", []string{"He met Maj. Gen. Kevin C. Leahy on Sunday.", "They talked."}},
		{"“No threat remains. Today we are safe,” he said. Others disagreed.", []string{"“No threat remains.", "Today we are safe,” he said.", "Others disagreed."}},
		{"Troops left the U.S. base on Jan. 5. The base closed.", []string{"Troops left the U.S. base on Jan. 5.", "The base closed."}},
		{"It cost 3.5 million dollars. Really?  Yes!", []string{"It cost 3.5 million dollars.", "Really?", "Yes!"}},
		{"First paragraph ends here.\n\nSecond one.", []string{"First paragraph ends here.", "Second one."}},
		{"Club general manager A.J. Lund said the deal was done. He left.", []string{"Club general manager A.J. Lund said the deal was done.", "He left."}},
		{"The team won in Raleigh, N.C. The coach was pleased.", []string{"The team won in Raleigh, N.C.", "The coach was pleased."}},
		{"He faulted Govs. Jim Roe and Tom Poe, who disagreed. They left.", []string{"He faulted Govs. Jim Roe and Tom Poe, who disagreed.", "They left."}},
		{"Back in June, Rashidi said that the league had won a “historic victory” against the rebels.", []string{"Back in June, Rashidi said that the league had won a “historic victory” against the rebels."}},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range Sentences(tt.in) {
			got = append(got, s.Text)
			if tt.in[s.Start:s.End] != s.Text {
				t.Errorf("offsets of %q wrong", s.Text)
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Sentences(%q) =\n%q\nwant\n%q", tt.in, got, tt.want)
		}
	}
}

func TestTokens(t *testing.T) {
	in := "Yusuf Kamal’ al-Rashidi met U.S. troops; 5,000 and 7,000 (3.5%) don't."
	var got []string
	for _, tk := range Tokens(in) {
		got = append(got, tk.Text)
		if in[tk.Start:tk.End] != tk.Text {
			t.Errorf("offsets of %q wrong", tk.Text)
		}
	}
	want := "Yusuf|Kamal’|al-Rashidi|met|U.S.|troops|;|5,000|and|7,000|(|3.5|%|)|don't|."
	if strings.Join(got, "|") != want {
		t.Errorf("Tokens = %q\nwant %q", strings.Join(got, "|"), want)
	}
}

func FuzzSentences(f *testing.F) {
	f.Add("A. B. C? “D.” E… f. G")
	f.Fuzz(func(t *testing.T, s string) {
		for _, st := range Sentences(s) {
			if st.Start < 0 || st.End > len(s) || s[st.Start:st.End] != st.Text {
				t.Fatalf("bad sentence span %+v", st)
			}
			for _, tk := range Tokens(st.Text) {
				if tk.Start < 0 || tk.End > len(st.Text) || st.Text[tk.Start:tk.End] != tk.Text || tk.Start >= tk.End {
					t.Fatalf("bad token span %+v", tk)
				}
			}
		}
	})
}

func TestWire(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"AP", "AP"}, {"The Associated Press", "AP"}, {"reuters", "Reuters"}, {"Agence France-Presse", "AFP"},
		{"Kyodo News", "Kyodo"}, {"AA", "Anadolu"}, {"CNN", ""}, {"The Ledger", ""}, {"", ""},
	} {
		if got := WireAgency(tt.in); got != tt.want {
			t.Errorf("WireAgency(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"SPRINGFIELD (AP) — The council voted on Tuesday.", "AP"},
		{"The ferry sank, according to the Associated Press.", "AP"},
		{"Reuters reported that the mill closed.", "Reuters"},
		{"The ministry said so, Xinhua News Agency reported.", "Xinhua"},
		{"Officials in Ankara (AA) said the road reopened.", "Anadolu"},
		{"The AA meeting was held on Tuesday.", ""},
		{"The mayor said the road reopened.", ""},
		{"He works for AP Moller, the shipping group.", ""},
	} {
		if got := WireCredit(tt.in); got != tt.want {
			t.Errorf("WireCredit(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestAbbreviationPeriod: a period glued to an abbreviation is its period;
// one after an ordinary word, or set apart by a space, ends the words.
// (Sentences written for this test.)
func TestAbbreviationPeriod(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Tarn Bros.", true},
		{"Lena Hale Jr.", true},
		{"Lena left.", false},
		{"Tarn Bros .", false},
		{".", false},
	} {
		toks := Tokens(c.s)
		if got := AbbreviationPeriod(toks, len(toks)-1); got != c.want {
			t.Errorf("AbbreviationPeriod(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
