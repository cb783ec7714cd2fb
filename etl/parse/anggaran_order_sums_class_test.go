package parse

import (
	"fmt"
	"testing"
)

// TestBudgetParentsBySums: a budget table in submission order (kegiatan
// before any program) gives no parent by row order. The table's own sums
// prove one: the kegiatan split among the programs so that each program's
// pagu and realisasi are the sums of its kegiatan's. A kegiatan that two
// splits place under different programs stays without parent.
func TestBudgetParentsBySums(t *testing.T) {
	form := barred("Tabel 3.3 Realisasi Anggaran Tahun 2020", "",
		"Waktu|Kode|Uraian|Pagu (Rp)|Realisasi (Rp)|Sisa (Rp)",
		"3/01/2021 8:10:02|4101|Fasilitasi Kampanye Pemilihan|1.250.000.000|1.200.000.000|50.000.000",
		"3/01/2021 8:40:19|3358|Pengelolaan Sumber Daya Manusia|900.000.000|870.000.000|30.000.000",
		"3/01/2021 9:02:45|4102|Distribusi Logistik Pemilihan|2.100.000.000|2.050.000.000|50.000.000",
		"4/01/2021 10:15:30|076.01.CQ|Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi|3.350.000.000|3.250.000.000|100.000.000",
		"4/01/2021 10:31:07|4103|Layanan Umum Perkantoran|1.600.000.000|1.540.000.000|60.000.000",
		"4/01/2021 11:02:51|076.01.WA|Program Dukungan Manajemen|2.500.000.000|2.410.000.000|90.000.000", "")
	twins := barred("Tabel 3.4 Realisasi Anggaran Tahun 2022", "",
		"Kode|Kegiatan|Pagu|Realisasi|Sisa",
		"4201|Bimbingan Teknis Badan Ad Hoc|500.000.000|480.000.000|20.000.000",
		"4203|Pemeliharaan Gedung Kantor|700.000.000|690.000.000|10.000.000",
		"076.01.WA|Program Dukungan Manajemen|1.200.000.000|1.170.000.000|30.000.000",
		"4202|Rapat Koordinasi Tahapan|500.000.000|480.000.000|20.000.000",
		"076.01.CQ|Program Penyelenggaraan Pemilu|500.000.000|480.000.000|20.000.000", "")
	single := barred("Tabel 3.2 Realisasi Anggaran Tahun 2023", "",
		"Kode|Program/Kegiatan|Pagu|Realisasi|Sisa|%",
		"4301|Sosialisasi Tahapan Pemilu|800.000.000|760.000.000|40.000.000|95,00",
		"4302|Pendidikan Pemilih Pemula|450.000.000|441.000.000|9.000.000|98,00",
		"076.01.CQ|Program Penyelenggaraan Pemilu|1.250.000.000|1.201.000.000|49.000.000|96,08",
		"|JUMLAH|1.250.000.000|1.201.000.000|49.000.000|96,08", "")
	// A row whose parent the sums prove carries a finding saying so, not
	// one saying it is empty; a row they leave open still says it is.
	for _, tc := range []struct {
		name          string
		body          []string
		proven, empty []string // kegiatan codes
	}{{"form", form, []string{"4101", "3358", "4102"}, nil}, {"twins", twins, []string{"4203"}, []string{"4201", "4202"}}} {
		got := map[string]string{}
		for _, f := range parseDoc(t, tc.name, tc.body...).Findings {
			if f.Aturan == "anggaran.induk_dibuktikan" || f.Aturan == "anggaran.induk_tidak_diketahui" {
				got[f.Nilai] = f.Aturan
			}
		}
		want := map[string]string{}
		for _, k := range tc.proven {
			want[k] = "anggaran.induk_dibuktikan"
		}
		for _, k := range tc.empty {
			want[k] = "anggaran.induk_tidak_diketahui"
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s: parent findings %v, want %v", tc.name, got, want)
		}
	}
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"form responses, two programs, one split adds up", form, map[string][]string{"anggaran": {
			"4101|kegiatan|076.01.CQ|2020|1250000000|1200000000|50000000",
			"3358|kegiatan|076.01.WA|2020|900000000|870000000|30000000",
			"4102|kegiatan|076.01.CQ|2020|2100000000|2050000000|50000000",
			"076.01.CQ|program||2020|3350000000|3250000000|100000000",
			"4103|kegiatan|076.01.WA|2020|1600000000|1540000000|60000000",
			"076.01.WA|program||2020|2500000000|2410000000|90000000",
		}}},
		{"two kegiatan of equal amounts may change places", twins, map[string][]string{"anggaran": {
			"4201|kegiatan||2022|500000000|480000000|20000000",
			"4203|kegiatan|076.01.WA|2022|700000000|690000000|10000000",
			"076.01.WA|program||2022|1200000000|1170000000|30000000",
			"4202|kegiatan||2022|500000000|480000000|20000000",
			"076.01.CQ|program||2022|500000000|480000000|20000000",
		}}},
		{"one program under its kegiatan, a total", single, map[string][]string{"anggaran": {
			"4301|kegiatan|076.01.CQ|2023|800000000|760000000|40000000",
			"4302|kegiatan|076.01.CQ|2023|450000000|441000000|9000000",
			"076.01.CQ|program||2023|1250000000|1201000000|49000000",
			"TOTAL|total||2023|1250000000|1201000000|49000000",
		}}},
	})
}
