package parse

import "strings"

// inlineBullet is len(reInlineBullet.FindString(t)): the length of the
// list mark that opens t with the white space after it, or 0 when t opens
// with none. The pattern runs on every paragraph (inlineSkip, pageJoined);
// anchored at the start, it still cost a regexp call each.
//
//	^(?:[•\x{f0b7}◦▪·*-]|\d{1,2}[.)]|[a-z][.)])\s+
func inlineBullet(t string) int {
	i := 0
	switch {
	case t == "":
		return 0
	case t[0] == '*' || t[0] == '-':
		i = 1
	case isDigitByte(t[0]):
		i = 1
		if len(t) > 1 && isDigitByte(t[1]) {
			i = 2
		}
		if i >= len(t) || t[i] != '.' && t[i] != ')' {
			return 0
		}
		i++
	case t[0] >= 'a' && t[0] <= 'z':
		if len(t) < 2 || t[1] != '.' && t[1] != ')' {
			return 0
		}
		i = 2
	default:
		for _, m := range bulletMarks {
			if strings.HasPrefix(t, m) {
				i = len(m)
				break
			}
		}
		if i == 0 {
			return 0
		}
	}
	j := i
	for j < len(t) && isRegexpSpace(t[j]) {
		j++
	}
	if j == i {
		return 0
	}
	return j
}

// bulletMarks are the marks of reInlineBullet's class beyond ASCII.
var bulletMarks = []string{"•", "\uf0b7", "◦", "▪", "·"}

// isRegexpSpace is \s of package regexp: [\t\n\f\r ].
func isRegexpSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}
