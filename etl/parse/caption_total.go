package parse

import "strings"

// A budget table without a total row whose caption states the total:
//
//	Tabel 3.3 Realisasi Anggaran Tahun 2019 (jumlah pagu Rp21.946.500.000, realisasi Rp21.488.216.703 atau 97,91%)
//
// A caption is no prose (its figures are usually a table's year or unit),
// so the total was lost. A bracket in a table's caption that states rupiah
// amounts after the words pagu or realisasi is a sentence about the table:
// it is read as prose, and settled against the table like the sentence
// other reports write under it. So is a DPT table's caption stating the
// kabupaten's figures in a bracket instead of a kabupaten row:
//
//	Tabel 3.4 Rekapitulasi DPT Pemilu 2019 per Kecamatan (jumlah Kabupaten Lembata: 151 desa/kelurahan, 394 TPS, … 89.850 pemilih)
//
// read with the words before the bracket, which name the election and its
// year, as a sentence after it.

// captionStatedTotal is the bracketed statement of a budget total or a
// DPT in a table caption t, or "".
func captionStatedTotal(t string) string {
	rp := strings.Contains(t, "Rp")
	if !rp && !strings.Contains(t, " pemilih") || !reCaptionLabel.MatchString(t) { // the byte tests first: it runs on every caption
		return ""
	}
	for from := 0; ; {
		i := strings.IndexByte(t[from:], '(')
		if i < 0 {
			return ""
		}
		i += from
		j := strings.IndexByte(t[i:], ')')
		if j < 0 {
			return ""
		}
		inner := t[i+1 : i+j]
		low := strings.ToLower(inner)
		if rp && strings.Contains(inner, "Rp") && (strings.Contains(low, "pagu") || strings.Contains(low, "realisasi")) {
			return inner
		}
		if strings.Contains(low, " pemilih") && hasDigitStr(inner) {
			// its own sentence: "per Kecamatan" before it is no part of the count's
			return inner + ". " + strings.TrimSpace(t[:i]) + "."
		}
		from = i + j + 1
	}
}
