// Package validate checks the arithmetic and consistency of a document's
// facts, fills the computed columns (capaian_hitung, tercapai,
// serapan_hitung, indikator_id), repairs what a row proves (a sisa cell cut
// off by the PDF column) and records every doubt as a finding.
//
// It works on facts from any reader (text parser, CSV/XLSX templates), so
// it looks only at the typed facts, never at the source text.
package validate

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/indicator"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Document fills computed columns (capaian_hitung, tercapai when nil,
// serapan_hitung, indikator_id via package indicator when empty), repairs
// what the row proves (cut-off sisa), and appends findings.
func Document(doc *facts.Document) {
	if doc == nil {
		return
	}
	defer func() {
		// a bug here must reject the document, not crash the run
		if r := recover(); r != nil {
			doc.Add(facts.Finding{Aturan: "validasi.galat", Tingkat: facts.Error, Pesan: fmt.Sprintf("validasi gagal: %v", r)})
		}
	}()
	v := &validator{doc: doc}
	v.capaian()
	v.seri()
	v.anggaran()
	v.sakip()
	v.dpt()
	v.earlier()
}

type validator struct {
	doc *facts.Document
}

func (v *validator) find(rule, sev string, sp facts.Span, nilai, format string, args ...any) {
	if sp.End < sp.Start {
		sp.End = sp.Start
	}
	v.doc.Add(facts.Finding{Span: sp, Aturan: rule, Tingkat: sev, Pesan: fmt.Sprintf(format, args...), Nilai: nilai})
}

// Round2 rounds half away from zero to two decimals, the way the contract
// stores recomputed values (92.075 → 92.08 although the binary 92.075 lies
// just below it). Package sample uses it for the truth, so both agree.
func Round2(x float64) float64 { return roundTo(x, 2) }

func round2(x float64) float64 { return Round2(x) }

func roundTo(x float64, dec int) float64 {
	p := math.Pow(10, float64(dec))
	return math.Round(x*p+math.Copysign(1e-9, x)) / p
}

// decimals is the number of decimals a reported value was written with.
func decimals(x float64) int {
	s := strconv.FormatFloat(x, 'f', -1, 64)
	if i := strings.IndexByte(s, '.'); i >= 0 {
		return len(s) - i - 1
	}
	return 0
}

func fnum(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }

// Hitung computes a capaian per the KPU juknis: higher-is-better
// realisasi/target×100, lower-is-better (target−(realisasi−target))/target×100,
// rounded to two decimals. ok is false when it cannot be computed.
func Hitung(target, realisasi float64, arah string) (float64, bool) {
	if target == 0 || math.IsNaN(target) || math.IsNaN(realisasi) {
		return 0, false
	}
	if arah == "turun" {
		return round2((target - (realisasi - target)) / target * 100), true
	}
	return round2(realisasi / target * 100), true
}

func (v *validator) capaian() {
	unknown := map[string]bool{}
	reported := map[string]bool{}
	for i := range v.doc.Capaian {
		c := &v.doc.Capaian[i]
		if c.IndikatorID == "" && c.Indikator != "" {
			if id, _, ok := indicator.Match(c.Indikator); ok {
				c.IndikatorID = id
			} else if k := normalize.Key(c.Indikator); !unknown[k] {
				unknown[k] = true
				v.find("capaian.indikator_tidak_dikenal", facts.Warning, c.Span, c.Indikator,
					"indikator %q tidak ada di schemas/ref/indikator.csv", c.Indikator)
			}
		}
		arah, known := "naik", false
		if e, ok := indicator.Lookup(c.IndikatorID); ok {
			arah, known = e.Arah, true
			if c.Satuan == "" {
				c.Satuan = e.Satuan
			}
		}
		arah, known = boundArah(c.TargetTeks, arah, known)
		tg, rg := normalize.Grade(strings.TrimSpace(c.TargetTeks)), normalize.Grade(strings.TrimSpace(c.RealisasiTeks))
		if tg == "" {
			tg = gradeOfText(c.TargetTeks)
		}
		if rg == "" {
			rg = gradeOfText(c.RealisasiTeks)
		}
		if !known && tg == "" && rg == "" && lowerProven(c) {
			arah = "turun"
			v.find("capaian.arah_dari_lapor", facts.Info, c.Span, c.CapaianTeks,
				"%s: indikator tidak dikenal; capaian dilaporkan %s sesuai rumus semakin rendah semakin baik, bukan rumus biasa",
				c.Indikator, fnum(*c.CapaianLapor))
		}
		c.CapaianHitung = nil
		if tg == "" && rg == "" && c.TargetNilai != nil && c.RealisasiNilai != nil && arah != "predikat" {
			if h, ok := Hitung(*c.TargetNilai, *c.RealisasiNilai, arah); ok {
				c.CapaianHitung = &h
			}
		}
		if c.Tercapai == nil {
			switch {
			case c.CapaianHitung != nil:
				c.Tercapai = facts.B(*c.CapaianHitung >= 100)
			case tg != "" && rg != "":
				c.Tercapai = facts.B(normalize.GradeRank(rg) >= normalize.GradeRank(tg))
			case opinionRank[opinionOf(c.TargetTeks)] > 0 && opinionRank[opinionOf(c.RealisasiTeks)] > 0:
				// audit opinions compare by rank too: WTP > WDP > TMP > TW
				c.Tercapai = facts.B(opinionRank[opinionOf(c.RealisasiTeks)] >= opinionRank[opinionOf(c.TargetTeks)])
			default:
				switch normalize.ParseValue(c.CapaianTeks, normalize.Unknown).Word {
				case "tercapai":
					c.Tercapai = facts.B(true)
				case "tidak_tercapai":
					c.Tercapai = facts.B(false)
				}
			}
			if c.Tercapai == nil && textPair(c) {
				// a NULL measure always says why
				v.find("capaian.tercapai_tidak_ditentukan", facts.Info, c.Span, c.TargetTeks+" / "+c.RealisasiTeks,
					"%s: target %q dan realisasi %q bukan predikat atau opini yang dapat dibandingkan; tercapai dibiarkan kosong",
					c.Indikator, c.TargetTeks, c.RealisasiTeks)
			}
		}
		if c.CapaianLapor != nil && c.CapaianHitung != nil && math.Abs(*c.CapaianLapor-*c.CapaianHitung) > 0.01 {
			k := c.Tingkat + "|" + c.IndikatorID + "|" + normalize.Key(c.Indikator) + "|" + fnum(*c.CapaianLapor) + "|" + fnum(*c.CapaianHitung)
			if !reported[k] {
				reported[k] = true
				v.find("capaian.beda_lapor_hitung", facts.Warning, c.Span, c.CapaianTeks,
					"%s: capaian dilaporkan %s, dihitung %s (target %s, realisasi %s)",
					c.Indikator, fnum(*c.CapaianLapor), fnum(*c.CapaianHitung), c.TargetTeks, c.RealisasiTeks)
			}
		}
	}
}

// lowerProven: for an indicator the reference does not know, the reported
// capaian is the lower-is-better one, (t−(r−t))/t, and not r/t. The report's
// own arithmetic is then the only word on the indicator's direction (a
// "tidak ditindaklanjuti" or "pelanggaran" share is better low); without a
// reported capaian, or when both readings fit it, nothing is proven.
func lowerProven(c *facts.Capaian) bool {
	if c.CapaianLapor == nil || c.TargetNilai == nil || c.RealisasiNilai == nil {
		return false
	}
	up, ok1 := Hitung(*c.TargetNilai, *c.RealisasiNilai, "naik")
	down, ok2 := Hitung(*c.TargetNilai, *c.RealisasiNilai, "turun")
	return ok1 && ok2 && fitsLapor(down, *c.CapaianLapor) && !fitsLapor(up, *c.CapaianLapor)
}

// fitsLapor: h rounded as the report rounded its figure equals it.
func fitsLapor(h, lapor float64) bool {
	return math.Abs(roundTo(h, min(decimals(lapor), 2))-lapor) <= 0.01
}

// gradeOfText finds a grade written with its score, "BB (77,95)".
func gradeOfText(t string) string {
	t = strings.TrimSpace(t)
	if i := strings.IndexByte(t, '('); i > 0 {
		return normalize.Grade(strings.TrimSpace(t[:i]))
	}
	return ""
}

func (v *validator) seri() {
	for i := range v.doc.CapaianSeri {
		s := &v.doc.CapaianSeri[i]
		if s.IndikatorID == "" && s.Indikator != "" {
			if id, _, ok := indicator.Match(s.Indikator); ok {
				s.IndikatorID = id
			}
		}
	}
}

func (v *validator) anggaran() {
	for i := range v.doc.Anggaran {
		a := &v.doc.Anggaran[i]
		v.sisa(a)
		if raw, ok := serapan(a.Pagu, a.Realisasi); ok {
			h := round2(raw)
			a.SerapanHitung = &h
			if a.SerapanLapor != nil {
				d := decimals(*a.SerapanLapor)
				if d > 2 {
					d = 2
				}
				if math.Abs(roundTo(raw, d)-*a.SerapanLapor) > 0.01 {
					v.find("anggaran.serapan_beda", facts.Warning, a.Span, fnum(*a.SerapanLapor),
						"%s tahun %d: serapan dilaporkan %s%%, dihitung %s%%", label(a), a.Tahun, fnum(*a.SerapanLapor), fnum(h))
				}
			}
		}
	}
	v.sums()
}

// sisa repairs a sisa cell cut off by the PDF column when pagu − realisasi
// proves it (the written digits are a prefix of the proven amount), and
// flags a stated sisa that does not match.
func (v *validator) sisa(a *facts.Anggaran) {
	var proven *int64
	if a.Pagu != nil && a.Realisasi != nil {
		d := *a.Pagu - *a.Realisasi
		proven = &d
	}
	// a sisa the document does not state stays NULL: the contract carries
	// what the report says, and pagu − realisasi is one subtraction away
	if a.Sisa == nil && a.SisaTeks != "" {
		digits := onlyDigits(a.SisaTeks)
		if proven != nil && *proven >= 0 && digits != "" && strings.HasPrefix(strconv.FormatInt(*proven, 10), digits) {
			a.Sisa = proven
			v.find("anggaran.sisa_diperbaiki", facts.Warning, a.Span, a.SisaTeks,
				"%s tahun %d: sisa tertulis %q terpotong; diperbaiki menjadi %d (pagu − realisasi)", a.Kode, a.Tahun, a.SisaTeks, *proven)
			return
		}
		v.find("anggaran.sisa_tidak_cocok", facts.Warning, a.Span, a.SisaTeks,
			"%s tahun %d: sisa tertulis %q tidak dapat dibaca dan tidak dibuktikan oleh pagu − realisasi; dimuat NULL", a.Kode, a.Tahun, a.SisaTeks)
		return
	}
	if a.Sisa != nil && proven != nil && *a.Sisa != *proven {
		v.find("anggaran.sisa_tidak_cocok", facts.Warning, a.Span, strconv.FormatInt(*a.Sisa, 10),
			"%s tahun %d: sisa %d ≠ pagu − realisasi = %d", a.Kode, a.Tahun, *a.Sisa, *proven)
	}
}

// Serapan is the budget absorption the contract stores as serapan_hitung:
// realisasi / pagu x 100, rounded half away from zero to two decimals; nil
// without both amounts or with no pagu. This is the one place it is
// computed: stg_anggaran only falls back to the reported percent.
func Serapan(pagu, realisasi *int64) *float64 {
	raw, ok := serapan(pagu, realisasi)
	if !ok {
		return nil
	}
	h := round2(raw)
	return &h
}

func serapan(pagu, realisasi *int64) (float64, bool) {
	if pagu == nil || realisasi == nil || *pagu <= 0 {
		return 0, false
	}
	return float64(*realisasi) / float64(*pagu) * 100, true
}

// label names a budget line in messages: its code and description.
func label(a *facts.Anggaran) string {
	if a.Uraian == "" {
		return a.Kode
	}
	return a.Kode + " " + a.Uraian
}

func onlyDigits(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// sums checks that children sum to their parent within one table: outputs
// to their kegiatan, kegiatan to their program, programs to the total.
func (v *validator) sums() {
	ang := v.doc.Anggaran
	if len(ang) == 0 {
		return
	}
	// rows by group (satker, year, source), each group's rows in row
	// order, the groups in key order: a counting sort into one array
	// instead of a growing slice per group (issue 13)
	gidx := map[string]int{}
	var keys []string
	gid := make([]int, len(ang))
	// a table's rows share satker, year and source: the key is built
	// again only when one of them changes (the same string as before)
	k, kSat, kTahun, kSumber, g := "", "", 0, "", 0
	for i := range ang {
		a := &ang[i]
		if k == "" || a.SatkerID != kSat || a.Tahun != kTahun || a.Sumber != kSumber {
			k = a.SatkerID + "|" + strconv.Itoa(a.Tahun) + "|" + a.Sumber
			kSat, kTahun, kSumber = a.SatkerID, a.Tahun, a.Sumber
			x, ok := gidx[k]
			if !ok {
				x = len(keys)
				gidx[k] = x
				keys = append(keys, k)
			}
			g = x
		}
		gid[i] = g
	}
	at := make([]int, len(keys)+1) // group x's rows are back[at[x]:at[x+1]]
	for _, x := range gid {
		at[x+1]++
	}
	for x := range keys {
		at[x+1] += at[x]
	}
	back := make([]int, len(ang))
	fill := append([]int(nil), at[:len(keys)]...)
	for i, x := range gid {
		back[fill[x]] = i
		fill[x]++
	}
	sort.Strings(keys)
	var programs, kids []*facts.Anggaran
	var byParent []int // a group's rows with a parent code, by that code (row order kept)
	for _, k := range keys {
		x := gidx[k]
		rows := back[at[x]:at[x+1]]
		programs, byParent = programs[:0], byParent[:0]
		for _, ci := range rows {
			c := &ang[ci]
			if c.Tingkat == facts.LevelProgram {
				programs = append(programs, c)
			}
			if c.KodeInduk != "" {
				byParent = append(byParent, ci)
			}
		}
		slices.SortStableFunc(byParent, func(i, j int) int { return strings.Compare(ang[i].KodeInduk, ang[j].KodeInduk) })
		for _, pi := range rows {
			p := &ang[pi]
			if p.Tingkat == facts.LevelTotal {
				kids = append(kids[:0], programs...)
			} else {
				kids = kids[:0]
				if p.Kode != "" {
					j := sort.Search(len(byParent), func(j int) bool { return ang[byParent[j]].KodeInduk >= p.Kode })
					for ; j < len(byParent) && ang[byParent[j]].KodeInduk == p.Kode; j++ {
						if c := &ang[byParent[j]]; c != p {
							kids = append(kids, c)
						}
					}
				}
			}
			if len(kids) == 0 {
				continue
			}
			for _, m := range []measure[facts.Anggaran]{
				{"pagu", func(a *facts.Anggaran) *int64 { return a.Pagu }},
				{"realisasi", func(a *facts.Anggaran) *int64 { return a.Realisasi }},
			} {
				if sum, pv, ok := differs(p, kids, m.get); ok {
					v.find("anggaran.anak_tidak_sama_induk", facts.Warning, p.Span, strconv.FormatInt(sum, 10),
						"%s tahun %d: jumlah %s %d rincian = %d, tertulis %d (selisih %d)",
						label(p), p.Tahun, m.name, len(kids), sum, pv, pv-sum)
				}
			}
		}
	}
}

func (v *validator) sakip() {
	for i := range v.doc.Sakip {
		s := &v.doc.Sakip[i]
		if s.Nilai != nil && s.Predikat != "" && normalize.GradeOf(*s.Nilai) != s.Predikat {
			v.find("sakip.predikat_tidak_cocok", facts.Warning, s.Span, s.Predikat,
				"SAKIP %s tahun %d: nilai %s masuk predikat %s, tertulis %s", s.SatkerID, s.TahunDinilai, fnum(*s.Nilai), normalize.GradeOf(*s.Nilai), s.Predikat)
		}
	}
	type key struct {
		satker string
		tahun  int
	}
	sums := map[key]float64{}
	spans := map[key]facts.Span{}
	complete := map[key]bool{}
	var order []key
	for _, k := range v.doc.SakipKomponen {
		kk := key{k.SatkerID, k.TahunDinilai}
		if _, ok := complete[kk]; !ok {
			complete[kk] = true
			order = append(order, kk)
			spans[kk] = k.Span
		}
		if k.Nilai == nil {
			complete[kk] = false
			continue
		}
		sums[kk] += *k.Nilai
		sp := spans[kk]
		sp.End = max(sp.End, k.End)
		spans[kk] = sp
	}
	for _, kk := range order {
		if !complete[kk] {
			continue
		}
		total := v.sakipTotal(kk.satker, kk.tahun)
		if total == nil {
			continue
		}
		if math.Abs(round2(sums[kk])-*total) > 0.01 {
			v.find("sakip.komponen_tidak_sama_total", facts.Warning, spans[kk], fnum(round2(sums[kk])),
				"SAKIP %s tahun %d: jumlah komponen %s ≠ nilai %s", kk.satker, kk.tahun, fnum(round2(sums[kk])), fnum(*total))
		}
	}
}

// sakipTotal is the chosen score of a satker and year.
func (v *validator) sakipTotal(satker string, tahun int) *float64 {
	var any *float64
	for _, s := range v.doc.Sakip {
		if s.SatkerID != satker || s.TahunDinilai != tahun || s.Nilai == nil {
			continue
		}
		if s.Utama {
			return s.Nilai
		}
		if any == nil {
			any = s.Nilai
		}
	}
	return any
}

func (v *validator) dpt() {
	for i := range v.doc.DPT {
		d := &v.doc.DPT[i]
		if d.PemilihL != nil && d.PemilihP != nil && d.PemilihTotal != nil && *d.PemilihL+*d.PemilihP != *d.PemilihTotal {
			v.find("dpt.lp_tidak_sama_total", facts.Warning, d.Span, strconv.FormatInt(*d.PemilihL+*d.PemilihP, 10),
				"DPT %s: L %d + P %d = %d, tertulis %d", d.Wilayah, *d.PemilihL, *d.PemilihP, *d.PemilihL+*d.PemilihP, *d.PemilihTotal)
		}
	}
	// kecamatan rows sum to their kabupaten; kabupaten rows to the province
	type dkey struct {
		level, pemilihan, sumber, satker string
		tahun                            int
	}
	byKey := map[dkey][]*facts.DPT{}
	for j := range v.doc.DPT {
		c := &v.doc.DPT[j]
		owner := c.SatkerID
		if c.TingkatWilayah == "kabupaten" {
			if s, ok := normalize.SatkerByID(c.SatkerID); ok {
				owner = s.ProvinsiID
			}
		}
		k := dkey{c.TingkatWilayah, c.Pemilihan, c.Sumber, owner, c.Tahun}
		byKey[k] = append(byKey[k], c)
	}
	for i := range v.doc.DPT {
		parent := &v.doc.DPT[i]
		var childLevel string
		switch parent.TingkatWilayah {
		case "kabupaten":
			childLevel = "kecamatan"
		case "provinsi":
			childLevel = "kabupaten"
		default:
			continue
		}
		kids := byKey[dkey{childLevel, parent.Pemilihan, parent.Sumber, parent.SatkerID, parent.Tahun}]
		if len(kids) == 0 {
			continue
		}
		for _, m := range []measure[facts.DPT]{
			{"desa", func(d *facts.DPT) *int64 { return d.JumlahDesa }},
			{"TPS", func(d *facts.DPT) *int64 { return d.JumlahTPS }},
			{"pemilih L", func(d *facts.DPT) *int64 { return d.PemilihL }},
			{"pemilih P", func(d *facts.DPT) *int64 { return d.PemilihP }},
			{"pemilih", func(d *facts.DPT) *int64 { return d.PemilihTotal }},
		} {
			if sum, pv, ok := differs(parent, kids, m.get); ok {
				v.find("dpt.rincian_tidak_sama_total", facts.Warning, parent.Span, strconv.FormatInt(sum, 10),
					"DPT %s: jumlah %s %d baris %s = %d, tertulis %d", parent.Wilayah, m.name, len(kids), childLevel, sum, pv)
			}
		}
	}
}

// measure is one number of a row that its detail rows must add up to.
type measure[T any] struct {
	name string
	get  func(*T) *int64
}

// differs reports whether the kids' numbers add up to other than what the
// parent states, with that sum and the stated number. Only a parent that
// states the number and kids that all state it are compared: a sum of the
// stated ones alone would be a guess.
func differs[T any](parent *T, kids []*T, get func(*T) *int64) (sum, stated int64, ok bool) {
	pv := get(parent)
	if pv == nil {
		return 0, 0, false
	}
	for _, c := range kids {
		cv := get(c)
		if cv == nil {
			return 0, 0, false
		}
		sum += *cv
	}
	return sum, *pv, sum != *pv
}

// earlier reports facts about a year before the report year (the closing
// chapter repeating last year's totals is a real fact about that year).
func (v *validator) earlier() {
	y := v.doc.Meta.Tahun
	if y == 0 {
		return
	}
	// a table that lists several years (2020-2024) is meant to compare
	// them; its earlier years are no surprise. A sentence or a single-year
	// table stating last year's total is.
	years := map[string]map[int]bool{}
	for _, a := range v.doc.Anggaran {
		if years[a.Sumber] == nil {
			years[a.Sumber] = map[int]bool{}
		}
		years[a.Sumber][a.Tahun] = true
	}
	for _, a := range v.doc.Anggaran {
		if a.Tahun < y && (a.Sumber == "teks" || len(years[a.Sumber]) == 1) {
			v.find("fakta.tahun_lalu", facts.Info, a.Span, strconv.Itoa(a.Tahun),
				"anggaran %s tahun %d dinyatakan dalam laporan tahun %d", a.Kode, a.Tahun, y)
		}
	}
	for _, r := range v.doc.RB {
		if r.Utama && r.Tahun < y {
			v.find("fakta.tahun_lalu", facts.Info, r.Span, strconv.Itoa(r.Tahun),
				"nilai RB tahun %d dinyatakan dalam laporan tahun %d", r.Tahun, y)
		}
	}
	for _, d := range v.doc.DPT {
		if d.Utama && d.Tahun < y {
			v.find("fakta.tahun_lalu", facts.Info, d.Span, strconv.Itoa(d.Tahun),
				"DPT %s tahun %d dinyatakan dalam laporan tahun %d", d.Wilayah, d.Tahun, y)
		}
	}
}

// textPair: a row whose target and realisation are both written as text
// (no number read from either), so only a grade or an opinion compares
// them. A side that says no value yet ("Belum dilakukan penilaian", "-")
// is no such text: its NULL has its own finding (fakta.nilai_kosong).
func textPair(c *facts.Capaian) bool {
	if c.TargetNilai != nil || c.RealisasiNilai != nil {
		return false
	}
	for _, s := range []string{c.TargetTeks, c.RealisasiTeks} {
		if strings.TrimSpace(s) == "" || normalize.ParseValue(s, normalize.Unknown).Status == normalize.Empty {
			return false
		}
	}
	return true
}
