package mention

import "testing"

// TestCommonWordIt: "it" goes on with a speaker named by one common
// English word that no first name, title or "he"/"she" makes a person's
// ("Lantern said …. It added …"), though the entity stage typed the name
// a person. Invented names and sentences.
func TestCommonWordIt(t *testing.T) {
	body := "For years, Lantern has sold itself as a quiet corner of the web. " +
		"Investors will watch the number of new users Lantern added over the winter. " +
		"“Spam has no place here,” Lantern said in a statement. " +
		"In a post on its blog on Monday, Lantern said spam had long been against its rules. " +
		"It added that it had hired more reviewers to answer complaints."
	wantSpeaker(t, "common word", body, "it had hired more reviewers to answer complaints", "Lantern")
}

// TestCommonWordItGuards: a one-word name that a "he" or "she" gave a
// gender, that has a first name elsewhere or a title before it ("Sen.
// Tumbler"), is a person, and "it" does
// not go back to it; commonWordPerson holds only for persons named by a
// common word.
func TestCommonWordItGuards(t *testing.T) {
	body := "Sergeant Ada Fisher of the harbour police spoke to reporters. " +
		"In a post on Monday, Fisher said the pier would stay shut. " +
		"It added that divers had found no damage."
	wantSpeaker(t, "first name elsewhere", body, "divers had found no damage", "")
	body = "“We will not back down,” Sen. Tumbler said on Monday. " +
		"The harbour committee met later that day. " +
		"It said that the vote would come in May."
	wantSpeaker(t, "a title before the name", body, "the vote would come in May", "")
	for _, c := range []struct {
		e    ArticleEntity
		want bool
	}{
		{ArticleEntity{Name: "Tumbler", Type: Person}, true},
		{ArticleEntity{Name: "Tumbler", Type: Person, textGender: 'f', pronounGendered: true}, false},
		{ArticleEntity{Name: "Tumbler", Type: Person, Aliases: []string{"Ada Tumbler"}}, false},
		{ArticleEntity{Name: "Okafor", Type: Person}, false},
		{ArticleEntity{Name: "Tumbler", Type: Place}, false},
		{ArticleEntity{Name: "Tumbler", Type: Person, Titles: []string{"Coach"}}, false},
	} {
		if got := commonWordPerson(&c.e); got != c.want {
			t.Errorf("commonWordPerson(%+v) = %v, want %v", c.e, got, c.want)
		}
	}
}
