package parse

import (
	"fmt"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// shortRowsOf writes a document's budget rows as
// "kode|induk|pagu|realisasi|sisa|serapan_lapor", NULL as <nil>.
func shortRowsOf(d *facts.Document) []string {
	var out []string
	for _, a := range d.Anggaran {
		out = append(out, fmt.Sprintf("%s|%s|%s|%s|%s|%s", a.Kode, a.KodeInduk, nv(a.Pagu), nv(a.Realisasi), nv(a.Sisa), nv(a.SerapanLapor)))
	}
	return out
}

func shortRowsTable(caption, note, header string, rows ...string) []string {
	lines := []string{"C. Akuntabilitas Keuangan", "", caption, ""}
	if note != "" {
		lines = append(lines, note, "")
	}
	lines = append(lines, header)
	lines = append(lines, rows...)
	return barred(append(lines, "", "Sumber: OM-SPAN, diolah.", "")...)
}

// TestShortKegiatanRowsClass: a budget table whose program and total rows
// print Sisa and % while its kegiatan rows stop after Realisasi. The
// kegiatan's sisa is pagu − realisasi (as in a table without a Sisa
// column), proven by the program's printed sisa; no percent is invented.
// Without the class the kegiatan loaded sisa NULL.
func TestShortKegiatanRowsClass(t *testing.T) {
	// other wording, satker figures and a note under the header; the
	// kegiatan rows end with empty TAB cells (nothing printed)
	tabs := shortRowsTable("Tabel 3.9 Pagu dan Realisasi Belanja Satker Tahun 2023",
		"",
		"Kode|Program / Kegiatan|Pagu (Rp)|Realisasi (Rp)|Sisa (Rp)|Persentase",
		"076.01.CQ|Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi|4.210.500.000|4.105.362.150|105.137.850|97,50",
		"6640|Pemutakhiran Data Pemilih|1.120.000.000|1.098.420.000||",
		"6641|Sosialisasi dan Pendidikan Pemilih|3.090.500.000|3.006.942.150||",
		"076.01.WA|Program Dukungan Manajemen|1.875.300.000|1.850.106.700|25.193.300|98,66",
		"3357|Pengelolaan Sumber Daya Manusia|412.800.000|409.771.500||",
		"3358|Pengelolaan Umum dan Layanan Pengadaan|609.000.000|600.335.200||",
		"3360|Operasional Perkantoran|853.500.000|840.000.000||",
		"|Jumlah Total|6.085.800.000|5.955.468.850|130.331.150|97,86")
	// the percent before the sisa, the rows cut short (no trailing cells)
	pctFirst := shortRowsTable("Tabel 3.4 Realisasi DIPA Tahun Anggaran 2022",
		"(kolom persentase dan sisa diisi pada tingkat program saja)",
		"Kode|Uraian|Pagu|Realisasi|%|Sisa",
		"076.01.WA|Program Dukungan Manajemen|2.044.000.000|1.998.650.500|97,78|45.349.500",
		"3355|Pengelolaan Keuangan dan BMN|744.000.000|731.100.500",
		"3360|Operasional Perkantoran|1.300.000.000|1.267.550.000",
		"TOTAL||2.044.000.000|1.998.650.500|97,78|45.349.500")
	// the table runs over a page break between two short rows
	overleaf := shortRowsTable("Tabel 3.6 Realisasi Anggaran Tahun 2021",
		"Sisa anggaran dan persentase serapan dicantumkan per program.",
		"Kode|Uraian|Pagu|Realisasi|Sisa|Serapan",
		"076.01.WA|Program Dukungan Manajemen|988.400.000|962.115.300|26.284.700|97,34",
		"3357|Pengelolaan SDM|301.900.000|297.004.800",
		"", "Laporan Kinerja KPU Sikka 2021 | 14", "\f", "",
		"3360|Operasional Perkantoran|686.500.000|665.110.500",
		"JUMLAH||988.400.000|962.115.300|26.284.700|97,34")
	// no program row: the kegiatan sum to the total's printed sisa
	totalOnly := shortRowsTable("Tabel 3.2 Realisasi Anggaran per Kegiatan Tahun 2024",
		"", "Kode|Kegiatan|Pagu|Realisasi|Sisa|%",
		"6640|Pemutakhiran Data Pemilih|520.000.000|512.450.000",
		"6641|Sosialisasi dan Pendidikan Pemilih|230.000.000|221.860.000",
		"|Total|750.000.000|734.310.000|15.690.000|97,91")
	checkShort(t, []shortCase{
		{"kegiatan under the total alone", totalOnly, []string{
			"6640||520000000|512450000|7550000|<nil>",
			"6641||230000000|221860000|8140000|<nil>",
			"TOTAL||750000000|734310000|15690000|97.91",
		}, 1, 0},
		{"over a page break", overleaf, []string{
			"076.01.WA||988400000|962115300|26284700|97.34",
			"3357|076.01.WA|301900000|297004800|4895200|<nil>",
			"3360|076.01.WA|686500000|665110500|21389500|<nil>",
			"TOTAL||988400000|962115300|26284700|97.34",
		}, 1, 0},
		{"empty Sisa and % cells under a program that proves them", tabs, []string{
			"076.01.CQ||4210500000|4105362150|105137850|97.5",
			"6640|076.01.CQ|1120000000|1098420000|21580000|<nil>",
			"6641|076.01.CQ|3090500000|3006942150|83557850|<nil>",
			"076.01.WA||1875300000|1850106700|25193300|98.66",
			"3357|076.01.WA|412800000|409771500|3028500|<nil>",
			"3358|076.01.WA|609000000|600335200|8664800|<nil>",
			"3360|076.01.WA|853500000|840000000|13500000|<nil>",
			"TOTAL||6085800000|5955468850|130331150|97.86",
		}, 1, 0},
		{"% before Sisa, rows ending at Realisasi", pctFirst, []string{
			"076.01.WA||2044000000|1998650500|45349500|97.78",
			"3355|076.01.WA|744000000|731100500|12899500|<nil>",
			"3360|076.01.WA|1300000000|1267550000|32450000|<nil>",
			"TOTAL||2044000000|1998650500|45349500|97.78",
		}, 1, 0},
	})
}

// TestShortKegiatanRowsLookalikeClass: what must not be read the new way.
func TestShortKegiatanRowsLookalikeClass(t *testing.T) {
	head := "Kode|Uraian|Pagu|Realisasi|Sisa|%"
	prog := "076.01.WA|Program Dukungan Manajemen|2.044.000.000|1.998.650.500|45.349.500|97,78"
	total := "|JUMLAH|2.044.000.000|1.998.650.500|45.349.500|97,78"
	cap := "Tabel 3.4 Realisasi Anggaran Tahun 2022"
	// a printed dash or zero is a stated cell, not an absent one
	dash := shortRowsTable(cap, "", head, prog,
		"3355|Pengelolaan Keuangan dan BMN|744.000.000|731.100.500|-|-",
		"3360|Operasional Perkantoran|1.300.000.000|1.267.550.000|-|-", total)
	zero := shortRowsTable(cap, "", head, prog,
		"3355|Pengelolaan Keuangan dan BMN|744.000.000|731.100.500|0|0",
		"3360|Operasional Perkantoran|1.300.000.000|1.267.550.000|0|0", total)
	// the realisasi missing as well: nothing to derive
	noReal := shortRowsTable(cap, "", head, prog,
		"3355|Pengelolaan Keuangan dan BMN|744.000.000",
		"3360|Operasional Perkantoran|1.300.000.000|1.267.550.000", total)
	// a kegiatan misprinted: the sum is not the program's sisa
	badSum := shortRowsTable(cap, "", head, prog,
		"3355|Pengelolaan Keuangan dan BMN|744.000.000|713.100.500",
		"3360|Operasional Perkantoran|1.300.000.000|1.267.550.000", total)
	// the program's own sisa is not its pagu − realisasi
	badProg := shortRowsTable(cap, "", head,
		"076.01.WA|Program Dukungan Manajemen|2.044.000.000|1.998.650.500|45.394.500|97,78",
		"3355|Pengelolaan Keuangan dan BMN|744.000.000|731.100.500",
		"3360|Operasional Perkantoran|1.300.000.000|1.267.550.000",
		"|JUMLAH|2.044.000.000|1.998.650.500|45.394.500|97,78")
	// an overspent kegiatan: pagu < realisasi
	over := shortRowsTable(cap, "", head,
		"076.01.WA|Program Dukungan Manajemen|2.044.000.000|1.998.650.500|45.349.500|97,78",
		"3355|Pengelolaan Keuangan dan BMN|744.000.000|751.100.500",
		"3360|Operasional Perkantoran|1.300.000.000|1.247.550.000", total)
	// a table without a Sisa column: derived as always, not by this reader
	noSisa := shortRowsTable(cap, "", "Kode|Uraian|Pagu|Realisasi|%",
		"076.01.WA|Program Dukungan Manajemen|2.044.000.000|1.998.650.500|97,78",
		"3355|Pengelolaan Keuangan dan BMN|744.000.000|731.100.500",
		"3360|Operasional Perkantoran|1.300.000.000|1.267.550.000",
		"|JUMLAH|2.044.000.000|1.998.650.500|97,78")
	// the table ends (a page break) under the program's kegiatan: the
	// group is not closed, its last row may go on overleaf
	cut := shortRowsTable(cap, "", head, prog,
		"3355|Pengelolaan Keuangan dan BMN|744.000.000|731.100.500",
		"3360|Operasional Perkantoran|1.300.000.000|1.267.550.000")
	// the last kegiatan's Sisa and % went on overleaf: the row is cut by
	// the page break, not short
	pageCut := shortRowsTable(cap, "", head, prog,
		"3355|Pengelolaan Keuangan dan BMN|744.000.000|731.100.500",
		"3360|Operasional Perkantoran|1.300.000.000|1.267.550.000",
		"", "LKj KPU Ende 2022 - hal 10", "\f", "",
		"||||32.450.000|97,50", total)
	// a continued part: its first kegiatan belongs to a program on the page
	// before, and the total below it is no sum of that kegiatan alone
	contd := shortRowsTable(cap, "", head, prog,
		"3355|Pengelolaan Keuangan dan BMN|744.000.000|731.100.500|12.899.500|98,27",
		"076.01.CQ|Program Penyelenggaraan Pemilu|1.300.000.000|1.267.550.000|32.450.000|97,50",
		"6640|Pemutakhiran Data Pemilih|520.000.000|512.450.000|7.550.000|98,55",
		"", "LKj KPU Ende 2022 - hal 10", "\f", "",
		"Tabel 3.4 (lanjutan)", "", head,
		"6641|Sosialisasi dan Pendidikan Pemilih|780.000.000|755.100.000",
		"|JUMLAH|3.344.000.000|3.266.200.500|77.799.500|97,67")
	// no row prints a sisa at all: an empty column, not this layout
	emptyCol := shortRowsTable(cap, "", head,
		"076.01.WA|Program Dukungan Manajemen|2.044.000.000|1.998.650.500||97,78",
		"3355|Pengelolaan Keuangan dan BMN|744.000.000|731.100.500",
		"3360|Operasional Perkantoran|1.300.000.000|1.267.550.000",
		"|JUMLAH|2.044.000.000|1.998.650.500||97,78")
	checkShort(t, []shortCase{
		{"a dash under Sisa", dash, []string{
			"076.01.WA||2044000000|1998650500|45349500|97.78",
			"3355|076.01.WA|744000000|731100500|<nil>|<nil>",
			"3360|076.01.WA|1300000000|1267550000|<nil>|<nil>",
			"TOTAL||2044000000|1998650500|45349500|97.78",
		}, 0, 0},
		{"a zero under Sisa", zero, []string{
			"076.01.WA||2044000000|1998650500|45349500|97.78",
			"3355|076.01.WA|744000000|731100500|0|0",
			"3360|076.01.WA|1300000000|1267550000|0|0",
			"TOTAL||2044000000|1998650500|45349500|97.78",
		}, 0, 0},
		{"realisasi missing too", noReal, []string{
			"076.01.WA||2044000000|1998650500|45349500|97.78",
			"3355|076.01.WA|744000000|<nil>|<nil>|<nil>",
			"3360|076.01.WA|1300000000|1267550000|<nil>|<nil>",
			"TOTAL||2044000000|1998650500|45349500|97.78",
		}, 0, 0},
		{"kegiatan sum disagrees", badSum, []string{
			"076.01.WA||2044000000|1998650500|45349500|97.78",
			"3355|076.01.WA|744000000|713100500|<nil>|<nil>",
			"3360|076.01.WA|1300000000|1267550000|<nil>|<nil>",
			"TOTAL||2044000000|1998650500|45349500|97.78",
		}, 0, 1},
		{"program sisa unproven", badProg, []string{
			"076.01.WA||2044000000|1998650500|45394500|97.78",
			"3355|076.01.WA|744000000|731100500|<nil>|<nil>",
			"3360|076.01.WA|1300000000|1267550000|<nil>|<nil>",
			"TOTAL||2044000000|1998650500|45394500|97.78",
		}, 0, 0},
		{"an overspent kegiatan", over, []string{
			"076.01.WA||2044000000|1998650500|45349500|97.78",
			"3355|076.01.WA|744000000|751100500|<nil>|<nil>",
			"3360|076.01.WA|1300000000|1247550000|<nil>|<nil>",
			"TOTAL||2044000000|1998650500|45349500|97.78",
		}, 0, 0},
		{"no Sisa column", noSisa, []string{
			"076.01.WA||2044000000|1998650500|45349500|97.78",
			"3355|076.01.WA|744000000|731100500|12899500|<nil>",
			"3360|076.01.WA|1300000000|1267550000|32450000|<nil>",
			"TOTAL||2044000000|1998650500|45349500|97.78",
		}, 0, 0},
		{"group cut by the table's end", cut, []string{
			"076.01.WA||2044000000|1998650500|45349500|97.78",
			"3355|076.01.WA|744000000|731100500|<nil>|<nil>",
			"3360|076.01.WA|1300000000|1267550000|<nil>|<nil>",
		}, 0, 0},
		{"a row cut by a page break", pageCut, []string{
			"076.01.WA||2044000000|1998650500|45349500|97.78",
			"3355|076.01.WA|744000000|731100500|<nil>|<nil>",
			"3360|076.01.WA|1300000000|1267550000|<nil>|<nil>",
		}, 0, 0},
		{"a continued part under the total", contd, []string{
			"076.01.WA||2044000000|1998650500|45349500|97.78",
			"3355|076.01.WA|744000000|731100500|12899500|98.27",
			"076.01.CQ||1300000000|1267550000|32450000|97.5",
			"6640|076.01.CQ|520000000|512450000|7550000|98.55",
			"6641|076.01.CQ|780000000|755100000|<nil>|<nil>",
			"TOTAL||3344000000|3266200500|77799500|97.67",
		}, 0, 0},
		{"no row prints a sisa", emptyCol, []string{
			"076.01.WA||2044000000|1998650500|<nil>|97.78",
			"3355|076.01.WA|744000000|731100500|<nil>|<nil>",
			"3360|076.01.WA|1300000000|1267550000|<nil>|<nil>",
			"TOTAL||2044000000|1998650500|<nil>|97.78",
		}, 0, 0},
	})
}

type shortCase struct {
	name       string
	body       []string
	want       []string
	read, warn int // findings anggaran.sisa_baris_pendek and …_tidak_cocok
}

func checkShort(t *testing.T, cases []shortCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, tc.body...)
			wantRows(t, "anggaran", shortRowsOf(d), tc.want)
			if n := countFindings(d, "anggaran.sisa_baris_pendek"); n != tc.read {
				t.Errorf("%d findings anggaran.sisa_baris_pendek, want %d", n, tc.read)
			}
			if n := countFindings(d, "anggaran.sisa_baris_pendek_tidak_cocok"); n != tc.warn {
				t.Errorf("%d findings anggaran.sisa_baris_pendek_tidak_cocok, want %d", n, tc.warn)
			}
		})
	}
}
