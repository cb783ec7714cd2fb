package extract

import (
	"strings"
	"testing"
)

// TestMiddleRows: wrapped rows whose number and values sit on the middle
// line are rebuilt whole, the row's first line given back by the header;
// tables whose text lines do not split evenly around their values, or
// whose only wrapped row is one, keep the line-by-line reading.
func TestMiddleRows(t *testing.T) {
	hdr := "No\tIndikator Kinerja\tTarget\tRealisasi\n"
	for _, c := range []struct {
		name       string
		body, want []string
	}{
		{"three lines, single lines, a total",
			[]string{
				"\tPersentase KPU Kabupaten", "1\tdalam memutakhirkan Data\t100%\t100%", "\tPemilih Tepat Waktu",
				"\tNilai Keterbukaan", "2\tInformasi Publik\t75%\t77,85%", "\tdan Dokumentasi",
				"3\tOpini BPK\tWTP\tWTP",
				"\tJumlah\t2\t2",
			},
			[]string{
				"1|Persentase KPU Kabupaten dalam memutakhirkan Data Pemilih Tepat Waktu|100%|100%",
				"2|Nilai Keterbukaan Informasi Publik dan Dokumentasi|75%|77,85%",
				"3|Opini BPK|WTP|WTP",
				"|Jumlah|2|2",
			}},
		{"five lines",
			[]string{
				"\tPersentase", "\tpenyelenggara yang", "1\tterbukti melakukan\t5%\t2%", "\tpelanggaran", "\tkode etik",
				"\tNilai", "2\tSAKIP\t70\t71", "\tSatker",
			},
			[]string{
				"1|Persentase penyelenggara yang terbukti melakukan pelanggaran kode etik|5%|2%",
				"2|Nilai SAKIP Satker|70|71",
			}},
		{"uneven: the line-by-line reading stays",
			[]string{
				"\tPersentase KPU", "1\tdalam memutakhirkan\t100%\t100%", "\tdata pemilih", "\tdan tepat waktu",
				"2\tNilai SAKIP\t70\t71",
			},
			nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			tbl, _ := lastTable(t, hdr+strings.Join(c.body, "\n"))
			var got []string
			for _, r := range tbl.Rows {
				got = append(got, strings.Join(r.Cells, "|"))
			}
			if c.want == nil {
				if len(got) > 0 && strings.HasPrefix(got[0], "1|Persentase KPU dalam memutakhirkan data pemilih") {
					t.Errorf("uneven table rebuilt as middle rows: %q", got)
				}
				return
			}
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("rows\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}
