package parse

import (
	"strings"
	"testing"
)

// TestYAMLTables: tables pasted as a YAML list of mappings (one record an
// item, the keys the header) are read like TAB tables, with or without the
// list's name and a comment caption; a list whose records differ stays
// prose, and line numbers never move.
func TestYAMLTables(t *testing.T) {
	capaian := "# Tabel 3.1 Capaian Kinerja Tahun 2022\n" +
		"capaian_kinerja_2022:\n" +
		"  - no: 1\n" +
		"    indikator_kinerja: \"Persentase Partisipasi Pemilih Perempuan\"\n" +
		"    target: \"75,00\"\n" +
		"    realisasi: \"81,00\"\n" +
		"    capaian_persen: \"108,00\"\n" +
		"  - no: 2\n" +
		"    indikator_kinerja: 'Persentase Laporan Keuangan Tepat Waktu'\n" +
		"    target: \"100,00\"\n" +
		"    realisasi: \"90,00\"\n" +
		"    capaian_persen: \"90,00\"\n"
	d := parseDoc(t, "yaml", "LAPORAN KINERJA KPU KABUPATEN SIKKA TAHUN 2022\n\nTabel di bawah disalin dari ekspor aplikasi.\n\n"+capaian)
	got := strings.Join(factRows["capaian"](d), "\n")
	for _, want := range []string{"Perempuan|75|81|108", "Tepat Waktu|100|90|90"} {
		if !strings.Contains(got, want) {
			t.Errorf("capaian rows lack %s: %s", want, got)
		}
	}
	if len(d.Capaian) != 2 {
		t.Errorf("capaian rows = %d, want 2: %s", len(d.Capaian), got)
	}

	// no list name, a top-level list, a budget
	budget := "Tabel 3.3 Realisasi Anggaran Tahun 2022 (dalam rupiah)\n" +
		"- kode: \"\"\n  uraian: \"JUMLAH\"\n  pagu: \"4.000.000.000\"\n  realisasi: \"3.800.000.000\"\n" +
		"- kode: \"WA\"\n  uraian: \"Program Dukungan Manajemen\"\n  pagu: \"3.000.000.000\"\n  realisasi: \"2.900.000.000\"\n" +
		"- kode: \"CQ\"\n  uraian: \"Program Penyelenggaraan Pemilu\"\n  pagu: \"1.000.000.000\"\n  realisasi: \"900.000.000\"\n"
	d = parseDoc(t, "yaml budget", "LAPORAN KINERJA KPU KABUPATEN SIKKA TAHUN 2022\n\n"+budget)
	total := false
	for _, a := range d.Anggaran {
		total = total || a.Kode == "TOTAL" && i64(a.Pagu) == 4000000000 && i64(a.Realisasi) == 3800000000
	}
	if !total {
		t.Errorf("budget: %s", factRows["anggaran"](d))
	}

	// records of different keys: no table, the text as written
	mixed := "data:\n  - no: 1\n    target: \"75,00\"\n  - no: 2\n    realisasi: \"90,00\"\n"
	if out := string(yamlTables([]byte("x\n" + mixed))); out != "x\n"+mixed {
		t.Errorf("mixed records rewritten:\n%s", out)
	}
	for text, want := range map[string]bool{capaian: true, "x\n- no: 1\n": true, "Daftar:\n- satu\n- Dua: tiga\n": false, "a - b: c\n": false} {
		if yamlLikely([]byte(text)) != want {
			t.Errorf("yamlLikely(%q) = %v", text, !want)
		}
	}
	in := "x\n\n" + capaian
	if out := yamlTables([]byte(in)); strings.Count(string(out), "\n") != strings.Count(in, "\n") {
		t.Errorf("line count moved: %q", out)
	}
}
