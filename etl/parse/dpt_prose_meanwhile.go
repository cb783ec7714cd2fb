package parse

import "bytes"

// meanwhileOnly: every "sementara" in before is the connective "sementara
// itu" (meanwhile), which opens a sentence on another matter; it names no
// roll, unlike the Daftar Pemilih Sementara. Any other word of otherRolls,
// or a "sementara" standing alone, still marks another roll.
func meanwhileOnly(before []byte, w string) bool {
	if w != "sementara" {
		return false
	}
	for off := 0; ; {
		k := bytes.Index(before[off:], []byte(w))
		if k < 0 {
			return true
		}
		k += off + len(w)
		if !bytes.HasPrefix(before[k:], []byte(" itu")) {
			return false
		}
		off = k
	}
}
