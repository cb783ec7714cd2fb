package parse

import "testing"

// TestKomponenTableOthers: a Bobot | Nilai table whose scored rows are
// mostly no SAKIP component (a staff training record) loads nothing, not
// the one row that holds a component's word nor its total as the SAKIP
// score; sub-criteria under the components load when the components alone
// make the total.
func TestKomponenTableOthers(t *testing.T) {
	staff := []string{"Rekam Pelatihan Pegawai Tahun 2023", "",
		"Item\tBobot\tNilai\tRentang",
		"Pelatihan Perencanaan Pengadaan\t40\t32,50\t0–40",
		"Orientasi Pegawai Baru\t20\t18,00\t0–20",
		"Bimbingan Teknis Kearsipan\t40\t30,00\t0–40",
		"Total\t100\t80,50\t0–100", ""}
	sub := []string{"Tabel 3.2 Hasil Evaluasi AKIP Tahun 2023", "",
		"Komponen\tBobot\tNilai",
		"Perencanaan Kinerja\t30\t22,25",
		"a. Rencana Strategis\t10\t7,50",
		"b. Perjanjian Kinerja\t20\t14,75",
		"Pengukuran Kinerja\t30\t20,90",
		"Pelaporan Kinerja\t15\t11,00",
		"Evaluasi Akuntabilitas Kinerja Internal\t25\t18,54",
		"Nilai Akhir\t100\t72,69", ""}
	subNoSum := []string{"Tabel 3.2 Hasil Evaluasi AKIP Tahun 2023", "",
		"Komponen\tBobot\tNilai",
		"Perencanaan Kinerja\t30\t22,25",
		"a. Rencana Strategis\t10\t7,50",
		"Pengukuran Kinerja\t30\t20,90",
		"Pelaporan Kinerja\t15\t11,00",
		"Evaluasi Akuntabilitas Kinerja Internal\t25\t18,54",
		"Nilai Akhir\t100\t75,00", ""}
	checkDocs(t, []string{"sakip_komponen", "sakip"}, []docCase{
		{name: "staff training record", body: staff, want: map[string][]string{"sakip_komponen": nil, "sakip": nil}},
		{name: "sub-criteria summing", body: sub, want: map[string][]string{
			"sakip_komponen": {"2023|perencanaan|30|22.25", "2023|pengukuran|30|20.9", "2023|pelaporan|15|11", "2023|evaluasi_internal|25|18.54"},
			"sakip":          {"2023|72.69|BB"}}},
		{name: "sub-criteria, total not the sum", body: subNoSum, want: map[string][]string{"sakip_komponen": nil, "sakip": nil}},
	})
}
