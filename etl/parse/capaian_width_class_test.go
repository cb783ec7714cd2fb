package parse

import (
	"fmt"
	"strings"
	"testing"
)

// clipTable prints a measurement table the way a spreadsheet with wrap
// text off does: each name cut at width characters (and the cell's
// trailing space trimmed), the figures after it.
func clipTable(caption, header string, width int, rows ...[2]string) []string {
	out := []string{caption, "", header}
	for i, r := range rows {
		name := []rune(r[0])
		if len(name) > width {
			name = name[:width]
		}
		out = append(out, strings.Join([]string{string(rune('1' + i)), strings.TrimRight(string(name), " "), r[1]}, "\t"))
	}
	return append(out, "", "Sumber: lembar kerja pengukuran kinerja, diolah.", "")
}

// TestCapaianWidthClass: names clipped at one column width are completed
// from the document's earlier tables or the catalogue when they begin
// exactly one name, else not loaded; a name one character short (clipped
// after a word) is completed when it can be, else kept; tables whose
// equally long names end on whole words are left alone.
func TestCapaianWidthClass(t *testing.T) {
	const hdr = "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)"
	// clipped at 20: mid-word cuts completed from the catalogue, one clipped
	// just after a word (19, its space trimmed) completed too, a short
	// whole name kept, one beginning three catalogue names (the partisipasi
	// indicators, cut before their difference) not loaded
	at20 := clipTable("Tabel 3.1 Pengukuran Kinerja Sasaran Strategis Tahun 2024", hdr, 20,
		[2]string{"Persentase naskah akademik Peraturan KPU yang berbasis riset kepemiluan", "100\t100\t100"},
		[2]string{"Opini BPK atas Laporan Keuangan", "WTP\tWTP\t100"},
		[2]string{"Nilai Keterbukaan Informasi Publik", "80\t84\t105"},
		[2]string{"Persentase Sengketa Hukum yang dimenangkan KPU", "100\t100\t100"},
		[2]string{"Persentase Penyelenggara Pemilu/Pemilihan yang terbukti melakukan Pelanggaran Pemilu/Pemilihan", "0\t0\t100"},
		[2]string{"Persentase Partisipasi Pemilih Disabilitas dalam Pemilu/Pemilihan", "2\t3\t150"},
		[2]string{"Indeks Kepuasan", "3\t3,3\t110"})
	want20 := []string{
		"Persentase naskah akademik Peraturan KPU yang berbasis riset kepemiluan|100|100|100",
		"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100",
		"Nilai Keterbukaan Informasi Publik|80|84|105",
		"Persentase Sengketa Hukum yang dimenangkan KPU|100|100|100",
		"Persentase Penyelenggara Pemilu/Pemilihan yang terbukti melakukan Pelanggaran Pemilu/Pemilihan|0|0|100",
		"Indeks Kepuasan|3|3.3|110"}
	// clipped at 35, a Satuan column; a name shorter than the width is whole
	at35 := clipTable("Tabel 3.2 Capaian IKU 2023", "No\tIndikator\tSatuan\tTarget\tRealisasi\tCapaian", 35,
		[2]string{"Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten", "Predikat\tB\tBB\t100"},
		[2]string{"Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan", "%\t77,5\t79,2\t102,19"},
		[2]string{"Persentase Partisipasi Pemilih Perempuan dalam Pemilu/Pemilihan", "%\t50\t52\t104"},
		[2]string{"Persentase Partisipasi Pemilih", "%\t77,5\t79,2\t102,19"},
		[2]string{"Persentase Satker dalam mendistribusikan logistik Pemilu/Pemilihan secara tepat sasaran", "%\t100\t98\t98"})
	want35 := []string{
		"Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten|<nil>|<nil>|100",
		"Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan|77.5|79.2|102.19",
		"Persentase Partisipasi Pemilih Perempuan dalam Pemilu/Pemilihan|50|52|104",
		"Persentase Partisipasi Pemilih|77.5|79.2|102.19",
		"Persentase Satker dalam mendistribusikan logistik Pemilu/Pemilihan secara tepat sasaran tepat jumlah tepat jenis tepat mutu dan tepat waktu|100|98|98"}
	// a house's own names, not the catalogue's: the PK table states them
	// whole, the measurement grid cuts them at 24
	own := append([]string{"Tabel 2.1 Perjanjian Kinerja Tahun 2024", "",
		"No\tIndikator Kinerja\tTarget",
		"1\tRasio arsip digital terhadap arsip fisik\t60",
		"2\tJumlah inovasi layanan yang diterapkan\t3",
		"3\tRasio pengaduan terselesaikan tepat waktu\t90", "", ""},
		clipTable("Tabel 3.1 Pengukuran Kinerja Tahun 2024", hdr, 24,
			[2]string{"Rasio arsip digital terhadap arsip fisik", "60\t66\t110"},
			[2]string{"Jumlah inovasi layanan yang diterapkan", "3\t3\t100"},
			[2]string{"Rasio pengaduan terselesaikan tepat waktu", "90\t81\t90"})...)
	wantOwn := []string{ // the PK table's own rows, then the measurement's
		"Rasio arsip digital terhadap arsip fisik|60|<nil>|<nil>",
		"Jumlah inovasi layanan yang diterapkan|3|<nil>|<nil>",
		"Rasio pengaduan terselesaikan tepat waktu|90|<nil>|<nil>",
		"Rasio arsip digital terhadap arsip fisik|60|66|110",
		"Jumlah inovasi layanan yang diterapkan|3|3|100",
		"Rasio pengaduan terselesaikan tepat waktu|90|81|90"}
	// look-alike: three names of one length by chance, each ending on a
	// whole word: nothing is clipped, nothing changes
	even := clipTable("Tabel 3.1 Pengukuran Kinerja Tahun 2024", hdr, 200,
		[2]string{"Persentase arsip yang tertata", "90\t99\t110"},
		[2]string{"Persentase TPS ramah pemilih", "100\t100\t100"},
		[2]string{"Persentase surat tepat waktu", "95\t95\t100"},
		[2]string{"Nilai SAKIP", "70\t72\t102,86"})
	wantEven := []string{"Persentase arsip yang tertata|90|99|110", "Persentase TPS ramah pemilih|100|100|100",
		"Persentase surat tepat waktu|95|95|100", "Nilai SAKIP|70|72|102.86"}
	// look-alike: one long name ending mid-word alone is no clip (it is
	// the catalogue's business, not a column's); nor is a shop's stock list
	// clipped at 12
	alone := clipTable("Tabel 3.1 Pengukuran Kinerja Tahun 2024", hdr, 200,
		[2]string{"Persentase dokumen yang dikirim via SIPOL", "90\t99\t110"},
		[2]string{"Nilai SAKIP", "70\t72\t102,86"})
	wantAlone := []string{"Persentase dokumen yang dikirim via SIPOL|90|99|110", "Nilai SAKIP|70|72|102.86"}
	shop := clipTable("Daftar stok gudang ATK", "No\tNama Barang\tStok\tMasuk\tKeluar", 12,
		[2]string{"Kertas HVS A4 80 gram", "40\t10\t12"}, [2]string{"Tinta printer hitam", "6\t2\t3"},
		[2]string{"Map plastik biru", "120\t0\t30"})
	checkDocs(t, []string{"capaian"}, []docCase{
		{"clipped at 20, catalogue", at20, map[string][]string{"capaian": want20}},
		{"clipped at 35, a Satuan column", at35, map[string][]string{"capaian": want35}},
		{"clipped at 24, the PK table's names", own, map[string][]string{"capaian": wantOwn}},
		{"look-alike: equal lengths, whole words", even, map[string][]string{"capaian": wantEven}},
		{"look-alike: one odd name", alone, map[string][]string{"capaian": wantAlone}},
		{"look-alike: a shop's stock", shop, map[string][]string{"capaian": nil}},
	})
}

// TestAnggaranWidthClass: a budget table whose uraian were clipped at one
// width keeps every row (the code is the key, the figures prove
// themselves) and is reported once; the same table with whole names is
// not.
func TestAnggaranWidthClass(t *testing.T) {
	table := func(names ...string) []string {
		figs := []string{"1.500.000.000\t1.350.000.000\t150.000.000", "1.000.000.000\t900.000.000\t100.000.000",
			"300.000.000\t270.000.000\t30.000.000", "200.000.000\t180.000.000\t20.000.000"}
		codes := []string{"076.01.WA", "3355", "3358", "3360"}
		out := []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024", "", "Kode\tUraian\tPagu\tRealisasi\tSisa"}
		for i, n := range names {
			out = append(out, codes[i]+"\t"+n+"\t"+figs[i])
		}
		return append(out, "\tJumlah\t1.500.000.000\t1.350.000.000\t150.000.000", "")
	}
	want := []string{"076.01.WA|program||2024|1500000000|1350000000|150000000", "3355|kegiatan|076.01.WA|2024|1000000000|900000000|100000000",
		"3358|kegiatan|076.01.WA|2024|300000000|270000000|30000000", "3360|kegiatan|076.01.WA|2024|200000000|180000000|20000000"}
	clipped := table("Program Dukungan Man", "Penyediaan Dukungan", "Pengelolaan Keuangan", "Operasional Perkanto")
	whole := table("Program Dukungan Manajemen", "Penyediaan Dukungan", "Pengelolaan Keuangan", "Operasional Perkantoran")
	for _, c := range []struct {
		name string
		body []string
		flag bool
	}{{"clipped at 20", clipped, true}, {"whole names", whole, false}} {
		d := parseDoc(t, c.name, c.body...)
		var got []string
		for _, a := range d.Anggaran {
			if a.Tingkat != "total" {
				got = append(got, fmt.Sprintf("%s|%s|%s|%d|%s|%s|%s", a.Kode, a.Tingkat, a.KodeInduk, a.Tahun, nv(a.Pagu), nv(a.Realisasi), nv(a.Sisa)))
			}
		}
		wantRows(t, c.name, got, want)
		flag := false
		for _, f := range d.Findings {
			flag = flag || f.Aturan == "anggaran.uraian_terpotong"
		}
		if flag != c.flag {
			t.Errorf("%s: anggaran.uraian_terpotong raised %v, want %v", c.name, flag, c.flag)
		}
	}
}
