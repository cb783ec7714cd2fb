package parse

import (
	"fmt"
	"strings"
	"testing"
)

// slInd is one made-up indicator as a peserta: its name's lines, the
// unit, the target, realisasi and capaian as the announcement prints them.
type slInd struct {
	name       []string
	unit       string
	t, r, c    string
	status     string
	noUnitLine bool
}

var slInds = []slInd{
	{[]string{"Persentase Laporan Keuangan yang Disusun", "Tepat Waktu"}, "%", "90,00", "95,40", "106,00", "LULUS", false},
	{[]string{"Jumlah Pemilih Pemula yang Mengikuti", "Sosialisasi Tatap Muka"}, "Orang", "1.200", "1.500", "125,00", "LULUS", false},
	{[]string{"Persentase Tindak Lanjut Rekomendasi", "Hasil Pemeriksaan", "Inspektorat"}, "%", "100,00", "87,50", "87,50", "TIDAK LULUS", false},
	{[]string{"Opini BPK atas Laporan Keuangan"}, "Opini", "WTP", "WTP", "100,00", "LULUS", false},
	{[]string{"Nilai Evaluasi Akuntabilitas Kinerja"}, "Predikat", "B", "BB", "100,00", "LULUS", false},
}

// slWant: indikator|target|realisasi|capaian_lapor, then
// indikator|satuan|target_teks|realisasi_teks.
var (
	slWant = []string{
		"Persentase Laporan Keuangan yang Disusun Tepat Waktu|90|95.4|106",
		"Jumlah Pemilih Pemula yang Mengikuti Sosialisasi Tatap Muka|1200|1500|125",
		"Persentase Tindak Lanjut Rekomendasi Hasil Pemeriksaan Inspektorat|100|87.5|87.5",
		"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100",
		"Nilai Evaluasi Akuntabilitas Kinerja|<nil>|<nil>|100",
	}
	slWantTexts = []string{
		"Persentase Laporan Keuangan yang Disusun Tepat Waktu|persen|90,00|95,40",
		"Jumlah Pemilih Pemula yang Mengikuti Sosialisasi Tatap Muka|orang|1.200|1.500",
		"Persentase Tindak Lanjut Rekomendasi Hasil Pemeriksaan Inspektorat|persen|100,00|87,50",
		"Opini BPK atas Laporan Keuangan|opini|WTP|WTP",
		"Nilai Evaluasi Akuntabilitas Kinerja|predikat|B|BB",
	}
)

// slLabels are an announcement's words: number, name, unit, target,
// realisasi, capaian, status ("" leaves the line out).
type slLabels struct{ no, name, unit, t, r, c, st string }

var (
	slID = slLabels{"NO. PESERTA", "NAMA", "SATUAN", "NILAI AMBANG BATAS", "NILAI DIPEROLEH", "PERSENTASE", "KETERANGAN"}
	slEN = slLabels{"PARTICIPANT NO.", "NAME", "UNIT", "THRESHOLD", "SCORE", "PERCENTAGE", "REMARKS"}
	// odd words the key alone explains (realisasi) and no number line.
	slOdd = slLabels{"", "NAMA INDIKATOR", "SATUAN", "AMBANG BATAS LULUS", "HASIL TES", "PERSENTASE", "STATUS"}
)

// slRecord draws one peserta: label, colon at a fixed column, the value,
// the name's rest indented under the value.
func slRecord(no string, in slInd, l slLabels, w int) []string {
	lab := func(s string) string { return "  " + s + strings.Repeat(" ", max(w-len(s), 1)) + ": " }
	pad := strings.Repeat(" ", len(lab("")))
	var out []string
	if l.no != "" {
		out = append(out, lab(l.no)+no)
	}
	out = append(out, lab(l.name)+in.name[0])
	for _, n := range in.name[1:] {
		out = append(out, pad+n)
	}
	out = append(out, lab(l.unit)+in.unit, lab(l.t)+in.t, lab(l.r)+in.r, lab(l.c)+in.c)
	if l.st != "" {
		out = append(out, lab(l.st)+in.status)
	}
	return out
}

// slDoc wraps the records in a report's capaian section: the heading of
// the announcement, a key (when given), the records, the closing.
func slDoc(key string, recs ...[]string) []string {
	body := []string{
		"BAB III AKUNTABILITAS KINERJA", "",
		"Hasil pengukuran kinerja diumumkan dengan format pengumuman hasil seleksi.", "",
		"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
		"                      PENGUMUMAN",
		"              Nomor: 11/PL.02-Pu/5310/2025",
		"                        TENTANG",
		"     HASIL PENILAIAN INDIKATOR KINERJA TAHUN 2024", "",
	}
	if key != "" {
		body = append(body, key, "")
	}
	for k, r := range recs {
		if k > 0 {
			body = append(body, "")
		}
		body = append(body, r...)
	}
	return append(body, "", "Demikian pengumuman ini untuk diketahui.", "",
		"Sumber: Subbagian Perencanaan, Data dan Informasi, diolah.", "")
}

// slAbreast sets records side by side, the right one from column w.
func slAbreast(w int, a, b []string) []string {
	n := max(len(a), len(b))
	out := make([]string, n)
	for i := range n {
		var l, r string
		if i < len(a) {
			l = a[i]
		}
		if i < len(b) {
			r = b[i]
		}
		if r != "" {
			l += strings.Repeat(" ", max(w-len([]rune(l)), 2)) + strings.TrimLeft(r, " ")
		}
		out[i] = strings.TrimRight(l, " ")
	}
	return out
}

// slSplit gives a page as a PDF's text does: the records' labels first,
// one a line, then the `: value` lines, the name's rest unindented.
func slSplit(recs [][]string) []string {
	var labels, vals []string
	for k, r := range recs {
		if k > 0 {
			labels, vals = append(labels, ""), append(vals, "")
		}
		for _, l := range r {
			t := strings.TrimSpace(l)
			if i := strings.Index(t, ":"); i > 0 && !strings.HasPrefix(l, "      ") {
				labels = append(labels, strings.TrimSpace(t[:i]))
				vals = append(vals, ": "+strings.TrimSpace(t[i+1:]))
			} else {
				labels = append(labels, "")
				vals = append(vals, t)
			}
		}
	}
	return append(append(labels, ""), vals...)
}

// TestSelections: each peserta is one capaian row whatever the
// announcement's words, the key, the records abreast or split.
func TestSelections(t *testing.T) {
	var id, en, odd [][]string
	for k, in := range slInds {
		id = append(id, slRecord(fmt.Sprintf("IKU-%02d", k+1), in, slID, 28))
		en = append(en, slRecord(fmt.Sprintf("P-%03d", k+1), in, slEN, 18))
		odd = append(odd, slRecord("", in, slOdd, 20))
	}
	var abreast [][]string
	for k := 0; k < len(slInds); k += 2 {
		a := slRecord(fmt.Sprint(k+1), slInds[k], slID, 20)
		if k+1 == len(slInds) {
			abreast = append(abreast, a)
			break
		}
		abreast = append(abreast, slAbreast(64, a, slRecord(fmt.Sprint(k+2), slInds[k+1], slID, 20)))
	}
	key := "Nilai ambang batas adalah target Perjanjian Kinerja; nilai diperoleh adalah realisasi."
	tests := []struct {
		name string
		body []string
	}{
		{"keyed, NO. PESERTA, names run on indented", slDoc(key, id...)},
		{"English labels, no key", slDoc("", en...)},
		{"no number line, words the key alone explains", slDoc("Ambang batas lulus = target PK; hasil tes = realisasi; persentase = capaian.", odd...)},
		{"two records abreast, keyed", slDoc(key, abreast...)},
		{"a PDF's text: labels first, then values", slDoc(key, slSplit(id))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, tc.body...)
			wantRows(t, "capaian", factRows["capaian"](d), slWant)
			var texts []string
			for _, c := range d.Capaian {
				texts = append(texts, c.Indikator+"|"+c.Satuan+"|"+c.TargetTeks+"|"+c.RealisasiTeks)
			}
			wantRows(t, "capaian texts", texts, slWantTexts)
		})
	}
}

// TestSelectionsDisagree: a peserta whose percentage the figures do not
// give is reported and not loaded; the others are.
func TestSelectionsDisagree(t *testing.T) {
	var recs [][]string
	for k, in := range slInds {
		if k == 0 {
			in.c = "160,00"
		}
		recs = append(recs, slRecord(fmt.Sprint(k+1), in, slID, 24))
	}
	d := parseDoc(t, "disagree", slDoc("", recs...)...)
	wantRows(t, "capaian", factRows["capaian"](d), slWant[1:])
	found := false
	for _, f := range d.Findings {
		found = found || strings.Contains(f.Pesan, "pengumuman peserta")
	}
	if !found {
		t.Errorf("no finding for the refused peserta")
	}
}

// TestSelectionsNone: real selection announcements (people, scores,
// LULUS) and look-alikes give no capaian row.
func TestSelectionsNone(t *testing.T) {
	people := []slInd{
		{[]string{"Maria Goretti Dhey, S.E."}, "Poin", "65", "78", "120,00", "LULUS", false},
		{[]string{"Yohanes Bosco Wea"}, "Poin", "65", "60", "92,31", "TIDAK LULUS", false},
		{[]string{"Agustinus Rea Bupu"}, "Poin", "65", "71", "109,23", "LULUS", false},
	}
	draw := func(l slLabels, ins []slInd) [][]string {
		var out [][]string
		for k, in := range ins {
			out = append(out, slRecord(fmt.Sprintf("PPK-%02d", k+1), in, l, 24))
		}
		return out
	}
	// one name that starts like an indicator among the applicants.
	mixed := append([]slInd{{[]string{"Jumlah Nilai Peserta"}, "Poin", "65", "78", "120,00", "LULUS", false}}, people...)
	cases := map[string][]string{
		"applicants of a PPK selection, Indonesian": slDoc("", draw(slID, people)...),
		"applicants, English labels":                slDoc("", draw(slEN, people)...),
		"an indicator-like name among applicants":   slDoc("", draw(slID, mixed)...),
		"a threshold in prose, no record":           {"Nilai ambang batas kelulusan seleksi PPK adalah 65.", "", "NO. PESERTA : 1", "Daftar terlampir.", ""},
		"records without a threshold": {"NO. PESERTA : 1", "NAMA : Persentase laporan tepat waktu", "PAGU : 1.000.000",
			"REALISASI : 950.000", "SISA : 50.000", "", "Nilai ambang batas tidak ditetapkan.", ""},
	}
	for name, body := range cases {
		d := parseDoc(t, name, body...)
		if rows := factRows["capaian"](d); len(rows) > 0 {
			t.Errorf("%s: got capaian rows %v", name, rows)
		}
	}
}
