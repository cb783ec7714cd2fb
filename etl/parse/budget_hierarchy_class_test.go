package parse

import (
	"strings"
	"testing"
)

// hierDoc wraps a made-up hierarchy chart in a report's budget section.
func hierDoc(chart []string) []string {
	body := []string{
		"BAB III AKUNTABILITAS KINERJA", "",
		"C. Realisasi Anggaran", "",
		"Tabel 3.4 Realisasi Anggaran Tahun 2023", "",
		"[Gambar: Bagan Anggaran TA 2023 - diketik ulang]", "",
	}
	body = append(body, chart...)
	return append(body, "", "Kotak atas: total; di bawahnya program dan kegiatan.", "", "Sumber: SAKTI.", "")
}

// hierBoxes draws boxes abreast (each 28 wide, gap spaces between), each
// box its lines.
func hierBoxes(indent, gap int, boxes ...[]string) []string {
	h := 0
	for _, b := range boxes {
		h = max(h, len(b))
	}
	pad := strings.Repeat(" ", indent)
	sp := strings.Repeat(" ", gap)
	edge := func(l, r string) string {
		var parts []string
		for range boxes {
			parts = append(parts, l+strings.Repeat("─", 28)+r)
		}
		return pad + strings.Join(parts, sp)
	}
	out := []string{edge("┌", "┐")}
	for k := 0; k < h; k++ {
		var parts []string
		for _, b := range boxes {
			s := ""
			if k < len(b) {
				s = b[k]
			}
			parts = append(parts, "│ "+s+strings.Repeat(" ", 27-len([]rune(s)))+"│")
		}
		out = append(out, pad+strings.Join(parts, sp))
	}
	return append(out, edge("└", "┘"))
}

var (
	hTotal = []string{"TOTAL DIPA 2023", "Pagu  3.000.000.000", "Real. 2.850.000.000", "Sisa  150.000.000", "Serapan 95,00%"}
	hP1    = []string{"076.01.WA", "Program Dukungan", "Manajemen", "Pagu  2.000.000.000", "Real. 1.900.000.000", "Sisa  100.000.000", "Serapan 95,00%"}
	hP2    = []string{"076.01.CQ", "Program Penyelenggaraan", "Pemilu", "Pagu  1.000.000.000", "Real. 950.000.000", "Sisa  50.000.000", "Serapan 95,00%"}
	hK1    = []string{"3355", "Pengelolaan Keuangan", "Pagu  800.000.000", "Real. 760.000.000", "Sisa  40.000.000", "Serapan 95,00%"}
	hK2    = []string{"3360", "Operasional Perkantoran", "Pagu  1.200.000.000", "Real. 1.140.000.000", "Sisa  60.000.000", "Serapan 95,00%"}
	hK3    = []string{"6640", "Pemutakhiran Data", "Pemilih", "Pagu  1.000.000.000", "Real. 950.000.000", "Sisa  50.000.000", "Serapan 95,00%"}
)

var hierWant = []string{
	"076.01.WA|program||2023|2000000000|1900000000|100000000",
	"3355|kegiatan|076.01.WA|2023|800000000|760000000|40000000",
	"3360|kegiatan|076.01.WA|2023|1200000000|1140000000|60000000",
	"076.01.CQ|program||2023|1000000000|950000000|50000000",
	"6640|kegiatan|076.01.CQ|2023|1000000000|950000000|50000000",
	"TOTAL|total||2023|3000000000|2850000000|150000000",
}

// TestBudgetHierarchy: each box of a budget hierarchy chart is the budget
// row its code names, a kegiatan under the program its band hangs from.
func TestBudgetHierarchy(t *testing.T) {
	named := []string{}
	named = append(named, hierBoxes(30, 0, hTotal)...)
	named = append(named, strings.Repeat(" ", 44)+"│", "              ┌──────────────────────────────┴──────────────────────────────┐")
	named = append(named, hierBoxes(0, 32, hP1, hP2)...)
	named = append(named, "", "Kegiatan di bawah 076.01.WA:", "              │", "              ├──────────────────────────────┐")
	named = append(named, hierBoxes(0, 3, hK1, hK2)...)
	named = append(named, "", "Kegiatan di bawah 076.01.CQ:", "              │")
	named = append(named, hierBoxes(0, 3, hK3)...)

	// no naming line: the stem under the program box tells the parent;
	// the amounts written "Realisasi:" with Rp
	rp := func(b []string) []string {
		out := append([]string{}, b...)
		for k, s := range out {
			s = strings.Replace(s, "Real. ", "Realisasi: Rp", 1)
			s = strings.Replace(s, "Pagu  ", "Pagu: Rp", 1)
			out[k] = s
		}
		return out
	}
	stems := []string{}
	stems = append(stems, hierBoxes(0, 3, rp(hP1))...)
	stems = append(stems, "              │", "              ├──────────────────────────────┐")
	stems = append(stems, hierBoxes(0, 3, rp(hK1), rp(hK2))...)

	// programs only under the total, no sisa lines
	nosisa := func(b []string) []string {
		var out []string
		for _, s := range b {
			if !strings.HasPrefix(s, "Sisa") {
				out = append(out, s)
			}
		}
		return out
	}
	flat := []string{}
	flat = append(flat, hierBoxes(30, 0, nosisa(hTotal))...)
	flat = append(flat, "              ┌──────────────────────────────┴──────────────────────────────┐")
	flat = append(flat, hierBoxes(0, 32, nosisa(hP1), nosisa(hP2))...)
	flatWant := []string{"076.01.WA|program||2023|2000000000|1900000000|<nil>", "076.01.CQ|program||2023|1000000000|950000000|<nil>", "TOTAL|total||2023|3000000000|2850000000|<nil>"}

	tests := []docCase{
		{name: "total, programs, kegiatan under a naming line", body: hierDoc(named), want: map[string][]string{"anggaran": hierWant}},
		{name: "a program and its kegiatan by the stem, Rp amounts", body: hierDoc(stems), want: map[string][]string{"anggaran": {
			"076.01.WA|program||2023|2000000000|1900000000|100000000", "3355|kegiatan|076.01.WA|2023|800000000|760000000|40000000",
			"3360|kegiatan|076.01.WA|2023|1200000000|1140000000|60000000"}}},
		{name: "total and programs, no sisa lines", body: hierDoc(flat), want: map[string][]string{"anggaran": flatWant}},
	}
	checkDocs(t, []string{"anggaran"}, tests)
}

// TestBudgetHierarchyNone: an organisation chart (boxes without amounts),
// a box whose sisa is not pagu − realisasi and children not summing to
// their parent give no budget row.
func TestBudgetHierarchyNone(t *testing.T) {
	org := []string{}
	org = append(org, hierBoxes(30, 0, []string{"KETUA", "Nama Ketua", "Periode 2019-2024"})...)
	org = append(org, "              ┌──────────────────────────────┴──────────────────────────────┐")
	org = append(org, hierBoxes(0, 32, []string{"SEKRETARIS", "Nama", "NIP 1970"}, []string{"ANGGOTA", "Nama", "Divisi Teknis"})...)
	bad := append([]string{}, hP1...)
	bad[5] = "Sisa  110.000.000"
	wrong := []string{}
	wrong = append(wrong, hierBoxes(0, 3, bad)...)
	wrong = append(wrong, "              │", "              ├──────────────────────────────┐")
	wrong = append(wrong, hierBoxes(0, 3, hK1, hK2)...)
	short := []string{}
	short = append(short, hierBoxes(0, 3, hP1)...)
	short = append(short, "              │", "              ├──────────────────────────────┐")
	short = append(short, hierBoxes(0, 3, hK1, hK3)...)
	cases := map[string][]string{
		"an organisation chart":        hierDoc(org),
		"sisa not pagu − realisasi":    hierDoc(wrong),
		"children not summing to pagu": hierDoc(short),
	}
	for name, body := range cases {
		t.Run(name, func(t *testing.T) {
			d := parseDoc(t, name, body...)
			if len(d.Anggaran) != 0 {
				t.Errorf("budget rows read: %v", factRows["anggaran"](d))
			}
		})
	}
}
