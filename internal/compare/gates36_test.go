package compare

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// madeUpGateText draws a text of words and separators (tabs, line breaks,
// no-break spaces, hyphens, punctuation, the long s and the Kelvin sign).
func madeUpGateText(r *rand.Rand, words []string) string {
	seps := []string{" ", " ", " ", "  ", "\t", "\n", "\u00a0", "-", ", ", ". ", "'", "’", "(", ""}
	var b strings.Builder
	for n := 1 + r.Intn(12); n > 0; n-- {
		w := words[r.Intn(len(words))]
		switch r.Intn(6) {
		case 0:
			w = strings.ToUpper(w)
		case 1:
			if w != "" {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
		}
		b.WriteString(w)
		b.WriteString(seps[r.Intn(len(seps))])
	}
	return b.String()
}

// TestStretchGatesAsPatterns: mayNameOrdinalStretch and hasScore are true
// of every made-up text reOrdinalStretch or reScoredStretch matches, and
// stretchOf reads what it read without them.
func TestStretchGatesAsPatterns(t *testing.T) {
	words := []string{"in", "during", "over", "through", "within", "amid", "the", "a", "an", "his", "their", "team's", "Doe’s",
		"first", "second", "tenth", "next", "last", "past", "final", "21st", "2nd", "3rd", "4th", "1ſt", "laſt", "12", "3", "0",
		"3-0", "15-2", "10", "-", "week", "half", "run", "spell", "minutes", "votes", "scored", "Roe", "Ardwick", "\u212aelvin",
		"twin", "lasting", "pastry", "overtime", "1st-half", "2-1", "99-100",
		"in the first week", "during their second half", "over the final 10 minutes", "within its 21st day", "through the laſt round",
		"in a 15-2 run", "amid Doe’s decisive 3-0 streak", "during the team's two 10-2 runs", "in the\tnext\u00a0year", "in a 5-1\nspell"}
	c := newComparer(Input{})
	r := rand.New(rand.NewSource(36))
	ordinal, scored, read := 0, 0, 0
	for i := 0; i < 40000; i++ {
		s := madeUpGateText(r, words)
		if reOrdinalStretch.MatchString(s) {
			ordinal++
			if !mayNameOrdinalStretch(s) {
				t.Fatalf("mayNameOrdinalStretch(%q) = false, reOrdinalStretch matches", s)
			}
		}
		if reScoredStretch.MatchString(s) {
			scored++
			if !hasScore(s) {
				t.Fatalf("hasScore(%q) = false, reScoredStretch matches", s)
			}
		}
		// A count somewhere in the text, as stretchOf is asked.
		if k := strings.IndexAny(s, "0123456789"); k >= 0 {
			v := countAt(s, k)
			got, want := c.stretchOf(s, v), stretchOfBefore(s, v)
			if got != want {
				t.Fatalf("stretchOf(%q, %d..%d) = %q, want %q", s, v.Start, v.End, got, want)
			}
			if got != "" {
				read++
			}
		}
	}
	if ordinal < 100 || scored < 100 || read < 100 {
		t.Fatalf("the texts test too little: %d ordinal and %d scored matches, %d stretches read", ordinal, scored, read)
	}
	t.Logf("%d ordinal and %d scored matches, %d stretches read", ordinal, scored, read)
	if mayNameOrdinalStretch("Doe said the car was stolen.") || hasScore("Roe won 3 to 0.") {
		t.Error("a gate lets through a text without its pieces")
	}
}

// TestUnnamedGateAsPattern: mayNameUnnamedPerson is true of every made-up
// text reUnnamedPerson matches.
func TestUnnamedGateAsPattern(t *testing.T) {
	words := []string{"a", "the", "man", "men", "woman", "women", "boy", "boys", "girl", "girls", "teenage", "19-year-old",
		"4-year-old", "year-old", "manager", "Bellman", "tomboy", "Doe", "was", "shot", "\u212aelvin", "ſ", "girlfriend"}
	r := rand.New(rand.NewSource(36))
	matched := 0
	for i := 0; i < 40000; i++ {
		s := madeUpGateText(r, words)
		if reUnnamedPerson.MatchString(s) {
			matched++
			if !mayNameUnnamedPerson(s) {
				t.Fatalf("mayNameUnnamedPerson(%q) = false, reUnnamedPerson matches", s)
			}
		}
		if reUnnamedAge.MatchString(s) && !strings.Contains(s, "-year-old") {
			t.Fatalf("reUnnamedAge matches %q without \"-year-old\"", s)
		}
	}
	if matched == 0 {
		t.Fatal("no made-up text matched: the draw tests nothing")
	}
	if mayNameUnnamedPerson("Doe said the car was stolen.") {
		t.Error("mayNameUnnamedPerson: true for a text without its nouns")
	}
}

// stretchOfBefore is stretchOf as it was before its gates.
func stretchOfBefore(s string, v mention.Value) string {
	// The phrase follows the figure in its clause, comes before it in its
	// clause ("in the first week as the court heard seven witnesses"), or
	// opens the sentence ("In the second week, police arrested 40 people").
	if v.End <= len(s) {
		after := s[v.End:min(len(s), v.End+stretchSpan)]
		if k := strings.IndexAny(after, ",;:()—"); k >= 0 {
			after = after[:k]
		}
		if m := reOrdinalStretch.FindStringSubmatch(after); m != nil {
			return strings.ToLower(m[1] + " " + m[2])
		}
	}
	for _, m := range reOrdinalStretch.FindAllStringSubmatchIndex(s, -1) {
		if m[1] < v.Start && (m[0] == 0 || !strings.ContainsAny(s[m[1]:v.Start], ",;:()—")) {
			return strings.ToLower(s[m[2]:m[3]] + " " + s[m[4]:m[5]])
		}
	}
	// "during a 15-2 run": a stretch told by its score, anywhere in the
	// figure's sentence before a clause break after it.
	// A match that holds the figure itself ("during the team's two 10-2
	// runs") names no stretch of it.
	for _, m := range reScoredStretch.FindAllStringSubmatchIndex(s, -1) {
		if m[0] < v.End && m[1] > v.Start {
			continue
		}
		if m[1] <= v.Start || (m[0] >= v.End && !strings.ContainsAny(s[v.End:m[0]], ";:()—")) {
			return strings.ToLower(s[m[2]:m[3]])
		}
	}
	return ""
}

// countAt is a count whose figure begins at byte k of s.
func countAt(s string, k int) mention.Value {
	e := k
	for e < len(s) && s[e] >= '0' && s[e] <= '9' {
		e++
	}
	return mention.Value{Type: mention.VCount, Text: s[k:e], Start: k, End: e}
}

// TestConditionGateAsPattern: reCondition matches no made-up text without
// "condition" (in either case), which conditionFacts asks first.
func TestConditionGateAsPattern(t *testing.T) {
	words := []string{"in", "a", "an", "stable", "critical", "serious", "but", "and", "yet", "condition", "Condition", "CONDITION",
		"conditions", "in critical condition", "in a serious but stable condition", "in stable condition, and improving",
		"Doe", "was", "listed", "ſ", "\u212a", "-"}
	r := rand.New(rand.NewSource(36))
	matched := 0
	for i := 0; i < 40000; i++ {
		s := madeUpGateText(r, words)
		if reCondition.MatchString(s) {
			matched++
			if !text.MayContainFold(s, "condition") {
				t.Fatalf("reCondition matches %q, the gate reads no \"condition\"", s)
			}
		}
	}
	if matched < 100 {
		t.Fatalf("only %d made-up texts matched: the draw tests too little", matched)
	}
}

// TestBeforeNeedOnLastFields: reBeforeNeed finds in the last four fields
// of a text what it finds in the whole text (made-up texts ending in
// white space or not, with words of letters, figures and signs).
func TestBeforeNeedOnLastFields(t *testing.T) {
	words := []string{"they", "will", "need", "needed", "to", "Doe's", "a", "40", "beds", "it", "x-ray", "(the", "us,", "Roe", "ſ",
		"\u212a", "é", "the", "hospital", "required"}
	seps := []string{" ", "  ", "\t", "\n", "\f", "\r", "\u00a0", "", ", ", "-"}
	r := rand.New(rand.NewSource(36))
	found := 0
	for i := 0; i < 40000; i++ {
		s := madeUpText(r, words, seps, 9)
		want := reBeforeNeed.FindString(s)
		if got := reBeforeNeed.FindString(text.LastFields(s, 4)); got != want {
			t.Fatalf("reBeforeNeed on the last four fields of %q: %q, on the whole %q", s, got, want)
		}
		if want != "" {
			found++
		}
	}
	if found < 100 {
		t.Fatalf("only %d made-up texts matched: the draw tests too little", found)
	}
}

// madeUpText draws a text of one to most words, each followed by a
// separator, from words and seps (the property tests' made-up texts).
func madeUpText(r *rand.Rand, words, seps []string, most int) string {
	var b strings.Builder
	for n := 1 + r.Intn(most); n > 0; n-- {
		b.WriteString(words[r.Intn(len(words))])
		b.WriteString(seps[r.Intn(len(seps))])
	}
	return b.String()
}
