package parse

import "testing"

// TestBudgetRecordsCarryProgram: budget lines written one key:value record
// each, one after the other: a kegiatan's program is the last program
// record above it; text between two records ends the carry (the kegiatan
// after it has no proven program).
func TestBudgetRecordsCarryProgram(t *testing.T) {
	rec := func(kode, uraian, pagu, real string) []string {
		return []string{"Kode : " + kode, "Uraian : " + uraian, "Pagu : Rp " + pagu, "Realisasi : Rp " + real, ""}
	}
	doc := func(between ...string) (body []string) {
		body = append(body, "C. Realisasi Anggaran", "")
		body = append(body, rec("076.01.WA", "Program Dukungan Manajemen", "2.639.955.000", "2.525.483.671")...)
		body = append(body, between...)
		body = append(body, rec("3355", "Pengelolaan Keuangan dan Barang Milik Negara", "945.543.000", "900.522.408")...)
		return body
	}
	const wa = "076.01.WA|program||2024|2639955000|2525483671|114471329"
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"records one after the other", doc(), map[string][]string{"anggaran": {wa, "3355|kegiatan|076.01.WA|2024|945543000|900522408|45020592"}}},
		{"a sentence between the records", doc("Rincian kegiatan program tersebut adalah sebagai berikut.", ""),
			map[string][]string{"anggaran": {wa, "3355|kegiatan||2024|945543000|900522408|45020592"}}},
	})
}
