package analyze

import "testing"

// TestMeanFactOverlap: the tie-break weighs a story by what its articles
// carry of the arriving article's facts each on its own, averaged, so a
// story's size is no advantage. The arriving article makes three
// statements (sentences as sorted word numbers); a story of one report
// repeats two of them; a story of five reports gives each of the three
// once, one report each, the rest of each report being its own. Pooled,
// the five reports' sentences held all three statements and outscored
// the single report; averaged, the single report carries more.
func TestMeanFactOverlap(t *testing.T) {
	s1 := []uint32{1, 2, 3, 4, 5, 6}
	s2 := []uint32{11, 12, 13, 14, 15, 16}
	s3 := []uint32{21, 22, 23, 24, 25, 26}
	own := func(base uint32) []uint32 { return []uint32{base, base + 1, base + 2, base + 3, base + 4, base + 5} }
	articles := [][][]uint32{
		{s1, s2, s3},       // 0: the arriving article
		{s1, s2, own(100)}, // 1: the single report
		{s1, own(200)},     // 2–6: the five reports
		{s2, own(300)},
		{s3, own(400)},
		{own(500), own(600)},
		{own(700), own(800)},
	}
	facts := func(i int) [][]uint32 { return articles[i] }
	order := []int{0, 1, 2, 3, 4, 5, 6}
	single := meanFactOverlap(facts(0), []int32{1}, order, facts)
	five := meanFactOverlap(facts(0), []int32{2, 3, 4, 5, 6}, order, facts)
	if single != 2 || five != 0.6 {
		t.Errorf("meanFactOverlap: single report %.2f, want 2; five reports %.2f, want 0.6", single, five)
	}
	if meanFactOverlap(facts(0), nil, order, facts) != 0 {
		t.Errorf("meanFactOverlap of no article is not 0")
	}
}
