package parse

import "testing"

// TestArithCapaianClass: a capaian column under a title no vocabulary holds
// ("R/T (%)", "Tingkat", "Hasil Pengukuran") is named by its figures —
// realisasi/target, or for an indicator where less is better (2T − R)/T or
// T/R — beside a named Target and Realisasi (made-up figures); a row no
// formula fits, or a column of anything else (a weight), names nothing.
func TestArithCapaianClass(t *testing.T) {
	const a = "Persentase pemilih yang menggunakan hak pilih"
	const b = "Persentase pemilih tidak terdaftar dalam DPT"
	const c = "Persentase kegiatan yang dilaksanakan tepat waktu"
	head := []string{"Tabel 2 Capaian Indikator Kinerja Utama Tahun 2023", ""}
	doc := func(header string, rows ...string) []string {
		return append(append(append([]string{}, head...), header), rows...)
	}
	want := []string{a + "|80|84|105", b + "|2|1.5|125", c + "|90|81|90", "Opini BPK atas Laporan Keuangan|<nil>|<nil>|100"}
	checkDocs(t, []string{"capaian"}, []docCase{
		{"R/T (%) after Target (T) and Realisasi (R)", doc("No\tUkuran Kinerja\tSat\tTarget (T)\tRealisasi (R)\tR/T (%)",
			"1\t"+a+"\t%\t80,00\t84,00\t105,00", "2\t"+b+"\t%\t2,00\t1,50\t125,00",
			"3\t"+c+"\t%\t90,00\t81,00\t90,00", "4\tOpini BPK atas Laporan Keuangan\tOpini\tWTP\tWTP\t100,00"),
			map[string][]string{"capaian": want}},
		{"Tingkat before Target, inverse as T/R", doc("No\tIndikator\tTingkat\tTarget\tRealisasi\tKeterangan",
			"1\t"+a+"\t105,0\t80\t84\tTercapai", "2\t"+b+"\t133,3\t2\t1,5\tTercapai",
			"3\t"+c+"\t90,0\t90\t81\tBelum tercapai"),
			map[string][]string{"capaian": {a + "|80|84|105", b + "|2|1.5|133.3", c + "|90|81|90"}}},
	})
	// a weight column (Bobot) or a column one row disproves is no capaian
	for _, tc := range []struct{ name, header, third string }{
		{"a weight", "No\tIndikator\tTarget\tRealisasi\tBobot", "3\t" + c + "\t90,00\t81,00\t40,00"},
		{"one row against", "No\tIndikator\tTarget\tRealisasi\tHasil", "3\t" + c + "\t90,00\t81,00\t95,00"},
	} {
		rows := []string{"1\t" + a + "\t80,00\t84,00\t105,00", "2\t" + b + "\t2,00\t1,50\t125,00", tc.third}
		if tc.name == "a weight" {
			rows = []string{"1\t" + a + "\t80,00\t84,00\t30,00", "2\t" + b + "\t2,00\t1,50\t30,00", tc.third}
		}
		d := parseDoc(t, tc.name, doc(tc.header, rows...)...)
		for _, r := range d.Capaian {
			if r.CapaianLapor != nil {
				t.Errorf("%s: %s: capaian %v loaded from an unproven column", tc.name, r.Indikator, *r.CapaianLapor)
			}
		}
	}
}
