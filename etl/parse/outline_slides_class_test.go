package parse

import (
	"fmt"
	"strings"
	"testing"
)

// TestOutlineSlides: a presentation's outline saved as text (a slide a
// line "n⇥Title", its bullets indented by TABs) is read as the prose it
// says: the slide naming a program gives its first-level bullets' amounts
// to that program, the kegiatan two TABs deep are list items of their own,
// realisasi told before "dari pagu" too, the percent after the pagu the
// kegiatan's serapan.
func TestOutlineSlides(t *testing.T) {
	// kode|tingkat|kode_induk|tahun|pagu|realisasi|sisa|serapan_lapor
	rows := func(lines ...string) []string {
		d := parseDoc(t, "outline", lines...)
		var out []string
		for _, a := range d.Anggaran {
			s := "<nil>"
			if a.SerapanLapor != nil {
				s = fmt.Sprint(*a.SerapanLapor)
			}
			out = append(out, fmt.Sprintf("%s|%s|%s|%d|%s|%s|%s|%s", a.Kode, a.Tingkat, a.KodeInduk, a.Tahun, nv(a.Pagu), nv(a.Realisasi), nv(a.Sisa), s))
		}
		return out
	}
	for _, tc := range []struct {
		name string
		body []string
		want []string
	}{{
		name: "bullets with marks, kegiatan told realisasi first",
		body: []string{"Bahan paparan rapat evaluasi (kerangka slide):", "",
			"4\tAnggaran Tahun 2024",
			"\t• Pagu setelah revisi: Rp3.000.000.000",
			"\t• Realisasi: Rp2.898.000.000 (96,60%)",
			"5\tProgram 076.01.WA – Dukungan Manajemen",
			"\t• Pagu Rp2.400.000.000; realisasi Rp2.316.000.000 (96,50%)",
			"\t• Rincian:",
			"\t\t– Kegiatan 3355 Pengelolaan Keuangan: realisasi Rp873.000.000 dari pagu Rp900.000.000 (97,00%)",
			"\t\t– Kegiatan 3360 Operasional Perkantoran: realisasi Rp1.443.000.000 dari pagu Rp1.500.000.000 (96,20%)",
			"6\tProgram 076.01.CQ – Penyelenggaraan Pemilu",
			"\t• Pagu Rp600.000.000; realisasi Rp582.000.000 (97,00%)",
			"7\tPenutup",
			"\t• Terima kasih", ""},
		want: []string{
			"TOTAL|total||2024|3000000000|2898000000|102000000|96.6",
			"076.01.WA|program||2024|2400000000|2316000000|84000000|96.5",
			"3355|kegiatan|076.01.WA|2024|900000000|873000000|27000000|97",
			"3360|kegiatan|076.01.WA|2024|1500000000|1443000000|57000000|96.2",
			"076.01.CQ|program||2024|600000000|582000000|18000000|97"},
	}, {
		name: "bullets without marks, amounts a bullet each, kegiatan pagu first",
		body: []string{"Kerangka presentasi:", "",
			"12\tProgram 076.01.CQ Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi",
			"\tPagu: Rp1.250.000.000",
			"\tRealisasi: Rp1.190.000.000 (95,20%)",
			"\tKegiatan:",
			"\t\tKegiatan 6640 Pemutakhiran Data Pemilih: pagu Rp750.000.000, realisasi Rp720.000.000 (96,00%)",
			"\t\tKegiatan 6709 Sosialisasi dan Pendidikan Pemilih: pagu Rp500.000.000, realisasi Rp470.000.000 (94,00%)",
			"13\tTindak Lanjut",
			"\tPerbaikan rencana penarikan dana", ""},
		want: []string{
			"076.01.CQ|program||2024|1250000000|1190000000|60000000|95.2",
			"6640|kegiatan|076.01.CQ|2024|750000000|720000000|30000000|96",
			"6709|kegiatan|076.01.CQ|2024|500000000|470000000|30000000|94"},
	}, {
		name: "kegiatan whose percent and sums prove nothing: not loaded",
		body: []string{"Kerangka presentasi:", "",
			"3\tProgram 076.01.WA – Dukungan Manajemen",
			"\t• Pagu Rp1.000.000.000; realisasi Rp950.000.000 (95,00%)",
			"\t• Rincian:",
			"\t\t– Kegiatan 3358 Pengelolaan SDM: realisasi Rp410.000.000 dari pagu Rp400.000.000 (97,00%)",
			"\t\t– Kegiatan 3360 Operasional: realisasi Rp500.000.000 dari pagu Rp580.000.000 (91,00%)",
			"4\tPenutup",
			"\t• Terima kasih", ""},
		want: []string{"076.01.WA|program||2024|1000000000|950000000|50000000|95"},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			wantRows(t, "anggaran", rows(tc.body...), tc.want)
		})
	}
}

// TestOutlineSlidesLines: line numbers stay; one slide alone, or a TAB
// table numbered like slides, is left as written.
func TestOutlineSlidesLines(t *testing.T) {
	in := "x\n1\tJudul\n\t• a 1\n\t\t– b 2\n2\tLain\n\t• c\ny"
	out := string(outlineSlides([]byte(in)))
	if strings.Count(out, "\n") != strings.Count(in, "\n") || out != "x\nJudul: a 1.\n\n– b 2.\nLain: c.\n\ny" {
		t.Errorf("rewrite:\n%q", out)
	}
	for _, s := range []string{"x\n1\tJudul\n\t• a 1\ny", "1\tBORONG\t25\t62\n\t• x\n2\tELAR\t19\t56\n\t• y"} {
		if got := string(outlineSlides([]byte(s))); got != s {
			t.Errorf("outlineSlides(%q) = %q, want it unchanged", s, got)
		}
	}
}
