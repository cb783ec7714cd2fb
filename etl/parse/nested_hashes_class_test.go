package parse

import (
	"strings"
	"testing"
)

// TestNestedHashes: rows a console printed one record after another, no
// list around them (a Rails console's pp of each row, Python's pprint in a
// loop, PHP, Elixir and Lua shells), are read like a TAB table: the keys
// its header, whatever the language's spelling of a hash, a string cut
// over lines or a figure in exponent notation.
func TestNestedHashes(t *testing.T) {
	checkDocs(t, []string{"capaian", "anggaran", "dpt", "sakip_komponen", "rb"}, []docCase{{
		name: "Rails console pp of each row: hash rockets wrapped, a string cut with a backslash, Indonesian digits",
		body: []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
			`irb(main):004:0> Kinerja.where(tahun: 2024).each { |k| pp k.attributes.slice("no", "indikator_kinerja", "target", "realisasi", "capaian_persen") }; nil`,
			`{"no"=>1,`, ` "indikator_kinerja"=>`, `  "Persentase pengaduan masyarakat " \`, `  "yang ditindaklanjuti",`,
			` "target"=>"90,00",`, ` "realisasi"=>"94,50",`, ` "capaian_persen"=>"105,00"}`,
			`{"no"=>2,`, ` "indikator_kinerja"=>"Persentase arsip yang dialihmediakan",`,
			` "target"=>"80,00",`, ` "realisasi"=>"72,00",`, ` "capaian_persen"=>"90,00"}`,
			"=> nil", "", "Sumber: aplikasi kinerja."},
		want: map[string][]string{"capaian": {"Persentase pengaduan masyarakat yang ditindaklanjuti|90|94.5|105",
			"Persentase arsip yang dialihmediakan|80|72|90"}},
	}, {
		name: "Ruby 3.4 hashes one a line under the prompt, symbol keys, English floats",
		body: []string{"Tabel 3.1 Capaian Indikator Kinerja Tahun 2024", "",
			`irb(main):002> rows.each { pp it }`,
			`{no: 1, indikator: "Persentase laporan keuangan tepat waktu", satuan: "%", target: 95.0, realisasi: 97.5, capaian: 102.63}`,
			`{no: 2, indikator: "Persentase pegawai yang mengikuti diklat", satuan: "%", target: 60.0, realisasi: 45.0, capaian: 75.0}`,
			"", "Sumber: aplikasi kinerja."},
		want: map[string][]string{"capaian": {"Persentase laporan keuangan tepat waktu|95|97.5|102.63",
			"Persentase pegawai yang mengikuti diklat|60|45|75"}},
	}, {
		name: "a model's inspect, BigDecimal in exponent notation, nil satuan",
		body: []string{"Pengukuran Kinerja Tahun 2024", "",
			`pry(main)> IndikatorKinerja.all.each { |i| puts i.inspect }`,
			`#<IndikatorKinerja:0x00007f3a1c id: 7, uraian_indikator: "Persentase rekomendasi hasil pengawasan yang ditindaklanjuti", satuan: nil, target: 0.8e2, realisasi: 0.76e2, capaian: 0.95e2>`,
			`#<IndikatorKinerja:0x00007f3a1d id: 8, uraian_indikator: "Persentase pemutakhiran data pemilih berkelanjutan", satuan: nil, target: 0.1e3, realisasi: 0.1e3, capaian: 0.1e3>`,
			"=> nil"},
		want: map[string][]string{"capaian": {"Persentase rekomendasi hasil pengawasan yang ditindaklanjuti|80|76|95",
			"Persentase pemutakhiran data pemilih berkelanjutan|100|100|100"}},
	}, {
		name: "Python pprint in a loop, blank lines between, pieces in parentheses, Decimal",
		body: []string{"Tabel 3.2 Capaian Kinerja 2024", "", ">>> for r in rows: pprint(r)", "...",
			"{'capaian': Decimal('98.75'),", " 'indikator': ('Persentase temuan BPK yang '", "               'ditindaklanjuti'),",
			" 'realisasi': Decimal('79.00'),", " 'target': Decimal('80.00')}", "",
			"{'capaian': Decimal('110.00'),", " 'indikator': 'Persentase sosialisasi yang terlaksana',",
			" 'realisasi': Decimal('88.00'),", " 'target': Decimal('80.00')}", ""},
		want: map[string][]string{"capaian": {"Persentase temuan BPK yang ditindaklanjuti|80|79|98.75",
			"Persentase sosialisasi yang terlaksana|80|88|110"}},
	}, {
		name: "PHP short arrays from a php shell, a DPT table with its total",
		body: []string{"Tabel 3.6 Rekapitulasi DPT Pemilu 2024", "", "php > foreach ($rekap as $r) { var_export($r); echo \",\\n\"; }",
			"['kecamatan' => 'ALOK', 'tps' => 80, 'laki_laki' => '10.120', 'perempuan' => '10.880', 'jumlah' => '21.000'],",
			"['kecamatan' => 'KANGAE', 'tps' => 41, 'laki_laki' => '5.010', 'perempuan' => '5.215', 'jumlah' => '10.225'],",
			"['kecamatan' => 'JUMLAH', 'tps' => 121, 'laki_laki' => '15.130', 'perempuan' => '16.095', 'jumlah' => '31.225'],",
			"", "Sumber: data pemilih."},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|ALOK|<nil>|80|10120|10880|21000",
			"pemilu|2024|kecamatan|KANGAE|<nil>|41|5010|5215|10225",
			"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|121|15130|16095|31225"}},
	}, {
		name: "Elixir maps in iex, budget programs and their sum",
		body: []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024", "", "iex(3)> Enum.each(rows, &IO.inspect/1)",
			`%{kode: "076.01.WA", uraian: "Program Dukungan Manajemen", pagu: "3.000.000.000", realisasi: "2.850.000.000"}`,
			`%{kode: "076.01.CQ", uraian: "Program Penyelenggaraan Pemilu", pagu: "1.000.000.000", realisasi: "960.000.000"}`,
			`%{kode: nil, uraian: "JUMLAH", pagu: "4.000.000.000", realisasi: "3.810.000.000"}`,
			":ok"},
		want: map[string][]string{"anggaran": {"076.01.WA|program||2024|3000000000|2850000000|150000000",
			"076.01.CQ|program||2024|1000000000|960000000|40000000", "TOTAL|total||2024|4000000000|3810000000|190000000"}},
	}, {
		name: "Lua tables, bare and bracketed keys, a trailing comma",
		body: []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "", "> for _, r in ipairs(rows) do print(inspect(r)) end",
			`{ indikator = "Persentase keputusan yang dipublikasikan", ["target"] = 85, ["realisasi"] = 85, capaian = 100, }`,
			`{ indikator = "Persentase SDM yang kompeten", ["target"] = 75, ["realisasi"] = 60, capaian = 80, }`},
		want: map[string][]string{"capaian": {"Persentase keputusan yang dipublikasikan|85|85|100",
			"Persentase SDM yang kompeten|75|60|80"}},
	}, {
		name: "a list of Elixir maps and a list of PHP arrays, SAKIP components",
		body: []string{"Tabel 3.4 Nilai Evaluasi AKIP Tahun 2023", "",
			`[%{komponen: "Perencanaan Kinerja", bobot: "30,00", nilai: "24,10"},`,
			` %{komponen: "Pengukuran Kinerja", bobot: "30,00", nilai: "19,85"}]`, "",
			"[['komponen' => 'Pelaporan Kinerja', 'bobot' => '15,00', 'nilai' => '10,40'],",
			" ['komponen' => 'Evaluasi Akuntabilitas Kinerja Internal', 'bobot' => '25,00', 'nilai' => '15,20']]"},
		want: map[string][]string{"sakip_komponen": {"2023|perencanaan|30|24.1", "2023|pengukuran|30|19.85",
			"2023|pelaporan|15|10.4", "2023|evaluasi_internal|25|15.2"}},
	}, {
		name: "look-alike: an irb session listing users with their ages",
		body: []string{"Lampiran", "", `irb(main):001:0> User.all.each { |u| pp u.attributes.slice("name", "age", "email") }`,
			`{"name"=>"budi", "age"=>31, "email"=>"budi@example.com"}`,
			`{"name"=>"sari", "age"=>28, "email"=>"sari@example.com"}`, "=> nil"},
	}, {
		name: "look-alike: pprint of config dicts and a server's metrics",
		body: []string{"Konfigurasi", "", "{'host': 'db1', 'port': 5432, 'timeout': 30, 'ratio': 0.75}",
			"{'host': 'db2', 'port': 5433, 'timeout': 60, 'ratio': 1.25}", "",
			`{cpu = 93.5, mem = 71.2, disk = 55, load = 1.7}`, `{cpu = 12.5, mem = 40.1, disk = 56, load = 0.3}`},
	}})
}

// TestNestedHashesLines: line numbers stay; records of other keys, a
// nested value, a single record, a line going on after a record, JSON
// lines and prose come back as written.
func TestNestedHashesLines(t *testing.T) {
	in := "x\n{'a': 1,\n 'b': 2}\n{'a': 3,\n 'b': None}\ny"
	out := string(nestedRecords(nil, []byte(in)))
	if strings.Count(out, "\n") != strings.Count(in, "\n") || !strings.Contains(out, "x\na\tb\n1\t2\n3\t\n") {
		t.Errorf("rewrite:\n%q", out)
	}
	for _, s := range []string{
		"{'a': 1, 'b': 2}\n{'a': 3, 'c': 4}",
		"{'a': 1, 'b': {'c': 2}}\n{'a': 3, 'b': 4}",
		"{'a': 1, 'b': [2, 3]}\n{'a': 3, 'b': 4}",
		"{'a': 1, 'b': 2}",
		"{'a': 1, 'b': 2} dan seterusnya\n{'a': 3, 'b': 4}",
		"{\"a\": 1, \"b\": 2}\n{\"a\": 3, \"b\": 4}", // JSON lines: their own reader's
		"#<User id: 1, name: \"budi\", created_at: Tue, 01 Jan 2019>\n#<User id: 2, name: \"sari\", created_at: Wed, 02 Jan 2019>",
		"{a == 1, b == 2}\n{a == 3, b == 4}",
		"{a: 1, b: 2\n{a: 3, b: 4}",
		"teks {biasa} dengan kurung kurawal",
	} {
		if got := string(nestedRecords(nil, []byte(s))); got != s {
			t.Errorf("nestedRecords(%q) = %q, want it unchanged", s, got)
		}
	}
}
