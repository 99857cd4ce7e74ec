package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/story"
)

// heldBy gives the holder of the first statement of an invented article
// whose claim contains claim ("(outlet)" for the outlet's own voice, "(none)"
// when no statement has it).
func heldBy(t *testing.T, body, claim string) string {
	t.Helper()
	d := doc("a", "Harbour news\n\n"+body, day)
	d.Article.Outlet = corroborate.Ptr("Harbour Times")
	docs := []story.Doc{d}
	m := story.Assemble(&corroborate.Story{}, docs)
	for _, h := range HeldStatements(Input{Docs: docs, Merged: m}) {
		if strings.Contains(h.Claim, claim) {
			if h.Own {
				return "(outlet)"
			}
			return h.Holder
		}
	}
	return "(none)"
}

// TestReportAround: a statement in the content of a report whose speaker
// and verb come first, past what the quote reader kept (a quoted part, the
// words up to a comma), or before a quotation whose reporting clause closes
// the sentence, is the speaker's; a semicolon or a comma and a contrast
// word end the content.
func TestReportAround(t *testing.T) {
	for _, c := range []struct{ body, claim, want string }{
		{"Ilse Varn spoke in Palmer on Friday. Mrs. Varn told the crowd on Sunday that ''no town can do this alone'' and that the county should not carry ''the whole cost of the repairs.''", "the county should carry", "Ilse Varn"},
		{"Councillor Tomas Brek spoke in Palmer on Friday. Councillor Brek argued last month that he might accept ''almost any measure'' to keep the ferry running and that he favored raising the harbour fees to ''balance the books.''", "favored raising the harbour fees", "Councillor Brek"},
		{"Tomas Brek taught at the school for 30 years. He was a “careful and kind teacher,” Ilse Varn said in a statement.", "Tomas Brek was a", "Ilse Varn"},
		{"Tomas Brek spoke on Monday. Brek said that the pier was “unsafe” for ferries and that the harbour needs repairs.", "the harbour needs repairs", "Tomas Brek"},
		// Guards: the content ends at a semicolon, at a comma and "but",
		// at an apposition that comments on the clause.
		{"Tomas Brek spoke on Monday. Brek said that the pier was “unsafe” for ferries, a sign for the board that the harbour needs repairs.", "the harbour needs repairs", "(none)"},
		{"Ilse Varn spoke in Palmer on Friday. Mrs. Varn told the crowd on Sunday that ''no town can do this alone''; the county should not carry the whole cost of the repairs.", "the county should carry", "(outlet)"},
		{"Ilse Varn spoke in Palmer on Friday. Mrs. Varn told the crowd on Sunday that ''no town can do this alone,'' but the county should not carry the whole cost of the repairs.", "the county should carry", "(outlet)"},
		{"Tomas Brek taught at the school for 30 years. He was a “careful and kind teacher” when the school opened.", "Tomas Brek was a", "(outlet)"},
		// Guards (readD): a comma and a coordinator open the writer's main
		// clause; a report inside a fronted adverbial clause ends with it;
		// a negated report runs on to nothing; a denial's content past the
		// quoted part is denied.
		{"Orla Pensk spoke at the quay on Monday. Orla Pensk said the jetty was “rotten,” and the council closed the coast road on Friday.", "the council closed the coast road", "(outlet)"},
		{"Orla Pensk spoke at the quay on Monday. Orla Pensk said the jetty was “rotten,” so the council closed the coast road on Friday.", "the council closed the coast road", "(outlet)"},
		{"Orla Pensk spoke at the quay on Monday. If Orla Pensk says the jetty is “rotten,” the council will close the coast road.", "the council will close the coast road", "(outlet)"},
		{"Orla Pensk spoke at the quay on Monday. When Orla Pensk said the jetty was “rotten,” the council closed the coast road.", "the council closed the coast road", "(outlet)"},
		{"Orla Pensk spoke at the quay on Monday. Orla Pensk never said the jetty was “rotten,” and the council closed the coast road anyway.", "the council closed the coast road", "(outlet)"},
	} {
		if got := heldBy(t, c.body, c.claim); got != c.want {
			t.Errorf("%q (%s): holder %q, want %q", c.body, c.claim, got, c.want)
		}
	}
}

// TestPlannerHolds: a to-infinitive after its subject's verb of wanting,
// deciding or promising is the subject's intention; an evidential keeps it
// the outlet's report, and a verb of attempting gives no claim.
func TestPlannerHolds(t *testing.T) {
	for _, c := range []struct{ body, claim, want string }{
		{"Tomas Brek leads the guild. Brek hopes to get a last big win from his long campaign.", "get a last big win", "Tomas Brek"},
		{"The Palmer ferry company is run by Ilse Varn. Ilse Varn hopes to become the mainstream alternative to the harbour board.", "become the mainstream alternative", "Ilse Varn"},
		// Guards: an evidential; a plain future; a subject that is no
		// story entity.
		{"Tomas Brek leads the guild. Brek reportedly hopes to get a last big win from his long campaign.", "get a last big win", "(none)"},
		{"Tomas Brek leads the guild. Brek will get a last big win from his long campaign.", "get a last big win", "(outlet)"},
		{"The Palmer ferry company is run by Ilse Varn. The company hopes to become the mainstream alternative to the harbour board.", "become the mainstream alternative", "(outlet)"},
		// Guards (readD): a passive before the infinitive is the agent's
		// telling, choosing or believing, not the subject's plan.
		{"Orla Pensk runs the quay. Orla Pensk was told to leave the harbour office.", "leave the harbour office", "(outlet)"},
		{"Orla Pensk runs the quay. Orla Pensk was chosen to lead the harbour board.", "lead the harbour board", "(outlet)"},
		{"Orla Pensk runs the quay. Orla Pensk is said to own the old ferry.", "own the old ferry", "(outlet)"},
		{"Orla Pensk runs the quay. Orla Pensk was warned to leave the harbour.", "leave the harbour", "(outlet)"},
	} {
		if got := heldBy(t, c.body, c.claim); got != c.want {
			t.Errorf("%q (%s): holder %q, want %q", c.body, c.claim, got, c.want)
		}
	}
}

// TestReportAroundPolarity: a report's verb of denial sets the polarity of
// the content reportAround credits to its speaker past the quoted part.
func TestReportAroundPolarity(t *testing.T) {
	body := "Orla Pensk spoke at the quay on Monday. Orla Pensk denied that the jetty was “rotten,” and the ferry kept running."
	d := doc("a", "Harbour news\n\n"+body, day)
	d.Article.Outlet = corroborate.Ptr("Harbour Times")
	docs := []story.Doc{d}
	m := story.Assemble(&corroborate.Story{}, docs)
	got := map[string]string{}
	for _, h := range HeldStatements(Input{Docs: docs, Merged: m}) {
		who := h.Holder
		if h.Own {
			who = "(outlet)"
		}
		got[h.Claim] = who + " " + h.Position
	}
	if got["the jetty was rotten"] != "Orla Pensk denies" || got["the ferry kept running"] != "(outlet) affirms" {
		t.Errorf("held: %v", got)
	}
}
