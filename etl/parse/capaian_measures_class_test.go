package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// capWant is one expected capaian row: its indicator, target and
// realisation texts, capaian text and tingkat ("" = not checked).
type capWant struct{ ind, target, real, capaian, tingkat string }

// checkCapaian compares the utama capaian rows of d with want, and says
// whether rows were loaded that want does not list.
func checkCapaian(t *testing.T, name string, d *facts.Document, want []capWant) {
	t.Helper()
	got := map[string]facts.Capaian{}
	for _, c := range d.Capaian {
		if c.Utama {
			got[c.Indikator] = c
		}
	}
	for _, w := range want {
		c, ok := got[w.ind]
		if !ok {
			t.Errorf("%s: no row for %q; got %v", name, w.ind, keysOf(got))
			continue
		}
		if c.TargetTeks != w.target || c.RealisasiTeks != w.real || c.CapaianTeks != w.capaian {
			t.Errorf("%s: %q = %q / %q / %q, want %q / %q / %q", name, w.ind, c.TargetTeks, c.RealisasiTeks, c.CapaianTeks, w.target, w.real, w.capaian)
		}
		if w.tingkat != "" && c.Tingkat != w.tingkat {
			t.Errorf("%s: %q tingkat %s, want %s", name, w.ind, c.Tingkat, w.tingkat)
		}
		delete(got, w.ind)
	}
	if len(got) > 0 {
		t.Errorf("%s: rows nobody asked for: %v", name, keysOf(got))
	}
}

func keysOf(m map[string]facts.Capaian) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// seriOf renders the series rows of d as "indicator|year|jenis=teks".
func seriOf(d *facts.Document) []string {
	var out []string
	for _, s := range d.CapaianSeri {
		out = append(out, fmt.Sprintf("%s|%d|%s=%s", s.Indikator, s.Tahun, s.Jenis, s.Teks))
	}
	return out
}

const (
	indAKIP  = "Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten"
	indBPK   = "Opini BPK atas Laporan Keuangan"
	indKIP   = "Nilai Keterbukaan Informasi Publik"
	indArsip = "Persentase KPU Kabupaten dalam Mengelola Arsip Inaktif Sesuai Aturan Kearsipan"
	indSarpr = "Persentase tersedianya sarana dan prasarana untuk memenuhi kebutuhan kerja Pegawai yang berfungsi dengan baik"
	indKomp  = "Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya"
)

// TestCapaianSubRows: measures as sub-rows under each indicator (or year)
// in a label | value pair of columns.
func TestCapaianSubRows(t *testing.T) {
	tests := []struct {
		name   string
		body   []string
		want   []capWant
		seri   []string
		noRows bool
	}{
		{"numbered, a word pair merged, a level heading on a group's last line", []string{
			"Tabel 3.1 Capaian Kinerja Tahun 2024", "",
			"No\tIndikator Kinerja\tUraian\tNilai",
			"1\t" + indAKIP + "\tTarget\tBB",
			"\t\tRealisasi\tBB",
			"\t\tCapaian\t100%",
			"2\t" + indBPK + "\tTarget\tWTP",
			"\t\tRealisasi\tWTP",
			"\t\tCapaian\t100%",
			"3\t" + indKIP + "\tTarget\t70",
			"\t\tRealisasi\t74,10",
			"\t\tCapaian\t105,86%",
			"\tIndikator Kinerja Kegiatan\t\t",
			"4\t" + indArsip + "\tTarget\t50%",
			"\t\tRealisasi\t56,40%",
			"\t\tCapaian\t112,80%"},
			[]capWant{{indAKIP, "BB", "BB", "100%", "sasaran_strategis"}, {indBPK, "WTP", "WTP", "100%", ""},
				{indKIP, "70", "74,10", "105,86%", "sasaran_strategis"}, {indArsip, "50%", "56,40%", "112,80%", "sasaran_kegiatan"}}, nil, false},
		{"no number column, the indicator wrapped over its sub-rows, Realisasi first", []string{
			"Tabel 3.2 Pengukuran Kinerja", "",
			"Indikator\tKomponen\tNilai",
			"Persentase tersedianya sarana dan\tRealisasi\t84,71%",
			"prasarana untuk memenuhi kebutuhan kerja Pegawai yang berfungsi dengan baik\tTarget\t80%",
			"\tCapaian (%)\t105,89",
			indKIP + "\tRealisasi 2024\t70,15",
			"\tTarget 2024\t65",
			"\t% Capaian\t107,92"},
			[]capWant{{indSarpr, "80%", "84,71%", "105,89", ""}, {indKIP, "65", "70,15", "107,92", ""}}, nil, false},
		{"years as groups: a series of the indicator the caption names", []string{
			"Tabel 3.1 Capaian Kinerja Tahun 2024", "",
			"No\tIndikator Kinerja\tTarget\tRealisasi",
			"1\t" + indKomp + "\t75%\t72,45%", "",
			"Tabel 3.3 Target dan Realisasi Kesesuaian Kompetensi Pegawai 2022-2023", "",
			"Tahun\tUraian\tNilai",
			"2022\tTarget\t65%",
			"\tRealisasi\t61,20%",
			"2023\tTarget\t70%",
			"\tRealisasi\t68,35%"},
			nil, []string{indKomp + "|2022|target=65%", indKomp + "|2023|target=70%", indKomp + "|2022|realisasi=61,20%", indKomp + "|2023|realisasi=68,35%"}, false},
		{"measure labels in the indicator column itself, the statement wrapped", []string{
			"Tabel 3.1 Capaian Kinerja Tahun 2024", "",
			"No\tIndikator Kinerja\tNilai",
			"1\t" + indKIP + "\t",
			"\tTarget\t65",
			"\tRealisasi\t70,15",
			"\tCapaian\t107,92%",
			"2\tPersentase tersedianya sarana dan prasarana untuk\t",
			"\tmemenuhi kebutuhan kerja Pegawai yang berfungsi dengan baik\t",
			"\tTarget\t80%",
			"\tRealisasi\t84,71%"},
			[]capWant{{indKIP, "65", "70,15", "107,92%", ""}, {indSarpr, "80%", "84,71%", "", ""}}, nil, false},
		{"measure labels in the indicator column, a value beside an indicator: an ordinary table, not this", []string{
			"Tabel 3.1 Capaian Kinerja Tahun 2024", "",
			"No\tIndikator Kinerja\tNilai",
			"1\t" + indKIP + "\t70",
			"\tTarget\t65",
			"\tRealisasi\t70,15"},
			nil, nil, true},
		{"last year's realisation as a sub-row: a series beside the capaian", []string{
			"Tabel 3.1 Capaian Kinerja Tahun 2024", "",
			"No\tIndikator Kinerja\tUraian\tNilai",
			"1\t" + indKIP + "\tTarget 2024\t70",
			"\t\tRealisasi 2023\t68,10",
			"\t\tRealisasi 2024\t74,10",
			"\t\tCapaian\t105,86%"},
			[]capWant{{indKIP, "70", "74,10", "105,86%", ""}}, []string{indKIP + "|2023|realisasi=68,10"}, false},
		{"two targets in one group: that group is not read", []string{
			"Tabel 3.1 Capaian Kinerja", "",
			"No\tIndikator Kinerja\tUraian\tNilai",
			"1\t" + indKIP + "\tTarget\t70",
			"\t\tTarget\t75",
			"\t\tRealisasi\t74,10",
			"2\t" + indBPK + "\tTarget\tWTP",
			"\t\tRealisasi\tWTP"},
			[]capWant{{indBPK, "WTP", "WTP", "", ""}}, nil, false},
		{"a label without its value on a merged line: not paired by guess", []string{
			"Tabel 3.1 Capaian Kinerja", "",
			"No\tIndikator Kinerja\tUraian\tNilai",
			"1\t" + indBPK + "\tTarget\tWTP",
			"\t\tRealisasi\t",
			"\t\tCapaian\t100%"},
			nil, nil, true},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.body...)
		if tc.want != nil || tc.noRows {
			checkCapaian(t, tc.name, d, tc.want)
		}
		if tc.seri != nil {
			got := strings.Join(seriOf(d), "\n")
			for _, w := range tc.seri {
				if !strings.Contains(got, w) {
					t.Errorf("%s: series lacks %q; got\n%s", tc.name, w, got)
				}
			}
			if len(d.CapaianSeri) != len(tc.seri) {
				t.Errorf("%s: %d series rows, want %d", tc.name, len(d.CapaianSeri), len(tc.seri))
			}
		}
	}
}

const (
	indPart = "Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan"
	indData = "Persentase KPU Kabupaten dalam memutakhirkan Data Pemilih Tepat Waktu"
)

// TestCapaianByColumns: indicators as columns, measures or years as rows.
func TestCapaianByColumns(t *testing.T) {
	tests := []struct {
		name string
		body []string
		want []capWant // nil: no capaian row at all
		seri []string
	}{
		{"codes explained by a legend above, a Satuan row", []string{
			"Indikator kinerja diberi kode sebagai berikut:", "",
			"IK-1 : " + indPart,
			"IK-2 : " + indAKIP,
			"IK-3 : " + indBPK, "",
			"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
			"Uraian\tIK-1\tIK-2\tIK-3",
			"Satuan\t%\tPredikat\tOpini",
			"Target 2024\t77,50\tBB\tWTP",
			"Realisasi 2024\t79,64\tBB\tWTP",
			"Capaian (%)\t102,76\t100,00\t100,00"},
			[]capWant{{indPart, "77,50", "79,64", "102,76", "sasaran_strategis"}, {indAKIP, "BB", "BB", "100,00", ""}, {indBPK, "WTP", "WTP", "100,00", ""}}, nil},
		{"statements as column labels, Realisasi row first, legend-free", []string{
			"Tabel 3.2 Capaian Kinerja", "",
			"Ukuran\t" + indKIP + "\t" + indData,
			"Realisasi\t74,10\t100%",
			"Target\t70\t100%"},
			[]capWant{{indKIP, "70", "74,10", "", ""}, {indData, "100%", "100%", "", ""}}, nil},
		{"codes explained below the table with '='", []string{
			"Tabel 3.1 Capaian Kinerja", "",
			"Uraian\tA\tB",
			"Target\t70\tWTP",
			"Realisasi\t74,10\tWTP", "",
			"A = " + indKIP + "; B = " + indBPK},
			[]capWant{{indKIP, "70", "74,10", "", ""}, {indBPK, "WTP", "WTP", "", ""}}, nil},
		{"a code nobody explains: not read", []string{
			"IK-1 : " + indPart, "",
			"Tabel 3.1 Capaian Kinerja", "",
			"Uraian\tIK-1\tIK-2",
			"Target\t77,50\t100",
			"Realisasi\t79,64\t100"},
			nil, nil},
		{"an earlier year's realisation row: a series beside the capaian, a later year's target a plan", []string{
			"Tabel 3.1 Capaian Kinerja", "",
			"Uraian\t" + indKIP + "\t" + indData,
			"Target\t70\t100%",
			"Realisasi 2023\t71,00\t100%",
			"Realisasi 2024\t74,10\t100%",
			"Target 2025\t75\t100%",
			"Capaian (%)\t105,86\t100"},
			[]capWant{{indKIP, "70", "74,10", "105,86", ""}, {indData, "100%", "100%", "100", ""}},
			[]string{indKIP + "|2023|realisasi=71,00", indData + "|2023|realisasi=100%"}},
		{"years on every measure row and no capaian: a series, as the same table with columns is read", []string{
			"Tabel 3.1 Perkembangan Kinerja", "",
			"Uraian\t" + indKIP,
			"Target 2024\t70",
			"Realisasi 2023\t71,00",
			"Realisasi 2024\t74,10"},
			nil, []string{indKIP + "|2024|target=70", indKIP + "|2023|realisasi=71,00", indKIP + "|2024|realisasi=74,10"}},
		{"one measure twice: not read", []string{
			"Tabel 3.1 Capaian Kinerja", "",
			"Uraian\t" + indKIP + "\t" + indData,
			"Target\t70\t100%",
			"Realisasi\t71,00\t100%",
			"Realisasi\t74,10\t100%"},
			nil, nil},
		{"years as rows: the caption says realisations", []string{
			"Tabel 3.2 Realisasi Indikator Tahun 2021-2023", "",
			"Tahun\t" + indKomp + "\t" + indKIP,
			"2021\t66,20\t70,15",
			"2022\t70,45\t72,00",
			"2023\t74,10\t-"},
			nil, []string{indKomp + "|2021|realisasi=66,20", indKomp + "|2022|realisasi=70,45", indKomp + "|2023|realisasi=74,10",
				indKIP + "|2021|realisasi=70,15", indKIP + "|2022|realisasi=72,00", indKIP + "|2023|realisasi=-"}},
		{"years as rows, targets only", []string{
			"Tabel 3.2 Target Indikator Renstra", "",
			"Periode\t" + indKIP,
			"Tahun 2025\t80",
			"Tahun 2026\t85"},
			nil, []string{indKIP + "|2025|target=80", indKIP + "|2026|target=85"}},
		{"years as rows, target and realisation with one value per cell: not read", []string{
			"Tabel 3.2 Target dan Realisasi Indikator", "",
			"Tahun\t" + indKIP,
			"2022\t80",
			"2023\t85"},
			nil, []string{}},
		{"years as columns stay the series reader's", []string{
			"Tabel 3.1 Capaian Kinerja Tahun 2024", "",
			"No\tIndikator Kinerja\tTarget\tRealisasi",
			"1\t" + indKomp + "\t75%\t72,45%", "",
			"Tabel 3.3 Perkembangan Kesesuaian Kompetensi Pegawai 2022-2023", "",
			"Uraian\t2022\t2023",
			"Target\t65%\t70%",
			"Realisasi\t61,20%\t68,35%"},
			[]capWant{{indKomp, "75%", "72,45%", "", ""}},
			[]string{indKomp + "|2022|target=65%", indKomp + "|2023|target=70%", indKomp + "|2022|realisasi=61,20%", indKomp + "|2023|realisasi=68,35%"}},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.body...)
		checkCapaian(t, tc.name, d, tc.want)
		if tc.seri != nil {
			got := strings.Join(seriOf(d), "\n")
			for _, w := range tc.seri {
				if !strings.Contains(got, w) {
					t.Errorf("%s: series lacks %q; got\n%s", tc.name, w, got)
				}
			}
			if len(d.CapaianSeri) != len(tc.seri) {
				t.Errorf("%s: %d series rows, want %d:\n%s", tc.name, len(d.CapaianSeri), len(tc.seri), got)
			}
		}
	}
}
