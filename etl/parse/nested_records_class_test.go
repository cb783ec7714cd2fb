package parse

import (
	"fmt"
	"strings"
	"testing"
)

// printR writes records as PHP's print_r prints an array of arrays, the
// first key base (0 or 1); each record is "name=value" pairs.
func printR(base int, recs ...[]string) []string {
	out := []string{"Array", "("}
	for i, r := range recs {
		out = append(out, fmt.Sprintf("    [%d] => Array", base+i), "        (")
		for _, kv := range r {
			k, v, _ := strings.Cut(kv, "=")
			out = append(out, strings.TrimRight("            ["+k+"] => "+v, " "))
		}
		out = append(out, "        )", "")
	}
	return append(out, ")")
}

// varDump writes records as PHP's var_dump prints them; a value in quotes
// is a string, NULL is NULL, any other a number (int or float).
func varDump(stated int, recs ...[]string) []string {
	out := []string{fmt.Sprintf("array(%d) {", stated)}
	for i, r := range recs {
		out = append(out, fmt.Sprintf("  [%d]=>", i), fmt.Sprintf("  array(%d) {", len(r)))
		for _, kv := range r {
			k, v, _ := strings.Cut(kv, "=")
			out = append(out, `    ["`+k+`"]=>`)
			switch {
			case strings.HasPrefix(v, `"`):
				out = append(out, fmt.Sprintf("    string(%d) %s", len(v)-2, v))
			case v == "NULL":
				out = append(out, "    NULL")
			case strings.Contains(v, "."):
				out = append(out, "    float("+v+")")
			default:
				out = append(out, "    int("+v+")")
			}
		}
		out = append(out, "  }")
	}
	return append(out, "}")
}

// nestedLines joins the parts of a made-up document.
func nestedLines(parts ...[]string) []string {
	var out []string
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// TestNestedRecords: a program's print_r or var_dump of its rows, or a
// Python or Ruby console's list of dicts, one nested block a row naming
// its fields, is read like a TAB table by every
// family: the field names its header, an empty value or NULL an empty cell.
func TestNestedRecords(t *testing.T) {
	checkDocs(t, []string{"capaian", "anggaran", "dpt", "sakip_komponen", "rb"}, []docCase{{
		name: "print_r DPT by kecamatan, Indonesian digits, total without a number",
		body: nestedLines([]string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan", ""}, printR(0,
			[]string{"no=1", "kecamatan=PAGA", "jml_desa=21", "tps=58", "l=6.214", "p=6.488", "l_p=12.702"},
			[]string{"no=2", "kecamatan=NITA", "jml_desa=17", "tps=64", "l=7.530", "p=7.701", "l_p=15.231"},
			[]string{"no=", "kecamatan=JUMLAH", "jml_desa=38", "tps=122", "l=13.744", "p=14.189", "l_p=27.933"}),
			[]string{"", "Sumber: data pemilih."}),
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|PAGA|21|58|6214|6488|12702",
			"pemilu|2024|kecamatan|NITA|17|64|7530|7701|15231",
			"pemilu|2024|kabupaten|Kabupaten Sikka|38|122|13744|14189|27933"}},
	}, {
		name: "print_r keyed from 1, budget with codes, and a one-row RB table",
		body: nestedLines([]string{"Tabel 3.3 Realisasi Anggaran Tahun 2024", ""}, printR(1,
			[]string{"kode=076.01.WA", "uraian=Program Dukungan Manajemen", "pagu=3.120.000.000", "realisasi=2.995.200.000", "sisa=124.800.000"},
			[]string{"kode=076.01.CQ", "uraian=Program Penyelenggaraan Pemilu", "pagu=880.000.000", "realisasi=836.000.000", "sisa=44.000.000"},
			[]string{"kode=", "uraian=JUMLAH", "pagu=4.000.000.000", "realisasi=3.831.200.000", "sisa=168.800.000"}),
			[]string{"", "Tabel 3.5 Hasil Evaluasi Reformasi Birokrasi Tahun 2024", ""}, printR(0,
				[]string{"no=1", "uraian=Nilai Evaluasi Reformasi Birokrasi", "nilai=21,40", "bobot=36,30", "persentase_persen=58,95"})),
		want: map[string][]string{"anggaran": {"076.01.WA|program||2024|3120000000|2995200000|124800000",
			"076.01.CQ|program||2024|880000000|836000000|44000000", "TOTAL|total||2024|4000000000|3831200000|168800000"},
			"rb": {"2024|21.4"}},
	}, {
		name: "var_dump of capaian, the program's own floats in English notation",
		body: nestedLines([]string{"Tabel 3.1 Pengukuran Kinerja Tahun 2024", ""}, varDump(2,
			[]string{`no=1`, `indikator_kinerja="Persentase pengaduan yang ditindaklanjuti"`, `satuan="%"`, `target=90.5`, `realisasi=95.25`, `capaian_persen=105.25`},
			[]string{`no=2`, `indikator_kinerja="Persentase arsip yang dialihmediakan"`, `satuan="%"`, `target=80`, `realisasi=72.8`, `capaian_persen=91`}),
			[]string{"", "Sumber: aplikasi kinerja."}),
		want: map[string][]string{"capaian": {"Persentase pengaduan yang ditindaklanjuti|90.5|95.25|105.25",
			"Persentase arsip yang dialihmediakan|80|72.8|91"}},
	}, {
		name: "var_dump of the AKIP components as strings, NULL number on the total",
		body: nestedLines([]string{"Tabel 3.2 Nilai Evaluasi AKIP Tahun 2023 per Komponen", ""}, varDump(3,
			[]string{`no=1`, `komponen="Perencanaan Kinerja"`, `bobot="30,00"`, `nilai="24,10"`},
			[]string{`no=2`, `komponen="Pengukuran Kinerja"`, `bobot="30,00"`, `nilai="19,85"`},
			[]string{`no=NULL`, `komponen="Pelaporan Kinerja"`, `bobot="15,00"`, `nilai="10,40"`})),
		want: map[string][]string{"sakip_komponen": {"2023|perencanaan|30|24.1", "2023|pengukuran|30|19.85",
			"2023|pelaporan|15|10.4"}},
	}, {
		name: "Python pprint of DPT, a name cut over lines in parentheses, None number",
		body: []string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
			"[{'no': 1,", "  'kecamatan': 'MAGEPANDA',", "  'jumlah_tps': 29,", "  'pemilih_l': '3.410',", "  'pemilih_p': '3.592',", "  'total_pemilih': '7.002'},",
			" {'no': 2,", "  'kecamatan': ('KANGAE '", "                'TENGAH'),", "  'jumlah_tps': 33,", "  'pemilih_l': '4.118',", "  'pemilih_p': '4.260',", "  'total_pemilih': '8.378'},",
			" {'no': None,", "  'kecamatan': 'JUMLAH',", "  'jumlah_tps': 62,", "  'pemilih_l': '7.528',", "  'pemilih_p': '7.852',", "  'total_pemilih': '15.380'}]",
			"", "Sumber: data pemilih."},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|MAGEPANDA|<nil>|29|3410|3592|7002",
			"pemilu|2024|kecamatan|KANGAE TENGAH|<nil>|33|4118|4260|8378",
			"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|62|7528|7852|15380"}},
	}, {
		name: "Ruby pp of the budget, hash rockets and symbols, one hash a line",
		body: []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
			`[{:kode=>"076.01.WA", :uraian=>"Program Dukungan Manajemen", :pagu=>"2.600.000.000", :realisasi=>"2.470.000.000"},`,
			` {:kode=>"076.01.CQ", :uraian=>"Program Penyelenggaraan Pemilu", :pagu=>"1.400.000.000", :realisasi=>"1.372.000.000"},`,
			` {:kode=>nil, :uraian=>"JUMLAH", :pagu=>"4.000.000.000", :realisasi=>"3.842.000.000"}]`,
			"", "Sumber: OM-SPAN."},
		want: map[string][]string{"anggaran": {"076.01.WA|program||2024|2600000000|2470000000|130000000",
			"076.01.CQ|program||2024|1400000000|1372000000|28000000", "TOTAL|total||2024|4000000000|3842000000|158000000"}},
	}, {
		name: "Ruby 3.4 inspect, name: keys, English floats",
		body: []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
			`[{no: 1, indikator: "Persentase laporan keuangan tepat waktu", target: 95.0, realisasi: 97.5, capaian: 102.63},`,
			` {no: 2, indikator: "Persentase pegawai yang mengikuti diklat", target: 60.0, realisasi: 45.0, capaian: 75.0}]`,
			"", "Sumber: aplikasi kinerja."},
		want: map[string][]string{"capaian": {"Persentase laporan keuangan tepat waktu|95|97.5|102.63",
			"Persentase pegawai yang mengikuti diklat|60|45|75"}},
	}})
}

// TestNestedRecordsUnproven: a var_dump stating another count than the
// blocks it prints is reported, and no row is read from it.
func TestNestedRecordsUnproven(t *testing.T) {
	checkUnproven(t, map[string][]string{
		"var_dump of another count": nestedLines([]string{"Tabel 3.4 DPT Pemilu 2024", ""}, varDump(3,
			[]string{`kecamatan="AESESA"`, `l=9081`, `p=9322`, `l_p=18403`},
			[]string{`kecamatan="GOLEWA"`, `l=7415`, `p=7702`, `l_p=15117`})),
	})
}

// TestNestedRecordsLines: line numbers stay; blocks of other fields, an
// array deeper down, keys that are not numbers and prose come back as
// written.
func TestNestedRecordsLines(t *testing.T) {
	in := strings.Join(nestedLines([]string{"x"}, printR(0, []string{"a=1", "b=2"}, []string{"a=3", "b="}), []string{"y"}), "\n")
	out := string(nestedRecords(nil, []byte(in)))
	if strings.Count(out, "\n") != strings.Count(in, "\n") || !strings.Contains(out, "x\na\tb\n1\t2\n3\t\n") {
		t.Errorf("rewrite:\n%q", out)
	}
	for _, s := range []string{"teks biasa => Array",
		strings.Join(printR(0, []string{"a=1", "b=2"}, []string{"a=3", "c=4"}), "\n"),
		strings.Join(printR(0, []string{"a=1", "b=Array"}, []string{"a=3", "b=4"}), "\n"),
		strings.Join(printR(2, []string{"a=1", "b=2"}, []string{"a=3", "b=4"}), "\n"),
		strings.Replace(strings.Join(printR(0, []string{"a=1", "b=2"}, []string{"a=3", "b=4"}), "\n"), "[1] => Array", "[WAIGETE] => Array", 1),
		strings.Join(varDump(2, []string{"a=1", "b=2"}, []string{"a=3", "c=4"}), "\n"),
		"[{'a': 1, 'b': 2},\n {'a': 3, 'c': 4}]",
		"[{'a': 1, 'b': [2, 3]},\n {'a': 3, 'b': 4}]",
		"[{'a': 1, 'b': True},\n {'a': 3, 'b': 4}]",
		"[{'a': 1, 'b': 2},\n {'a': 3, 'b': 4}",
		"[{\"a\": 1, \"b\": 2},\n {\"a\": 3, \"b\": 4}]",                                        // JSON: its own reader's
		strings.Join(printR(0, []string{"a=75.50", "b=1"}, []string{"a=77,50", "b=2"}), "\n")} { // both notations: which is meant is not stated
		if got := string(nestedRecords(nil, []byte(s))); got != s {
			t.Errorf("nestedRecords(%q) = %q, want it unchanged", s, got)
		}
	}
}
