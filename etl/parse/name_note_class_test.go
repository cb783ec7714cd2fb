package parse

import "testing"

// TestNameNoteTarget: a capaian table with no Target column, each target
// written in a bracket at the end of its indicator's name, in other
// wordings ("target: 80 %", "[Target 90,00]", "Tgt 3,50", a grade). The
// name is the key without the note; the note's figure is the target.
func TestNameNoteTarget(t *testing.T) {
	capt := "Tabel 3.2 Capaian Indikator Kinerja Tahun 2024"
	head := "No\tIndikator Kinerja\tSatuan\tRealisasi\tCapaian (%)"
	rows := []string{
		"1\tPersentase pegawai yang mengikuti diklat teknis (target: 80 %)\t%\t84,00\t105,00",
		"2\tPersentase dokumen perencanaan yang disusun tepat waktu [Target 90,00]\t%\t88,20\t98,00",
		"3\tIndeks kepuasan layanan informasi publik (Tgt 3,50)\tIndeks\t3,57\t102,00",
		"4\tNilai Evaluasi SAKIP Satker (target BB)\tPredikat\tBB\t100,00",
	}
	body := func(head string, rows ...string) []string {
		return append(append([]string{capt, "", head}, rows...), "", "Sumber: Subbagian Program dan Data.")
	}
	want := []string{
		"Persentase pegawai yang mengikuti diklat teknis|80|84|105",
		"Persentase dokumen perencanaan yang disusun tepat waktu|90|88.2|98",
		"Indeks kepuasan layanan informasi publik|3.5|3.57|102",
		"Nilai Evaluasi SAKIP Satker|<nil>|<nil>|100",
	}
	checkDocs(t, []string{"capaian"}, []docCase{
		{"targets in the names, no Target column", body(head, rows...), map[string][]string{"capaian": want}},
		{"the header says so: Indikator (Target)", body("No\tIndikator Kinerja (Target)\tSatuan\tRealisasi\tCapaian (%)", rows...),
			map[string][]string{"capaian": want}},
	})
}

// TestNameNoteTargetLookalikes: brackets that are no target note keep
// today's reading; a note beside a Target column loads nothing from it.
func TestNameNoteTargetLookalikes(t *testing.T) {
	capt := "Tabel 3.2 Capaian Indikator Kinerja Tahun 2024"
	body := func(head string, rows ...string) []string {
		return append(append([]string{capt, "", head}, rows...), "", "Sumber: Subbagian Program dan Data.")
	}
	checkDocs(t, []string{"capaian"}, []docCase{
		{"a Target column agreeing with the notes: the column's figure", body("No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
			"1\tPersentase pegawai yang mengikuti diklat teknis (target 85%)\t85,00\t85,00\t100,00",
			"2\tPersentase dokumen perencanaan tepat waktu (target 95,00%)\t95\t95,00\t100,00"),
			map[string][]string{"capaian": {
				"Persentase pegawai yang mengikuti diklat teknis|85|85|100",
				"Persentase dokumen perencanaan tepat waktu|95|95|100"}}},
		{"one bracketed name among plain ones: no note", body("No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
			"1\tOpini BPK atas Laporan Keuangan (WTP)\tWTP\tWTP\t100,00",
			"2\tPersentase dokumen perencanaan tepat waktu\t90,00\t90,00\t100,00"),
			map[string][]string{"capaian": {
				"Opini BPK atas Laporan Keuangan (WTP)|<nil>|<nil>|100",
				"Persentase dokumen perencanaan tepat waktu|90|90|100"}}},
		{"a word that names no missing column (sasaran) and a year: no target", body("No\tIndikator Kinerja\tRealisasi\tCapaian (%)",
			"1\tPersentase pegawai terlatih (sasaran 80%)\t84,00\t105,00",
			"2\tPersentase dokumen tepat waktu (target tahun 2024)\t88,20\t98,00"),
			map[string][]string{"capaian": {
				"Persentase pegawai terlatih (sasaran 80%)|<nil>|84|105",
				"Persentase dokumen tepat waktu (target tahun 2024)|<nil>|88.2|98"}}},
	})
}

// TestNameNoteVillages: a voter roll with no village column, each
// kecamatan's village (or TPS) count in a bracket after its name.
func TestNameNoteVillages(t *testing.T) {
	capt := "Tabel 3.6 Rekapitulasi DPT Pemilu 2024 per Kecamatan"
	body := func(head string, rows ...string) []string {
		return append(append([]string{capt, "", head}, rows...), "", "Sumber: Sidalih, diolah.")
	}
	checkDocs(t, []string{"dpt"}, []docCase{
		{"desa, desa and kelurahan as explicit parts that sum", body("No\tKecamatan\tJumlah TPS\tL\tP\tL+P",
			"1\tPAGA (7 desa)\t20\t5.100\t5.300\t10.400",
			"2\tLELA (4 desa, 2 kel.)\t15\t3.900\t4.000\t7.900",
			"3\tBOLA (6 kelurahan)\t12\t2.500\t2.600\t5.100",
			"\tKABUPATEN SIKKA (19 desa/kel.)\t47\t11.500\t11.900\t23.400"),
			map[string][]string{"dpt": {
				"pemilu|2024|kecamatan|PAGA|7|20|5100|5300|10400",
				"pemilu|2024|kecamatan|LELA|6|15|3900|4000|7900",
				"pemilu|2024|kecamatan|BOLA|6|12|2500|2600|5100",
				"pemilu|2024|kabupaten|Kabupaten Sikka|19|47|11500|11900|23400"}}},
		{"TPS in the name, the header's bracket naming it", body("No\tKecamatan (TPS)\tDesa\tLaki-laki\tPerempuan\tJumlah",
			"1\tPAGA (20 TPS)\t7\t5.100\t5.300\t10.400",
			"2\tLELA (15 TPS)\t6\t3.900\t4.000\t7.900"),
			map[string][]string{"dpt": {
				"pemilu|2024|kecamatan|PAGA|7|20|5100|5300|10400",
				"pemilu|2024|kecamatan|LELA|6|15|3900|4000|7900"}}},
		{"parts without their words: the name, no count", body("No\tKecamatan\tTPS\tL\tP\tL+P",
			"1\tPAGA (7 desa)\t20\t5.100\t5.300\t10.400",
			"2\tLELA (4 desa)\t15\t3.900\t4.000\t7.900",
			"3\tNITA (5 desa)\t10\t2.000\t2.100\t4.100",
			"4\tBOLA (4 desa, 2)\t12\t2.500\t2.600\t5.100",
			"5\tTALIBURA (12 desa)\t30\t6.000\t6.100\t12.100"),
			map[string][]string{"dpt": {
				"pemilu|2024|kecamatan|PAGA|7|20|5100|5300|10400",
				"pemilu|2024|kecamatan|LELA|4|15|3900|4000|7900",
				"pemilu|2024|kecamatan|NITA|5|10|2000|2100|4100",
				"pemilu|2024|kecamatan|BOLA|<nil>|12|2500|2600|5100",
				"pemilu|2024|kecamatan|TALIBURA|12|30|6000|6100|12100"}}},
		{"one note in a few rows: no count read", body("No\tKecamatan\tTPS\tL\tP\tL+P",
			"1\tPAGA (7 desa)\t20\t5.100\t5.300\t10.400",
			"2\tLELA\t15\t3.900\t4.000\t7.900",
			"3\tNITA\t10\t2.000\t2.100\t4.100"),
			map[string][]string{"dpt": {
				"pemilu|2024|kecamatan|PAGA (7 DESA)|<nil>|20|5100|5300|10400",
				"pemilu|2024|kecamatan|LELA|<nil>|15|3900|4000|7900",
				"pemilu|2024|kecamatan|NITA|<nil>|10|2000|2100|4100"}}},
	})
}

// TestNameNoteVillagesLookalikes: a village column the table has wins
// over the note; a name's own bracket is kept.
func TestNameNoteVillagesLookalikes(t *testing.T) {
	capt := "Tabel 3.6 Rekapitulasi DPT Pemilu 2024 per Kecamatan"
	body := func(head string, rows ...string) []string {
		return append(append([]string{capt, "", head}, rows...), "", "Sumber: Sidalih, diolah.")
	}
	checkDocs(t, []string{"dpt"}, []docCase{
		{"a Desa column agreeing with the notes: its figure", body("No\tKecamatan\tDesa\tTPS\tL\tP\tL+P",
			"1\tPAGA (7 desa)\t7\t20\t5.100\t5.300\t10.400",
			"2\tLELA (6 desa)\t6\t15\t3.900\t4.000\t7.900"),
			map[string][]string{"dpt": {
				"pemilu|2024|kecamatan|PAGA|7|20|5100|5300|10400",
				"pemilu|2024|kecamatan|LELA|6|15|3900|4000|7900"}}},
		{"notes of two kinds: no one column, no count", body("No\tKecamatan\tL\tP\tL+P",
			"1\tPAGA (7 desa)\t5.100\t5.300\t10.400",
			"2\tLELA (15 TPS)\t3.900\t4.000\t7.900"),
			map[string][]string{"dpt": {
				"pemilu|2024|kecamatan|PAGA (7 DESA)|<nil>|<nil>|5100|5300|10400",
				"pemilu|2024|kecamatan|LELA (15 TPS)|<nil>|<nil>|3900|4000|7900"}}},
		{"brackets that name no count", body("No\tKecamatan\tTPS\tL\tP\tL+P",
			"1\tPAGA (lama)\t20\t5.100\t5.300\t10.400",
			"2\tLELA (induk)\t15\t3.900\t4.000\t7.900"),
			map[string][]string{"dpt": {
				"pemilu|2024|kecamatan|PAGA (LAMA)|<nil>|20|5100|5300|10400",
				"pemilu|2024|kecamatan|LELA (INDUK)|<nil>|15|3900|4000|7900"}}},
	})
}

// TestNameNoteReaders: the note readers alone, what they accept and refuse.
func TestNameNoteReaders(t *testing.T) {
	for _, tc := range []struct {
		inner string
		kind  int
		val   string
	}{
		{"19 desa/kel.", noteDesa, "19"},
		{"12 desa, 3 kel.", noteDesa, "15"},
		{"12 desa dan 3 kelurahan", noteDesa, "15"},
		{"35 TPS", noteTPS, "35"},
		{"12 desa, 3", noteNone, ""},
		{"12 desa, 3 desa", noteNone, ""},
		{"12 desa, 3 TPS", noteNone, ""},
		{"KOTA", noteNone, ""},
		{"2 dapil", noteNone, ""},
	} {
		k, v, _ := villageNote(tc.inner)
		if k != tc.kind || k != noteNone && v != tc.val {
			t.Errorf("villageNote(%q) = %d %q, want %d %q", tc.inner, k, v, tc.kind, tc.val)
		}
	}
	for _, tc := range []struct {
		inner string
		kind  int
		val   string
	}{
		{"target 75,00%", noteTarget, "75,00"},
		{"Target: 80 %", noteTarget, "80"},
		{"tgt = B", noteTarget, "B"},
		{"target WTP", noteTarget, "WTP"},
		{"target tahun 2020", noteNone, ""},
		{"target Baik", noteNone, ""},
		{"sasaran 80%", noteNone, ""},
		{"WTP", noteNone, ""},
	} {
		k, v, _ := targetNote(tc.inner)
		if k != tc.kind || k != noteNone && v != tc.val {
			t.Errorf("targetNote(%q) = %d %q, want %d %q", tc.inner, k, v, tc.kind, tc.val)
		}
	}
}

// TestNameNoteClash: a note and the table's own column giving one fact two
// values prove neither: that cell loads NULL, a finding names the row, and
// the rows where they agree keep the column's figure.
func TestNameNoteClash(t *testing.T) {
	for _, tc := range []struct {
		name, fam, code string
		body            []string
		want            []string
	}{
		{"capaian", "capaian", "capaian.catatan_nama_berbeda", []string{
			"Tabel 3.2 Capaian Indikator Kinerja Tahun 2023", "",
			"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
			"1\tPersentase pegawai yang mengikuti diklat teknis (target 80%)\t85,00\t85,00\t100,00",
			"2\tPersentase dokumen perencanaan tepat waktu (target 95%)\t95,00\t95,00\t100,00",
			"", "Sumber: Subbagian Program dan Data."},
			[]string{
				"Persentase pegawai yang mengikuti diklat teknis|<nil>|85|100",
				"Persentase dokumen perencanaan tepat waktu|95|95|100"}},
		{"dpt", "dpt", "dpt.catatan_nama_berbeda", []string{
			"Tabel 3.6 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
			"No\tKecamatan\tDesa\tTPS\tL\tP\tL+P",
			"1\tWAIGETE (9 desa)\t7\t20\t5.100\t5.300\t10.400",
			"2\tTALIBURA (6 desa)\t6\t15\t3.900\t4.000\t7.900",
			"", "Sumber: Sidalih, diolah."},
			[]string{
				"pemilu|2024|kecamatan|WAIGETE|<nil>|20|5100|5300|10400",
				"pemilu|2024|kecamatan|TALIBURA|6|15|3900|4000|7900"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, tc.body...)
			wantRows(t, tc.fam, factRows[tc.fam](d), tc.want)
			n := 0
			for _, f := range d.Findings {
				if f.Aturan == tc.code {
					n++
				}
			}
			if n != 1 {
				t.Errorf("%d findings %s, want 1 (the one clashing row)", n, tc.code)
			}
		})
	}
}
