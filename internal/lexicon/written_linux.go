package lexicon

import (
	"syscall"
	"unsafe"
)

// hugePage is the size of a transparent huge page on Linux's common
// architectures (x86-64, arm64 with 4 KB pages).
const hugePage = 2 << 20

// adviseHuge asks the kernel to back the 2 MB pages that lie wholly inside
// s with transparent huge pages (madvise MADV_HUGEPAGE; the kernel's
// default, "madvise", gives them to regions that ask), so that writing s
// through faults once every 2 MB instead of every 4 KB. The Go runtime no
// longer asks for them itself (Go 1.21.1). A slice shorter than two huge
// pages is left alone, and a refusal (a kernel without them) changes
// nothing but the speed.
func adviseHuge[T any](s []T) {
	var zero T
	size := uintptr(len(s)) * unsafe.Sizeof(zero)
	if size < 2*hugePage {
		return
	}
	start := uintptr(unsafe.Pointer(unsafe.SliceData(s)))
	lo := (start + hugePage - 1) &^ (hugePage - 1)
	hi := (start + size) &^ (hugePage - 1)
	if hi <= lo {
		return
	}
	b := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s))), size)
	_ = syscall.Madvise(b[lo-start:hi-start], syscall.MADV_HUGEPAGE)
}
