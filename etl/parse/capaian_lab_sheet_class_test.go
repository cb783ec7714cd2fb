package parse

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// lsColSpec is one made-up sheet column: its head, width, right-aligned
// or not, and the role whose value it prints.
type lsColSpec struct {
	head  string
	w     int
	right bool
	role  string // name, r, unit, t, c, ket
}

// lsExam is one made-up examination: its name's lines and the cells by role.
type lsExam struct {
	name []string
	cell map[string]string
}

var lsExams = []lsExam{
	{[]string{"1. Persentase Laporan Keuangan", "yang Disusun Tepat Waktu"}, map[string]string{"r": "95,40", "unit": "%", "t": ">= 90,00", "c": "106,00", "ket": "N"}},
	{[]string{"2. Persentase Pemilih Tidak", "Terdaftar dalam DPT"}, map[string]string{"r": "2,50", "unit": "%", "t": "<= 2,00", "c": "75,00", "ket": "*"}},
	{[]string{"3. Jumlah Pemilih Pemula yang", "Mengikuti Sosialisasi", "Tatap Muka"}, map[string]string{"r": "1.500", "unit": "orang", "t": ">= 1.200", "c": "125,00", "ket": "N"}},
	{[]string{"4. Opini BPK atas Laporan Keuangan"}, map[string]string{"r": "WTP", "unit": "Opini", "t": "min. WTP", "c": "100,00", "ket": "N"}},
}

var lsWant = []string{
	"Persentase Laporan Keuangan yang Disusun Tepat Waktu|90|95.4|106",
	"Persentase Pemilih Tidak Terdaftar dalam DPT|2|2.5|75",
	"Jumlah Pemilih Pemula yang Mengikuti Sosialisasi Tatap Muka|1200|1500|125",
	"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100",
}

func lsPad(s string, w int, right bool) string {
	n := w - utf8.RuneCountInString(s)
	if n < 0 {
		n = 0
	}
	if right {
		return strings.Repeat(" ", n) + s
	}
	return s + strings.Repeat(" ", n)
}

// lsSheet prints a sheet: a head, the header, a rule, the rows (a name's
// rest on lines of its own, indented under its column), a rule, a key.
func lsSheet(cols []lsColSpec, exams []lsExam, sign func(string) string) []string {
	line := func(get func(lsColSpec) string) string {
		var b strings.Builder
		for k, c := range cols {
			if k > 0 {
				b.WriteString("  ")
			}
			b.WriteString(lsPad(get(c), c.w, c.right))
		}
		return " " + strings.TrimRight(b.String(), " ")
	}
	out := []string{
		"LABORATORIUM KINERJA                         LEMBAR HASIL PEMERIKSAAN",
		"Pasien    : Sekretariat KPU Kabupaten Contoh    No. Lab : LK/9999/2023/01",
		"==========================================================================",
		line(func(c lsColSpec) string { return c.head }),
		"--------------------------------------------------------------------------",
	}
	for _, e := range exams {
		out = append(out, line(func(c lsColSpec) string {
			if c.role == "name" {
				return e.name[0]
			}
			v := e.cell[c.role]
			if c.role == "t" && sign != nil {
				v = sign(v)
			}
			return v
		}))
		for _, rest := range e.name[1:] {
			out = append(out, line(func(c lsColSpec) string {
				if c.role == "name" {
					return "   " + rest
				}
				return ""
			}))
		}
	}
	return append(out, "--------------------------------------------------------------------------",
		"KET: N = dalam nilai rujukan; * = di luar nilai rujukan.")
}

func lsDoc(sheet []string) []string {
	body := []string{"BAB III AKUNTABILITAS KINERJA", "", "Tabel 3.1 Capaian Kinerja Tahun 2023", "",
		"[Lampiran: Hasil Pemeriksaan Kesehatan Kinerja 2023]", ""}
	body = append(body, sheet...)
	return append(body, "", "Sumber: Subbagian Program dan Data, diolah.", "")
}

var (
	lsPlain = []lsColSpec{{"PEMERIKSAAN", 36, false, "name"}, {"HASIL", 6, true, "r"}, {"SATUAN", 7, false, "unit"},
		{"NILAI RUJUKAN", 14, false, "t"}, {"CAPAIAN", 7, true, "c"}, {"KET", 3, false, "ket"}}
	// reordered: the reference before the result, the unit last, no KET.
	lsReordered = []lsColSpec{{"Jenis Pemeriksaan", 36, false, "name"}, {"Nilai Rujukan", 12, false, "t"},
		{"Hasil", 6, true, "r"}, {"Capaian (%)", 11, true, "c"}, {"Satuan", 6, false, "unit"}}
)

// TestLabSheets: each examination is one capaian row, whatever the
// columns' order, head words and reference signs.
func TestLabSheets(t *testing.T) {
	unicodeSigns := func(v string) string {
		return strings.NewReplacer(">= ", "≥ ", "<= ", "≤ ").Replace(v)
	}
	strict := func(v string) string {
		return strings.NewReplacer(">= ", "> ", "<= ", "< ", "min. ", "").Replace(v)
	}
	// a grade row: the evaluation's predikat, met at its minimum.
	graded := append(append([]lsExam{}, lsExams...), lsExam{[]string{"5. Nilai Evaluasi atas Akuntabilitas", "Kinerja"},
		map[string]string{"r": "BB", "unit": "Predikat", "t": "min. B", "c": "100,00", "ket": "N"}})
	gradeWant := append(append([]string{}, lsWant...), "Nilai Evaluasi atas Akuntabilitas Kinerja|<nil>|<nil>|100")
	tests := []docCase{
		{name: "PEMERIKSAAN HASIL SATUAN NILAI RUJUKAN CAPAIAN KET, >= <= min.", body: lsDoc(lsSheet(lsPlain, lsExams, nil)), want: map[string][]string{"capaian": lsWant}},
		{name: "≥ ≤ signs", body: lsDoc(lsSheet(lsPlain, lsExams, unicodeSigns)), want: map[string][]string{"capaian": lsWant}},
		{name: "columns reordered, mixed-case heads, > < and a bare grade", body: lsDoc(lsSheet(lsReordered, lsExams, strict)), want: map[string][]string{"capaian": lsWant}},
		{name: "a grade row", body: lsDoc(lsSheet(lsPlain, graded, nil)), want: map[string][]string{"capaian": gradeWant}},
	}
	checkDocs(t, []string{"capaian"}, tests)
}

// TestLabSheetsLookAlike: a real blood test, a sheet whose capaian its
// result and reference do not give, and a reference range give no facts.
func TestLabSheetsLookAlike(t *testing.T) {
	blood := []string{
		"LABORATORIUM KLINIK PRATAMA                  LEMBAR HASIL PEMERIKSAAN",
		"Pasien    : Tn. Contoh                       No. Lab : 2023/01/077",
		"==========================================================================",
		" PEMERIKSAAN              HASIL  SATUAN   NILAI RUJUKAN     KET",
		"--------------------------------------------------------------------------",
		" Hemoglobin                13,5  g/dL     12,0 - 16,0",
		" Leukosit                 7.800  /uL      4.000 - 10.000",
		" Gula Darah Sewaktu         182  mg/dL    < 200",
		"--------------------------------------------------------------------------",
	}
	ranged := []string{
		" PEMERIKSAAN              HASIL  SATUAN   NILAI RUJUKAN     CAPAIAN  KET",
		"--------------------------------------------------------------------------",
		" Hemoglobin                13,5  g/dL     12,0 - 16,0        100,00  N",
		"--------------------------------------------------------------------------",
	}
	wrong := append([]lsExam{}, lsExams[:3]...) // numeric rows: a grade pair has no arithmetic
	for k := range wrong {
		c := map[string]string{}
		for r, v := range wrong[k].cell {
			c[r] = v
		}
		c["c"] = "150,00"
		wrong[k].cell = c
	}
	tests := []docCase{
		{name: "a blood test without capaian", body: lsDoc(blood), want: map[string][]string{}},
		{name: "a reference range with a capaian column", body: lsDoc(ranged), want: map[string][]string{}},
		{name: "capaian the figures do not give", body: lsDoc(lsSheet(lsPlain, wrong, nil)), want: map[string][]string{}},
	}
	checkDocs(t, []string{"capaian"}, tests)
}
