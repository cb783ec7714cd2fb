package parse

import (
	"fmt"
	"strings"
	"testing"
)

// lampIndicator is one indicator of a made-up monitoring sheet: its
// light, code, name (wrapped at the given words), unit and figures.
type lampIndicator struct {
	light, code string
	name        []string // the name's lines as wrapped in its column
	unit        string
	target, rea string
	capaian     string
}

// lampFixed sets a sheet in fixed columns as a monitoring sheet prints it:
// the columns in order (light, code, name, unit, target, realisasi,
// capaian; "light" may stand last, "code" may be missing), numbers right
// aligned, the name's wrapped lines under its column, a rule between the
// blocks when rule is not empty.
func lampFixed(order []string, head map[string]string, rule string, rows []lampIndicator) []string {
	width := map[string]int{"light": 9, "code": 5, "name": 38, "unit": 9, "target": 11, "rea": 9, "capaian": 9}
	right := map[string]bool{"target": true, "rea": true, "capaian": true}
	line := func(cell func(col string) string) string {
		var b strings.Builder
		for k, col := range order {
			v := cell(col)
			if k > 0 {
				b.WriteString("  ") // the gutter between columns
			}
			if right[col] {
				fmt.Fprintf(&b, "%*s", width[col], v)
			} else {
				fmt.Fprintf(&b, "%-*s", width[col], v)
			}
		}
		return strings.TrimRight(b.String(), " ")
	}
	out := []string{line(func(col string) string { return head[col] })}
	if rule != "" {
		out = append(out, strings.Repeat(rule, 90))
	}
	for _, r := range rows {
		out = append(out, line(func(col string) string {
			return map[string]string{"light": r.light, "code": r.code, "name": r.name[0], "unit": r.unit, "target": r.target, "rea": r.rea, "capaian": r.capaian}[col]
		}))
		for _, more := range r.name[1:] {
			out = append(out, line(func(col string) string {
				if col == "name" {
					return more
				}
				return ""
			}))
		}
		if rule != "" {
			out = append(out, strings.Repeat(rule, 90))
		}
	}
	return out
}

var lampRows = []lampIndicator{
	{"● HIJAU", "IK-01", []string{"Persentase Laporan Keuangan yang", "Disusun Tepat Waktu"}, "%", "90,00", "95,40", "106,00"},
	{"● KUNING", "IK-02", []string{"Persentase Pegawai yang Mengikuti", "Bimbingan Teknis Kepemiluan"}, "%", "80,00", "72,00", "90,00"},
	{"● HIJAU", "IK-03", []string{"Indeks Kepuasan Layanan Informasi", "Publik"}, "Indeks", "3,50", "3,85", "110,00"},
	{"○ ABU-ABU", "IK-04", []string{"Opini BPK atas Laporan Keuangan"}, "Opini", "WTP", "WTP", "100,00"},
}

var lampWant = []string{
	"Persentase Laporan Keuangan yang Disusun Tepat Waktu|90|95.4|106",
	"Persentase Pegawai yang Mengikuti Bimbingan Teknis Kepemiluan|80|72|90",
	"Indeks Kepuasan Layanan Informasi Publik|3.5|3.85|110",
	"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100",
}

// lampWith gives the rows with other lights.
func lampWith(lights ...string) []lampIndicator {
	out := make([]lampIndicator, len(lampRows))
	copy(out, lampRows)
	for i := range out {
		out[i].light = lights[i]
	}
	return out
}

// lampDoc wraps a sheet in a report's caption, the legend above and the
// lights' count under it, and (tabbed) a TAB table of SAKIP components
// after, as the class's reports put plain TAB tables beside the sheet.
func lampDoc(sheet []string, tabbed bool) []string {
	body := []string{
		"Tabel 3.1 Capaian Kinerja Tahun 2024", "",
		"LEMBAR MONITORING CAPAIAN KINERJA - SEKRETARIAT KPU KABUPATEN SIKKA",
		"Posisi: akhir triwulan IV 2024", "",
		"Legenda:  ● HIJAU  capaian ≥ 100%    ● KUNING  80% s.d. < 100%    ● MERAH  < 80%    ○ ABU-ABU  opini", "",
	}
	body = append(body, sheet...)
	body = append(body, "Jumlah lampu: ● HIJAU 2, ● KUNING 1, ○ ABU-ABU 1", "", "Sumber: Subbagian Program dan Data, diolah.", "")
	if tabbed {
		body = append(body, "Tabel 3.2 Nilai SAKIP per Komponen", "",
			"No\tKomponen\tBobot\tNilai",
			"1\tPerencanaan Kinerja\t30,00\t20,10",
			"2\tPengukuran Kinerja\t30,00\t19,50",
			"3\tPelaporan Kinerja\t15,00\t10,80",
			"4\tEvaluasi Akuntabilitas Kinerja Internal\t25,00\t16,00",
			"\tNilai Akhir\t100,00\t66,40", "")
	}
	return body
}

// TestLampSheets: a monitoring sheet's traffic-light report is read one
// block a capaian row, whatever the lights look like, where the light
// column stands, with or without codes, rules and TABs.
func TestLampSheets(t *testing.T) {
	std := []string{"light", "code", "name", "unit", "target", "rea", "capaian"}
	head := map[string]string{"light": "LAMPU", "code": "KODE", "name": "INDIKATOR KINERJA", "unit": "SATUAN", "target": "TARGET", "rea": "REALISASI", "capaian": "CAPAIAN"}
	other := map[string]string{"light": "Status", "code": "No.", "name": "Uraian Indikator", "unit": "Sat.", "target": "Target 2024", "rea": "Realisasi", "capaian": "% Capaian"}
	last := []string{"name", "unit", "target", "rea", "capaian", "light"}

	var tabSheet []string
	tabSheet = append(tabSheet, "LAMPU KODE\tINDIKATOR KINERJA\t\tSATUAN\tTARGET REALISASI CAPAIAN", strings.Repeat("·", 60))
	for _, r := range lampRows {
		tabSheet = append(tabSheet, strings.Join([]string{r.light, r.code, strings.Join(r.name, " "), r.unit, r.target, r.rea, r.capaian}, "\t"), strings.Repeat("·", 60))
	}
	var tabWrapped []string
	tabWrapped = append(tabWrapped, "Status\tKode\tIndikator\tSatuan\tTarget\tRealisasi\tCapaian")
	for _, r := range lampWith("HIJAU", "KUNING", "HIJAU", "ABU-ABU") {
		tabWrapped = append(tabWrapped, strings.Join([]string{r.light, r.code, r.name[0], r.unit, r.target, r.rea, r.capaian}, "\t"))
		for _, more := range r.name[1:] {
			tabWrapped = append(tabWrapped, "\t\t"+more)
		}
	}

	lower := append(lampWith("● HIJAU", "● KUNING", "● HIJAU", "○ ABU-ABU"),
		lampIndicator{"● HIJAU", "IK-05", []string{"Persentase Sengketa Pemilihan yang", "Dikabulkan (makin kecil makin baik)"}, "%", "10,00", "8,00", "125,00"})
	lowerWant := append(append([]string{}, lampWant...), "Persentase Sengketa Pemilihan yang Dikabulkan (makin kecil makin baik)|10|8|125")

	tests := []docCase{
		{name: "fixed columns, dotted rules, marks and words", body: lampDoc(lampFixed(std, head, "·", lampRows), true),
			want: map[string][]string{"capaian": lampWant}},
		{name: "other header words, dashed rules, words only", body: lampDoc(lampFixed(std, other, "-", lampWith("HIJAU", "KUNING", "HIJAU", "ABU-ABU")), true),
			want: map[string][]string{"capaian": lampWant}},
		{name: "emoji lights, no rules", body: lampDoc(lampFixed(std, head, "", lampWith("🟢", "🟡", "🟢", "⚪")), true),
			want: map[string][]string{"capaian": lampWant}},
		{name: "bracket letters, light column last, no codes", body: lampDoc(lampFixed(last, head, "·", lampWith("[H]", "[K]", "[H]", "[A]")), true),
			want: map[string][]string{"capaian": lampWant}},
		{name: "TAB rows between rules, header cells run together", body: lampDoc(tabSheet, false),
			want: map[string][]string{"capaian": lampWant}},
		{name: "TAB rows, names wrapped on TAB lines", body: lampDoc(tabWrapped, true),
			want: map[string][]string{"capaian": lampWant}},
		{name: "a lower-is-better row", body: lampDoc(lampFixed(std, head, "·", lower), true),
			want: map[string][]string{"capaian": lowerWant}},
		{name: "fixed columns in a text without TABs", body: lampDoc(lampFixed(std, head, "·", lampRows), false),
			want: map[string][]string{"capaian": lampWant}},
	}
	checkDocs(t, []string{"capaian"}, tests)
}

// TestLampSheetsNone: the legend and the lights' count alone, a status
// report with lights but no target or realisasi, and a sheet whose
// capaian agrees with no row's realisasi/target give no capaian row.
func TestLampSheetsNone(t *testing.T) {
	status := []string{
		"LAMPU      KODE   INDIKATOR KINERJA                         KETERANGAN",
		strings.Repeat("·", 80),
		"● HIJAU    IK-01  Persentase Laporan Keuangan yang          sesuai jadwal",
		"                  Disusun Tepat Waktu",
		strings.Repeat("·", 80),
		"● KUNING   IK-02  Persentase Pegawai yang Mengikuti         perlu perhatian",
		"                  Bimbingan Teknis Kepemiluan",
		strings.Repeat("·", 80),
	}
	head := map[string]string{"light": "LAMPU", "code": "KODE", "name": "INDIKATOR KINERJA", "unit": "SATUAN", "target": "TARGET", "rea": "REALISASI", "capaian": "CAPAIAN"}
	// the realisasi column holds the capaian's figures and the other way
	// round: no row's arithmetic holds
	swapped := []lampIndicator{
		{"● HIJAU", "IK-01", []string{"Persentase Laporan Keuangan"}, "%", "90,00", "106,00", "95,40"},
		{"● KUNING", "IK-02", []string{"Persentase Pegawai Terlatih"}, "%", "80,00", "90,00", "72,00"},
	}
	cases := map[string][]string{
		"legend and count only":                     lampDoc(nil, true),
		"status report without target or realisasi": lampDoc(status, true),
		"arithmetic holds on no row":                lampDoc(lampFixed([]string{"light", "code", "name", "unit", "target", "rea", "capaian"}, head, "·", swapped), true),
	}
	for name, body := range cases {
		t.Run(name, func(t *testing.T) {
			d := parseDoc(t, name, body...)
			if len(d.Capaian) != 0 {
				t.Errorf("capaian rows read: %v", factRows["capaian"](d))
			}
		})
	}
}
