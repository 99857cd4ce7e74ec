package compare

import (
	"unicode"
	"unicode/utf8"
)

// mayHoldDateline reports whether s holds a place where reDateline's name
// can begin: a capital followed by a capital, an apostrophe or a period,
// at the start of s, after a line break or after two spaces or tabs. A
// lead without one has no dateline, and the pattern, which tries every
// position of the lead, is not asked.
func mayHoldDateline(s string) bool {
	for p := 0; p+1 < len(s); p++ {
		if s[p] < 'A' || s[p] > 'Z' {
			continue
		}
		if c := s[p+1]; (c < 'A' || c > 'Z') && c != '\'' && c != '.' {
			continue
		}
		if p == 0 || s[p-1] == '\n' || p >= 2 && isBlankByte(s[p-1]) && isBlankByte(s[p-2]) {
			return true
		}
	}
	return false
}

// isBlankByte reports whether c is a space or a tab.
func isBlankByte(c byte) bool { return c == ' ' || c == '\t' }

// nextWordTok is the first match of reWordTok in s at or after byte i,
// found without the pattern: a letter, then letters, digits,
// apostrophes, periods and hyphens, then maybe one punctuation mark of
// `,;:()"“”`. start and end bound the word, punct is the end of the
// mark (end when none); ok is false when no word begins at or after i.
// The word's characters and the mark's are apart, so the greedy pattern
// reads the same spans.
func nextWordTok(s string, i int) (start, end, punct int, ok bool) {
	for i < len(s) && !ok {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) {
			start, ok = i, true
		}
		i += n
	}
	if !ok {
		return 0, 0, 0, false
	}
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '\'' && r != '’' && r != '.' && r != '-' {
			break
		}
		i += n
	}
	end, punct = i, i
	if i < len(s) {
		switch r, n := utf8.DecodeRuneInString(s[i:]); r {
		case ',', ';', ':', '(', ')', '"', '“', '”':
			punct = i + n
		}
	}
	return start, end, punct, true
}
