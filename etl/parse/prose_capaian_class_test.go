package parse

import "testing"

// TestNarrativeCapaian: an indicator heading with a paragraph stating its
// target, realisasi and capaian in words gives the capaian row when the
// figures prove each other (lower-is-better too); a capaian they do not
// give leaves the paragraph unread.
func TestNarrativeCapaian(t *testing.T) {
	para := func(target, real, capaian string) string {
		return "Pada Perjanjian Kinerja Tahun 2024 indikator ini ditargetkan sebesar " + target + " persen. Realisasi sampai dengan akhir tahun adalah " +
			real + " persen, sehingga capaian kinerjanya " + capaian + " persen dan target tercapai."
	}
	checkDocs(t, []string{"capaian"}, []docCase{{
		name: "two indicators, one lower-is-better",
		body: []string{"Indikator 1: Persentase Partisipasi Pemilih", "", para("77,50", "81,24", "104,83"), "",
			"Indikator 2: Persentase Pelanggaran Kode Etik", "", para("5,00", "2,13", "157,40")},
		want: map[string][]string{"capaian": {"Persentase Partisipasi Pemilih|77.5|81.24|104.83", "Persentase Pelanggaran Kode Etik|5|2.13|157.4"}},
	}, {
		name: "grades and an audit opinion as target and realisasi",
		body: []string{"Indikator 7: Nilai Evaluasi AKIP", "", "Target predikat hasil evaluasi AKIP adalah B dan realisasinya juga B, sehingga target tercapai.", "",
			"Indikator 8: Opini BPK atas Laporan Keuangan", "", "Opini BPK atas Laporan Keuangan KPU ditargetkan WTP dan opini yang diterima adalah WTP."},
		want: map[string][]string{"capaian": {"Nilai Evaluasi AKIP|<nil>|<nil>|<nil>", "Opini BPK atas Laporan Keuangan|<nil>|<nil>|<nil>"}},
	}, {
		name: "an opinion as target, a grade as realisasi: not read",
		body: []string{"Indikator 8: Opini BPK atas Laporan Keuangan", "", "Opini BPK ditargetkan WTP dan predikat yang diterima adalah B."},
	}, {
		name: "a capaian the figures do not give",
		body: []string{"Indikator 1: Persentase Partisipasi Pemilih", "", para("77,50", "81,24", "110,00")},
	}})
}
