package parse

import (
	"strings"
	"testing"
)

// Budget tables whose groups come only as subtotals after their members
// (anggaran_subtotal_after.go): SAP ALV lists, Excel subtotal outlines,
// pivot tables; and look-alikes of the same syntax that are no budget.
func TestSubtotalAfterClass(t *testing.T) {
	dash := strings.Repeat("-", 120)
	two := []string{
		"076.01.WA|program||2024|800000000|720000000|80000000",
		"3357|kegiatan|076.01.WA|2024|500000000|450000000|50000000",
		"3358|kegiatan|076.01.WA|2024|300000000|270000000|30000000",
		"076.01.CQ|program||2024|200000000|150000000|50000000",
		"6639|kegiatan|076.01.CQ|2024|200000000|150000000|50000000",
		"TOTAL|total||2024|1000000000|870000000|130000000",
	}
	tests := []docCase{
		{name: "ALV list: Uraian before Kode, no sisa column, page head, '*' program and '**' total",
			body: []string{"Tabel 3.5 Realisasi Anggaran 2024", "",
				"Laporan Realisasi per Kegiatan (ZFI_REAL)                 Tgl 02.01.2025      Page 1",
				dash,
				"|   |Uraian                              |Kode      |     Pagu Anggaran |        Realisasi |  Serapan |",
				dash,
				"|   |Pengelolaan Perencanaan             |3357      |      500.000.000 |      450.000.000 |    90,00 |",
				"|   |Pengelolaan SDM                     |3358      |      300.000.000 |      270.000.000 |    90,00 |",
				"|*  |Program Dukungan Manajemen          |076.01.WA |      800.000.000 |      720.000.000 |    90,00 |",
				dash,
				"|   |Teknis Penyelenggaraan Pemilu       |6639      |      200.000.000 |      150.000.000 |    75,00 |",
				"|*  |Program Penyelenggaraan Pemilu      |076.01.CQ |      200.000.000 |      150.000.000 |    75,00 |",
				dash,
				"|** |TOTAL                               |          |    1.000.000.000 |      870.000.000 |    87,00 |",
				dash},
			want: map[string][]string{"anggaran": two}}, // sisa: pagu less realisasi
		{name: "ALV list with outputs: '*' kegiatan, '**' program, '***' grand total",
			body: []string{"Realisasi anggaran menurut output tahun 2024:", "",
				dash,
				"|    |Kode         |Uraian                       |           Pagu |      Realisasi |           Sisa |",
				dash,
				"|    |3357.EBA.956 |Layanan Perencanaan          |    300.000.000 |    270.000.000 |     30.000.000 |",
				"|    |3357.EBA.994 |Layanan Perkantoran          |    200.000.000 |    180.000.000 |     20.000.000 |",
				"|*   |3357         |Pengelolaan Perencanaan      |    500.000.000 |    450.000.000 |     50.000.000 |",
				"|    |3358.EBA.962 |Layanan Umum                 |    300.000.000 |    270.000.000 |     30.000.000 |",
				"|*   |3358         |Pengelolaan SDM              |    300.000.000 |    270.000.000 |     30.000.000 |",
				"|**  |076.01.WA    |Program Dukungan Manajemen   |    800.000.000 |    720.000.000 |     80.000.000 |",
				dash,
				"|    |6639.QMA.001 |Fasilitasi Pemilu            |    200.000.000 |    150.000.000 |     50.000.000 |",
				"|*   |6639         |Teknis Penyelenggaraan       |    200.000.000 |    150.000.000 |     50.000.000 |",
				"|**  |076.01.CQ    |Program Penyelenggaraan      |    200.000.000 |    150.000.000 |     50.000.000 |",
				dash,
				"|*** |             |Jumlah                       |  1.000.000.000 |    870.000.000 |    130.000.000 |",
				dash},
			want: map[string][]string{"anggaran": {
				"076.01.WA|program||2024|800000000|720000000|80000000",
				"3357|kegiatan|076.01.WA|2024|500000000|450000000|50000000",
				"3357.EBA.956|output|3357|2024|300000000|270000000|30000000",
				"3357.EBA.994|output|3357|2024|200000000|180000000|20000000",
				"3358|kegiatan|076.01.WA|2024|300000000|270000000|30000000",
				"3358.EBA.962|output|3358|2024|300000000|270000000|30000000",
				"076.01.CQ|program||2024|200000000|150000000|50000000",
				"6639|kegiatan|076.01.CQ|2024|200000000|150000000|50000000",
				"6639.QMA.001|output|6639|2024|200000000|150000000|50000000",
				"TOTAL|total||2024|1000000000|870000000|130000000",
			}}},
		{name: "Excel Data > Subtotal outline: the program column on every row, 'Total 076.01.WA', Grand Total, English figures",
			body: []string{"Tabel 3.2 Realisasi Anggaran Tahun 2024 (Rp)", "",
				"Program\tKode\tKegiatan\tPagu (Rp)\tRealisasi (Rp)\tSisa (Rp)",
				"076.01.WA\t3357\tPengelolaan Perencanaan\t500,000,000\t450,000,000\t50,000,000",
				"076.01.WA\t3358\tPengelolaan SDM\t300,000,000\t270,000,000\t30,000,000",
				"Total 076.01.WA\t\t\t800,000,000\t720,000,000\t80,000,000",
				"076.01.CQ\t6639\tTeknis Penyelenggaraan\t200,000,000\t150,000,000\t50,000,000",
				"Total 076.01.CQ\t\t\t200,000,000\t150,000,000\t50,000,000",
				"Grand Total\t\t\t1,000,000,000\t870,000,000\t130,000,000"},
			want: map[string][]string{"anggaran": two}},
		{name: "pivot table: 'Label Baris', code and name in one cell, 'Jumlah 076.01.WA', 'Total Keseluruhan', percent after",
			body: []string{"Tabel 3.2 Realisasi Anggaran Tahun 2024", "",
				"Label Baris\tJumlah dari Pagu\tJumlah dari Realisasi\tJumlah dari Sisa\tSerapan (%)",
				"3357 Pengelolaan Perencanaan\t500.000.000\t450.000.000\t50.000.000\t90,00",
				"3358 Pengelolaan SDM\t300.000.000\t270.000.000\t30.000.000\t90,00",
				"Jumlah 076.01.WA\t800.000.000\t720.000.000\t80.000.000\t90,00",
				"6639 Teknis Penyelenggaraan\t200.000.000\t150.000.000\t50.000.000\t75,00",
				"Jumlah 076.01.CQ\t200.000.000\t150.000.000\t50.000.000\t75,00",
				"Total Keseluruhan\t1.000.000.000\t870.000.000\t130.000.000\t87,00"},
			want: map[string][]string{"anggaran": two}},
		{name: "a subtotal that is no sum of its members: nothing loads",
			body: []string{"Tabel 3.2 Realisasi Anggaran Tahun 2024", "",
				dash,
				"|   |Kode       |Uraian                    |           Pagu |      Realisasi |          Sisa |      % |",
				dash,
				"|   |3357       |Pengelolaan Perencanaan   |    500.000.000 |    450.000.000 |    50.000.000 |  90,00 |",
				"|   |3358       |Pengelolaan SDM           |    300.000.000 |    270.000.000 |    30.000.000 |  90,00 |",
				"|*  |076.01.WA  |Program Dukungan Manajemen|    900.000.000 |    720.000.000 |   180.000.000 |  80,00 |",
				"|   |6639       |Teknis Penyelenggaraan    |    200.000.000 |    150.000.000 |    50.000.000 |  75,00 |",
				"|*  |076.01.CQ  |Program Penyelenggaraan   |    200.000.000 |    150.000.000 |    50.000.000 |  75,00 |",
				"|** |           |JUMLAH                    |  1.100.000.000 |    870.000.000 |   230.000.000 |  79,09 |",
				dash},
			want: map[string][]string{"anggaran": nil}},
		{name: "look-alike: a shop's sales ALV list, materials and quantities",
			body: []string{"Daftar penjualan toko bulan Desember 2024", "",
				dash,
				"|   |Material   |Deskripsi              |   Qty |  Nilai Penjualan |   Diskon |",
				dash,
				"|   |100234     |Semen 50 kg            |   120 |        7.800.000 |  150.000 |",
				"|   |100235     |Paku 5 cm              |    40 |          800.000 |        0 |",
				"|*  |BANGUNAN   |Bahan Bangunan         |   160 |        8.600.000 |  150.000 |",
				"|** |           |TOTAL                  |   160 |        8.600.000 |  150.000 |",
				dash},
			want: map[string][]string{"anggaran": nil}},
		{name: "look-alike: a payroll list with '*' subtotals per department",
			body: []string{"Rekap gaji pegawai Desember 2024", "",
				dash,
				"|   |Bagian     |NIP                |Nama              |    Gaji Pokok |     Tunjangan |        Jumlah |",
				dash,
				"|   |Umum       |198001012005011001 |Ani               |     4.000.000 |     1.000.000 |     5.000.000 |",
				"|   |Umum       |198502022010012002 |Budi              |     3.500.000 |       900.000 |     4.400.000 |",
				"|*  |Umum       |                   |                  |     7.500.000 |     1.900.000 |     9.400.000 |",
				"|   |Teknis     |199003032015011003 |Citra             |     3.000.000 |       800.000 |     3.800.000 |",
				"|*  |Teknis     |                   |                  |     3.000.000 |       800.000 |     3.800.000 |",
				"|** |           |                   |TOTAL             |    10.500.000 |     2.700.000 |    13.200.000 |",
				dash},
			want: map[string][]string{"anggaran": nil}},
		{name: "look-alike: a cost-centre budget list whose codes are no budget codes",
			body: []string{"Laporan pusat biaya 2024", "",
				dash,
				"|   |Kode       |Uraian                    |           Pagu |      Realisasi |          Sisa |",
				dash,
				"|   |KS-1000    |Gudang Utama              |    500.000.000 |    450.000.000 |    50.000.000 |",
				"|   |KS-1010    |Gudang Cabang             |    300.000.000 |    270.000.000 |    30.000.000 |",
				"|*  |KS-1       |Logistik                  |    800.000.000 |    720.000.000 |    80.000.000 |",
				"|** |           |TOTAL                     |    800.000.000 |    720.000.000 |    80.000.000 |",
				dash},
			want: map[string][]string{"anggaran": nil}},
	}
	checkDocs(t, []string{"anggaran"}, tests)
}

// The subtotal that is no sum says why it was not loaded.
func TestSubtotalAfterFinding(t *testing.T) {
	d := parseDoc(t, "mismatch",
		"Tabel 3.2 Realisasi Anggaran Tahun 2024", "",
		"Kode\tUraian\tPagu\tRealisasi\tSisa",
		"3357\tPengelolaan Perencanaan\t500.000.000\t450.000.000\t50.000.000",
		"3358\tPengelolaan SDM\t300.000.000\t270.000.000\t30.000.000",
		"076.01.WA Total\t\t800.000.000\t730.000.000\t70.000.000",
		"Grand Total\t\t800.000.000\t730.000.000\t70.000.000")
	for _, f := range d.Findings {
		if f.Aturan == "anggaran.subtotal_setelah" {
			if !strings.Contains(f.Pesan, "realisasi 076.01.WA") {
				t.Errorf("finding %q names not the realisasi of 076.01.WA", f.Pesan)
			}
			if len(d.Anggaran) != 0 {
				t.Errorf("rows loaded from an unproven table: %v", factRows["anggaran"](d))
			}
			return
		}
	}
	t.Errorf("no anggaran.subtotal_setelah finding")
}
