package compare

import (
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/story"
)

// A clause whose subject is a personal pronoun is a claim about whom the
// pronoun names: the reporter whose content clause it opens, the speaker
// of a direct quotation for "I", the nearest fitting person for "he" and
// "she"; an outlet's condition about "he" is no claim. (Sentences written
// for this test.)
func TestPronounSubjects(t *testing.T) {
	body := "Police said they had recovered the cargo. " +
		"Dockmaster Ilse Brandt said she had repaired the faulty crane. " +
		"\"I have decided not to renew the contract,\" Tobias Wren said in a statement. " +
		"Wren would sail to the island if he needed to see the owners. " +
		"Brandt spoke on Monday, and she closed the dock for the day."
	a := doc("a", "Harbour\n\n"+body, day)
	docs := []story.Doc{a}
	cm := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
	got := map[string]proposition{}
	for _, p := range cm.predicationsOf(docs) {
		got[p.subject+" "+p.verb] = p
	}
	for _, w := range []struct {
		key, holder string
		future      bool
		negated     bool
	}{
		{"Police recover", "Police", false, false},
		{"Ilse Brandt repair", "Ilse Brandt", false, false},
		{"Tobias Wren renew", "Tobias Wren", true, true}, // "decided not to renew": a plan, negated
		{"Ilse Brandt close", "", false, false},          // "she" after Brandt named in the same sentence
	} {
		p, ok := got[w.key]
		if !ok {
			t.Errorf("no claim %q; read %v", w.key, keys(got))
			continue
		}
		if w.holder != "" && p.holder != w.holder {
			t.Errorf("%q held by %q, want %q", w.key, p.holder, w.holder)
		}
		if p.future != w.future || p.negated != w.negated {
			t.Errorf("%q future %v negated %v, want %v %v", w.key, p.future, p.negated, w.future, w.negated)
		}
	}
	if _, ok := got["Tobias Wren see"]; ok {
		t.Errorf("the outlet's condition about %q read as a claim", "he")
	}
}

func keys(m map[string]proposition) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// A verb of intention before a to-infinitive makes a plan; a verb of
// beginning or seeming does not, nor does an infinitive of being.
func TestPlansAhead(t *testing.T) {
	r := &clauseReader{lx: lexicon.Default()}
	for _, c := range []struct {
		verb, inf string
		want      bool
	}{
		{"decide", "direct", true},
		{"hope", "sell", true},
		{"vow", "return", true},
		{"begin", "fall", false},
		{"seem", "work", false},
		{"try", "escape", false},
		{"claim", "have", false},
		{"believe", "be", false},
	} {
		if got := r.plansAhead(c.verb, c.inf); got != c.want {
			t.Errorf("plansAhead(%q, %q) = %v, want %v", c.verb, c.inf, got, c.want)
		}
	}
}

// A verb most of whose senses of saying and thinking are senses of
// "reject" or "dismiss" refuses a claim through its object.
func TestRefusalVerb(t *testing.T) {
	c := &comparer{lx: lexicon.Default()}
	for _, tc := range []struct {
		verb string
		want bool
	}{
		{"reject", true}, {"dismiss", true}, {"discount", true}, {"spurn", true},
		{"ignore", false}, {"say", false}, {"drop", false},
	} {
		if got := c.refusalVerb(tc.verb); got != tc.want {
			t.Errorf("refusalVerb(%q) = %v, want %v", tc.verb, got, tc.want)
		}
	}
}

// The content of a noun of saying is what others say, not the outlet's
// claim, with or without "that".
func TestSayingNounContent(t *testing.T) {
	lx := lexicon.Default()
	for _, s := range []string{
		"The keeper laughed off rumours the lighthouse was a ruin.",
		"The keeper laughed off rumours that the lighthouse was a ruin.",
	} {
		ps := readWithEntity(lx, s, "")
		found := false
		for _, p := range ps {
			if p.subject == "the lighthouse" {
				found = true
				if !p.reported {
					t.Errorf("%q: the rumour's content is not marked as others' words", s)
				}
			}
		}
		if !found {
			t.Errorf("%q: no claim about the lighthouse read", s)
		}
	}
}

// A condition governed by "she" inside a quotation the outlet prints is
// held by the person "she" names, not by the quotation's speaker, nor
// dropped. (Sentences written for this test.)
func TestConditionHolder(t *testing.T) {
	body := "A fire damaged the ferry office on Friday. " +
		"Mayor Greta Holm visited the office this morning and \"told a clerk that she is sorry if the fire is at all connected to the dispute over fares.\""
	a := doc("a", "Ferry\n\n"+body, day)
	docs := []story.Doc{a}
	cm := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
	got := ""
	for _, x := range cm.addresses(claimKey{noun: "fire", verb: "connect", comp: "dispute"}) {
		if x.sentence == 1 {
			got = x.holder + " " + x.position
		}
	}
	if got != "Greta Holm doubts" && got != "Mayor Greta Holm doubts" {
		t.Errorf("the condition's holder is %q, want Greta Holm doubts", got)
	}
}
