package template

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// rejected asserts that err is a rejection whose message names every want
// substring, and that the returned document carries no facts but does
// carry the error findings.
func rejected(t *testing.T, d *facts.Document, err error, want ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("accepted; want an error naming %q", want)
	}
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error lacks %q:\n%v", w, err)
		}
	}
	if d == nil {
		return
	}
	if d.FactCount() != 0 {
		t.Errorf("rejected document holds %d facts", d.FactCount())
	}
	if !d.HasErrors() {
		t.Error("rejected document has no error finding")
	}
}

func TestBadFixtures(t *testing.T) {
	for _, tc := range []struct {
		path string
		read func(string) (*facts.Document, error)
		want []string
	}{
		{"testdata/bad/text-in-number", ReadDir, []string{
			"template testdata/bad/text-in-number: anggaran.csv row 3 column pagu: \"2.586.252.000\" is not a whole number of rupiah",
			"anggaran.csv row 4 column realisasi: \"Rp. 2.488.420.244,-\" is not a whole number of rupiah",
			"anggaran.csv row 4 column serapan_lapor: \"99,54\" is not a percentage"}},
		{"testdata/bad/missing-column", ReadDir, []string{
			"template testdata/bad/missing-column: capaian.csv row 1 column realisasi: required column is missing"}},
		{"testdata/bad/unknown-satker.xlsx", ReadXLSX, []string{
			"template testdata/bad/unknown-satker.xlsx: sheet identitas row 2 column satker_id: \"5372\" is not a satker id in wilayah.csv",
			"sheet sakip row 2 column satker_id: \"5322\" is not a satker id"}},
	} {
		t.Run(filepath.Base(tc.path), func(t *testing.T) {
			d, err := tc.read(tc.path)
			rejected(t, d, err, tc.want...)
		})
	}
}

// TestCSVErrors covers every kind of bad cell and bad structure, each
// message naming file, row and column.
func TestCSVErrors(t *testing.T) {
	const (
		capH = "tingkat,indikator,satuan,target,realisasi\n"
		dptH = "satker_id,pemilihan,tahun,tingkat_wilayah,wilayah,pemilih_l,pemilih_p,pemilih_total\n"
		angH = "kode,kode_induk,tingkat,pagu,realisasi\n"
	)
	for _, tc := range []struct {
		name  string
		files map[string]string // identitas5305 is added unless given
		want  []string
	}{
		{"text in number", map[string]string{"rb.csv": "tahun,nilai\n2024,27.21\n2024x,1,\n"},
			[]string{"rb.csv row 3 column tahun: \"2024x\" is not a year"}},
		{"decimal comma", map[string]string{"sakip.csv": "tahun_dinilai,nilai,predikat\n2023,\"73,15\",BB\n"},
			[]string{"sakip.csv row 2 column nilai: \"73,15\" is not a number"}},
		{"fraction of rupiah", map[string]string{"anggaran.csv": angH + "TOTAL,,,100.5,100\n"},
			[]string{"anggaran.csv row 2 column pagu: \"100.5\" is not a whole number of rupiah"}},
		{"negative pagu", map[string]string{"anggaran.csv": angH + "TOTAL,,,-100,100\n"},
			[]string{"anggaran.csv row 2 column pagu: \"-100\" is negative"}},
		{"count with thousands dot", map[string]string{"dpt.csv": dptH + "5305,pilkada,2024,kecamatan,KABOLA,2.993,3.313,6.306\n"},
			[]string{"dpt.csv row 2 column pemilih_l: \"2.993\" is not a whole number", "row 2 column pemilih_total"}},
		{"score out of range", map[string]string{"sakip.csv": "tahun_dinilai,nilai,predikat\n2023,731.5,BB\n"},
			[]string{"sakip.csv row 2 column nilai: 731.5 is outside 0–100"}},
		{"number where satuan wants a number", map[string]string{"capaian.csv": capH + "sasaran_strategis,Nilai AKIP,nilai,B,BB\n"},
			[]string{"capaian.csv row 2 column target: \"B\" is not a number (satuan nilai: a grade needs satuan predikat)",
				"row 2 column realisasi"}},
		{"bad predikat", map[string]string{"capaian.csv": capH + "sasaran_strategis,Nilai AKIP,predikat,B,BB*\n"},
			[]string{"capaian.csv row 2 column realisasi: \"BB*\" is not a predikat (AA, A, BB, B, CC, C or D)"}},
		{"bad sakip predikat", map[string]string{"sakip.csv": "tahun_dinilai,nilai,predikat\n2023,73.15,Sangat Baik\n"},
			[]string{"sakip.csv row 2 column predikat: \"Sangat Baik\" is not a predikat"}},
		{"bad tingkat", map[string]string{"capaian.csv": capH + "sasaran program,Indikator,persen,1,1\n"},
			[]string{"capaian.csv row 2 column tingkat: \"sasaran program\" is not a tingkat (sasaran_kegiatan, sasaran_strategis)"}},
		{"bad pemilihan", map[string]string{"dpt.csv": dptH + "5305,pilpres,2024,kecamatan,KABOLA,1,1,2\n"},
			[]string{"dpt.csv row 2 column pemilihan: \"pilpres\" is not a pemilihan (pemilu, pilkada)"}},
		{"bad tingkat_wilayah", map[string]string{"dpt.csv": dptH + "5305,pemilu,2024,desa,KABOLA,1,1,2\n"},
			[]string{"dpt.csv row 2 column tingkat_wilayah: \"desa\" is not a tingkat_wilayah (kabupaten, kecamatan, provinsi)"}},
		{"kabupaten row for the province", map[string]string{"dpt.csv": dptH + "53,pemilu,2024,kabupaten,,1,1,2\n"},
			[]string{"dpt.csv row 2 column satker_id: satker 53 (Nusa Tenggara Timur) is not a kabupaten/kota"}},
		{"bad komponen", map[string]string{"sakip_komponen.csv": "tahun_dinilai,komponen,bobot,nilai\n2023,capaian kinerja,30,20\n"},
			[]string{"sakip_komponen.csv row 2 column komponen: \"capaian kinerja\" is not a komponen (evaluasi_internal, pelaporan, pengukuran, perencanaan)"}},
		{"bad jenis", map[string]string{"capaian_seri.csv": "indikator,satuan,tahun,jenis,nilai\nX,persen,2023,capaian,90\n"},
			[]string{"capaian_seri.csv row 2 column jenis: \"capaian\" is not a jenis"}},
		{"bad kode", map[string]string{"anggaran.csv": angH + "W.3360,,,100,90\n"},
			[]string{"anggaran.csv row 2 column kode: \"W.3360\" is not a budget code"}},
		{"tingkat contradicts kode", map[string]string{"anggaran.csv": angH + "3360,,program,100,90\n"},
			[]string{"anggaran.csv row 2 column tingkat: \"program\" does not match kode 3360, which is a kegiatan"}},
		{"kode_induk contradicts prefix", map[string]string{"anggaran.csv": angH + "WA.3360,076.01.CQ,,100,90\n"},
			[]string{"anggaran.csv row 2 column kode_induk: \"076.01.CQ\" contradicts kode \"WA.3360\""}},
		{"kode_induk of wrong level", map[string]string{"anggaran.csv": angH + "6639.BDB.001,CQ,,100,90\n"},
			[]string{"anggaran.csv row 2 column kode_induk: \"CQ\" is a program; the parent of output 6639.BDB.001 is a kegiatan"}},
		{"unknown satker in a row", map[string]string{"rb.csv": "satker_id,tahun,nilai\n5399,2024,27.21\n"},
			[]string{"rb.csv row 2 column satker_id: \"5399\" is not a satker id in wilayah.csv"}},
		{"satker with letters", map[string]string{"rb.csv": "satker_id,tahun,nilai\nAlor,2024,27.21\n"},
			[]string{"rb.csv row 2 column satker_id: \"Alor\" is not a satker id"}},
		{"missing required column", map[string]string{"dpt.csv": "pemilihan,tahun,tingkat_wilayah,wilayah\npemilu,2024,kecamatan,KABOLA\n"},
			[]string{"dpt.csv row 1 column pemilih_total: required column is missing"}},
		{"duplicate column", map[string]string{"rb.csv": "tahun,nilai,Nilai\n2024,1,2\n"},
			[]string{"rb.csv row 1 column nilai: appears twice (columns B and C)"}},
		{"empty required value", map[string]string{"capaian.csv": capH + "sasaran_strategis,,persen,1,1\n"},
			[]string{"capaian.csv row 2 column indikator: is empty"}},
		{"kecamatan without name", map[string]string{"dpt.csv": dptH + "5305,pemilu,2024,kecamatan,-,1,1,2\n"},
			[]string{"dpt.csv row 2 column wilayah: is empty"}},
		{"duplicate key", map[string]string{"capaian.csv": capH +
			"sasaran_strategis,Persentase   SDM,persen,1,1\nsasaran_kegiatan,Persentase SDM,persen,1,1\nSasaran Strategis,persentase sdm,persen,2,2\n"},
			[]string{"capaian.csv row 4 column indikator: repeats row 2 (same satker_id, tahun, tingkat and indikator)"}},
		{"duplicate budget code", map[string]string{"anggaran.csv": angH + "WA,,,100,90\n076.01.WA,,,100,90\n"},
			[]string{"anggaran.csv row 3 column kode: repeats row 2"}},
		{"two identitas rows", map[string]string{"identitas.csv": "satker_id,tahun\n5305,2024\n5305,2025\n"},
			[]string{"identitas.csv row 3: identitas holds one data row (row 2)"}},
		{"no identitas", map[string]string{"identitas.csv": ""},
			[]string{"identitas.csv: missing or empty"}},
		{"identitas without year", map[string]string{"identitas.csv": "satker_id,tahun\n5305,\n"},
			[]string{"identitas.csv row 2 column tahun: is empty"}},
		{"bad sintetis", map[string]string{"identitas.csv": "satker_id,tahun,sintetis\n5305,2024,mungkin\n"},
			[]string{"identitas.csv row 2 column sintetis: \"mungkin\" is not true or false"}},
		{"broken csv", map[string]string{"rb.csv": "tahun,nilai\n2024,\"27.21\n"},
			[]string{"rb.csv row 2: not valid CSV"}},
		{"two files for one family", map[string]string{"rb.csv": "tahun,nilai\n2024,1\n", "RB.csv": "tahun,nilai\n2024,1\n"},
			[]string{"rb.csv: duplicates RB.csv"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := map[string]string{"identitas.csv": identitas5305}
			for k, v := range tc.files {
				m[k] = v
			}
			d, err := readCSVFiles("sub/5305-2024", files(m))
			rejected(t, d, err, append([]string{"template sub/5305-2024: "}, tc.want...)...)
		})
	}
}

// TestXLSXErrors checks that workbook messages name the sheet.
func TestXLSXErrors(t *testing.T) {
	d := kupang2024()
	d.DPT[3].Pemilihan = "pilpres"
	d.Anggaran[2].KodeTeks, d.Anggaran[2].Kode = "3355x", "3355x"
	d.Capaian[0].TargetTeks, d.Capaian[0].TargetNilai = "sembilan puluh", nil
	p := filepath.Join(t.TempDir(), "5371-2024.xlsx")
	writeXLSXFile(t, p, d)
	got, err := ReadXLSX(p)
	rejected(t, got, err, p+": sheet dpt row 5 column pemilihan: \"pilpres\" is not a pemilihan",
		"sheet anggaran row 4 column kode: \"3355x\" is not a budget code",
		"sheet capaian row 2 column target: \"sembilan puluh\" is not a number")

	if err := os.WriteFile(p, []byte("PK\x03\x04 not really a zip"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err = ReadXLSX(p)
	rejected(t, got, err, p+": workbook: not a readable XLSX workbook")

	good, err := os.ReadFile("testdata/good/5371-2024.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, good[:len(good)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	got, err = ReadXLSX(p)
	rejected(t, got, err, p+": workbook: not a readable XLSX workbook")
	if strings.Contains(err.Error(), "internal error") {
		t.Errorf("truncated workbook caused a panic: %v", err)
	}

	_, err = ReadXLSX(filepath.Join(t.TempDir(), "absent.xlsx"))
	rejected(t, nil, err, "absent.xlsx")
	_, err = ReadDir(filepath.Join(t.TempDir(), "absent"))
	rejected(t, nil, err, "absent")
}

// TestErrorLimit: many bad cells make one error listing the first
// maxListed and counting the rest; every one is a finding.
func TestErrorLimit(t *testing.T) {
	var b strings.Builder
	b.WriteString("tahun,nilai\n")
	for i := 0; i < 30; i++ {
		fmt.Fprintf(&b, "%d,x%d\n", 2000+i, i)
	}
	d, err := readCSVFiles("sub", files(map[string]string{"identitas.csv": identitas5305, "rb.csv": b.String()}))
	rejected(t, d, err, "rb.csv row 2 column nilai", "rb.csv row 21 column nilai", "and 10 more problems")
	if strings.Contains(err.Error(), "row 22 column") {
		t.Error("error lists more than maxListed problems")
	}
	if n := strings.Count(err.Error(), "\n") + 1; n != maxListed+1 {
		t.Errorf("error has %d lines, want %d", n, maxListed+1)
	}
	if len(d.Findings) != 30 {
		t.Errorf("findings = %d, want 30", len(d.Findings))
	}
}
