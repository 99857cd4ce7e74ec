package mention

import (
	"reflect"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestRestoreQuoted: the quoted stretches restored from the text are
// those the analysis kept when it read the text.
func TestRestoreQuoted(t *testing.T) {
	body := "The mayor said the plan was \u201cfinished and ready\u201d on Monday.\n\n" +
		"\u201cWe will build it,\u201d said Ana Ruiz. She added that ''nothing'' would stop it."
	a := Analyze(body, dates.Date{}, 0)
	if len(a.quoted) < 2 {
		t.Fatalf("the analysis kept %d quoted stretches, want at least 2", len(a.quoted))
	}
	b := *a
	b.quoted = nil
	b.RestoreQuoted(body)
	if !reflect.DeepEqual(b.quoted, a.quoted) {
		t.Errorf("restored quoted stretches %+v, want %+v", b.quoted, a.quoted)
	}
}
