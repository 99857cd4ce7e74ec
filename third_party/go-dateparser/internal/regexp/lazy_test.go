package regexp

import (
	stdregex "regexp"
	"testing"
)

// TestCompiledOnFirstUse checks this copy's one change (FORK.md): a
// pattern given to MustCompile is compiled when first used, and then
// answers as the standard library's compiled pattern does.
func TestCompiledOnFirstUse(t *testing.T) {
	cases := []struct{ expr, in string }{
		{`(\d{1,2})\s+(jan|feb|mar)\w*`, "on 12 march 2020"},
		{`^(?:le|la)\s+`, "le 3 mai"},
		{`\bweeks?\b`, "two weeks ago"},
	}
	for _, c := range cases {
		re := MustCompile(c.expr)
		if re.rx != nil {
			t.Fatalf("%q compiled before its first use", c.expr)
		}
		want := stdregex.MustCompile(c.expr).FindAllStringSubmatchIndex(c.in, -1)
		got := re.FindAllStringSubmatchIndex(c.in, -1)
		if len(got) != len(want) || re.String() != c.expr {
			t.Fatalf("%q on %q: %v, want %v", c.expr, c.in, got, want)
		}
		for i := range got {
			for j := range got[i] {
				if got[i][j] != want[i][j] {
					t.Fatalf("%q on %q: %v, want %v", c.expr, c.in, got, want)
				}
			}
		}
	}
}

// TestInvalidPanicsAtUse checks that an invalid pattern still panics, at
// its first use instead of at start.
func TestInvalidPanicsAtUse(t *testing.T) {
	re := MustCompile(`(unclosed`)
	defer func() {
		if recover() == nil {
			t.Fatal("an invalid pattern did not panic at its first use")
		}
	}()
	re.MatchString("x")
}

// TestCompileIsEager checks that Compile still reports an invalid pattern.
func TestCompileIsEager(t *testing.T) {
	if _, err := Compile(`(unclosed`); err == nil {
		t.Fatal("Compile accepted an invalid pattern")
	}
	re, err := Compile(`a+`)
	if err != nil || !re.MatchString("caab") {
		t.Fatalf("Compile(a+): %v", err)
	}
}
