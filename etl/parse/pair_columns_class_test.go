package parse

import (
	"fmt"
	"strings"
	"testing"
)

// TestPairColumns: two measures written in one column ("Target /
// Realisasi" over "100 / 98,50", "Pagu / Realisasi (Rp)" over two amounts)
// are read as two columns; a slash the header does not prove as a pair of
// measures splits nothing (made-up tables).
func TestPairColumns(t *testing.T) {
	capTable := func(head, a, b string) []string {
		return []string{"Tabel 3.1 Capaian Indikator Kinerja Tahun 2023", "",
			"No\tIndikator Kinerja\t" + head + "\tCapaian",
			"1\tPersentase pemutakhiran data pemilih berkelanjutan\t" + a + "\t98,50%",
			"2\tPersentase penyelesaian laporan keuangan tepat waktu\t" + b + "\t95,00%", ""}
	}
	budget := func(head, a, b, tot string) []string {
		return []string{"Tabel 3.5 Realisasi Anggaran Tahun 2023", "",
			"Kode\tProgram\t" + head + "\tSisa (Rp)",
			"076.01.WA\tProgram Dukungan Manajemen\t" + a + "\t12.500.000",
			"076.01.CQ\tProgram Penyelenggaraan Pemilu\t" + b + "\t7.250.000",
			"\tJUMLAH\t" + tot + "\t19.750.000", ""}
	}
	checkDocs(t, []string{"capaian", "anggaran"}, []docCase{{
		name: "target and realisasi in one cell, spaced slash",
		body: capTable("Target / Realisasi", "100% / 98,50%", "100% / 95%"),
		want: map[string][]string{"capaian": {
			"Persentase pemutakhiran data pemilih berkelanjutan|100|98.5|98.5",
			"Persentase penyelesaian laporan keuangan tepat waktu|100|95|95"}},
	}, {
		name: "no spaces around the slash",
		body: capTable("Target/Realisasi (%)", "100/98,50", "100/95"),
		want: map[string][]string{"capaian": {
			"Persentase pemutakhiran data pemilih berkelanjutan|100|98.5|98.5",
			"Persentase penyelesaian laporan keuangan tepat waktu|100|95|95"}},
	}, {
		name: "pagu and realisasi in one cell, unit on the pair",
		body: budget("Pagu / Realisasi (Rp)", "1.250.000.000 / 1.237.500.000", "725.000.000 / 717.750.000",
			"1.975.000.000 / 1.955.250.000"),
		want: map[string][]string{"anggaran": {
			"076.01.WA|program||2023|1250000000|1237500000|12500000",
			"076.01.CQ|program||2023|725000000|717750000|7250000",
			"TOTAL|total||2023|1975000000|1955250000|19750000"}},
	}})
}

// TestPairColumnsNotProven: the header's slash must join two measures and
// every filled cell must hold two values; else the column stays whole.
func TestPairColumnsNotProven(t *testing.T) {
	d := parseDoc(t, "name column", "Tabel 3.1 Capaian Kinerja Tahun 2023", "",
		"No\tSasaran / Indikator\tTarget\tRealisasi",
		"1\tPemutakhiran data / pemilih berkelanjutan\t100%\t98,50%", "")
	if len(d.Capaian) != 1 || d.Capaian[0].Indikator != "Pemutakhiran data / pemilih berkelanjutan" {
		t.Errorf("a name column with a slash: %+v, want its cell whole", d.Capaian)
	}
	d = parseDoc(t, "single value", "Tabel 3.1 Capaian Kinerja Tahun 2023", "",
		"No\tIndikator Kinerja\tTarget / Realisasi\tCapaian",
		"1\tPersentase pemutakhiran data pemilih\t100% / 98,50%\t98,50%",
		"2\tPersentase penyelesaian laporan keuangan\t100%\t95,00%",
		"3\tPersentase pengaduan yang ditindaklanjuti\t100% / 90%\t90,00%", "")
	// the pairs split; the single value belongs to neither half for
	// certain: both NULL, with a finding (pair_roles.go)
	wantRows(t, "single value", factRows["capaian"](d), []string{"Persentase pemutakhiran data pemilih|100|98.5|98.5",
		"Persentase penyelesaian laporan keuangan|<nil>|<nil>|95", "Persentase pengaduan yang ditindaklanjuti|100|90|90"})
	if lines := findingLines(d, "nilai.pasangan_ganjil"); fmt.Sprint(lines) != "[9]" {
		t.Errorf("nilai.pasangan_ganjil on lines %v, want [9] (the single value's row)", lines)
	}
}

// TestPairColumnsText: a grade pair splits into the target's and the
// realisation's text, so neither keeps "WTP / WTP".
func TestPairColumnsText(t *testing.T) {
	d := parseDoc(t, "grades", "Tabel 3.1 Capaian Indikator Kinerja Tahun 2023", "",
		"No\tIndikator Kinerja\tTarget / Realisasi\tKeterangan",
		"1\tOpini BPK atas Laporan Keuangan\tWTP / WTP\tTercapai",
		"2\tNilai Evaluasi Akuntabilitas Kinerja\tBB / B\tTidak Tercapai", "")
	want := [][2]string{{"WTP", "WTP"}, {"BB", "B"}}
	if len(d.Capaian) != len(want) {
		t.Fatalf("capaian rows %d, want %d", len(d.Capaian), len(want))
	}
	for i, c := range d.Capaian {
		if c.TargetTeks != want[i][0] || c.RealisasiTeks != want[i][1] {
			t.Errorf("row %d: target %q realisasi %q, want %q", i, c.TargetTeks, c.RealisasiTeks, want[i])
		}
	}
}

// TestSeriDashTakesRowUnit: a series year written "-" beside values in
// percent is a year without a percentage: its unit is the row's, not the
// "nilai" the indicator's first word would give (made-up table).
func TestSeriDashTakesRowUnit(t *testing.T) {
	d := parseDoc(t, "dash", "Tabel 3.1 Capaian Kinerja Tahun 2021", "",
		"No\tIndikator Kinerja\tRealisasi 2020\tTarget 2021\tRealisasi 2021\tCapaian",
		"1\tNilai Keterbukaan Informasi Publik\t-\t75,00%\t76,90%\t102,53%",
		"2\tNilai Kepuasan Layanan Informasi\t-\tB\t80\t-", "")
	got := map[string]string{}
	for _, s := range d.CapaianSeri {
		if s.Tahun == 2020 {
			got[s.Indikator] = s.Satuan
		}
	}
	if u := got["Nilai Keterbukaan Informasi Publik"]; u != "persen" {
		t.Errorf("dash beside percentages: satuan %q, want persen", u)
	}
	if u := got["Nilai Kepuasan Layanan Informasi"]; u == "persen" {
		t.Errorf("a row whose values disagree on a unit gave its dash %q", u)
	}
}

// TestPairColumnsYear: "Target / Realisasi 2021" gives the year to both
// halves; the earlier year's "-" beside the pair takes the capaian's unit.
func TestPairColumnsYear(t *testing.T) {
	d := parseDoc(t, "year", "LAPORAN KINERJA KPU KABUPATEN ENDE TAHUN 2021", "",
		"Tabel 3.1 Capaian Kinerja Tahun 2021", "",
		"No\tIndikator Kinerja\tRealisasi 2020\tTarget / Realisasi 2021\tCapaian",
		"1\tPersentase pemutakhiran data pemilih tepat waktu\t100,00%\t100,00% / 100,00%\t100,00%",
		"2\tNilai Keterbukaan Informasi Publik\t-\t75,00% / 76,90%\t102,53%", "")
	var caps []string
	for _, c := range d.Capaian {
		caps = append(caps, fmt.Sprintf("%s|%s|%s|%s", c.Indikator, nv(c.TargetNilai), nv(c.RealisasiNilai), c.Satuan))
	}
	want := []string{"Persentase pemutakhiran data pemilih tepat waktu|100|100|persen", "Nilai Keterbukaan Informasi Publik|75|76.9|persen"}
	if strings.Join(caps, "; ") != strings.Join(want, "; ") {
		t.Errorf("capaian %q, want %q", caps, want)
	}
	var seri []string
	for _, s := range d.CapaianSeri {
		seri = append(seri, fmt.Sprintf("%s|%d|%s|%s|%s", s.Indikator, s.Tahun, s.Jenis, s.Teks, s.Satuan))
	}
	wantSeri := []string{"Persentase pemutakhiran data pemilih tepat waktu|2020|realisasi|100,00%|persen",
		"Nilai Keterbukaan Informasi Publik|2020|realisasi|-|persen"}
	if strings.Join(seri, "; ") != strings.Join(wantSeri, "; ") {
		t.Errorf("seri %q, want %q", seri, wantSeri)
	}
}
