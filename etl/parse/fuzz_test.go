package parse

import (
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

// FuzzText feeds arbitrary bytes to the parser. It must never panic (a
// recovered panic surfaces as an "internal error") nor hang.
func FuzzText(f *testing.F) {
	for _, p := range sharedtest.RealReports {
		data := sharedtest.Read(f, p)
		// slices keep the seeds small enough for the fuzzer to mutate
		lines := strings.Split(string(data), "\n")
		for i := 0; i+40 < len(lines); i += 300 {
			f.Add([]byte(strings.Join(lines[:6], "\n") + "\n" + strings.Join(lines[i:i+40], "\n")))
		}
	}
	f.Add(doc("Tabel 3.1 Capaian", "", "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian", "1\tNilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten Nilai Evaluasi atas Pelaksanaan Reformasi Birokrasi KPU Kabupaten\tB 80\tBB* 74,95%\t200% 93,69%"))
	f.Add([]byte{0xFF, 0xFE, 'L', 0, 'K', 0})
	// flattened tables: one cell per line, and cells separated by spaces
	f.Add([]byte("LAPORAN KINERJA\nKPU KABUPATEN SUMBA BARAT\nPeriode Januari–Desember 2020\n\nTabel 3.3 DPT\nNo\nKecamatan\nTPS\nL\nP\nL+P\n1\nLoli\n64\n12.608\n12.607\n25.215\n2\nLamboya\n55\n11.660\n11.388\n23.048\nJumlah\n119\n24.268\n23.995\n48.263\n"))
	f.Add([]byte("LAPORAN KINERJA KPU KABUPATEN SIKKA TAHUN 2021\n\nKode Uraian Pagu Realisasi Sisa %\nWA Program Dukungan 3.237.070.000 3.154.760.320 82.309.680 97,46\nJumlah 3.237.070.000 3.154.760.320 82.309.680 97,46\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Text("fuzz", data)
		if err != nil {
			if strings.Contains(err.Error(), "internal error") {
				t.Fatalf("panic: %v", err)
			}
			return
		}
		if d.Meta.SatkerID == "" || d.Meta.Tahun == 0 {
			t.Fatalf("document without identity accepted: %+v", d.Meta)
		}
	})
}
