package normalize

// AllDigits reports whether every byte of s is an ASCII digit (true for
// ""). The budget-code scanners of extract and parse test code shapes
// piece by piece with it, so callers check lengths themselves.
func AllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// AllUpper reports whether every byte of s is an ASCII capital letter
// (true for "").
func AllUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}
