package parse

import (
	"fmt"
	"strings"
	"testing"
)

// sbInd is one made-up ticker: its code, the name's lines, target,
// realisasi, unit and capaian as printed, its arrow.
type sbInd struct {
	code       string
	name       []string
	t, r, u, c string
	arrow      string
}

var sbInds = []sbInd{
	{"IKU1", []string{"Persentase Laporan Keuangan yang Disusun", "Tepat Waktu"}, "90,00", "95,40", "%", "106,00", "▲"},
	{"IKU2", []string{"Jumlah Pemilih Pemula yang Mengikuti", "Sosialisasi Tatap Muka"}, "1.200", "1.500", "orang", "125,00", "▲"},
	{"IKU3", []string{"Persentase Pemilih Tidak Terdaftar"}, "2,00", "1,60", "%", "120,00", "▲"},
	{"IKU4", []string{"Persentase Tindak Lanjut Rekomendasi", "Hasil Pemeriksaan Inspektorat"}, "100,00", "87,50", "%", "87,50", "▼"},
	{"IKU5", []string{"Opini BPK atas Laporan Keuangan"}, "WTP", "WTP", "Opini", "100,00", "▲"},
	{"IKU6", []string{"Nilai Evaluasi Akuntabilitas Kinerja"}, "BB", "B", "Predikat", "-", "▼"},
}

var sbWant = []string{
	"Persentase Laporan Keuangan yang Disusun Tepat Waktu|90|95.4|106",
	"Jumlah Pemilih Pemula yang Mengikuti Sosialisasi Tatap Muka|1200|1500|125",
	"Persentase Pemilih Tidak Terdaftar|2|1.6|120",
	"Persentase Tindak Lanjut Rekomendasi Hasil Pemeriksaan Inspektorat|100|87.5|87.5",
	"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100",
	"Nilai Evaluasi Akuntabilitas Kinerja|<nil>|<nil>|<nil>",
}

// sbStyle: a board's words and drawing.
type sbStyle struct {
	code, tl, rl, ul, cl string // the heads
	tab                  bool   // cells parted by TABs, the name by one TAB
	nameCol              string // the name on the ticker's line under this head
	arrows, rules, box   bool
}

// sbDraw: the board's head box, header, tickers, rules and key.
func sbDraw(st sbStyle, inds []sbInd) []string {
	var out []string
	if st.box {
		out = append(out, strings.Repeat("#", 66),
			"#  PAPAN KINERJA KPU KABUPATEN CONTOH          CLOSE 31/12/2024  #",
			"#  Sesi ditutup pukul 15.30 WIB                                  #",
			strings.Repeat("#", 66))
	}
	row := func(cells ...string) string {
		if st.tab {
			return strings.Join(cells, "\t")
		}
		s := "  " + fmt.Sprintf("%-8s", cells[0])
		for _, c := range cells[1:] {
			s += fmt.Sprintf("  %12s", c)
		}
		return s
	}
	head := []string{st.code}
	if st.nameCol != "" {
		head = append(head, st.nameCol)
	}
	head = append(head, st.tl, st.rl, st.ul, st.cl)
	rule := "  " + strings.Repeat("-", 64)
	if st.tab {
		out = append(out, strings.Join(head, "\t"))
	} else {
		h := "  " + fmt.Sprintf("%-8s", head[0])
		for _, c := range head[1:] {
			h += "  " + fmt.Sprintf("%12s", c)
		}
		out = append(out, h)
	}
	if st.rules {
		out = append(out, rule)
	}
	for _, in := range inds {
		cells := []string{in.code}
		rest := in.name
		if st.nameCol != "" {
			cells = append(cells, in.name[0])
			rest = in.name[1:]
		}
		cells = append(cells, in.t, in.r, in.u, in.c)
		l := row(cells...)
		if st.arrows {
			l += "  " + in.arrow
		}
		out = append(out, l)
		for _, n := range rest {
			if st.tab {
				out = append(out, "\t"+n)
			} else {
				out = append(out, "            "+n)
			}
		}
		if st.rules {
			out = append(out, rule)
		}
	}
	return append(out, "  "+st.tl+" = target PK; "+st.rl+" = realisasi; ▲ tercapai, ▼ belum.")
}

func sbDoc(parts ...string) []string {
	body := []string{
		"BAB III AKUNTABILITAS KINERJA", "",
		"Capaian kinerja ditampilkan pada layar kantor dengan gaya papan bursa saham.", "",
		"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
		"[Gambar: Papan Bursa Kinerja - teks papan diketik ulang]", "",
	}
	body = append(body, parts...)
	return append(body, "", "Sumber: Subbagian Program dan Data, diolah.", "")
}

var (
	sbStBoxed = sbStyle{code: "KODE", tl: "ACUAN", rl: "PENUTUPAN", ul: "SAT", cl: "CAPAIAN %", arrows: true, rules: true, box: true}
	sbEng     = sbStyle{code: "TICKER", tl: "OPEN", rl: "CLOSE", ul: "UNIT", cl: "CAPAIAN (%)", rules: true}
	sbTab     = sbStyle{code: "Kode", tl: "Harga Acuan", rl: "Harga Penutupan", ul: "Satuan", cl: "Capaian", tab: true, arrows: true}
	sbNamed   = sbStyle{code: "SANDI", nameCol: "INDIKATOR", tl: "PEMBUKAAN", rl: "PENUTUPAN", ul: "SAT", cl: "CAPAIAN %", rules: true, box: true, arrows: true}
)

// TestStockBoards: each ticker is one capaian row, whatever the board's
// words, drawing and where the name stands.
func TestStockBoards(t *testing.T) {
	tests := []docCase{
		{name: "a #-boxed head, KODE/ACUAN/PENUTUPAN/SAT/CAPAIAN %, arrows, dashed rules", body: sbDoc(sbDraw(sbStBoxed, sbInds)...), want: map[string][]string{"capaian": sbWant}},
		{name: "English TICKER/OPEN/CLOSE/UNIT, no arrows, no box", body: sbDoc(sbDraw(sbEng, sbInds)...), want: map[string][]string{"capaian": sbWant}},
		{name: "TABs between cells, the name under its ticker after a TAB, no rules", body: sbDoc(sbDraw(sbTab, sbInds)...), want: map[string][]string{"capaian": sbWant}},
		{name: "the name on the ticker's line under INDIKATOR, its run-on under it", body: sbDoc(sbDraw(sbNamed, sbInds)...), want: map[string][]string{"capaian": sbWant}},
	}
	checkDocs(t, []string{"capaian"}, tests)
}

// TestStockBoardsDisagree: a ticker whose capaian its figures do not give
// is reported and not loaded; the others are.
func TestStockBoardsDisagree(t *testing.T) {
	inds := append([]sbInd{}, sbInds...)
	inds[2].c = "95,00"
	d := parseDoc(t, "disagree", sbDoc(sbDraw(sbStBoxed, inds)...)...)
	wantRows(t, "capaian", factRows["capaian"](d), append(append([]string{}, sbWant[:2]...), sbWant[3:]...))
	found := false
	for _, f := range d.Findings {
		found = found || strings.Contains(f.Pesan, "papan bursa kinerja")
	}
	if !found {
		t.Errorf("no finding for ticker 3's capaian")
	}
}

// TestStockBoardsNone: a real share board, or a board whose heads mean
// something else, gives no capaian row.
func TestStockBoardsNone(t *testing.T) {
	cases := map[string][]string{
		"a share board with volume and change": sbDoc(
			"  KODE        PEMBUKAAN   PENUTUPAN   PERUBAHAN   VOLUME",
			"  ------------------------------------------------------",
			"  BBRI           4.500       4.620        +120    12.500",
			"          Bank Rakyat Indonesia (Persero) Tbk",
			"  TLKM           3.900       3.850         -50     8.200",
			"          Telkom Indonesia (Persero) Tbk", ""),
		"a share board priced in Rp with a capaian-like column": sbDoc(
			"  KODE        ACUAN   PENUTUPAN   SAT   CAPAIAN %",
			"  ------------------------------------------------",
			"  BBR1        4.500       4.500    Rp      100,00  ▲",
			"          Bank Rakyat Indonesia (Persero) Tbk",
			"  TLK2        3.900       3.900    Rp      100,00  ▲",
			"          Telkom Indonesia (Persero) Tbk", ""),
		"prose about a closing": sbDoc(
			"Penutupan kegiatan bimbingan teknis dilaksanakan pada 12 Desember 2024 dengan 45 peserta,",
			"sedangkan CLOSE RATE pelayanan informasi mencapai 98,50 persen.", ""),
	}
	for name, body := range cases {
		d := parseDoc(t, name, body...)
		if rows := factRows["capaian"](d); len(rows) > 0 {
			t.Errorf("%s: got capaian rows %v", name, rows)
		}
	}
}
