package sample

import (
	"math"
	"math/rand/v2"
	"sort"
)

// line is one budget line of the DIPA tree: TOTAL → program → kegiatan →
// output. Children always sum to their parent.
type line struct {
	Kode     string // canonical: TOTAL, 076.01.WA, 3355, 3355.EBA.994
	Induk    string
	Uraian   string
	Tingkat  string // total, program, kegiatan, output
	Prog     string // WA or CQ (for writing 076.01.WA / WA.3355 / CQ.6639)
	Pagu     int64
	Real     int64
	Children []*line
}

func (l *line) sisa() int64 { return l.Pagu - l.Real }

// serapan is realisasi / pagu × 100, unrounded.
// serapanHitung is the absorption the validator recomputes: none when the
// pagu is zero, since realisasi / 0 states no rate (the table may still
// print 0 as its serapan).
func (l *line) serapanHitung() *float64 {
	if l.Pagu == 0 {
		return nil
	}
	return f64(round2(l.serapan()))
}

func (l *line) serapan() float64 {
	if l.Pagu == 0 {
		return 0
	}
	return float64(l.Real) / float64(l.Pagu) * 100
}

// walk visits the tree depth first, parents before children.
func (l *line) walk(f func(*line)) {
	f(l)
	for _, c := range l.Children {
		c.walk(f)
	}
}

type budget struct {
	Tahun    int
	Total    *line
	PaguAwal int64
	Revisi   int64
}

type outDef struct{ Kode, Uraian string }
type kegDef struct {
	Kode, Uraian string
	Outputs      []outDef
}

var kegWA = []kegDef{
	{"3355", "Pengelolaan Keuangan dan Barang Milik Negara", []outDef{{"3355.EBA.994", "Layanan Perkantoran"}}},
	{"3360", "Operasional Perkantoran dan Dukungan Sarana Prasarana", []outDef{{"3360.EBA.994", "Layanan Perkantoran"}, {"3360.EBB.951", "Layanan Sarana Internal"}}},
}

var kegCQ = []kegDef{
	{"6639", "Teknis Penyelenggaraan Pemilu/Pemilihan", []outDef{{"6639.BDB.001", "Fasilitasi Pengelolaan Desain Surat Suara, Dokumentasi, Daerah Pemilihan dan Alokasi Kursi"}}},
	{"6709", "Perencanaan Program dan Anggaran, serta Penyusunan Peraturan Pelaksanaan Penyelenggaraan Pemilu", []outDef{{"6709.QGE.001", "Perencanaan dan Penganggaran Pemilu"}, {"6709.QGE.002", "Fasilitasi Seleksi Calon Anggota KPU Provinsi dan KPU Kabupaten/Kota"}, {"6709.QGE.003", "Penyelenggaraan Pelatihan Teknis Kepemiluan"}, {"6709.QGE.004", "Dukungan Penyelenggaraan Pemilu"}}},
	{"6867", "Pembentukan Badan Adhoc", []outDef{{"6867.QGE.001", "Pembentukan Badan Adhoc Pemilu"}}},
	{"6870", "Masa Kampanye Pemilu", []outDef{{"6870.QGE.001", "Persiapan Kampanye Pemilu"}, {"6870.QGE.002", "Pengelolaan Kampanye Pemilu"}, {"6870.QGE.003", "Evaluasi dan Laporan Kegiatan Kampanye Pemilu"}}},
	{"6871", "Pengelolaan, Pengadaan, Laporan dan Dokumentasi Logistik", []outDef{{"6871.QGE.001", "Penyiapan dan Pengelolaan Logistik Pemilu"}, {"6871.QGE.002", "Pengelolaan Pengadaan Barang dan Jasa"}, {"6871.QGE.003", "Pengelolaan Dokumentasi Logistik"}}},
	{"6872", "Pemungutan dan Penghitungan Suara", []outDef{{"6872.QGE.001", "Fasilitasi Penyiapan Tahapan Pemungutan dan Penghitungan Suara"}, {"6872.QGE.002", "Pelaksanaan Tahapan Pemungutan dan Penghitungan Suara"}, {"6872.QGE.003", "Evaluasi Pelaksanaan Pemungutan dan Penghitungan Suara"}}},
	{"6981", "Pengucapan Sumpah/Janji Presiden dan Wakil Presiden serta Anggota DPR, DPD, DPRD Provinsi, dan DPRD Kabupaten/Kota", []outDef{{"6981.QGE.001", "Fasilitasi Penyiapan Sumpah Janji"}, {"6981.QGE.002", "Pelaksanaan Kegiatan Sumpah Janji"}}},
	{"6982", "Penetapan Hasil Pemilu", []outDef{{"6982.QGE.001", "Fasilitasi Penyiapan Penetapan Hasil Pemilu"}, {"6982.QGE.003", "Penyelesaian Sengketa Penetapan Hasil Pemilu"}}},
}

const (
	uraianWA = "Program Dukungan Manajemen"
	uraianCQ = "Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi"
)

// cqKegiatan is the set of CQ kegiatan a satker runs in a year: the whole
// election cycle in 2019 and 2024, preparation in 2023, planning otherwise.
func cqKegiatan(s *satker, y int) []kegDef {
	var want map[string]bool
	switch y {
	case 2019, 2024:
		want = map[string]bool{"6639": true, "6709": true, "6867": true, "6870": true, "6871": true, "6872": true, "6981": true, "6982": true}
	case 2023:
		want = map[string]bool{"6639": true, "6709": true, "6867": true, "6871": true}
	default:
		want = map[string]bool{"6639": true, "6709": true}
	}
	if s.Jenis == "provinsi" {
		delete(want, "6867")
	}
	var out []kegDef
	for _, k := range kegCQ {
		if want[k.Kode] {
			out = append(out, k)
		}
	}
	return out
}

// budgetScale is the rough pagu of a satker in a year, in rupiah.
func (w *world) budgetScale(s *satker, y int) float64 {
	r := w.rng("budget-scale", s.ID)
	f := 0.6 + r.Float64()
	base := 2.6e9
	if s.Jenis == "provinsi" {
		base = 14e9
	}
	switch y {
	case 2019:
		base *= 7
	case 2023:
		base *= 9
	case 2024:
		base *= 14
	}
	return base * f
}

// budget is the DIPA of satker s for fiscal year y.
func (w *world) budget(s *satker, y int) *budget {
	key := s.ID + "/" + itoa(y)
	r := w.rng("budget", s.ID, itoa(y))
	if fn, ok := realBudget[key]; ok {
		b := fn()
		w.fillOutputs(r, b.Total)
		return b
	}
	var pagu, real int64
	if t, ok := realTotals[key]; ok {
		pagu, real = t[0], t[1]
	} else {
		pagu = int64(w.budgetScale(s, y)/1000) * 1000
		real = int64(float64(pagu) * (0.88 + r.Float64()*0.115))
	}
	total := &line{Kode: "TOTAL", Uraian: "Total", Tingkat: "total", Pagu: pagu, Real: real}
	waShare := 0.75 - 0.1*r.Float64()
	if y == 2019 || y == 2023 || y == 2024 {
		waShare = 0.04 + 0.08*r.Float64()
	}
	wa := &line{Kode: "076.01.WA", Uraian: uraianWA, Tingkat: "program", Prog: "WA"}
	cq := &line{Kode: "076.01.CQ", Uraian: uraianCQ, Tingkat: "program", Prog: "CQ"}
	total.Children = []*line{wa, cq}
	splitLine(r, total, []float64{waShare, 1 - waShare})
	w.addKegiatan(r, wa, kegWA)
	w.addKegiatan(r, cq, cqKegiatan(s, y))
	b := &budget{Tahun: y, Total: total}
	if y == 2019 || y == 2023 || y == 2024 {
		b.PaguAwal = int64(float64(pagu)*(0.55+0.2*r.Float64())/1000) * 1000
		b.Revisi = int64(8 + r.IntN(10))
	} else {
		b.PaguAwal = int64(float64(pagu)*(0.95+0.06*r.Float64())/1000) * 1000
		b.Revisi = int64(2 + r.IntN(5))
	}
	if v, ok := realAwal[key]; ok {
		b.PaguAwal, b.Revisi = v[0], v[1]
	}
	return b
}

func (w *world) addKegiatan(r *rand.Rand, prog *line, defs []kegDef) {
	weights := make([]float64, len(defs))
	for i := range defs {
		weights[i] = 0.2 + r.Float64()
		prog.Children = append(prog.Children, &line{Kode: defs[i].Kode, Induk: prog.Kode, Uraian: defs[i].Uraian, Tingkat: "kegiatan", Prog: prog.Prog})
	}
	splitLine(r, prog, weights)
	for i, k := range prog.Children {
		addOutputs(r, k, defs[i].Outputs)
	}
}

// fillOutputs adds outputs under kegiatan that a real table gives without
// them, so every satker-year has the full tree.
func (w *world) fillOutputs(r *rand.Rand, total *line) {
	total.walk(func(l *line) {
		if l.Tingkat != "kegiatan" || len(l.Children) > 0 {
			return
		}
		for _, d := range append(kegWA, kegCQ...) {
			if d.Kode == l.Kode {
				addOutputs(r, l, d.Outputs)
				return
			}
		}
	})
}

func addOutputs(r *rand.Rand, k *line, defs []outDef) {
	if len(defs) == 0 {
		return
	}
	weights := make([]float64, len(defs))
	for i := range defs {
		weights[i] = 0.1 + r.Float64()
		k.Children = append(k.Children, &line{Kode: defs[i].Kode, Induk: k.Kode, Uraian: defs[i].Uraian, Tingkat: "output", Prog: k.Prog})
	}
	splitLine(r, k, weights)
}

// splitLine divides parent's pagu (in thousands) and realisasi over its
// children by weight, exactly: the largest child takes the rounding rest,
// and no child spends more than its pagu.
func splitLine(r *rand.Rand, p *line, weights []float64) {
	n := len(p.Children)
	if n == 0 {
		return
	}
	var ws float64
	for _, x := range weights {
		ws += x
	}
	thousands := p.Pagu / 1000
	var used int64
	big := 0
	for i, c := range p.Children {
		c.Pagu = int64(float64(thousands)*weights[i]/ws) * 1000
		used += c.Pagu
		if c.Pagu > p.Children[big].Pagu {
			big = i
		}
	}
	p.Children[big].Pagu += p.Pagu - used
	// Realisasi: a share per child around the parent's absorption.
	ratio := 0.0
	if p.Pagu > 0 {
		ratio = float64(p.Real) / float64(p.Pagu)
	}
	rw := make([]float64, n)
	var rs float64
	for i, c := range p.Children {
		f := ratio * (1 + (r.Float64()*0.08 - 0.04))
		if f > 1 {
			f = 1
		}
		rw[i] = float64(c.Pagu) * f
		rs += rw[i]
	}
	var got int64
	for i, c := range p.Children {
		if rs > 0 {
			c.Real = int64(math.Floor(float64(p.Real) * rw[i] / rs))
		}
		if c.Real > c.Pagu {
			c.Real = c.Pagu
		}
		got += c.Real
	}
	rest := p.Real - got
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return p.Children[order[a]].sisa() > p.Children[order[b]].sisa() })
	for _, i := range order {
		if rest <= 0 {
			break
		}
		c := p.Children[i]
		take := c.sisa()
		if take > rest {
			take = rest
		}
		c.Real += take
		rest -= take
	}
}
