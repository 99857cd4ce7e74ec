package lexicon

import (
	"os"
	"os/exec"
	"testing"
)

// TestWritten: written[T] gives a slice of exactly n zero elements, from
// empty to large enough to ask for huge pages.
func TestWritten(t *testing.T) {
	tests := []struct {
		name string
		n    int
	}{
		{"empty", 0},
		{"one slot", 1},
		{"less than a page", 50},
		{"several pages", 3 << 12},
		{"huge pages asked for", 1 << 18},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := written[synsetSlot](tt.n)
			if len(s) != tt.n || cap(s) != tt.n {
				t.Fatalf("written(%d): len %d cap %d, want %d", tt.n, len(s), cap(s), tt.n)
			}
			for i, v := range s {
				if v != (synsetSlot{}) {
					t.Fatalf("written(%d)[%d] = %+v, want the zero slot", tt.n, i, v)
				}
			}
		})
	}
}

// loadChild names the environment variable that makes TestLoadInChild load
// the lexicon: BenchmarkLoadFresh runs it in a new process each time.
const loadChild = "LEXICON_LOAD_CHILD"

// TestLoadInChild loads the lexicon when BenchmarkLoadFresh runs it as a
// child process; otherwise it does nothing.
func TestLoadInChild(t *testing.T) {
	if os.Getenv(loadChild) == "" {
		t.Skip("run by BenchmarkLoadFresh")
	}
	if lx := load(wordnetGz); !lx.Has("dog", Noun) {
		t.Fatal(`the loaded lexicon has no "dog"`)
	}
}

// BenchmarkLoadFresh loads the lexicon as a process's start does: in a new
// process (this test binary, running TestLoadInChild alone), whose memory
// comes fresh from the operating system, so that the cost of mapping the
// tables' pages shows; a load in a warm process reuses pages its
// collector freed. cpu-ms/op is the child's CPU time (user + system),
// the binary's own start and the test framework included.
func BenchmarkLoadFresh(b *testing.B) {
	var cpu float64
	for b.Loop() {
		cmd := exec.Command(os.Args[0], "-test.run=^TestLoadInChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), loadChild+"=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("child load: %v\n%s", err, out)
		}
		cpu += float64((cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()).Microseconds()) / 1000
	}
	b.ReportMetric(cpu/float64(b.N), "cpu-ms/op")
}
