package pipeline

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/sqlite"
)

// seedReport analyzes the README's example articles.
func seedReport(t *testing.T) (*corroborate.Report, map[string]string) {
	t.Helper()
	ctx := context.Background()
	store, err := sqlite.Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	res, err := Ingest(ctx, store, []string{filepath.Join("..", "..", "examples", "seeds")}, Options{})
	if err != nil || len(res.Errors) > 0 || len(res.Articles) != 5 {
		t.Fatalf("ingest: %v %v (%d articles)", err, res.Errors, len(res.Articles))
	}
	rep, err := BuildReport(ctx, res)
	if err != nil {
		t.Fatal(err)
	}
	byFile := map[string]string{} // "000" → article id
	for _, a := range rep.Articles {
		byFile[filepath.Base(a.Source)[:3]] = a.ID
	}
	return rep, byFile
}

func storyOf(rep *corroborate.Report, id string) *corroborate.Story {
	for i := range rep.Stories {
		for _, a := range rep.Stories[i].Articles {
			if a == id {
				return &rep.Stories[i]
			}
		}
	}
	return nil
}

// TestSeedsGoldReading checks the report on the seeds against the careful
// reading in ../shared/gold/seeds.md. No rule in the engine knows these
// articles; this test does.
func TestSeedsGoldReading(t *testing.T) {
	rep, f := seedReport(t)
	main, s3, s4 := seedStories(t, rep, f)
	t.Run("discrepancies", func(t *testing.T) { seedDiscrepancies(t, rep, main) })
	t.Run("entities", func(t *testing.T) { seedEntities(t, main) })
	t.Run("stances", func(t *testing.T) { seedStances(t, rep, f, main, s3, s4) })
	t.Run("quotes", func(t *testing.T) { seedQuotes(t, main, s3, s4) })
	t.Run("numbers and timeline", func(t *testing.T) { seedNumbersTimeline(t, rep, main, s4) })
	t.Run("framing", func(t *testing.T) { seedFraming(t, rep, f) })
}

func seedStories(t *testing.T, rep *corroborate.Report, f map[string]string) (main, s3, s4 *corroborate.Story) {
	t.Helper()
	// Stories: 000, 001, 002 together; 003 and 004 apart and related.
	main = storyOf(rep, f["000"])
	if main == nil || storyOf(rep, f["001"]) != main || storyOf(rep, f["002"]) != main {
		t.Fatalf("000, 001, 002 should be one story")
	}
	s3, s4 = storyOf(rep, f["003"]), storyOf(rep, f["004"])
	if s3 == main || s4 == main || s3 == s4 {
		t.Fatalf("003 and 004 should be stories of their own")
	}
	related := strings.Join(main.Related, " ")
	if !strings.Contains(related, s3.ID) || !strings.Contains(related, s4.ID) {
		t.Errorf("003 and 004 should be related to the main story: %v", main.Related)
	}
	if main.Thread == "" || s3.Thread != main.Thread || s4.Thread != main.Thread {
		t.Errorf("one running story, one thread: %q %q %q", main.Thread, s3.Thread, s4.Thread)
	}
	return main, s3, s4
}

func seedDiscrepancies(t *testing.T, rep *corroborate.Report, main *corroborate.Story) {
	// Discrepancies: 15 vs 14 killed; Sunday vs Tuesday; wounded 5 vs 7.
	has := func(kind string, vals ...string) bool {
		for _, d := range main.Discrepancies {
			if d.Kind != kind {
				continue
			}
			ok := 0
			for _, want := range vals {
				for _, v := range d.Values {
					// As written ("five wounded") or normalized ("5").
					if strings.Contains(strings.ToLower(toString(v.Value)), strings.ToLower(want)) || strings.Contains(strings.ToLower(v.Normalized), strings.ToLower(want)) {
						ok++
						break
					}
				}
			}
			if ok == len(vals) {
				return true
			}
		}
		return false
	}
	if !has("number", "15", "14") {
		t.Errorf("15 vs 14 killed not found: %+v", main.Discrepancies)
	}
	if !has("date", "Sunday", "Tuesday") {
		t.Errorf("Sunday vs Tuesday not found: %+v", main.Discrepancies)
	}
	if !has("number", "5", "7") {
		t.Errorf("wounded 5 vs 7 not found: %+v", main.Discrepancies)
	}
	// Name variants are not discrepancies.
	for _, s := range rep.Stories {
		for _, d := range s.Discrepancies {
			for _, v := range d.Values {
				val := toString(v.Value)
				for _, variant := range []string{"Committee", "Commission", "Romanowski", "Leahy", "Sudani"} {
					if strings.Contains(val, variant) {
						t.Errorf("a name variant reported as a discrepancy: %+v", d)
					}
				}
			}
		}
	}
}

func seedEntities(t *testing.T, main *corroborate.Story) {
	// Entities: variants merged.
	ent := func(s *corroborate.Story, name string) *corroborate.Entity {
		for i := range s.Entities {
			for _, a := range append([]string{s.Entities[i].Name}, s.Entities[i].Aliases...) {
				if a == name {
					return &s.Entities[i]
				}
			}
		}
		return nil
	}
	for _, group := range [][]string{
		{"Mohammed Shia’ al-Sudani", "Mohammed Shia al-Sudani", "Sudani", "al-Sudani"},
		{"Kevin C. Leahy", "Kevin C Leahy"},
		{"Alina L. Romanowski", "Alina Romanowski"},
		{"US Central Command", "CENTCOM"},
		{"US-Iraq Higher Military Commission", "High-Level Military Committee", "HMC"},
	} {
		first := ent(main, group[0])
		if first == nil {
			t.Errorf("entity %q missing", group[0])
			continue
		}
		for _, v := range group[1:] {
			if e := ent(main, v); e != first {
				t.Errorf("%q and %q should be one entity", group[0], v)
			}
		}
	}
}

func seedStances(t *testing.T, rep *corroborate.Report, f map[string]string, main, s3, s4 *corroborate.Story) {
	// Stances on "ISIS is a threat". The seeds name the group "ISIS" and
	// "the Islamic State (ISIS)": a claim may take either name.
	stance := func(s *corroborate.Story, holder, pos, article string) bool {
		for _, st := range s.Stances {
			if strings.Contains(st.Holder, holder) && st.Position == pos && st.Article == article && (strings.Contains(st.Claim, "ISIS") || strings.Contains(st.Claim, "Islamic State")) {
				return true
			}
		}
		return false
	}
	for _, k := range []string{"000", "001", "002"} {
		if !stance(main, "Sudani", "denies", f[k]) {
			t.Errorf("Sudani denies in %s: missing (%+v)", k, main.Stances)
		}
	}
	if !stance(main, "Central Command", "affirms", f["000"]) {
		t.Errorf("CENTCOM affirms: missing")
	}
	if !stance(s3, "Romanowski", "affirms", f["003"]) || !stance(s3, "Sudani", "denies", f["003"]) {
		t.Errorf("003 stances: %+v", s3.Stances)
	}
	if !stance(s4, "The New Region", "affirms", f["004"]) {
		t.Errorf("004 own-voice stance missing: %+v", s4.Stances)
	}
	for _, s := range rep.Stories {
		for _, st := range s.Stances {
			if strings.Contains(st.Holder, "Sudani") && st.Position == "affirms" {
				t.Errorf("Sudani never affirms the threat: %+v", st)
			}
		}
	}
}

func seedQuotes(t *testing.T, main, s3, s4 *corroborate.Story) {
	// Quotes and speakers.
	quote := func(s *corroborate.Story, text, speaker string) bool {
		for _, q := range s.Quotes {
			if strings.Contains(q.Text, text) && q.Speaker != nil && strings.Contains(*q.Speaker, speaker) {
				return true
			}
		}
		return false
	}
	if !quote(main, "ISIS remains a threat to the region", "Central Command") {
		t.Error("CENTCOM quote")
	}
	if !quote(main, "[T]he remnants of ISIS no longer pose a threat", "Sudani") {
		t.Error("Sudani quote via his office")
	}
	if !quote(main, "civilizational victory", "Sudani") {
		t.Error("partial quote")
	}
	if !quote(s3, "Our work is essentially not done", "Romanowski") {
		t.Error("Romanowski quote")
	}
	if !quote(s4, "there is no place for terrorists in Iraq", "Sudani") {
		t.Error("004 November quote")
	}
}

func seedNumbersTimeline(t *testing.T, rep *corroborate.Report, main, s4 *corroborate.Story) {
	// Numbers, and junk yields none.
	num := func(s *corroborate.Story, v float64, event string) bool {
		for _, n := range s.Numbers {
			if n.Value == v && n.Event != nil && *n.Event == event {
				return true
			}
		}
		return false
	}
	if !num(main, 15, "kill") || !num(main, 14, "kill") || !num(s4, 500, "arrest") || !num(s4, 6, "kill") {
		t.Error("numbers of the gold reading missing")
	}
	for _, s := range rep.Stories {
		for _, n := range s.Numbers {
			if n.Value == 400 {
				t.Errorf("a number from the teaser of another story: %+v", n)
			}
		}
	}

	// Timeline.
	tl := func(s *corroborate.Story, date string) bool {
		for _, e := range s.Timeline {
			if e.Date == date {
				return true
			}
		}
		return false
	}
	for _, d := range []string{"2024-09-01", "2024-08-31", "2024-07", "2024-01"} {
		if !tl(main, d) {
			t.Errorf("timeline lacks %s", d)
		}
	}
	for _, d := range []string{"2017", "2024", "2024-11", "2025-01", "2025-01-26"} {
		if !tl(s4, d) {
			t.Errorf("004 timeline lacks %s", d)
		}
	}
}

func seedFraming(t *testing.T, rep *corroborate.Report, f map[string]string) {
	// Framing: headline verbs and 002's own voice.
	verbs := map[string]string{}
	var ownVoice002 []string
	for _, s := range rep.Stories {
		for _, fr := range s.Framing {
			if fr.HeadlineVerb != nil {
				verbs[fr.Article] = *fr.HeadlineVerb
			}
			if fr.Article == f["002"] {
				ownVoice002 = fr.OwnVoice
			}
		}
	}
	for k, v := range map[string]string{"000": "tells", "001": "Declares", "003": "claims", "004": "discuss"} {
		if verbs[f[k]] != v {
			t.Errorf("headline verb of %s = %q, want %q", k, verbs[f[k]], v)
		}
	}
	if !strings.Contains(strings.Join(ownVoice002, " "), "pretext") {
		t.Errorf("002 own voice: %q", ownVoice002)
	}
}

func toString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	default:
		return strings.TrimSpace(strings.Trim(strings.ReplaceAll(strings.ReplaceAll(fmtAny(x), "{", ""), "}", ""), " "))
	}
}

func fmtAny(v any) string {
	return strings.TrimSpace(strings.ReplaceAll(strings.ReplaceAll(fmtSprint(v), "\n", " "), "  ", " "))
}

var fmtSprint = func(v any) string { return fmt.Sprint(v) }
