package parse

import "testing"

// TestCapaianUnitOfIndicatorColumn: a header "Satuan Indikator" (or "Unit
// of Indicator") beside the indicator column is the unit column: rows are
// keyed by the indicator's name, never by a unit word such as "Opini" or
// "Predikat", and no row is keyed by an empty name.
func TestCapaianUnitOfIndicatorColumn(t *testing.T) {
	const capt = "Tabel 3.1 Pengukuran Kinerja Tahun 2024"
	rows := func(unitFirst bool) []string {
		r := [][3]string{
			{"Persentase partisipasi pemilih perempuan", "%", "75,00\t79,10\t105,47"},
			{"Nilai Evaluasi AKIP KPU Kabupaten", "Predikat", "BB\tBB\t100,00"},
			{"Opini BPK atas Laporan Keuangan", "Opini", "WTP\tWTP\t100,00"},
		}
		var out []string
		for i, x := range r {
			if unitFirst {
				out = append(out, itoa(i+1)+"\t"+x[1]+"\t"+x[0]+"\t"+x[2])
			} else {
				out = append(out, "1/02/2025 08:1"+itoa(i)+"\tisian"+itoa(i)+"@contoh.id\t"+x[0]+"\t"+x[1]+"\t"+x[2])
			}
		}
		return out
	}
	want := []string{"Persentase partisipasi pemilih perempuan|75|79.1|105.47", "Nilai Evaluasi AKIP KPU Kabupaten|<nil>|<nil>|100", "Opini BPK atas Laporan Keuangan|<nil>|<nil>|100"}
	checkDocs(t, []string{"capaian"}, []docCase{{
		name: "a form's responses: name, then unit of the indicator",
		body: append([]string{capt, "", "Timestamp\tAlamat email\tNama indikator kinerja\tSatuan indikator\tTarget (PK)\tRealisasi akhir tahun\tCapaian (%)"}, rows(false)...),
		want: map[string][]string{"capaian": want},
	}, {
		name: "unit of the indicator before the indicator",
		body: append([]string{capt, "", "No\tSatuan Indikator\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)"}, rows(true)...),
		want: map[string][]string{"capaian": want},
	}, {
		name: "English headers",
		body: append([]string{capt, "", "No\tUnit of indicator\tPerformance indicator\tTarget\tActual\tAchievement (%)"}, rows(true)...),
		want: map[string][]string{"capaian": want},
	}})
}
