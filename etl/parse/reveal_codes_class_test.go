package parse

import (
	"strings"
	"testing"
)

// revealDoc sets a run of coded lines under a caption in a report whose
// other tables are plain TAB tables.
func revealDoc(caption string, run ...string) []string {
	out := []string{"Tabel 3.1 Rekapitulasi Anggaran", "", "No\tUraian\tPagu\tRealisasi",
		"1\tBelanja Pegawai\t1.000.000\t900.000", "", caption, ""}
	out = append(out, run...)
	return append(out, "", "Sumber: Subbagian Data dan Informasi, diolah.", "")
}

// TestRevealCodesClass: a table whose layout is written as a word
// processor's inline codes (WordPerfect reveal codes, WordStar control
// marks, a run pasted with Word's formatting marks) is read as the plain
// TAB table it lays out, whatever family it carries; the ordinary readers'
// proofs decide. A letter or prose dumped with its codes gives nothing.
func TestRevealCodesClass(t *testing.T) {
	const cap24 = "Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan"
	dpt24 := []string{"pemilu|2024|kecamatan|ALOK|<nil>|60|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|41|4120|4033|8153",
		"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|101|11330|11338|22668"}
	// WordPerfect 6: left and decimal tabs, underline, line spacing, [SRt]
	wp6 := revealDoc(cap24,
		"[Ln Spacing:1.5][Font:Times New Roman 12pt][Tab Set:Abs; 1\",2.5\",3.5\",4.5\",5.5\"][HRt]",
		"[Und On]No[Left Tab]Kecamatan[Left Tab]TPS[Dec Tab]L[Dec Tab]P[Dec Tab]Jumlah[Und Off][HRt]",
		"1[Left Tab]ALOK[Left Tab]60[Dec Tab]7.210[Dec Tab]7.305[Dec Tab]14.515[SRt]",
		"2[Left Tab]NITA[Left Tab]41[Dec Tab]4.120[Dec Tab]4.033[Dec Tab]8.153[HRt]",
		"[Bold On][Left Tab]Jumlah[Left Tab]101[Dec Tab]11.330[Dec Tab]11.338[Dec Tab]22.668[Bold Off][HRt]",
		"[HPg]")
	// WordPerfect 5.1, upper case codes, the rows dumped on one line
	oneLine := revealDoc(cap24,
		"[BOLD]KECAMATAN[TAB]TPS[TAB]L[TAB]P[TAB]JUMLAH[bold][HRt]ALOK[TAB]60[TAB]7.210[TAB]7.305[TAB]14.515[HRt]"+
			"NITA[TAB]41[TAB]4.120[TAB]4.033[TAB]8.153[HRt]JUMLAH[TAB]101[TAB]11.330[TAB]11.338[TAB]22.668[HRt]")
	// a WordPerfect table's codes: [Row] opens a row, [Cell] ends a cell; a budget
	budget := []string{"076.01.WA|program||2024|1500000000|1350000000|150000000", "3355|kegiatan|076.01.WA|2024|1000000000|900000000|100000000",
		"3360|kegiatan|076.01.WA|2024|500000000|450000000|50000000", "TOTAL|total||2024|1500000000|1350000000|150000000"}
	wpTable := revealDoc("Tabel 3.3 Realisasi Anggaran Tahun 2024",
		"[Tbl Def:I;6;0.8\",2.6\",1.2\",1.2\",1.2\",0.7\"]",
		"[Row][Cell]Kode[Cell]Program/Kegiatan[Cell]Pagu[Cell]Realisasi[Cell]Sisa[Cell]%",
		"[Row][Cell]076.01.WA[Cell]Program Dukungan Manajemen[Cell]1.500.000.000[Cell]1.350.000.000[Cell]150.000.000[Cell]90,00",
		"[Row][Cell]3355[Cell]Pengelolaan Keuangan[Cell]1.000.000.000[Cell]900.000.000[Cell]100.000.000[Cell]90,00",
		"[Row][Cell]3360[Cell]Operasional Perkantoran[Cell]500.000.000[Cell]450.000.000[Cell]50.000.000[Cell]90,00",
		"[Row][Cell][Cell]TOTAL[Cell]1.500.000.000[Cell]1.350.000.000[Cell]150.000.000[Cell]90,00",
		"[Tbl Off][HRt]")
	// WordStar: ^I a TAB, ^B bold, dot commands above; a capaian table
	const a, b = "Persentase Pemutakhiran Data Pemilih Berkelanjutan", "Persentase Laporan Keuangan Tepat Waktu"
	star := revealDoc("Tabel 3.1 Pengukuran Kinerja Tahun 2024",
		".PL 66", ".MT 3", ".OP",
		"^BNo^IIndikator Kinerja^ISatuan^ITarget^IRealisasi^ICapaian (%)^B",
		"1^I"+a+"^I%^I90,00^I93,15^I103,50",
		"2^I"+b+"^I%^I100,00^I87,40^I87,40")
	capaian := []string{a + "|90|93.15|103.5", b + "|100|87.4|87.4"}
	// a run pasted with Word's marks shown, inside a plain text
	word := revealDoc(cap24,
		"Kecamatan→TPS→L→P→Jumlah¶",
		"ALOK→60→7.210→7.305→14.515¶",
		"NITA→41→4.120→4.033→8.153¶",
		"Kabupaten·Sikka→101→11.330→11.338→22.668¶")
	// a row whose L + P is not its total: what the plain TAB table gives
	// (the stated total, the DPT reader's checks flag it), no more
	odd := revealDoc(cap24,
		"[Bold On]KECAMATAN[Tab]TPS[Tab]L[Tab]P[Tab]JUMLAH[Bold Off][HRt]",
		"ALOK[Tab]60[Tab]7.210[Tab]7.305[Tab]14.516[HRt]",
		"NITA[Tab]41[Tab]4.120[Tab]4.033[Tab]8.153[HRt]")
	// look-alike: a letter dumped with its codes, no figures
	letter := []string{"Lampiran surat undangan rapat pleno:", "",
		"[Just:Center][Bold On]SURAT UNDANGAN[Bold Off][HRt]",
		"[Just:Left]Kepada Yth.[Tab]Ketua PPK se-Kabupaten[HRt]",
		"Perihal[Tab]:[Tab]Rapat Pleno Rekapitulasi[HRt]",
		"Dengan hormat, kami mengundang Saudara hadir pada rapat pleno.[HRt]", ""}
	// look-alike: prose marked with pilcrows
	prose := []string{"Catatan rapat:", "",
		"Rapat·pleno·terbuka·dihadiri·oleh·ketua·dan·anggota.¶",
		"Hasil·rekapitulasi·ditetapkan·dalam·berita·acara.¶", ""}
	// look-alike: a warehouse's stock in reveal codes, two stores and the sum
	stock := revealDoc("Tabel 3.6 Persediaan Logistik Gudang",
		"[Bold On]BARANG[Tab]GUDANG A[Tab]GUDANG B[Tab]JUMLAH[Bold Off][HRt]",
		"Kotak Suara[Tab]1.200[Tab]800[Tab]2.000[HRt]",
		"Bilik Suara[Tab]900[Tab]600[Tab]1.500[HRt]",
		"JUMLAH[Tab]2.100[Tab]1.400[Tab]3.500[HRt]")
	fams := []string{"dpt", "anggaran", "capaian"}
	checkDocs(t, fams, []docCase{
		{"WordPerfect 6 tabs, underline, [SRt], [HPg]", wp6, map[string][]string{"dpt": dpt24}},
		{"WordPerfect 5.1 rows dumped on one line", oneLine, map[string][]string{"dpt": dpt24}},
		{"a WordPerfect table's [Row][Cell] codes, a budget", wpTable, map[string][]string{"anggaran": budget}},
		{"WordStar ^I and dot commands, a capaian", star, map[string][]string{"capaian": capaian}},
		{"a run with Word's formatting marks", word, map[string][]string{"dpt": dpt24}},
		{"L + P not the total, as the plain table", odd, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|ALOK|<nil>|60|7210|7305|14516", "pemilu|2024|kecamatan|NITA|<nil>|41|4120|4033|8153"}}},
		{"a letter's codes", letter, nil},
		{"pilcrow prose", prose, nil},
		{"a warehouse's stock", stock, nil},
	})
}

// TestRevealCodesKey: a key naming the codes in prose is no run of codes
// and stays as written, while the run above it is rewritten line for line.
func TestRevealCodesKey(t *testing.T) {
	in := strings.Join([]string{"Tabel 4 DPT", "",
		"[Bold On]KECAMATAN[Tab]L[Tab]P[Tab]JUMLAH[Bold Off][HRt]", "ALOK[Tab]7.210[Tab]7.305[Tab]14.515[HRt]", "",
		"(kunci: [Tab] = pindah kolom, [Dec Tab] = tab desimal, [HRt] = akhir baris)", ""}, "\n")
	want := strings.Join([]string{"Tabel 4 DPT", "", "KECAMATAN\tL\tP\tJUMLAH", "ALOK\t7.210\t7.305\t14.515", "",
		"(kunci: [Tab] = pindah kolom, [Dec Tab] = tab desimal, [HRt] = akhir baris)", ""}, "\n")
	if got := string(revealCodes(nil, []byte(in))); got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}
