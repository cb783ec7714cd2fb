package parse

import (
	"maps"
	"slices"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A report may print a correction of its own figures ("ERRATA … Pada Tabel
// 3.1 baris 2 (<indikator>) tertulis realisasi 65,45% dan capaian 109,08%.
// Seharusnya realisasi 63,45% dan capaian 105,75%."). The corrected figure
// is the fact. A correction reaches a capaian row only when the paragraph
// names the row's indicator and the row holds the figure the erratum says
// was printed; a named row holding another figure loads that measure NULL,
// and an erratum that finds no row is reported: never a silent old value.

type erratum struct {
	start, end   int
	low          string         // the paragraph, lower-cased, spaces folded
	wrong, right map[int]string // capaian role → figure as written
	// the same figures read with the budget's and the voter roll's role
	// words (errata_rows.go); nil when that vocabulary pairs nothing
	budget, dpt [2]map[int]string
}

// noteErratum keeps the paragraph when it is an erratum ("tertulis …
// seharusnya …") and reports whether it was one; its figures are then
// no one else's.
func (p *parser) noteErratum(b *extract.Block, low string) bool {
	k := strings.Index(low, "seharusnya")
	if k < 0 {
		return false
	}
	w := lastIndexAny(low[:k], "tertulis", "tercetak", "tercantum")
	if w < 0 {
		return false
	}
	e := erratum{start: b.Start, end: b.End, low: normalize.Space(low),
		wrong: roleFigures(low[w:k]), right: roleFigures(low[k:])}
	bare := !anyRoleWord(low[k:]) // "… seharusnya 11.621": the role said before it
	e.wrong, e.right = impliedRole(e.wrong, e.right, low[k:], bare)
	for _, v := range [...]struct {
		to   *[2]map[int]string
		word func(string) int
	}{{&e.budget, budgetWord}, {&e.dpt, dptWord}} {
		pre := lastRole(low[:w], v.word) // "realisasi kegiatan 3355 tertulis 978.391.285"
		*v.to = erratumPair(figuresAfterRoles(low[w:k], v.word, pre), figuresAfterRoles(low[k:], v.word, roleNone), low[k:], bare)
	}
	if len(e.wrong) == 0 && e.budget[0] == nil && e.dpt[0] == nil {
		return false // "tertulis … seharusnya" with no printed figure: prose for the other readers
	}
	if !paired(e.wrong, e.right) && e.budget[0] == nil && e.dpt[0] == nil {
		p.find("dokumen.errata", facts.Warning, b.Start, b.End, "", "ralat tidak terbaca (peran dan angka yang salah dan yang benar tidak berpasangan); tidak diterapkan")
		return true
	}
	if !paired(e.wrong, e.right) {
		e.wrong, e.right = nil, nil
	}
	p.errata = append(p.errata, e)
	return true
}

// paired: both sides give figures for the same roles.
func paired(wrong, right map[int]string) bool {
	if len(wrong) == 0 || len(wrong) != len(right) {
		return false
	}
	for r := range wrong {
		if _, ok := right[r]; !ok {
			return false
		}
	}
	return true
}

// roleFigures reads "realisasi 65,45% dan capaian 109,08%": each role word
// and the first figure after it.
func roleFigures(s string) map[int]string {
	out := map[int]string{}
	role := roleNone
	for _, f := range strings.Fields(s) {
		f = strings.TrimRight(f, ".,;:)%")
		f = strings.TrimSuffix(f, "%")
		switch f {
		case "target":
			role = roleTarget
			continue
		case "realisasi":
			role = roleRealisasi
			continue
		case "capaian":
			role = roleCapaian
			continue
		}
		if role != roleNone && f != "" && isDigitByte(f[0]) {
			out[role] = f
			role = roleNone
		}
	}
	return out
}

// applyErrata corrects the rows the errata name: capaian rows by their
// indicator, else budget and voter-roll rows (errata_rows.go).
func (p *parser) applyErrata() {
	for _, e := range p.errata {
		found := len(e.wrong) > 0 && p.capaianErratum(e)
		if !found && e.budget[0] != nil {
			found = p.budgetErratum(e)
		}
		if !found && e.dpt[0] != nil {
			found = p.dptErratum(e)
		}
		if !found {
			p.find("dokumen.errata", facts.Warning, e.start, e.end, "", "ralat tidak menemukan indikator atau baris yang disebutnya; tidak diterapkan")
		}
	}
}

// capaianErratum corrects the capaian rows of the indicators e names;
// false when it names none.
func (p *parser) capaianErratum(e erratum) bool {
	// the indicators the erratum names: a name inside a longer named
	// one ("… Pemilih" in "… Pemilih Perempuan") is not named itself
	names := map[int]string{}
	for i := range p.doc.Capaian {
		if n := strings.ToLower(normalize.Space(p.doc.Capaian[i].Indikator)); len(n) >= 12 && strings.Contains(e.low, n) {
			names[i] = n
		}
	}
	found := false
	for i := range p.doc.Capaian {
		c := &p.doc.Capaian[i]
		name, ok := names[i]
		if !ok || insideLonger(name, names) {
			continue
		}
		found = true
		for _, role := range slices.Sorted(maps.Keys(e.wrong)) {
			was := e.wrong[role]
			text, num := capaianMeasure(c, role)
			switch {
			case *text == "":
			case sameFigure(*text, was):
				now := e.right[role]
				*text = now
				if v := normalize.ParseNumber(now, normalize.Unknown); v.Status == normalize.OK {
					*num = &v.Value
				} else {
					*num = nil
				}
				p.find("dokumen.errata", facts.Info, c.Span.Start, c.Span.End, was+" → "+now,
					"%s: %s dikoreksi oleh ralat (baris %d): %s menjadi %s", c.Indikator, capaianRoleName(role), e.start, was, now)
			default:
				p.find("dokumen.errata", facts.Warning, c.Span.Start, c.Span.End, *text,
					"%s: ralat (baris %d) menyebut %s tertulis %s, tabel menyebut %s; dimuat kosong", c.Indikator, e.start, capaianRoleName(role), was, *text)
				*text, *num = "", nil
			}
		}
	}
	return found
}

// insideLonger: name is part of another, longer name in names.
func insideLonger(name string, names map[int]string) bool {
	for _, n := range names {
		if len(n) > len(name) && strings.Contains(n, name) {
			return true
		}
	}
	return false
}

// capaianMeasure points at a row's text and value for a role.
func capaianMeasure(c *facts.Capaian, role int) (*string, **float64) {
	switch role {
	case roleTarget:
		return &c.TargetTeks, &c.TargetNilai
	case roleRealisasi:
		return &c.RealisasiTeks, &c.RealisasiNilai
	default:
		return &c.CapaianTeks, &c.CapaianLapor
	}
}

func capaianRoleName(role int) string {
	switch role {
	case roleTarget:
		return "target"
	case roleRealisasi:
		return "realisasi"
	}
	return "capaian"
}

// sameFigure: two figures as written state one number.
func sameFigure(a, b string) bool {
	x, y := normalize.ParseNumber(a, normalize.Unknown), normalize.ParseNumber(b, normalize.Unknown)
	return x.Status == normalize.OK && y.Status == normalize.OK && x.Value == y.Value
}
