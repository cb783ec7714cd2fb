package validate

import (
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

func rules(d *facts.Document) map[string]int {
	m := map[string]int{}
	for _, f := range d.Findings {
		m[f.Aturan]++
	}
	return m
}

func TestSisaRepair(t *testing.T) {
	tests := []struct {
		name      string
		pagu, rea int64
		sisa      *int64
		teks      string
		want      *int64
		rule      string
	}{
		// Alor Tabel 3.28: "Rp. 7.38" with 19.571.045.000 - 19.571.037.620 = 7.380
		{"cut proven", 19571045000, 19571037620, nil, "Rp. 7.38", facts.I(7380), "anggaran.sisa_diperbaiki"},
		{"cut three groups", 42394032000, 42203566711, nil, "Rp. 190.465.28", facts.I(190465289), "anggaran.sisa_diperbaiki"},
		{"cut not a prefix", 19571045000, 19571037620, nil, "Rp. 8.38", nil, "anggaran.sisa_tidak_cocok"},
		{"stated and wrong", 1000, 600, facts.I(500), "", facts.I(500), "anggaran.sisa_tidak_cocok"},
		{"stated and right", 1000, 600, facts.I(400), "", facts.I(400), ""},
		{"not stated stays NULL", 1000, 600, nil, "", nil, ""},
	}
	for _, tc := range tests {
		d := &facts.Document{Anggaran: []facts.Anggaran{{Kode: "6639", Tahun: 2024, Pagu: facts.I(tc.pagu), Realisasi: facts.I(tc.rea), Sisa: tc.sisa, SisaTeks: tc.teks, Utama: true}}}
		Document(d)
		got := d.Anggaran[0].Sisa
		if (got == nil) != (tc.want == nil) || got != nil && *got != *tc.want {
			t.Errorf("%s: sisa = %v, want %v", tc.name, got, tc.want)
		}
		r := rules(d)
		if tc.rule != "" && r[tc.rule] != 1 || tc.rule == "" && (r["anggaran.sisa_diperbaiki"]+r["anggaran.sisa_tidak_cocok"]) != 0 {
			t.Errorf("%s: findings %v, want %s", tc.name, r, tc.rule)
		}
	}
}

func TestSerapanAndSums(t *testing.T) {
	d := &facts.Document{Meta: facts.Meta{Tahun: 2024}, Anggaran: []facts.Anggaran{
		{Kode: "076.01.CQ", Tingkat: facts.LevelProgram, Tahun: 2024, Sumber: "T", Pagu: facts.I(300), Realisasi: facts.I(250), Utama: true},
		{Kode: "6709", Tingkat: facts.LevelKegiatan, KodeInduk: "076.01.CQ", Tahun: 2024, Sumber: "T", Pagu: facts.I(300), Realisasi: facts.I(250), Utama: true},
		{Kode: "6709.QGE.001", Tingkat: facts.LevelOutput, KodeInduk: "6709", Tahun: 2024, Sumber: "T", Pagu: facts.I(100), Realisasi: facts.I(100), Utama: true},
		{Kode: "6709.QGE.002", Tingkat: facts.LevelOutput, KodeInduk: "6709", Tahun: 2024, Sumber: "T", Pagu: facts.I(150), Realisasi: facts.I(150), Utama: true},
		{Kode: "TOTAL", Tingkat: facts.LevelTotal, Tahun: 2024, Sumber: "T", Pagu: facts.I(300), Realisasi: facts.I(250), SerapanLapor: facts.F(83.33), Utama: true},
		// Alor Tabel 3.29 TA 2021: reported 95,04 %, 2.514.190.236 / 2.647.819.000 = 94,95 %
		{Kode: "TOTAL", Tingkat: facts.LevelTotal, Tahun: 2021, Sumber: "M", Pagu: facts.I(2647819000), Realisasi: facts.I(2514190236), SerapanLapor: facts.F(95.04), Utama: true},
		{Kode: "TOTAL", Tingkat: facts.LevelTotal, Tahun: 2022, Sumber: "M", Pagu: facts.I(4599617000), Realisasi: facts.I(4120403002), SerapanLapor: facts.F(89.58), Utama: true},
		// a sentence about last year's total
		{Kode: "TOTAL", Tingkat: facts.LevelTotal, Tahun: 2023, Sumber: "teks", Pagu: facts.I(65695164000), Realisasi: facts.I(64633322602), SerapanLapor: facts.F(98.38), Utama: true},
		// 6981.QGE.001 with an empty realisation: not summed, not computed
		{Kode: "6981", Tingkat: facts.LevelKegiatan, KodeInduk: "076.01.CQ", Tahun: 2024, Sumber: "P", Pagu: facts.I(20590000), Realisasi: facts.I(19559178), Utama: true},
		{Kode: "6981.QGE.001", Tingkat: facts.LevelOutput, KodeInduk: "6981", Tahun: 2024, Sumber: "P", Pagu: facts.I(2000), Utama: true},
		{Kode: "6981.QGE.002", Tingkat: facts.LevelOutput, KodeInduk: "6981", Tahun: 2024, Sumber: "P", Pagu: facts.I(20588000), Realisasi: facts.I(19559178), Utama: true},
	}}
	Document(d)
	r := rules(d)
	if r["anggaran.anak_tidak_sama_induk"] != 1 { // 6709: pagu 250 vs 300; realisasi 250 = 250; CQ 300/250 agrees
		t.Errorf("anak_tidak_sama_induk = %d: %+v", r["anggaran.anak_tidak_sama_induk"], d.Findings)
	}
	if r["anggaran.serapan_beda"] != 1 {
		t.Errorf("serapan_beda = %d", r["anggaran.serapan_beda"])
	}
	if r["fakta.tahun_lalu"] != 1 {
		t.Errorf("fakta.tahun_lalu = %d (multi-year table rows are expected, the sentence is not)", r["fakta.tahun_lalu"])
	}
	if h := d.Anggaran[5].SerapanHitung; h == nil || *h != 94.95 {
		t.Errorf("serapan_hitung 2021 = %v", h)
	}
	if d.Anggaran[9].SerapanHitung != nil {
		t.Error("serapan_hitung without realisasi")
	}
}

func TestCapaian(t *testing.T) {
	d := &facts.Document{Capaian: []facts.Capaian{
		{Indikator: "Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya", TargetTeks: "96%", TargetNilai: facts.F(96), RealisasiTeks: "100%", RealisasiNilai: facts.F(100), CapaianLapor: facts.F(104.17)},
		{Indikator: "Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten", TargetTeks: "B", RealisasiTeks: "BB*", CapaianLapor: facts.F(200), CapaianTeks: "200%"},
		{Indikator: "Persentase Penyelenggara Pemilu/Pemilihan yang terbukti melakukan Pelanggaran Pemilu/Pemilihan", TargetTeks: "3%", TargetNilai: facts.F(3), RealisasiTeks: "0,5%", RealisasiNilai: facts.F(0.5)},
		{Indikator: "Jumlah revisi yang dilakukan terhadap rencana kerja yang telah ditetapkan", TargetTeks: "8 Kali", TargetNilai: facts.F(8), RealisasiTeks: "16 kali", RealisasiNilai: facts.F(16), CapaianLapor: facts.F(100)},
		{Indikator: "Nilai Keterbukaan Informasi Publik", TargetTeks: "100%", TargetNilai: facts.F(100), CapaianTeks: "Tercapai"},
		{Indikator: "Persentase pegawai yang bahagia", TargetTeks: "10", TargetNilai: facts.F(0), RealisasiTeks: "5", RealisasiNilai: facts.F(5)},
	}}
	Document(d)
	c := d.Capaian
	if c[0].IndikatorID != "ss.kompetensi_pegawai" || *c[0].CapaianHitung != 104.17 || !*c[0].Tercapai {
		t.Errorf("naik: %+v", c[0])
	}
	if c[1].CapaianHitung != nil || c[1].Tercapai == nil || !*c[1].Tercapai {
		t.Errorf("grade: %+v", c[1])
	}
	if c[2].CapaianHitung == nil || *c[2].CapaianHitung != 183.33 { // (3 - (0,5 - 3)) / 3 × 100
		t.Errorf("turun: %v", c[2].CapaianHitung)
	}
	if *c[3].CapaianHitung != 200 || c[4].Tercapai == nil || !*c[4].Tercapai {
		t.Errorf("count / word: %+v %+v", c[3], c[4])
	}
	if c[5].CapaianHitung != nil || c[5].IndikatorID != "" {
		t.Errorf("zero target / unknown: %+v", c[5])
	}
	r := rules(d)
	if r["capaian.beda_lapor_hitung"] != 1 || r["capaian.indikator_tidak_dikenal"] != 1 {
		t.Errorf("findings %v", r)
	}
}

func TestSakip(t *testing.T) {
	d := &facts.Document{
		Sakip: []facts.Sakip{
			{SatkerID: "5305", TahunDinilai: 2023, Nilai: facts.F(73.15), Predikat: "BB", Utama: true},
			{SatkerID: "5313", TahunDinilai: 2023, Nilai: facts.F(12.33), Predikat: "BB", Utama: true},
		},
		SakipKomponen: []facts.SakipKomponen{
			{SatkerID: "5305", TahunDinilai: 2023, Komponen: "perencanaan", Nilai: facts.F(24.30)},
			{SatkerID: "5305", TahunDinilai: 2023, Komponen: "pengukuran", Nilai: facts.F(21.60)},
			{SatkerID: "5305", TahunDinilai: 2023, Komponen: "pelaporan", Nilai: facts.F(10.50)},
			{SatkerID: "5305", TahunDinilai: 2023, Komponen: "evaluasi_internal", Nilai: facts.F(16.70)},
		},
	}
	Document(d)
	r := rules(d)
	if r["sakip.komponen_tidak_sama_total"] != 1 || r["sakip.predikat_tidak_cocok"] != 1 {
		t.Errorf("findings %v", r)
	}
}

func TestDPT(t *testing.T) {
	d := &facts.Document{Meta: facts.Meta{Tahun: 2024}, DPT: []facts.DPT{
		{SatkerID: "5305", Pemilihan: "pilkada", Tahun: 2024, TingkatWilayah: "kecamatan", Wilayah: "A", Sumber: "T", JumlahTPS: facts.I(2), PemilihL: facts.I(5), PemilihP: facts.I(6), PemilihTotal: facts.I(11), Utama: true},
		{SatkerID: "5305", Pemilihan: "pilkada", Tahun: 2024, TingkatWilayah: "kecamatan", Wilayah: "B", Sumber: "T", JumlahTPS: facts.I(3), PemilihL: facts.I(5), PemilihP: facts.I(5), PemilihTotal: facts.I(11), Utama: true},
		{SatkerID: "5305", Pemilihan: "pilkada", Tahun: 2024, TingkatWilayah: "kabupaten", Wilayah: "Kabupaten Alor", Sumber: "T", JumlahTPS: facts.I(5), PemilihL: facts.I(10), PemilihP: facts.I(11), PemilihTotal: facts.I(21), Utama: true},
		{SatkerID: "5305", Pemilihan: "pemilu", Tahun: 2019, TingkatWilayah: "kabupaten", Wilayah: "Kabupaten Alor", Sumber: "U", PemilihTotal: facts.I(1), Utama: true},
	}}
	Document(d)
	r := rules(d)
	// B: 5 + 5 != 11; kecamatan totals 22 != 21
	if r["dpt.lp_tidak_sama_total"] != 1 || r["dpt.rincian_tidak_sama_total"] != 1 || r["fakta.tahun_lalu"] != 1 {
		t.Errorf("findings %v", r)
	}
}

func TestHitung(t *testing.T) {
	tests := []struct {
		t, r float64
		arah string
		want float64
		ok   bool
	}{
		{96, 100, "naik", 104.17, true},
		{80, 74.95, "naik", 93.69, true},
		{80, 73.66, "naik", 92.08, true}, // 92,075 rounds half up
		{3, 0.5, "turun", 183.33, true},
		{0, 5, "naik", 0, false},
	}
	for _, tc := range tests {
		got, ok := Hitung(tc.t, tc.r, tc.arah)
		if ok != tc.ok || ok && got != tc.want {
			t.Errorf("Hitung(%v, %v, %s) = %v %v, want %v", tc.t, tc.r, tc.arah, got, ok, tc.want)
		}
	}
}
