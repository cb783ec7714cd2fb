package parse

import "testing"

func TestIsRange(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"80-90", true}, {"80 – 90%", true}, {"80% - 90%", true}, {"75,5 s.d. 85", true}, {"70 sampai 80", true},
		{"90-80", true}, // no one value either way
		{"80", false}, {"-", false}, {"-5", false}, {"80%", false}, {"Tepat Waktu", false}, {"B 80", false}, {"80-an", false},
	} {
		if got := isRange(tc.s); got != tc.want {
			t.Errorf("isRange(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestCapaianWrittenTargets: a range target and a target in words load no
// number; the Keterangan's verdict stands in for a capaian written "-".
func TestCapaianWrittenTargets(t *testing.T) {
	const indLayanan = "Persentase permohonan informasi publik yang dilayani sesuai standar layanan"
	const indLapor = "Penyampaian Laporan Kinerja kepada KPU Provinsi"
	tests := []struct {
		name          string
		row           string
		ind, tgt, rea string
		capTeks       string
		tgtNum        bool
		finding       string
	}{
		{"range with a dash", "1\t" + indLayanan + "\t%\t80-90\t86,40\t-\tTercapai", indLayanan, "80-90", "86,40", "Tercapai", false, "nilai.rentang"},
		{"range with s.d. and spaces", "1\t" + indLayanan + "\t%\t80 s.d. 90\t86,40\t-\tTercapai", indLayanan, "80 s.d. 90", "86,40", "Tercapai", false, "nilai.rentang"},
		{"range with an en dash and percents", "1\t" + indLayanan + "\t%\t80% – 90%\t91%\t\tTidak Tercapai", indLayanan, "80% - 90%", "91%", "Tidak Tercapai", false, "nilai.rentang"},
		{"a target in words, Satuan '-'", "2\t" + indLapor + "\t-\tTepat Waktu\tTepat Waktu\t-\tTercapai", indLapor, "Tepat Waktu", "Tepat Waktu", "Tercapai", false, ""},
		{"a number keeps its capaian", "3\t" + indKIP + "\tNilai\t80\t84,27\t105,34\tTercapai", indKIP, "80", "84,27", "105,34", true, ""},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, "Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
			"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)\tKeterangan", tc.row)
		found := false
		for _, c := range d.Capaian {
			if c.Indikator != tc.ind {
				continue
			}
			found = true
			if c.TargetTeks != tc.tgt || c.RealisasiTeks != tc.rea || c.CapaianTeks != tc.capTeks {
				t.Errorf("%s: %q / %q / %q, want %q / %q / %q", tc.name, c.TargetTeks, c.RealisasiTeks, c.CapaianTeks, tc.tgt, tc.rea, tc.capTeks)
			}
			if (c.TargetNilai != nil) != tc.tgtNum {
				t.Errorf("%s: target_nilai %v, want a number: %v", tc.name, c.TargetNilai, tc.tgtNum)
			}
		}
		if !found {
			t.Errorf("%s: no row for %q: %+v", tc.name, tc.ind, d.Capaian)
		}
		if tc.finding != "" && !hasRule(d, tc.finding) {
			t.Errorf("%s: no finding %s", tc.name, tc.finding)
		}
	}
}
