package parse

import "testing"

// TestDPTRecordsPerArea: a DPT written as one record of "key : value"
// lines per kecamatan, each its own paragraph ("Kecamatan : Paga", then
// its counts), and a last record for the kabupaten: each kecamatan record
// is that kecamatan's row, never the satker's own totals; the record
// naming no area is the kabupaten's.
func TestDPTRecordsPerArea(t *testing.T) {
	rec := func(first, desa, tps, l, p, lp string) []string {
		return []string{first, "Jumlah Desa/Kelurahan : " + desa, "Jumlah TPS : " + tps, "Pemilih Laki-laki : " + l,
			"Pemilih Perempuan : " + p, "Jumlah Pemilih : " + lp, ""}
	}
	body := []string{"DPT Pemilu Tahun 2019 hasil perbaikan kedua per kecamatan adalah sebagai berikut.", ""}
	body = append(body, rec("Kecamatan : Paga", "17", "54", "4.081", "4.005", "8.086")...)
	body = append(body, rec("Kecamatan : Mego", "6", "42", "3.853", "3.821", "7.674")...)
	body = append(body, rec("Kabupaten Sikka", "23", "96", "7.934", "7.826", "15.760")...)
	checkDocs(t, []string{"dpt"}, []docCase{{"a record per kecamatan, the kabupaten's last", body,
		map[string][]string{"dpt": {"pemilu|2019|kecamatan|PAGA|17|54|4081|4005|8086", "pemilu|2019|kecamatan|MEGO|6|42|3853|3821|7674",
			"pemilu|2019|kabupaten|Kabupaten Sikka|23|96|7934|7826|15760"}}}})
}
