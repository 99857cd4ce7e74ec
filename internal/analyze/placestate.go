package analyze

import (
	"bytes"
	"compress/flate"
	"encoding/gob"
	"encoding/json"
	"fmt"
	"io"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/cluster"
)

// placeState is what the store keeps of a story for incremental placement
// (corroborate.StoryState's Data): its centroid and dates as the clusterer
// restores them, the order key of its earliest article (stories are
// restored in the order they were born), its related stories and the
// near-copy marks of its members (the store keeps no copy mark with an
// article: marks are derived, like stories). gob, compressed with DEFLATE.
type placeState struct {
	Cluster cluster.StoryState
	Anchor  string
	Related []string
	Copies  map[string]copyMark
}

// copyMark is an article's near-copy mark: the article it copies.
type copyMark struct {
	Of         string
	Similarity float64
}

// PlaceFormat is the version of the stored placement state and findings.
const PlaceFormat = 1

func encodeState(st *placeState) ([]byte, error) {
	b, err := deflate(func(w io.Writer) error { return gob.NewEncoder(w).Encode(st) })
	if err != nil {
		return nil, fmt.Errorf("encode story state: %w", err)
	}
	return b, nil
}

func decodeState(data []byte) (*placeState, error) {
	var st placeState
	if err := gob.NewDecoder(flate.NewReader(bytes.NewReader(data))).Decode(&st); err != nil {
		return nil, fmt.Errorf("decode story state: %w", err)
	}
	if len(st.Cluster.Terms) != len(st.Cluster.Weights) {
		return nil, fmt.Errorf("decode story state: %d terms, %d weights", len(st.Cluster.Terms), len(st.Cluster.Weights))
	}
	return &st, nil
}

// decodeAnchor decodes only the anchor of a story state (gob skips the
// fields the value it decodes into does not have).
func decodeAnchor(data []byte) (string, error) {
	var st struct{ Anchor string }
	if err := gob.NewDecoder(flate.NewReader(bytes.NewReader(data))).Decode(&st); err != nil {
		return "", fmt.Errorf("decode story state: %w", err)
	}
	return st.Anchor, nil
}

// EncodeFindings encodes a story as pages show it (the report contract's
// JSON, compressed with DEFLATE) for the store.
func EncodeFindings(st *corroborate.Story) ([]byte, error) {
	b, err := deflate(func(w io.Writer) error { return json.NewEncoder(w).Encode(st) })
	if err != nil {
		return nil, fmt.Errorf("encode findings: %w", err)
	}
	return b, nil
}

// DecodeFindings decodes a story saved by EncodeFindings.
func DecodeFindings(data []byte) (*corroborate.Story, error) {
	raw, err := io.ReadAll(flate.NewReader(bytes.NewReader(data)))
	if err != nil {
		return nil, fmt.Errorf("decode findings: %w", err)
	}
	var st corroborate.Story
	if err := json.Unmarshal(raw, &st); err != nil {
		return nil, fmt.Errorf("decode findings: %w", err)
	}
	return &st, nil
}

// storyTerms are the terms a story is posted under: its centroid's.
func storyTerms(st *placeState) []string { return st.Cluster.Terms }
