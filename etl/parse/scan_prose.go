package parse

// The family words prose() looks for in a lower-cased paragraph, found in
// one pass instead of up to seventeen bytes.Contains calls.
const (
	pwRp uint32 = 1 << iota
	pwPagu
	pwRealisasi
	pwAlokasi
	pwRevisi
	pwDipa
	pwAkuntabilitas
	pwAkip
	pwBobot
	pwReformasi
	pwPemilih
	pwDPT
	pwPemilihTetap
	pwKecamatan
	pwAnggaran
	pwRB // " rb "
)

// proseWords is the set of family words low holds, as bytes.Contains
// would answer for each. Every word is two bytes or more and the words
// sharing a first byte differ in their second (or, for "ak", their
// third), so the second byte picks the one word to compare.
func proseWords(low []byte) uint32 {
	var w uint32
	for i := 0; i+1 < len(low); i++ {
		switch low[i] {
		case 'r':
			switch low[i+1] {
			case 'p':
				w |= pwRp
			case 'e':
				switch {
				case hasAtB(low, i, "realisasi"):
					w |= pwRealisasi
				case hasAtB(low, i, "revisi"):
					w |= pwRevisi
				case hasAtB(low, i, "reformasi"):
					w |= pwReformasi
				}
			}
		case 'p':
			switch low[i+1] {
			case 'a':
				if hasAtB(low, i, "pagu") {
					w |= pwPagu
				}
			case 'e':
				if hasAtB(low, i, "pemilih") {
					w |= pwPemilih
					if hasAtB(low, i, "pemilih tetap") {
						w |= pwPemilihTetap
					}
				}
			}
		case 'a':
			switch low[i+1] {
			case 'l':
				if hasAtB(low, i, "alokasi") {
					w |= pwAlokasi
				}
			case 'k':
				switch {
				case hasAtB(low, i, "akuntabilitas"):
					w |= pwAkuntabilitas
				case hasAtB(low, i, "akip"):
					w |= pwAkip
				}
			case 'n':
				if hasAtB(low, i, "anggaran") {
					w |= pwAnggaran
				}
			}
		case 'd':
			switch low[i+1] {
			case 'i':
				if hasAtB(low, i, "dipa") {
					w |= pwDipa
				}
			case 'p':
				if hasAtB(low, i, "dpt") {
					w |= pwDPT
				}
			}
		case 'b':
			if low[i+1] == 'o' && hasAtB(low, i, "bobot") {
				w |= pwBobot
			}
		case 'k':
			if low[i+1] == 'e' && hasAtB(low, i, "kecamatan") {
				w |= pwKecamatan
			}
		case ' ':
			if low[i+1] == 'r' && hasAtB(low, i, " rb ") {
				w |= pwRB
			}
		}
	}
	return w
}

// hasAtB: b holds w at byte i.
func hasAtB(b []byte, i int, w string) bool {
	return len(b)-i >= len(w) && string(b[i:i+len(w)]) == w
}
