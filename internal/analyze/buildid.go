package analyze

import (
	"bytes"
	"crypto/sha256"
	"debug/elf"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io"
	"os"
)

// executableSum names the running executable's build: the first 48 bits
// of the SHA-256 of its Go build ID when it has one (the go command
// writes it into every binary it links; its last part is a hash of the
// binary's content, so two different binaries have different IDs), else
// of the executable's bytes. Reading the build ID costs a few small reads
// where hashing the whole executable (tens of megabytes) cost about 3% of
// a process's start.
func executableSum() (string, error) {
	path, err := os.Executable()
	if err != nil {
		return "", err
	}
	if id := goBuildID(path); id != "" {
		return shortSum([]byte(id)), nil
	}
	return fileSum(path)
}

// shortSum is the first 48 bits of the SHA-256 of b, in hex.
func shortSum(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:6])
}

// fileSum is shortSum of the file's bytes.
func fileSum(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("engine: %w", err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("engine: hashing %s: %w", path, err)
	}
	return hex.EncodeToString(h.Sum(nil)[:6]), nil
}

// goBuildID is the Go build ID recorded in the ELF note the go command
// writes (section .note.go.buildid: name "Go\x00\x00", type 4), or "" when the
// file is not ELF or has none (a build with -ldflags=-buildid=).
func goBuildID(path string) string {
	f, err := elf.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	s := f.Section(".note.go.buildid")
	if s == nil {
		return ""
	}
	data, err := s.Data()
	if err != nil {
		return ""
	}
	return noteDesc(data, f.ByteOrder)
}

// noteDesc reads one ELF note (name size, description size, type, name
// padded to 4 bytes, description) and returns its description when the
// note is the Go build ID's (its name takes 4 bytes).
func noteDesc(b []byte, order binary.ByteOrder) string {
	const goBuildIDType = 4
	if len(b) < 16 {
		return ""
	}
	nameSize, descSize, typ := order.Uint32(b), order.Uint32(b[4:]), order.Uint32(b[8:])
	if typ != goBuildIDType || nameSize != 4 || !bytes.Equal(b[12:16], []byte("Go\x00\x00")) ||
		uint64(len(b)) < 16+uint64(descSize) {
		return ""
	}
	return string(b[16 : 16+int(descSize)])
}
