package parse

import (
	"strconv"
	"strings"
	"testing"
)

// cellDoc sets a spreadsheet file's text under a caption in a report.
func cellDoc(caption, note string, file ...string) []string {
	out := []string{"Bab III Akuntabilitas Kinerja", "", caption, "", note, ""}
	out = append(out, file...)
	return append(out, "", "Sumber: Subbagian Keuangan, Umum dan Logistik.", "")
}

// difCells writes DIF rows: a string cell as `1,0` / `"s"`, a number
// (a cell starting with a digit or '-') as `0,n` / `V`.
func difCells(title string, cols int, rows ...[]string) []string {
	out := []string{"TABLE", "0,1", `"` + title + `"`, "VECTORS", "0," + strconv.Itoa(cols), `""`,
		"TUPLES", "0," + strconv.Itoa(len(rows)), `""`, "DATA", "0,0", `""`}
	for _, r := range rows {
		out = append(out, "-1,0", "BOT")
		for _, c := range r {
			if c != "" && strings.ContainsAny(c[:1], "-0123456789") && !strings.Contains(c, " ") {
				out = append(out, "0,"+c, "V")
			} else {
				out = append(out, "1,0", `"`+c+`"`)
			}
		}
	}
	return append(out, "-1,0", "EOD")
}

// TestSheetCellsClass: a spreadsheet saved as SYLK, DIF or a cell listing
// is rebuilt as its grid and read as an ordinary TAB table, every family
// by its header's words; formulas are no values; a price list or exam
// marks in the same syntax give nothing.
func TestSheetCellsClass(t *testing.T) {
	const capA = "Tabel 3.4 Realisasi Anggaran per Program dan Kegiatan Tahun 2024"
	// SYLK: the columns in another order (Uraian first), Y left out when
	// it repeats, the sisa a formula with its cached value, a `;;` inside
	// a string, F and P records between cells, the total row last
	sylk := cellDoc(capA, "[Lampiran: isi berkas ANGGARAN.SLK diketik ulang]",
		"ID;PWXL;N;E", "P;P#,##0", "B;Y5;X5", "F;P0;DG0G8;M255",
		`C;Y1;X1;K"Uraian Program/Kegiatan"`, `C;X2;K"Kode"`, `C;X3;K"Pagu (Rp)"`, `C;X4;K"Realisasi (Rp)"`, `C;X5;K"Sisa Anggaran"`,
		`C;Y2;X1;K"Program Dukungan Manajemen;; KPU"`, `C;X2;K"076.01.WA"`, `C;X3;K1500000000`, `C;X4;K1350000000`, `C;X5;K150000000;ERC[-2]-RC[-1]`,
		`F;Y3;X1`, `C;K"Dukungan Operasional"`, `C;X2;K"3360"`, `C;X3;K1.5E+9`, `C;X4;K1350000000`, `C;X5;K150000000;ERC[-2]-RC[-1]`,
		`C;Y4;X1;K"Program Penyelenggaraan Pemilu"`, `C;X2;K"076.01.CQ"`, `C;X3;K500000000`, `C;X4;K480000000`, `C;X5;K20000000;ERC[-2]-RC[-1]`,
		`C;Y5;X1;K"Jumlah"`, `C;X3;K2000000000`, `C;X4;K1830000000`, `C;X5;K170000000;ER[-3]C:R[-1]C`,
		"E")
	wantSylk := []string{"076.01.WA|program||2024|1500000000|1350000000|150000000",
		"3360|kegiatan|076.01.WA|2024|1500000000|1350000000|150000000",
		"076.01.CQ|program||2024|500000000|480000000|20000000",
		"TOTAL|total||2024|2000000000|1830000000|170000000"}
	// the same SYLK re-flowed by a PDF: records joined by spaces, a string
	// broken over two lines, the E record at a line's end
	reflowed := cellDoc(capA, "[Lampiran: isi berkas ANGGARAN.SLK diketik ulang]",
		`ID;PWXL;N;E C;Y1;X1;K"Uraian Program/Kegiatan" C;X2;K"Kode" C;X3;K"Pagu (Rp)" C;X4;K"Realisasi (Rp)"`,
		`C;X5;K"Sisa Anggaran" C;Y2;X1;K"Program Dukungan`, `Manajemen" C;X2;K"076.01.WA" C;X3;K1500000000 C;X4;K1350000000`,
		`C;X5;K150000000;ERC[-2]-RC[-1] C;Y3;X1;K"Dukungan Operasional" C;X2;K"3360" C;X3;K1500000000`,
		`C;X4;K1350000000 C;X5;K150000000;ERC[-2]-RC[-1] E`)
	wantReflowed := wantSylk[:2]
	// DIF: a capaian table, the capaian a number cell read with a point
	difCap := cellDoc("Tabel 3.1 Pengukuran Kinerja Sasaran Strategis Tahun 2024", "[Berkas CAPAIAN.DIF]",
		difCells("CAPAIAN", 5,
			[]string{"No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"},
			[]string{"1", "Persentase pemutakhiran data pemilih tepat waktu", "100", "100", "100"},
			[]string{"2", "Tingkat partisipasi pemilih", "77.5", "81.2", "104.77"})...)
	wantCap := []string{"Persentase pemutakhiran data pemilih tepat waktu|100|100|100",
		"Tingkat partisipasi pemilih|77.5|81.2|104.77"}
	// the same DIF re-flowed by a PDF: items joined by spaces, a string
	// with spaces kept whole in its quotes
	flowed := difCells("CAPAIAN", 5,
		[]string{"No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"},
		[]string{"1", "Persentase pemutakhiran data pemilih tepat waktu", "100", "100", "100"},
		[]string{"2", "Tingkat partisipasi pemilih", "77.5", "81.2", "104.77"})
	var difFlowed []string
	for j := 0; j < len(flowed); j += 7 {
		difFlowed = append(difFlowed, strings.Join(flowed[j:min(j+7, len(flowed))], " "))
	}
	difCapFlowed := cellDoc("Tabel 3.1 Pengukuran Kinerja Sasaran Strategis Tahun 2024", "[Berkas CAPAIAN.DIF]", difFlowed...)
	// a Lotus-like cell listing of a DPT: width and format marks, label
	// prefixes, the last total a formula with no cached value: an empty
	// cell, never a computed one
	lotus := cellDoc("Tabel 2.2 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "Daftar sel berkas DPT24.WK1:",
		"A1: [W16] 'Kecamatan", "B1: ^Laki-laki", "C1: ^Perempuan", "D1: 'Jumlah",
		"A2: [W16] 'ALOK", "B2: (,0) 7210", "C2: (,0) 7305", "D2: (,0) 14515",
		"A3: [W16] 'NITA", "B3: (,0) 4120", "C3: (,0) 4033", "D3: (,0) 8153",
		"A4: [W16] 'KANGAE", "B4: (,0) 3001", "C4: (,0) 2999", "D4: +B4+C4")
	wantLotus := []string{"pemilu|2024|kecamatan|ALOK|<nil>|<nil>|7210|7305|14515",
		"pemilu|2024|kecamatan|NITA|<nil>|<nil>|4120|4033|8153", "pemilu|2024|kecamatan|KANGAE|<nil>|<nil>|3001|2999|<nil>"}
	// a script's listing `Sheet1!C2 = value`, the rows out of order
	script := cellDoc(capA, "Keluaran skrip pembaca berkas realisasi.xlsx:",
		"Sheet1!A1 = 'Kode'", "Sheet1!B1 = 'Uraian'", "Sheet1!C1 = 'Pagu'", "Sheet1!D1 = 'Realisasi'", "Sheet1!E1 = 'Sisa'",
		"Sheet1!A3 = '6867'", "Sheet1!B3 = 'Pembentukan Badan Adhoc'", "Sheet1!C3 = 900000000", "Sheet1!D3 = 870000000", "Sheet1!E3 = 30000000",
		"Sheet1!A2 = '076.01.CQ'", "Sheet1!B2 = 'Program Penyelenggaraan Pemilu'", "Sheet1!C2 = 900000000", "Sheet1!D2 = 870000000", "Sheet1!E2 = 30000000")
	wantScript := []string{"076.01.CQ|program||2024|900000000|870000000|30000000",
		"6867|kegiatan|076.01.CQ|2024|900000000|870000000|30000000"}
	// a DIF file cut short (no EOD) is no grid: nothing is rebuilt from it
	cut := difCells("REKAP", 5,
		[]string{"Kode", "Uraian", "Pagu", "Realisasi", "Sisa"},
		[]string{"076.01.WA", "Program Dukungan Manajemen", "1500000000", "1350000000", "150000000"},
		[]string{"3360", "Dukungan Operasional", "1500000000", "1350000000", "150000000"})
	broken := cellDoc(capA, "[Berkas REKAP.DIF, terpotong]", cut[:len(cut)-2]...)
	// look-alike: a shop's price list saved as SYLK
	shop := cellDoc("Daftar Harga Toko Alat Tulis", "[HARGA.SLK]",
		"ID;PWXL;N;E", `C;Y1;X1;K"Barang"`, `C;X2;K"Harga Satuan"`, `C;X3;K"Stok"`, `C;X4;K"Nilai Stok"`,
		`C;Y2;X1;K"Kertas HVS"`, `C;X2;K55000`, `C;X3;K40`, `C;X4;K2200000;ERC[-2]*RC[-1]`,
		`C;Y3;X1;K"Tinta Printer"`, `C;X2;K120000`, `C;X3;K10`, `C;X4;K1200000;ERC[-2]*RC[-1]`, "E")
	// look-alike: exam marks saved as DIF
	marks := cellDoc("Nilai Ujian Pelatihan Operator Sidalih", "[NILAI.DIF]",
		difCells("NILAI", 4,
			[]string{"Nama Peserta", "Teori", "Praktik", "Rata-rata"},
			[]string{"Maria Goreti", "80", "90", "85"},
			[]string{"Yohanes Bosco", "70", "76", "73"})...)
	checkDocs(t, []string{"anggaran", "capaian", "dpt"}, []docCase{
		{"SYLK budget, Y omitted, formula sisa", sylk, map[string][]string{"anggaran": wantSylk}},
		{"SYLK re-flowed by a PDF", reflowed, map[string][]string{"anggaran": wantReflowed}},
		{"DIF capaian", difCap, map[string][]string{"capaian": wantCap}},
		{"DIF re-flowed by a PDF", difCapFlowed, map[string][]string{"capaian": wantCap}},
		{"Lotus listing DPT, formula total not a value", lotus, map[string][]string{"dpt": wantLotus}},
		{"script listing Sheet1!C2 = v", script, map[string][]string{"anggaran": wantScript}},
		{"DIF cut short, no EOD", broken, nil},
		{"look-alike: SYLK price list", shop, nil},
		{"look-alike: DIF exam marks", marks, nil},
	})
}
