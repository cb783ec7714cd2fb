package parse

import (
	"strings"
	"testing"
)

// TestCapaianGroupHeaderClass: a capaian table whose header row is typed
// again for every group, the group's name in the header's indicator cell
// (made-up satkers, wordings and figures): every group's rows are one
// table, no header copy is read as a row, no group name as an indicator.
// Look-alikes keep their reading: a header repeated whole, two tables
// whose headers differ in a year, a budget or roll header repeated with a
// program's name, which never become capaian.
func TestCapaianGroupHeaderClass(t *testing.T) {
	const (
		a = "Persentase pemilih yang menggunakan hak pilih"
		b = "Persentase pengaduan masyarakat yang ditindaklanjuti"
		c = "Nilai Keterbukaan Informasi Publik"
		d = "Opini BPK atas Laporan Keuangan"
	)
	head := []string{"Tabel 3.5 Capaian Kinerja Tahun 2023", ""}
	body := func(rows ...string) []string { return append(append([]string{}, head...), rows...) }
	checkDocs(t, []string{"capaian"}, []docCase{
		{"Tujuan groups, years in the titles", body(
			"No.\tTujuan 1 - Terselenggaranya pemilihan yang berintegritas\tTarget 2023\tRealisasi 2023\tCapaian",
			"1\t"+a+"\t80,00%\t84,20%\t105,25%",
			"2\t"+b+"\t100%\t95%\t95,00%",
			"No.\tTujuan 2 - Terwujudnya pelayanan informasi yang terbuka\tTarget 2023\tRealisasi 2023\tCapaian",
			"3\t"+c+"\t75,00\t81,30\t108,40%"),
			map[string][]string{"capaian": {a + "|80|84.2|105.25", b + "|100|95|95", c + "|75|81.3|108.4"}}},
		{"Sasaran Strategis groups numbered on, a grade row", body(
			"No.\tSasaran Strategis I: Meningkatnya partisipasi dan kepercayaan publik\tSatuan\tTarget\tRealisasi\t% Capaian",
			"1\t"+a+"\t%\t78,00\t74,10\t95,00",
			"No.\tSasaran Strategis II: Terwujudnya birokrasi yang bersih\tSatuan\tTarget\tRealisasi\t% Capaian",
			"2\tNilai Evaluasi atas Akuntabilitas Kinerja\tPredikat\tBB\tB\t-",
			"3\t"+d+"\tOpini\tWTP\tWTP\t100,00"),
			map[string][]string{"capaian": {a + "|78|74.1|95", "Nilai Evaluasi atas Akuntabilitas Kinerja|<nil>|<nil>|<nil>", d + "|<nil>|<nil>|100"}}},
		{"Sasaran without a number, Realisasi before Target, Satuan last", body(
			"Sasaran Kegiatan: Meningkatnya partisipasi masyarakat\tRealisasi\tTarget\tCapaian (%)\tSatuan",
			a+"\t71,90\t75,00\t95,87\t%",
			"Sasaran Kegiatan: Terwujudnya tata kelola yang akuntabel\tRealisasi\tTarget\tCapaian (%)\tSatuan",
			d+"\tWTP\tWTP\t100,00\tOpini",
			c+"\t90,10\t85,00\t106,00\tIndeks"),
			map[string][]string{"capaian": {a + "|75|71.9|95.87", d + "|<nil>|<nil>|100", c + "|85|90.1|106"}}},
		// look-alikes
		{"header repeated whole after a page break", body(
			"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
			"1\t"+a+"\t80,00\t84,20\t105,25",
			"", "\f",
			"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
			"2\t"+c+"\t75,00\t81,30\t108,40"),
			map[string][]string{"capaian": {a + "|80|84.2|105.25", c + "|75|81.3|108.4"}}},
		{"Kegiatan groups, three of them, a wrapped indicator", body(
			"No\tKegiatan 1: Pemutakhiran data pemilih\tSatuan\tTarget\tRealisasi\tCapaian (%)",
			"1\tPersentase data pemilih yang dimutakhirkan secara\t%\t100\t98\t98,00",
			"\tberkelanjutan\t\t\t\t",
			"No\tKegiatan 2: Sosialisasi dan pendidikan pemilih\tSatuan\tTarget\tRealisasi\tCapaian (%)",
			"2\t"+a+"\t%\t77,50\t79,05\t102,00",
			"No\tKegiatan 3: Pengelolaan informasi publik\tSatuan\tTarget\tRealisasi\tCapaian (%)",
			"3\t"+c+"\tIndeks\t80\t88\t110,00"),
			map[string][]string{"capaian": {"Persentase data pemilih yang dimutakhirkan secara berkelanjutan|100|98|98", a + "|77.5|79.05|102", c + "|80|88|110"}}},
		{"Indikator Kinerja header repeated inside the table", body(
			"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
			"1\t"+a+"\t80,00\t84,20\t105,25",
			"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
			"2\t"+c+"\t75,00\t81,30\t108,40"),
			map[string][]string{"capaian": {a + "|80|84.2|105.25", c + "|75|81.3|108.4"}}},
		{"a roll header repeated with a kegiatan's name", append([]string{"Tabel 3.7 Rekapitulasi DPT Tahun 2023", ""},
			"No\tKegiatan Pemutakhiran Tahap Satu\tDesa\tTPS\tL\tP\tL+P",
			"1\tALOK\t12\t40\t5.100\t5.200\t10.300",
			"No\tKegiatan Pemutakhiran Tahap Dua\tDesa\tTPS\tL\tP\tL+P",
			"2\tKANGAE\t10\t30\t4.000\t4.100\t8.100"),
			map[string][]string{}},
		{"a budget header repeated with a program's name", append([]string{"Tabel 3.6 Realisasi Anggaran Tahun 2023", ""},
			"Kode\tProgram Dukungan Manajemen dan Tugas Teknis\tPagu (Rp)\tRealisasi (Rp)\tSisa (Rp)",
			"3355\tPengelolaan Keuangan\t1.000.000\t900.000\t100.000",
			"Kode\tProgram Penyelenggaraan Pemilu dan Pemilihan\tPagu (Rp)\tRealisasi (Rp)\tSisa (Rp)",
			"6867\tPembentukan Badan Adhoc\t2.000.000\t1.500.000\t500.000"),
			map[string][]string{}},
	})
}

// TestCapaianGroupHeaderYears: two tables one under the other whose headers
// differ in a year as well as the group cell are no header copies: their
// group cells are never taken for a column title.
func TestCapaianGroupHeaderYears(t *testing.T) {
	d := parseDoc(t, "years", "Tabel 3.5 Capaian Kinerja", "",
		"No\tSasaran Strategis 1: Meningkatnya partisipasi pemilih\tTarget 2022\tRealisasi 2022\tCapaian 2022",
		"1\tPersentase pemilih yang menggunakan hak pilih\t80,00\t84,20\t105,25",
		"No\tSasaran Strategis 2: Meningkatnya partisipasi pemilih\tTarget 2023\tRealisasi 2023\tCapaian 2023",
		"2\tPersentase pemilih yang menggunakan hak pilih\t81,00\t70,00\t86,42")
	for _, c := range d.Capaian {
		if strings.HasPrefix(c.Indikator, "Sasaran") || strings.Contains(c.Indikator, "Target") {
			t.Errorf("a header read as a row: %q", c.Indikator)
		}
	}
}
