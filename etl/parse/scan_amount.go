package parse

// amountMatches is reAmount.FindAllStringIndex(t, -1) without the regexp
// machine: proseAnggaran looks for amounts in every paragraph that names a
// pagu or a realisation, and the pattern's (?i)\b made each search try
// every byte. The pattern, part by part:
//
//	\bRp\.?\s*          "Rp", "rp", "RP." after a non-word byte, spaces
//	\d[\d.,]*           a digit, then digits, dots and commas
//	(?: \d{3}(?:[.,]\d+)?)*   groups of three digits after one space
//	(?:\s*,-)?          a closing ",-"
//
// Every part after the first digit is optional and greedy, so the match
// is the longest run of them (the pattern never gives a part back). \s is
// [\t\n\f\r ]; neither "r" nor "p" folds to a non-ASCII letter.
func amountMatches(t string) [][]int {
	var out [][]int
	for i := 0; i+1 < len(t); i++ {
		if t[i]|0x20 != 'r' || t[i+1]|0x20 != 'p' || i > 0 && isWordByte(t[i-1]) {
			continue
		}
		j := i + 2
		if j < len(t) && t[j] == '.' {
			j++
		}
		for j < len(t) && isReSpace(t[j]) {
			j++
		}
		if j >= len(t) || !isDigitByte(t[j]) {
			continue
		}
		for j++; j < len(t) && (isDigitByte(t[j]) || t[j] == '.' || t[j] == ','); j++ {
		}
		for j+3 < len(t) && t[j] == ' ' && isDigitByte(t[j+1]) && isDigitByte(t[j+2]) && isDigitByte(t[j+3]) {
			j += 4
			if j+1 < len(t) && (t[j] == '.' || t[j] == ',') && isDigitByte(t[j+1]) {
				for j += 2; j < len(t) && isDigitByte(t[j]); j++ {
				}
			}
		}
		k := j
		for k < len(t) && isReSpace(t[k]) {
			k++
		}
		if k+1 < len(t) && t[k] == ',' && t[k+1] == '-' {
			j = k + 2
		}
		out = append(out, []int{i, j})
		i = j - 1
	}
	return out
}

// isReSpace is the regexp class \s: [\t\n\f\r ].
func isReSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}
