package evaluate

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/pipeline"
	"github.com/corroborate/corroborate/internal/sqlite"
)

// KitOptions say which findings kit to score and how.
type KitOptions struct {
	// Dir is the kit folder (real.jsonl, gold.jsonl, planted.jsonl,
	// planted-gold.jsonl, labelled-events.jsonl); empty for none.
	Dir string
	// Events gives every kit document's event (default Dir/../ecbplus/dev.jsonl).
	Events string
	// ExtraGold and ExtraEvents are further labelled events in the kit's
	// gold format (and their id, url, story lines); missing files are skipped.
	ExtraGold, ExtraEvents []string
	// RealReport and PlantedReport score existing `analyze --format json`
	// reports instead of running the engine.
	RealReport, PlantedReport string
	// Halves to print (default both, one line each).
	Halves []Half
	// Part, with Halves [Tune], scores one part of the tune half only, "a"
	// or "b" (PartOf the ECB+ topic); empty for the whole half.
	Part string
	// Verbose lists misses and false findings of the tune half.
	Verbose bool
}

// kitData is a loaded findings kit.
type kitData struct {
	gold, planted []KitGold
	events        kitEvents
	labelled      map[string]bool
}

// eventsPath is the file giving every kit document's event.
func (o KitOptions) eventsPath() string {
	if o.Events != "" {
		return o.Events
	}
	return filepath.Join(o.Dir, "..", "ecbplus", "dev.jsonl")
}

func loadKit(o KitOptions) (*kitData, error) {
	k := &kitData{labelled: map[string]bool{}}
	var err error
	if k.gold, err = readJSONL[KitGold](filepath.Join(o.Dir, "gold.jsonl")); err != nil {
		return nil, err
	}
	for _, p := range o.ExtraGold {
		if _, e := os.Stat(p); e != nil {
			continue
		}
		more, err := readJSONL[KitGold](p)
		if err != nil {
			return nil, err
		}
		k.gold = append(k.gold, more...)
	}
	if k.planted, err = readJSONL[KitGold](filepath.Join(o.Dir, "planted-gold.jsonl")); err != nil {
		return nil, err
	}
	if k.events, err = loadKitEvents([]string{o.eventsPath()}, k.gold, k.planted); err != nil {
		return nil, err
	}
	lab := []string{filepath.Join(o.Dir, "labelled-events.jsonl")}
	for _, p := range o.ExtraEvents {
		if _, e := os.Stat(p); e == nil {
			lab = append(lab, p)
		}
	}
	lev, err := loadKitEvents(lab, k.gold)
	if err != nil {
		return nil, err
	}
	for _, s := range lev.doc2story {
		k.labelled[s] = true
	}
	return k, nil
}

// kitReport runs the engine on a kit file as `analyze` does (in-memory
// store), or reads an existing report.
func kitReport(ctx context.Context, input, existing string) (*corroborate.Report, error) {
	if existing != "" {
		b, err := os.ReadFile(existing)
		if err != nil {
			return nil, err
		}
		var rep corroborate.Report
		if err := json.Unmarshal(b, &rep); err != nil {
			return nil, fmt.Errorf("%s: %w", existing, err)
		}
		return &rep, nil
	}
	store, err := sqlite.Open(ctx, ":memory:")
	if err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	defer store.Close()
	res, err := pipeline.Ingest(ctx, store, []string{input}, pipeline.Options{})
	if err != nil {
		return nil, fmt.Errorf("analyze %s: %w", input, err)
	}
	return pipeline.BuildReport(ctx, res)
}

// RunKit scores the findings kit: real discrepancies and planted ones,
// each half on its own lines.
func RunKit(ctx context.Context, w io.Writer, o KitOptions) error {
	k, err := loadKit(o)
	if err != nil {
		return err
	}
	halves := o.Halves
	if len(halves) == 0 {
		halves = []Half{Tune, Holdout}
	}
	rep, err := kitReport(ctx, filepath.Join(o.Dir, "real.jsonl"), o.RealReport)
	if err != nil {
		return err
	}
	eng := k.events.engineDiscrepancies(rep)
	for _, h := range halves {
		s := scoreKit(eng, k.gold, nil, k.events, k.labelled, h, o.Part, false)
		writeKitReal(w, s, o.Verbose && h == Tune)
		ms, err := realMissStages(ctx, o.eventsPath(), rep, k.events, s.MissedGold)
		if err != nil {
			return err
		}
		writeRealStages(w, s, ms, o.Verbose && h == Tune)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	prep, err := kitReport(ctx, filepath.Join(o.Dir, "planted.jsonl"), o.PlantedReport)
	if err != nil {
		return err
	}
	peng := k.events.engineDiscrepancies(prep)
	for _, h := range halves {
		s := scoreKit(peng, k.planted, k.gold, k.events, k.labelled, h, o.Part, true)
		writeKitPlanted(w, s, o.Verbose && h == Tune)
	}
	return nil
}

func halfName(h Half) string {
	if h == All {
		return "all"
	}
	return string(h)
}

// kitHalfName names a kit score's half, with its part when it has one
// ("tune-a").
func kitHalfName(s KitScore) string {
	if s.Part != "" {
		return halfName(s.Half) + "-" + s.Part
	}
	return halfName(s.Half)
}

func kinds(m map[string]*KitCount) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func writeKitReal(w io.Writer, s KitScore, verbose bool) {
	fmt.Fprintf(w, "findings-dev real    %-7s recall %s  update=false %s  update=true %s  precision %s  (all events: %s; in scope %d",
		kitHalfName(s), s.Recall, s.RecallFixed, s.RecallUpdate, s.Precision, s.PrecisionAllEvents, s.InScope)
	if s.Half == All {
		fmt.Fprintf(w, ", cross-event %d, unknown articles %d", s.Multi, s.Unknown)
	}
	fmt.Fprintln(w, ")")
	var parts []string
	for _, k := range kinds(s.RecallByKind) {
		parts = append(parts, fmt.Sprintf("%s R %s", k, s.RecallByKind[k]))
	}
	for _, k := range kinds(s.PrecisionByKind) {
		parts = append(parts, fmt.Sprintf("%s P %s", k, s.PrecisionByKind[k]))
	}
	fmt.Fprintf(w, "  by kind %-7s %s\n", kitHalfName(s), strings.Join(parts, "; "))
	if verbose {
		for _, m := range s.Missed {
			fmt.Fprintln(w, "  - missed "+m)
		}
		for _, f := range s.FalseFindings {
			fmt.Fprintln(w, "  ~ false "+f)
		}
	}
}

func writeKitPlanted(w io.Writer, s KitScore, verbose bool) {
	fmt.Fprintf(w, "findings-dev planted %-7s planted recall %s  collateral %d (labelled events %d; in scope %d)  precision (planted or real) %.3f\n",
		kitHalfName(s), s.Planted, s.Collateral, s.CollateralLabelled, s.InScope, ratio(s.InScope-s.Collateral, s.InScope))
	var parts []string
	for _, k := range kinds(s.PlantedByFact) {
		parts = append(parts, fmt.Sprintf("%s %d/%d", k, s.PlantedByFact[k].Matched, s.PlantedByFact[k].Total))
	}
	fmt.Fprintf(w, "  by fact %-7s %s\n", kitHalfName(s), strings.Join(parts, "; "))
	if verbose {
		for _, m := range s.Missed {
			fmt.Fprintln(w, "  - missed "+m)
		}
		for _, f := range s.FalseFindings {
			fmt.Fprintln(w, "  ~ collateral "+f)
		}
	}
}
