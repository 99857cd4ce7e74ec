package evaluate

import (
	"bytes"
	"go/format"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/compare"
)

// TestSameFactWeightsFormatted: the source --fit writes is as gofmt writes
// it (weights of several widths, their comments aligned), so that
// samefact_weights.go regenerates byte for byte.
func TestSameFactWeightsFormatted(t *testing.T) {
	ws := make([]float64, len(compare.SameFactFeatureNames))
	for k := range ws {
		ws[k] = float64(k) - 4.5 // negative and positive, one and two digits
	}
	sets := []sameFactSet{{name: "kit/dev.jsonl"}}
	var b bytes.Buffer
	if err := writeSameFactWeights(&b, sets, ws, 10, 4); err != nil {
		t.Fatal(err)
	}
	want, err := format.Source(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), want) {
		t.Errorf("not gofmt'd:\n%s", b.String())
	}
	if !strings.Contains(b.String(), "-4.500000, // bias") {
		t.Errorf("bias weight missing:\n%s", b.String())
	}
}
