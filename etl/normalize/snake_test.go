package normalize

import "testing"

// TestSnakeHeader: identifiers read as header words; a count named with
// its sex keeps its roll and sex alone, both sexes named are the sum.
func TestSnakeHeader(t *testing.T) {
	for in, want := range map[string]string{
		"nama_kecamatan": "nama kecamatan", "jml_desa": "jumlah desa", "thn_dinilai": "tahun dinilai",
		"paguAnggaran": "pagu anggaran", "pemilih_l": "laki-laki", "jml_pemilih_p": "perempuan",
		"dps_l": "DPS laki-laki", "dpt_lp": "L+P", "lk_pr": "L+P", "l_p": "L+P", "jml_pemilih": "jumlah pemilih",
		"pemilih_laki_laki": "laki-laki", "tps_l": "tps l", "nilai_akip": "nilai akip", "pct_serapan": "persen serapan",
		"PMLH_L": "laki-laki", "PMLH_P": "perempuan", "PMLH_JML": "jumlah pemilih", "JML_PMLH": "jumlah pemilih",
		"pemilih_total": "jumlah pemilih", "NAMA_KEC": "nama kecamatan", "pmlh_tps": "pemilih tps",
	} {
		if got := SnakeHeader(in); got != want {
			t.Errorf("SnakeHeader(%q) = %q, want %q", in, got, want)
		}
	}
}
