package cluster

import (
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
)

func feat(lx *lexicon.Lexicon, title, body string, day int, ents ...string) Features {
	d := Doc{Title: title, Body: body, Day: day}
	for _, e := range ents {
		d.Entities = append(d.Entities, WeightedName{Name: e, Type: "person", Mentions: 2})
	}
	return Extract(lx, d)
}

// TestEventLevel: the same meeting reported days apart is one story; a
// meeting of the same two people months later is another.
func TestEventLevel(t *testing.T) {
	lx := lexicon.Default()
	meet := "Foreign ministers Anna Berg and Paolo Rossi met in Vienna to discuss the gas pipeline dispute, the border crossings and fishing rights, officials said after the talks."
	docs := []Features{
		feat(lx, "Berg and Rossi meet over pipeline dispute", meet, 19000, "anna berg", "paolo rossi"),
		feat(lx, "Ministers hold pipeline talks in Vienna", meet+" The talks lasted four hours.", 19002, "anna berg", "paolo rossi"),
		feat(lx, "Berg and Rossi meet again over pipeline", meet, 19120, "anna berg", "paolo rossi"),
		feat(lx, "Storm floods coastal towns", "Heavy rain flooded coastal towns on Tuesday, forcing hundreds of residents to leave their homes, the fire service said.", 19001),
	}
	c := New(DefaultOptions())
	for _, f := range docs {
		c.Observe(f)
	}
	var s []int
	for _, f := range docs {
		s = append(s, c.Place(f))
	}
	if s[0] != s[1] {
		t.Errorf("the same meeting reported two days apart split: %v", s)
	}
	if s[2] == s[0] {
		t.Errorf("a meeting four months later joined the first: %v", s)
	}
	if s[3] == s[0] || s[3] == s[2] {
		t.Errorf("an unrelated story joined: %v", s)
	}
}

// TestCandidatesAreIndexed: placement only compares stories sharing rare terms.
func TestCandidatesAreIndexed(t *testing.T) {
	lx := lexicon.Default()
	c := New(DefaultOptions())
	a := feat(lx, "Volcano erupts on island", "A volcano erupted on the island of Tarnholm, covering villages in ash.", -1)
	b := feat(lx, "Parliament passes budget", "The parliament passed the budget after a long debate about taxes and spending.", -1)
	c.Observe(a)
	c.Observe(b)
	c.Place(a)
	v, _ := c.vector(b)
	_ = v
	for _, sid := range c.candidates(v) {
		t.Errorf("story %d is a candidate for an article sharing none of its terms", sid)
	}
}
