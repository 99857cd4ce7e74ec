package mention

import "testing"

// TestDefiniteParticipleSubject: a participle after a comma goes on with
// the subject of its main clause; when that subject is a definite
// description of a person ("The Tarnville Democrat"), the description is
// the source, not the name that is the verb's object. A name that heads
// the subject, or in which the description's last word lies, still
// speaks. Invented sentences.
func TestDefiniteParticipleSubject(t *testing.T) {
	body := "Mayor Tomas Grell spoke to the harbour board on Tuesday. " +
		"The veteran senator did give Ivo Karsk some credit during the meeting, saying the ferry plan had merit. " +
		"The harbour lawyer Lena Pohl criticized Ivo Karsk on Wednesday, saying the pier would flood every spring. " +
		"Councillor Dana Ullo praised Ivo Karsk, noting the ferry ran on time all winter. " +
		"The harbour senator sought to calm the dockers, and took a question from Ivo Karsk in stride, saying the cranes would stay."
	a := analyze(body)
	checkSpeakers(t, a, map[string]speakerWant{
		// an irregular past after the head is the main clause's verb
		"the cranes would stay":             {"", "The harbour senator", "nominal"},
		"the ferry plan had merit":          {"", "The veteran senator", "nominal"},
		"the pier would flood every spring": {"Lena Pohl", "Lena Pohl", "named"},
		"the ferry ran on time all winter":  {"Dana Ullo", "Dana Ullo", "named"},
	})
}

// TestPersonHeadNoun: the head of a description of one person is a
// singular noun of persons; plurals and other nouns are not.
func TestPersonHeadNoun(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"senator", true},
		{"spokeswoman", true},
		{"Republican", true},
		{"senators", false},
		{"plan", false},
		{"the", false},
	} {
		if got := personHeadNoun(c.w); got != c.want {
			t.Errorf("personHeadNoun(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}
