package parse_test

import (
	"math"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
	"github.com/kpu-ntt/lkj/etl/parse"
	"github.com/kpu-ntt/lkj/etl/sharedtest"
	"github.com/kpu-ntt/lkj/etl/validate"
)

// The two real reports. Every expected figure below was checked by hand
// against the source line named in its comment.
const (
	alorPath = "corpus/real/lkj-2024-kpu-kabupaten-alor.txt"
	nttPath  = "corpus/real/lkj-2024-kpu-provinsi-ntt.txt"
)

func load(t *testing.T, path string) *facts.Document {
	t.Helper()
	data := sharedtest.Read(t, path)
	doc, err := parse.Text(path, data)
	if err != nil {
		t.Fatalf("parse %s: %v", path, err)
	}
	validate.Document(doc)
	return doc
}

func i64(p *int64) int64 {
	if p == nil {
		return math.MinInt64
	}
	return *p
}

func f64(p *float64) float64 {
	if p == nil {
		return math.NaN()
	}
	return *p
}

// first returns the first row ok accepts, or nil.
func first[T any](rows []T, ok func(*T) bool) *T {
	for i := range rows {
		if ok(&rows[i]) {
			return &rows[i]
		}
	}
	return nil
}

func anggaran(doc *facts.Document, tahun int, kode string) *facts.Anggaran {
	return first(doc.Anggaran, func(a *facts.Anggaran) bool { return a.Utama && a.Tahun == tahun && a.Kode == kode })
}

func capaian(doc *facts.Document, tingkat, id string) *facts.Capaian {
	return first(doc.Capaian, func(c *facts.Capaian) bool { return c.Utama && c.Tingkat == tingkat && c.IndikatorID == id })
}

func sakip(doc *facts.Document, satker string, tahun int) *facts.Sakip {
	return first(doc.Sakip, func(s *facts.Sakip) bool { return s.Utama && s.SatkerID == satker && s.TahunDinilai == tahun })
}

// dptSum adds up the DPT rows of one level.
type dptSum struct {
	n                  int
	pemilih, tps, desa int64
	ids                map[string]bool // satkers of the rows
}

// sumDPT checks that every DPT row is of the Pilkada, sums the rows of
// level and returns the (last) row of level total.
func sumDPT(t *testing.T, doc *facts.Document, level, total string) (dptSum, *facts.DPT) {
	t.Helper()
	s := dptSum{ids: map[string]bool{}}
	var top *facts.DPT
	for i := range doc.DPT {
		d := &doc.DPT[i]
		if d.Pemilihan != "pilkada" {
			t.Errorf("DPT line %d: pemilihan %q", d.Start, d.Pemilihan)
		}
		switch d.TingkatWilayah {
		case level:
			s.n++
			s.pemilih += i64(d.PemilihTotal)
			s.tps += i64(d.JumlahTPS)
			s.desa += i64(d.JumlahDesa)
			s.ids[d.SatkerID] = true
		case total:
			top = d
		}
	}
	return s, top
}

func hasFinding(doc *facts.Document, rule string, line int) bool {
	for _, f := range doc.Findings {
		if f.Aturan == rule && (line == 0 || f.Start <= line && line <= f.End) {
			return true
		}
	}
	return false
}

// utamaOnce checks that every natural key has exactly one Utama row.
func utamaOnce(t *testing.T, doc *facts.Document) {
	t.Helper()
	count := map[string][2]int{}
	add := func(k string, u bool) {
		c := count[k]
		c[0]++
		if u {
			c[1]++
		}
		count[k] = c
	}
	for _, c := range doc.Capaian {
		add("c|"+c.SatkerID+"|"+c.Tingkat+"|"+normalize.IndikatorKunci(c.IndikatorID, c.Indikator)+"|"+itoa(c.Tahun), c.Utama)
	}
	for _, a := range doc.Anggaran {
		add("a|"+a.SatkerID+"|"+a.Kode+"|"+itoa(a.Tahun), a.Utama)
	}
	for _, s := range doc.Sakip {
		add("s|"+s.SatkerID+"|"+itoa(s.TahunDinilai), s.Utama)
	}
	for _, d := range doc.DPT {
		add("d|"+d.SatkerID+"|"+d.Pemilihan+"|"+d.TingkatWilayah+"|"+d.Wilayah+"|"+itoa(d.Tahun), d.Utama)
	}
	for _, r := range doc.RB {
		add("r|"+r.SatkerID+"|"+itoa(r.Tahun), r.Utama)
	}
	for k, c := range count {
		if c[1] != 1 {
			t.Errorf("%s: %d rows, %d utama (want exactly 1)", k, c[0], c[1])
		}
	}
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	s := ""
	for i > 0 {
		s = string(rune('0'+i%10)) + s
		i /= 10
	}
	return s
}

func TestAlor(t *testing.T) {
	doc := load(t, alorPath)
	if doc.Meta.SatkerID != "5305" || doc.Meta.Tahun != 2024 || doc.Meta.Synthetic {
		t.Fatalf("identity = %s %d synthetic=%v", doc.Meta.SatkerID, doc.Meta.Tahun, doc.Meta.Synthetic)
	}
	utamaOnce(t, doc)

	// Tabel 3.28, line 2079: "Total  Rp 4 | 4.980.284.000,- | Rp. 4 | 4.776.265.455,- | 99,55 % | Rp. | 204.018.54"
	tot := anggaran(doc, 2024, "TOTAL")
	if tot == nil || i64(tot.Pagu) != 44980284000 || i64(tot.Realisasi) != 44776265455 || i64(tot.Sisa) != 204018545 {
		t.Fatalf("TOTAL 2024 = %+v", tot)
	}
	// lines 87 and 2055: "alokasi anggaran awal sebesar *Rp. 28.518.161.000*,-" and "16 kali revisi DIPA"
	if i64(tot.PaguAwal) != 28518161000 || i64(tot.RevisiDIPA) != 16 {
		t.Errorf("TOTAL 2024 pagu_awal %d revisi %d", i64(tot.PaguAwal), i64(tot.RevisiDIPA))
	}
	// line 2071: "6639 (...) Rp. 19.571.045.000,- Rp. 19.571.037.620,- 100% Rp. 7.38" -> 7.380, repaired
	if a := anggaran(doc, 2024, "6639"); a == nil || i64(a.Sisa) != 7380 || a.KodeInduk != "076.01.CQ" {
		t.Errorf("6639 = %+v", a)
	}
	if !hasFinding(doc, "anggaran.sisa_diperbaiki", 2071) {
		t.Error("no anggaran.sisa_diperbaiki for line 2071")
	}
	// line 2070: "076.01.CQ ... Rp. 190.465.28" -> 190.465.289 (42.394.032.000 - 42.203.566.711)
	if a := anggaran(doc, 2024, "076.01.CQ"); a == nil || i64(a.Sisa) != 190465289 {
		t.Errorf("076.01.CQ = %+v", a)
	}
	// line 2074: "6870 ... Rp. 3.327.000,- Rp. 3.320.000,- ... Rp. 7.00" -> 7.000
	if a := anggaran(doc, 2024, "6870"); a == nil || i64(a.Sisa) != 7000 {
		t.Errorf("6870 = %+v", a)
	}
	// Tabel 3.29, lines 2088-2091: TA 2020-2023 totals
	for _, tc := range []struct {
		y         int
		pagu, rea int64
	}{{2020, 2789132000, 2563727690}, {2021, 2647819000, 2514190236}, {2022, 4599617000, 4120403002}, {2023, 30739764000, 30293217471}} {
		a := anggaran(doc, tc.y, "TOTAL")
		if a == nil || i64(a.Pagu) != tc.pagu || i64(a.Realisasi) != tc.rea {
			t.Errorf("TOTAL %d = %+v", tc.y, a)
		}
	}
	// line 2089: "TA 2021 ... 95,04 %" but 2.514.190.236 / 2.647.819.000 = 94,95 %
	if !hasFinding(doc, "anggaran.serapan_beda", 2089) {
		t.Error("no anggaran.serapan_beda for TA 2021")
	}

	// SAKIP: Tabel 3.6 lines 1184-1189 and line 1147 "nilai 73,15 atau predikat BB"
	s := sakip(doc, "5305", 2023)
	if s == nil || f64(s.Nilai) != 73.15 || s.Predikat != "BB" || s.Keyakinan != "tinggi" {
		t.Fatalf("sakip 5305/2023 = %+v", s)
	}
	var sum float64
	n := 0
	for _, k := range doc.SakipKomponen {
		if k.SatkerID == "5305" && k.TahunDinilai == 2023 {
			sum += f64(k.Nilai)
			n++
		}
	}
	if n != 4 || math.Abs(sum-73.15) > 1e-9 {
		t.Errorf("komponen: %d rows summing to %v", n, sum)
	}
	// line 1939: "... adalah 73,13 atau predikat BB"
	if !hasFinding(doc, "sakip.konflik_nilai", 1939) {
		t.Error("no sakip.konflik_nilai for 73,13 (line 1939)")
	}
	// line 1153 of the photo table: "Wilayah Provinsi 77,95 BB" (low confidence)
	if p := sakip(doc, "53", 2023); p == nil || f64(p.Nilai) != 77.95 || p.Keyakinan != "rendah" {
		t.Errorf("sakip 53 from photo = %+v", p)
	}

	// RB, line 1229: "27,21 (74,95%) dari bobot 36,30"
	var rb *facts.RB
	for i := range doc.RB {
		if doc.RB[i].Utama && doc.RB[i].Tahun == 2024 {
			rb = &doc.RB[i]
		}
	}
	if rb == nil || f64(rb.Nilai) != 27.21 || f64(rb.Bobot) != 36.30 || f64(rb.Persen) != 74.95 {
		t.Errorf("rb = %+v", rb)
	}

	// DPT, Tabel 3.11 lines 1322-1340: 18 kecamatan, TOTAL 175 desa, 510 TPS, 156.880 pemilih (Pilkada)
	kec, kab := sumDPT(t, doc, "kecamatan", "kabupaten")
	if kec.n != 18 || kec.pemilih != 156880 || kec.tps != 510 || kec.desa != 175 {
		t.Errorf("kecamatan: %d rows, %d pemilih, %d TPS, %d desa", kec.n, kec.pemilih, kec.tps, kec.desa)
	}
	if kab == nil || kab.SatkerID != "5305" || i64(kab.PemilihTotal) != 156880 || i64(kab.JumlahTPS) != 510 {
		t.Errorf("kabupaten row = %+v", kab)
	}

	// capaian sasaran strategis: 8 indicators (Tabel 3.1, lines 871-894)
	ss := 0
	for _, c := range doc.Capaian {
		if c.Utama && c.Tingkat == facts.SasaranStrategis {
			ss++
		}
	}
	if ss != 8 {
		t.Errorf("%d sasaran strategis indicators, want 8", ss)
	}
	// Tabel 3.4 line 1090: "100% | 70,45% | 70,45%" -> not achieved
	if c := capaian(doc, facts.SasaranStrategis, "ss.sarana_prasarana"); c == nil || f64(c.TargetNilai) != 100 ||
		f64(c.RealisasiNilai) != 70.45 || c.Tercapai == nil || *c.Tercapai {
		t.Errorf("sarana prasarana = %+v", c)
	}
	// Tabel 3.7 line 1197: "В | BB | 200%" -> grades, achieved, no recomputed percent
	if c := capaian(doc, facts.SasaranStrategis, "ss.akuntabilitas_kinerja"); c == nil || c.TargetTeks != "B" ||
		c.RealisasiTeks != "BB" || c.CapaianHitung != nil || c.Tercapai == nil || !*c.Tercapai || c.Satuan != "predikat" {
		t.Errorf("AKIP = %+v", c)
	}
	// Tabel 3.9 line 1237: "80 | 74,95% | 93,69%"
	if c := capaian(doc, facts.SasaranStrategis, "ss.reformasi_birokrasi"); c == nil || f64(c.TargetNilai) != 80 ||
		f64(c.RealisasiNilai) != 74.95 || f64(c.CapaianHitung) != 93.69 {
		t.Errorf("RB capaian = %+v", c)
	}
	// Tabel 3.1 line 873: two indicators merged in one row
	if !hasFinding(doc, "capaian.baris_gabungan", 873) {
		t.Error("no capaian.baris_gabungan for line 873")
	}
	// Tabel 3.23 line 1835 "100% | 81,82% | 81,82%" wins over Lampiran 2 line 2248 "100% | 100% | 100%"
	if c := capaian(doc, facts.SasaranKegiatan, "sk.sarana_transportasi"); c == nil || f64(c.RealisasiNilai) != 81.82 || c.Start != 1835 {
		t.Errorf("sarana transportasi = %+v", c)
	}
	if !hasFinding(doc, "capaian.konflik_tabel", 2248) {
		t.Error("no capaian.konflik_tabel for line 2248")
	}
	// OCR shard "10070" in Tabel 2.5 line 762
	if !hasFinding(doc, "nilai.tidak_terbaca", 762) {
		t.Error("no nilai.tidak_terbaca for line 762")
	}
}

func TestNTT(t *testing.T) {
	doc := load(t, nttPath)
	if doc.Meta.SatkerID != "53" || doc.Meta.Tahun != 2024 {
		t.Fatalf("identity = %s %d", doc.Meta.SatkerID, doc.Meta.Tahun)
	}
	utamaOnce(t, doc)

	// line 1114: "TOTAL 215,464,527,000 214,623,011,840 841,515,160 99.61%"
	tot := anggaran(doc, 2024, "TOTAL")
	if tot == nil || i64(tot.Pagu) != 215464527000 || i64(tot.Realisasi) != 214623011840 {
		t.Fatalf("TOTAL 2024 = %+v", tot)
	}
	// line 1112: "W.3360 Operasional Perkantoran ..." -> kegiatan 3360 under 076.01.WA
	if a := anggaran(doc, 2024, "3360"); a == nil || a.KodeInduk != "076.01.WA" || a.KodeTeks != "W.3360" {
		t.Errorf("3360 = %+v", a)
	}
	if !hasFinding(doc, "anggaran.kode_diperbaiki", 1112) {
		t.Error("no anggaran.kode_diperbaiki for W.3360")
	}
	// lines 1086-1088: outputs of 6709 sum to 21.759.447.000, not 22.124.094.000 (line 1085)
	if !hasFinding(doc, "anggaran.anak_tidak_sama_induk", 1085) {
		t.Error("no anggaran.anak_tidak_sama_induk for 6709")
	}
	// line 1126 (closing chapter): "Tahun Anggaran 2023 ... Rp. 65,695,164,000,- ... Rp. 64,633,322,602 ... 98.38%"
	a23 := anggaran(doc, 2023, "TOTAL")
	if a23 == nil || i64(a23.Pagu) != 65695164000 || i64(a23.Realisasi) != 64633322602 || f64(a23.SerapanLapor) != 98.38 {
		t.Errorf("TOTAL 2023 = %+v", a23)
	}
	if !hasFinding(doc, "fakta.tahun_lalu", 1126) {
		t.Error("no fakta.tahun_lalu for the 2023 total")
	}

	// line 969: "... pada tahun 2024 yang memperoleh predikat penilaian 77,95 atau kategori BB"
	if s := sakip(doc, "53", 2023); s == nil || f64(s.Nilai) != 77.95 || s.Predikat != "BB" || s.Keyakinan != "tinggi" {
		t.Errorf("sakip 53/2023 = %+v", s)
	}

	// DPT Pilkada, lines 1191-1218: 22 kabupaten/kota + province JUMLAH 9,877 TPS, 3,988,372 pemilih
	kab, prov := sumDPT(t, doc, "kabupaten", "provinsi")
	if kab.n != 22 || len(kab.ids) != 22 || kab.pemilih != 3988372 || kab.tps != 9877 {
		t.Errorf("kabupaten rows: %d (%d satkers), %d pemilih, %d TPS", kab.n, len(kab.ids), kab.pemilih, kab.tps)
	}
	if !kab.ids["5301"] || !kab.ids["5371"] {
		t.Error("KUPANG and KOTA KUPANG must be 5301 and 5371")
	}
	if prov == nil || prov.SatkerID != "53" || i64(prov.PemilihTotal) != 3988372 || i64(prov.JumlahTPS) != 9877 {
		t.Errorf("provinsi row = %+v", prov)
	}

	// line 523 (Pengukuran, agrees with the PK at line 462): 30%, not 25% (line 540)
	if c := capaian(doc, facts.SasaranStrategis, "ss.informasi_parpol"); c == nil || f64(c.TargetNilai) != 30 {
		t.Errorf("informasi parpol = %+v", c)
	}
	if !hasFinding(doc, "capaian.konflik_tabel", 540) {
		t.Error("no capaian.konflik_tabel for the 25% target (line 540)")
	}
	// line 526: RB index target 79 (PK line 463) wins over 78 (line 609)
	if c := capaian(doc, facts.SasaranStrategis, "ss.reformasi_birokrasi"); c == nil || f64(c.TargetNilai) != 79 {
		t.Errorf("RB index = %+v", c)
	}
	if !hasFinding(doc, "capaian.konflik_tabel", 609) {
		t.Error("no capaian.konflik_tabel for the 78 target (line 609)")
	}
	// lines 639-640: a bare one-indicator table "Nilai Akuntabilitas Kinerja | В | BB (77,95)"
	// is more specific than the chapter table at line 527 (rule 2)
	if c := capaian(doc, facts.SasaranStrategis, "ss.akuntabilitas_kinerja"); c == nil || c.Start != 640 || c.RealisasiTeks != "BB (77,95)" || c.Tercapai == nil || !*c.Tercapai {
		t.Errorf("AKIP = %+v", c)
	}
	// lines 485-486 (RKT): two indicators in one row, "77,5%" and the shard "1176"
	if c := capaian(doc, facts.SasaranStrategis, "ss.partisipasi_pemilih"); c == nil || f64(c.TargetNilai) != 77.5 {
		t.Errorf("partisipasi pemilih = %+v", c)
	}
	if c := capaian(doc, facts.SasaranStrategis, "ss.partisipasi_perempuan"); c == nil || c.TargetNilai != nil {
		t.Errorf("partisipasi perempuan = %+v", c)
	}
	if !hasFinding(doc, "nilai.tidak_terbaca", 486) {
		t.Error("no nilai.tidak_terbaca for the shard 1176 (line 486)")
	}
	// line 531 wins over line 724, whose values the PDF ran into the text
	if c := capaian(doc, facts.SasaranStrategis, "ss.jadwal_pemilu"); c == nil || c.Start != 531 {
		t.Errorf("jadwal pemilu = %+v", c)
	}
	// comparison tables read by their year row (labels shifted against the columns):
	// line 869 "2021 2022 2023 2024 2024" over line 870 "85% 85% 100%";
	// line 966 "2020 .. 2024 2021 2024" over line 967 "В В В BB BB (77,95)";
	// line 907: indicator cell cut to "informasi", named by the heading at line 891
	seri := map[string]string{}
	for _, r := range doc.CapaianSeri {
		if r.Utama {
			seri[r.IndikatorID+"/"+itoa(r.Tahun)+"/"+r.Jenis] = r.Teks
		}
	}
	for k, want := range map[string]string{
		"ss.naskah_akademik/2023/target":          "85%",
		"ss.naskah_akademik/2024/target":          "85%",
		"ss.naskah_akademik/2024/realisasi":       "100%",
		"ss.akuntabilitas_kinerja/2022/target":    "B",
		"ss.akuntabilitas_kinerja/2021/realisasi": "BB",
		"ss.opini_bpk/2020/target":                "WTP",
		"ss.keterbukaan_informasi/2020/target":    "-",
		"ss.keterbukaan_informasi/2022/target":    "100%",
		"ss.informasi_parpol/2022/realisasi":      "-",
		"ss.reformasi_birokrasi/2022/realisasi":   "89,25",
	} {
		if seri[k] != want {
			t.Errorf("seri %s = %q, want %q", k, seri[k], want)
		}
	}
	if _, ok := seri["ss.naskah_akademik/2023/realisasi"]; !ok {
		t.Error("seri naskah akademik 2023 realisasi missing (line 878)")
	}
	// the 2023 total (line 1126) states no sisa: pagu − realisasi of that
	// sentence, as for a table without a Sisa column
	if a23 != nil && (a23.Sisa == nil || *a23.Sisa != 65695164000-64633322602) {
		t.Errorf("TOTAL 2023 sisa = %+v, want pagu − realisasi = 1061841398", *a23)
	}
	// line 928: an RB index "tahun 2022 yaitu 89,25" whose footnote says 2021
	if !hasFinding(doc, "rb.tahun_tidak_pasti", 928) {
		t.Error("no rb.tahun_tidak_pasti")
	}
	for _, r := range doc.RB {
		if r.SatkerID == "53" {
			t.Errorf("contradictory RB loaded: %+v", r)
		}
	}
}
