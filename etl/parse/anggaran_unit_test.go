package parse

import "testing"

// TestBudgetUnitClasses: the unit of a budget table's amounts, stated by
// its caption, its header or the paragraph introducing it, in words or as
// zero groups, Indonesian or English. An amount in those texts is no unit
// statement; two different units load nothing; a table that states no
// unit and whose program and total lines are too small to be whole rupiah
// loads nothing (its amounts are in a unit it does not name), unless it
// says they are whole rupiah.
func TestBudgetUnitClasses(t *testing.T) {
	const row = "WA\tProgram Dukungan Manajemen\t4.605.282\t4.531.661\t73.621\t98,40"
	const hdr = "Kode\tUraian\tPagu\tRealisasi\tSisa\t%"
	tests := []struct {
		name   string
		before []string // paragraphs before the caption
		cap    string   // appended to the caption
		hdr    string
		pagu   int64 // 0: nothing loaded
		rule   string
	}{
		{"ribuan after Rp", nil, " (dalam Rp ribuan)", hdr, 4605282000, ""},
		{"Rp'000", nil, " (Rp'000)", hdr, 4605282000, ""},
		{"x Rp1.000", nil, " (x Rp1.000)", hdr, 4605282000, ""},
		{"Rp x 1.000", nil, " (Rp x 1.000)", hdr, 4605282000, ""},
		{"ribu Rp after the year", nil, " (ribu Rp)", hdr, 4605282000, ""},
		{"bare (000) after the year", nil, " (000)", hdr, 4605282000, ""},
		{"English thousands", nil, " (in thousand rupiah)", hdr, 4605282000, ""},
		{"IDR '000", nil, " (IDR '000)", hdr, 4605282000, ""},
		{"English millions", nil, " (in millions of rupiah)", hdr, 4605282000000, ""},
		{"juta Rp", nil, " (juta Rp)", hdr, 4605282000000, ""},
		{"unit in a header cell", nil, "", "Kode\tUraian\tPagu (Rp 000)\tRealisasi (Rp 000)\tSisa (Rp 000)\t%", 4605282000, ""},
		{"intro sentence ending with a period", []string{"Angka pada tabel berikut disajikan dalam ribuan rupiah."}, "", hdr, 4605282000, ""},
		{"intro sentence ending with a colon", []string{"Rinciannya (dalam ribuan rupiah):"}, "", hdr, 4605282000, ""},
		{"two units", nil, " (dalam ribuan rupiah)", "Kode\tUraian\tPagu (Rp juta)\tRealisasi\tSisa\t%", 0, "anggaran.satuan_ganda"},
		{"an amount in miliar before the table is no unit", []string{"Pagu tahun 2022 sebesar 4,6 miliar rupiah dengan rincian sebagai berikut:"}, "", hdr, 0, "anggaran.satuan_tidak_jelas"},
		{"an amount with zero groups is no unit", []string{"Pagu tahun 2022 sebesar Rp 1.000.000.000 dengan rincian sebagai berikut:"}, "", hdr, 0, "anggaran.satuan_tidak_jelas"},
		{"no unit, too small for rupiah", nil, "", hdr, 0, "anggaran.satuan_tidak_jelas"},
		{"says whole rupiah", nil, "", "Kode\tUraian\tPagu (Rp)\tRealisasi (Rp)\tSisa (Rp)\t%", 4605282, ""},
	}
	for _, tc := range tests {
		body := []string{}
		for _, s := range tc.before {
			body = append(body, s, "")
		}
		body = append(body, "Tabel 3.5 Realisasi Anggaran Tahun 2022"+tc.cap, "", tc.hdr, row)
		d := parseDoc(t, tc.name, body...)
		var got int64
		for _, a := range d.Anggaran {
			if a.Kode == "076.01.WA" {
				got = i64(a.Pagu)
			}
		}
		if got != tc.pagu {
			t.Errorf("%s: pagu %d, want %d", tc.name, got, tc.pagu)
		}
		if tc.rule != "" && !hasRule(d, tc.rule) {
			t.Errorf("%s: no finding %s in %+v", tc.name, tc.rule, d.Findings)
		}
	}
}

// TestStatedUnit: the words and numbers that state a unit, and those that
// state an amount.
func TestStatedUnit(t *testing.T) {
	tests := map[string]string{
		"(dalam ribuan rupiah)":             "ribu",
		"Pagu (Rp. 000)":                    "ribu",
		"(Rp 000.000)":                      "juta",
		"Rp 1.000.500.000":                  "",
		"sebesar Rp 1.000.000.000 dengan":   "",
		"(Rp 1.000)":                        "ribu",
		"16 482 350 000":                    "",
		"sebesar 3,2 miliar rupiah":         "",
		"1.000 pemilih":                     "",
		"(ribuan)":                          "ribu",
		"Tahun 2022 (ribuan)":               "ribu",
		"(dalam ribuan) dan (dalam jutaan)": "?",
		"Realisasi Anggaran Tahun 2022":     "",
	}
	for in, want := range tests {
		if got := statedUnit(in); got != want {
			t.Errorf("statedUnit(%q) = %q, want %q", in, got, want)
		}
	}
}
