package analyze

import (
	"encoding/hex"
	"testing"
)

// TestSavedKeysOldForm: a findings key saved before the links part
// (engine/input/members) still names its input and members, as one with
// links does; a key of another engine, or one cut short, names none.
func TestSavedKeysOldForm(t *testing.T) {
	var in, mem [32]byte
	for i := range in {
		in[i], mem[i] = byte(i), byte(255-i)
	}
	base := findingsEngine() + "/" + hex.EncodeToString(in[:]) + "/" + hex.EncodeToString(mem[:])
	for _, key := range []string{base, base + "/0123456789abcdef"} {
		gotIn, gotMem, ok := savedKeys(key)
		if !ok || gotIn != in || gotMem != mem {
			t.Errorf("%q: input and members not read (ok %v)", key, ok)
		}
	}
	for _, key := range []string{"p9/other/" + base[len(findingsEngine())+1:], findingsEngine() + "/" + hex.EncodeToString(in[:])} {
		if _, _, ok := savedKeys(key); ok {
			t.Errorf("%q read as a key of this engine", key)
		}
	}
}
