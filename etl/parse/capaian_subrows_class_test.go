package parse

import (
	"testing"
)

// TestSubRowsOneReader: the layouts the sub-row reader took over from the
// two-line reader (capaian_subrows.go): a capaian column beside the value,
// a Rencana label, labels at the tail of the indicator cell, a pair under
// one repeated number and name; and the look-alikes it must not read.
func TestSubRowsOneReader(t *testing.T) {
	runMeasureCases(t, []measureCase{
		{"Rencana over Realisasi, a unit right of the value, the capaian in its own column", []string{
			"Tabel 3.5 Capaian Sasaran Tahun 2023", "",
			"No.\tIndikator Kinerja Utama\tKomponen\tAngka\tSatuan\tCapaian (%)",
			"1.\t" + indPart + "\tRencana\t78\t%\t",
			"\t\tRealisasi\t81,90\t%\t105,00",
			"2.\t" + indData + "\tRencana\t100\t%\t",
			"\t\tRealisasi\t100\t%\t100,00"},
			[]capWant{{indPart, "78", "81,90", "105,00", ""}, {indData, "100", "100", "100,00", ""}}, nil, false},
		{"no number column, the realisation line first, the capaian on it", []string{
			"Tabel 3.2 Pengukuran Kinerja 2023", "",
			"Indikator Kinerja\tUraian\tNilai\tCapaian (%)",
			indKIP + "\tRealisasi\t80\t95,24",
			"\tTarget\t84\t"},
			[]capWant{{indKIP, "84", "80", "95,24", ""}}, nil, false},
		{"the label at the tail of the indicator cell, Rencana after a dash", []string{
			"Tabel 3.1 Capaian Indikator 2023", "",
			"No\tIndikator Kinerja\tSatuan\tNilai\tCapaian (%)",
			"1\t" + indKomp + " - Rencana\t%\t70\t",
			"\tRealisasi\t\t72,80\t104,00"},
			[]capWant{{indKomp, "70", "72,80", "104,00", ""}}, nil, false},
		{"both lines under one repeated number and name, short labels", []string{
			"Tabel 3.3 Pengukuran Kinerja 2023", "",
			"No\tIndikator Kinerja\tBaris\tNilai\tCapaian",
			"3\t" + indAKIP + "\tTGT\tBB\t",
			"3\t" + indAKIP + "\tREAL\tBB\t100",
			"4\t" + indBPK + "\tTGT\tWTP\t",
			"4\t" + indBPK + "\tREAL\tWTP\t100"},
			[]capWant{{indAKIP, "BB", "BB", "100", ""}, {indBPK, "WTP", "WTP", "100", ""}}, nil, false},
		{"the value column left of the labels, the capaian right of them", []string{
			"Tabel 3.4 Capaian Kinerja Tahun 2023", "",
			"No\tIndikator Kinerja\tSatuan\tNilai\tKeterangan Baris\tCapaian (%)",
			"1\t" + indArsip + "\t%\t65\tTarget\t",
			"\t\t\t61,75\tRealisasi\t95,00"},
			[]capWant{{indArsip, "65", "61,75", "95,00", ""}}, nil, false},
		{"the value and capaian columns both left of the labels", []string{
			"Tabel 3.4 Capaian Kinerja Tahun 2023", "",
			"No\tIndikator Kinerja\tNilai\tCapaian (%)\tBaris",
			"1\t" + indKIP + "\t72\t\tTarget",
			"\t\t74,88\t104,00\tRealisasi"},
			[]capWant{{indKIP, "72", "74,88", "104,00", ""}}, nil, false},
		{"look-alike: a lone line under each of two numbered indicators loads neither", []string{
			"Tabel 3.1 Capaian Kinerja 2023", "",
			"No\tIndikator Kinerja\tUraian\tNilai\tCapaian (%)",
			"1\t" + indKIP + "\tTarget\t70\t",
			"2\t" + indPart + "\tRealisasi\t80,10\t104,00",
			"3\t" + indBPK + "\tTarget\tWTP\t",
			"\t\tRealisasi\tWTP\t100"},
			[]capWant{{indBPK, "WTP", "WTP", "100", ""}}, nil, true},
		{"look-alike: a value without its label in a group loads nothing of that group", []string{
			"Tabel 3.1 Capaian Kinerja 2023", "",
			"No\tIndikator Kinerja\tUraian\tNilai\tCapaian (%)",
			"1\t" + indKIP + "\tTarget\t70\t",
			"\t\tRealisasi\t72\t102,86",
			"\t\t\t75\t"},
			nil, nil, true},
	})
	// the lone lines are said, not dropped silently
	d := parseDoc(t, "lone", "Tabel 3.1 Capaian Kinerja 2023", "",
		"No\tIndikator Kinerja\tUraian\tNilai\tCapaian (%)",
		"1\t"+indKIP+"\tTarget\t70\t",
		"2\t"+indPart+"\tRealisasi\t80,10\t104,00",
		"3\t"+indBPK+"\tTarget\tWTP\t",
		"\t\tRealisasi\tWTP\t100")
	n := 0
	for _, f := range d.Findings {
		if f.Aturan == "tabel.baris_tidak_dibaca" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("lone: %d tabel.baris_tidak_dibaca findings, want 2 (one per lone line)", n)
	}
}
