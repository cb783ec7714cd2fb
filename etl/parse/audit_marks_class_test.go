package parse

import (
	"fmt"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// capaianTexts writes each capaian row as indikator|target_teks|
// realisasi_teks|capaian_lapor: the text columns are what a review mark
// left in a cell would spoil while the numbers still read.
func capaianTexts(d *facts.Document) (out []string) {
	for _, c := range d.Capaian {
		out = append(out, fmt.Sprintf("%s|%s|%s|%s", c.Indikator, c.TargetTeks, c.RealisasiTeks, nv(c.CapaianLapor)))
	}
	return out
}

// TestAuditMarksClass: a report copied from a review working paper, every
// figure followed by the reviewer's tick (✓ ✔ √ Ø † ‡ ^) and a legend under
// the table, reads each cell as its figure alone, text columns included,
// in TAB rows and in rows aligned with spaces; a lone '^' or a root sign
// in prose proves no such paper and is left as it is.
func TestAuditMarksClass(t *testing.T) {
	const (
		a = "Persentase Pemutakhiran Data Pemilih Berkelanjutan"
		b = "Persentase Laporan Keuangan Tepat Waktu"
		c = "Opini BPK atas Laporan Keuangan"
	)
	cases := []struct {
		name string
		body []string
		want []string
	}{
		{"ticks and a legend, TAB rows", []string{
			"Tabel 3.1 Pengukuran Kinerja Tahun 2022", "",
			"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
			"1\t" + a + "\t%\t90,00 ✓\t93,15 ✓\t103,50 ‡",
			"2\t" + b + "\t%\t100,00 ✓\t87,40 ✓\t87,40 ‡",
			"3\t" + c + "\tOpini\tWTP ✓\tWTP ✓\t100,00 ‡", "",
			"Keterangan: ✓ = sesuai dokumen sumber; ‡ = dihitung ulang.", "",
		}, []string{a + "|90,00|93,15|103.5", b + "|100,00|87,40|87.4", c + "|WTP|WTP|100"}},
		{"marks without a legend, written close", []string{
			"Tabel 3.1 Capaian Indikator Kinerja", "",
			"No\tIndikator\tSatuan\tTarget\tRealisasi\tCapaian",
			"1\t" + a + "\t%\t85,50√\t80,37√\t94,00Ø",
			"2\t" + b + "\t%\t95,00 √ ^\t99,75 √ ^\t105,00 Ø", "",
		}, []string{a + "|85,50|80,37|94", b + "|95,00|99,75|105"}},
		{"rows aligned with spaces", []string{
			"Tabel 3.1 Pengukuran Kinerja", "",
			"No   Indikator                                           Satuan   Target      Realisasi   Capaian (%)",
			"1    " + a + "   %        80,00 ✔     84,00 ✔     105,00 †",
			"2    " + b + "              %        100,00 ✔    92,50 ✔     92,50 †", "",
			"✔ : dicocokkan dengan PK dan laporan; † : dihitung ulang", "",
		}, []string{a + "|80,00|84,00|105", b + "|100,00|92,50|92.5"}},
		{"letters a legend defines", []string{
			"Tabel 3.1 Pengukuran Kinerja Tahun 2023", "",
			"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
			"1\t" + a + "\t%\t88,00 (a)\t90,64 (a)\t103,00 (b)",
			"2\t" + c + "\tOpini\tWTP (a)\tWTP (a)\t100,00 (b)", "",
			"Keterangan reviu: (a) = cocok dengan dokumen sumber; (b) = dihitung ulang.", "",
		}, []string{a + "|88,00|90,64|103", c + "|WTP|WTP|100"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			wantRows(t, "capaian", capaianTexts(parseDoc(t, tc.name, tc.body...)), tc.want)
		})
	}
}

// TestAuditMarksOtherFamilies: the ticks leave the budget and the voter
// roll as their figures, the footing '^' of the total row too, and the
// document says it dropped them.
func TestAuditMarksOtherFamilies(t *testing.T) {
	d := parseDoc(t, "budget and roll",
		"Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
		"Kode\tProgram / Kegiatan\tPagu\tRealisasi\tSisa",
		"076.01.WA\tProgram Dukungan Manajemen\t1.500.000.000 √\t1.425.000.000 √\t75.000.000 Ø",
		"076.01.CQ\tProgram Penyelenggaraan Pemilu\t500.000.000 √\t480.000.000 √\t20.000.000 Ø",
		"\tJUMLAH\t2.000.000.000 ^\t1.905.000.000 ^\t95.000.000 ^", "",
		"√ = sesuai OM-SPAN; Ø = dihitung ulang; ^ = dijumlah ulang", "",
		"Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
		"No\tKecamatan\tL\tP\tL+P",
		"1\tALOK\t10.120 √\t10.880 √\t21.000 Ø",
		"2\tKEWAPANTE\t6.400 √\t6.600 √\t13.000 Ø",
		"\tJUMLAH\t16.520 ^\t17.480 ^\t34.000 ^", "")
	wantRows(t, "anggaran", budgetRows(d, func(facts.Anggaran) bool { return true }),
		[]string{"076.01.CQ|2024|500000000|480000000|20000000", "076.01.WA|2024|1500000000|1425000000|75000000", "TOTAL|2024|2000000000|1905000000|95000000"})
	wantRows(t, "dpt", factRows["dpt"](d), []string{"pemilu|2024|kecamatan|ALOK|<nil>|<nil>|10120|10880|21000",
		"pemilu|2024|kecamatan|KEWAPANTE|<nil>|<nil>|6400|6600|13000", "pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|16520|17480|34000"})
	if !raised(d, "dokumen.tanda_reviu", 0) {
		t.Errorf("no dokumen.tanda_reviu finding")
	}
}

// TestAuditMarksUnproven: text with no review paper in it comes back as it
// was, the same slice: a caret after one figure, a root sign before one.
func TestAuditMarksUnproven(t *testing.T) {
	for _, s := range []string{
		"Pagu\t1.000.000 ^\nnilai √2 dan √3\n",
		"Indeks 10^3 dan 2 ^ 4\n",
		"Satu tanda saja: 75,00 ✓ di sini.\n",
		"Capaian\t80,00 (a)\t92,00 (b)\nhuruf (a) dan (b) tanpa keterangan\n",
	} {
		d := &facts.Document{}
		in := []byte(s)
		if out := auditMarks(d, in); &out[0] != &in[0] || string(out) != s {
			t.Errorf("%q changed to %q", s, out)
		}
	}
	d := &facts.Document{}
	if got := string(auditMarks(d, []byte("A\t12,5 ✓\tB ✓\n✓ = cocok; 7 ✓\n\t√\n"))); got != "A\t12,5\tB\n✓ = cocok; 7  \n\t√\n" {
		t.Errorf("got %q", got)
	}
}

// raised: d holds a finding of rule, on line when line is not 0.
func raised(d *facts.Document, rule string, line int) bool {
	for _, f := range d.Findings {
		if f.Aturan == rule && (line == 0 || f.Start <= line && line <= f.End) {
			return true
		}
	}
	return false
}
