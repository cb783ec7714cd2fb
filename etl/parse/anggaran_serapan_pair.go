package parse

import (
	"bytes"
	"strings"
)

// serapanPairReal: the amount after the words lw is the realisasi of a
// serapan stated with its pair in parentheses, "serapan 94,35%
// (Rp A dari Rp B)": the percent first, then A of B. The amount B after
// "dari" is then the pagu.
func serapanPairReal(lw, rest string) bool {
	w := strings.TrimSpace(lw)
	if !strings.HasSuffix(w, "(") || !strings.Contains(w, "serapan") || !strings.Contains(w, "%") && !strings.Contains(w, "persen") {
		return false
	}
	r := strings.TrimLeft(rest[:min(len(rest), 16)], " ")
	return asciiPrefixFold(r, "dari rp") || asciiPrefixFold(r, "dari pagu")
}

// serapanPairIn: the lower-cased paragraph may state a serapan with its
// pair ("serapan … (rp a dari rp b)") though it names neither pagu nor
// realisasi.
func serapanPairIn(low []byte) bool {
	return bytes.Contains(low, []byte("serapan")) && bytes.Contains(low, []byte("dari rp"))
}
