package parse

import "strings"

// The printed lines of a calculator roll (calc_tape.go): an amount, the
// key the machine printed after it, the clerk's note on one side.

// tapeLine is one printed line of a roll.
type tapeLine struct {
	cents int64
	key   byte // '+', '-', '*' (total), 'S' (subtotal), 'G' (grand total), '#', 'C'
	note  string
	at    int
}

// tapeKeyOf is the key a printed symbol stands for, 0 for none.
func tapeKeyOf(t string) byte {
	switch t {
	case "+":
		return '+'
	case "-", "−":
		return '-'
	case "*", "T", "=":
		return '*'
	case "◇", "◆", "♢", "S", "S*", "ST":
		return 'S'
	case "G*", "GT", "G", "G=":
		return 'G'
	case "#", "N", "#/D":
		return '#'
	case "C", "CA", "AC", "CE":
		return 'C'
	}
	return 0
}

// tapeAmount reads an amount as the machine printed it, in cents: digits
// grouped by commas or dots in threes, the decimals (one or two digits)
// after the other mark or after a lone mark not followed by three digits.
func tapeAmount(t string) (int64, bool) {
	if t == "" || t[0] < '0' || t[0] > '9' || t[len(t)-1] < '0' || t[len(t)-1] > '9' {
		return 0, false
	}
	last := strings.LastIndexAny(t, ",.")
	intPart, frac := t, ""
	if last >= 0 {
		first := strings.IndexAny(t, ",.")
		if t[first] != t[last] || first == last && len(t)-last-1 != 3 {
			intPart, frac = t[:last], t[last+1:]
			if len(frac) > 2 || strings.ContainsAny(intPart, string(t[last])) {
				return 0, false
			}
		}
	}
	var v int64
	digits := 0
	groups := strings.FieldsFunc(intPart, func(r rune) bool { return r == ',' || r == '.' })
	if strings.Count(intPart, ",")+strings.Count(intPart, ".") != len(groups)-1 {
		return 0, false // an empty group
	}
	for gi, gr := range groups {
		if !allDigits(gr) || gi > 0 && len(gr) != 3 || gi == 0 && len(groups) > 1 && len(gr) > 3 {
			return 0, false
		}
		for _, c := range gr {
			v = v*10 + int64(c-'0')
			digits++
		}
	}
	if digits > 15 || frac != "" && !allDigits(frac) {
		return 0, false
	}
	f := (frac + "00")[:2]
	return v*100 + int64(f[0]-'0')*10 + int64(f[1]-'0'), true
}

// tapeArrow: a pointer or leader token between a note and its amount.
func tapeArrow(t string) bool {
	return strings.Trim(t, ".-=<>:→←…_") == ""
}

// parseTapeLine reads a printed line: the first key symbol with an amount
// right before it, the note on one side of them.
func parseTapeLine(l string) (tapeLine, bool) {
	f := strings.Fields(l)
	for k := 1; k < len(f); k++ {
		key := tapeKeyOf(f[k])
		if key == 0 {
			continue
		}
		c, ok := tapeAmount(f[k-1])
		if !ok {
			continue
		}
		before, after := f[:k-1], f[k+1:]
		for len(before) > 0 && tapeArrow(before[len(before)-1]) {
			before = before[:len(before)-1]
		}
		for len(after) > 0 && tapeArrow(after[0]) {
			after = after[1:]
		}
		if len(before) > 0 && len(after) > 0 {
			return tapeLine{}, false // notes on both sides: prose, not a roll
		}
		return tapeLine{cents: c, key: key, note: strings.Join(append(before, after...), " ")}, true
	}
	return tapeLine{}, false
}
