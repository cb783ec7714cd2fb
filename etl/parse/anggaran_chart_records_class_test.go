package parse

import (
	"sort"
	"strings"
	"testing"
)

// TestBudgetChartRecordsClass: a budget chart typed again whose budget
// lines are labelled records over two or three lines (a code line with a
// bar and a cumulative share or a legend's bullet, the name, then `pagu …
// | real. … | sisa … | serapan …`): every record is the budget row its code
// names, the total record the TOTAL; a kegiatan's program its `induk`, or
// the program above it when the sums prove the order; bars, shares, the
// sort order and the axis are no facts. A record whose figures disagree
// gives no row and a finding; look-alikes (axis ticks and percentages, a
// legend of series names) give none.
func TestBudgetChartRecordsClass(t *testing.T) {
	const capt = "Tabel 3.4 Realisasi Anggaran Tahun 2024"
	// every case's rows when all is read: programs before their kegiatan, the TOTAL last
	full := []string{
		"076.01.WA|program||2024|2500000000|2400000000|100000000",
		"3355|kegiatan|076.01.WA|2024|1500000000|1450000000|50000000",
		"3360|kegiatan|076.01.WA|2024|1000000000|950000000|50000000",
		"076.01.CQ|program||2024|1800000000|1710000000|90000000",
		"6639|kegiatan|076.01.CQ|2024|1200000000|1150000000|50000000",
		"6867|kegiatan|076.01.CQ|2024|600000000|560000000|40000000",
		"TOTAL|total||2024|4300000000|4110000000|190000000",
	}
	tests := []struct {
		name string
		body []string
		want []string
		rule string
	}{
		{"pareto, largest first, induk stated", []string{capt, "",
			"[Gambar: Diagram Pareto Pagu TA 2024 - diketik ulang]", "",
			"076.01.WA     ████████████████",
			"              Program Dukungan Manajemen",
			"              pagu 2.500.000.000 | real. 2.400.000.000 | sisa 100.000.000 | serapan 96,00%", "",
			"076.01.CQ     ███████████",
			"              Program Penyelenggaraan Pemilu",
			"              pagu 1.800.000.000 | real. 1.710.000.000 | sisa 90.000.000 | serapan 95,00%", "",
			"3355          █████████                 kum. 34,88 %",
			"              Pengelolaan Keuangan dan BMN",
			"              pagu 1.500.000.000 | real. 1.450.000.000 | sisa 50.000.000 | serapan 96,67% | induk 076.01.WA", "",
			"6639          ███████                   kum. 62,79 %",
			"              Teknis Penyelenggaraan",
			"              pagu 1.200.000.000 | real. 1.150.000.000 | sisa 50.000.000 | serapan 95,83% | induk 076.01.CQ", "",
			"3360          ██████                    kum. 86,05 %",
			"              Operasional Perkantoran",
			"              pagu 1.000.000.000 | real. 950.000.000 | sisa 50.000.000 | serapan 95,00% | induk 076.01.WA", "",
			"6867          ███                       kum. 100,00 %",
			"              Pembentukan Badan Adhoc",
			"              pagu 600.000.000 | real. 560.000.000 | sisa 40.000.000 | serapan 93,33% | induk 076.01.CQ", "",
			"              ──────────────────────────",
			"              TOTAL JUMLAH: pagu 4.300.000.000 | real. 4.110.000.000 | sisa 190.000.000 | serapan 95,58%",
		}, full, ""},
		{"smallest first, no bars, colons and Rp", []string{capt, "",
			"6867",
			"Pembentukan Badan Adhoc",
			"Pagu: Rp 600.000.000 | Realisasi: Rp 560.000.000 | Sisa: Rp 40.000.000 | Induk: 076.01.CQ", "",
			"3360",
			"Operasional Perkantoran",
			"Pagu: Rp 1.000.000.000 | Realisasi: Rp 950.000.000 | Sisa: Rp 50.000.000 | Induk: 076.01.WA", "",
			"6639",
			"Teknis Penyelenggaraan",
			"Pagu: Rp 1.200.000.000 | Realisasi: Rp 1.150.000.000 | Sisa: Rp 50.000.000 | Induk: 076.01.CQ", "",
			"3355",
			"Pengelolaan Keuangan dan BMN",
			"Pagu: Rp 1.500.000.000 | Realisasi: Rp 1.450.000.000 | Sisa: Rp 50.000.000 | Induk: 076.01.WA", "",
			"076.01.CQ",
			"Program Penyelenggaraan Pemilu",
			"Pagu: Rp 1.800.000.000 | Realisasi: Rp 1.710.000.000 | Sisa: Rp 90.000.000", "",
			"076.01.WA",
			"Program Dukungan Manajemen",
			"Pagu: Rp 2.500.000.000 | Realisasi: Rp 2.400.000.000 | Sisa: Rp 100.000.000", "",
			"JUMLAH: Pagu: Rp 4.300.000.000 | Realisasi: Rp 4.110.000.000 | Sisa: Rp 190.000.000",
		}, full, ""},
		{"S-curve legend, total first, order proven by sums", []string{capt, "",
			"[Gambar: Kurva S Realisasi TA 2024]", "",
			" 100 |                          *    *",
			"  50 |            *    *",
			"   0 |  *    *",
			"     +----------------------------------",
			"       Jan  Mar  Mei  Jul  Sep  Nov", "",
			"LEGENDA",
			"● JUMLAH SELURUHNYA",
			"  Pagu 4.300.000.000 / Realisasi 4.110.000.000 / Sisa 190.000.000 / 95,58 %", "",
			"● 076.01.WA Program Dukungan Manajemen",
			"  Pagu 2.500.000.000 / Realisasi 2.400.000.000 / Sisa 100.000.000 / 96,00 %", "",
			"● 3355 Pengelolaan Keuangan dan BMN",
			"  Pagu 1.500.000.000 / Realisasi 1.450.000.000 / Sisa 50.000.000 / 96,67 %", "",
			"● 3360 Operasional Perkantoran",
			"  Pagu 1.000.000.000 / Realisasi 950.000.000 / Sisa 50.000.000 / 95,00 %", "",
			"● 076.01.CQ Program Penyelenggaraan Pemilu",
			"  Pagu 1.800.000.000 / Realisasi 1.710.000.000 / Sisa 90.000.000 / 95,00 %", "",
			"● 6639 Teknis Penyelenggaraan",
			"  Pagu 1.200.000.000 / Realisasi 1.150.000.000 / Sisa 50.000.000 / 95,83 %", "",
			"● 6867 Pembentukan Badan Adhoc",
			"  Pagu 600.000.000 / Realisasi 560.000.000 / Sisa 40.000.000 / 93,33 %",
		}, full, ""},
		{"legend without the total, in thousands, semicolons", []string{
			"Tabel 3.4 Realisasi Anggaran Tahun 2024 (dalam ribuan rupiah)", "",
			"Keterangan grafik:",
			"▪ 076.01.WA Program Dukungan Manajemen",
			"  Pagu 2.500.000; Realisasi 2.400.000; Serapan 96,00%", "",
			"▪ 3355 Pengelolaan Keuangan dan BMN",
			"  Pagu 1.500.000; Realisasi 1.450.000; Serapan 96,67%", "",
			"▪ 3360 Operasional Perkantoran",
			"  Pagu 1.000.000; Realisasi 950.000; Serapan 95,00%",
		}, []string{
			"076.01.WA|program||2024|2500000000|2400000000|100000000",
			"3355|kegiatan|076.01.WA|2024|1500000000|1450000000|50000000",
			"3360|kegiatan|076.01.WA|2024|1000000000|950000000|50000000",
		}, ""},
		{"an entry whose sisa disagrees", []string{capt, "",
			"■ 076.01.WA Program Dukungan Manajemen",
			"  Pagu 2.500.000.000 / Realisasi 2.400.000.000 / Sisa 100.000.000 / 96,00 %", "",
			"■ 3355 Pengelolaan Keuangan dan BMN",
			"  Pagu 1.500.000.000 / Realisasi 1.450.000.000 / Sisa 50.000.000 / 96,67 %", "",
			"■ 3360 Operasional Perkantoran",
			"  Pagu 1.000.000.000 / Realisasi 950.000.000 / Sisa 70.000.000 / 95,00 %",
		}, []string{
			// 3355 alone does not sum to its program: no parent from order, but its official name names it
			"076.01.WA|program||2024|2500000000|2400000000|100000000",
			"3355|kegiatan|076.01.WA|2024|1500000000|1450000000|50000000",
		}, "anggaran.rekaman_tidak_terbukti"},
		{"sorted by pagu without induk: the order proves no program", []string{capt, "",
			"076.01.WA  ██████████",
			"           Program Dukungan Manajemen",
			"           pagu 2.500.000.000 | real. 2.400.000.000 | sisa 100.000.000", "",
			"076.01.CQ  ████████",
			"           Program Penyelenggaraan Pemilu",
			"           pagu 1.800.000.000 | real. 1.710.000.000 | sisa 90.000.000", "",
			"4120       ██████",
			"           Kegiatan Penunjang Lainnya",
			"           pagu 1.500.000.000 | real. 1.450.000.000 | sisa 50.000.000",
		}, []string{
			"4120|kegiatan||2024|1500000000|1450000000|50000000",
			"076.01.WA|program||2024|2500000000|2400000000|100000000",
			"076.01.CQ|program||2024|1800000000|1710000000|90000000",
		}, ""},
		// look-alikes
		{"axis ticks and percentages only", []string{"Grafik 3.1 Serapan Anggaran per Bulan 2024", "",
			" 100 % |                    *",
			"  75 % |          *    *",
			"  50 % |     *",
			"       +--------------------",
			"        Jan  Apr  Jul  Okt",
			"kum. 25,00 %   kum. 50,00 %   kum. 100,00 %",
		}, nil, ""},
		{"a legend of series names", []string{"Grafik 3.2 Kurva S Realisasi 2024", "",
			"LEGENDA",
			"■ Rencana penarikan dana",
			"■ Realisasi kumulatif",
			"■ Sisa pagu",
			"  sisa 10 % | sisa 5 %",
		}, nil, ""},
		{"a code line over a sentence", []string{
			"3355 Pengelolaan Keuangan",
			"Sisa 50.000.000 dikembalikan ke kas negara; sisa 20.000.000 untuk tahun depan.",
		}, nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, tc.body...)
			got := factRows["anggaran"](d)
			sort.Strings(got)
			want := append([]string(nil), tc.want...)
			sort.Strings(want)
			wantRows(t, "anggaran", got, want)
			if tc.rule != "" && !hasRule(d, tc.rule) {
				t.Errorf("no finding %s", tc.rule)
			}
			if tc.rule == "" && hasRule(d, "anggaran.rekaman_tidak_terbukti") {
				t.Errorf("finding anggaran.rekaman_tidak_terbukti: %v", strings.TrimSpace(tc.name))
			}
		})
	}
}
