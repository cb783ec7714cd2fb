package parse

import "testing"

// TestProseDPTSentences: a paragraph stating another roll before the DPT
// loads the DPT's figures, and a governor election named with the province
// is still the reporting kabupaten's DPT.
func TestProseDPTSentences(t *testing.T) {
	for _, tc := range []struct {
		body     string
		pem      string
		year     int
		total, l int64
	}{
		{"Jumlah Data Pemilih Berkelanjutan semester II tahun 2022 sebanyak 186,514 pemilih. Sebagai pembanding, DPT Pemilu 2019 Kabupaten Sikka berjumlah 170,505 pemilih terdiri atas 83,172 laki-laki dan 87,333 perempuan di 697 TPS.",
			"pemilu", 2019, 170505, 83172},
		{"Sebagai pembanding, DPT Pemilihan Gubernur dan Wakil Gubernur NTT Tahun 2018 di Kabupaten Sikka berjumlah 177.243 pemilih (86.988 laki-laki dan 90.255 perempuan) pada 511 TPS.",
			"pilkada", 2018, 177243, 86988},
	} {
		d := parseDoc(t, "dpt", tc.body)
		found := false
		for _, r := range d.DPT {
			if r.Pemilihan == tc.pem && r.Tahun == tc.year {
				found = true
				if r.PemilihTotal == nil || *r.PemilihTotal != tc.total || r.PemilihL == nil || *r.PemilihL != tc.l {
					t.Errorf("%s %d: total %v L %v, want %d %d", tc.pem, tc.year, fmtI(r.PemilihTotal), fmtI(r.PemilihL), tc.total, tc.l)
				}
			} else if r.PemilihTotal != nil && *r.PemilihTotal == 186514 {
				t.Errorf("the continuous voter data loaded as a DPT: %+v", r)
			}
		}
		if !found {
			t.Errorf("no DPT %s %d: %+v", tc.pem, tc.year, d.DPT)
		}
	}
}

// TestDPTCountsAfterTable: the sentence after a DPT table completes its
// total row with the TPS and village counts the table leaves out.
func TestDPTCountsAfterTable(t *testing.T) {
	d := parseDoc(t, "dpt", "Tabel 3.5 DPT Pemilu 2024 Kabupaten Sikka", "",
		"NO\tKECAMATAN\tL\tP\tL+P",
		"1\tPAGA\t4.081\t4.005\t8.086",
		"2\tMEGO\t3.853\t3.821\t7.674",
		"\tJUMLAH\t7.934\t7.826\t15.760",
		"", "DPT tersebut tersebar pada 58 TPS di 21 desa/kelurahan.")
	for _, r := range d.DPT {
		if r.TingkatWilayah == "kabupaten" {
			if r.JumlahTPS == nil || *r.JumlahTPS != 58 || r.JumlahDesa == nil || *r.JumlahDesa != 21 {
				t.Errorf("kabupaten row TPS %v desa %v, want 58 and 21", fmtI(r.JumlahTPS), fmtI(r.JumlahDesa))
			}
			return
		}
	}
	t.Errorf("no kabupaten row: %+v", d.DPT)
}
