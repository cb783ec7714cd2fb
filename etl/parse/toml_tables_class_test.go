package parse

import (
	"strings"
	"testing"
)

// TestTOMLTables: a web site's TOML data file of the budget pasted into a
// report ("[[x.program]]" entries, "[[x.program.kegiatan]]" nested under
// them, a total table beside them) is read as the budget table it renders;
// inline tables are entries too.
func TestTOMLTables(t *testing.T) {
	checkDocs(t, []string{"anggaran"}, []docCase{{
		name: "array tables nested, the total first, bare integers and dot decimals",
		body: []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
			"# data/kinerja/pagu.toml: dibaca template situs", "",
			"[pagu]", "tahun = 2024", `satuan = "rupiah"`, "",
			"[pagu.total]", `label = "Jumlah"`, "pagu = 3000000000", "realisasi = 2898000000", "sisa = 102000000", "serapan = 96.60", "",
			"[[pagu.program]]", `kode = "076.01.WA"`, `nama = "Program Dukungan Manajemen"`, "pagu = 2400000000", "realisasi = 2316000000", "sisa = 84000000", "serapan = 96.50", "",
			"  [[pagu.program.kegiatan]]", `  kode = "3355"`, `  nama = "Pengelolaan Keuangan"`, "  pagu = 900000000", "  realisasi = 873000000", "  sisa = 27000000", "  serapan = 97.00", "",
			"  [[pagu.program.kegiatan]]", `  kode = "3360"`, `  nama = "Operasional Perkantoran"`, "  pagu = 1500000000", "  realisasi = 1443000000", "  sisa = 57000000", "  serapan = 96.20", "",
			"[[pagu.program]]", `kode = "076.01.CQ"`, `nama = "Program Penyelenggaraan Pemilu"`, "pagu = 600000000", "realisasi = 582000000", "sisa = 18000000", "serapan = 97.00", "",
			"  [[pagu.program.kegiatan]]", `  kode = "6640"`, `  nama = "Pemutakhiran Data Pemilih"`, "  pagu = 350000000", "  realisasi = 341250000", "  sisa = 8750000", "  serapan = 97.50", "",
			"  [[pagu.program.kegiatan]]", `  kode = "6709"`, `  nama = "Sosialisasi Pemilih"`, "  pagu = 250000000", "  realisasi = 240750000", "  sisa = 9250000  # per 31 Desember", "  serapan = 96.30", "",
			"Sumber: aplikasi SAKTI."},
		want: map[string][]string{"anggaran": {
			"076.01.WA|program||2024|2400000000|2316000000|84000000",
			"3355|kegiatan|076.01.WA|2024|900000000|873000000|27000000",
			"3360|kegiatan|076.01.WA|2024|1500000000|1443000000|57000000",
			"076.01.CQ|program||2024|600000000|582000000|18000000",
			"6640|kegiatan|076.01.CQ|2024|350000000|341250000|8750000",
			"6709|kegiatan|076.01.CQ|2024|250000000|240750000|9250000",
			"TOTAL|total||2024|3000000000|2898000000|102000000"}},
	}, {
		name: "inline tables, realisasi before pagu, underscored integers",
		body: []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
			"[realisasi_anggaran]",
			`total = { uraian = "Jumlah Seluruhnya", realisasi = 1_940_400_000, pagu = 2_000_000_000, sisa = 59_600_000 }`, "",
			"[[realisasi_anggaran.program]]", `kode = "076.01.WA"`, `uraian = "Program Dukungan Manajemen"`, "realisasi = 1_940_400_000", "pagu = 2_000_000_000", "sisa = 59_600_000",
			"kegiatan = [",
			`  { kode = "3358", uraian = "Pengelolaan SDM, Hukum", realisasi = 475_000_000, pagu = 500_000_000, sisa = 25_000_000 },`,
			`  { kode = "3360", uraian = "Operasional Kantor", realisasi = 1_465_400_000, pagu = 1_500_000_000, sisa = 34_600_000 },`,
			"]", ""},
		want: map[string][]string{"anggaran": {
			"076.01.WA|program||2024|2000000000|1940400000|59600000",
			"3358|kegiatan|076.01.WA|2024|500000000|475000000|25000000",
			"3360|kegiatan|076.01.WA|2024|1500000000|1465400000|34600000",
			"TOTAL|total||2024|2000000000|1940400000|59600000"}},
	}, {
		name: "top-level arrays, other key names, the total table last",
		body: []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
			"[[program]]", `kode = "076.01.CQ"`, `nama = "Program Penyelenggaraan Pemilu"`, "alokasi = 1200000000", "realisasi = 1146000000", "serapan_persen = 95.50", "",
			"[[program.kegiatan]]", `kode = "6639"`, `nama = "Teknis Penyelenggaraan"`, "alokasi = 700000000", "realisasi = 672000000", "serapan_persen = 96.00", "",
			"[[program.kegiatan]]", `kode = "6709"`, `nama = "Sosialisasi"`, "alokasi = 500000000", "realisasi = 474000000", "serapan_persen = 94.80", "",
			"[jumlah]", "alokasi = 1200000000", "realisasi = 1146000000", ""},
		want: map[string][]string{"anggaran": {
			"076.01.CQ|program||2024|1200000000|1146000000|54000000",
			"6639|kegiatan|076.01.CQ|2024|700000000|672000000|28000000",
			"6709|kegiatan|076.01.CQ|2024|500000000|474000000|26000000",
			"TOTAL|total||2024|1200000000|1146000000|54000000"}},
	}, {
		name: "printed: a page break inside an entry, a long name wrapped",
		body: []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
			"[[belanja.program]]", `kode = "076.01.WA"`, `nama = "Program Dukungan Manajemen"`, "pagu = 900000000", "realisasi = 870000000", "",
			"[[belanja.program]]", `kode = "076.01.CQ"`, "\f", `nama = "Program Penyelenggaraan Pemilu dalam Proses`, `Konsolidasi Demokrasi"`, "pagu = 300000000", "realisasi = 291000000", "",
			"[belanja.jumlah]", "pagu = 1200000000", "realisasi = 1161000000", ""},
		want: map[string][]string{"anggaran": {
			"076.01.WA|program||2024|900000000|870000000|30000000",
			"076.01.CQ|program||2024|300000000|291000000|9000000",
			"TOTAL|total||2024|1200000000|1161000000|39000000"}},
	}, {
		name: "an entry holding a date: no table",
		body: []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
			"[[program]]", `kode = "076.01.WA"`, "pagu = 800000000", "realisasi = 760000000", "dicatat = 2024-12-31", "",
			"[[program]]", `kode = "076.01.CQ"`, "pagu = 200000000", "realisasi = 190000000", "dicatat = 2024-12-31", ""},
	}})
}

// TestTOMLTablesLines: line numbers stay; TOML without an array of tables
// is left as written.
func TestTOMLTablesLines(t *testing.T) {
	in := "x\n[[r]]\na = 1\nb = \"p\"\n\n[[r]]\na = 2.5\nb = \"q\"\ny"
	out := string(tomlTables([]byte(in)))
	if strings.Count(out, "\n") != strings.Count(in, "\n") || !strings.Contains(out, "a\tb\n1\tp\n2,5\tq\n") {
		t.Errorf("rewrite:\n%q", out)
	}
	for _, s := range []string{"x\n[umum]\na = 1\nb = 2", "[[r]]\na = 1\n[[r]]\na = [1, 2]"} {
		if got := string(tomlTables([]byte(s))); got != s {
			t.Errorf("tomlTables(%q) = %q, want it unchanged", s, got)
		}
	}
}
