package lexicon

import (
	"reflect"
	"strings"
	"testing"
)

// sameSenses reports whether a and b are one slice of senses.
func sameSenses(a, b []Sense) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// TestFormTable checks the form tables against the map of forms: every
// form answers its own senses, made-up words answer nothing, and a form in
// any case answers the senses of a WordNet form it lower-cases, the
// lower-case form itself when WordNet has it.
func TestFormTable(t *testing.T) {
	lx := Default()
	forms := plainForms(lx)
	byLower := map[string][]string{}
	for f, ss := range forms {
		got, ok := lx.formsT.get(f)
		if !ok || !sameSenses(got, ss) {
			t.Fatalf("formsT.get(%q) = %d senses, %v; want its %d senses", f, len(got), ok, len(ss))
		}
		low := strings.ToLower(f)
		byLower[low] = append(byLower[low], f)
	}
	for low, fs := range byLower {
		got := lx.lowerSenses(low)
		ok := got != nil || len(forms[fs[0]]) == 0
		if !ok {
			t.Fatalf("lowerT.get(%q) found nothing", low)
		}
		if ss, own := forms[low]; own {
			if !sameSenses(got, ss) {
				t.Fatalf("lowerT.get(%q) are not the senses of %q itself", low, low)
			}
			continue
		}
		found := false
		for _, f := range fs {
			found = found || sameSenses(got, forms[f])
		}
		if !found {
			t.Fatalf("lowerT.get(%q) are the senses of none of %q", low, fs)
		}
	}
	for _, w := range []string{"", "zzqxv", "dogz", strings.Repeat("a", formInline), strings.Repeat("b", formInline+9), "united_states_of_america_and_elsewhere"} {
		if _, ok := lx.formsT.get(w); ok != (forms[w] != nil) {
			t.Errorf("formsT.get(%q) found %v", w, ok)
		}
	}
	if ss := lx.SensesFold("DOG"); !sameSenses(ss, forms["dog"]) {
		t.Errorf("SensesFold(DOG) = %d senses, want those of dog", len(ss))
	}
	if ss := lx.SensesFold("Turkey"); !sameSenses(ss, forms["Turkey"]) {
		t.Errorf("SensesFold(Turkey) are not those of Turkey")
	}
}

// TestFormSlotWithoutPointers checks that a slot of the form table holds
// no pointers (the collector skips the table) and takes 48 bytes.
func TestFormSlotWithoutPointers(t *testing.T) {
	var walk func(reflect.Type) bool
	walk = func(ty reflect.Type) bool {
		switch ty.Kind() {
		case reflect.Struct:
			for i := range ty.NumField() {
				if walk(ty.Field(i).Type) {
					return true
				}
			}
			return false
		case reflect.Array:
			return walk(ty.Elem())
		case reflect.Pointer, reflect.Slice, reflect.Map, reflect.String, reflect.Interface, reflect.Chan, reflect.Func, reflect.UnsafePointer:
			return true
		}
		return false
	}
	ty := reflect.TypeFor[formSlot]()
	if walk(ty) {
		t.Error("formSlot holds a pointer")
	}
	if ty.Size() != 48 {
		t.Errorf("formSlot takes %d bytes, want 48", ty.Size())
	}
}
