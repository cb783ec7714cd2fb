package template

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/xuri/excelize/v2"
)

func TestGoodFixtures(t *testing.T) {
	type counts struct{ capaian, seri, anggaran, sakip, komponen, rb, dpt int }
	for _, tc := range []struct {
		path   string
		read   func(string) (*facts.Document, error)
		format string
		satker string
		synth  bool
		n      counts
		// total is the fiscal-year total the fixture states: pagu, realisasi.
		pagu, realisasi int64
		// empty lists the rows whose measure the fixture leaves empty or '-'
		empty []int
	}{
		{"testdata/good/5305-2024", ReadDir, "csv", "5305", false, counts{8, 7, 17, 1, 4, 1, 19},
			// capaian_seri.csv rows 2 and 3 read '-', row 7 (2024 realisasi) is empty
			44_980_284_000, 44_776_265_455, []int{2, 3, 7}},
		{"testdata/good/5371-2024.xlsx", ReadXLSX, "xlsx", "5371", true, counts{4, 4, 10, 1, 4, 1, 7},
			50_493_250_000, 50_219_705_550, nil},
	} {
		t.Run(filepath.Base(tc.path), func(t *testing.T) {
			d, err := tc.read(tc.path)
			if err != nil {
				t.Fatal(err)
			}
			m := d.Meta
			if m.SatkerID != tc.satker || m.Tahun != 2024 || m.Format != tc.format || m.Kind != "lkj" ||
				m.Synthetic != tc.synth || len(m.SHA256) != 64 || m.Bytes == 0 || m.ParserVersion == "" {
				t.Errorf("meta = %+v", m)
			}
			// the only findings on a good fixture explain its empty measures
			var empty []int
			for _, f := range d.Findings {
				if f.Aturan != "template.sel_kosong" {
					t.Errorf("finding on a good fixture: %+v", f)
					continue
				}
				empty = append(empty, f.Span.Start)
			}
			if fmt.Sprint(empty) != fmt.Sprint(tc.empty) {
				t.Errorf("template.sel_kosong on rows %v, want %v", empty, tc.empty)
			}
			got := counts{len(d.Capaian), len(d.CapaianSeri), len(d.Anggaran), len(d.Sakip), len(d.SakipKomponen), len(d.RB), len(d.DPT)}
			if got != tc.n {
				t.Errorf("counts = %+v, want %+v", got, tc.n)
			}
			total := d.Anggaran[0]
			if total.Kode != "TOTAL" || *total.Pagu != tc.pagu || *total.Realisasi != tc.realisasi || total.Tahun != 2024 {
				t.Errorf("total = %s %d/%d %d", total.Kode, *total.Pagu, *total.Realisasi, total.Tahun)
			}
			consistent(t, d)
		})
	}
}

// consistent checks the fixtures mean something: budget children sum to
// parents and sisa = pagu − realisasi, L+P = total and kecamatan rows sum
// to the kabupaten row, SAKIP components sum to the score.
func consistent(t *testing.T, d *facts.Document) {
	t.Helper()
	type sums struct{ pagu, real int64 }
	children := map[string]*sums{}
	byKode := map[string]facts.Anggaran{}
	for _, a := range d.Anggaran {
		k := key(a.SatkerID, a.Tahun, a.Kode)
		byKode[k] = a
		if a.Sisa != nil && *a.Sisa != *a.Pagu-*a.Realisasi {
			t.Errorf("anggaran %s %d: sisa %d ≠ %d − %d", a.Kode, a.Tahun, *a.Sisa, *a.Pagu, *a.Realisasi)
		}
		parent := a.KodeInduk
		if a.Tingkat == facts.LevelProgram {
			parent = "TOTAL"
		}
		if parent == "" {
			continue
		}
		pk := key(a.SatkerID, a.Tahun, parent)
		if children[pk] == nil {
			children[pk] = &sums{}
		}
		children[pk].pagu += *a.Pagu
		children[pk].real += *a.Realisasi
	}
	for k, s := range children {
		p, ok := byKode[k]
		if !ok {
			t.Errorf("anggaran: children of missing parent %q", k)
			continue
		}
		if s.pagu != *p.Pagu || s.real != *p.Realisasi {
			t.Errorf("anggaran %s %d: children sum %d/%d, parent states %d/%d", p.Kode, p.Tahun, s.pagu, s.real, *p.Pagu, *p.Realisasi)
		}
	}
	var kab *facts.DPT
	var kec facts.DPT
	kec.JumlahDesa, kec.JumlahTPS, kec.PemilihL, kec.PemilihP, kec.PemilihTotal = facts.I(0), facts.I(0), facts.I(0), facts.I(0), facts.I(0)
	for i, r := range d.DPT {
		if *r.PemilihL+*r.PemilihP != *r.PemilihTotal {
			t.Errorf("dpt %s: L+P = %d, total %d", r.Wilayah, *r.PemilihL+*r.PemilihP, *r.PemilihTotal)
		}
		switch r.TingkatWilayah {
		case "kabupaten":
			kab = &d.DPT[i]
		case "kecamatan":
			*kec.JumlahDesa += *r.JumlahDesa
			*kec.JumlahTPS += *r.JumlahTPS
			*kec.PemilihL += *r.PemilihL
			*kec.PemilihP += *r.PemilihP
			*kec.PemilihTotal += *r.PemilihTotal
		}
	}
	if kab == nil {
		t.Fatal("dpt: no kabupaten row")
	}
	for _, c := range []struct {
		name      string
		sum, stat *int64
	}{{"desa", kec.JumlahDesa, kab.JumlahDesa}, {"tps", kec.JumlahTPS, kab.JumlahTPS}, {"L", kec.PemilihL, kab.PemilihL},
		{"P", kec.PemilihP, kab.PemilihP}, {"total", kec.PemilihTotal, kab.PemilihTotal}} {
		if *c.sum != *c.stat {
			t.Errorf("dpt %s: kecamatan sum %d, kabupaten row %d", c.name, *c.sum, *c.stat)
		}
	}
	var bobot, nilai float64
	for _, k := range d.SakipKomponen {
		bobot += *k.Bobot
		nilai += *k.Nilai
	}
	if s := d.Sakip[0]; bobot != 100 || round2(nilai) != *s.Nilai {
		t.Errorf("sakip: components sum to %v of %v, score %v", nilai, bobot, *s.Nilai)
	}
}

func round2(v float64) float64 { return math.Round(v*100) / 100 }

func TestAlorFacts(t *testing.T) {
	d, err := ReadDir("testdata/good/5305-2024")
	if err != nil {
		t.Fatal(err)
	}
	byKode := map[string]facts.Anggaran{}
	for _, a := range d.Anggaran {
		if a.Tahun == 2024 {
			byKode[a.Kode] = a
		}
	}
	for _, tc := range []struct {
		kode, induk, tingkat string
		pagu, sisa           int64
		serapan              float64
	}{
		{"TOTAL", "", facts.LevelTotal, 44_980_284_000, 204_018_545, 99.55},
		{"076.01.WA", "", facts.LevelProgram, 2_586_252_000, 13_553_256, 99.48},
		{"3355", "076.01.WA", facts.LevelKegiatan, 2_500_000_000, 11_579_756, 99.54},
		{"6639", "076.01.CQ", facts.LevelKegiatan, 19_571_045_000, 7_380, 100},
		{"6981", "076.01.CQ", facts.LevelKegiatan, 2_000, 2_000, 0},
	} {
		a, ok := byKode[tc.kode]
		if !ok {
			t.Errorf("kode %s missing", tc.kode)
			continue
		}
		if a.KodeInduk != tc.induk || a.Tingkat != tc.tingkat || *a.Pagu != tc.pagu || *a.Sisa != tc.sisa || *a.SerapanLapor != tc.serapan {
			t.Errorf("kode %s = induk %q tingkat %q pagu %d sisa %d serapan %v", tc.kode, a.KodeInduk, a.Tingkat, *a.Pagu, *a.Sisa, *a.SerapanLapor)
		}
	}
	if tot := byKode["TOTAL"]; *tot.PaguAwal != 28_518_161_000 || *tot.RevisiDIPA != 16 {
		t.Errorf("pagu awal / revisi = %d / %d", *tot.PaguAwal, *tot.RevisiDIPA)
	}
	g := d.Capaian[2]
	if g.Satuan != "predikat" || g.TargetTeks != "B" || g.RealisasiTeks != "BB" || g.TargetNilai != nil || *g.CapaianLapor != 200 {
		t.Errorf("predikat row = %+v", g)
	}
	if c := d.Capaian[0]; *c.TargetNilai != 96 || c.TargetTeks != "96" || *c.CapaianLapor != 104.17 || c.Span.Start != 2 {
		t.Errorf("first capaian = %+v", c)
	}
	if s := d.CapaianSeri[0]; s.Teks != "" || s.Nilai != nil || s.Tahun != 2020 {
		t.Errorf("'-' in series = %+v", s)
	}
	if k := d.DPT[0]; k.Wilayah != "Kabupaten Alor" || k.SatkerID != "5305" || *k.PemilihTotal != 156_880 {
		t.Errorf("kabupaten dpt row = %+v", k)
	}
	if s := d.Sakip[0]; s.TahunDinilai != 2023 || *s.Nilai != 73.15 || s.Predikat != "BB" || s.Keyakinan != "tinggi" {
		t.Errorf("sakip = %+v", s)
	}
}

// files builds an in-memory CSV submission from name → content.
func files(m map[string]string) []csvFile {
	var fs []csvFile
	for n, c := range m {
		fs = append(fs, csvFile{name: n, data: []byte(c)})
	}
	return fs
}

const identitas5305 = "satker_id,tahun\n5305,2024\n"

func TestWarnings(t *testing.T) {
	for _, tc := range []struct {
		name   string
		files  map[string]string
		aturan string
		want   []string // substrings of the finding message
	}{
		{"unknown column", map[string]string{"identitas.csv": identitas5305,
			"rb.csv": "No,tahun,nilai,bobot,persen\n1,2024,27.21,36.30,74.95\n"},
			"template.kolom_tidak_dikenal", []string{"rb.csv row 1 column No", "unknown column"}},
		{"unknown file", map[string]string{"identitas.csv": identitas5305, "catatan.csv": "a\n1\n",
			"rb.csv": "tahun,nilai\n2024,27.21\n"},
			"template.lembar_tidak_dikenal", []string{"catatan.csv", "not a template file"}},
		{"nama of another satker", map[string]string{"identitas.csv": "satker_id,tahun,nama\n5305,2024,KPU Kabupaten Ende\n",
			"rb.csv": "tahun,nilai\n2024,27.21\n"},
			"template.nama_tidak_cocok", []string{"identitas.csv row 2 column nama", "Kabupaten Alor"}},
		{"unknown unit", map[string]string{"identitas.csv": identitas5305,
			"capaian.csv": "tingkat,indikator,satuan,target,realisasi\nsasaran_kegiatan,Jumlah sosialisasi,pertemuan,4,5\n"},
			"template.satuan_tidak_dikenal", []string{"capaian.csv row 2 column satuan", "pertemuan"}},
		{"latin-1", map[string]string{"identitas.csv": identitas5305,
			"capaian.csv": "tingkat,indikator,satuan,target,realisasi\nsasaran_kegiatan,Indikator caf\xe9,persen,4,5\n"},
			"template.bukan_utf8", []string{"capaian.csv", "Latin-1"}},
		{"kabupaten name replaced", map[string]string{"identitas.csv": "satker_id,tahun\n53,2024\n",
			"dpt.csv": "satker_id,pemilihan,tahun,tingkat_wilayah,wilayah,pemilih_total\n5301,pilkada,2024,kabupaten,KOTA KUPANG,267346\n"},
			"template.wilayah_diganti", []string{"dpt.csv row 2 column wilayah", "Kabupaten Kupang"}},
		{"no facts", map[string]string{"identitas.csv": identitas5305}, "template.tanpa_fakta", []string{"no facts"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := readCSVFiles("sub", files(tc.files))
			if err != nil {
				t.Fatalf("warning case rejected: %v", err)
			}
			for _, f := range d.Findings {
				if f.Aturan == tc.aturan && f.Tingkat == facts.Warning {
					for _, w := range tc.want {
						if !strings.Contains(f.Pesan, w) {
							t.Errorf("finding %q lacks %q", f.Pesan, w)
						}
					}
					return
				}
			}
			t.Errorf("no %s warning in %+v", tc.aturan, d.Findings)
		})
	}
}

// TestSpreadsheetHabits covers what Excel does to files in Indonesia: ';'
// separators, byte-order marks, UTF-16, header case and spacing, dotted
// satker codes, percent-formatted cells.
func TestSpreadsheetHabits(t *testing.T) {
	utf16 := func(s string) string {
		b := []byte{0xFF, 0xFE}
		for _, r := range s {
			b = append(b, byte(r), 0)
		}
		return string(b)
	}
	for _, tc := range []struct {
		name string
		rb   string
	}{
		{"semicolon", "Tahun;Nilai;Bobot;Persen\n2024;27.21;36.30;74.95%\n"},
		{"bom and crlf", "\ufefftahun,nilai,bobot,persen\r\n2024,27.21,36.30,74.95\r\n"},
		{"utf-16 tabs", utf16("tahun\tnilai\tbobot\tpersen\n2024\t27.21\t36.30\t74.95\n")},
		{"header spacing", " Satker ID ,TAHUN,nilai,bobot,persen\n53.05,2024,27.21,36.3,74.95\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := readCSVFiles("sub", files(map[string]string{"identitas.csv": identitas5305, "RB.csv": tc.rb}))
			if err != nil {
				t.Fatal(err)
			}
			if len(d.RB) != 1 {
				t.Fatalf("rb rows = %d", len(d.RB))
			}
			r := d.RB[0]
			if r.SatkerID != "5305" || r.Tahun != 2024 || *r.Nilai != 27.21 || *r.Bobot != 36.3 || *r.Persen != 74.95 {
				t.Errorf("rb = %+v", r)
			}
		})
	}

	t.Run("xlsx percent format", func(t *testing.T) {
		f := excelize.NewFile()
		defer f.Close()
		must := func(err error) {
			if err != nil {
				t.Fatal(err)
			}
		}
		must(f.SetSheetName("Sheet1", "Identitas"))
		must(f.SetSheetRow("Identitas", "A1", &[]any{"satker_id", "tahun"}))
		must(f.SetSheetRow("Identitas", "A2", &[]any{5305, 2024}))
		_, err := f.NewSheet("rb")
		must(err)
		must(f.SetSheetRow("rb", "A1", &[]any{"tahun", "nilai", "bobot", "persen"}))
		must(f.SetSheetRow("rb", "A2", &[]any{2024, 27.21, 36.3, 0.7495}))
		pct, err := f.NewStyle(&excelize.Style{NumFmt: 10}) // 0.00%
		must(err)
		must(f.SetCellStyle("rb", "D2", "D2", pct))
		p := filepath.Join(t.TempDir(), "pct.xlsx")
		must(f.SaveAs(p))
		d, err := ReadXLSX(p)
		must(err)
		if len(d.RB) != 1 || *d.RB[0].Persen != 74.95 || d.RB[0].Span.Start != 2 {
			t.Errorf("rb = %+v", d.RB)
		}
	})
}

func TestIsSubmission(t *testing.T) {
	dir := t.TempDir()
	if IsSubmission(dir) || IsSubmission(filepath.Join(dir, "missing")) || IsSubmission("testdata/good/5371-2024.xlsx") {
		t.Error("IsSubmission true without identitas.csv")
	}
	if err := os.WriteFile(filepath.Join(dir, "IDENTITAS.CSV"), []byte(identitas5305), 0o644); err != nil {
		t.Fatal(err)
	}
	if !IsSubmission(dir) || !IsSubmission("testdata/good/5305-2024") {
		t.Error("IsSubmission false for a submission")
	}
}

func TestWriteXLSXBlank(t *testing.T) {
	// An empty document writes a blank template: every sheet, headers only.
	var buf bytes.Buffer
	if err := WriteXLSX(&buf, &facts.Document{}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := strings.Join(f.GetSheetList(), ","); got != "identitas,capaian,capaian_seri,anggaran,sakip,sakip_komponen,rb,dpt" {
		t.Errorf("sheets = %s", got)
	}
}
