package parse

import "testing"

// TestIndicatorSheets: capaian written as one record per indicator (an
// IKU manual's sheets, profile cards, a form's printout), a label and its
// value a line, TAB or colon between, a title line or a blank line
// between the records, loads one capaian row per record; a record with
// targets of two years takes its realisasi's year, and one that does not
// state that year loads nothing.
func TestIndicatorSheets(t *testing.T) {
	const (
		a = "Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan"
		b = "Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya"
		c = "Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten"
		d = "Persentase Sengketa Hukum yang dimenangkan KPU"
		e = "Indeks Kepuasan Layanan Informasi Publik"
	)
	sheet := func(n int, name, satuan, tgt, real, cap string) []string {
		return []string{"LEMBAR MANUAL IKU " + string(rune('0'+n)) + " DARI 3",
			"Nama IKU\t" + name,
			"Definisi\tUkuran keberhasilan atas " + name,
			"Formula\t(realisasi : target) x 100",
			"Satuan\t" + satuan,
			"Sumber Data\tSubbagian Program dan Data",
			"Target 2024\t" + tgt,
			"Realisasi 2024\t" + real,
			"Capaian (%)\t" + cap, ""}
	}
	var sheets []string
	sheets = append(sheets, "Tabel 3.2 Manual IKU dan Capaiannya", "")
	sheets = append(sheets, sheet(1, a, "Persen", "80,00", "84,12", "105,15")...)
	sheets = append(sheets, sheet(2, b, "Persen", "85,00", "80,75", "95,00")...)
	sheets = append(sheets, sheet(3, c, "Predikat", "B", "BB", "100,00")...)
	sheets = append(sheets, "Sumber: Subbagian Program dan Data.", "")

	checkDocs(t, []string{"capaian"}, []docCase{
		{"IKU manual sheets, TAB between label and value", sheets,
			map[string][]string{"capaian": {a + "|80|84.12|105.15", b + "|85|80.75|95", c + "|<nil>|<nil>|100"}}},
		{"profile cards, colons, a name wrapped, no titles", []string{
			"Kartu kinerja berikut memuat capaian tiap indikator.", "",
			"Indikator Kinerja : Persentase kesesuaian Kompetensi Pegawai terhadap",
			"                    standar kompetensi penugasannya",
			"Satuan            : %",
			"Target            : 90,00",
			"Realisasi         : 94,50",
			"Capaian           : 105,00", "",
			"Indikator Kinerja : " + d,
			"Satuan            : %",
			"Target            : 100,00",
			"Realisasi         : 100,00",
			"Capaian           : 100,00", "",
			"Indikator Kinerja : " + e,
			"Satuan            : Indeks",
			"Target            : 3,20",
			"Realisasi         : 3,36",
			"Capaian           : 105,00", ""},
			map[string][]string{"capaian": {b + "|90|94.5|105", d + "|100|100|100", e + "|3.2|3.36|105"}}},
		{"two years' targets, the realisasi's year taken", []string{
			"Tabel 3.1 Profil Indikator Kinerja Utama", "",
			"IKU 1",
			"Indikator: " + a,
			"Target 2023: 75,00",
			"Target 2024: 77,50",
			"Realisasi 2024: 79,05",
			"Capaian 2024 (%): 102,00",
			"IKU 2",
			"Indikator: " + e,
			"Target 2023: 3,00",
			"Target 2024: 3,10",
			"Realisasi 2024: 3,41",
			"Capaian 2024 (%): 110,00", ""},
			map[string][]string{"capaian": {a + "|77.5|79.05|102", e + "|3.1|3.41|110"}}},
		{"a form's printout in capitals, no unit nor capaian", []string{
			"FORMULIR CAPAIAN INDIKATOR", "",
			"NO. URUT\t1",
			"NAMA INDIKATOR\t" + d,
			"TARGET\t100%",
			"REALISASI\t95%", "",
			"NO. URUT\t2",
			"NAMA INDIKATOR\t" + e,
			"TARGET\t3,50",
			"REALISASI\t3,15", ""},
			map[string][]string{"capaian": {d + "|100|95|<nil>", e + "|3.5|3.15|<nil>"}}},
		{"two targets, no year on the realisasi: not read", []string{
			"Indikator\t" + a,
			"Target 2023\t75,00",
			"Target 2024\t77,50",
			"Realisasi\t79,05", "",
			"Indikator\t" + e,
			"Target 2023\t3,00",
			"Target 2024\t3,10",
			"Realisasi\t3,41", ""},
			nil},
	})
}

// TestIndicatorSheetUnstated: a record whose target of the realisasi's
// year is not stated is reported, not read.
func TestIndicatorSheetUnstated(t *testing.T) {
	for _, sep := range []string{"\t", " : "} {
		d := parseDoc(t, "unstated", "Kartu indikator kinerja", "",
			"Nama Indikator"+sep+"Indeks Kepuasan Layanan Informasi Publik",
			"Target 2022"+sep+"3,00", "Target 2023"+sep+"3,25", "Realisasi"+sep+"3,30", "")
		found := false
		for _, f := range d.Findings {
			found = found || f.Aturan == "tabel.tidak_dikenali"
		}
		if !found || len(d.Capaian) != 0 {
			t.Errorf("sep %q: finding %v, capaian %d rows; want a tabel.tidak_dikenali and none", sep, found, len(d.Capaian))
		}
	}
}
