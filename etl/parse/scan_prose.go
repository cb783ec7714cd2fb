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
// would answer for each.
func proseWords(low []byte) uint32 {
	var w uint32
	for i := 0; i < len(low); i++ {
		switch low[i] {
		case 'r':
			switch {
			case hasAtB(low, i, "rp"):
				w |= pwRp
			case hasAtB(low, i, "realisasi"):
				w |= pwRealisasi
			case hasAtB(low, i, "revisi"):
				w |= pwRevisi
			case hasAtB(low, i, "reformasi"):
				w |= pwReformasi
			}
		case 'p':
			switch {
			case hasAtB(low, i, "pagu"):
				w |= pwPagu
			case hasAtB(low, i, "pemilih"):
				w |= pwPemilih
				if hasAtB(low, i, "pemilih tetap") {
					w |= pwPemilihTetap
				}
			}
		case 'a':
			switch {
			case hasAtB(low, i, "alokasi"):
				w |= pwAlokasi
			case hasAtB(low, i, "akuntabilitas"):
				w |= pwAkuntabilitas
			case hasAtB(low, i, "akip"):
				w |= pwAkip
			case hasAtB(low, i, "anggaran"):
				w |= pwAnggaran
			}
		case 'd':
			switch {
			case hasAtB(low, i, "dipa"):
				w |= pwDipa
			case hasAtB(low, i, "dpt"):
				w |= pwDPT
			}
		case 'b':
			if hasAtB(low, i, "bobot") {
				w |= pwBobot
			}
		case 'k':
			if hasAtB(low, i, "kecamatan") {
				w |= pwKecamatan
			}
		case ' ':
			if hasAtB(low, i, " rb ") {
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
