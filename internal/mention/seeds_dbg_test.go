package mention

import (
	"fmt"
	"github.com/corroborate/corroborate/internal/extract"
	"os"
	"path/filepath"
	"testing"
)

func TestDbgSeeds(t *testing.T) {
	fs, _ := filepath.Glob("../../examples/seeds/*.txt")
	for _, f := range fs {
		b, _ := os.ReadFile(f)
		r := extract.Text(string(b), extract.Hint{})
		a := Analyze(r.Text, r.Published, r.PublishedConf)
		fmt.Println("=== ", filepath.Base(f))
		for _, e := range a.Entities {
			fmt.Printf("  %-12s %-40s %d %q %q %q\n", e.Type, e.Name, e.Mentions, e.Aliases, e.Titles, e.Acronyms)
		}
	}
}
func TestDbgQuotes(t *testing.T) {
	fs, _ := filepath.Glob("../../examples/seeds/*.txt")
	for _, f := range fs {
		b, _ := os.ReadFile(f)
		r := extract.Text(string(b), extract.Hint{})
		a := Analyze(r.Text, r.Published, r.PublishedConf)
		fmt.Println("=== ", filepath.Base(f))
		for _, q := range a.Quotes {
			fmt.Printf("  [%v] %q (%q) cue=%q: %.90q\n", q.Direct, q.Speaker, q.SpeakerText, q.Cue, q.Text)
		}
	}
}
func TestDbgNumbers(t *testing.T) {
	fs, _ := filepath.Glob("../../examples/seeds/*.txt")
	for _, f := range fs {
		b, _ := os.ReadFile(f)
		r := extract.Text(string(b), extract.Hint{})
		a := Analyze(r.Text, r.Published, r.PublishedConf)
		fmt.Println("=== ", filepath.Base(f))
		for _, n := range a.Numbers {
			fmt.Printf("  %v [%v-%v] q=%q what=%q ev=%q src=%q date=%q\n", n.Value, n.Low, n.High, n.Qualifier, n.What, n.Event, n.Source, n.Date)
		}
		for i, ts := range a.Times {
			for _, x := range ts {
				fmt.Printf("  T%d %q=%s %s %.2f\n", i, x.Expression, x.Date, x.Precision, x.Confidence)
			}
		}
	}
}
