package mention

import (
	"testing"

	"github.com/corroborate/corroborate/internal/text"
)

// TestQuantitySource: a quantifying pronoun on its own or before "of"
// and a share of people polled are sources with no name (a group, or one
// unnamed person for a singular); a negative names no source
// (testdata/quantitysource.tsv).
func TestQuantitySource(t *testing.T) { checkUnnamedSources(t, "testdata/quantitysource.tsv") }

// TestSubjectSource: the subject a cue with no source phrase of its own
// takes is a source with no name when it names persons, never when its
// head is a document or a thing (testdata/subjectsource.tsv).
func TestSubjectSource(t *testing.T) { checkUnnamedSources(t, "testdata/subjectsource.tsv") }

// checkUnnamedSources reads a file of tab-separated cases (a sentence, the
// source phrase UnnamedSource gives for its first statement, its kind)
// and checks each after a fixed opening sentence.
func checkUnnamedSources(t *testing.T, path string) {
	t.Helper()
	for _, cols := range tsvCases(t, path, 3) {
		a := analyze("The harbour board met on Monday. " + cols[0])
		phrase, kind := "", ""
		found := false
		for _, q := range a.Quotes {
			if q.Sentence == 1 && !found {
				phrase, kind = a.UnnamedSource(q)
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no statement read", cols[0])
			continue
		}
		if phrase != cols[1] || kind != cols[2] {
			t.Errorf("UnnamedSource in %q = %q (%s), want %q (%s)", cols[0], phrase, kind, cols[1], cols[2])
		}
	}
}

// TestShareSource: a share of people polled is a source ("Twenty-four
// percent", "nine out of 10 voters"); a share followed by its own clause,
// a plain noun phrase or a count of things is not (shareSource).
func TestShareSource(t *testing.T) {
	for _, tt := range []struct {
		phrase string
		want   bool
	}{
		{"Twenty-four percent", true},
		{"nearly nine out of 10 voters", true},
		{"about 40 per cent of tenants", true},
		{"More than six in 10 said they", false},
		{"the ferry", false},
		{"24 boats", false},
	} {
		if got := shareSource(text.Tokens(tt.phrase)); got != tt.want {
			t.Errorf("shareSource(%q) = %v, want %v", tt.phrase, got, tt.want)
		}
	}
}

// TestAccordingSource: the object of "according to" is one noun phrase,
// its post-modifiers included (a prepositional phrase, a participle or
// adjective phrase, a relative clause), and its kind is its head's
// (testdata/accordingsource.tsv).
func TestAccordingSource(t *testing.T) { checkUnnamedSources(t, "testdata/accordingsource.tsv") }

// TestPartitiveSource: a quantifier after approximating words or before
// an of-phrase is the whole subject ("Nearly half", "Many of them"), and a
// quantity noun before "of" ("a growing number of", "large majorities
// of", "hundreds of") heads a partitive whose of-phrase names who spoke
// (Quirk et al. 1985 §5.25-5.27, §10.39); a partitive of texts stays a
// document (testdata/partitivesource.tsv; session 53, invented sentences).
func TestPartitiveSource(t *testing.T) { checkUnnamedSources(t, "testdata/partitivesource.tsv") }

// TestQuantityPhrase: a quantifier phrase is a subject only as one noun
// phrase; a clause after it or a preposition left open ends none.
func TestQuantityPhrase(t *testing.T) {
	for _, tt := range []struct {
		np   string
		want bool
	}{
		{"Nearly half", true},
		{"Many of you", true},
		{"Some of the skippers", true},
		{"Some of the nurses said they", false},
		{"Those over 60 say they", false},
		{"just 18 percent of", false},
		{"the harbour board", false},
	} {
		if got := quantityPhrase(tt.np); got != tt.want {
			t.Errorf("quantityPhrase(%q) = %v, want %v", tt.np, got, tt.want)
		}
	}
}
