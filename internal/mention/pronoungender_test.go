package mention

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/text"
)

// pronounCase is an invented article and the speakers it wants, by the
// text of their statements.
type pronounCase struct {
	name string
	body string
	want map[string]string
}

// checkPronounCases analyzes each case's body and checks the speaker of every
// wanted statement.
func checkPronounCases(t *testing.T, cases []pronounCase) {
	t.Helper()
	for _, c := range cases {
		a := analyze(c.body)
		got := map[string]string{}
		for _, q := range a.Quotes {
			got[q.Text] = q.Speaker
		}
		for text, spk := range c.want {
			if s, ok := got[text]; !ok {
				t.Errorf("%s: no quote %q; got %v", c.name, text, got)
			} else if s != spk {
				t.Errorf("%s: speaker of %q = %q, want %q", c.name, text, s, spk)
			}
		}
	}
}

// TestMentionGender: "he" or "she" goes by the gender a mention writes
// itself ("Mrs. Harlan"), though the entity stage joined the couple of one
// surname into one entity.
func TestMentionGender(t *testing.T) {
	checkPronounCases(t, []pronounCase{{
		name: "couple",
		body: "Former Mayor Tom Harlan and his wife hosted the dinner in March. Mr. Harlan said the town owed its volunteers a great deal.\n\n" +
			"“It was a long night, but a good one,” Ivan Petrov said.\n\n" +
			"But Mrs. Harlan, who was busy greeting the last guests, was not as warm. When she finally saw Mr. Petrov, her smile faded, he said, and she turned away.\n\n" +
			"“There was a chill in the room,” he said.",
		want: map[string]string{
			"There was a chill in the room": "Ivan Petrov",
		},
	}})
}

func TestMentionGenderUnit(t *testing.T) {
	for _, c := range []struct {
		m    NameMention
		want byte
	}{
		{NameMention{Name: "Harlan", Title: "Mrs."}, 'f'},
		{NameMention{Name: "Harlan", Title: "Mr."}, 'm'},
		{NameMention{Name: "Mary Harlan"}, 'f'},
		{NameMention{Name: "Harlan", Title: "Senator"}, 0},
		{NameMention{Name: "Harlan"}, 0},
	} {
		if got := mentionGender(c.m); got != c.want {
			t.Errorf("mentionGender(%+v) = %q, want %q", c.m, got, c.want)
		}
	}
}

// TestLoneFirstName: a first name alone, of one gender and no common
// word, is a person "he" or "she" fits ("his wife, Clara,"), though the
// entity stage left it untyped; one of the other gender is not.
func TestLoneFirstName(t *testing.T) {
	checkPronounCases(t, []pronounCase{{
		name: "kin apposition",
		body: "Governor Paula Reyes said the budget would pass before the summer recess.\n\n" +
			"Few aides have spoken about the plan since. But his wife, Clara, gave a hint of the senator's thinking in an interview on Friday.\n\n" +
			"“If he runs, he wants to win this seat back,” she said.",
		want: map[string]string{
			"If he runs, he wants to win this seat back": "Clara",
		},
	}})
	for _, c := range []struct {
		e    ArticleEntity
		p    string
		want bool
	}{
		{ArticleEntity{Name: "Clara", Type: Other}, "she", true},
		{ArticleEntity{Name: "Clara", Type: Other}, "he", false},
		{ArticleEntity{Name: "Clara", Type: Place}, "she", false},
		{ArticleEntity{Name: "Gustav", Type: Person}, "she", false},
		{ArticleEntity{Name: "Harbour", Type: Other}, "she", false},
	} {
		if got := pronounFits(c.p, &c.e); got != c.want {
			t.Errorf("pronounFits(%q, %+v) = %v, want %v", c.p, c.e, got, c.want)
		}
	}
}

// TestPronounVotes: the pronouns after a name vote for its gender, but
// not those of a gender whose pronoun came before the name in the
// sentence: they go on with the one named before.
func TestPronounVotes(t *testing.T) {
	for _, c := range []struct {
		s, name string
		want    [2]int
	}{
		{"Okafor said his campaign would go on and he would win.", "Okafor", [2]int{2, 0}},
		{"She added that she thinks Okafor appeals to her members.", "Okafor", [2]int{0, 0}},
		{"He said that Okafor had lost her notes and his patience.", "Okafor", [2]int{0, 1}},
	} {
		toks := text.Tokens(c.s)
		i := strings.Index(c.s, c.name)
		m := NameMention{Name: c.name, Start: i, End: i + len(c.name)}
		if got := pronounVotes(toks, m); got != c.want {
			t.Errorf("pronounVotes(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestInferGendersOtherSubject: a woman's "she" before a man's name is no
// vote that he is a woman, and "he" later still refers to him.
func TestInferGendersOtherSubject(t *testing.T) {
	checkPronounCases(t, []pronounCase{{
		name: "she before the name",
		body: "The head of the nurses' union is worried about what Donald Okafor is promising her 40,000 members, because she thinks he can win.\n\n" +
			"In an interview on Thursday, Maria Lund said her union would campaign hard against Okafor.\n\n" +
			"She added that she thinks Okafor appeals to some of her members because of their fears about pay.\n\n" +
			"Okafor spoke at a rally in the evening. “We will win this state,” he said.",
		want: map[string]string{
			"We will win this state": "Donald Okafor",
		},
	}})
}
