package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

func sample() *corroborate.Report {
	a := corroborate.Article{ID: "a1", Source: "one.txt", Outlet: corroborate.Ptr("Daily <b>Planet</b>"), Title: corroborate.Ptr("Bridge | reopens"),
		Published: corroborate.Ptr("2024-03-12"), Text: "The bridge reopened on Tuesday after repairs, officials said."}
	b := corroborate.Article{ID: "b2", Source: "two.txt", Text: "The bridge reopened on Wednesday after repairs, officials said.", Lead: "The bridge reopened on Wednesday."}
	st := corroborate.Story{ID: "s1", Title: a.Title, Articles: []string{"a1", "b2"}, Related: []string{},
		Discrepancies: []corroborate.Discrepancy{{About: "day of the reopening", Kind: "date", Values: []corroborate.DiscrepancyValue{
			{Value: "Tuesday (2024-03-12)", Articles: []string{"a1"}, Sentences: []string{a.Text}},
			{Value: "Wednesday (2024-03-13)", Articles: []string{"b2"}, Sentences: []string{b.Text}}}}},
		Quotes:   []corroborate.Quote{{Speaker: corroborate.Ptr("officials"), Text: "The bridge reopened", Article: "a1", Cue: corroborate.Ptr("said")}},
		Timeline: []corroborate.TimelineEvent{{Date: "2024-03-12", Event: "The bridge reopened", Articles: []string{"a1"}}},
	}
	return &corroborate.Report{Articles: []corroborate.Article{a, b}, Stories: []corroborate.Story{st}, Errors: []corroborate.InputError{{Source: "bad.bin", Err: "binary content"}}}
}

func TestRender(t *testing.T) {
	rep := sample()
	for _, f := range []Format{Text, Markdown, JSON} {
		var buf bytes.Buffer
		if err := Render(&buf, rep, f, Options{}); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		for _, want := range []string{"Tuesday (2024-03-12)", "Wednesday (2024-03-13)", "bad.bin"} {
			if !strings.Contains(out, want) {
				t.Errorf("%s output lacks %q", f, want)
			}
		}
		if f == Markdown && (strings.Contains(out, "<b>") || !strings.Contains(out, `Bridge \| reopens`)) {
			t.Errorf("markdown does not escape:\n%s", out)
		}
		if f == JSON {
			var back corroborate.Report
			if err := json.Unmarshal(buf.Bytes(), &back); err != nil || len(back.Stories) != 1 {
				t.Errorf("JSON round trip: %v", err)
			}
		}
		if f == Text && !strings.Contains(out, "2 independent sources") {
			t.Errorf("text lacks the source count:\n%s", out)
		}
	}
	if _, err := ParseFormat("pdf"); err == nil {
		t.Error("ParseFormat(pdf) should fail")
	}
	if got := Excerpt("one two three four five six", 12); got != "one two…" {
		t.Errorf("Excerpt = %q", got)
	}
}

// TestRenderSpeakerKind checks that the text and Markdown reports show a
// source with no name with its kind, and that the JSON report carries the
// kind, so that a reader never takes "officials" for a name.
func TestRenderSpeakerKind(t *testing.T) {
	rep := sample()
	rep.Stories[0].Quotes[0].SpeakerKind = "group"
	for _, f := range []Format{Text, Markdown, JSON} {
		var buf bytes.Buffer
		if err := Render(&buf, rep, f, Options{}); err != nil {
			t.Fatal(err)
		}
		want := "officials (unnamed group)"
		if f == JSON {
			want = `"speaker_kind": "group"`
		}
		if out := buf.String(); !strings.Contains(out, want) {
			t.Errorf("%s output lacks %q:\n%s", f, want, out)
		}
	}
}

// TestSpeakersMembers: the named members of a group speaker ("critics,
// including <A>, said") are listed as speakers with the group's quote.
func TestSpeakersMembers(t *testing.T) {
	q := corroborate.Quote{Speaker: corroborate.Ptr("critics"), SpeakerKind: "group", Text: "the toll is too high", Article: "a1", Members: []string{"Ines Varga", "Olaf Brandt"}}
	got := map[string]int{}
	for _, g := range speakers(corroborate.Story{Quotes: []corroborate.Quote{q}}) {
		got[g.name] = len(g.quotes)
	}
	want := map[string]int{"critics (unnamed group)": 1, "Ines Varga": 1, "Olaf Brandt": 1}
	if len(got) != len(want) {
		t.Fatalf("speakers = %v, want %v", got, want)
	}
	for n, k := range want {
		if got[n] != k {
			t.Errorf("speakers = %v, want %v", got, want)
		}
	}
}
