package parse

import (
	"strings"
	"testing"
)

// TestQuotaScreenClass: the budget as a phone app's remaining-quota screen
// typed again (a package a budget line: a bulleted code and name, then its
// quota, used and remaining amounts after labels, bars as drawing) becomes
// budget rows by labels, indents, bullets and arithmetic; records not
// proven give no row, screens not adding up and a data-package screen (GB,
// no rupiah, no codes) give nothing.
func TestQuotaScreenClass(t *testing.T) {
	with := func(year string, screen ...string) []string {
		intro := []string{"Tabel 3.5 Realisasi Anggaran Tahun " + year, "",
			"[Gambar: tangkapan layar aplikasi sisa kuota anggaran]", "",
			"  ● KUOTA ANGGARAN SATKER                 TA " + year,
			"  ═══════════════════════════════════════════"}
		return append(append(append([]string{}, intro...), screen...),
			"  ═══════════════════════════════════════════", "  Berlaku s.d. 31 Desember "+year, "",
			"Sumber: SAKTI, 31 Desember "+year+".")
	}
	// the total first (its head a label with JUMLAH), `►` programs and `-`
	// kegiatan indented, a label a line, percent after the used amount,
	// bars after the remainder, a wrapped kegiatan name
	first := with("2023",
		"  TOTAL PAKET ANGGARAN",
		"    Kuota      Rp   1.500.000.000",
		"    Terpakai   Rp   1.370.000.000   (91,33%)",
		"    Sisa       Rp     130.000.000   [██████████░]",
		"",
		"  ► 076.01.WA  Program Dukungan Manajemen",
		"    Kuota      Rp   1.000.000.000",
		"    Terpakai   Rp     920.000.000   (92,00%)",
		"    Sisa       Rp      80.000.000   [██████████░]",
		"",
		"      - 3360  Operasional Perkantoran dan Dukungan",
		"              Sarana Prasarana",
		"        Kuota      Rp     400.000.000",
		"        Terpakai   Rp     380.000.000   (95,00%)",
		"        Sisa       Rp      20.000.000   [██████████░]",
		"",
		"      - 3355  Pengelolaan Keuangan",
		"        Kuota      Rp     600.000.000",
		"        Terpakai   Rp     540.000.000   (90,00%)",
		"        Sisa       Rp      60.000.000   [█████████░░]",
		"",
		"  ► 076.01.CQ  Program Penyelenggaraan Pemilu",
		"    Kuota      Rp     500.000.000",
		"    Terpakai   Rp     450.000.000   (90,00%)",
		"    Sisa       Rp      50.000.000   [█████████░░]",
		"",
		"      - 6639  Teknis Penyelenggaraan",
		"        Kuota      Rp     500.000.000",
		"        Terpakai   Rp     450.000.000   (90,00%)",
		"        Sisa       Rp      50.000.000   [█████████░░]")
	want := []string{"076.01.WA|program||2023|1000000000|920000000|80000000", "3360|kegiatan|076.01.WA|2023|400000000|380000000|20000000",
		"3355|kegiatan|076.01.WA|2023|600000000|540000000|60000000", "076.01.CQ|program||2023|500000000|450000000|50000000",
		"6639|kegiatan|076.01.CQ|2023|500000000|450000000|50000000", "TOTAL|total||2023|1500000000|1370000000|130000000"}
	// the three amounts on one line under the head, `Dipakai`, no percent,
	// the remainder's own share (a phone's "n% left") as drawing, the
	// total last as JUMLAH
	oneLine := with("2022",
		"  ◆ 076.01.CQ Program Penyelenggaraan Pemilu",
		"     Kuota: Rp 500.000.000 | Dipakai: Rp 440.000.000 | Sisa: Rp 60.000.000 (12%)",
		"     ◇ 6867 Badan Adhoc",
		"        Kuota: Rp 300.000.000 | Dipakai: Rp 290.000.000 | Sisa: Rp 10.000.000 (3,33%)",
		"     ◇ 6871 Logistik",
		"        Kuota: Rp 200.000.000 | Dipakai: Rp 150.000.000 | Sisa: Rp 50.000.000 (25%)",
		"",
		"  JUMLAH KESELURUHAN",
		"     Kuota: Rp 500.000.000 | Dipakai: Rp 440.000.000 | Sisa: Rp 60.000.000 (12%)")
	// flush heads with their figures on the same line, two bullets at one
	// indent (`●` programs, `○` kegiatan in the order first seen),
	// `Digunakan` and `Sisa Kuota`, no Rp, no total
	flush := with("2024",
		"● 076.01.WA Program Dukungan Manajemen  Kuota 1.000.000.000  Digunakan 920.000.000 (92,00 %)  Sisa Kuota 80.000.000",
		"○ 3355 Pengelolaan Keuangan  Kuota 600.000.000  Digunakan 540.000.000 (90,00 %)  Sisa Kuota 60.000.000",
		"○ 3360 Operasional Perkantoran  Kuota 400.000.000  Digunakan 380.000.000 (95,00 %)  Sisa Kuota 20.000.000")
	// one kegiatan's remainder miswritten: that record gives no row
	badSisa := make([]string, len(first))
	for k, l := range first {
		badSisa[k] = strings.Replace(l, "Sisa       Rp      60.000.000", "Sisa       Rp      70.000.000", 1)
	}
	// kegiatan not adding up to their program: the screen is left
	short := make([]string, len(first))
	for k, l := range first {
		short[k] = strings.Replace(strings.Replace(l, "Kuota      Rp     400.000.000", "Kuota      Rp     410.000.000", 1),
			"Sisa       Rp      20.000.000", "Sisa       Rp      30.000.000", 1)
	}
	short = append([]string{}, short...)
	for k, l := range short {
		short[k] = strings.Replace(l, "(95,00%)", "(92,68%)", 1)
	}
	// a screen in a scale, nothing proving the rupiah
	scaled := with("2024",
		"  ► 076.01.WA Program Dukungan Manajemen",
		"    Kuota Rp 1,5 M  Terpakai Rp 1,37 M (91,33%)  Sisa Rp 130 jt",
		"  ► 076.01.CQ Program Penyelenggaraan Pemilu",
		"    Kuota Rp 500 jt  Terpakai Rp 450 jt (90%)  Sisa Rp 50 jt")
	// a real data-package screen: GB and MB, no codes, no rupiah
	data := []string{"Lampiran: tangkapan layar kuota internet kantor", "",
		"  ◉ Sisa Kuota Paket Data            Desember 2023",
		"  ───────────────────────────────────",
		"  KUOTA UTAMA - JUMLAH",
		"    Kuota     30 GB",
		"    Terpakai  27,5 GB  (91%)",
		"    Sisa      2,5 GB  [▓▓░░░░░░░░]",
		"",
		"  ▸ Paket Internet Kantor 20 GB",
		"    Kuota     20 GB",
		"    Terpakai  19.500 MB",
		"    Sisa      500 MB",
		"",
		"  ▸ Kuota Malam 10 GB",
		"    Kuota 10 GB | Terpakai 8 GB | Sisa 2 GB",
		"  ───────────────────────────────────",
		"  Masa berlaku: s.d. 31 Desember 2023"}
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"total first, a label a line, bars, a wrapped name", first, map[string][]string{"anggaran": want}},
		{"amounts on one line, Dipakai, total last", oneLine, map[string][]string{"anggaran": {
			"076.01.CQ|program||2022|500000000|440000000|60000000", "6867|kegiatan|076.01.CQ|2022|300000000|290000000|10000000",
			"6871|kegiatan|076.01.CQ|2022|200000000|150000000|50000000", "TOTAL|total||2022|500000000|440000000|60000000"}}},
		{"heads with their figures, flush bullets", flush, map[string][]string{"anggaran": {
			"076.01.WA|program||2024|1000000000|920000000|80000000", "3355|kegiatan|076.01.WA|2024|600000000|540000000|60000000",
			"3360|kegiatan|076.01.WA|2024|400000000|380000000|20000000"}}},
		{"a record whose remainder fails", badSisa, map[string][]string{"anggaran": {want[0], want[1], want[3], want[4], want[5]}}},
		{"kegiatan not adding up", short, nil},
		{"a scale", scaled, nil},
		{"a data-package screen", data, nil},
	})
	// the percent after the used amount is the serapan; the remainder's
	// share is not
	d := parseDoc(t, "serapan", first...)
	for _, a := range d.Anggaran {
		if a.Kode == "3355" && (a.SerapanLapor == nil || *a.SerapanLapor != 90) {
			t.Errorf("3355 serapan_lapor %v, want 90", nv(a.SerapanLapor))
		}
	}
	d = parseDoc(t, "remainder share", oneLine...)
	for _, a := range d.Anggaran {
		if a.SerapanLapor != nil {
			t.Errorf("%s serapan_lapor %v from the remainder's share, want none", a.Kode, *a.SerapanLapor)
		}
	}
	// a screen left as written says so; a data-package screen raises nothing
	for _, tc := range []struct {
		name string
		body []string
		want bool
	}{{"kegiatan not adding up", short, true}, {"a scale", scaled, true}, {"a record whose remainder fails", badSisa, true}, {"a data-package screen", data, false}} {
		d := parseDoc(t, tc.name, tc.body...)
		got := false
		for _, f := range d.Findings {
			got = got || strings.Contains(f.Pesan, "layar sisa kuota anggaran")
		}
		if got != tc.want {
			t.Errorf("%s: a quota screen finding %v, want %v", tc.name, got, tc.want)
		}
	}
}
