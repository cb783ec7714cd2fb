package parse

import (
	"strings"
	"testing"
)

// wpmDoc sets a merge file's lines under a caption in a report's
// capaian section.
func wpmDoc(caption string, merge ...string) []string {
	body := []string{"BAB III AKUNTABILITAS KINERJA", "",
		"Capaian dikirim dengan surat gabung; berkas data gabungnya diketik ulang.", "", caption, ""}
	body = append(body, merge...)
	return append(body, "", "Sumber: Subbagian Program dan Data, diolah.", "")
}

// TestWPMergeClass: a table as a WordPerfect secondary merge file, one
// field a line closed by a field terminator, records closed by a record
// terminator, the names declared apart or in a first record of words;
// the capaian reader reads the table written from it by its column
// names, and a record it cannot prove or place loads nothing.
func TestWPMergeClass(t *testing.T) {
	const cap24 = "Tabel 3.2 Pengukuran Kinerja Tahun 2024"
	// braced codes, REALISASI before TARGET, snake-case names, no NO
	// field, a name over two lines, blank lines and {PAGE OFF} between records
	braced := wpmDoc(cap24,
		"{FIELDNAMES}indikator_kinerja~realisasi~target~satuan~capaian_persen~{END RECORD}",
		"{PAGE OFF}",
		"Persentase Laporan Keuangan yang", "Disusun Tepat Waktu{END FIELD}",
		"95,40{END FIELD}", "90,00{END FIELD}", "%{END FIELD}", "106,00{END FIELD}", "{END RECORD}", "",
		"Jumlah Pemilih Pemula yang{END FIELD}",
		"1.500{END FIELD}", "1.200{END FIELD}", "orang{END FIELD}", "125,00{END FIELD}", "{END RECORD}", "{PAGE OFF}",
		"Opini BPK atas{END FIELD}", "WTP{END FIELD}", "WTP{END FIELD}", "Opini{END FIELD}", "100,00{END FIELD}", "{END RECORD}")
	// a field that stops on "yang" or "atas" is a cut name (capaian_cut.go):
	// the catalogue's one name it begins, or nothing; never the next field
	wantBraced := []string{"Persentase Laporan Keuangan yang Disusun Tepat Waktu|90|95.4|106",
		"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100"}
	// WordPerfect 5.1's caret codes, the first record the header, rules of '-'
	caret := wpmDoc("Tabel 7 Capaian Indikator Kinerja 2023",
		"No^R", "Indikator^R", "Target^R", "Realisasi^R", "Capaian (%)^R", "^E", "----------",
		"1^R", "Persentase Tindak Lanjut Rekomendasi Hasil Pemeriksaan^R", "100^R", "87,5^R", "87,50^R", "^E", "----------",
		"2^R", "Persentase Partisipasi Pemilih^R", "77,5^R", "80,6^R", "104,00^R", "^E")
	wantCaret := []string{"Persentase Tindak Lanjut Rekomendasi Hasil Pemeriksaan|100|87.5|87.5",
		"Persentase Partisipasi Pemilih|77.5|80.6|104"}
	// a record short of a field is dropped; the others stand
	short := wpmDoc(cap24,
		"{FIELDNAMES}NO~INDIKATOR~TARGET~REALISASI~CAPAIAN~~{END RECORD}",
		"1{END FIELD}", "Persentase Partisipasi Pemilih{END FIELD}", "80,00{END FIELD}", "84,27{END FIELD}", "105,34{END FIELD}", "{END RECORD}",
		"2{END FIELD}", "Persentase Partisipasi Pemilih Perempuan{END FIELD}", "80,00{END FIELD}", "109,25{END FIELD}", "{END RECORD}")
	wantShort := []string{"Persentase Partisipasi Pemilih|80|84.27|105.34"}
	// a lower-is-better indicator (capaian by the inverse), grades, and
	// one record whose capaian proves nothing among proven ones
	mixed := wpmDoc(cap24,
		"{FIELDNAMES}NO~INDIKATOR~SATUAN~TARGET~REALISASI~CAPAIAN~~{END RECORD}",
		"1{END FIELD}", "Persentase Pemilih Tidak Terdaftar{END FIELD}", "%{END FIELD}", "2,00{END FIELD}", "0,64{END FIELD}", "168,00{END FIELD}", "{END RECORD}",
		"2{END FIELD}", "Nilai Evaluasi AKIP{END FIELD}", "Predikat{END FIELD}", "B{END FIELD}", "BB{END FIELD}", "100,00{END FIELD}", "{END RECORD}",
		"3{END FIELD}", "Persentase Partisipasi Pemilih{END FIELD}", "%{END FIELD}", "80,00{END FIELD}", "84,27{END FIELD}", "99,00{END FIELD}", "{END RECORD}")
	wantMixed := []string{"Persentase Pemilih Tidak Terdaftar|2|0.64|168", "Nilai Evaluasi AKIP|<nil>|<nil>|100"}
	// a stated capaian that is not realisasi / target (nor its inverse):
	// the record is reported and not loaded
	unproven := wpmDoc(cap24,
		"{FIELDNAMES}NO~INDIKATOR~TARGET~REALISASI~CAPAIAN~~{END RECORD}",
		"1{END FIELD}", "Persentase Partisipasi Pemilih{END FIELD}", "80,00{END FIELD}", "84,27{END FIELD}", "150,00{END FIELD}", "{END RECORD}")
	// look-alike: the letters' address list, a merge file of names and streets
	address := wpmDoc("Daftar Penerima Surat",
		"{FIELDNAMES}NAMA~JABATAN~ALAMAT~KODEPOS~~{END RECORD}",
		"Drs. Yohanes Bata{END FIELD}", "Kepala Subbagian{END FIELD}", "Jl. Ahmad Yani 12, Mbay{END FIELD}", "86461{END FIELD}", "{END RECORD}",
		"==========",
		"Maria Goreti Wea{END FIELD}", "Bendahara{END FIELD}", "Jl. Gajah Mada 3{END FIELD}", "86462{END FIELD}", "{END RECORD}")
	// look-alike: a GNU recutils file of the library's books
	books := wpmDoc("Daftar Buku Perpustakaan",
		"%rec: Buku", "%key: Id", "", "Id: 1", "Judul: Pemilu dan Demokrasi", "Tahun: 2019", "Halaman: 240", "",
		"Id: 2", "Judul: Hukum Tata Negara", "Tahun: 2021", "Halaman: 312")
	// look-alike: merge codes with no names and no header record
	bare := wpmDoc(cap24,
		"1^R", "Persentase Partisipasi Pemilih^R", "80,00^R", "84,27^R", "105,34^R", "^E")
	checkDocs(t, []string{"capaian"}, []docCase{
		{"braced codes, names apart, a field over two lines", braced, map[string][]string{"capaian": wantBraced}},
		{"caret codes, header record", caret, map[string][]string{"capaian": wantCaret}},
		{"a record short of a field", short, map[string][]string{"capaian": wantShort}},
		{"inverse, grades, one unproven", mixed, map[string][]string{"capaian": wantMixed}},
		{"capaian not realisasi / target", unproven, map[string][]string{"capaian": nil}},
		{"an address list's merge file", address, map[string][]string{"capaian": nil}},
		{"a recutils file of books", books, map[string][]string{"capaian": nil}},
		{"no names, no header record", bare, map[string][]string{"capaian": nil}},
	})
}

// TestWPMergeDPTClass: the same merge file carrying a DPT: the DPT reader
// takes the written table by its column names as it takes the report's
// TAB table of the same rows, no more and no less (a row whose L + P is
// not its total is what the TAB table makes of it).
func TestWPMergeDPTClass(t *testing.T) {
	const cap = "Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan"
	rows := [][]string{{"ALOK", "60", "7.210", "7.305", "14.515"}, {"NITA", "41", "4.120", "4.033", "8.153"},
		{"KABUPATEN SIKKA", "101", "11.330", "11.338", "22.668"}}
	names := []string{"KECAMATAN", "JUMLAH TPS", "LAKI-LAKI", "PEREMPUAN", "JUMLAH PEMILIH"}
	merge := func(rows [][]string) []string {
		out := []string{"{FIELDNAMES}" + strings.Join(names, "~") + "~~{END RECORD}"}
		for _, r := range rows {
			for _, f := range r {
				out = append(out, f+"{END FIELD}")
			}
			out = append(out, "{END RECORD}", "============")
		}
		return wpmDoc(cap, out...)
	}
	tab := func(rows [][]string) []string {
		out := []string{strings.Join(names, "\t")}
		for _, r := range rows {
			out = append(out, strings.Join(r, "\t"))
		}
		return wpmDoc(cap, out...)
	}
	odd := [][]string{rows[0], rows[1], rows[2]}
	odd[0] = []string{"ALOK", "60", "7.210", "7.305", "14.516"}
	want := []string{"pemilu|2024|kecamatan|ALOK|<nil>|60|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|41|4120|4033|8153",
		"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|101|11330|11338|22668"}
	checkDocs(t, []string{"dpt"}, []docCase{{"kecamatan and kabupaten", merge(rows), map[string][]string{"dpt": want}}})
	for _, rs := range [][][]string{rows, odd} {
		got := factRows["dpt"](parseDoc(t, "merge", merge(rs)...))
		twin := factRows["dpt"](parseDoc(t, "tab", tab(rs)...))
		wantRows(t, "dpt as its TAB twin", got, twin)
	}
}
