package parse

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// dptSet is one election's columns of a DPT table.
type dptSet struct {
	roles     []int // the table's roles with every other group's columns blanked
	pemilihan string
	tahun     int
	group     string // the group header's words (dpt_revised.go)
}

// dptSets splits a DPT table whose upper header row groups the measure
// columns. nil when the table has no such groups (one election, read whole).
// Groups naming another roll (DPTb, DPK, DPS, DPSHP) are never the DPT.
// Each remaining group is read by its own header: its election and year come
// from the group's words, else from the table's caption. Two groups that
// resolve to the same election are a doubt no arithmetic settles here: none
// of them is loaded, and a finding says so.
func (p *parser) dptSets(t *tableInfo, roles []int, pemilihan string, year int) []dptSet {
	groups := dptGroups(t.b, t.columns(), roles)
	nl, nlp := 0, 0
	for _, r := range roles {
		if r == roleL {
			nl++
		} else if r == roleLP {
			nlp++
		}
	}
	if len(groups) < 2 || nl < 2 && nlp < 2 {
		// no voter column repeats: one set of columns, whatever the upper
		// rows say (an OCR'd header can scatter fragments over them)
		// a group of another roll or of a part of the DPT: its columns
		// are never the DPT; the DPT is what stands outside it, if anything
		blanked := false
		for _, g := range groups {
			if !notRollGroup(g.text) {
				continue
			}
			for j := g.from; j < g.to && j < len(roles); j++ {
				roles[j] = roleNone
			}
			blanked = true
		}
		if blanked && indexOf(roles, roleLP) < 0 && indexOf(roles, roleL) < 0 {
			return []dptSet{}
		}
		if countRole(roles, roleL) >= 2 || countRole(roles, roleP) >= 2 {
			// two sets of voter columns by sex and no heading that parts
			// them (two elections side by side, a page's part without
			// the headings): which set is the DPT of which election is
			// not proven; the first would be a guess. (A second total
			// alone, "Total Pengguna Hak Pilih" beside "DPT Jumlah", is
			// no second set.)
			p.find("dpt.kolom_ganda", facts.Warning, t.b.Start, t.b.End, t.label,
				"%s: kolom pemilih L/P berulang tanpa judul kelompok yang memisahkannya; tidak jelas kolom mana DPT pemilihan mana, tidak dimuat", t.label)
			return []dptSet{}
		}
		return nil
	}
	var sets []dptSet
	seen := map[string]int{}
	for g, gr := range groups {
		if notRollGroup(gr.text) {
			continue
		}
		rs := make([]int, len(roles))
		for j, r := range roles {
			if h := groupOf(groups, j); h < 0 || h == g {
				rs[j] = r
			}
		}
		if indexOf(rs, roleLP) < 0 && indexOf(rs, roleL) < 0 {
			continue // a group without voters (TPS only, say)
		}
		s := dptSet{roles: rs, pemilihan: pemilihanOf(gr.text), tahun: groupYear(gr.text), group: gr.text}
		if s.pemilihan == "" {
			s.pemilihan = pemilihan
		}
		if s.tahun == 0 {
			s.tahun = year
		}
		if s.pemilihan == "" {
			p.find("dpt.pemilihan_tidak_diketahui", facts.Warning, t.b.Start, t.b.End, t.label,
				"%s: kelompok kolom %q tanpa keterangan Pemilu atau Pemilihan; tidak dimuat", t.label, gr.text)
			continue
		}
		k := s.pemilihan + itoa(s.tahun)
		seen[k]++
		sets = append(sets, s)
	}
	sets = revisedRoll(t.b, sets, seen) // DPT Semula beside DPT Menjadi: the roll after the revision (dpt_revised.go)
	out := sets[:0]
	for _, s := range sets {
		if seen[s.pemilihan+itoa(s.tahun)] > 1 {
			p.find("dpt.kelompok_ganda", facts.Warning, t.b.Start, t.b.End, t.label,
				"%s: beberapa kelompok kolom DPT untuk %s %d; tidak jelas mana yang DPT, tidak dimuat", t.label, s.pemilihan, s.tahun)
			continue
		}
		out = append(out, s)
	}
	if out == nil {
		out = []dptSet{}
	}
	return out
}

// dptGroups reads the group cells of the header rows above the lowest one,
// over the measure columns (from the first TPS/L/P/L+P/desa column on).
// cols are columnTexts(b), the table's shared answer (tableInfo.columns).
func dptGroups(b *extract.Block, cols [][]string, roles []int) []colGroup {
	first := -1
	for j, r := range roles {
		// a column of another roll (its role blanked) is a measure column too
		if r == roleTPS || r == roleL || r == roleP || r == roleLP || r == roleDesa || j < len(cols) && otherRollColumn(cols[j]) {
			first = j
			break
		}
	}
	// a column's own title over two rows ("Jumlah" over "TPS") is no group
	gs := headerGroups(b, first, len(roles), func(c string) bool {
		return dptRole(c) != roleNone && !bareDPT(normalize.Key(c))
	})
	// a merged group cell ends where the next cell of the upper rows
	// begins, own titles included: "DPSHP" over "(L+P)" next to "DPT L"
	// groups no more than its own column
	for g := range gs {
		for j := gs[g].from + 1; j < gs[g].to; j++ {
			if upperCell(b, j) {
				gs[g].to = j
				break
			}
		}
	}
	return gs
}

// upperCell: column j has text in a header row above the lowest one.
func upperCell(b *extract.Block, j int) bool {
	for _, h := range b.Header[:max(len(b.Header)-1, 0)] {
		if j < len(h.Cells) && strings.TrimSpace(h.Cells[j]) != "" {
			return true
		}
	}
	return false
}

// otherRollColumn: a column whose own header names a roll that is not the
// DPT (DPSHP, DPTb, DPK), whatever its lower cells say ("(L+P)", "L").
// "DPT L" beside them names the DPT itself.
func otherRollColumn(cs []string) bool {
	for _, c := range cs {
		if otherRoll(c) {
			return true
		}
	}
	return false
}

var reOtherRoll = regexp.MustCompile(`(?i)\b(?:dptb|dpk|dpktb|dps|dpshp|dph|dpb|tambahan|khusus|sementara)\b`)

// reVoterSubset: a category of voters counted inside the DPT (disabled,
// first-time, young, elderly voters): its L/P/Jumlah columns are a part
// of the roll, never the roll itself.
var reVoterSubset = regexp.MustCompile(`(?i)\b(?:disabilitas|difabel|penyandang|pemula|milenial|millenial|lansia|lanjut usia|pemilih muda|gen z)\b`)

// otherRoll: a group header naming a roll that is not the DPT, or a part
// of the DPT. (The gates skip the patterns for the many headers that hold
// none of their words.)
func otherRoll(t string) bool {
	return mayOtherRoll(t) && reOtherRoll.MatchString(normalize.Fold(t)) ||
		mayVoterSubset(t) && reVoterSubset.MatchString(normalize.Fold(t))
}

// mayVoterSubset is false when reVoterSubset cannot match an ASCII text.
func mayVoterSubset(t string) bool {
	return !isASCII(t) || containsFoldASCII(t, "disab") || containsFoldASCII(t, "difabel") || containsFoldASCII(t, "penyandang") ||
		containsFoldASCII(t, "pemula") || containsFoldASCII(t, "milenial") || containsFoldASCII(t, "millenial") ||
		containsFoldASCII(t, "lansia") || containsFoldASCII(t, "lanjut") || containsFoldASCII(t, "muda") || containsFoldASCII(t, "gen z")
}

var reRataRata = regexp.MustCompile(`(?i)^\s*rata(?:-|\s)*rata\b`)

var reAnyYear = regexp.MustCompile(`\b(?:19|20)\d\d\b`)

// groupYear is the election year a group header names, or its one year.
func groupYear(t string) int {
	if y := electionYear(t); y != 0 {
		return y
	}
	if ys := reAnyYear.FindAllString(t, -1); len(ys) == 1 {
		return atoi(ys[0])
	}
	return 0
}

// namesOwner: a kecamatan table's row named after the kabupaten itself
// ("Kabupaten Flores Timur") is the table's total.
func namesOwner(name, owner, prov string) bool {
	k := normalize.Key(name)
	if k == "kabupaten" || k == "kab" || k == "kota" {
		// the level word alone under the kecamatan rows: the owner's own
		// total ("Kabupaten | 119 | 383 | …"), when the owner is of that level
		s, ok := normalize.SatkerByID(owner)
		w := normalize.Key(s.Wilayah)
		return ok && (k == "kota" && strings.HasPrefix(w, "kota ") || k != "kota" && strings.HasPrefix(w, "kabupaten "))
	}
	if rest, ok := strings.CutSuffix(k, " regency"); ok && !strings.HasPrefix(k, "kabupaten ") {
		name, k = "Kabupaten "+rest, "kabupaten "+rest // English: "Belu Regency"
	}
	for _, lv := range [...]string{"kabupaten", "kab", "kota"} {
		// the level word after the name: "NGADA (KABUPATEN)", "Ende (Kab.)"
		if rest, ok := strings.CutSuffix(k, " "+lv); ok && rest != "" && !strings.HasPrefix(k, "kabupaten ") && !strings.HasPrefix(k, "kab ") && !strings.HasPrefix(k, "kota ") {
			if lv == "kab" {
				lv = "kabupaten"
			}
			name, k = lv+" "+rest, lv+" "+rest
			break
		}
	}
	if !strings.HasPrefix(k, "kabupaten ") && !strings.HasPrefix(k, "kab ") && !strings.HasPrefix(k, "kota ") {
		return false
	}
	id, ok := normalize.ResolveSatker(name, prov)
	return ok && id == owner
}

// countRole is how many columns have role r.
func countRole(roles []int, r int) int {
	n := 0
	for _, x := range roles {
		if x == r {
			n++
		}
	}
	return n
}
