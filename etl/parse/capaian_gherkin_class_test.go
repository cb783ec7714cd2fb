package parse

import (
	"fmt"
	"strings"
	"testing"
)

// gkInd is one made-up indicator: its name, unit, target, realisasi and
// capaian as a feature file quotes them.
type gkInd struct{ name, unit, t, r, c string }

var gkInds = []gkInd{
	{"Persentase Laporan Keuangan yang Disusun Tepat Waktu", "%", "90,00", "95,40", "106,00"},
	{"Jumlah Pemilih Pemula yang Mengikuti Sosialisasi", "orang", "1.200", "1.500", "125,00"},
	{"Persentase Tindak Lanjut Rekomendasi Hasil Pemeriksaan", "%", "100,00", "87,50", "87,50"},
	{"Opini BPK atas Laporan Keuangan", "Opini", "WTP", "WTP", "100,00"},
}

// gkWant: indikator|target|realisasi|capaian_lapor, then
// indikator|satuan|target_teks|realisasi_teks.
var (
	gkWant = []string{
		"Persentase Laporan Keuangan yang Disusun Tepat Waktu|90|95.4|106",
		"Jumlah Pemilih Pemula yang Mengikuti Sosialisasi|1200|1500|125",
		"Persentase Tindak Lanjut Rekomendasi Hasil Pemeriksaan|100|87.5|87.5",
		"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100",
	}
	gkWantTexts = []string{
		"Persentase Laporan Keuangan yang Disusun Tepat Waktu|persen|90,00|95,40",
		"Jumlah Pemilih Pemula yang Mengikuti Sosialisasi|orang|1.200|1.500",
		"Persentase Tindak Lanjut Rekomendasi Hasil Pemeriksaan|persen|100,00|87,50",
		"Opini BPK atas Laporan Keuangan|opini|WTP|WTP",
	}
)

// gkDoc wraps a feature file in a report's capaian section.
func gkDoc(feature ...string) []string {
	body := []string{
		"BAB III AKUNTABILITAS KINERJA", "",
		"Setiap indikator diuji dengan berkas fitur aplikasi e-Kinerja; isinya diketik ulang.", "",
		"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
	}
	body = append(body, feature...)
	return append(body, "", "Sumber: Subbagian Program dan Data, diolah.", "")
}

// gkIndonesian: plain scenarios, `IKU n:` codes, the satuan in the target
// step, the status step last.
func gkIndonesian() []string {
	out := []string{"# language: id", "Fitur: Pengukuran kinerja tahun 2024", "  Agar setiap indikator terukur", "  Sebagai perencana", ""}
	for k, in := range gkInds {
		out = append(out,
			fmt.Sprintf("  Skenario: IKU %d: %s", k+1, in.name),
			fmt.Sprintf("    Diketahui target tahunan \"%s\" dengan satuan \"%s\"", in.t, in.unit),
			fmt.Sprintf("    Ketika realisasi tahun 2024 sebesar \"%s\"", in.r),
			fmt.Sprintf("    Maka capaian adalah \"%s\" persen", in.c),
			"    Dan status indikator \"tercapai\"", "")
	}
	return out
}

// gkEnglish: English keywords, tags and comments between scenarios, the
// steps in another order (the capaian first), the unit after the target.
func gkEnglish() []string {
	out := []string{"Feature: Performance achievement 2024", ""}
	for k, in := range gkInds {
		out = append(out, "  # indicator "+fmt.Sprint(k+1), "  @kinerja",
			fmt.Sprintf("  Scenario: %d. %s", k+1, in.name),
			fmt.Sprintf("    Then the achievement is \"%s\" percent", in.c),
			fmt.Sprintf("    Given the target is \"%s\" and the unit \"%s\"", in.t, in.unit),
			fmt.Sprintf("    When the actual value is \"%s\"", in.r), "")
	}
	return out
}

// gkOutline: a Skenario Outline whose title names the indicator by a
// placeholder and an Examples (Contoh) table a row an indicator.
func gkOutline() []string {
	out := []string{"# language: id", "Fitur: Capaian kinerja", "",
		"  Skenario Outline: Indikator <no> - <indikator>",
		"    Dengan target \"<target>\" dalam satuan \"<satuan>\"",
		"    Ketika realisasi tercatat \"<realisasi>\"",
		"    Maka capaian kinerja adalah \"<capaian>\" persen", "",
		"    Contoh:",
		"      | no | indikator | satuan | target | realisasi | capaian |"}
	for k, in := range gkInds {
		out = append(out, fmt.Sprintf("      | %d | %s | %s | %s | %s | %s |", k+1, in.name, in.unit, in.t, in.r, in.c))
	}
	return out
}

// gkKeyedOutline: an English Scenario Outline with unquoted placeholders,
// foreign column words a key explains, the name from an indicator column.
func gkKeyedOutline() []string {
	out := []string{"(key: goal = target; reached = realisasi; score = capaian)", "",
		"Feature: KPI check",
		"  Scenario Outline: every KPI meets its goal",
		"    Given goal <goal> in unit <unit>",
		"    When reached <reached>",
		"    Then score <score> %",
		"    Examples:",
		"      | indicator | unit | goal | reached | score |"}
	for _, in := range gkInds {
		out = append(out, fmt.Sprintf("      | %s | %s | %s | %s | %s |", in.name, in.unit, in.t, in.r, in.c))
	}
	return out
}

// TestGherkinFeatures: each scenario (or example) is one capaian row,
// whatever the language, the step order, the codes and the outline form.
func TestGherkinFeatures(t *testing.T) {
	tests := []struct {
		name string
		body []string
	}{
		{"Indonesian scenarios, IKU codes, satuan in the target step", gkDoc(gkIndonesian()...)},
		{"English scenarios, tags, capaian step first", gkDoc(gkEnglish()...)},
		{"Skenario Outline with a Contoh table, title placeholders", gkDoc(gkOutline()...)},
		{"Scenario Outline, unquoted placeholders a key explains", gkDoc(gkKeyedOutline()...)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, tc.body...)
			wantRows(t, "capaian", factRows["capaian"](d), gkWant)
			var texts []string
			for _, c := range d.Capaian {
				texts = append(texts, c.Indikator+"|"+c.Satuan+"|"+c.TargetTeks+"|"+c.RealisasiTeks)
			}
			wantRows(t, "capaian texts", texts, gkWantTexts)
		})
	}
}

// TestGherkinDisagree: a scenario whose capaian the figures do not give
// is reported and not loaded; the others are.
func TestGherkinDisagree(t *testing.T) {
	f := gkIndonesian()
	for k, l := range f {
		if strings.Contains(l, `"106,00"`) {
			f[k] = strings.Replace(l, `"106,00"`, `"160,00"`, 1)
		}
	}
	d := parseDoc(t, "disagree", gkDoc(f...)...)
	wantRows(t, "capaian", factRows["capaian"](d), gkWant[1:])
	found := false
	for _, fd := range d.Findings {
		found = found || strings.Contains(fd.Pesan, "skenario fitur")
	}
	if !found {
		t.Errorf("no finding for the refused scenario")
	}
}

// TestGherkinNone: real feature files (a login page, a cart with numbers)
// and indicator-titled scenarios without the three roles give nothing.
func TestGherkinNone(t *testing.T) {
	cases := map[string][]string{
		"a login page with numbers": gkDoc("# language: id", "Fitur: Masuk ke aplikasi", "",
			"  Skenario: Login berhasil",
			"    Dengan pengguna \"budi\" dan kata sandi \"12345\"",
			"    Ketika tombol \"Masuk\" ditekan 1 kali",
			"    Maka halaman \"dasbor\" tampil dalam \"2\" detik", "",
			"  Skenario: Login gagal tiga kali",
			"    Dengan percobaan \"3\" kali",
			"    Maka akun terkunci \"30\" menit"),
		"a shopping cart with a target-like discount": gkDoc("Feature: Cart", "",
			"  Scenario: Discount applied",
			"    Given the cart total is \"100\"",
			"    When a discount of \"10\" percent is applied",
			"    Then the total is \"90\""),
		"an indicator title over a login test": gkDoc("Fitur: Portal", "",
			"  Skenario: Persentase pengguna yang berhasil masuk",
			"    Dengan pengguna \"ani\" dan kata sandi \"rahasia\"",
			"    Maka pesan \"Selamat datang\" tampil"),
		"a sales target scenario that names no indicator": gkDoc("Feature: Sales", "",
			"  Scenario: Monthly quota",
			"    Given the target is \"200\"",
			"    When the actual value is \"150\"",
			"    Then the achievement is \"75\" percent"),
		"scenario words in prose": {"Skenario: rapat koordinasi dilaksanakan dengan target \"100\" peserta.", "Realisasi \"95\" peserta, capaian \"95\" persen.", ""},
	}
	for name, body := range cases {
		d := parseDoc(t, name, body...)
		if rows := factRows["capaian"](d); len(rows) > 0 {
			t.Errorf("%s: got capaian rows %v", name, rows)
		}
	}
}
