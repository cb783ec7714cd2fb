package parse

import (
	"fmt"
	"testing"
)

// TestUnitHeaderAbbreviated: a capaian table's unit column headed "Sat."
// or "Stn" (made-up figures) is the unit column: a "Nilai …" indicator
// whose cell says "%" is in persen, not in the "nilai" its name suggests.
func TestUnitHeaderAbbreviated(t *testing.T) {
	const rb = "Nilai Evaluasi atas Pelaksanaan Reformasi Birokrasi"
	for _, head := range []string{"Sat.", "Stn", "Satuan"} {
		t.Run(head, func(t *testing.T) {
			d := parseDoc(t, head, "Tabel 3.1 Pengukuran Kinerja Tahun 2023", "",
				"No.\tIndikator\tTarget\tCapaian (%)\tRealisasi\t"+head,
				"1\t"+rb+"\t60,00\t97,50\t58,50\t%",
				"2\tNilai Evaluasi atas Akuntabilitas Kinerja\tB\t100,00\tB\tPredikat")
			var got []string
			for _, c := range d.Capaian {
				got = append(got, fmt.Sprintf("%s|%s|%s|%s", c.Indikator, nv(c.TargetNilai), nv(c.RealisasiNilai), c.Satuan))
			}
			wantRows(t, "capaian", got, []string{rb + "|60|58.5|persen", "Nilai Evaluasi atas Akuntabilitas Kinerja|<nil>|<nil>|predikat"})
		})
	}
}

// TestBudgetDIPAHeader: a budget table whose pagu column is headed "DIPA
// (Rp)" beside Realisasi and "Sisa DIPA" is a budget table (made-up
// figures).
func TestBudgetDIPAHeader(t *testing.T) {
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"DIPA column", []string{"Tabel 3.3 Realisasi Anggaran Tahun 2023", "",
			"Kode\tProgram/Kegiatan\tDIPA (Rp)\tRealisasi (Rp)\tSisa DIPA (Rp)\tReal. %",
			"076.01.WA\tProgram Dukungan Manajemen\t2.000.000.000\t1.900.000.000\t100.000.000\t95,00",
			"\tTOTAL\t2.000.000.000\t1.900.000.000\t100.000.000\t95,00"},
			map[string][]string{"anggaran": {"076.01.WA|program||2023|2000000000|1900000000|100000000", "TOTAL|total||2023|2000000000|1900000000|100000000"}}},
	})
}

// TestIndicatorHeaderShortened: a capaian table whose indicator column is
// headed "Kinerja Utama" or "IKU" (Indikator Kinerja Utama shortened),
// beside shortened measure titles ("Trgt", "Tgt", "Tar.", "Real."), is a capaian
// table (made-up figures, other satkers' orders).
func TestIndicatorHeaderShortened(t *testing.T) {
	const a, b = "Persentase Pemilih yang Terdaftar Tepat Waktu", "Opini BPK atas Laporan Keuangan"
	for _, tc := range []struct{ name, head, row1, row2 string }{
		{"kinerja utama", "No\tKinerja Utama\tSat.\tTrgt\tReal.\tCapaian",
			"1\t" + a + "\t%\t90,00\t94,50\t105,00", "2\t" + b + "\tOpini\tWTP\tWTP\t100,00"},
		{"iku, realisasi first", "No.\tIKU\tReal\tTgt\tCapaian (%)\tStn",
			"1\t" + a + "\t94,50\t90,00\t105,00\t%", "2\t" + b + "\tWTP\tWTP\t100,00\tOpini"},
		{"kinerja utama in capitals", "NO\tKINERJA UTAMA\tSATUAN\tTGT\tREAL\tCAPAIAN",
			"1\t" + a + "\t%\t90,00\t94,50\t105,00", "2\t" + b + "\tOpini\tWTP\tWTP\t100,00"},
		{"indikator sasaran, Tar. and Real.", "No\tIndikator Sasaran\tSatuan\tTar.\tReal.\tCapaian",
			"1\t" + a + "\t%\t90,00\t94,50\t105,00", "2\t" + b + "\tOpini\tWTP\tWTP\t100,00"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, "Tabel 3.1 | Pengukuran Kinerja Tahun 2023", "", tc.head, tc.row1, tc.row2)
			var got []string
			for _, c := range d.Capaian {
				got = append(got, fmt.Sprintf("%s|%s|%s|%s", c.Indikator, nv(c.TargetNilai), nv(c.RealisasiNilai), c.Satuan))
			}
			wantRows(t, "capaian", got, []string{a + "|90|94.5|persen", b + "|<nil>|<nil>|opini"})
		})
	}
	// look-alike: a "Kinerja Utama" list of plans without any measure
	// column is no capaian table
	d := parseDoc(t, "plans", "Tabel 2.1 Rencana Kinerja Utama", "",
		"No\tKinerja Utama\tProgram\tPenanggung Jawab",
		"1\t"+a+"\tProgram Dukungan Manajemen\tSubbagian Program")
	if len(d.Capaian) != 0 {
		t.Errorf("a plan list gave capaian rows: %+v", d.Capaian)
	}
}
