package parse

// A budget table's columns by meaning (kode, uraian, pagu, realisasi, sisa,
// serapan; Indonesian or a finance application's English), its logical
// cells, and its budget codes: what anggaranTableRead (anggaran.go) asks of
// a table before it reads a row.

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// anggaranRole maps a header cell of a budget table to a role. A finance
// application's export may title its columns in English ("Code", "Budget
// (Rp)", "Realization (Rp)", "Balance (Rp)", "Absorption (%)", "Fiscal
// Year"): the same roles. anggaranRoleOf is it without its memo
// (scan_anggaranrole.go).
func anggaranRoleOf(cell string) int {
	k := normalize.SpacedKey(cell)
	switch {
	case shareHeader(k):
		return roleNone // "Porsi Pagu (%)": a share of the total pagu, no serapan (share_columns.go)
	case has(k, "kenaikan", "penurunan", "peningkatan", "pertumbuhan", "naik", "turun", "increase", "decrease", "growth", "delta") ||
		has(k, "selisih") && has(k, "sebelumnya", "lalu", "previous"):
		// the change of a pagu or realisasi from the year before
		// ("Kenaikan/(Penurunan) Pagu", "Selisih Pagu dengan Tahun
		// Sebelumnya") is neither; a bare "Selisih" is left as it was
		// (often the sisa); "perubahan" is not
		// here: "Pagu Perubahan" is the revised pagu
		return roleNone
	case unspentShare(k, cell):
		return roleNone // "% Tidak Terserap", "Sisa (%)": the unspent share, the serapan's complement, never the serapan
	case strings.Contains(k, " sisa") || has(k, "balance", "remaining"):
		return roleSisa
	case strings.Contains(cell, "%") || has(k, "persentase", "presentase", "prosentase", "serapan", "serap", "penyerapan", "persen", "absorption"):
		return rolePersen
	case varianceHeader(k):
		return roleSisa // "Realisasi di atas/(di bawah) Anggaran": the sisa, sign turned (anggaran_variance.go)
	case strings.Contains(k, " realisasi") || has(k, "realization", "realisation", "realized", "realised"):
		return roleRealisasi
	case strings.Contains(k, " tahun") || has(k, "ta", "year"):
		return roleTahun
	case has(k, "kode", "code", "rek", "rekening"):
		// "No. Rek.", "Nomor Rekening": the account code, not a row
		// number (the kegiatan code as a ledger writes it)
		return roleKode
	case strings.Contains(k, " pagu") || has(k, "anggaran", "alokasi", "dipa", "budget", "allocation", "ceiling", "tersedia") || strings.Contains(k, " anggaran "):
		// "Dana Tersedia": the funds available, the pagu
		return rolePagu
	case strings.Contains(k, " prog") || strings.Contains(k, " keg") || has(k, "uraian", "output", "akun", "kegiatan", "program", "rincian", "activity", "description"):
		return roleUraian
	case has(k, "no", "nomor"):
		return roleNo
	}
	return roleNone
}

// unspentShare: a header of the share of the pagu left unspent ("% Tidak
// Terserap", "Sisa (%)", "Persentase Belum Terealisasi"). Read as the
// serapan it loaded its complement (4,50 for 95,50); it is no fact, since
// the serapan is computed from pagu and realisasi anyway. k is padded as
// anggaranRoleOf's.
func unspentShare(k, cell string) bool {
	if !strings.Contains(cell, "%") && !has(k, "persentase", "presentase", "prosentase", "persen") {
		return false
	}
	if has(k, "serapan", "rp", "rupiah", "realisasi") {
		return false // "Sisa (Rp) / Serapan (%)": two stacked titles, the percent the serapan's
	}
	return strings.Contains(k, " sisa") || has(k, "tidak terserap", "belum terserap", "tidak terealisasi", "belum terealisasi", "unabsorbed", "unspent")
}

// anggaranRoles gives the roles of a budget table's columns. When amounts
// are written as two cells ("Rp." | "2.586.252.000,-") under one header
// cell, the header has empty columns; the roles then describe the logical
// columns left after joining those pairs.
func anggaranRoles(b *extract.Block) []int {
	roles, _ := anggaranLayout(b, columnTexts(b))
	return roles
}

// anggaranLayout reads the roles from cols, columnTexts(b): the table's
// shared answer (tableInfo.columns) when b is its block, read, never written.
func anggaranLayout(b *extract.Block, cols [][]string) ([]int, bool) {
	roles := make([]int, len(cols))
	empty := 0
	for j, cs := range cols {
		for _, c := range cs {
			if r := anggaranRole(c); r != roleNone {
				roles[j] = r
				// a header over two lines: "Realisasi" / "Anggaran" — the
				// generic word below does not hide the specific one above
				if r == rolePagu && len(cs) > 1 && genericMoneyWord(c) {
					switch r2 := anggaranRole(strings.Join(cs, " ")); r2 {
					case roleRealisasi, roleSisa, rolePersen:
						roles[j] = r2
					}
				}
				roles[j] = percentOverRole(cs, roles[j]) // "%" over "Realisasi" (anggaran_headwords.go)
				// "Realisasi di atas/" over "(di bawah) Anggaran" (anggaran_variance.go)
				roles[j] = varianceOverRole(cs, roles[j])
				break
			}
		}
		if len(cs) == 0 {
			empty++
		}
	}
	rincianRoles(cols, roles)       // "Pagu" over "Rincian | Jumlah" (anggaran_rincian.go)
	jenisTotalPagu(cols, roles)     // "Belanja Pegawai | … | Jumlah" (anggaran_jenis.go)
	periodRealisasi(b, cols, roles) // "Pagu | Jan | … | Des | Jumlah" (anggaran_months.go)
	yearLabelColumn(b, roles)       // "Uraian | Pagu" over "Tahun 2021 | …" (anggaran_years.go)
	netOverGross(cols, roles)       // "Realisasi Bruto | Pengembalian | Realisasi Neto" (anggaran_netgross.go)
	logical := false
	if empty > 0 {
		for _, r := range b.Rows {
			for _, c := range r.Cells {
				if isCurrencyOnly(c) {
					logical = true
				}
			}
		}
	}
	if !logical {
		roles = splitRealRoles(b, roles)                       // "Realisasi" over "LS | UP/GUP | Jumlah" (anggaran_splitreal.go)
		roles = blockRatioColumns(b, cols, roles, false, true) // "Rasio Realisasi" 0,9685: no realisasi, no percent (ratio_columns.go)
		return arithRoles(b, roles, false), false              // a header no vocabulary knows, named by its figures (anggaran_arith_roles.go)
	}
	var out []int
	for j, cs := range cols {
		if len(cs) > 0 {
			out = append(out, roles[j])
		}
	}
	out = blockRatioColumns(b, cols, out, true, true)
	return arithRoles(b, out, true), true
}

// isCurrencyOnly: "Rp", "Rp.", or "Rp 4" (an amount split over two cells).
func isCurrencyOnly(c string) bool {
	t := strings.TrimSpace(c)
	if len(t) < 2 || !(t[0] == 'R' || t[0] == 'r') || !(t[1] == 'p' || t[1] == 'P') {
		return false
	}
	rest := strings.TrimSpace(strings.TrimPrefix(t[2:], "."))
	if rest == "" {
		return true
	}
	for i := 0; i < len(rest); i++ {
		if rest[i] < '0' || rest[i] > '9' {
			return false
		}
	}
	return len(rest) <= 3
}

// splitAtSeparator: "Rp 1" + ".946.350.000,-", an amount cut just before
// a thousands separator.
func splitAtSeparator(cur, next string) bool {
	t := strings.TrimSpace(cur)
	return len(t) > 0 && isDigitByte(t[len(t)-1]) && len(next) > 1 && (next[0] == '.' || next[0] == ',') && isDigitByte(next[1])
}

// logicalCells joins "Rp." cells with the amount after them; "Rp 4" +
// "4.980.284.000,-" is one amount cut in two, joined without a space.
func logicalCells(cells []string) []string {
	var out []string
	for i := 0; i < len(cells); i++ {
		c := cells[i]
		if isCurrencyOnly(c) && i+1 < len(cells) && cells[i+1] != "" && (isDigitByte(cells[i+1][0]) || splitAtSeparator(c, cells[i+1])) {
			rest := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(c[2:]), "."))
			if rest != "" {
				out = append(out, "Rp "+rest+cells[i+1])
			} else {
				out = append(out, strings.TrimSpace(c)+" "+cells[i+1])
			}
			i++
			continue
		}
		if c == "" {
			continue
		}
		out = append(out, c)
	}
	return out
}

var (
	reProgram  = regexp.MustCompile(`^(?:(\d{3})\.(\d{2})\.)?([A-Z]{2})$`)
	reKegiatan = regexp.MustCompile(`^(?:([A-Z]{1,2})\.)?(\d{4})$`)
	reOutput   = regexp.MustCompile(`^(\d{4})\.([A-Z]{3})\.(\d{3})$`)
	reParen    = regexp.MustCompile(`\(([^()]*)\)`)
	reTotal    = regexp.MustCompile(`(?i)^(?:grand\s+)?(?:total|jumlah|jmlh|jml)\b`) // "Jml."/"Jmlh": the clerk's short Jumlah
	reTA       = regexp.MustCompile(`(?i)^(?:ta|tahun(?:\s+anggaran)?)?\s*((?:19|20)\d\d)$`)
)

// budgetCode finds the code in a cell ("076.01.WA (Program Dukungan
// Manajemen)", "Program Dukungan Manajemen (076.01.WA)", "3355 (...)",
// "CQ.6639", "6639.BDB.001") and returns it with the description.
func budgetCode(s string) (code, desc string) {
	s = dropLinkMark(strings.TrimSpace(s)) // "[9]076.01.WA": a link number (anggaran_linkmark.go)
	if s == "" {
		return "", ""
	}
	s = withoutLevelWord(s) // "Program 076.01.WA", "Kegiatan 3355": the level before the code
	first := s
	if i := strings.IndexAny(s, " ("); i > 0 {
		first = s[:i]
	}
	first = strings.TrimRight(first, ".,:")
	// ".3355" under "076.01.WA": the kegiatan's code written on from its
	// program's, as an RKA-K/L print sets it; the dot is no part of it
	lead := 0
	if len(first) >= 5 && first[0] == '.' && normalize.AllDigits(first[1:5]) {
		lead = 1
	}
	if isCode(first[lead:]) {
		desc = strings.TrimSpace(s[len(first):])
		desc = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(desc, "("), ")"))
		if strings.HasPrefix(strings.TrimSpace(s[len(first):]), "(") && !strings.HasSuffix(s, ")") {
			desc = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s[len(first):]), "("))
		}
		return first[lead:], desc
	}
	for _, m := range reParen.FindAllStringSubmatchIndex(s, -1) {
		inner := strings.TrimSpace(s[m[2]:m[3]])
		if isCode(inner) {
			return inner, strings.TrimSpace(s[:m[0]] + s[m[1]:])
		}
	}
	return "", s
}

// withoutLevelWord drops the level word a finance sheet writes before a
// code in the Kode column ("Program 076.01.WA", "Kegiatan 3355", "Keg.
// 3355"): the word names the row's level, which the code's shape already
// tells. s is returned as is unless a code follows the word.
func withoutLevelWord(s string) string {
	sp := strings.IndexByte(s, ' ')
	if sp <= 0 || (s[0] != 'P' && s[0] != 'p' && s[0] != 'K' && s[0] != 'k') {
		return s
	}
	w := strings.TrimRight(s[:sp], ".:")
	if !strings.EqualFold(w, "program") && !strings.EqualFold(w, "prog") && !strings.EqualFold(w, "kegiatan") && !strings.EqualFold(w, "keg") {
		return s
	}
	rest := strings.TrimSpace(s[sp+1:])
	if !codeLeads(rest) {
		return s // "Program Dukungan Manajemen": a name
	}
	return rest
}

// codeLeads reports whether s opens with a budget code, its first word up
// to a space or a bracket ("076.01.WA Program …", "3355 (…)").
func codeLeads(s string) bool {
	first := s
	if i := strings.IndexAny(s, " ("); i > 0 {
		first = s[:i]
	}
	return isCode(strings.TrimRight(first, ".,:"))
}

func isCode(t string) bool {
	if budgetCodeShape(t) { // reProgram, reKegiatan or reOutput
		return true
	}
	_, ok := parseBudgetPath(t)
	return ok || isOutputTail(t)
}
