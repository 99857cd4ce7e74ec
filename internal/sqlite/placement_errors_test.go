package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// TestPlacementErrorsNameTheStep: a placement write that fails says which
// step failed (each on a store missing the table of that step).
func TestPlacementErrorsNameTheStep(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		table, want string
		p           corroborate.Placement
	}{
		{"copy_pairs", "put copy pairs", corroborate.Placement{Copies: []corroborate.CopyPair{{A: "a1", B: "a2", Containment: 0.9}}}},
		{"tie_answers", "put tie answers", corroborate.Placement{Ties: []corroborate.TieAnswer{{Key: []byte("k"), Pick: 1}}}},
		{"story_findings", "put findings of story s1", corroborate.Placement{Findings: []corroborate.StoryFindings{{Story: "s1", Key: "k", Data: []byte("{}")}}}},
		{"story_findings", "drop story s2", corroborate.Placement{Drop: []string{"s2"}}},
	} {
		s, err := Open(ctx, filepath.Join(t.TempDir(), "c.db"))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.DB().Exec(`DROP TABLE ` + tc.table); err != nil {
			t.Fatal(err)
		}
		err = s.PutPlacement(ctx, tc.p)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("without %s: %v, want an error naming %q", tc.table, err, tc.want)
		}
		s.Close()
	}
}
