package parse

import (
	"regexp/syntax"
	"unicode"
)

// firstBytes is the set of ASCII bytes a match of the pattern src can open
// with, or nil when the pattern is not of a shape read here (it may open
// with an empty match, an anchor other than ^, any byte). gapPattern tries
// its tail at every word start of a 170-byte gap; a word that cannot open
// the tail ("reformasi birokrasi KPU Kabupaten ... adalah") is passed over
// without running it. Only ASCII text takes the tail, so bytes above 0x7f
// are never asked about.
func firstBytes(src string) *[256]bool {
	re, err := syntax.Parse(src, syntax.Perl)
	if err != nil {
		return nil
	}
	var set [256]bool
	if !addFirst(re.Simplify(), &set) {
		return nil
	}
	return &set
}

// addFirst adds to set the ASCII bytes re's matches open with; false when
// re may match empty or its opening is not read here.
func addFirst(re *syntax.Regexp, set *[256]bool) bool {
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return false
		}
		r := re.Rune[0]
		addRune(set, r)
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				addRune(set, f)
			}
		}
		return true
	case syntax.OpCharClass:
		if len(re.Rune) == 0 {
			return false // matches nothing: not a shape worth reading
		}
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1] && r < 0x80; r++ {
				set[r] = true
			}
		}
		return true
	case syntax.OpCapture, syntax.OpPlus:
		return addFirst(re.Sub[0], set)
	case syntax.OpRepeat:
		return re.Min >= 1 && addFirst(re.Sub[0], set)
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !addFirst(sub, set) {
				return false
			}
		}
		return true
	case syntax.OpConcat:
		subs := re.Sub
		for len(subs) > 0 && subs[0].Op == syntax.OpBeginText {
			subs = subs[1:] // ^ takes no byte: the tail is run from where it must open
		}
		return len(subs) > 0 && addFirst(subs[0], set)
	}
	return false
}

func addRune(set *[256]bool, r rune) {
	if r < 0x80 {
		set[r] = true
	}
}
