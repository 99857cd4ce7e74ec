package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestProfiles checks that $CORROBORATE_CPUPROFILE and
// $CORROBORATE_MEMPROFILE make a command write its CPU and heap profiles,
// and that a command run without them writes none.
func TestProfiles(t *testing.T) {
	dir := t.TempDir()
	cpu, mem := filepath.Join(dir, "cpu.prof"), filepath.Join(dir, "mem.prof")
	e, out, _ := testEnv("")
	e.getenv = func(k string) string {
		return map[string]string{"CORROBORATE_CPUPROFILE": cpu, "CORROBORATE_MEMPROFILE": mem}[k]
	}
	if code := run(context.Background(), e, []string{"version"}); code != exitOK {
		t.Fatalf("version exited %d", code)
	}
	if out.Len() == 0 {
		t.Errorf("version printed nothing")
	}
	for _, p := range []string{cpu, mem} {
		if fi, err := os.Stat(p); err != nil || fi.Size() == 0 {
			t.Errorf("profile %s not written (%v)", filepath.Base(p), err)
		}
	}
	e2, _, _ := testEnv("")
	if code := run(context.Background(), e2, []string{"version"}); code != exitOK {
		t.Fatalf("version without profiles exited %d", code)
	}
	e3, _, errb := testEnv("")
	e3.getenv = func(k string) string {
		if k == "CORROBORATE_CPUPROFILE" {
			return filepath.Join(dir, "missing", "cpu.prof")
		}
		return ""
	}
	if code := run(context.Background(), e3, []string{"version"}); code != exitUsage || errb.Len() == 0 {
		t.Errorf("an unwritable CPU profile: exit %d, stderr %q; want %d and a message", code, errb.String(), exitUsage)
	}
}
