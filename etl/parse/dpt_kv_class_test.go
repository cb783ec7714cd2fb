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

// TestDPTRecordsAsCodeLiterals: records printed by a database console or a
// script as object literals ("kecamatan: 'PAGA',", "desa: 17,") — the
// quotes and the commas that part the fields are no part of the name or
// the figure: the kecamatan is PAGA, never "'PAGA',".
func TestDPTRecordsAsCodeLiterals(t *testing.T) {
	obj := func(q, name, desa, tps, l, p, lp string) []string {
		return []string{"  {", "    kecamatan: " + q + name + q + ",", "    desa: " + desa + ",", "    tps: " + tps + ",",
			"    laki: " + l + ",", "    perempuan: " + p + ",", "    jumlah: " + lp, "  },"}
	}
	for _, q := range []string{"'", `"`} {
		body := []string{"DPT Pemilu Tahun 2019 per kecamatan, keluaran konsol basis data:", "", "> db.dpt.find()", "["}
		body = append(body, obj(q, "PAGA", "17", "54", "4081", "4005", "8086")...)
		body = append(body, obj(q, "MEGO", "6", "42", "3853", "3821", "7674")...)
		body = append(body, "]", "")
		checkDocs(t, []string{"dpt"}, []docCase{{"object literals quoted with " + q, body,
			map[string][]string{"dpt": {"pemilu|2019|kecamatan|PAGA|17|54|4081|4005|8086", "pemilu|2019|kecamatan|MEGO|6|42|3853|3821|7674"}}}})
	}
}

func TestLiteralValue(t *testing.T) {
	for _, c := range [][2]string{
		{"'AESESA',", "AESESA"}, {`"Aesesa Selatan"`, "Aesesa Selatan"}, {"21,", "21"}, {"6794", "6794"},
		{"Kupang,", "Kupang,"}, {"'it''s'", "'it''s'"}, {"Rp 1.000.000,-", "Rp 1.000.000,-"}, {"'", "'"},
	} {
		if got := literalValue(c[0]); got != c[1] {
			t.Errorf("literalValue(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}
