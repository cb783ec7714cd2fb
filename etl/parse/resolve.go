package parse

import (
	"fmt"
	"hash/maphash"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// resolve marks exactly one row per natural key as Utama and reports the
// disagreements between the copies a report states.
func (p *parser) resolve() {
	p.resolveCapaian()
	p.resolveSeri()
	p.resolveAnggaran()
	p.resolveSakip()
	p.resolveRB()
	p.resolveDPT()
	p.unreadableFromProse() // a broken field's total told in a sentence (field_error_cells.go)
}

// valKey is a comparable form of a stated value: its number or grade.
func valKey(num *float64, teks string) string {
	if num != nil {
		return "n" + strconv.FormatFloat(*num, 'f', 4, 64) // = Sprintf("n%.4f"), without fmt
	}
	v := normalize.ParseValue(teks, normalize.Unknown)
	switch {
	case v.Grade != "":
		return "g" + v.Grade
	case v.Status == normalize.Empty:
		return ""
	case v.Word != "":
		return "w" + v.Word
	}
	return "t" + strings.ToLower(v.Text)
}

func (p *parser) resolveCapaian() {
	cs := p.doc.Capaian
	withGroups(len(cs), func(h *maphash.Hash, i int) {
		hashStr(h, cs[i].SatkerID)
		hashInt(h, cs[i].Tahun)
		hashStr(h, cs[i].Tingkat)
		hashKunci(h, cs[i].IndikatorID, cs[i].Indikator)
	}, func(i, j int) bool {
		a, b := &cs[i], &cs[j]
		return a.SatkerID == b.SatkerID && a.Tahun == b.Tahun && a.Tingkat == b.Tingkat &&
			normalize.IndikatorKunci(a.IndikatorID, a.Indikator) == normalize.IndikatorKunci(b.IndikatorID, b.Indikator)
	}, p.resolveCapaianGroups)
}

// resolveCapaianGroups chooses the row of each group of capaian rows with one key.
func (p *parser) resolveCapaianGroups(groups [][]int) {
	for _, idx := range groups {
		if len(idx) == 1 {
			// a row alone: rule 1 has no other target to differ from,
			// rules 2 and 3 nothing to choose, targetFromPK no other
			// row to copy from (its value keys were built for nothing,
			// issue 13)
			p.doc.Capaian[idx[0]].Utama = true
			continue
		}
		// rule 1: when targets differ, the target agreeing with the PK wins
		targets := map[string]bool{}
		pkTarget := ""
		for _, i := range idx {
			c := &p.doc.Capaian[i]
			t := valKey(c.TargetNilai, c.TargetTeks)
			if t != "" {
				targets[t] = true
			}
			if p.capMeta[i].pk && t != "" && pkTarget == "" {
				pkTarget = t
			}
		}
		cands := idx
		if len(targets) > 1 && pkTarget != "" {
			var agree []int
			for _, i := range idx {
				c := &p.doc.Capaian[i]
				if valKey(c.TargetNilai, c.TargetTeks) == pkTarget {
					agree = append(agree, i)
				}
			}
			if len(agree) > 0 {
				cands = agree
			}
		}
		// rule 2 and 3: the most specific table, then the earlier one
		best := cands[0]
		for _, i := range cands[1:] {
			a, b := p.capMeta[i], p.capMeta[best]
			if a.rank < b.rank || a.rank == b.rank && p.doc.Capaian[i].Start < p.doc.Capaian[best].Start {
				best = i
			}
		}
		p.doc.Capaian[best].Utama = true
		u := &p.doc.Capaian[best]
		p.targetFromPK(u, idx)
		for _, i := range idx {
			if i == best {
				continue
			}
			c := &p.doc.Capaian[i]
			var diffs []string
			if d := differ("target", u.TargetNilai, u.TargetTeks, c.TargetNilai, c.TargetTeks); d != "" {
				diffs = append(diffs, d)
			}
			if d := differ("realisasi", u.RealisasiNilai, u.RealisasiTeks, c.RealisasiNilai, c.RealisasiTeks); d != "" {
				diffs = append(diffs, d)
			}
			if len(diffs) == 0 {
				continue
			}
			p.find("capaian.konflik_tabel", facts.Warning, c.Start, c.End, c.TargetTeks+" / "+c.RealisasiTeks,
				"%s: %s (baris %d) menyatakan %s; dipakai %s (baris %d)", c.Indikator, c.Sumber, c.Start,
				strings.Join(diffs, ", "), u.Sumber, u.Start)
		}
	}
}

// differ describes how a kept row's value differs from the chosen one;
// "" when either side is silent or they agree.
func differ(what string, un *float64, ut string, cn *float64, ct string) string {
	a, b := valKey(un, ut), valKey(cn, ct)
	if a == "" || b == "" || a == b {
		return ""
	}
	return fmt.Sprintf("%s %s, bukan %s", what, ct, ut)
}

func (p *parser) resolveSeri() {
	ss := p.doc.CapaianSeri
	withGroups(len(ss), func(h *maphash.Hash, i int) {
		hashStr(h, ss[i].SatkerID)
		hashKunci(h, ss[i].IndikatorID, ss[i].Indikator)
		hashInt(h, ss[i].Tahun)
		hashStr(h, ss[i].Jenis)
	}, func(i, j int) bool {
		a, b := &ss[i], &ss[j]
		return a.SatkerID == b.SatkerID && a.Tahun == b.Tahun && a.Jenis == b.Jenis &&
			normalize.IndikatorKunci(a.IndikatorID, a.Indikator) == normalize.IndikatorKunci(b.IndikatorID, b.Indikator)
	}, func(groups [][]int) {
		for _, idx := range groups {
			ss[idx[0]].Utama = true // the first of each key
		}
	})
}

func (p *parser) resolveAnggaran() {
	as := p.doc.Anggaran
	withGroups(len(as), func(h *maphash.Hash, i int) {
		hashStr(h, as[i].SatkerID)
		hashInt(h, as[i].Tahun)
		hashStr(h, as[i].Kode)
	}, func(i, j int) bool {
		return as[i].SatkerID == as[j].SatkerID && as[i].Tahun == as[j].Tahun && as[i].Kode == as[j].Kode
	}, p.resolveAnggaranGroups)
}

// resolveAnggaranGroups chooses the row of each group of budget rows with one key.
func (p *parser) resolveAnggaranGroups(groups [][]int) {
	p.scaleGuard(groups) // a power-of-a-thousand gap is a scale doubt, not two figures
	for _, idx := range groups {
		best := idx[0]
		for _, i := range idx[1:] {
			a, b := p.angMeta[i], p.angMeta[best]
			if a.rank < b.rank || a.rank == b.rank && p.doc.Anggaran[i].Start < p.doc.Anggaran[best].Start {
				best = i
			}
		}
		u := &p.doc.Anggaran[best]
		u.Utama = true
		for _, i := range idx {
			if i == best {
				continue
			}
			a := &p.doc.Anggaran[i]
			// prose completes the total: initial pagu, DIPA revisions
			if u.PaguAwal == nil && a.PaguAwal != nil {
				u.PaguAwal = a.PaguAwal
			}
			if u.RevisiDIPA == nil && a.RevisiDIPA != nil {
				u.RevisiDIPA = a.RevisiDIPA
			}
			p.proseSerapan(u, a) // the total's percent from the sentence beside its table (anggaran_prose_serapan.go)
			if u.Pagu == nil && a.Pagu != nil && a.Realisasi != nil && u.Realisasi == nil {
				continue
			}
			for _, d := range []struct {
				what string
				x, y *int64
			}{{"pagu", u.Pagu, a.Pagu}, {"realisasi", u.Realisasi, a.Realisasi}} {
				if d.x != nil && d.y != nil && *d.x != *d.y {
					p.find("anggaran.konflik_sumber", facts.Warning, a.Start, a.End, fmt.Sprint(*d.y),
						"%s %s tahun %d: %s (baris %d) menyatakan %d; dipakai %d dari %s (baris %d)",
						d.what, a.Kode, a.Tahun, a.Sumber, a.Start, *d.y, *d.x, u.Sumber, u.Start)
				}
			}
		}
	}
}

func (p *parser) resolveSakip() {
	groups := map[string][]int{}
	var order []string
	for i, s := range p.doc.Sakip {
		k := s.SatkerID + "|" + itoa(s.TahunDinilai)
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], i)
	}
	score := func(i int) int {
		s := 0
		if p.skMeta[i].komponen {
			s += 4
		}
		if p.doc.Sakip[i].Keyakinan == "tinggi" {
			s += 2
		}
		return s
	}
	for _, k := range order {
		idx := groups[k]
		best := idx[0]
		for _, i := range idx[1:] {
			if score(i) > score(best) {
				best = i
			}
		}
		u := &p.doc.Sakip[best]
		u.Utama = true
		// a component-backed total without a grade takes it from prose
		for _, i := range idx {
			s := &p.doc.Sakip[i]
			if i == best {
				continue
			}
			if u.Predikat == "" && s.Predikat != "" && s.Nilai != nil && u.Nilai != nil && *s.Nilai == *u.Nilai {
				u.Predikat = s.Predikat
			}
			if s.Nilai != nil && u.Nilai != nil && math.Abs(*s.Nilai-*u.Nilai) > 0.001 || s.Predikat != "" && u.Predikat != "" && s.Predikat != u.Predikat {
				p.find("sakip.konflik_nilai", facts.Warning, s.Start, s.End, fmtNum(s.Nilai)+" "+s.Predikat,
					"SAKIP %s tahun %d: %s (baris %d) menyatakan %s %s; dipakai %s %s (%s, baris %d)",
					s.SatkerID, s.TahunDinilai, s.Sumber, s.Start, fmtNum(s.Nilai), s.Predikat, fmtNum(u.Nilai), u.Predikat, u.Sumber, u.Start)
			}
		}
		p.predikatFromBand(u, idx)
	}
}

func (p *parser) resolveRB() {
	groups := map[string][]int{}
	var order []string
	for i, r := range p.doc.RB {
		k := r.SatkerID + "|" + itoa(r.Tahun)
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], i)
	}
	fields := func(r *facts.RB) int {
		n := 0
		for _, v := range []*float64{r.Nilai, r.Bobot, r.Persen} {
			if v != nil {
				n++
			}
		}
		return n
	}
	for _, k := range order {
		idx := groups[k]
		sort.SliceStable(idx, func(a, b int) bool { return fields(&p.doc.RB[idx[a]]) > fields(&p.doc.RB[idx[b]]) })
		p.doc.RB[idx[0]].Utama = true
	}
}

func (p *parser) resolveDPT() {
	ds := p.doc.DPT
	withGroups(len(ds), func(h *maphash.Hash, i int) {
		hashStr(h, ds[i].SatkerID)
		hashStr(h, ds[i].Pemilihan)
		hashInt(h, ds[i].Tahun)
		hashStr(h, ds[i].TingkatWilayah)
		hashStr(h, strings.ToUpper(ds[i].Wilayah))
	}, func(i, j int) bool {
		a, b := &ds[i], &ds[j]
		return a.SatkerID == b.SatkerID && a.Pemilihan == b.Pemilihan && a.Tahun == b.Tahun &&
			a.TingkatWilayah == b.TingkatWilayah && strings.ToUpper(a.Wilayah) == strings.ToUpper(b.Wilayah)
	}, func(groups [][]int) {
		for _, idx := range groups {
			ds[idx[0]].Utama = true // the first of each key
		}
	})
}

// targetFromPK completes a chosen row that states no target (a realisation
// table without a Target column) with the target another table of the
// report states for the same indicator, the Perjanjian Kinerja first.
func (p *parser) targetFromPK(u *facts.Capaian, idx []int) {
	if u.TargetTeks != "" {
		return
	}
	from := -1
	for _, i := range idx {
		c := &p.doc.Capaian[i]
		if c == u || c.TargetTeks == "" {
			continue
		}
		if from < 0 || p.capMeta[i].pk && !p.capMeta[from].pk {
			from = i
		}
	}
	if from < 0 {
		return
	}
	c := &p.doc.Capaian[from]
	u.TargetTeks, u.TargetNilai = c.TargetTeks, c.TargetNilai
	if tv := normalize.ParseValue(c.TargetTeks, normalize.Unknown); tv.Grade != "" {
		u.Satuan = "predikat"
	} else if u.Satuan == "" {
		u.Satuan = c.Satuan
	}
	p.find("capaian.target_dari_tabel_lain", facts.Info, u.Start, u.End, c.TargetTeks,
		"%s: %s tidak menyebut target; target %s dari %s (baris %d)", u.Indikator, u.Sumber, c.TargetTeks, c.Sumber, c.Start)
}

// predikatFromBand gives a score stated without its predikat the predikat
// of its band: the evaluation rules fix the bands (AA > 90, A > 80, BB > 70,
// B > 60, CC > 50, C > 30, D), so the score proves its grade. Only when no
// copy of the row states a grade; the finding says it was derived.
func (p *parser) predikatFromBand(u *facts.Sakip, idx []int) {
	if u.Predikat != "" || u.Nilai == nil || *u.Nilai <= 0 || *u.Nilai > 100 {
		return
	}
	for _, i := range idx {
		if p.doc.Sakip[i].Predikat != "" || p.skMeta[i].disputed {
			return
		}
	}
	u.Predikat = normalize.GradeOf(*u.Nilai)
	p.find("sakip.predikat_dari_nilai", facts.Info, u.Start, u.End, fmtNum(u.Nilai)+" "+u.Predikat,
		"SAKIP %s tahun %d: predikat tidak disebut; %s menurut rentang nilai %s", u.SatkerID, u.TahunDinilai, u.Predikat, fmtNum(u.Nilai))
}
