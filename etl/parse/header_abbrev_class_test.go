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
