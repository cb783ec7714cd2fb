package parse

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
)

// levelRows lists a document's budget lines with their level and parent.
func levelRows(d *facts.Document) []string {
	var out []string
	for _, a := range d.Anggaran {
		out = append(out, fmt.Sprintf("%s|%s|%s|%d|%s|%s|%s", a.Kode, a.Tingkat, a.KodeInduk, a.Tahun, nv(a.Pagu), nv(a.Realisasi), nv(a.Sisa)))
	}
	sort.Strings(out)
	return out
}

// TestBudgetLevelBlocksClass: a budget printed as two blocks of the same
// columns side by side, the parent level on the left filled on its first
// child's row only, the children on the right, the total in the left
// block of the last row, is read as the ordinary hierarchy (made-up
// figures, other wording and satker than the development documents).
func TestBudgetLevelBlocksClass(t *testing.T) {
	for _, tc := range []struct {
		name     string
		lines    []string
		want     []string
		findings []string
	}{
		{"program beside kegiatan, Total last, serapan titled", barred(
			"Tabel 3.5 Capaian Realisasi Anggaran KPU Kabupaten Alor Tahun 2022", "",
			"Kode|Nama Program|Anggaran (Rp)|Realisasi (Rp)|Sisa Anggaran (Rp)|Serapan (%)|Kode|Nama Kegiatan|Anggaran (Rp)|Realisasi (Rp)|Sisa Anggaran (Rp)|Serapan (%)",
			"076.01.CQ|Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi|500.000.000|450.000.000|50.000.000|90,00|6640|Pemutakhiran Data Pemilih|300.000.000|270.000.000|30.000.000|90,00",
			"||||||6709|Sosialisasi Pemilih|200.000.000|180.000.000|20.000.000|90,00",
			"076.01.WA|Program Dukungan Manajemen|1.500.000.000|1.470.000.000|30.000.000|98,00|3358|Pengelolaan SDM|400.000.000|390.000.000|10.000.000|97,50",
			"||||||3360|Operasional Perkantoran|700.000.000|690.000.000|10.000.000|98,57",
			"||||||3355|Pengelolaan Keuangan|400.000.000|390.000.000|10.000.000|97,50",
			"|Total|2.000.000.000|1.920.000.000|80.000.000|96,00"),
			[]string{
				"076.01.CQ|program||2022|500000000|450000000|50000000",
				"076.01.WA|program||2022|1500000000|1470000000|30000000",
				"3355|kegiatan|076.01.WA|2022|400000000|390000000|10000000",
				"3358|kegiatan|076.01.WA|2022|400000000|390000000|10000000",
				"3360|kegiatan|076.01.WA|2022|700000000|690000000|10000000",
				"6640|kegiatan|076.01.CQ|2022|300000000|270000000|30000000",
				"6709|kegiatan|076.01.CQ|2022|200000000|180000000|20000000",
				"TOTAL|total||2022|2000000000|1920000000|80000000",
			}, nil},
		{"one parent's children do not sum: loaded as written, with a finding", barred(
			"Tabel 3.2 Realisasi Anggaran 2021", "",
			"Kode|Program|Pagu|Realisasi|Sisa|Kode|Kegiatan|Pagu|Realisasi|Sisa",
			"076.01.WA|Program Dukungan Manajemen|900.000.000|880.000.000|20.000.000|3360|Operasional Perkantoran|500.000.000|490.000.000|10.000.000",
			"|||||3355|Pengelolaan Keuangan|300.000.000|295.000.000|5.000.000",
			"076.01.CQ|Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi|100.000.000|95.000.000|5.000.000|6709|Sosialisasi Pemilih|100.000.000|95.000.000|5.000.000",
			"|JUMLAH|1.000.000.000|975.000.000|25.000.000"),
			[]string{
				"076.01.CQ|program||2021|100000000|95000000|5000000",
				"076.01.WA|program||2021|900000000|880000000|20000000",
				"3355|kegiatan|076.01.WA|2021|300000000|295000000|5000000",
				"3360|kegiatan|076.01.WA|2021|500000000|490000000|10000000",
				"6709|kegiatan|076.01.CQ|2021|100000000|95000000|5000000",
				"TOTAL|total||2021|1000000000|975000000|25000000",
			}, []string{"anggaran.blok_tidak_berjumlah"}},
		{"kegiatan beside output, two-row header, Jumlah Total last", barred(
			"Tabel 3.4 Realisasi Anggaran per Kegiatan dan Output TA 2023", "",
			"Kode|Kegiatan|Pagu|Realisasi|Sisa|Kode|Output|Pagu|Realisasi|Sisa",
			"||(Rp)|(Rp)|(Rp)|||(Rp)|(Rp)|(Rp)",
			"3360|Operasional Perkantoran|600.000.000|580.000.000|20.000.000|EBA.962|Layanan Umum|250.000.000|240.000.000|10.000.000",
			"|||||EBA.994|Layanan Perkantoran|350.000.000|340.000.000|10.000.000",
			"6640|Pemutakhiran Data Pemilih|150.000.000|140.000.000|10.000.000|QMA.001|Data Pemilih Mutakhir|150.000.000|140.000.000|10.000.000",
			"|Jumlah Total|750.000.000|720.000.000|30.000.000"),
			[]string{
				"3360.EBA.962|output|3360|2023|250000000|240000000|10000000",
				"3360.EBA.994|output|3360|2023|350000000|340000000|10000000",
				"3360|kegiatan||2023|600000000|580000000|20000000",
				"6640.QMA.001|output|6640|2023|150000000|140000000|10000000",
				"6640|kegiatan||2023|150000000|140000000|10000000",
				"TOTAL|total||2023|750000000|720000000|30000000",
			}, nil},
		{"a block that does not sum: its lines load only where their own arithmetic holds", barred(
			"Tabel 3.1 Realisasi Anggaran 2024", "",
			"Kode|Program|Pagu|Realisasi|Sisa|%|Kode|Kegiatan|Pagu|Realisasi|Sisa|%",
			"076.01.WA|Program Dukungan Manajemen|1.000.000.000|900.000.000|100.000.000|90,00|3360|Operasional Perkantoran|600.000.000|540.000.000|60.000.000|90,00",
			"||||||3358|Pengelolaan SDM|300.000.000|250.000.000|60.000.000|83,33",
			"076.01.CQ|Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi|200.000.000|180.000.000|20.000.000|90,00|6709|Sosialisasi Pemilih|200.000.000|180.000.000|20.000.000|90,00",
			"|Jumlah|1.200.000.000|1.080.000.000|120.000.000|90,00"),
			[]string{
				"076.01.CQ|program||2024|200000000|180000000|20000000",
				"076.01.WA|program||2024|1000000000|900000000|100000000",
				"3360|kegiatan|076.01.WA|2024|600000000|540000000|60000000",
				"6709|kegiatan|076.01.CQ|2024|200000000|180000000|20000000",
				"TOTAL|total||2024|1200000000|1080000000|120000000",
			}, []string{"anggaran.blok_tidak_berjumlah", "anggaran.blok_baris_tidak_terbukti"}},
	} {
		d := parseDoc(t, tc.name, tc.lines...)
		if got := levelRows(d); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
		for _, rule := range tc.findings {
			if !hasFinding(d, rule) {
				t.Errorf("%s: no finding %s", tc.name, rule)
			}
		}
		if len(tc.findings) == 0 && hasFinding(d, "anggaran.blok_tidak_berjumlah") {
			t.Errorf("%s: a sum finding on a table whose sums prove", tc.name)
		}
	}
}

// TestBudgetLevelBlocksLookalikes: tables that set two groups of columns
// side by side but are not a parent block beside its children's must not
// be read so.
func TestBudgetLevelBlocksLookalikes(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lines []string
	}{
		{"two years side by side", barred(
			"Kode|Program|Pagu 2019|Realisasi 2019|Sisa 2019|Kode|Program|Pagu 2020|Realisasi 2020|Sisa 2020",
			"076.01.WA|Dukungan Manajemen|800|790|10|076.01.WA|Dukungan Manajemen|900|880|20",
			"076.01.CQ|Pemilu|200|190|10|076.01.CQ|Pemilu|100|95|5",
			"|Jumlah|1.000|980|20||Jumlah|1.000|975|25")},
		{"a DPT in two column groups", barred(
			"No|Kecamatan|L|P|L+P|No|Kecamatan|L|P|L+P",
			"1|Aesesa|5.000|5.100|10.100|4|Boawae|4.000|4.200|8.200",
			"2|Mauponggo|3.000|3.100|6.100|5|Nangaroro|2.000|2.100|4.100")},
		{"two unrelated budget tables side by side, the sums do not prove", barred(
			"Kode|Program|Pagu|Realisasi|Sisa|Kode|Kegiatan|Pagu|Realisasi|Sisa",
			"076.01.WA|Dukungan Manajemen|800.000|790.000|10.000|3360|Operasional|300.000|290.000|10.000",
			"076.01.CQ|Pemilu|200.000|190.000|10.000|6709|Sosialisasi|50.000|45.000|5.000",
			"|Jumlah|1.000.000|980.000|20.000")},
		{"a kegiatan under no program", barred(
			"Kode|Program|Pagu|Realisasi|Sisa|Kode|Kegiatan|Pagu|Realisasi|Sisa",
			"|||||3360|Operasional|300.000|290.000|10.000",
			"076.01.WA|Dukungan Manajemen|300.000|290.000|10.000|3355|Keuangan|0|0|0")},
		{"the child level left of the parent", barred(
			"Kode|Kegiatan|Pagu|Realisasi|Sisa|Kode|Program|Pagu|Realisasi|Sisa",
			"3360|Operasional|300.000|290.000|10.000|076.01.WA|Dukungan Manajemen|300.000|290.000|10.000",
			"||||||||||")},
	} {
		blocks, err := extract.Text([]byte(strings.Join(tc.lines, "\n") + "\n"))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		p := newParser("x", &facts.Document{}, blocks)
		for _, b := range blocks {
			if b.Kind != extract.Table {
				continue
			}
			if _, ok := p.levelBlocks(&b); ok {
				t.Errorf("%s: read as a parent block beside its children", tc.name)
			}
		}
	}
}
