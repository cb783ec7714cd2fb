package parse

import "testing"

// TestCapaianPeriodColumns: targets and realisations with one column per
// triwulan, semester or month, in two tables or one. The year's value is
// the column the header proves (an annual column, `s.d.`), or the year's
// last period when the text calls the periods cumulative, when it alone
// holds a value, or when the stated capaian proves the pair; otherwise
// NULL with capaian.periode_tidak_terbukti.
func TestCapaianPeriodColumns(t *testing.T) {
	const a = "Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya"
	const b = "Persentase Pemilih yang Berhak Memilih Tetapi Tidak Masuk dalam Daftar Pemilih Tetap"
	const g = "Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten"
	targets := func(note, head string) []string {
		return []string{note, "", "Tabel 3.1 Target Kinerja per Triwulan Tahun 2024", "",
			"No\tIndikator Kinerja\t" + head, "1\t" + a + "\t20,00\t45,00\t65,00\t85,00", "2\t" + b + "\t2,00\t2,00\t2,00\t2,00",
			"3\t" + g + "\t-\t-\t-\tBB", ""}
	}
	reals := func(note, head, c1, c2 string) []string {
		return []string{note, "", "Tabel 3.2 Realisasi Kinerja per Triwulan Tahun 2024", "",
			"No\tIndikator Kinerja\t" + head + "\tCapaian Tahunan (%)", "1\t" + a + "\t22,50\t47,10\t66,40\t87,18\t" + c1,
			"2\t" + b + "\t2,41\t2,17\t1,96\t1,83\t" + c2, "3\t" + g + "\t-\t-\t-\tBB\t100,00", ""}
	}
	const tw = "TW I\tTW II\tTW III\tTW IV"
	const l = "Jumlah laporan sistem akuntansi dan pelaporan keuangan"
	counts := func(tq, rq, c string) []string {
		return []string{"Tabel 3.1 Capaian Kinerja per Triwulan", "", "No\tIndikator Kinerja\tTarget\t\t\t\tRealisasi\t\t\t\tCapaian (%)",
			"\t\t" + tw + "\t" + tw + "\t", "1\t" + l + "\t" + tq + "\t" + rq + "\t" + c}
	}
	cum := "Capaian diukur secara kumulatif per triwulan."
	plain := "Capaian diukur per triwulan."
	paired := []string{a + "|85|87.18|102.56", b + "|2|1.83|108.5", g + "|<nil>|<nil>|100"}
	cat := func(parts ...[]string) (out []string) {
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	checkDocs(t, []string{"capaian"}, []docCase{
		{"two tables, cumulative in the text", cat(targets(cum, tw), reals(cum, tw, "102,56", "108,50")),
			map[string][]string{"capaian": paired}},
		{"realisations first, the target table on a later page", cat(reals(cum, tw, "102,56", "108,50"), []string{"\f"}, targets(cum, tw)),
			map[string][]string{"capaian": paired}},
		{"not called cumulative: the stated capaian proves the pair", cat(targets(plain, tw), reals(plain, tw, "102,56", "108,50")),
			map[string][]string{"capaian": {a + "|85|87.18|102.56", b + "|2|1.83|108.5", g + "|<nil>|<nil>|100"}}},
		{"not cumulative and the capaian disagrees: NULL", cat(targets(plain, tw), reals(plain, tw, "110,00", "108,50")),
			map[string][]string{"capaian": {a + "|<nil>|<nil>|110", b + "|2|1.83|108.5", g + "|<nil>|<nil>|100"}}},
		{"s.d. headers prove the year's column", cat(targets(plain, "s.d. TW I\ts.d. TW II\ts.d. TW III\ts.d. TW IV"),
			reals(plain, "s.d. TW I\ts.d. TW II\ts.d. TW III\ts.d. TW IV", "102,56", "108,50")), map[string][]string{"capaian": paired}},
		{"months, cumulative", cat(targets(cum, "Maret\tJuni\tSeptember\tDesember"), reals(cum, "Maret\tJuni\tSeptember\tDesember", "102,56", "108,50")),
			map[string][]string{"capaian": paired}},
		{"the year's end missing: no value", cat(targets(cum, "TW I\tTW II\tTW III\tTW III"), reals(cum, tw, "102,56", "108,50")),
			map[string][]string{"capaian": {a + "|<nil>|87.18|102.56", b + "|<nil>|1.83|108.5", g + "|<nil>|<nil>|100"}}},
		{"a target table alone states targets", targets(cum, tw),
			map[string][]string{"capaian": {a + "|85|<nil>|<nil>", b + "|2|<nil>|<nil>", g + "|<nil>|<nil>|<nil>"}}},
		{"one table, semesters under Target and Realisasi", []string{"Tabel 3.1 Capaian Kinerja per Semester", "",
			"No\tIndikator Kinerja\tTarget\t\tRealisasi\t\tCapaian (%)", "\t\tSemester I\tSemester II\tSemester I\tSemester II\t",
			"1\t" + a + "\t40,00\t85,00\t41,00\t87,18\t102,56"}, map[string][]string{"capaian": {a + "|85|87.18|102.56"}}},
		{"counts per quarter, not cumulative: the last and the sum give the capaian alike: NULL", counts("1\t1\t1\t1", "1\t1\t1\t1", "100,00"),
			map[string][]string{"capaian": {l + "|<nil>|<nil>|100"}}},
		{"counts per quarter: only the sums give the capaian", counts("1\t1\t1\t1", "1\t1\t1\t2", "125,00"),
			map[string][]string{"capaian": {l + "|4|5|125"}}},
		{"an annual column beside the quarters", []string{"Tabel 3.1 Target Kinerja per Triwulan", "",
			"No\tIndikator Kinerja\tTW I\tTW II\tTW III\tTW IV\tTarget Tahunan", "1\t" + a + "\t20,00\t20,00\t20,00\t25,00\t85,00"},
			map[string][]string{"capaian": {a + "|85|<nil>|<nil>"}}},
	})
}
