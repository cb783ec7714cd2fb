package sample

import (
	"encoding/binary"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"strconv"

	"github.com/kpu-ntt/lkj/etl/normalize"
	"github.com/kpu-ntt/lkj/etl/validate"
)

// world holds the facts of every satker and year, generated on demand as a
// pure function of (seed, satker, year, family). Two documents stating the
// same fact (the province's DPT row of a kabupaten and that kabupaten's own
// total; a multi-year budget table and last year's report) therefore always
// agree, and generation order never matters.
type world struct {
	seed    int64
	r       rates
	all     []*satker
	byID    map[string]*satker
	members map[string][]*satker // province id → its kabupaten/kota in wilayah.csv order
	refInd  map[string]string
	mixed   bool // --styles mixed or mixed-holdout: every text document in style "campuran"
	holdout bool // mixed-holdout: tables draw only held-out combinations
}

func newWorld(seed int64, r rates, all []*satker) *world {
	w := &world{seed: seed, r: r, all: all, byID: map[string]*satker{}, members: map[string][]*satker{}, refInd: refIndikator()}
	for _, s := range all {
		w.byID[s.ID] = s
		if s.Jenis != "provinsi" {
			w.members[s.ProvID] = append(w.members[s.ProvID], s)
		}
	}
	return w
}

// rng returns a PCG source seeded from the options' seed and the parts, so
// each fact family of each satker-year has its own reproducible stream.
func (w *world) rng(parts ...string) *rand.Rand {
	h := fnv.New64a()
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], uint64(w.seed))
	h.Write(b[:])
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	a := h.Sum64()
	return rand.New(rand.NewPCG(a, a*0x9E3779B97F4A7C15+0xBF58476D1CE4E5B9))
}

func itoa(i int) string { return strconv.Itoa(i) }

// chance draws one Bernoulli trial.
func chance(r *rand.Rand, p float64) bool { return p > 0 && r.Float64() < p }

// between draws a uniform value in [lo, hi) rounded to two decimals.
func between(r *rand.Rand, lo, hi float64) float64 { return round2(lo + r.Float64()*(hi-lo)) }

// ---- SAKIP and RB ----

// komponen ids and weights (PermenPAN-RB 88/2021, for satkers).
var komponen = []struct {
	ID, Nama string
	Bobot    float64
}{
	{"perencanaan", "Perencanaan Kinerja", 30},
	{"pengukuran", "Pengukuran Kinerja", 30},
	{"pelaporan", "Pelaporan Kinerja", 15},
	{"evaluasi_internal", "Evaluasi Akuntabilitas Kinerja Internal", 25},
}

type sakipVal struct {
	Komp  [4]int64 // hundredths
	Total int64    // hundredths, = sum of Komp
}

func (v sakipVal) nilai() float64 { return fromCents(v.Total) }

// predikatOf maps a score to its band (AA > 90, A > 80, BB > 70, B > 60,
// CC > 50, C > 30, D ≤ 30): the one rule of normalize.GradeOf.
func predikatOf(v float64) string { return normalize.GradeOf(v) }

var gradeRank = map[string]int{"AA": 7, "A": 6, "BB": 5, "B": 4, "CC": 3, "C": 2, "D": 1}

// sakip is the evaluation of satker s for evaluated year t.
func (w *world) sakip(s *satker, t int) sakipVal {
	if v, ok := realSakip[s.ID+"/"+itoa(t)]; ok {
		return v
	}
	base := w.rng("sakip-base", s.ID).Float64()*16 + 62 // 62..78
	r := w.rng("sakip", s.ID, itoa(t))
	total := cents(base + float64(t-2020)*0.8 + r.Float64()*6 - 2)
	return splitSakip(r, total)
}

// splitSakip divides a total score over the four weighted components so
// they sum exactly to it.
func splitSakip(r *rand.Rand, total int64) sakipVal {
	v := sakipVal{Total: total}
	ratio := float64(total) / 10000
	var sum int64
	for i := 0; i < 3; i++ {
		f := ratio * (1 + (r.Float64()*0.12 - 0.06))
		if f > 0.98 {
			f = 0.98
		}
		v.Komp[i] = int64(math.Round(komponen[i].Bobot * 100 * f))
		sum += v.Komp[i]
	}
	v.Komp[3] = total - sum
	if v.Komp[3] < 0 || v.Komp[3] > 2500 {
		sum = 0
		for i := 0; i < 3; i++ {
			v.Komp[i] = int64(math.Round(komponen[i].Bobot * 100 * ratio))
			sum += v.Komp[i]
		}
		v.Komp[3] = total - sum
	}
	return v
}

type rbVal struct{ Nilai, Bobot, Persen float64 }

// rb is the Reformasi Birokrasi evaluation of satker s in year y.
func (w *world) rb(s *satker, y int) rbVal {
	if v, ok := realRB[s.ID+"/"+itoa(y)]; ok {
		return v
	}
	r := w.rng("rb", s.ID, itoa(y))
	bobot := 36.30
	p := 0.55 + r.Float64()*0.37
	n := round2(bobot * p)
	return rbVal{Nilai: n, Bobot: bobot, Persen: round2(n / bobot * 100)}
}

// ---- capaian ----

// capVal is one indicator's figures in one year.
type capVal struct {
	Target    float64
	Realisasi float64
	TGrade    string // predikat indicators
	RGrade    string
	Missing   bool // realisasi not published: written as a word, loads NULL
}

func (w *world) capaian(s *satker, ind *indikator, y int) capVal {
	v := capVal{Target: ind.target(y), TGrade: ind.Grade}
	if ind.Satuan == "kecamatan" {
		v.Target = float64(len(w.kecamatan(s)))
		v.Realisasi = v.Target
		return v
	}
	r := w.rng("capaian", s.ID, ind.Kode, itoa(y))
	switch {
	case ind.SAKIP:
		v.RGrade = predikatOf(w.sakip(s, y-1).nilai())
		v.Missing = chance(r, w.r.Missing)
		return v
	case ind.RB:
		v.Realisasi = w.rb(s, y).Persen
		v.Missing = chance(r, w.r.Missing)
		return v
	}
	if rv, ok := realCapaian[s.ID+"/"+itoa(y)+"/"+ind.Kode]; ok {
		v.Realisasi = rv
		return v
	}
	switch ind.Satuan {
	case "laporan":
		v.Realisasi = v.Target
		if chance(r, 0.1) {
			v.Realisasi = v.Target - 1
		}
	case "kali":
		v.Realisasi = float64(r.IntN(12) + 4)
	default:
		if ind.Arah == "turun" {
			v.Realisasi = between(r, 0, v.Target*1.3)
			break
		}
		p := r.Float64()
		switch {
		case v.Target >= 100 && p < 0.75, v.Target < 100 && p < 0.5:
			v.Realisasi = 100
		case v.Target < 100 && p < 0.8:
			v.Realisasi = between(r, v.Target, 100)
		default:
			v.Realisasi = between(r, math.Max(40, v.Target-30), v.Target)
		}
	}
	return v
}

// hitung recomputes capaian per KPU juknis with the validator's own
// formula and rounding; ok is false for grades and missing values.
func hitung(ind *indikator, v capVal) (float64, bool) {
	if ind.Arah == "predikat" || v.Missing || v.Target == 0 {
		return 0, false
	}
	return validate.Hitung(v.Target, v.Realisasi, ind.Arah)
}

// tercapai says whether the target was met, by number or by grade rank.
func tercapai(ind *indikator, v capVal) (bool, bool) {
	if v.Missing {
		return false, false
	}
	if ind.Arah == "predikat" {
		return gradeRank[v.RGrade] >= gradeRank[v.TGrade], true
	}
	h, ok := hitung(ind, v)
	return h >= 100, ok
}
