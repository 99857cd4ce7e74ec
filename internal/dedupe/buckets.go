package dedupe

// Buckets returns the LSH bucket keys of a sketch (every band of the
// whole text's and each long paragraph's signatures, band number mixed
// in), as FindSketched groups candidates by: two texts share a key when
// one band of their signatures agrees. A store keeps each article's keys
// so that an arriving article meets its near-copy candidates without
// re-reading the others. Keys are given once each, in no set order.
func Buckets(sk Sketch) []uint64 {
	seen := map[uint64]bool{}
	var out []uint64
	for _, sig := range sk.Signatures {
		for b := 0; b < bands; b++ {
			h := uint64(b)
			for r := 0; r < rows; r++ {
				h = mix(h^sig[b*rows+r], 0x1234567)
			}
			k := mix(h, uint64(b)+1)
			if !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	return out
}
