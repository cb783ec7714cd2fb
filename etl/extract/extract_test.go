package extract

import (
	"reflect"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

func lines(ls ...string) []byte { return []byte(strings.Join(ls, "\n") + "\n") }

// textBlocks reads data with Text and stops the test when it fails.
func textBlocks(t *testing.T, data []byte) []Block {
	t.Helper()
	bs, err := Text(data)
	if err != nil {
		t.Fatal(err)
	}
	return bs
}

// tables is the tables among textBlocks(t, data).
func tables(t *testing.T, data []byte) []Block {
	t.Helper()
	var out []Block
	for _, b := range textBlocks(t, data) {
		if b.Kind == Table {
			out = append(out, b)
		}
	}
	return out
}

// oneTable is the one table of data; it stops the test when data holds
// none or several.
func oneTable(t *testing.T, data []byte) Block {
	t.Helper()
	ts := tables(t, data)
	if len(ts) != 1 {
		t.Fatalf("%d tables, want 1", len(ts))
	}
	return ts[0]
}

func TestWrappedRows(t *testing.T) {
	b := oneTable(t, lines(
		"No\tSasaran Strategis\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
		"(1)\t(2)\t(3)\t(4)\t(5)\t(6)",
		"1\tMeningkatnya Kapasitas SDM\tPersentase kesesuaian Kompetensi\t96%\t100%\t104,17",
		"\tyang berkompeten\tPegawai terhadap standar\t\t\t",
		"3\tMeningkatnya Akuntabilitas\tNilai Evaluasi atas Akuntabilitas\tВ\tBB*\t200%",
		"\tKeuangan dan Kinerja KPU\tKinerja KPU Kabupaten\t\t\t",
		"\t\tNilai Evaluasi atas Pelaksanaan\t80\t74,95%\t93,69%",
		"\t\tReformasi Birokrasi KPU Kabupaten\t\t\t",
	))
	if !b.ColNums || len(b.Header) != 1 || b.Width != 6 {
		t.Errorf("header: colnums=%v rows=%d width=%d", b.ColNums, len(b.Header), b.Width)
	}
	want := [][]string{
		{"1", "Meningkatnya Kapasitas SDM yang berkompeten", "Persentase kesesuaian Kompetensi Pegawai terhadap standar", "96%", "100%", "104,17"},
		{"3", "Meningkatnya Akuntabilitas Keuangan dan Kinerja KPU", "Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten", "B", "BB*", "200%"},
		{"", "", "Nilai Evaluasi atas Pelaksanaan Reformasi Birokrasi KPU Kabupaten", "80", "74,95%", "93,69%"},
	}
	if len(b.Rows) != len(want) {
		t.Fatalf("rows = %d, want %d", len(b.Rows), len(want))
	}
	for i, r := range b.Rows {
		if !reflect.DeepEqual(r.Cells, want[i]) {
			t.Errorf("row %d = %q, want %q", i, r.Cells, want[i])
		}
	}
	if r := b.Rows[0]; r.Start != 3 || r.End != 4 || !reflect.DeepEqual(r.Fragments(1), []string{"Meningkatnya Kapasitas SDM", "yang berkompeten"}) {
		t.Errorf("span/parts = %d-%d %q", r.Start, r.End, r.Fragments(1))
	}
}

func TestCaptions(t *testing.T) {
	tests := []struct {
		name string
		text []byte
		want string
	}{
		{"numbered", lines("Tabel 3.28 Realisasi Anggaran Tahun 2024", "", "No\tProgram\tAnggaran", "1\tWA\tRp. 1.000"), "Tabel 3.28 Realisasi Anggaran Tahun 2024"},
		{"label then title", lines("Tabel:", "Pengukuran Kinerja KPU Provinsi NTT 2024", "", "No\tIndikator Kinerja\tTarget", "1\tX\t30%"), "Tabel: Pengukuran Kinerja KPU Provinsi NTT 2024"},
		{"number alone", lines("Tabel 3.26", "", "Capaian Sasaran kegiatan;", "", "No\tIndikator Kinerja\tTarget", "1\tX\t30%"), "Tabel 3.26 Capaian Sasaran kegiatan;"},
		{"all caps title", lines("Lampiran 2", "", "PENGUKURAN KINERJA TAHUN 2024 SEKRETARIAT KPU", "", "No\tIndikator Kinerja\tTarget", "1\tX\t30%"), "Lampiran 2 PENGUKURAN KINERJA TAHUN 2024 SEKRETARIAT KPU"},
		{"title in first cell", lines("Daftar Pemilih Tetap DALAM PEMILIHAN SERENTAK 2024\t\t\t", "NO\tKABUPATEN/KOTA\tL\tP", "1\tKUPANG\t1\t2"), "Daftar Pemilih Tetap DALAM PEMILIHAN SERENTAK 2024"},
		{"sentence is not a caption", lines("Realisasi dapat dilihat pada tabel berikut:", "", "No\tIndikator Kinerja\tTarget", "1\tX\t30%"), ""},
		{"enumerated list item", lines("- a. Perbandingan Realisasi Kinerja dengan Target Jangka Menengah", "", "No\tIndikator Kinerja\tTarget", "1\tX\t30%"), "a. Perbandingan Realisasi Kinerja dengan Target Jangka Menengah"},
		{"bullet is not a caption", lines("- kegiatan rapat koordinasi dilaksanakan", "", "No\tIndikator Kinerja\tTarget", "1\tX\t30%"), ""},
	}
	for _, tc := range tests {
		ts := tables(t, tc.text)
		if len(ts) != 1 {
			t.Errorf("%s: %d tables", tc.name, len(ts))
			continue
		}
		if ts[0].Caption != tc.want {
			t.Errorf("%s: caption %q, want %q", tc.name, ts[0].Caption, tc.want)
		}
	}
}

func TestPageBreaks(t *testing.T) {
	b := oneTable(t, lines(
		"NO\tKABUPATEN/KOTA\t\tDaftar Pemilih Tetap\t\t",
		"\t\tJumlah TPS\tL\tP\tL+P",
		"1\tKUPANG\t612\t133,451\t133,895\t267,346",
		"",
		"43",
		"",
		"Dokumentasi Foto Rapat Pleno",
		"",
		"NO\tKABUPATEN/KOTA\tDaftar Pemilih Tetap\t\t\t",
		"\t\tJumlah TPS\tL\tP\tL+P",
		"2\tTIMOR TENGAH SELATAN\t770\t171,843\t179,196\t351,039",
		"JUMLAH\t\t1,382\t305,294\t313,091\t618,385",
	))
	if n := len(b.Rows); n != 3 {
		for _, r := range b.Rows {
			t.Logf("%q", r.Cells)
		}
		t.Fatalf("%d rows, want 3 (repeated header dropped)", n)
	}
	whys := map[string]int{}
	for _, n := range b.Notes {
		whys[n.Why]++
	}
	if whys["header_berulang"] != 2 || whys["halaman"] != 1 || whys["foto"] != 1 {
		t.Errorf("notes = %v", whys)
	}
}

func TestParagraphs(t *testing.T) {
	bs := textBlocks(t, lines(
		"Sebagai Negara Republik yang menjunjung tinggi",
		"nilai-nilai demokrasi, *Rp. 28.518.161.000*,-.",
		"- poin pertama",
		"- poin kedua",
		"",
		"$$\\frac{a}{b}$$ rumus ВВ",
	))
	var got []string
	for _, b := range bs {
		got = append(got, b.Text)
	}
	want := []string{
		"Sebagai Negara Republik yang menjunjung tinggi nilai-nilai demokrasi, Rp. 28.518.161.000,-.",
		"- poin pertama", "- poin kedua", "rumus BB",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs = %q", got)
	}
}

func TestLimits(t *testing.T) {
	tests := []struct {
		name string
		lim  Limits
		in   string
		want string // in the error; "" for no error
	}{
		{"long line", Limits{MaxLineLen: 10}, "short\n" + strings.Repeat("x", 11) + "\n", "line 2: 11 bytes exceeds MaxLineLen 10"},
		{"line at the limit", Limits{MaxLineLen: 10}, strings.Repeat("x", 10) + "\n", ""},
		{"many cells", Limits{MaxCells: 3}, "a\tb\tc\td\n", "line 1: 4 cells exceeds MaxCells 3"},
		{"cells at the limit", Limits{MaxCells: 3}, "a\tb\tc\n", ""},
		{"many lines", Limits{MaxLines: 2}, "a\nb\nc\n", "4 lines exceeds MaxLines 2"},
		{"defaults", Limits{}, strings.Repeat("x", DefaultMaxLineLen) + "\n" + strings.Repeat("a\t", DefaultMaxCells-1) + "b\n", ""},
		{"default line length", Limits{}, strings.Repeat("x", DefaultMaxLineLen+1), "exceeds MaxLineLen 65536"},
	}
	for _, tc := range tests {
		_, err := TextWith([]byte(tc.in), tc.lim)
		sharedtest.WantErr(t, tc.name, err, tc.want)
	}
}

func FuzzExtract(f *testing.F) {
	for _, p := range sharedtest.RealReports {
		data := sharedtest.Read(f, p)
		ls := strings.Split(string(data), "\n")
		for i := 0; i+60 < len(ls); i += 250 {
			f.Add([]byte(strings.Join(ls[i:i+60], "\n")))
		}
	}
	f.Add([]byte("a\tb\n\t\t\n\tc\td\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if bs, err := Text(data); err == nil {
			checkBlocks(t, bs)
		}
	})
}

// checkBlocks holds what Text gives for any input: blocks in order, each
// row well formed (one part per cell) and inside its table, and an
// unproven table's lines one cell each. Both fuzz tests use it.
func checkBlocks(t *testing.T, bs []Block) {
	t.Helper()
	last := 0
	for _, b := range bs {
		if b.Start < last || b.End < b.Start {
			t.Fatalf("blocks out of order: %d-%d after %d", b.Start, b.End, last)
		}
		last = b.Start
		for _, r := range b.Rows {
			if r.Start < b.Start || r.End > b.End || r.End < r.Start || len(r.lines) == 1 {
				t.Fatalf("row %d-%d outside table %d-%d or malformed: %+v", r.Start, r.End, b.Start, b.End, r)
			}
			if b.Unproven && len(r.Cells) != 1 {
				t.Fatalf("unproven row with %d cells", len(r.Cells))
			}
		}
	}
}

func TestContinuationShards(t *testing.T) {
	tests := []struct {
		name string
		text []byte
		rows int
		cell string // second cell of the first row
	}{
		// "Sumber Daya Manusia" wrapped in a column is not a "Sumber:" note
		{"sumber inside a wrapped cell", lines("No\tSasaran\tIndikator Kinerja\tTarget", "1\tTerwujudnya\tOpini BPK atas\tWTP", "\tSumber\tLaporan\t", "\tDaya\tKeuangan\t"), 1, "Terwujudnya Sumber Daya"},
		// a lone letter far from any text is a shard of the table frame
		{"lone letter shard", lines("No\tSasaran\tIndikator Kinerja\tTarget", "1\tTerwujudnya\tIndeks\t79\t", "L\t\t\t\"BAIK\""), 1, "Terwujudnya"},
		// "A" followed by its title opens a group
		{"letter group label", lines("No\tSasaran\tIndikator Kinerja\tTarget", "1\tTerwujudnya\tIndeks\t79", "A\tProgram Dukungan\t\t"), 2, "Terwujudnya"},
	}
	for _, tc := range tests {
		ts := tables(t, tc.text)
		if len(ts) != 1 {
			t.Errorf("%s: %d tables", tc.name, len(ts))
			continue
		}
		if len(ts[0].Rows) != tc.rows || ts[0].Rows[0].Cells[1] != tc.cell {
			t.Errorf("%s: %d rows, first %q; want %d rows, %q", tc.name, len(ts[0].Rows), ts[0].Rows[0].Cells, tc.rows, tc.cell)
		}
	}
}

func TestMisspeltHeader(t *testing.T) {
	ts := tables(t, lines("No\tSasaran\tIndivator kingria 5 , 5 , 5\tRealisasi", "\tStrategis\t2023\t2024", "1\tX\tPersentase Y\t85%"))
	if len(ts) != 1 || len(ts[0].Header) != 2 || len(ts[0].Rows) != 1 {
		t.Fatalf("tables %+v", ts)
	}
}

// TestTextLent: lent blocks are TextWith's, for each document in turn, the
// arrays of the one before given back (and so reused) first; the blocks
// given back hold no text.
func TestTextLent(t *testing.T) {
	var docs [][]byte
	for _, p := range sharedtest.RealReports {
		docs = append(docs, sharedtest.Read(t, p))
	}
	docs = append(docs, lines("A\tB\tC", "1\t2\t3", "", "teks"), docs[0])
	for i, data := range docs {
		want := textBlocks(t, data)
		got, done, err := TextLent(data, Limits{})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("document %d: TextLent differs from TextWith", i)
		}
		done()
		for _, b := range got {
			if !reflect.DeepEqual(b, Block{}) {
				t.Fatalf("document %d: a block given back still holds %q", i, b.Text+b.Caption)
			}
		}
	}
}
