package compare

import (
	"testing"
	"unsafe"
)

// TestFactSize: a fact keeps the value a bracketed conversion converts
// (source) by pointer, not as a whole value of 232 bytes in every fact
// (few have one): 1,176 bytes a fact, not 1,400. An article's facts stay
// cached while its stories are compared.
func TestFactSize(t *testing.T) {
	if n := unsafe.Sizeof(fact{}); n > 1176 {
		t.Errorf("a fact is %d bytes, want at most 1176", n)
	}
}
