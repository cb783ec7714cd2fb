package parse

import "strings"

// A DPT sentence may state the laki-laki and perempuan counts before the
// total: "DPT Pemilu 2019 Kabupaten Sikka: 62.569 laki-laki dan 64.111
// perempuan, jumlah 126.680 pemilih pada 549 TPS". The total's verb
// ("jumlah", "seluruhnya") is none the total patterns know, and the
// counts L + P are not after it, so nothing proved it and the sentence was
// passed over. The proof is the same in either order: L and P, stated in
// the sentence of the count, make it. A sentence naming a kecamatan or a
// desa states a part of the satker, never its own roll, and is left.

// sexesBefore is the offset of the sentence of t holding the count at i
// (written tot) when the laki-laki and perempuan counts stated in it
// before the count make it, else -1.
func sexesBefore(t string, i int, tot string) int {
	from := 0
	if k := strings.LastIndex(t[:i], ". "); k >= 0 {
		from = k + 2
	}
	lead := t[from:i]
	if containsFoldASCII(lead, "kecamatan") || containsFoldASCII(lead, "desa ") || containsFoldASCII(lead, "kelurahan ") {
		return -1
	}
	// both counts stand in the lead: the first of each, read from the
	// sentence start, is the one the row loads
	l, pp := reDPTL.FindStringIndex(t[from:i]), reDPTP.FindStringIndex(t[from:i])
	if l == nil || pp == nil || !sexesMake(t[from:], tot) {
		return -1
	}
	return from
}
