package parse

import "strings"

// Some offices drop the Satuan column and write each indicator's unit in
// brackets at the end of its name, the header saying so ("Indikator Kinerja
// (Satuan)"):
//
//	No  Indikator Kinerja (Satuan)                               Target  Realisasi  Capaian (%)
//	5   Nilai Evaluasi atas Akuntabilitas Kinerja KPU (Predikat)  B       B          100,00
//	6   Opini BPK atas Laporan Keuangan (Opini)                   WTP     WTP        100,00
//
// The bracket is the unit, not part of the indicator's name: left on, the
// same indicator would be keyed apart from its other reports. Only a word
// that names a unit counts; a bracketed abbreviation ("(TPS)", "(SK)",
// "(IKM)") or qualifier ("(Pemilu 2024)") spells out the name and stays.

// nameUnits are the bracketed words read as an indicator's unit, with the
// contract's unit each stands for.
var nameUnits = map[string]string{
	"%": "persen", "persen": "persen", "persentase": "persen",
	"predikat": "predikat", "opini": "opini",
	"nilai": "nilai", "indeks": "nilai", "skor": "nilai",
	"dokumen": "dokumen", "laporan": "laporan", "kali": "kali", "orang": "orang",
	"kegiatan": "kegiatan", "paket": "paket", "unit": "unit", "buah": "unit",
	"hari": "hari", "bulan": "bulan",
}

// nameUnit splits a trailing bracketed unit off an indicator's name:
// "Opini BPK atas Laporan Keuangan (Opini)" → "Opini BPK atas Laporan
// Keuangan", "opini". ok is false, and name the input, when the name does
// not end so.
func nameUnit(ind string) (name, unit string, ok bool) {
	s := strings.TrimRight(ind, " ")
	if len(s) < 4 || s[len(s)-1] != ')' {
		return ind, "", false
	}
	open := strings.LastIndexByte(s, '(')
	if open <= 0 || s[open-1] != ' ' {
		return ind, "", false
	}
	u, found := nameUnits[strings.ToLower(strings.TrimSpace(s[open+1:len(s)-1]))]
	rest := strings.TrimRight(s[:open], " ")
	if !found || !hasLetter(rest) || strings.IndexByte(rest, '(') > strings.LastIndexByte(rest, ')') {
		return ind, "", false // no unit, or the bracket closes one opened earlier in the name
	}
	return rest, u, true
}
