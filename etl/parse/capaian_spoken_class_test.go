package parse

import "testing"

// spkDoc sets spoken lines under a capaian caption, between a report's
// narrative and its source line.
func spkDoc(note string, spoken ...string) []string {
	out := []string{"BAB III AKUNTABILITAS KINERJA", "", note, "", "Tabel 3.1 Pengukuran Kinerja Tahun 2024", ""}
	out = append(out, spoken...)
	return append(out, "", "Sumber: Subbagian Program dan Data, diolah.", "")
}

// TestSpokenCapaianClass: the capaian table read aloud, a cell an
// utterance: a screen reader's speech log (row announcements, `kolom k`,
// the column title before the value or only in the header row) and a
// teleprompter script (a cue a block, `TITLE: value`, `///` pauses). The
// roles come from the titles, every row is proven by
// realisasi/target = capaian, and only rows naming an indicator load.
func TestSpokenCapaianClass(t *testing.T) {
	// an English NVDA log, titles before each value, realisasi before
	// target, no number column, no unit column
	english := spkDoc("Log Speech Viewer pembaca layar diketik ulang.",
		"table with 3 rows and 4 columns",
		"row 1  column 1  Indicator",
		"column 2  Actual",
		"column 3  Target",
		"column 4  Achievement (%)",
		"row 2  Indicator  column 1  Persentase Laporan Keuangan yang Disusun Tepat Waktu",
		"Actual  column 2  95,40",
		"Target  column 3  90,00",
		"Achievement (%)  column 4  106,00",
		"row 3  Indicator  column 1  Jumlah Pemilih Pemula yang Mengikuti Sosialisasi",
		"Actual  column 2  1.500",
		"Target  column 3  1.200",
		"Achievement (%)  column 4  125,00",
		"out of table")
	wantEnglish := []string{
		"Persentase Laporan Keuangan yang Disusun Tepat Waktu|90|95.4|106",
		"Jumlah Pemilih Pemula yang Mengikuti Sosialisasi|1200|1500|125",
	}
	// titles spoken only in the header row (the reader's setting off), a
	// row whose arithmetic fails is not loaded, a grade row by rank
	headerOnly := spkDoc("Tabel dibaca dengan NVDA; log Penampil Ucapan diketik ulang.",
		"tabel dengan 5 kolom dan 4 baris",
		"baris 1  kolom 1  Nama Indikator",
		"kolom 2  Satuan",
		"kolom 3  Target 2024",
		"kolom 4  Realisasi 2024",
		"kolom 5  Capaian",
		"baris 2  kolom 1  Persentase Tindak Lanjut Rekomendasi Hasil Pemeriksaan",
		"kolom 2  %",
		"kolom 3  100,00",
		"kolom 4  87,50",
		"kolom 5  87,50",
		"baris 3  kolom 1  Persentase Partisipasi Pemilih Perempuan",
		"kolom 2  %",
		"kolom 3  80,00",
		"kolom 4  70,00",
		"kolom 5  95,00",
		"baris 4  kolom 1  Nilai Evaluasi atas Akuntabilitas Kinerja",
		"kolom 2  Predikat",
		"kolom 3  B",
		"kolom 4  BB",
		"kolom 5  100,00",
		"keluar dari tabel")
	wantHeaderOnly := []string{
		"Persentase Tindak Lanjut Rekomendasi Hasil Pemeriksaan|100|87.5|87.5",
		"Nilai Evaluasi atas Akuntabilitas Kinerja|<nil>|<nil>|100",
	}
	// a teleprompter script: `IKU n:` cues, the name titled, the unit only
	// as a spoken percent, realisasi before target, a stage direction
	script := spkDoc("Naskah teleprompter video kinerja diketik ulang.",
		"[[ KAMERA 2 - PEMBAWA: SEKRETARIS ]]", "",
		">> IKU 1:",
		">> INDIKATOR: Persentase Partisipasi Pemilih dalam Pemilu",
		">> (tersenyum ke kamera)",
		">> REALISASI: 81,37 persen",
		">> TARGET: 77,50 persen",
		">> CAPAIAN: 104,99 PERSEN.",
		"///", "",
		">> IKU 2:",
		">> INDIKATOR: Opini BPK atas Laporan Keuangan",
		">> SATUAN: Opini",
		">> TARGET: WTP",
		">> REALISASI: WTP",
		">> CAPAIAN: 100 PERSEN.",
		"///", "",
		"[[ POTONG KE GRAFIS ]]")
	wantScript := []string{
		"Persentase Partisipasi Pemilih dalam Pemilu|77.5|81.37|104.99",
		"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100",
	}
	// the same script typed without cue marks, the name untitled, the
	// titles with their year, a lower-is-better indicator
	plain := spkDoc("Naskah pembawa acara diketik ulang.",
		"INDIKATOR 1.",
		"Persentase Penyelenggara Pemilu yang Terbukti Melanggar Kode Etik",
		"SATUAN: %",
		"TARGET 2024: 2,00",
		"REALISASI 2024: 1,00",
		"CAPAIAN: 150,00 PERSEN.",
		"///")
	wantPlain := []string{"Persentase Penyelenggara Pemilu yang Terbukti Melanggar Kode Etik|2|1|150"}
	// look-alike: a speech log of a web page's menu read as a table
	menu := []string{"Log Speech Viewer saat membuka portal:", "",
		"tabel dengan 3 kolom dan 3 baris",
		"baris 1  kolom 1  Menu", "kolom 2  Tautan", "kolom 3  Keterangan",
		"baris 2  Menu  kolom 1  Beranda", "Tautan  kolom 2  tautan /", "Keterangan  kolom 3  halaman utama",
		"baris 3  Menu  kolom 1  Data Pemilih", "Tautan  kolom 2  tautan /dpt", "Keterangan  kolom 3  100",
		"keluar dari tabel"}
	// look-alike: a shop's sales targets read aloud, the arithmetic right
	// but no row an indicator
	shop := []string{"Log pembaca layar laporan penjualan toko:", "",
		"tabel dengan 4 kolom dan 2 baris",
		"baris 1  kolom 1  Barang", "kolom 2  Target", "kolom 3  Realisasi", "kolom 4  Capaian (%)",
		"baris 2  Barang  kolom 1  Beras Premium 5 kg", "Target  kolom 2  200", "Realisasi  kolom 3  150", "Capaian (%)  kolom 4  75,00",
		"keluar dari tabel"}
	// look-alike: a news bulletin's teleprompter script with numbers
	news := []string{"Naskah berita radio:", "",
		">> BERITA 1.", ">> Harga beras di pasar Inpres naik.", ">> HARGA: 12.500 rupiah", ">> TARGET: 11.000", ">> CAPAIAN: 88 persen.", "///",
		">> INDIKATOR 2.", ">> Cuaca cerah berawan di seluruh kecamatan.", ">> SUHU: 31 derajat", "///"}
	checkDocs(t, []string{"capaian"}, []docCase{
		{"English speech log, titles before values, no number column", english, map[string][]string{"capaian": wantEnglish}},
		{"titles in the header row only, a failing row dropped, a grade", headerOnly, map[string][]string{"capaian": wantHeaderOnly}},
		{"teleprompter with cues, IKU codes, percent spoken", script, map[string][]string{"capaian": wantScript}},
		{"teleprompter typed without cues, lower is better", plain, map[string][]string{"capaian": wantPlain}},
		{"a web page's menu read aloud", menu, map[string][]string{"capaian": nil}},
		{"a shop's sales read aloud", shop, map[string][]string{"capaian": nil}},
		{"a news bulletin's script", news, map[string][]string{"capaian": nil}},
	})
}
