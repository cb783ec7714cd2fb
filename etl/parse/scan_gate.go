package parse

// Cheap gates for the family parsers' patterns: a gate answers false only
// when its pattern cannot match, so the pattern runs on the few texts that
// may hold a match and stays the definition of one. Under (?i) "k" and "s"
// also match U+212A and U+017F, so a text with any non-ASCII byte always
// passes.

// mayOtherRoll is false when reOtherRoll cannot match normalize.Fold(t):
// every alternative holds "dp", "tambahan", "khusus" or "sementara".
func mayOtherRoll(t string) bool {
	return !isASCII(t) || containsFoldASCII(t, "dp") || containsFoldASCII(t, "tambahan") ||
		containsFoldASCII(t, "khusus") || containsFoldASCII(t, "sementara")
}
