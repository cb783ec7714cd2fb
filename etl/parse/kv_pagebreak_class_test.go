package parse

import (
	"fmt"
	"testing"
)

// TestKVRecordPageBreak: the last lines of a record printed after a page
// break (a form feed and blank lines between, nothing else) finish that
// record; lines after the break that repeat a key the record holds open
// another record, and lines after a blank line alone stay apart.
func TestKVRecordPageBreak(t *testing.T) {
	rec := func(title, tps, l, p, lp string) []string {
		return []string{title, "Jumlah TPS : " + tps, "Pemilih Laki-laki : " + l, "Pemilih Perempuan : " + p, "Jumlah Pemilih : " + lp, ""}
	}
	var dpt []string
	dpt = append(dpt, "DPT Pemilu Tahun 2024 per kecamatan adalah sebagai berikut.", "")
	dpt = append(dpt, rec("Kecamatan : Lobalain", "41", "6.120", "6.300", "12.420")...)
	dpt = append(dpt, rec("Kecamatan : Pantai Baru", "33", "5.002", "5.118", "10.120")...)
	dpt = append(dpt, "Kabupaten Sikka", "Jumlah TPS : 74", "Pemilih Laki-laki : 11.122", "", "\f", "",
		"Pemilih Perempuan : 11.418", "Jumlah Pemilih : 22.540", "", "Data ini ditetapkan dalam rapat pleno terbuka.")
	checkDocs(t, []string{"dpt"}, []docCase{{
		name: "DPT: the closing record's sexes after the break",
		body: dpt,
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|LOBALAIN|<nil>|41|6120|6300|12420",
			"pemilu|2024|kecamatan|PANTAI BARU|<nil>|33|5002|5118|10120",
			"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|74|11122|11418|22540"}},
	}})

	budget := []string{"Realisasi Anggaran Tahun 2024", "",
		"Program 076.01.WA", "Uraian : Program Dukungan Manajemen", "Pagu : Rp 2.400.000.000", "Realisasi : Rp 2.280.000.000",
		"Sisa : Rp 120.000.000", "Penyerapan : 95,00%", "",
		"Kegiatan WA.3360", "Uraian : Operasional Perkantoran", "Pagu : Rp 2.400.000.000", "Realisasi : Rp 2.280.000.000",
		"Sisa : Rp 120.000.000", "Penyerapan : 95,00%", "",
		"TOTAL KESELURUHAN", "Pagu : Rp 2.400.000.000", "Realisasi : Rp 2.280.000.000", "Sisa : Rp 120.000.000", "\f",
		"Penyerapan : 95,00%", "", "Anggaran terserap dengan baik."}
	total := func(body []string) string {
		d := parseDoc(t, "budget record cut", body...)
		for _, a := range d.Anggaran {
			if a.Kode == "TOTAL" {
				return fmt.Sprintf("%s|%s|%s", nv(a.Pagu), nv(a.Realisasi), nv(a.SerapanLapor))
			}
		}
		return ""
	}
	if got, want := total(budget), "2400000000|2280000000|95"; got != want {
		t.Errorf("budget total after a page break: got %q, want %q", got, want)
	}
	// a blank line, no page break: the lone line is not the record's
	noBreak := append([]string(nil), budget...)
	noBreak[20] = ""
	if got, want := total(noBreak), "2400000000|2280000000|<nil>"; got != want {
		t.Errorf("budget total, lone line after a blank line: got %q, want %q", got, want)
	}
}
