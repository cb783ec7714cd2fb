package parse

import "testing"

// TestAlignedMergedRows: a space-aligned capaian table whose report
// printed two indicators' figures on the second one's line (the first
// line a label with no figure, every figure cell of the second holding
// two figures one space apart) is proven, and each figure goes to its own
// indicator; a cell of two figures under a row that has figures of its
// own stays unproven (the table is reported, nothing loaded).
func TestAlignedMergedRows(t *testing.T) {
	cases := []docCase{{
		name: "grade and score pairs",
		body: []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2024",
			"  No   Indikator Kinerja                            Target   Realisasi   Capaian",
			"   1   Persentase laporan keuangan tepat waktu        100%         95%       95%",
			"   2   Nilai Evaluasi SAKIP KPU Kabupaten",
			"   3   Indeks Kepuasan Layanan Informasi             B 75      BB 81,00   200% 108,00%",
			"   4   Persentase arsip tertata                        90%         99%      110%",
			"", "Sumber: diolah."},
		want: map[string][]string{"capaian": {"Persentase laporan keuangan tepat waktu|100|95|95",
			"Nilai Evaluasi SAKIP KPU Kabupaten|<nil>|<nil>|200", "Indeks Kepuasan Layanan Informasi|75|81|108",
			"Persentase arsip tertata|90|99|110"}},
	}, {
		name: "percent pairs",
		body: []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2024",
			"  No   Indikator Kinerja                        Target   Realisasi       Capaian",
			"   1   Persentase pemilih pemula terdaftar          70%         77%          110%",
			"   2   Persentase TPS ramah disabilitas",
			"   3   Persentase petugas KPPS terlatih        60% 80%     66% 72%     110% 90%",
			"", "Sumber: diolah."},
		want: map[string][]string{"capaian": {"Persentase pemilih pemula terdaftar|70|77|110",
			"Persentase TPS ramah disabilitas|60|66|110", "Persentase petugas KPPS terlatih|80|72|90"}},
	}}
	checkDocs(t, []string{"capaian"}, cases)
	d := parseDoc(t, "pairs under a row with figures", "Tabel 3.1 Pengukuran Kinerja Tahun 2024",
		"  No   Indikator Kinerja                        Target   Realisasi       Capaian",
		"   1   Persentase pemilih pemula terdaftar          70%         77%          110%",
		"   2   Persentase petugas KPPS terlatih        60% 80%     66% 72%     110% 90%",
		"", "Sumber: diolah.")
	if len(d.Capaian) != 0 {
		t.Errorf("%d capaian rows from a table whose pairs nothing proves", len(d.Capaian))
	}
}
