package parse

import (
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// TestTemplateExampleRowsClass: a report filled into the KPU template with
// the template's example row left in (under its guidance line) loads the
// office's rows only, whatever marks the example: an example word in the
// No cell, a code of X's and nines, a name that is a blank to fill. A real
// name holding an ellipsis between words stays a row.
func TestTemplateExampleRowsClass(t *testing.T) {
	const (
		a = "Persentase Partisipasi Pemilih dalam Pemilihan"
		b = "Persentase Laporan Keuangan yang Tepat Waktu"
	)
	guide := "[Petunjuk: isi sesuai dokumen sumber; baris contoh dihapus sebelum dikirim.]"
	capaian := func(ex ...string) []string {
		return []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2022", guide, "",
			"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
			ex[0], "1\t" + a + "\t%\t78,00\t81,12\t104,00", "2\t" + b + "\t%\t100,00\t95,00\t95,00", ""}
	}
	dpt := func(ex string) []string {
		return []string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan", guide, "",
			"No\tKecamatan\tDesa/Kel\tTPS\tL\tP\tL+P", ex,
			"1\tWAIGETE\t12\t40\t5.210\t5.390\t10.600",
			"2\tTALIBURA\t9\t35\t4.005\t4.115\t8.120",
			"\tJUMLAH\t21\t75\t9.215\t9.505\t18.720", ""}
	}
	budget := func(ex string) []string {
		return []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024", guide, "",
			"Kode\tProgram / Kegiatan\tPagu\tRealisasi\tSisa", ex,
			"076.01.WA\tProgram Dukungan Manajemen\t3.000.000.000\t2.900.000.000\t100.000.000",
			"3357\tPengelolaan Keuangan dan BMN\t3.000.000.000\t2.900.000.000\t100.000.000",
			"\tJUMLAH\t3.000.000.000\t2.900.000.000\t100.000.000", ""}
	}
	capRows := []string{a + "|78|81.12|104", b + "|100|95|95"}
	dptRows := []string{"pemilu|2024|kecamatan|WAIGETE|12|40|5210|5390|10600", "pemilu|2024|kecamatan|TALIBURA|9|35|4005|4115|8120",
		"pemilu|2024|kabupaten|Kabupaten Sikka|21|75|9215|9505|18720"}
	checkDocs(t, []string{"capaian", "dpt"}, []docCase{
		{"Contoh and a blank to fill", append(capaian("Contoh\tPersentase … (isi nama indikator)\t%\t80,00\t90,00\t112,50"),
			dpt("Contoh\tKECAMATAN …\t10\t20\t1.000\t1.100\t2.100")...), map[string][]string{"capaian": capRows, "dpt": dptRows}},
		{"a numbered example, names in angle and guillemet brackets", append(capaian("Contoh 1\t<nama indikator kinerja>\t%\t50,00\t60,00\t120,00"),
			dpt("0\t«NAMA KECAMATAN»\t5\t9\t700\t800\t1.500")...), map[string][]string{"capaian": capRows, "dpt": dptRows}},
		{"example word after a dash number", append(capaian("-\tMisal: Persentase [isi indikator]\t%\t10,00\t10,00\t100,00"),
			dpt("-\t...\t1\t1\t9\t9\t18")...), map[string][]string{"capaian": capRows, "dpt": dptRows}},
	})
	for _, ex := range []string{
		"XX.9999\tContoh: Kegiatan … (isi sesuai DIPA)\t1.000.000.000\t900.000.000\t100.000.000",
		"9999\tKegiatan …\t500.000.000\t450.000.000\t50.000.000",
		"XXX.XX.XX\t[isi nama program]\t700.000.000\t600.000.000\t100.000.000",
	} {
		d := parseDoc(t, ex, budget(ex)...)
		wantRows(t, ex, budgetRows(d, func(facts.Anggaran) bool { return true }),
			[]string{"076.01.WA|2024|3000000000|2900000000|100000000", "3357|2024|3000000000|2900000000|100000000", "TOTAL|2024|3000000000|2900000000|100000000"})
		if !raised(d, "tabel.baris_contoh", 9) { // the example's own line, under the head, caption, guide and header
			t.Errorf("%s: no tabel.baris_contoh on line 9", ex)
		}
	}
	// a real name cut with an ellipsis between its words is no blank
	d := parseDoc(t, "ellipsis inside a name", capaian("3\tPersentase Pemilih … dalam DPT\t%\t90,00\t92,00\t102,22")...)
	if got := len(d.Capaian); got != 3 {
		t.Errorf("ellipsis inside a name: %d capaian rows, want 3", got)
	}
}
