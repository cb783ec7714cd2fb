package parse

import (
	"strings"
	"testing"
)

// TestSuggestedEdits: an export with suggested edits left in is read as
// the accepted text (deletions removed, additions kept, comments
// dropped), whatever the marks look like.
func TestSuggestedEdits(t *testing.T) {
	budget := func(real3358, real6640 string) []string {
		return []string{"Tabel 3.4 Realisasi Anggaran Tahun 2024", "",
			"Kode\tProgram / Kegiatan\tPagu\tRealisasi\tSisa",
			"076.01.WA\tProgram Dukungan Manajemen\t2.500.000.000\t2.410.000.000\t90.000.000",
			"3358\tPengelolaan Sumber Daya Manusia\t800.000.000\t" + real3358 + "\t30.000.000",
			"076.01.CQ\tProgram Penyelenggaraan Pemilu\t1.000.000.000\t960.000.000\t40.000.000",
			"6640\tPemutakhiran Data Pemilih\t400.000.000\t" + real6640 + "\t15.000.000",
			"\tJUMLAH\t3.500.000.000\t3.370.000.000\t130.000.000"}
	}
	wantBudget := []string{"076.01.WA|program||2024|2500000000|2410000000|90000000",
		"3358|kegiatan|076.01.WA|2024|800000000|770000000|30000000",
		"076.01.CQ|program||2024|1000000000|960000000|40000000",
		"6640|kegiatan|076.01.CQ|2024|400000000|385000000|15000000",
		"TOTAL|total||2024|3500000000|3370000000|130000000"}
	checkDocs(t, []string{"anggaran"}, []docCase{
		{name: "Google Docs, Indonesian marks and a comment",
			body: budget("[dihapus: 775.000.000] [ditambahkan: 770.000.000]", "385.000.000 [komentar: cek SP2D]"), want: map[string][]string{"anggaran": wantBudget}},
		{name: "English marks", body: budget("[deleted: 700.000.000][inserted: 770.000.000]", "[Added: 385.000.000]"), want: map[string][]string{"anggaran": wantBudget}},
		{name: "wdiff and CriticMarkup", body: budget("[-712.500.000-] {+770.000.000+}", "{~~380.000.000~>385.000.000~~}{>>angka baru<<}"), want: map[string][]string{"anggaran": wantBudget}},
		{name: "Markdown strike", body: budget("~~775.000.000~~ 770.000.000", "{--390.000.000--}{++385.000.000++}"), want: map[string][]string{"anggaran": wantBudget}},
	})
	checkDocs(t, []string{"dpt", "capaian"}, []docCase{{
		name: "a deleted figure in a sentence, a changed target",
		body: []string{"DPT Pemilu 2019 Kabupaten Sikka berjumlah 201.450 [dihapus: 201.540] pemilih (99.120 laki-laki, 102.330 perempuan) di 640 TPS.", "",
			"Tabel 3.1 Pengukuran Kinerja", "", "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
			"1\tPersentase partisipasi pemilih\t[deleted: 70,00] [inserted: 72,00]\t74,16\t103,00"},
		want: map[string][]string{"dpt": {"pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|640|99120|102330|201450"},
			"capaian": {"Persentase partisipasi pemilih|72|74.16|103"}},
	}})
}

// TestSuggestedEditsUnclear: a cell whose accepted value cannot be told
// is NULL, with a finding that keeps the cell.
func TestSuggestedEditsUnclear(t *testing.T) {
	for _, cell := range []string{"775.000.000 [ditambahkan: 770.000.000]", "[dihapus: 770.000.000]", "~~775.000.000~~ {+770.000.000+} 771.000.000"} {
		d := parseDoc(t, cell, "Tabel 3.4 Realisasi Anggaran Tahun 2024", "",
			"Kode\tProgram / Kegiatan\tPagu\tRealisasi",
			"076.01.WA\tProgram Dukungan Manajemen\t800.000.000\t"+cell,
			"3358\tPengelolaan Sumber Daya Manusia\t800.000.000\t"+cell)
		for _, a := range d.Anggaran {
			if a.Realisasi != nil {
				t.Errorf("%s: %s realisasi %d, want NULL", cell, a.Kode, *a.Realisasi)
			}
		}
		found := false
		for _, f := range d.Findings {
			found = found || f.Aturan == "nilai.saran_tidak_jelas" && strings.Contains(f.Nilai, "770.000.000")
		}
		if !found {
			t.Errorf("%s: no nilai.saran_tidak_jelas finding", cell)
		}
	}
}
