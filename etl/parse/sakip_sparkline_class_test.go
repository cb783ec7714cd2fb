package parse

import (
	"fmt"
	"strings"
	"testing"
)

// sparkDoc wraps a made-up application summary in the report's section:
// a sentence without the score, the caption naming the year, the
// summary, the sparkline's note.
func sparkDoc(summary []string) []string {
	body := []string{
		"B. Evaluasi Akuntabilitas Kinerja", "",
		"Hasil evaluasi diunduh dari aplikasi evaluasi dalam bentuk ringkasan per komponen.", "",
		"Tabel 3.2 Nilai Evaluasi AKIP Tahun 2023 per Komponen", "",
		"[Ringkasan aplikasi evaluasi: Hasil Evaluasi AKIP Tahun 2023]", "",
	}
	body = append(body, summary...)
	return append(body, "", "Tren: garis kecil nilai komponen empat tahun terakhir (bentuk saja).", "")
}

// sparkComp is one component line's parts.
type sparkComp struct{ name, bobot, spark, nilai string }

var sparkComps = []sparkComp{
	{"Perencanaan Kinerja", "30,00", "▂▄▅▆", "20,40"},
	{"Pengukuran Kinerja", "30,00", "▃▃▅▇", "18,75"},
	{"Pelaporan Kinerja", "15,00", "▅▆▄▆", "10,50"},
	{"Evaluasi Akuntabilitas Kinerja Internal", "25,00", "▁▃▄▆", "14,90"},
}

// sparkTable sets the summary: cols names the header's order (name
// first), words the header's words, the final line's label and tail.
func sparkTable(cols []string, words map[string]string, comps []sparkComp, final, tail string) []string {
	line := func(cell func(string) string) string {
		var b strings.Builder
		for k, c := range cols {
			if k == 0 {
				fmt.Fprintf(&b, "  %-42s", cell(c))
			} else {
				fmt.Fprintf(&b, "  %8s", cell(c))
			}
		}
		return strings.TrimRight(b.String(), " ")
	}
	rule := "  " + strings.Repeat("-", 72)
	out := []string{line(func(c string) string { return words[c] }), rule}
	for _, s := range comps {
		out = append(out, line(func(c string) string {
			return map[string]string{"name": s.name, "bobot": s.bobot, "tren": s.spark, "nilai": s.nilai}[c]
		}))
	}
	out = append(out, rule)
	return append(out, line(func(c string) string {
		return map[string]string{"name": final, "bobot": "100,00", "nilai": "64,55"}[c]
	})+tail)
}

var sparkWant = map[string][]string{
	"sakip": {"2023|64.55|B"},
	"sakip_komponen": {
		"2023|perencanaan|30|20.4", "2023|pengukuran|30|18.75", "2023|pelaporan|15|10.5", "2023|evaluasi_internal|25|14.9",
	},
}

// TestSparkSummaries: the application summary's components and final
// score are read by the header's roles, the sparkline column dropped,
// whatever the order of the columns and the header's words.
func TestSparkSummaries(t *testing.T) {
	std := []string{"name", "bobot", "tren", "nilai"}
	words := map[string]string{"name": "KOMPONEN", "bobot": "BOBOT", "tren": "TREN", "nilai": "NILAI"}
	other := map[string]string{"name": "Aspek", "bobot": "Bobot", "tren": "Grafik", "nilai": "Skor"}
	tests := []docCase{
		{name: "KOMPONEN BOBOT TREN NILAI, predikat after the score",
			body: sparkDoc(sparkTable(std, words, sparkComps, "NILAI AKHIR", "   predikat B")), want: sparkWant},
		{name: "trend first, other words, predikat in brackets",
			body: sparkDoc(sparkTable([]string{"name", "tren", "bobot", "nilai"}, other, sparkComps, "Jumlah", "  (B)")), want: sparkWant},
		{name: "score before the weight",
			body: sparkDoc(sparkTable([]string{"name", "nilai", "tren", "bobot"}, words, sparkComps, "NILAI AKHIR", "  predikat: B")), want: sparkWant},
		{name: "no predikat on the final line",
			body: sparkDoc(sparkTable(std, words, sparkComps, "Total", "")),
			want: sparkWant}, // the predikat then the score's band, as for any SAKIP table
	}
	checkDocs(t, []string{"sakip", "sakip_komponen"}, tests)
}

// TestSparkSummariesNone: a sparkline table without a weight column, a
// summary whose scores do not sum to the final one, and one whose
// predikat is not the score's band give no SAKIP rows.
func TestSparkSummariesNone(t *testing.T) {
	words := map[string]string{"name": "KOMPONEN", "tren": "TREN", "nilai": "NILAI", "bobot": "BOBOT"}
	noBobot := []string{
		"  KOMPONEN                                    TREN        NILAI",
		"  " + strings.Repeat("-", 60),
		"  Perencanaan Kinerja                         ▂▄▅▆        20,40",
		"  Pengukuran Kinerja                          ▃▃▅▇        18,75",
		"  Pelaporan Kinerja                           ▅▆▄▆        10,50",
	}
	bad := append([]sparkComp{}, sparkComps...)
	bad[1].nilai = "17,75"
	cases := map[string][]string{
		"sparklines without bobot": sparkDoc(noBobot),
		"scores not summing":       sparkDoc(sparkTable([]string{"name", "bobot", "tren", "nilai"}, words, bad, "NILAI AKHIR", "   predikat B")),
		"predikat off its band":    sparkDoc(sparkTable([]string{"name", "bobot", "tren", "nilai"}, words, sparkComps, "NILAI AKHIR", "   predikat BB")),
	}
	for name, body := range cases {
		t.Run(name, func(t *testing.T) {
			d := parseDoc(t, name, body...)
			if len(d.Sakip)+len(d.SakipKomponen) != 0 {
				t.Errorf("sakip rows read: %v %v", factRows["sakip"](d), factRows["sakip_komponen"](d))
			}
		})
	}
}
