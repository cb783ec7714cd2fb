package template

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// sameFacts fails when two documents differ in any fact field or in the
// identity a template carries (satker, year, kind, synthetic flag).
func sameFacts(t *testing.T, got, want *facts.Document) {
	t.Helper()
	gm, wm := got.Meta, want.Meta
	if gm.SatkerID != wm.SatkerID || gm.Tahun != wm.Tahun || gm.Kind != wm.Kind || gm.Synthetic != wm.Synthetic {
		t.Errorf("meta = %s/%d/%s/%v, want %s/%d/%s/%v", gm.SatkerID, gm.Tahun, gm.Kind, gm.Synthetic,
			wm.SatkerID, wm.Tahun, wm.Kind, wm.Synthetic)
	}
	families := []struct {
		name      string
		got, want any
	}{
		{"capaian", got.Capaian, want.Capaian},
		{"capaian_seri", got.CapaianSeri, want.CapaianSeri},
		{"anggaran", got.Anggaran, want.Anggaran},
		{"sakip", got.Sakip, want.Sakip},
		{"sakip_komponen", got.SakipKomponen, want.SakipKomponen},
		{"rb", got.RB, want.RB},
		{"dpt", got.DPT, want.DPT},
	}
	for _, f := range families {
		if !reflect.DeepEqual(f.got, f.want) {
			g, _ := json.MarshalIndent(f.got, "", " ")
			w, _ := json.MarshalIndent(f.want, "", " ")
			t.Errorf("%s differs:\ngot  %s\nwant %s", f.name, g, w)
		}
	}
}

// edgeDoc exercises what the fixtures do not: a province reporting other
// satkers' DPT, an audit-opinion unit, percent text, empty optional values,
// negative sisa, short budget codes, text needing CSV quoting.
func edgeDoc() *facts.Document {
	d := &facts.Document{Meta: facts.Meta{SatkerID: "53", Tahun: 2025}}
	d.Capaian = []facts.Capaian{
		{SatkerID: "53", Tahun: 2025, Tingkat: facts.SasaranKegiatan, Indikator: "Opini BPK atas laporan keuangan",
			Satuan: "opini", TargetTeks: "WTP", RealisasiTeks: "WTP"},
		{SatkerID: "53", Tahun: 2025, Tingkat: facts.SasaranStrategis, IndikatorID: "SS-07",
			Indikator: `Persentase "partisipasi", pemilih`, Satuan: "persen",
			TargetTeks: "77.5%", TargetNilai: facts.F(77.5), RealisasiTeks: "", RealisasiNilai: nil},
		{SatkerID: "5301", Tahun: 2024, Tingkat: facts.SasaranStrategis, Indikator: "Indeks kepuasan layanan",
			Satuan: "indeks", TargetTeks: "3.5", TargetNilai: facts.F(3.5), RealisasiTeks: "3.62", RealisasiNilai: facts.F(3.62),
			CapaianTeks: "103.43%", CapaianLapor: facts.F(103.43)},
	}
	d.CapaianSeri = []facts.CapaianSeri{
		{SatkerID: "53", IndikatorID: "SS-07", Indikator: `Persentase "partisipasi", pemilih`, Satuan: "persen",
			Tahun: 2019, Jenis: "realisasi", Teks: "81.06", Nilai: facts.F(81.06)},
		{SatkerID: "53", IndikatorID: "SS-07", Indikator: `Persentase "partisipasi", pemilih`, Satuan: "persen",
			Tahun: 2024, Jenis: "realisasi"},
	}
	d.Anggaran = []facts.Anggaran{
		{SatkerID: "53", Tahun: 2025, Kode: "076.01.WA", KodeTeks: "WA", Tingkat: facts.LevelProgram,
			Uraian: "Program Dukungan Manajemen", Pagu: facts.I(100), Realisasi: facts.I(120), Sisa: facts.I(-20)},
		{SatkerID: "53", Tahun: 2025, Kode: "3355", KodeTeks: "WA.3355", KodeInduk: "076.01.WA", Tingkat: facts.LevelKegiatan,
			Uraian: "Belanja, \"khusus\"", Pagu: facts.I(100), Realisasi: facts.I(120)},
		{SatkerID: "53", Tahun: 2025, Kode: "3355.EBA.994", KodeTeks: "3355.EBA.994", KodeInduk: "3355",
			Tingkat: facts.LevelOutput, Pagu: facts.I(0)},
	}
	d.Sakip = []facts.Sakip{
		{SatkerID: "53", TahunDinilai: 2024, Nilai: facts.F(80.01)},
		{SatkerID: "5305", TahunDinilai: 2024, Predikat: "BB"},
	}
	d.RB = []facts.RB{{SatkerID: "53", Tahun: 2025, Persen: facts.F(88.8)}}
	d.DPT = []facts.DPT{
		{SatkerID: "53", Pemilihan: "pemilu", Tahun: 2024, TingkatWilayah: "provinsi", Wilayah: "Nusa Tenggara Timur",
			PemilihTotal: facts.I(4_012_345)},
		{SatkerID: "5301", Pemilihan: "pemilu", Tahun: 2024, TingkatWilayah: "kabupaten", Wilayah: "Kabupaten Kupang",
			JumlahTPS: facts.I(1_103), PemilihTotal: facts.I(267_001), Keterangan: "termasuk TPS Loksus; 2 TPS"},
	}
	return canonical(d)
}

func TestRoundTrip(t *testing.T) {
	alor, err := ReadDir("testdata/good/5305-2024")
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]*facts.Document{"alor-csv-fixture": alor, "kupang": kupang2024(), "edge": edgeDoc()}
	formats := map[string]func(t *testing.T, d *facts.Document) (*facts.Document, error){
		"csv": func(t *testing.T, d *facts.Document) (*facts.Document, error) {
			dir := filepath.Join(t.TempDir(), "sub")
			if err := WriteDir(dir, d); err != nil {
				t.Fatal(err)
			}
			if !IsSubmission(dir) {
				t.Fatal("IsSubmission false for a written directory")
			}
			return ReadDir(dir)
		},
		"xlsx": func(t *testing.T, d *facts.Document) (*facts.Document, error) {
			p := filepath.Join(t.TempDir(), "sub.xlsx")
			writeXLSXFile(t, p, d)
			return ReadXLSX(p)
		},
	}
	for name, doc := range docs {
		for fname, through := range formats {
			t.Run(name+"/"+fname, func(t *testing.T) {
				got, err := through(t, doc)
				if err != nil {
					t.Fatal(err)
				}
				if got.Meta.Format != fname {
					t.Errorf("Format = %q, want %q", got.Meta.Format, fname)
				}
				// every NULL measure the template carries is explained, and
				// nothing else is said
				empty := 0
				for _, f := range got.Findings {
					if f.Aturan == "template.sel_kosong" {
						empty++
						continue
					}
					t.Errorf("unexpected finding: %s %s", f.Aturan, f.Pesan)
				}
				if n := len(got.Nulls()) + len(got.PartNulls()); empty != n {
					t.Errorf("%d template.sel_kosong findings for %d NULL measures", empty, n)
				}
				sameFacts(t, got, doc)
			})
		}
	}
}

// writeXLSXFile writes d as a workbook to the file p.
func writeXLSXFile(t *testing.T, p string, d *facts.Document) {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteXLSX(&buf, d); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}
