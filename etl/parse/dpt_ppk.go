package parse

import "strings"

// A DPT table whose kecamatan column is titled by the committee that keeps
// the kecamatan's roll:
//
//	No  Nama PPK  Kelurahan  TPS  L  P  L+P
//	1   ALAK      12         130  22.735  22.094  44.829
//
// A PPK (Panitia Pemilihan Kecamatan) works in one kecamatan and bears its
// name, so the column holds the kecamatan's names and the table is read at
// that level. Only the committee's name or the bare "PPK" title counts: a
// count of committees or of their members ("Jumlah PPK", "Anggota PPK") is
// no name.

// ppkNameTitle reports a title naming the kecamatan committee (k folded,
// spaced).
func ppkNameTitle(k string) bool {
	if !has(k, "ppk") {
		return false
	}
	return has(k, "nama") || strings.TrimSpace(k) == "ppk"
}
