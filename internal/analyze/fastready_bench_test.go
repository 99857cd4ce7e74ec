package analyze

import (
	"bytes"
	"compress/flate"
	"context"
	"encoding/gob"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkFastEpochReady is the making ready of one epoch of the fast
// store (BENCH_PLACE_DIR's fast-base.db, built by benchFastStore): the
// base readings kept decoded and copied with the renaming (session 56),
// against decoding each stored reading and grouping data from gob and
// DEFLATE first, as sessions 54-55 did ("decoded" below).
func BenchmarkFastEpochReady(b *testing.B) {
	dir := os.Getenv("BENCH_PLACE_DIR")
	path := filepath.Join(dir, "fast-base.db")
	if _, err := os.Stat(path); dir == "" || err != nil {
		b.Skip("no fast-base.db in BENCH_PLACE_DIR")
	}
	ctx := context.Background()
	base, _, err := readBaseArticles(fastBaseKits(), 10)
	if err != nil {
		b.Skip("shared data not present: ", err)
	}
	fastWide = os.Getenv("BENCH_FAST_WIDE") != ""
	known := newFastKnown(b)
	fb := loadFastBase(ctx, b, path, base, known)
	r := newFastRenamer(fb.names, fb.vocab, known, 7)
	b.Run("kept", func(b *testing.B) {
		defer reportCPU(b, cpuTime())
		for b.Loop() {
			if _, err := prepareFastEpoch(ctx, fb, r, 7); err != nil {
				b.Fatal(err)
			}
		}
	})
	// The decoding each epoch did, alone: gob and DEFLATE of every
	// reading, grouping data and state.
	stored := make([][]byte, len(fb.arts))
	for i := range fb.arts {
		if stored[i], err = newFastRenamer(nil, nil, known, 0).stored(fb, i); err != nil {
			b.Fatal(err)
		}
	}
	b.Run("decoding", func(b *testing.B) {
		defer reportCPU(b, cpuTime())
		for b.Loop() {
			err := parallel(ctx, len(stored), func(i int) {
				if _, err := decodeArticleData(stored[i]); err != nil {
					b.Error(err)
				}
				_, rd, _ := splitStored(stored[i])
				var s storedReading
				if err := gob.NewDecoder(flate.NewReader(bytes.NewReader(rd))).Decode(&s); err != nil {
					b.Error(err)
				}
			})
			if err != nil {
				b.Fatal(err)
			}
			for _, st := range fb.p.States {
				if _, err := decodeState(st.Data); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}

// reportCPU reports the process's CPU an iteration since cpu0 (the
// machine is shared: wall time measures the load).
func reportCPU(b *testing.B, cpu0 int64) {
	b.ReportMetric(float64(cpuTime()-cpu0)/1e6/float64(b.N), "cpu-ms/op")
}
