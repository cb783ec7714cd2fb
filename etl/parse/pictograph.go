package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// dropPictographs takes the emoji an app or a social-media post puts
// before a name off it ("📍 KODI", "🗳️ TOTAL SUMBA BARAT DAYA"): they are
// decoration, and kept they made a kecamatan's key "📍 KODI" and hid a
// total row's TOTAL word. Only a run of pictographs (with their variation
// selectors and joiners) followed by a letter is dropped; a cell that is
// only a symbol (a check mark, a trend arrow) is left as it is.
func dropPictographs(s string) string {
	if s == "" || s[0] < utf8.RuneSelf {
		return s
	}
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !pictograph(r) && r != ' ' {
			break
		}
		i += n
	}
	if i == 0 || i == len(s) {
		return s
	}
	if r, _ := utf8.DecodeRuneInString(s[i:]); !unicode.IsLetter(r) {
		return s
	}
	return strings.TrimSpace(s[i:])
}

// pictograph reports whether r is an emoji or a part of one: the
// pictograph planes, the dingbats and miscellaneous symbols, variation
// selectors, the zero-width joiner and skin-tone modifiers.
func pictograph(r rune) bool {
	switch {
	case r >= 0x1F000 && r <= 0x1FAFF, r >= 0x2600 && r <= 0x27BF:
		return true
	case r == 0xFE0F || r == 0xFE0E || r == 0x200D || r == 0x20E3:
		return true
	}
	return false
}
