package parse

import (
	"strings"
	"testing"
)

// TestCutNameClass: an indicator name a fixed-width grid cut short and
// ended with an ellipsis is a prefix, not a name. It is keyed to the one
// name it begins (a whole name an earlier table of the document states,
// else the catalogue's, of the row's level when several levels begin so);
// a cut that begins several names is reported and not loaded.
func TestCutNameClass(t *testing.T) {
	grid := func(caption string, rows ...string) []string {
		return append([]string{caption, "", "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)"}, append(rows, "")...)
	}
	checkDocs(t, []string{"capaian"}, []docCase{
		{name: "ellipsis inside a word, catalogue names",
			body: grid("Tabel 3.2 Pengukuran Kinerja Tahun 2021",
				"1\tPersentase Sengketa Hukum yang dim…\t%\t100,00\t100,00\t100,00",
				"2\tPersentase Pemilih yang Berhak Memil…\t%\t2,00\t1,50\t125,00",
				"3\tNilai Keterbukaan Informasi Publik\tNilai\t80,00\t86,00\t107,50"),
			want: map[string][]string{"capaian": {
				"Persentase Sengketa Hukum yang dimenangkan KPU|100|100|100",
				"Persentase Pemilih yang Berhak Memilih Tetapi Tidak Masuk dalam Daftar Pemilih Tetap|2|1.5|125",
				"Nilai Keterbukaan Informasi Publik|80|86|107.5"}}},
		{name: "three dots after a whole word; a cut beginning three indicators is dropped",
			body: grid("Tabel 3.1 Capaian Indikator Kinerja 2023",
				"1\tPersentase tersedianya sarana dan ...\t%\t100,00\t95,40\t95,40",
				"2\tPersentase Partisipasi Pemilih...\t%\t75,00\t79,10\t105,47",
				"3\tOpini BPK atas Laporan Keuangan\tOpini\tWTP\tWTP\t100,00"),
			want: map[string][]string{"capaian": {
				"Persentase tersedianya sarana dan prasarana untuk memenuhi kebutuhan kerja Pegawai yang berfungsi dengan baik|100|95.4|95.4",
				"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100"}}},
		{name: "a local indicator named whole in the PK table before the grid",
			body: append(grid("Tabel 2.1 Perjanjian Kinerja Tahun 2022",
				"1\tPersentase Berkas Pengadaan Langsung yang Diarsipkan Tepat Waktu\t%\t90,00\t-\t-"),
				grid("Tabel 3.1 Pengukuran Kinerja Tahun 2022",
					"1\tPersentase Berkas Pengadaan Lang…\t%\t90,00\t94,50\t105,00")...),
			want: map[string][]string{"capaian": {
				"Persentase Berkas Pengadaan Langsung yang Diarsipkan Tepat Waktu|90|<nil>|<nil>",
				"Persentase Berkas Pengadaan Langsung yang Diarsipkan Tepat Waktu|90|94.5|105"}}},
		{name: "two indicators of two levels begin so: the sasaran strategis one",
			body: grid("Tabel 3.1 Pengukuran Kinerja Sasaran Strategis Tahun 2020",
				"1\tPersentase KPU Kabupaten dalam menyelenggarakan Pemilu/Pemi…\t%\t100,00\t100,00\t100,00"),
			want: map[string][]string{"capaian": {
				"Persentase KPU Kabupaten dalam menyelenggarakan Pemilu/Pemilihan sesuai dengan jadwal|100|100|100"}}},
	})
	d := parseDoc(t, "the dropped cut is reported", grid("Tabel 3.1 Pengukuran Kinerja 2019",
		"1\tPersentase Partisipasi Pemilih…\t%\t75,00\t79,10\t105,47")...)
	found := false
	for _, f := range d.Findings {
		found = found || f.Aturan == "capaian.nama_terpotong" && strings.Contains(f.Pesan, "dilewati")
	}
	if !found || len(d.Capaian) != 0 {
		t.Errorf("a cut beginning several indicators: %d rows, finding %v; want none and a finding", len(d.Capaian), found)
	}
}

// TestCutJoinerClass: a name that stops on a preposition or a conjunction
// (its wrapped line lost, a margin label of the PDF in between) is cut as
// surely as one ended with an ellipsis: it takes the one whole name it
// begins (the document's PK table, else the catalogue's) or loads
// nothing and is reported. Names ending on a word that only usually goes
// on (`tepat`, `sesuai`) are whole. Made-up tables and figures.
func TestCutJoinerClass(t *testing.T) {
	grid := func(caption string, rows ...string) []string {
		return append([]string{caption, "", "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)"}, append(rows, "")...)
	}
	checkDocs(t, []string{"capaian"}, []docCase{
		{name: "the wrapped line lost under a margin label: the catalogue's name",
			body: grid("Tabel 3.1 Pengukuran Kinerja Tahun 2019",
				"1\tPersentase Pemilih yang Berhak Memilih Tetapi Tidak Masuk dalam\t%\t2,00\t2,30\t85,00",
				"10.30", "Daftar Pemilih Tetap", "",
				"2\tPersentase Partisipasi Pemilih\t%\t77,50\t80,64\t104,05"),
			want: map[string][]string{"capaian": {
				"Persentase Pemilih yang Berhak Memilih Tetapi Tidak Masuk dalam Daftar Pemilih Tetap|2|2.3|85",
				"Persentase Partisipasi Pemilih|77.5|80.64|104.05"}}},
		{name: "a local indicator cut on 'untuk', named whole in the PK table",
			body: append(grid("Tabel 2.1 Perjanjian Kinerja Tahun 2022",
				"1\tPersentase Arsip Dinamis yang Dipindai untuk Layanan Daring\t%\t75,00\t-\t-"),
				grid("Tabel 3.1 Pengukuran Kinerja Tahun 2022",
					"1\tPersentase Arsip Dinamis yang Dipindai untuk\t%\t75,00\t81,00\t108,00",
					"lipat di sini", "Layanan Daring")...),
			want: map[string][]string{"capaian": {
				"Persentase Arsip Dinamis yang Dipindai untuk Layanan Daring|75|<nil>|<nil>",
				"Persentase Arsip Dinamis yang Dipindai untuk Layanan Daring|75|81|108"}}},
		{name: "a cut on 'yang' no name begins: dropped, the whole rows stand",
			body: grid("Tabel 3.2 Capaian Kinerja 2023",
				"1\tJumlah Relawan Demokrasi yang\torang\t40\t44\t110,00",
				"2\tPersentase logistik terdistribusi tepat\t%\t95,00\t97,85\t103,00",
				"3\tPersentase dokumen anggaran yang sesuai\t%\t100,00\t90,00\t90,00",
				"4\tNilai Keterbukaan Informasi Publik\tNilai\t80,00\t86,00\t107,50"),
			want: map[string][]string{"capaian": {
				"Persentase logistik terdistribusi tepat|95|97.85|103",
				"Persentase dokumen anggaran yang sesuai|100|90|90",
				"Nilai Keterbukaan Informasi Publik|80|86|107.5"}}},
	})
	d := parseDoc(t, "the dropped cut is reported", grid("Tabel 3.1 Pengukuran Kinerja 2024",
		"1\tPersentase Kegiatan Sosialisasi dengan\t%\t90,00\t95,00\t105,56")...)
	found := false
	for _, f := range d.Findings {
		found = found || f.Aturan == "capaian.nama_terpotong" && strings.Contains(f.Pesan, "dilewati")
	}
	if !found || len(d.Capaian) != 0 {
		t.Errorf("a name cut on 'dengan': %d rows, finding %v; want none and a finding", len(d.Capaian), found)
	}
}
