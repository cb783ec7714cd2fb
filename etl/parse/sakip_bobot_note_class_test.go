package parse

import "testing"

// TestBobotNoteClass: a SAKIP component table with no Bobot column, the
// weights stated in a note above or under it, in any wording; and the
// look-alikes whose weights are no weights of the table's components.
func TestBobotNoteClass(t *testing.T) {
	tbl := func(caption string, rows ...string) []string {
		return append([]string{caption, ""}, rows...)
	}
	comps := []string{"No\tKomponen\tNilai", "1\tPerencanaan Kinerja\t24,10", "2\tPengukuran Kinerja\t22,50",
		"3\tPelaporan Kinerja\t11,20", "4\tEvaluasi Akuntabilitas Kinerja Internal\t17,30", "\tJumlah\t75,10", ""}
	// the four components with the table's scores and these weights
	rows := func(w1, w2, w3, w4 string) []string {
		return []string{"2023|perencanaan|" + w1 + "|24.1", "2023|pengukuran|" + w2 + "|22.5",
			"2023|pelaporan|" + w3 + "|11.2", "2023|evaluasi_internal|" + w4 + "|17.3"}
	}
	null := rows("<nil>", "<nil>", "<nil>", "<nil>")
	caption := "Tabel 3.5 Skor Evaluasi SAKIP Tahun 2023 per Komponen"
	tests := []struct {
		name    string
		body    []string
		want    []string
		finding bool // a sakip.bobot_catatan finding is raised
	}{
		{"note above, percent, other order", append([]string{caption, "",
			"Sesuai PermenPANRB 88/2021, bobot pelaporan kinerja 15%, bobot perencanaan kinerja 30%, bobot evaluasi internal 25% dan bobot pengukuran kinerja 30%.", ""},
			comps...), rows("30", "30", "15", "25"), false},
		{"note under, a list over lines with =", append(tbl(caption, comps...),
			"Keterangan bobot:", "- Perencanaan Kinerja = 30", "- Pengukuran Kinerja = 30", "- Pelaporan Kinerja = 15",
			"- Evaluasi Internal = 25", "", "Nilai tersebut meningkat dari tahun sebelumnya.", ""), rows("30", "30", "15", "25"), false},
		{"stated total of ten", append([]string{caption, "",
			"Bobot (skala 10): Perencanaan Kinerja: 3,0; Pengukuran Kinerja: 3,0; Pelaporan Kinerja: 1,5; Evaluasi Internal: 2,5; jumlah 10.", ""},
			"No\tKomponen\tNilai", "1\tPerencanaan Kinerja\t2,41", "2\tPengukuran Kinerja\t2,25", "3\tPelaporan Kinerja\t1,12",
			"4\tEvaluasi Internal\t1,73", "\tNilai Akhir\t7,51", ""),
			[]string{"2023|perencanaan|3|2.41", "2023|pengukuran|3|2.25", "2023|pelaporan|1.5|1.12", "2023|evaluasi_internal|2.5|1.73"}, false},
		// look-alikes
		{"RB areas' weights", append([]string{caption, "",
			"Bobot area perubahan RB: Manajemen Perubahan 5; Penataan Tatalaksana 5; Penataan Sistem Manajemen SDM 15; Penguatan Akuntabilitas 10.", ""},
			comps...), null, false},
		{"IKPA components' weights", append([]string{caption, "",
			"Bobot komponen IKPA: Revisi DIPA 10; Deviasi Halaman III DIPA 15; Penyerapan Anggaran 20; Capaian Output 25; Penyelesaian Tagihan 10; Pengelolaan UP/TUP 10; Dispensasi SPM 10.", ""},
			comps...), null, false}, // no component of the table named: a note of other weights
		{"one component only", append([]string{caption, "",
			"Bobot komponen Pelaporan Kinerja adalah 15, terkecil di antara komponen.", ""},
			comps...), null, true},
		{"weights far from the table", append([]string{
			"Bobot komponen: Perencanaan Kinerja 30; Pengukuran Kinerja 30; Pelaporan Kinerja 15; Evaluasi Internal 25.", "",
			"Inspektorat melaksanakan evaluasi pada bulan Maret dengan wawancara dan telaah dokumen di kantor.", "",
			"Seluruh rekomendasi telah ditindaklanjuti oleh sekretariat sebelum akhir tahun anggaran.", ""},
			tbl(caption, comps...)...), null, false},
		{"previous framework's five weights", append([]string{caption, "",
			"Bobot komponen menurut PermenPANRB 12/2015: Perencanaan Kinerja 30; Pengukuran Kinerja 25; Pelaporan Kinerja 15; Evaluasi Internal 10; Capaian Kinerja 20; jumlah 100.", ""},
			comps...), null, true},
		{"weights not summing to 100", append([]string{caption, "",
			"Bobot: Perencanaan Kinerja 30; Pengukuran Kinerja 30; Pelaporan Kinerja 15; Evaluasi Internal 20.", ""},
			comps...), null, true},
		{"a score above its weight", append([]string{caption, "",
			"Bobot: Perencanaan Kinerja 15; Pengukuran Kinerja 30; Pelaporan Kinerja 30; Evaluasi Internal 25.", ""},
			comps...), null, true},
		{"scores out of weights, no weight note", append([]string{caption, "",
			"Bobot dan nilai: Perencanaan Kinerja 24,10/30; Pengukuran Kinerja 22,50/30; Pelaporan Kinerja 11,20/15; Evaluasi Internal 17,30/25.", ""},
			comps...), null, false},
		{"Bobot column wins, a disagreeing note voids one", append([]string{caption, "",
			"Bobot: Perencanaan Kinerja 30; Pengukuran Kinerja 30; Pelaporan Kinerja 15; Evaluasi Internal 20.", ""},
			"No\tKomponen\tBobot\tNilai", "1\tPerencanaan Kinerja\t30\t24,10", "2\tPengukuran Kinerja\t30\t22,50",
			"3\tPelaporan Kinerja\t15\t11,20", "4\tEvaluasi Akuntabilitas Kinerja Internal\t25\t17,30", "\tJumlah\t100\t75,10", ""),
			rows("30", "30", "15", "<nil>"), true},
		{"Bobot column and the old framework's note", append([]string{caption, "",
			"Bobot komponen lama: Perencanaan Kinerja 30; Pengukuran Kinerja 25; Pelaporan Kinerja 15; Evaluasi Internal 10; Capaian Kinerja 20.", ""},
			"No\tKomponen\tBobot\tNilai", "1\tPerencanaan Kinerja\t30\t24,10", "2\tPengukuran Kinerja\t30\t22,50",
			"3\tPelaporan Kinerja\t15\t11,20", "4\tEvaluasi Akuntabilitas Kinerja Internal\t25\t17,30", "\tJumlah\t100\t75,10", ""),
			rows("30", "30", "15", "25"), false},
		{"Bobot column and an agreeing note", append([]string{caption, "",
			"Bobot komponen: perencanaan 30, pengukuran 30, pelaporan 15, evaluasi internal 25.", ""},
			"No\tKomponen\tBobot\tNilai", "1\tPerencanaan Kinerja\t30\t24,10", "2\tPengukuran Kinerja\t30\t22,50",
			"3\tPelaporan Kinerja\t15\t11,20", "4\tEvaluasi Akuntabilitas Kinerja Internal\t25\t17,30", "\tJumlah\t100\t75,10", ""),
			rows("30", "30", "15", "25"), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, tc.body...)
			wantRows(t, "sakip_komponen", factRows["sakip_komponen"](d), tc.want)
			if got := qualFinding(d, "sakip.bobot_catatan"); got != tc.finding {
				t.Errorf("finding sakip.bobot_catatan: got %v, want %v", got, tc.finding)
			}
		})
	}
}
