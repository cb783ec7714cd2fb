package parse

import (
	"strings"
	"testing"
)

// twoTabDoc: a caption, then the parts (tables, sentences) as given.
func twoTabDoc(caption string, parts ...string) []string {
	out := []string{"BAB III AKUNTABILITAS KINERJA", "", "C. Realisasi Anggaran", "", caption, ""}
	for _, p := range parts {
		out = append(out, p, "")
	}
	return append(out, "Sumber: Subbagian Keuangan, Umum dan Logistik.", "")
}

// TestTwoTablesClass: one budget's measures typed in two tables keyed by the
// same codes, the pagu in one, the realisasi in the other, joined only where
// each row proves it (pagu − realisasi = sisa, or the stated percent).
func TestTwoTablesClass(t *testing.T) {
	const (
		capt = "Tabel 3.4 Alokasi dan Realisasi Anggaran Tahun 2024"
		say  = "Realisasi atas alokasi di atas, menurut kode yang sama, sebagai berikut:"
	)
	pagu := "Kode\tProgram/Kegiatan\tAlokasi (Rp)\n" +
		"076.01.WA\tProgram Dukungan Manajemen\t2.400.000.000\n" +
		"3355\tPengelolaan Keuangan dan BMN\t1.500.000.000\n" +
		"3360\tOperasional Perkantoran\t900.000.000\n" +
		"076.01.CQ\tProgram Penyelenggaraan Pemilu\t600.000.000\n" +
		"6639\tTeknis Penyelenggaraan Pemilu\t600.000.000\n" +
		"\tTOTAL\t3.000.000.000"
	// the second table without Uraian, its codes written short
	realNoName := "Kode\tRealisasi (Rp)\tSisa (Rp)\t% Serapan\n" +
		"WA\t2.280.000.000\t120.000.000\t95,00\n" +
		"WA.3355\t1.440.000.000\t60.000.000\t96,00\n" +
		"WA.3360\t840.000.000\t60.000.000\t93,33\n" +
		"CQ\t570.000.000\t30.000.000\t95,00\n" +
		"CQ.6639\t570.000.000\t30.000.000\t95,00\n" +
		"Jumlah\t2.850.000.000\t150.000.000\t95,00"
	all := []string{
		"076.01.WA|program||2024|2400000000|2280000000|120000000",
		"3355|kegiatan|076.01.WA|2024|1500000000|1440000000|60000000",
		"3360|kegiatan|076.01.WA|2024|900000000|840000000|60000000",
		"076.01.CQ|program||2024|600000000|570000000|30000000",
		"6639|kegiatan|076.01.CQ|2024|600000000|570000000|30000000",
		"TOTAL|total||2024|3000000000|2850000000|150000000",
	}
	paguOnly := []string{
		"076.01.WA|program||2024|2400000000|<nil>|<nil>",
		"3355|kegiatan|076.01.WA|2024|1500000000|<nil>|<nil>",
		"3360|kegiatan|076.01.WA|2024|900000000|<nil>|<nil>",
		"076.01.CQ|program||2024|600000000|<nil>|<nil>",
		"6639|kegiatan|076.01.CQ|2024|600000000|<nil>|<nil>",
		"TOTAL|total||2024|3000000000|<nil>|<nil>",
	}
	// the realisation first, with names, a percent and no sisa; the
	// allocation after it with a different name column
	realPct := "Kode\tUraian\tRealisasi\tPersentase\n" +
		"076.01.WA\tProgram Dukungan Manajemen\t2.280.000.000\t95,00\n" +
		"3355\tPengelolaan Keuangan dan BMN\t1.440.000.000\t96,00\n" +
		"3360\tOperasional Perkantoran\t840.000.000\t93,33\n" +
		"076.01.CQ\tProgram Penyelenggaraan Pemilu\t570.000.000\t95,00\n" +
		"6639\tTeknis Penyelenggaraan Pemilu\t570.000.000\t95,00\n" +
		"\tJUMLAH\t2.850.000.000\t95,00"
	// only the programs and the total realised in the second table
	realSome := "Kode\tUraian\tRealisasi\tSisa\tSerapan (%)\n" +
		"076.01.WA\tProgram Dukungan Manajemen\t2.280.000.000\t120.000.000\t95,00\n" +
		"076.01.CQ\tProgram Penyelenggaraan Pemilu\t570.000.000\t30.000.000\t95,00\n" +
		"\tJUMLAH\t2.850.000.000\t150.000.000\t95,00"
	some := []string{all[0], paguOnly[1], paguOnly[2], all[3], paguOnly[4], all[5]}
	// one row's sisa disagrees with the allocation: it alone stays pagu only
	realBad := "Kode\tUraian\tRealisasi\tSisa\tSerapan (%)\n" +
		"076.01.WA\tProgram Dukungan Manajemen\t2.280.000.000\t120.000.000\t95,00\n" +
		"3355\tPengelolaan Keuangan dan BMN\t1.440.000.000\t60.000.000\t96,00\n" +
		"3360\tOperasional Perkantoran\t845.000.000\t60.000.000\t93,33\n" +
		"076.01.CQ\tProgram Penyelenggaraan Pemilu\t570.000.000\t30.000.000\t95,00\n" +
		"6639\tTeknis Penyelenggaraan Pemilu\t570.000.000\t30.000.000\t95,00\n" +
		"\tJUMLAH\t2.850.000.000\t150.000.000\t95,00"
	bad := []string{all[0], all[1], paguOnly[2], all[3], all[4], all[5]}
	// a capaian table between the two parts them; the allocation titled
	// Pagu loads alone, as before
	paguDIPA := strings.Replace(pagu, "Alokasi (Rp)", "Pagu DIPA (Rp)", 1)
	capaian := "Tabel 3.5 Capaian Indikator Kinerja\n\nNo\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)\n" +
		"1\tPersentase laporan keuangan tepat waktu\t100\t100\t100,00\n" +
		"2\tIndeks kepuasan layanan\t80\t84\t105,00"
	realFull := "Kode\tUraian\tRealisasi\tSisa\tSerapan (%)\n" +
		"076.01.WA\tProgram Dukungan Manajemen\t2.280.000.000\t120.000.000\t95,00\n" +
		"3355\tPengelolaan Keuangan dan BMN\t1.440.000.000\t60.000.000\t96,00\n" +
		"3360\tOperasional Perkantoran\t840.000.000\t60.000.000\t93,33\n" +
		"076.01.CQ\tProgram Penyelenggaraan Pemilu\t570.000.000\t30.000.000\t95,00\n" +
		"6639\tTeknis Penyelenggaraan Pemilu\t570.000.000\t30.000.000\t95,00\n" +
		"\tJUMLAH\t2.850.000.000\t150.000.000\t95,00"
	// look-alike: the pagu of the next year, the realisation of this one
	// (their figures fit: the years alone part them)
	nextYear := twoTabDoc("Tabel 3.3 Pagu Anggaran Tahun 2025", paguDIPA, "Tabel 3.4 Realisasi Anggaran Tahun 2024", realFull)
	wantNext := []string{
		"076.01.WA|program||2025|2400000000|<nil>|<nil>",
		"3355|kegiatan|076.01.WA|2025|1500000000|<nil>|<nil>",
		"3360|kegiatan|076.01.WA|2025|900000000|<nil>|<nil>",
		"076.01.CQ|program||2025|600000000|<nil>|<nil>",
		"6639|kegiatan|076.01.CQ|2025|600000000|<nil>|<nil>",
		"TOTAL|total||2025|3000000000|<nil>|<nil>",
	}
	// look-alike: the province's realisation after the kabupaten's pagu
	prov := "Kode\tUraian\tRealisasi\tSisa\tSerapan (%)\n" +
		"076.01.WA\tProgram Dukungan Manajemen\t9.120.000.000\t480.000.000\t95,00\n" +
		"076.01.CQ\tProgram Penyelenggaraan Pemilu\t2.850.000.000\t150.000.000\t95,00\n" +
		"\tJUMLAH\t11.970.000.000\t630.000.000\t95,00"
	province := twoTabDoc(capt, paguDIPA, "Sebagai pembanding, realisasi KPU Provinsi Nusa Tenggara Timur menurut program:", prov)
	unnamed := twoTabDoc(capt, paguDIPA, "Realisasi menurut program:", prov)
	// look-alike: an office's stock of forms, four-digit item codes,
	// allocated, used and left
	stock := twoTabDoc("Tabel 3.6 Persediaan Formulir",
		"Kode\tJenis Formulir\tAlokasi\n1101\tFormulir Model A\t1.200\n1102\tFormulir Model B\t800\n\tJumlah\t2.000",
		"Pemakaian sampai akhir tahun:",
		"Kode\tJenis Formulir\tRealisasi\tSisa\n1101\tFormulir Model A\t1.150\t50\n1102\tFormulir Model B\t760\t40\n\tJumlah\t1.910\t90")
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"allocation then realisation without Uraian", twoTabDoc(capt, pagu, say, realNoName), map[string][]string{"anggaran": all}},
		{"realisation first, percent and no sisa", twoTabDoc("Tabel 3.4 Realisasi dan Pagu Anggaran 2024", realPct,
			"Adapun pagu tiap program dan kegiatan setelah revisi:", pagu), map[string][]string{"anggaran": all}}, // the reader works the sisa out
		{"only some codes realised", twoTabDoc(capt, pagu, say, realSome), map[string][]string{"anggaran": some}},
		{"a row against the arithmetic stays pagu only", twoTabDoc(capt, pagu, say, realBad), map[string][]string{"anggaran": bad}},
		{"a capaian table between: no join", twoTabDoc(capt, paguDIPA, capaian, say, realFull), map[string][]string{"anggaran": paguOnly}},
		{"look-alike: the next year's pagu, this year's realisasi", nextYear, map[string][]string{"anggaran": wantNext}},
		{"look-alike: the province's realisasi", province, map[string][]string{"anggaran": paguOnly}},
		{"look-alike: another satker's figures, unnamed", unnamed, map[string][]string{"anggaran": paguOnly}},
		{"look-alike: a stock of forms", stock, nil},
	})
	// what was not joined is said: the row against the arithmetic, the
	// unnamed satker's table once; the province's is parted by its name
	for _, c := range []struct {
		name string
		body []string
		n    int
	}{{"bad row", twoTabDoc(capt, pagu, say, realBad), 1}, {"unnamed", unnamed, 1}, {"province", province, 0}, {"joined", twoTabDoc(capt, pagu, say, realNoName), 0}} {
		n := 0
		for _, f := range parseDoc(t, c.name, c.body...).Findings {
			if f.Aturan == "anggaran.dua_tabel" {
				n++
			}
		}
		if n != c.n {
			t.Errorf("%s: %d findings anggaran.dua_tabel, want %d", c.name, n, c.n)
		}
	}
}
