package parse

import "testing"

// TestOrdinalCapaian: capaian told in spoken prose, one paragraph an
// indicator opened by an ordinal word ("Pertama, …", "Kedua, …"), a role
// word parted from its figure by a relative clause ("Target yang
// ditetapkan … adalah 77,50 persen"), gives capaian rows when the figures
// prove each other; a run that does not open at "Pertama", or figures that
// disagree, stay prose.
func TestOrdinalCapaian(t *testing.T) {
	lead := "Izinkan saya menyampaikan capaian kinerja tahun ini satu per satu."
	speech := []string{lead, "",
		"Pertama, persentase partisipasi pemilih dalam Pemilihan Bupati. Target yang ditetapkan dalam",
		"Perjanjian Kinerja adalah 77,50 persen, dan realisasinya 80,60 persen; dengan demikian capaian",
		"104,00 persen.", "",
		"Kedua, persentase penyelesaian sengketa proses pemilihan tepat waktu. Target yang tertuang dalam",
		"rencana kinerja tahunan ialah 100 persen, sedangkan realisasinya 96,40 persen, sehingga capaian 96,40 persen.", "",
		"Ketiga, opini BPK atas Laporan Keuangan. Target yang kami canangkan adalah WTP, dan realisasinya WTP.", "",
		"Semua ini berkat kerja 41 orang petugas ad hoc di lapangan.", ""}
	minutes := []string{"Rapat pleno mencatat capaian indikator kinerja sasaran strategis sebagai berikut.", "",
		"Pertama, nilai evaluasi atas akuntabilitas kinerja KPU Kabupaten. Realisasi yang diperoleh sebesar BB, sedangkan target yang ditetapkan sebesar B.", "",
		"Kedua, persentase dokumen perencanaan yang tersusun tepat waktu. Target sebagaimana tercantum dalam Renstra adalah 90,00 persen; realisasinya 94,50 persen, jadi capaian 105,00 persen.", ""}
	notFirst := []string{lead, "",
		"Kedua, persentase partisipasi pemilih dalam Pemilihan Bupati. Target yang ditetapkan adalah 77,50 persen, dan realisasinya 80,60 persen; dengan demikian capaian 104,00 persen.", ""}
	disagree := []string{lead, "",
		"Pertama, persentase partisipasi pemilih dalam Pemilihan Bupati. Target yang ditetapkan adalah 77,50 persen, dan realisasinya 80,60 persen; dengan demikian capaian 110,00 persen.", ""}
	checkDocs(t, []string{"capaian"}, []docCase{
		{"a speech, two percentages and an opinion", speech, map[string][]string{"capaian": {
			"persentase partisipasi pemilih dalam Pemilihan Bupati|77.5|80.6|104",
			"persentase penyelesaian sengketa proses pemilihan tepat waktu|100|96.4|96.4",
			"opini BPK atas Laporan Keuangan|<nil>|<nil>|<nil>"}}},
		{"minutes, realisasi before target, a grade", minutes, map[string][]string{"capaian": {
			"nilai evaluasi atas akuntabilitas kinerja KPU Kabupaten|<nil>|<nil>|<nil>",
			"persentase dokumen perencanaan yang tersusun tepat waktu|90|94.5|105"}}},
		{"a run that does not open at Pertama", notFirst, nil},
		{"figures that disagree", disagree, nil},
	})
}
