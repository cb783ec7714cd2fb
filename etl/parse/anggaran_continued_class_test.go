package parse

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// TestBudgetContinuedParent: a budget table broken by a page (the page
// number, a form feed, the running head, a continuation caption or none,
// the header again) is one table: the kegiatan at the head of the part
// after the break belong to the last program before it. Made-up offices,
// header words, column orders and captions; the negative cases are parts
// that are not proven the same table (another header, prose between,
// another table's number) or whose program's amounts are not the sum of
// its kegiatan: those kegiatan keep a NULL parent, their amounts loaded.
func TestBudgetContinuedParent(t *testing.T) {
	head := func(satker string, year int) []string {
		return []string{fmt.Sprintf("LAPORAN KINERJA KPU KABUPATEN %s TAHUN %d", satker, year), "",
			"Sekretaris KPU Kabupaten " + strings.Title(strings.ToLower(satker)), ""}
	}
	tab := func(cells ...string) string { return strings.Join(cells, "\t") }
	// A: code after the name, "Anggaran | Realisasi | Sisa | %", "Tabel 3.5 (lanjutan)";
	// the program's kegiatan on both sides of the break
	hdrA := tab("No.", "Uraian", "Kode", "Anggaran", "Realisasi", "Sisa", "%")
	docA := func(waPagu string, cont []string) []string {
		d := head("SUMBA TIMUR", 2023)
		d = append(d, "Realisasi anggaran tahun 2023 menurut program dan kegiatan adalah sebagai berikut.", "",
			"Tabel 3.5 Realisasi Anggaran Tahun 2023", "",
			hdrA,
			tab("1", "Program Dukungan Manajemen", "076.01.WA", waPagu, "2.010.500.000", "89.500.000", "95,74"),
			tab("", "Pengelolaan Keuangan dan", "3355", "1.250.000.000", "1.190.000.000", "60.000.000", "95,20"),
			tab("", "Barang Milik Negara", "", "", "", "", ""), // a long name wrapped: the last line before the break
			"", "14", "\f", "LKj KPU Kabupaten Sumba Timur 2023", "")
		return append(d, cont...)
	}
	contA := func(caption, header string) []string {
		return []string{caption, header,
			tab("", "Operasional Perkantoran", "3360", "850.000.000", "820.500.000", "29.500.000", "96,53"),
			tab("2", "Program Penyelenggaraan Pemilu", "076.01.CQ", "900.000.000", "880.000.000", "20.000.000", "97,78"),
			tab("", "Pembentukan Badan Adhoc", "6867", "900.000.000", "880.000.000", "20.000.000", "97,78"),
			tab("", "Jumlah", "", "3.000.000.000", "2.890.500.000", "109.500.000", "96,35"), ""}
	}
	wantA := func(induk3360 string) []string {
		return []string{"076.01.CQ|", "076.01.WA|", "3355|076.01.WA", "3360|" + induk3360, "6867|076.01.CQ", "TOTAL|"}
	}
	// B: no continuation caption, the header repeated just after the page
	// furniture; "Pagu DIPA | Realisasi | Sisa Anggaran | Serapan (%)"
	hdrB := tab("Kode", "Program / Kegiatan", "Pagu DIPA", "Realisasi", "Sisa Anggaran", "Serapan (%)")
	docB := func() []string {
		d := head("ALOR", 2021)
		return append(d, "Tabel 3.2 Realisasi Anggaran per Program dan Kegiatan", "",
			hdrB,
			tab("076.01.WA", "Program Dukungan Manajemen", "2.000.000.000", "1.900.000.000", "100.000.000", "95,00"),
			tab("3358", "Pengelolaan Sumber Daya Manusia", "2.000.000.000", "1.900.000.000", "100.000.000", "95,00"),
			tab("076.01.CQ", "Program Penyelenggaraan Pemilu dalam", "700.000.000", "690.000.000", "10.000.000", "98,57"),
			tab("", "Proses Konsolidasi Demokrasi", "", "", "", ""),
			"", "- 9 -", "\f",
			hdrB,
			tab("6639", "Teknis Penyelenggaraan Pemilu", "400.000.000", "395.000.000", "5.000.000", "98,75"),
			tab("6709", "Sosialisasi dan Partisipasi Masyarakat", "300.000.000", "295.000.000", "5.000.000", "98,33"),
			tab("", "TOTAL", "2.700.000.000", "2.590.000.000", "110.000.000", "95,93"), "")
	}
	// C: three pages, "Sambungan Tabel 2.1", the program's group going on
	// over the second break
	hdrC := tab("Kode", "Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)")
	docC := func(pagu, real string) []string {
		d := head("BELU", 2020)
		return append(d, "Tabel 2.1: Realisasi Anggaran 2020", "",
			hdrC,
			tab("076.01.CQ", "Program Penyelenggaraan Pemilu dalam", "1.000.000.000", "940.000.000", "60.000.000"),
			tab("", "Proses Konsolidasi Demokrasi", "", "", ""),
			"", "Halaman 7", "\f", "Laporan Kinerja KPU Kabupaten Belu", "",
			"Sambungan Tabel 2.1", hdrC,
			tab("6639", "Teknis Penyelenggaraan", "300.000.000", "280.000.000", "20.000.000"),
			tab("6640", "Penyelenggaraan Pemutakhiran", "200.000.000", "190.000.000", "10.000.000"),
			tab("", "Data Pemilih", "", "", ""),
			"", "Halaman 8", "\f", "Laporan Kinerja KPU Kabupaten Belu", "",
			"Sambungan Tabel 2.1", hdrC,
			tab("6709", "Sosialisasi dan Partisipasi", "250.000.000", "240.000.000", "10.000.000"),
			tab("6867", "Pembentukan Badan Adhoc", pagu, real, "20.000.000"),
			tab("", "Jumlah", "1.000.000.000", "940.000.000", "60.000.000"), "")
	}
	wantC := func(induk string) []string {
		return []string{"076.01.CQ|", "6639|076.01.CQ", "6640|076.01.CQ", "6709|" + induk, "6867|" + induk, "TOTAL|"}
	}
	// D: captions under the tables; the first part, cut by the break before
	// its caption, has none, the part after it "Lanjutan Tabel 4"
	hdrD := tab("Akun", "Program dan Kegiatan", "Terserap", "Belum Terserap", "Anggaran", "Daya Serap")
	docD := func(cqReal string, contHdr string, furniture ...string) []string {
		d := head("LEMBATA", 2022)
		d = append(d, tab("Komponen", "Bobot", "Nilai"), tab("Perencanaan Kinerja", "30,00", "21,50"), "",
			"Tabel 3 - Nilai Komponen SAKIP", "",
			"Realisasi anggaran per program dan kegiatan disajikan berikut ini.", "",
			hdrD,
			tab("076.01.WA", "Program Dukungan Manajemen", "1.900.000.000", "100.000.000", "2.000.000.000", "95,00"),
			tab("3355", "Pengelolaan Keuangan dan Barang Milik Negara", "1.900.000.000", "100.000.000", "2.000.000.000", "95,00"),
			tab("076.01.CQ", "Program Penyelenggaraan Pemilu", cqReal, "25.000.000", "600.000.000", "95,83"),
			"")
		d = append(d, furniture...)
		return append(d, "Lanjutan Tabel 4", contHdr,
			tab("6640", "Penyelenggaraan Pemutakhiran Data Pemilih", "380.000.000", "20.000.000", "400.000.000", "95,00"),
			tab("6709", "Sosialisasi dan Partisipasi Masyarakat", "195.000.000", "5.000.000", "200.000.000", "97,50"),
			tab("", "TOTAL ANGGARAN", "2.475.000.000", "125.000.000", "2.600.000.000", "95,19"), "",
			"Tabel 4 - Realisasi Anggaran Tahun 2022", "")
	}
	furnD := []string{"Lewoleba | 11", "\f", "LKj KPU Lembata 2022", ""}
	wantD := func(induk string) []string {
		return []string{"076.01.CQ|", "076.01.WA|", "3355|076.01.WA", "6640|" + induk, "6709|" + induk, "TOTAL|"}
	}
	prose := "Sebagian besar sisa anggaran berasal dari efisiensi perjalanan dinas dan honorarium badan adhoc yang tidak seluruhnya terpakai pada tahun berjalan ini."
	for _, tc := range []struct {
		name string
		body []string
		want []string
	}{
		{"lanjutan caption, program's kegiatan on both pages", docA("2.100.000.000", contA("Tabel 3.5 (lanjutan)", hdrA)), wantA("076.01.WA")},
		{"Lanjutan before the number", docA("2.100.000.000", contA("Lanjutan Tabel 3.5", hdrA)), wantA("076.01.WA")},
		{"repeated header without a caption", docB(), []string{"076.01.CQ|", "076.01.WA|", "3358|076.01.WA", "6639|076.01.CQ", "6709|076.01.CQ", "TOTAL|"}},
		{"three pages, sambungan", docC("250.000.000", "230.000.000"), wantC("076.01.CQ")},
		{"captions under the tables, the first part uncaptioned", docD("575.000.000", hdrD, furnD...), wantD("076.01.CQ")},
		{"captions under, the continuation's caption alone", docD("575.000.000", hdrD), wantD("076.01.CQ")},
		// negatives: the parent not proven, the amounts still loaded
		{"captions under, the program not the sum", docD("585.000.000", hdrD, furnD...), wantD("")},
		{"captions under, another header after the break", docD("575.000.000",
			tab("Akun", "Program dan Kegiatan", "Anggaran", "Terserap", "Belum Terserap", "Daya Serap"), furnD...), nil},
		{"program not the sum of its kegiatan", docA("2.150.000.000", contA("Tabel 3.5 (lanjutan)", hdrA)), wantA("")},
		{"three pages whose sums fail", docC("260.000.000", "240.000.000"), wantC("")},
		{"another header after the break", docA("2.100.000.000", contA("Tabel 3.5 (lanjutan)",
			tab("No.", "Uraian", "Kode", "Anggaran", "Realisasi", "%", "Sisa"))), nil},
		{"prose between the parts", docA("2.100.000.000", append([]string{prose, ""}, contA("Tabel 3.5 (lanjutan)", hdrA)...)), wantA("")},
		{"another table's number", docA("2.100.000.000", contA("Lanjutan Tabel 3.6", hdrA)), wantA("")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc2(t, tc.name, tc.body)
			var got []string
			for _, a := range d.Anggaran {
				got = append(got, a.Kode+"|"+a.KodeInduk)
			}
			sort.Strings(got)
			if tc.want == nil { // a swapped header: only the kegiatan after the break are asserted
				seen := 0
				for _, g := range got {
					for _, k := range []string{"3360|", "6640|", "6709|"} {
						if strings.HasPrefix(g, k) {
							seen++
							if g != k {
								t.Errorf("%s under another header took a parent: %q", k, got)
							}
						}
					}
				}
				if seen == 0 {
					t.Errorf("no kegiatan after the break read: %q", got)
				}
				return
			}
			wantRows(t, "anggaran kode|induk", got, tc.want)
		})
	}
}
