package template

import (
	"flag"
	"math"
	"path/filepath"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// go test ./etl/template -run TestXLSXFixtures -update rewrites the XLSX
// fixtures from the documents below; without -update the test checks that
// the committed files still read as these documents.
var update = flag.Bool("update", false, "rewrite the generated XLSX fixtures under testdata/")

// kupang2024 is the fixture behind testdata/good/5371-2024.xlsx. The DPT
// totals of the kabupaten row are real (LKj 2024 KPU Provinsi NTT, the
// Pilkada DPT table); the kecamatan split, the budget and the scores are
// made up but consistent (children sum to parents, L+P = total,
// components sum to the SAKIP score), hence sintetis = true.
func kupang2024() *facts.Document {
	const s, y = "5371", 2024
	d := &facts.Document{Meta: facts.Meta{SatkerID: s, Tahun: y, Synthetic: true}}

	pct := func(v float64) *float64 { return facts.F(v) }
	d.Capaian = []facts.Capaian{
		{SatkerID: s, Tahun: y, Tingkat: facts.SasaranStrategis, Program: "Program Dukungan Manajemen",
			Sasaran:   "Meningkatnya Kapasitas SDM yang berkompeten",
			Indikator: "Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya",
			Satuan:    "persen", TargetTeks: "95", TargetNilai: pct(95), RealisasiTeks: "97.5", RealisasiNilai: pct(97.5),
			CapaianTeks: "102.63", CapaianLapor: pct(102.63)},
		{SatkerID: s, Tahun: y, Tingkat: facts.SasaranStrategis, Program: "Program Dukungan Manajemen",
			Sasaran:   "Meningkatnya Akuntabilitas Keuangan dan Kinerja KPU",
			Indikator: "Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kota",
			Satuan:    "predikat", TargetTeks: "B", RealisasiTeks: "BB", CapaianTeks: "103", CapaianLapor: pct(103)},
		{SatkerID: s, Tahun: y, Tingkat: facts.SasaranStrategis,
			Program:   "Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi",
			Sasaran:   "Terwujudnya Tahapan Pemilu/Pemilihan Sesuai Jadwal",
			Indikator: "Persentase KPU Kota dalam menyelenggarakan Pemilu/Pemilihan sesuai dengan jadwal",
			Satuan:    "persen", TargetTeks: "100%", TargetNilai: pct(100), RealisasiTeks: "100%", RealisasiNilai: pct(100),
			CapaianTeks: "100%", CapaianLapor: pct(100)},
		{SatkerID: s, Tahun: y, Tingkat: facts.SasaranKegiatan, Program: "076.01.WA",
			Sasaran:   "Tersusunnya laporan kinerja tepat waktu",
			Indikator: "Jumlah laporan kinerja yang disusun tepat waktu",
			Satuan:    "laporan", TargetTeks: "2", TargetNilai: pct(2), RealisasiTeks: "2", RealisasiNilai: pct(2),
			CapaianTeks: "100", CapaianLapor: pct(100)},
	}
	d.CapaianSeri = []facts.CapaianSeri{
		{SatkerID: s, Indikator: "Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kota", Tahun: 2022, Jenis: "realisasi", Teks: "B", Satuan: "predikat"},
		{SatkerID: s, Indikator: "Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kota", Tahun: 2023, Jenis: "realisasi", Teks: "BB", Satuan: "predikat"},
		{SatkerID: s, Indikator: "Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kota", Tahun: 2024, Jenis: "target", Teks: "B", Satuan: "predikat"},
		{SatkerID: s, Indikator: "Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kota", Tahun: 2024, Jenis: "target_nasional", Teks: "B", Satuan: "predikat"},
	}

	line := func(kodeTeks, kode, induk, tingkat, uraian string, pagu, real int64) facts.Anggaran {
		sisa := pagu - real
		ser := math.Round(float64(real)/float64(pagu)*10000) / 100
		return facts.Anggaran{SatkerID: s, Tahun: y, Kode: kode, KodeTeks: kodeTeks, KodeInduk: induk,
			Uraian: uraian, Tingkat: tingkat, Pagu: facts.I(pagu), Realisasi: facts.I(real), Sisa: facts.I(sisa),
			SerapanLapor: facts.F(ser)}
	}
	total := line("TOTAL", "TOTAL", "", facts.LevelTotal, "Total", 50_493_250_000, 50_219_705_550)
	total.PaguAwal, total.RevisiDIPA = facts.I(31_204_870_000), facts.I(12)
	d.Anggaran = []facts.Anggaran{
		total,
		line("WA", "076.01.WA", "", facts.LevelProgram, "Program Dukungan Manajemen", 2_917_050_000, 2_901_072_500),
		line("3355", "3355", "076.01.WA", facts.LevelKegiatan, "Pengelolaan Keuangan dan Barang Milik Negara", 2_812_450_000, 2_799_118_300),
		line("3360", "3360", "076.01.WA", facts.LevelKegiatan, "Operasional Perkantoran dan Dukungan Sarana Prasarana", 104_600_000, 101_954_200),
		line("076.01.CQ", "076.01.CQ", "", facts.LevelProgram, "Penyelenggaraan Pemilu Dalam Proses Konsolidasi Demokrasi", 47_576_200_000, 47_318_633_050),
		line("CQ.6639", "6639", "076.01.CQ", facts.LevelKegiatan, "Teknis Penyelenggaraan Pemilu/Pemilihan", 29_850_000_000, 29_612_447_900),
		line("6639.BDB.001", "6639.BDB.001", "6639", facts.LevelOutput, "Pemilihan Walikota dan Wakil Walikota Kupang", 19_850_000_000, 19_700_125_400),
		line("6639.BDB.002", "6639.BDB.002", "6639", facts.LevelOutput, "Dukungan Pemilihan Gubernur dan Wakil Gubernur", 10_000_000_000, 9_912_322_500),
		line("6867", "6867", "076.01.CQ", facts.LevelKegiatan, "Pembentukan Badan Adhoc", 14_620_500_000, 14_618_930_000),
		line("6872", "6872", "076.01.CQ", facts.LevelKegiatan, "Pemungutan dan Penghitungan Suara", 3_105_700_000, 3_087_255_150),
	}

	d.Sakip = []facts.Sakip{{SatkerID: s, TahunDinilai: 2023, Nilai: facts.F(72.55), Predikat: "BB"}}
	for _, k := range []struct {
		k    string
		b, n float64
	}{{"perencanaan", 30, 24.10}, {"pengukuran", 30, 21.30}, {"pelaporan", 15, 10.60}, {"evaluasi_internal", 25, 16.55}} {
		d.SakipKomponen = append(d.SakipKomponen, facts.SakipKomponen{SatkerID: s, TahunDinilai: 2023,
			Komponen: k.k, Bobot: facts.F(k.b), Nilai: facts.F(k.n)})
	}
	d.RB = []facts.RB{{SatkerID: s, Tahun: y, Nilai: facts.F(26.45), Bobot: facts.F(36.30), Persen: facts.F(72.87)}}

	dpt := func(tingkat, wilayah string, desa, tps, l, p int64, ket string) facts.DPT {
		return facts.DPT{SatkerID: s, Pemilihan: "pilkada", Tahun: y, TingkatWilayah: tingkat, Wilayah: wilayah,
			JumlahDesa: facts.I(desa), JumlahTPS: facts.I(tps), PemilihL: facts.I(l), PemilihP: facts.I(p),
			PemilihTotal: facts.I(l + p), Keterangan: ket}
	}
	d.DPT = []facts.DPT{
		dpt("kabupaten", "Kota Kupang", 51, 552, 134_400, 140_685, "2 TPS Loksus"),
		dpt("kecamatan", "ALAK", 12, 96, 23_610, 24_390, ""),
		dpt("kecamatan", "MAULAFA", 9, 118, 28_845, 30_210, ""),
		dpt("kecamatan", "OEBOBO", 7, 125, 30_520, 32_105, ""),
		dpt("kecamatan", "KELAPA LIMA", 5, 89, 21_705, 22_640, ""),
		dpt("kecamatan", "KOTA RAJA", 8, 71, 17_180, 18_125, ""),
		dpt("kecamatan", "KOTA LAMA", 10, 53, 12_540, 13_215, ""),
	}
	return canonical(d)
}

// unknownSatker2024 is testdata/bad/unknown-satker.xlsx: the Kota Kupang
// workbook with a mistyped satker id (5372) in identitas and a SAKIP row
// for 5322, which does not exist either.
func unknownSatker2024() *facts.Document {
	d := kupang2024()
	d.Meta.SatkerID = "5372"
	d.Sakip[0].SatkerID = "5322"
	return d
}

// canonical completes a hand-built document with what the reader fills in
// (row spans, Utama, Sumber, Keyakinan, Kind), so it can be compared with a
// read-back document field by field.
func canonical(d *facts.Document) *facts.Document {
	d.Meta.Kind = "lkj"
	for i := range d.Capaian {
		f := &d.Capaian[i]
		f.Span, f.Utama, f.Sumber = facts.Span{Start: i + 2, End: i + 2}, true, "capaian"
	}
	for i := range d.CapaianSeri {
		f := &d.CapaianSeri[i]
		f.Span, f.Utama, f.Sumber = facts.Span{Start: i + 2, End: i + 2}, true, "capaian_seri"
	}
	for i := range d.Anggaran {
		f := &d.Anggaran[i]
		f.Span, f.Utama, f.Sumber = facts.Span{Start: i + 2, End: i + 2}, true, "anggaran"
	}
	for i := range d.Sakip {
		f := &d.Sakip[i]
		f.Span, f.Utama, f.Sumber, f.Keyakinan = facts.Span{Start: i + 2, End: i + 2}, true, "sakip", "tinggi"
	}
	for i := range d.SakipKomponen {
		f := &d.SakipKomponen[i]
		f.Span, f.Sumber = facts.Span{Start: i + 2, End: i + 2}, "sakip_komponen"
	}
	for i := range d.RB {
		f := &d.RB[i]
		f.Span, f.Utama, f.Sumber = facts.Span{Start: i + 2, End: i + 2}, true, "rb"
	}
	for i := range d.DPT {
		f := &d.DPT[i]
		f.Span, f.Utama, f.Sumber = facts.Span{Start: i + 2, End: i + 2}, true, "dpt"
	}
	return d
}

func TestXLSXFixtures(t *testing.T) {
	for _, tc := range []struct {
		path string
		doc  *facts.Document
		ok   bool
	}{
		{"testdata/good/5371-2024.xlsx", kupang2024(), true},
		{"testdata/bad/unknown-satker.xlsx", unknownSatker2024(), false},
	} {
		t.Run(filepath.Base(tc.path), func(t *testing.T) {
			if *update {
				writeXLSXFile(t, tc.path, tc.doc)
			}
			got, err := ReadXLSX(tc.path)
			if !tc.ok {
				if err == nil {
					t.Fatalf("ReadXLSX(%s) accepted a broken fixture", tc.path)
				}
				return
			}
			if err != nil {
				t.Fatalf("ReadXLSX: %v (run with -update after changing the fixture documents)", err)
			}
			sameFacts(t, got, tc.doc)
		})
	}
}
