package parse

import (
	"testing"
)

// TestCapaianSubRowPairs: an indicator stated on a target line and a
// realisation line, a role cell saying which is which, read by the sub-row
// reader (capaian_subrows.go; these cases were written for the two-line
// reader it absorbed).
func TestCapaianSubRowPairs(t *testing.T) {
	runMeasureCases(t, []measureCase{
		{"role column of its own, upper case, a text target, a level heading", []string{
			"Tabel 3.4 Hasil Pengukuran Kinerja Tahun 2024", "",
			"No.\tIndikator\tSatuan\tJenis\tAngka\t% Capaian",
			"\tSasaran Strategis: Meningkatnya partisipasi\t\t\t\t",
			"1.\t" + indKIP + "\tIndeks\tTARGET\t72\t",
			"\t\t\tREALISASI\t75,60\t105,00",
			"2.\t" + indPart + "\t%\tTARGET\t77,5\t",
			"\t\t\tREALISASI\t71,30\t92,00",
			"3.\t" + indAKIP + "\tPredikat\tTARGET\tBB\t",
			"\t\t\tREALISASI\tBB\t100"},
			[]capWant{{indKIP, "72", "75,60", "105,00", ""}, {indPart, "77,5", "71,30", "92,00", ""},
				{indAKIP, "BB", "BB", "100", ""}}, nil, false},
		{"Realisasi first, Rencana for the target, the second line repeating the name", []string{
			"Tabel 3.2 Pengukuran Kinerja Tahun 2024", "",
			"No\tIndikator Kinerja\tBaris\tNilai\tCapaian",
			"1\t" + indData + "\tRealisasi\t98,00\t98,00%",
			"1\t" + indData + "\tRencana\t100\t",
			"2\t" + indBPK + "\tRealisasi\tWTP\t100%",
			"\t\tRencana\tWTP\t"},
			[]capWant{{indData, "100", "98,00", "98,00%", ""}, {indBPK, "WTP", "WTP", "100%", ""}}, nil, false},
		{"the role word at the tail of the name cell", []string{
			"Tabel 3.1 Capaian Indikator Kinerja 2024", "",
			"No\tIndikator Kinerja\tSatuan\tNilai\tCapaian (%)",
			"1\t" + indArsip + " (Target)\t%\t60\t",
			"\tRealisasi\t\t66,00\t110,00",
			"2\t" + indKomp + " - target\t%\t75\t",
			"\tRealisasi\t\t70,50\t94,00"},
			[]capWant{{indArsip, "60", "66,00", "110,00", ""}, {indKomp, "75", "70,50", "94,00", ""}}, nil, false},
		{"look-alike: two numbered indicators each with a name, no pair: nothing of one on the other", []string{
			"Tabel 3.1 Capaian Kinerja 2024", "",
			"No\tIndikator Kinerja\tSatuan\tUraian\tNilai\tCapaian (%)",
			"1\t" + indKIP + "\tIndeks\tTarget\t70\t",
			"2\t" + indPart + "\t%\tRealisasi\t80,10\t104,00"},
			nil, nil, false},
		{"look-alike: the ordinary wide layout, Target and Realisasi columns, a wrapped name with the figures on its second line", []string{
			"Tabel 3.1 Capaian Kinerja 2024", "",
			"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
			"1\tPersentase tersedianya sarana dan prasarana untuk\t\t\t",
			"\tmemenuhi kebutuhan kerja Pegawai yang berfungsi dengan baik\t80%\t84,71%\t105,89",
			"2\t" + indKIP + "\t65\t70,15\t107,92"},
			[]capWant{{indSarpr, "80%", "84,71%", "105,89", ""}, {indKIP, "65", "70,15", "107,92", ""}}, nil, false},
	})
	// the pair read, never its lines crossed: no row holds one
	// indicator's target with another's realisation
	d := parseDoc(t, "crossed", "Tabel 3.1 Capaian Kinerja 2024", "",
		"No\tIndikator Kinerja\tSatuan\tUraian\tNilai\tCapaian (%)",
		"1\t"+indKIP+"\tIndeks\tTarget\t70\t",
		"2\t"+indPart+"\t%\tRealisasi\t80,10\t104,00")
	for _, c := range d.Capaian {
		if c.TargetTeks == "70" && c.RealisasiTeks == "80,10" {
			t.Errorf("crossed: %q took a target and a realisation of two indicators", c.Indikator)
		}
	}
	// a budget table with a Realisasi line under its pagu line loads no capaian
	d = parseDoc(t, "budget", "Tabel 3.9 Realisasi Anggaran Tahun 2024", "",
		"No\tUraian\tKeterangan\tJumlah (Rp)",
		"1\tBelanja Pegawai\tPagu\t1.250.000.000",
		"\t\tRealisasi\t1.180.500.000",
		"2\tBelanja Barang\tPagu\t800.000.000",
		"\t\tRealisasi\t760.000.000")
	if len(d.Capaian) != 0 {
		t.Errorf("budget: %d capaian rows from a budget table", len(d.Capaian))
	}
}
