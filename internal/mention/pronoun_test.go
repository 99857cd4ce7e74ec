package mention

import "testing"

// TestPronounAntecedents: a name inside a direct quote is no antecedent of
// the narrative's next "he"; a participle after a comma takes the
// sentence's subject pronoun; a name that opens with a first name is a
// person even when its surname is a common word or a place, also after a
// title with a place before it.
func TestPronounAntecedents(t *testing.T) {
	body := "“We cannot wait any longer for the ferry to be repaired. Mayor Lena Ostrova has promised a new one twice,” said Victor Hale, who leads the harbour union.\n\n" +
		"He argued the town council should buy a second boat before the winter storms arrive.\n\n" +
		"Ohio Gov. Mark Baker said the plan was sound. Ruth Kovac spoke next. She praised the vote on Monday, describing the boat as a lifeline for the islands.\n\n" +
		"Dennis Stone warned that the budget would run out by the end of the year."
	a := analyze(body)
	want := map[string]string{
		"the town council should buy a second boat before the winter storms arrive": "Victor Hale",
		"the boat as a lifeline for the islands":                                    "Ruth Kovac",
		"the plan was sound":                                                        "Mark Baker",
		"the budget would run out by the end of the year":                           "Dennis Stone",
	}
	got := map[string]string{}
	for _, q := range a.Quotes {
		got[q.Text] = q.Speaker
	}
	for text, spk := range want {
		if s, ok := got[text]; !ok {
			t.Errorf("no quote %q; got %v", text, got)
		} else if s != spk {
			t.Errorf("speaker of %q = %q, want %q", text, s, spk)
		}
	}
	for _, e := range a.Entities {
		if (e.Name == "Mark Baker" || e.Name == "Dennis Stone") && e.Type != Person {
			t.Errorf("%q typed %s, want a person", e.Name, e.Type)
		}
	}
}
