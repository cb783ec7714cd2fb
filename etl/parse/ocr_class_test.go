package parse

import (
	"strings"
	"testing"
)

// TestOCRScan: a scanned report whose prose letters the OCR read as
// digits ("Pemi1u", "K0MISI", "Gubemur") keeps its tables' words: the DPT
// table under a damaged caption is read (its election and year come from
// the mended words, its rows are proven by their own clean numbers), the
// amounts and codes stay byte for byte; a report with a stray word or two
// of that shape is no scan and is read as written.
func TestOCRScan(t *testing.T) {
	damaged := []string{"Laporan ini di1akukan da1am rangka pe1aksanaan tugas K0MISI PEMILIHAN UMUM di wi1ayah", "kabupaten se1ama tahun ini.", ""}
	roll := func(caption string) []string {
		return []string{caption, "",
			"No\tKecamatan\tDesa/Kel\tTPS\tL\tP\tL+P",
			"1\tPAGA\t17\t54\t4.081\t4.005\t8.086",
			"2\tMEGO\t6\t42\t3.853\t3.821\t7.674",
			"\tJUMLAH\t23\t96\t7.934\t7.826\t15.760", ""}
	}
	budget := []string{"Rea1isasi anggaran tahun 2024 per program disajikan da1am tabel berikut.", "",
		"Kode\tProgram/Kegiatan\tPagu (Rp)\tRealisasi (Rp)",
		"076.01.WA\tProgram Dukungan Manajemen\t1.000.000.000\t900.000.000",
		"3355.EBA.956\tLayanan Umum\t1.000.000.000\t900.000.000",
		"\tJUMLAH\t1.000.000.000\t900.000.000", ""}
	rows := []string{"pemilu|2019|kecamatan|PAGA|17|54|4081|4005|8086", "pemilu|2019|kecamatan|MEGO|6|42|3853|3821|7674",
		"pemilu|2019|kabupaten|Kabupaten Sikka|23|96|7934|7826|15760"}
	cat := func(parts ...[]string) (out []string) {
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	checkDocs(t, []string{"dpt"}, []docCase{{
		name: "DPT under a damaged caption",
		body: cat(damaged, roll("Daftar Pemi1ih Tetap Pemi1u 2019 per kecamatan ada1ah sebagai berikut.")),
		want: map[string][]string{"dpt": rows},
	}, {
		name: "the election word in capitals, a governor's election with rn read m",
		body: cat(damaged, roll("DPT PEMILIHAN GUBEMUR DAN WAKIL GUBEMUR TAHUN 2018 PER KECAMATAN")),
		want: map[string][]string{"dpt": {"pilkada|2018|kecamatan|PAGA|17|54|4081|4005|8086", "pilkada|2018|kecamatan|MEGO|6|42|3853|3821|7674",
			"pilkada|2018|kabupaten|Kabupaten Sikka|23|96|7934|7826|15760"}},
	}, {
		name: "a capital I read for l",
		body: cat([]string{"Laporan ini diIakukan daIam rangka peIaksanaan tugas komisi di wiIayah", "kabupaten seIama tahun ini.", ""},
			roll("Daftar PemiIih Tetap PemiIu 2019 per kecamatan adaIah sebagai berikut.")),
		want: map[string][]string{"dpt": rows},
	}, {
		name: "two stray words are no scan: the caption names no election",
		body: cat([]string{"Catatan: kode v1a dan x1b dipakai di sini.", ""}, roll("Daftar Pemi1ih Tetap Pemi1u 2019 per kecamatan.")),
	}})
	d := parseDoc(t, "budget", cat(damaged, budget)...)
	var got []string
	for _, a := range d.Anggaran {
		got = append(got, a.Kode+"|"+nv(a.Pagu)+"|"+nv(a.Realisasi))
	}
	wantRows(t, "anggaran", got, []string{"076.01.WA|1000000000|900000000", "3355.EBA.956|1000000000|900000000", "TOTAL|1000000000|900000000"})
	ocr := 0
	for _, f := range d.Findings {
		if f.Aturan == "dokumen.ocr" {
			ocr++
		}
	}
	if ocr != 1 {
		t.Errorf("dokumen.ocr findings: %d, want 1", ocr)
	}
	if n := ocrDamage([]byte(strings.Join(damaged, "\n")), nil); n != 6 {
		t.Errorf("ocrDamage: %d words, want 6", n)
	}
}
