package parse

import (
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// An erratum may correct a budget line ("Pada Tabel 3.3 kegiatan 3355
// tertulis realisasi Rp 987.391.285, seharusnya Rp 978.391.285") or a row
// of the voter roll ("Kecamatan Borong tertulis 11.612 pemilih laki-laki,
// seharusnya 11.621"). The correction is applied only where the row is
// proven (named by its code, its uraian or its kecamatan, or the table's
// total, and holding the figure the erratum says was printed, in the
// table's unit) and the role is one the erratum's words name; the row's
// own arithmetic must then hold (pagu − realisasi = sisa, realisasi /
// pagu = serapan, L + P = L+P), else the corrected measure loads NULL
// with a finding. A named row of the report year holding another figure
// loads that measure NULL; an erratum finding no row is reported.

// budgetWord is the budget role a word of an erratum names.
func budgetWord(w string) int {
	switch w {
	case "pagu":
		return rolePagu
	case "realisasi":
		return roleRealisasi
	case "sisa":
		return roleSisa
	case "serapan", "penyerapan", "persentase":
		return rolePersen
	}
	return roleNone
}

// dptWord is the voter-roll role a word of an erratum names.
func dptWord(w string) int {
	switch w {
	case "laki-laki", "laki", "pria", "l":
		return roleL
	case "perempuan", "wanita", "p":
		return roleP
	case "l+p", "jumlah", "total", "pemilih", "dpt":
		return roleLP
	case "tps":
		return roleTPS
	case "desa", "kelurahan", "desa/kelurahan", "desa/kel":
		return roleDesa
	}
	return roleNone
}

// capaianWord is the capaian role a word of an erratum names.
func capaianWord(w string) int {
	switch w {
	case "target":
		return roleTarget
	case "realisasi":
		return roleRealisasi
	case "capaian":
		return roleCapaian
	}
	return roleNone
}

// erratumToken is a word of an erratum without its punctuation and a
// currency mark: "rp987.391.285,-" → "987.391.285".
func erratumToken(f string) string {
	f = strings.Trim(f, ".,;:()%-")
	if strings.HasPrefix(f, "rp") {
		f = strings.TrimLeft(f[2:], ". ")
	}
	return f
}

// figuresAfterRoles reads each figure of s with the role its words give:
// the last role word before it (since the previous figure), else the last
// of the role words right after it ("11.612 pemilih laki-laki"), else the
// role named before the erratum's verb ("realisasi kegiatan 3355 tertulis
// 978.391.285": fallback). The first figure of each role counts.
func figuresAfterRoles(s string, word func(string) int, fallback int) map[int]string {
	out := map[int]string{}
	fs := strings.Fields(s)
	role := roleNone
	for i, raw := range fs {
		f := erratumToken(raw)
		if r := word(f); r != roleNone {
			role = r
			continue
		}
		if f == "" || !isDigitByte(f[0]) {
			continue
		}
		r := role
		for k := i + 1; role == roleNone && k < len(fs) && k <= i+3; k++ {
			w := word(erratumToken(fs[k]))
			if w == roleNone {
				break
			}
			r = w // "pemilih laki-laki": the last word of the run
		}
		if r == roleNone {
			r = fallback
		}
		if _, ok := out[r]; r != roleNone && !ok {
			out[r] = f
		}
		role = roleNone
	}
	return out
}

// lastRole is the role of the last role word of s, the words of the
// erratum's sentence before its verb.
func lastRole(s string, word func(string) int) int {
	if i := strings.LastIndexAny(s, ".:\n"); i >= 0 && i+1 < len(s) && s[i+1] == ' ' {
		s = s[i+1:] // the sentence's own words ("… 2021. Realisasi kegiatan …")
	}
	fs := strings.Fields(s)
	for i := len(fs) - 1; i >= 0 && i >= len(fs)-12; i-- { // a dozen words: the clause, not the page
		if r := word(erratumToken(fs[i])); r != roleNone {
			return r
		}
	}
	return roleNone
}

// anyRoleWord: s names a role in some family's words.
func anyRoleWord(s string) bool {
	for _, f := range strings.Fields(s) {
		f = erratumToken(f)
		if capaianWord(f) != roleNone || budgetWord(f) != roleNone || dptWord(f) != roleNone {
			return true
		}
	}
	return false
}

// impliedRole: "tertulis realisasi 65,45, seharusnya 63,45": a correction
// naming no role at all corrects the one role the printed side names.
func impliedRole(wrong, right map[int]string, rightText string, bare bool) (map[int]string, map[int]string) {
	if !bare || len(wrong) != 1 || len(right) != 0 {
		return wrong, right
	}
	for _, f := range strings.Fields(rightText) {
		if f = erratumToken(f); f != "" && isDigitByte(f[0]) {
			for r := range wrong {
				return wrong, map[int]string{r: f}
			}
		}
	}
	return wrong, right
}

// erratumPair is the printed and corrected figures of one family's roles,
// or nils when they do not pair.
func erratumPair(wrong, right map[int]string, rightText string, bare bool) [2]map[int]string {
	wrong, right = impliedRole(wrong, right, rightText, bare)
	if !paired(wrong, right) {
		return [2]map[int]string{}
	}
	return [2]map[int]string{wrong, right}
}

// erratumWords is the erratum's words without punctuation, for matching
// a code; a code written with its program's ("wa.3355", "076.01.wa.3355")
// gives its own parts after each dot too. (A figure has no letter: its
// digit groups are never codes.)
func erratumWords(low string) map[string]bool {
	out := map[string]bool{}
	for _, f := range strings.Fields(low) {
		f = strings.Trim(f, ".,;:()")
		out[f] = true
		if strings.IndexByte(f, '.') < 0 || !hasLetter(f) {
			continue
		}
		for i := 0; i < len(f); i++ {
			if f[i] == '.' {
				out[f[i+1:]] = true
			}
		}
	}
	return out
}

// namesWord: t holds w as whole words.
func namesWord(t, w string) bool {
	for i := 0; w != ""; {
		k := strings.Index(t[i:], w)
		if k < 0 {
			return false
		}
		a, b := i+k, i+k+len(w)
		if (a == 0 || !isWordByte(t[a-1]) && t[a-1] < 0x80) && (b == len(t) || !isWordByte(t[b]) && t[b] < 0x80) {
			return true
		}
		i = a + 1
	}
	return false
}

// budgetErratum corrects the budget lines e names; false when it names
// none and no total holds its printed figures.
func (p *parser) budgetErratum(e erratum) bool {
	wrong, right := e.budget[0], e.budget[1]
	words := erratumWords(e.low)
	named := map[int]bool{}
	for i, a := range p.doc.Anggaran {
		if a.Tingkat == facts.LevelTotal {
			continue
		}
		code := strings.ToLower(a.KodeTeks)
		if code != "" && len(code) >= 3 && words[code] || len(a.Kode) >= 3 && words[strings.ToLower(a.Kode)] {
			named[i] = true
		} else if u := strings.ToLower(normalize.Space(a.Uraian)); len(u) >= 12 && strings.Contains(e.low, u) {
			named[i] = true
		}
	}
	explicit := len(named) > 0
	if !explicit && (namesWord(e.low, "jumlah") || namesWord(e.low, "total")) {
		for i, a := range p.doc.Anggaran {
			if a.Tingkat == facts.LevelTotal {
				named[i] = true
			}
		}
	}
	// a named row holding the printed figure is the one meant: the others
	// named alike (the same code in another table) are left as they are
	anyHolds := false
	for i := range named {
		_, ok := budgetHolds(&p.doc.Anggaran[i], wrong)
		anyHolds = anyHolds || ok
	}
	found := false
	for _, i := range slices.Sorted(maps.Keys(named)) {
		a := &p.doc.Anggaran[i]
		scale, ok := budgetHolds(a, wrong)
		if !ok {
			if explicit && !anyHolds && a.Tahun == p.doc.Meta.Tahun {
				found = true
				for _, role := range slices.Sorted(maps.Keys(wrong)) {
					was := wrong[role]
					if budgetValue(a, role) != nil {
						p.find("dokumen.errata", facts.Warning, a.Span.Start, a.Span.End, was,
							"%s: ralat (baris %d) menyebut %s tertulis %s, tabel menyebut lain; dimuat kosong", budgetLabel(a), e.start, erratumRoleNames[role], was)
						setBudget(a, role, nil)
					}
				}
			}
			continue
		}
		found = true
		for _, role := range slices.Sorted(maps.Keys(right)) {
			now := right[role]
			v, ok := erratumValue(now, role, scale)
			if !ok {
				setBudget(a, role, nil)
				continue
			}
			setBudget(a, role, &v)
		}
		if !budgetArithmetic(a) {
			for role := range right {
				setBudget(a, role, nil)
			}
			p.find("dokumen.errata", facts.Warning, a.Span.Start, a.Span.End, e.low,
				"%s: ralat (baris %d) tidak cocok dengan aritmetika baris (pagu − realisasi = sisa, serapan); nilai yang diralat dimuat kosong", budgetLabel(a), e.start)
			continue
		}
		p.find("dokumen.errata", facts.Info, a.Span.Start, a.Span.End, e.low,
			"%s: angka dikoreksi oleh ralat (baris %d)", budgetLabel(a), e.start)
	}
	return found
}

// budgetLabel names a budget line in messages: its code and description.
func budgetLabel(a *facts.Anggaran) string {
	if a.Uraian == "" {
		return a.Kode
	}
	return a.Kode + " " + a.Uraian
}

// erratumRoleNames names the roles of budget and voter-roll errata in
// messages.
var erratumRoleNames = map[int]string{rolePagu: "pagu", roleRealisasi: "realisasi", roleSisa: "sisa", rolePersen: "serapan",
	roleL: "pemilih laki-laki", roleP: "pemilih perempuan", roleLP: "jumlah pemilih", roleTPS: "jumlah TPS", roleDesa: "jumlah desa/kelurahan"}

// budgetAmount points at a line's amount of a role (pagu, realisasi, sisa).
func budgetAmount(a *facts.Anggaran, role int) **int64 {
	if role == rolePagu {
		return &a.Pagu
	} else if role == roleSisa {
		return &a.Sisa
	}
	return &a.Realisasi
}

// budgetValue is a line's measure of a role as a float, nil when NULL.
func budgetValue(a *facts.Anggaran, role int) *float64 {
	if role == rolePersen {
		return a.SerapanLapor
	}
	p := *budgetAmount(a, role)
	if p == nil {
		return nil
	}
	v := float64(*p)
	return &v
}

// setBudget sets a line's measure of a role (nil: NULL).
func setBudget(a *facts.Anggaran, role int, v *float64) {
	if role == rolePersen {
		a.SerapanLapor = v
		return
	}
	var n *int64
	if v != nil {
		x := int64(math.Round(*v))
		n = &x
	}
	*budgetAmount(a, role) = n
}

// budgetHolds: the line holds every printed figure, its amounts in one
// unit (rupiah, thousands or millions: the factor returned).
func budgetHolds(a *facts.Anggaran, wrong map[int]string) (float64, bool) {
	for _, scale := range [...]float64{1, 1e3, 1e6} {
		ok := true
		for role, was := range wrong {
			v, good := erratumValue(was, role, scale)
			have := budgetValue(a, role)
			if !good || have == nil || role == rolePersen && math.Abs(*have-v) > 1e-9 || role != rolePersen && math.Round(v) != *have {
				ok = false
				break
			}
		}
		if ok {
			return scale, true
		}
	}
	return 0, false
}

// erratumValue reads a figure of an erratum in the table's unit.
func erratumValue(f string, role int, scale float64) (float64, bool) {
	n := normalize.ParseNumber(f, normalize.Unknown)
	if n.Status != normalize.OK {
		return 0, false
	}
	if role == rolePersen {
		return n.Value, true // a percentage has no unit to scale
	}
	return n.Value * scale, true
}

// budgetArithmetic: the line's own sums hold where it states their terms.
func budgetArithmetic(a *facts.Anggaran) bool {
	if a.Pagu != nil && a.Realisasi != nil && a.Sisa != nil && *a.Pagu-*a.Realisasi != *a.Sisa {
		return false
	}
	if a.Pagu != nil && a.Realisasi != nil && a.SerapanLapor != nil && *a.Pagu > 0 {
		raw := float64(*a.Realisasi) / float64(*a.Pagu) * 100
		d := 2
		for d > 0 && math.Abs(*a.SerapanLapor*math.Pow(10, float64(d-1))-math.Round(*a.SerapanLapor*math.Pow(10, float64(d-1)))) < 1e-9 {
			d--
		}
		pow := math.Pow(10, float64(d))
		if math.Abs(math.Round(raw*pow)/pow-*a.SerapanLapor) > 0.01 {
			return false
		}
	}
	return true
}

// dptErratum corrects the voter-roll rows e names: kecamatan by name,
// else the kabupaten and province rows holding its printed figures.
func (p *parser) dptErratum(e erratum) bool {
	wrong, right := e.dpt[0], e.dpt[1]
	names := map[int]string{}
	for i, d := range p.doc.DPT {
		if n := strings.ToLower(normalize.Space(d.Wilayah)); d.TingkatWilayah == "kecamatan" && len(n) >= 3 && namesWord(e.low, n) {
			names[i] = n
		}
	}
	named := map[int]bool{}
	for i, n := range names {
		if !insideLonger(n, names) {
			named[i] = true
		}
	}
	explicit := len(named) > 0
	if !explicit {
		for i, d := range p.doc.DPT {
			if d.TingkatWilayah != "kecamatan" {
				named[i] = true
			}
		}
	}
	// a named row holding the printed figure is the one meant: the same
	// kecamatan in another election's table is left as it is
	anyHolds := false
	for i := range named {
		anyHolds = anyHolds || dptHolds(&p.doc.DPT[i], wrong)
	}
	found := false
	for _, i := range slices.Sorted(maps.Keys(named)) {
		d := &p.doc.DPT[i]
		if !dptHolds(d, wrong) {
			if explicit && !anyHolds {
				found = true
				for _, role := range slices.Sorted(maps.Keys(wrong)) {
					was := wrong[role]
					if have := dptValue(d, role); *have != nil {
						p.find("dokumen.errata", facts.Warning, d.Span.Start, d.Span.End, was,
							"DPT %s: ralat (baris %d) menyebut %s tertulis %s, tabel menyebut %d; dimuat kosong", d.Wilayah, e.start, erratumRoleNames[role], was, **have)
						*have = nil
					}
				}
			}
			continue
		}
		found = true
		for _, role := range slices.Sorted(maps.Keys(right)) {
			now := right[role]
			v, ok := wholeFigure(now)
			have := dptValue(d, role)
			if !ok {
				*have = nil
				continue
			}
			*have = &v
		}
		if d.PemilihL != nil && d.PemilihP != nil && d.PemilihTotal != nil && *d.PemilihL+*d.PemilihP != *d.PemilihTotal {
			for role := range right {
				*dptValue(d, role) = nil
			}
			p.find("dokumen.errata", facts.Warning, d.Span.Start, d.Span.End, e.low,
				"DPT %s: ralat (baris %d) tidak cocok dengan L + P = L+P baris; nilai yang diralat dimuat kosong", d.Wilayah, e.start)
			continue
		}
		p.find("dokumen.errata", facts.Info, d.Span.Start, d.Span.End, e.low,
			"DPT %s: angka dikoreksi oleh ralat (baris %d)", d.Wilayah, e.start)
	}
	return found
}

// dptHolds: the row holds every printed figure.
func dptHolds(d *facts.DPT, wrong map[int]string) bool {
	for role, was := range wrong {
		v, ok := wholeFigure(was)
		if have := dptValue(d, role); !ok || *have == nil || **have != v {
			return false
		}
	}
	return true
}

// wholeFigure reads a count of an erratum.
func wholeFigure(f string) (int64, bool) {
	n := normalize.ParseNumber(f, normalize.Unknown)
	if n.Status != normalize.OK || n.Value < 0 || n.Value != math.Trunc(n.Value) {
		return 0, false
	}
	return int64(n.Value), true
}

// dptValue points at a row's count of a role.
func dptValue(d *facts.DPT, role int) **int64 {
	switch role {
	case roleL:
		return &d.PemilihL
	case roleP:
		return &d.PemilihP
	case roleTPS:
		return &d.JumlahTPS
	case roleDesa:
		return &d.JumlahDesa
	}
	return &d.PemilihTotal
}
