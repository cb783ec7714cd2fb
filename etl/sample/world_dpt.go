package sample

import (
	"math/rand/v2"
	"strings"
)

// kec is one kecamatan of a kabupaten/kota; its village count is geography
// and does not change between elections.
type kec struct {
	Nama string // upper case, as the tables write it
	Desa int64
}

// dptRow is one line of a voter-roll table.
type dptRow struct {
	Wilayah string // kecamatan name (upper) or the kabupaten's satker id for province tables
	Satker  *satker
	Desa    int64 // 0 when the table has no village column
	TPS     int64
	L, P    int64
	Ket     string
}

func (d dptRow) total() int64 { return d.L + d.P }

var (
	sylA = []string{"WAI", "LEWO", "KOTA", "NUA", "RAI", "MAU", "BOLO", "TANA", "LELO", "KEWA", "WATU", "OE", "NDAO", "LAMA", "BAJA", "SOE", "ATA", "KOLI", "MANU", "RITA"}
	sylB = []string{"BARU", "LOLO", "MERE", "TAWA", "NGGELA", "PURA", "MESE", "LIA", "DORA", "LAKA", "BOKA", "RANA", "HUNI", "TOBI", "KASA", "LOMA", "NARE", "SINA"}
	sufx = []string{"", "", "", " BARAT", " TIMUR", " SELATAN", " UTARA", " TENGAH"}
)

// kecamatan lists a kabupaten/kota's kecamatan. Alor has its real ones.
func (w *world) kecamatan(s *satker) []kec {
	if s.Jenis == "provinsi" {
		return nil
	}
	if s.ID == "5305" {
		out := make([]kec, len(alorKec))
		for i, k := range alorKec {
			out[i] = kec{Nama: k.Nama, Desa: k.Desa}
		}
		return out
	}
	r := w.rng("kecamatan", s.ID)
	n := 5 + r.IntN(20)
	if s.Jenis == "kota" {
		n = 4 + r.IntN(6)
	}
	seen := map[string]bool{}
	out := make([]kec, 0, n)
	for len(out) < n {
		name := sylA[r.IntN(len(sylA))] + sylB[r.IntN(len(sylB))] + sufx[r.IntN(len(sufx))]
		if seen[name] {
			continue
		}
		seen[name] = true
		out = append(out, kec{Nama: name, Desa: int64(3 + r.IntN(18))})
	}
	return out
}

// election years and their elections.
func elections(y int) []string {
	switch y {
	case 2019:
		return []string{"pemilu"}
	case 2024:
		return []string{"pemilu", "pilkada"}
	}
	return nil
}

// dptKabTotal is a kabupaten/kota's voter roll for one election.
func (w *world) dptKabTotal(s *satker, pemilihan string, y int) dptRow {
	if y == 2024 && pemilihan == "pilkada" {
		if v, ok := realPilkada2024[s.ID]; ok {
			return dptRow{Satker: s, TPS: v.TPS, L: v.L, P: v.P, Ket: v.Ket}
		}
	}
	r := w.rng("dpt-size", s.ID)
	voters := 60000 + r.Float64()*340000
	if s.Jenis == "kota" {
		voters = 80000 + r.Float64()*450000
	}
	lshare := 0.48 + r.Float64()*0.04
	perTPS := 280 + r.Float64()*200
	ket := "-"
	if r.Float64() < 0.4 {
		ket = itoa(1+r.IntN(2)) + " TPS Loksus"
	}
	base := dptRow{Satker: s, TPS: int64(voters / perTPS), L: int64(voters * lshare), P: int64(voters * (1 - lshare)), Ket: ket}
	if pemilihan == "pilkada" && y == 2024 {
		return base
	}
	// Pemilu figures derive from the 2024 Pilkada roll: fewer voters
	// earlier in the year, many more (smaller) TPS.
	if p, ok := realPilkada2024[s.ID]; ok {
		base = dptRow{Satker: s, TPS: p.TPS, L: p.L, P: p.P}
	}
	e := w.rng("dpt-election", s.ID, pemilihan, itoa(y))
	f := 0.975 + e.Float64()*0.02
	tf := 1.35 + e.Float64()*0.2
	if y == 2019 {
		f = 0.88 + e.Float64()*0.06
		tf = 1.5 + e.Float64()*0.2
	}
	return dptRow{Satker: s, TPS: int64(float64(base.TPS) * tf), L: int64(float64(base.L) * f), P: int64(float64(base.P) * (f + 0.002)), Ket: "-"}
}

// dptKecamatan splits a kabupaten's roll over its kecamatan exactly.
func (w *world) dptKecamatan(s *satker, pemilihan string, y int) ([]dptRow, dptRow) {
	tot := w.dptKabTotal(s, pemilihan, y)
	ks := w.kecamatan(s)
	if s.ID == "5305" && y == 2024 && pemilihan == "pilkada" {
		rows := make([]dptRow, len(alorKec))
		for i, k := range alorKec {
			rows[i] = dptRow{Wilayah: k.Nama, Satker: s, Desa: k.Desa, TPS: k.TPS, L: k.L, P: k.P}
		}
		tot.Desa = sumDesa(rows)
		return rows, tot
	}
	r := w.rng("dpt-kec", s.ID, pemilihan, itoa(y))
	wt := make([]float64, len(ks))
	for i, k := range ks {
		wt[i] = float64(k.Desa) * (0.6 + r.Float64()*0.8)
	}
	tps := apportion(tot.TPS, wt, 1)
	ls := apportion(tot.L, jitter(r, wt), 50)
	ps := apportion(tot.P, jitter(r, wt), 50)
	rows := make([]dptRow, len(ks))
	for i, k := range ks {
		rows[i] = dptRow{Wilayah: k.Nama, Satker: s, Desa: k.Desa, TPS: tps[i], L: ls[i], P: ps[i]}
	}
	tot.Desa = sumDesa(rows)
	return rows, tot
}

func sumDesa(rows []dptRow) int64 {
	var n int64
	for _, r := range rows {
		n += r.Desa
	}
	return n
}

func jitter(r *rand.Rand, wt []float64) []float64 {
	out := make([]float64, len(wt))
	for i, x := range wt {
		out[i] = x * (0.9 + r.Float64()*0.2)
	}
	return out
}

// apportion splits total by weights into integers that sum exactly to
// total, each at least min when total allows it.
func apportion(total int64, wt []float64, min int64) []int64 {
	out := make([]int64, len(wt))
	if len(wt) == 0 {
		return out
	}
	if total < min*int64(len(wt)) {
		min = 0
	}
	var ws float64
	for _, x := range wt {
		ws += x
	}
	rest := total - min*int64(len(wt))
	var used int64
	big := 0
	for i, x := range wt {
		out[i] = min + int64(float64(rest)*x/ws)
		used += out[i]
		if out[i] > out[big] {
			big = i
		}
	}
	out[big] += total - used
	return out
}

// dptProvinsi lists a province's kabupaten/kota rows (each equal to that
// kabupaten's own total) and their sum.
func (w *world) dptProvinsi(p *satker, pemilihan string, y int) ([]dptRow, dptRow) {
	var rows []dptRow
	sum := dptRow{Satker: p}
	loksus := 0
	for _, k := range w.members[p.ID] {
		t := w.dptKabTotal(k, pemilihan, y)
		t.Desa = 0
		rows = append(rows, t)
		sum.TPS += t.TPS
		sum.L += t.L
		sum.P += t.P
		if n := leadingInt(t.Ket); n > 0 {
			loksus += n
		}
	}
	sum.Ket = "-"
	if loksus > 0 {
		sum.Ket = itoa(loksus) + " TPS Loksus"
	}
	return rows, sum
}

func leadingInt(s string) int {
	s = strings.TrimSpace(s)
	n := 0
	for i := 0; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
