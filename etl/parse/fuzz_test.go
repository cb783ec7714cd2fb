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
