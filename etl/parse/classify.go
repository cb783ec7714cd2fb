package parse

import (
	"regexp"
	"strings"
	"sync"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// family of a table.
type family int

const (
	famNone family = iota
	famCapaian
	famSeri
	famAnggaran
	famAnggaranTahun // one row per fiscal year
	famSakipKomponen
	famSakipSatker
	famDPT
	famSakipRiwayat       // SAKIP results of several years
	famSakipKomponenKolom // SAKIP components laid out as columns
	famRB                 // an RB evaluation table
)

// column roles
const (
	roleNone = iota
	roleNo
	roleProgram
	roleSasaran
	roleIndikator
	roleTujuan
	roleTarget
	roleRealisasi
	roleCapaian
	roleKeterangan
	rolePelaksana
	roleSatuan
	roleNasional
	roleYear // a year column of a series table
	roleKode
	roleUraian
	rolePagu
	roleSisa
	rolePersen
	roleTahun
	roleNama // kecamatan / kabupaten name
	roleDesa
	roleTPS
	roleL
	roleP
	roleLP
	roleBobot
	roleNilai
	roleBanding // a comparison: other satkers' average ("Rata-rata Realisasi se-NTT"), never the satker's value
)

// tableInfo is what the classifier learned about a table.
type tableInfo struct {
	b       *extract.Block
	fam     family
	label   string   // Sumber: "Tabel 3.28", "Lampiran 2", caption
	hdr     string   // header words, folded
	cap     string   // caption, folded
	roles   []int    // role per column
	years   []int    // year per column (series tables)
	jenis   []string // per column of a series table: realisasi, target, target_nasional or ""
	section string
	width   int
	unit    string         // money unit stated by caption or header: "ribu", "juta", "miliar"
	money   int8           // moneyTable's answer, once asked: 1 yes, 2 no
	year    int            // the fiscal year of one year's part of a table grouped by year (header_years.go)
	varcol  int8           // its Sisa column is a variance, realisasi − pagu: 1 yes, 2 no (anggaran_variance.go)
	cols    [][]string     // columnTexts(colsOf), see columns
	colsOf  *extract.Block // the block cols were read from
	partOf  *extract.Block // the first part of the table this block continues after a page break (dpt_continued.go)
}

// columns is columnTexts(t.b), read once per block: the series test and
// the capaian reader both ask it of the same table (issue 13: the column
// texts were a twentieth of the parser's bytes). A tableInfo copied onto
// another block (nt := *t; nt.b = &nb) reads its own. The answer is
// shared: read it, never write it (as columnTexts' callers do).
func (t *tableInfo) columns() [][]string {
	if t.colsOf != t.b {
		t.cols, t.colsOf = columnTexts(t.b), t.b
	}
	return t.cols
}

// columnsOf is columnTexts(b): t's shared answer when b is t's block.
func (t *tableInfo) columnsOf(b *extract.Block) [][]string {
	if b == t.b {
		return t.columns()
	}
	return columnTexts(b)
}

var reTabelNo = regexp.MustCompile(`(?i)^tabel\s*[:.]?\s*(\d+(?:\.\d+)*)`)
var reLampiranNo = regexp.MustCompile(`(?i)^lampiran\s+(\d+|[ivx]+)\b`)

func (p *parser) label(b *extract.Block) string {
	c := b.Caption
	// the lampiran pattern runs only behind its ASCII prefix: no other
	// letter folds to those of "lampiran" under (?i)
	if no, ok := tabelNo(c); ok { // reTabelNo
		return "Tabel " + no
	}
	if m := lampiranNo(c); m != nil {
		rest := strings.TrimSpace(c[len(m[0]):])
		if rest != "" {
			return shorten("Lampiran "+m[1]+" "+rest, 90)
		}
		return "Lampiran " + m[1]
	}
	if c = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(c, "Tabel:"), "Tabel")); normalize.CountFields(c) >= 2 {
		return shorten(c, 90)
	}
	return "tabel baris " + itoa(b.Start)
}

func lampiranNo(c string) []string {
	if !asciiPrefixFold(c, "lampiran") {
		return nil
	}
	return reLampiranNo.FindStringSubmatch(c)
}

// asciiPrefixFold: s starts with prefix (lower-case ASCII), ignoring the
// case of ASCII letters.
func asciiPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut < n/2 {
		cut = n
	}
	return s[:cut]
}

// headerText joins the header rows' cells, folded.
func headerText(b *extract.Block) string {
	var arr [256]byte // most headers fit: joined without an allocation
	buf := arr[:0]
	for _, h := range b.Header {
		for _, c := range h.Cells {
			if c != "" {
				if len(buf) > 0 {
					buf = append(buf, ' ')
				}
				buf = append(buf, c...)
			}
		}
	}
	return headerKey(buf)
}

// headerVocab are the long header words an OCR'd header misspells by one
// letter ("Indivator").
var headerVocab = []string{"indikator", "realisasi", "sasaran", "capaian", "strategis", "kegiatan", "anggaran", "kecamatan", "kabupaten"}

// fixOCR replaces the words of a folded header that are one edit away from
// a header word by that word. Short words are left alone: too many real
// words sit one letter from each other.
func fixOCR(k string) string {
	if len(k) < 7 || !ocrSuspect(k) {
		return k
	}
	var out []string
	changed := false
	words := strings.Fields(k)
	for i, w := range words {
		if len(w) < 7 {
			continue
		}
		for _, v := range headerVocab {
			if w != v && len(w)-len(v) <= 1 && len(v)-len(w) <= 1 && w[0] == v[0] && normalize.OneEdit(w, v) {
				if !changed {
					out = append([]string(nil), words...)
					changed = true
				}
				out[i] = v
				break
			}
		}
	}
	if !changed {
		return k
	}
	return strings.Join(out, " ")
}

// ocrSuspect: fixOCR may change k: some word of it is one edit from a
// header word. Only ASCII text is scanned here (split at ASCII white
// space, as strings.Fields splits it); any other is suspect.
func ocrSuspect(k string) bool {
	for i := 0; i < len(k); {
		for i < len(k) && isSpaceASCII(k[i]) {
			i++
		}
		j := i
		for j < len(k) && !isSpaceASCII(k[j]) {
			if k[j] >= 0x80 {
				return true
			}
			j++
		}
		if w := k[i:j]; len(w) >= 7 {
			for _, v := range headerVocab {
				if w != v && len(w)-len(v) <= 1 && len(v)-len(w) <= 1 && w[0] == v[0] && normalize.OneEdit(w, v) {
					return true
				}
			}
		}
		i = j
	}
	return false
}

// headerYear: some header cell of b holds a year's digits (19xx, 20xx).
// Without one, seriesColumns finds no year column (its labels, bare years,
// group years and year row all read those four digits) and answers false:
// most capaian headers ("Indikator | Target | Realisasi") name no year,
// and the column walk, cheap per table, was 4 % of the national sample.
func headerYear(b *extract.Block) bool {
	for _, h := range b.Header {
		for _, c := range h.Cells {
			if hasYearDigits(c) {
				return true
			}
		}
	}
	return false
}

// has: s (a folded text with a space at both ends) holds one of the words
// as a whole word: strings.Contains(s, " "+w+" ") without building the
// needle (this runs for every table and header cell).
func has(s string, words ...string) bool {
	for _, w := range words {
		if spacedIn(s, w, false) {
			return true
		}
	}
	return false
}

// hasPrefix: s holds a word starting with one of the prefixes
// (strings.Contains(s, " "+w) without building the needle).
func hasPrefix(s string, prefixes ...string) bool {
	for _, w := range prefixes {
		if spacedIn(s, w, true) {
			return true
		}
	}
	return false
}

// spacedIn is whether s holds w after a space and, unless prefix, before
// one. (Comparing each space-bounded run of s with the needles instead
// cost more instructions on the national sample, even for the needles of
// one letter that strings.Index finds inside many words.)
func spacedIn(s, w string, prefix bool) bool {
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], w)
		if i < 0 {
			break
		}
		i += off
		if i > 0 && s[i-1] == ' ' && (prefix || i+len(w) < len(s) && s[i+len(w)] == ' ') {
			return true
		}
		off = i + 1
	}
	return false
}

// classify decides a table's family from its caption and header.
func (p *parser) classify(b *extract.Block) *tableInfo {
	t := p.spareInfo // one table()'s tableInfo serves the next (table.go): issue 13
	if t == nil {
		t = &tableInfo{}
	}
	p.spareInfo = nil
	if nb, ok := measureRows(b); ok {
		b = nb // "Uraian: Pagu" over "Uraian: Realisasi", one amount column (anggaran_measure_rows.go)
	}
	*t = tableInfo{b: b, label: p.label(b), hdr: headerText(b), cap: normalize.SpacedKey(b.Caption), section: p.section, width: b.Width}
	h, c := t.hdr, t.cap
	switch {
	case (has(h, "kecamatan", "kabupaten", "kota", "kab", "wilayah", "kabupaten kota") || ppkNameTitle(h)) &&
		(has(h, "l", "p", "lp", "pemilih", "tps", "dpt") || hasPrefix(h, "laki")):
		t.fam = famDPT
	case has(h, "pemilihan", "pemilu") && (has(h, "l", "lp") || hasPrefix(h, "laki")) && has(h, "p", "perempuan") && has(h, "tps", "dpt", "pemilih"):
		// "Jenis Pemilihan | Jumlah TPS | L | P | L+P": one row per
		// election (dpt_elections.go)
		t.fam = famDPT
	case has(h, "bobot") && (has(h, "nilai", "skor")) && p.rbContext(t):
		t.fam = famRB
	case has(h, "bobot") && (has(h, "nilai", "skor")):
		t.fam = famSakipKomponen
	case (has(h, "pagu", "anggaran", "belanja", "dipa") || hasPrefix(h, "anggaran")) && (hasPrefix(h, "realisasi", "sisa")) && !has(h, "indikator"): // "belanja": jenis belanja as columns (anggaran_jenis.go)
		t.fam = famAnggaran
	case allocationBudget(h, c): // "Alokasi | Realisasi | Sisa Dana" (anggaran_headwords.go)
		t.fam = famAnggaran
	case (has(h, "pagu") || has(h, "anggaran") && (hasPrefix(c, "rencana kerja", "anggaran") || has(h, "program"))) && !has(h, "indikator", "target"):
		t.fam = famAnggaran // a plan: pagu only
	case has(h, "budget", "allocation") && hasPrefix(h, "realiz", "realis", "balance", "remaining") && !has(h, "indicator", "target"):
		t.fam = famAnggaran // English titles: "Budget (Rp) | Realization (Rp) | Balance (Rp)"
	case hasPrefix(h, "indikator", "indicator") && (hasPrefix(h, "target", "targe", "realisa") || has(h, "capaian", "tgt", "trgt", "real", "cap")):
		t.fam = famCapaian
		switch {
		case p.seriesColumns(t):
			if t.fam == famCapaian {
				t.fam = famSeri
			}
		case len(distinctYears(h)) >= 3 && !containsSpaced(h, "realisa"):
			t.fam = famNone // a Renstra matrix of targets per year
		case !hasPrefix(h, "target", "targe") && !has(h, "capaian", "tgt", "trgt", "cap") && !p.realisedTargetsKnown(t): // (capaian_realonly.go)
			t.fam = famNone // realisations without targets: not a capaian table
		}
	case (hasPrefix(h, "indikator", "indicator") || spacedIn(h, "ukuran kinerja", true)) && len(distinctYears(h)) == 0 && trcNamed(b):
		// "Ukuran Kinerja | Sat | T | R | C (%)": titles no vocabulary
		// knows, the columns named by their figures (capaian_arith_role.go)
		t.fam = famCapaian
	case hasPrefix(h, "indikator") && len(distinctYears(h)) >= 2 && (hasPrefix(c, "realisa") || yearsRealised(t)) && !hasPrefix(c+h, "target", "targe"):
		// "Realisasi Indikator Tahun 2020-2022" over "Indikator | 2020 |
		// 2021 | 2022": the caption names what the year columns hold
		t.fam = famNone
		if p.yearRowColumns(t) {
			t.fam = famSeri
		}
	case len(b.Header) == 0 && p.looksLikeSakipList(b):
		t.fam = famSakipSatker
	case len(b.Header) == 0 && hasPrefix(c, "sasaran", "indikator") && strings.Contains(c, "target"):
		t.fam = famNone
	}
	if t.fam == famNone && len(b.Header) > 0 {
		t.fam = p.classifySakip(t)
	}
	if t.fam == famNone && len(b.Header) > 0 && budgetByFigures(t) {
		t.fam = famAnggaran // "Dana Tersedia | Dana Digunakan | …": a pagu, the rest named by the figures (anggaran_by_figures.go)
	}
	if t.fam == famAnggaran {
		t.roles, _ = anggaranLayout(b, t.columns()) // anggaranRoles, the column texts shared with the budget readers
		if len(t.roles) > 0 && t.roles[0] == roleTahun {
			t.fam = famAnggaranTahun
		}
	}
	return t
}

// looksLikeSakipList: a table without a header whose rows mostly carry a
// score and a grade (the all-satker SAKIP result read from a photo).
func (p *parser) looksLikeSakipList(b *extract.Block) bool {
	n := 0
	for _, r := range b.Rows {
		score, grade := false, false
		for _, c := range r.Cells {
			if g := normalize.Grade(c); g != "" {
				grade = true
				continue
			}
			if v := normalize.ParseValue(c, normalize.Indonesian); v.Status == normalize.OK && v.Num != nil && *v.Num > 0 && *v.Num <= 100 && v.Decimals > 0 {
				score = true
			}
		}
		if score && grade {
			n++
		}
	}
	return n >= 5 && n*2 >= len(b.Rows)
}

// columnTexts is, per column, the header cells from the lowest header row
// up (nearest the data first).
func columnTexts(b *extract.Block) [][]string {
	w := b.Width
	for _, h := range b.Header {
		w = max(w, len(h.Cells))
	}
	cols := make([][]string, w)
	if len(b.Header) == 1 {
		return oneRowColumns(cols, b.Header[0].Cells) // (column_texts.go)
	}
	// one backing array: column j may take one cell per header row, in
	// its own capped stretch (an append beyond it copies)
	h := len(b.Header)
	back := make([]string, w*h)
	for j := range cols {
		cols[j] = back[j*h : j*h : j*h+h]
	}
	for i := len(b.Header) - 1; i >= 0; i-- {
		for j, c := range b.Header[i].Cells {
			if c != "" {
				cols[j] = append(cols[j], c)
			}
		}
	}
	for j := range cols {
		if len(cols[j]) == 0 {
			cols[j] = nil // as before: a column without header text is nil
		}
	}
	return cols
}

// roleCache remembers header cells: the same titles recur in every table.
var roleCache sync.Map

// roleOf maps one header cell to a capaian/series role.
func roleOf(cell string) int {
	if v, ok := roleCache.Load(cell); ok {
		return v.(int)
	}
	r := roleOf1(cell)
	if len(cell) < 80 {
		roleCache.Store(strings.Clone(cell), r) // a copy: never keep a document's text alive
	}
	return r
}

func roleOf1(cell string) int {
	if h, ok := formulaHeader(cell); ok { // a title naming its formula (worked_header.go)
		return roleOf1(h)
	}
	if quotientTitle(cell) {
		return roleNone // "Realisasi/Target (%)": named by its figures (capaian_ratio_title.go)
	}
	k := " " + fixOCR(normalize.Key(cell)) + " "
	sq := strings.ReplaceAll(k, " ", "")
	switch {
	case differenceTitle(k):
		return roleNone // "Capaian thd 100% (poin)": a difference, not the capaian (capaian_deviation_title.go)
	case strings.Contains(sq, "nasional") || strings.Contains(k, " kpu ri "):
		return roleNasional
	case strings.Contains(sq, "ratarata") || strings.Contains(sq, "rerata") || strings.Contains(k, " se ntt ") || strings.Contains(k, " se provinsi "):
		return roleBanding // the province's average beside the satker's own (capaian_plan.go)
	case has(k, "no", "nomor", "n") && len(strings.Fields(k)) <= 2:
		return roleNo
	case unitOfIndicator(k):
		// "Satuan Indikator", "Unit of Indicator": the unit, not the name
		return roleSatuan
	case strings.Contains(sq, "indikator") || strings.Contains(sq, "indicator") || strings.Contains(sq, "ukurankinerja") || strings.Contains(sq, "tolokukur") || skpIndicatorTitle(k): // (capaian_skp.go); "Ukuran Kinerja", "Tolok Ukur": the performance measure
		return roleIndikator
	case strings.Contains(sq, "sasaran") || strings.Contains(sq, "outcome"):
		return roleSasaran
	case strings.Contains(sq, "program") || has(k, "kegiatan"):
		return roleProgram
	case strings.Contains(sq, "tujuan"):
		return roleTujuan
	case strings.Contains(sq, "target") || strings.Contains(sq, "targe") || has(k, "tgt", "trgt", "tar") || strings.HasPrefix(k, " rencana ") && strings.Contains(sq, "capaian"):
		return roleTarget // "TGT", "Tar.": the abbreviated header; "Rencana (Tingkat) Capaian": the RKT/PK form's planned achievement, not "Rencana Hasil Kerja"
	case strings.Contains(sq, "realisa") || has(k, "real", "rea"):
		return roleRealisasi
	case strings.Contains(sq, "capaian") || strings.TrimSpace(cell) == "%" || has(k, "cap", "capai"):
		return roleCapaian
	case strings.Contains(sq, "keterangan") || has(k, "ket"):
		return roleKeterangan
	// English titles ("Performance Indicator | Unit | Target | Actual |
	// Achievement (%) | Remarks"): the same roles
	case has(k, "actual", "realized", "realised", "realization", "realisation"):
		return roleRealisasi
	case hasPrefix(k, "achievement"):
		return roleCapaian
	case has(k, "remarks", "remark", "notes"):
		return roleKeterangan
	case has(k, "unit"):
		return roleSatuan
	case strings.Contains(sq, "pelaksana") || strings.Contains(sq, "penanggung"):
		return rolePelaksana
	case strings.Contains(sq, "satuan") || has(k, "sat", "stn") && len(strings.Fields(k)) == 1:
		return roleSatuan // "Sat.", "Stn": the abbreviated unit header
	}
	return roleNone
}

// capaianRoles assigns a role to each column of a capaian table: for each
// column the header cell nearest the data that names a role wins (headers
// broken over several rows by page layout are common).
func capaianRoles(b *extract.Block) []int {
	return capaianRolesOf(b, columnTexts(b))
}

// capaianRolesOf is capaianRoles with b's column texts already read.
func capaianRolesOf(b *extract.Block, cols [][]string) []int {
	roles := make([]int, len(cols))
	for j, cs := range cols {
		for _, c := range cs {
			if r := roleOf(c); r != roleNone {
				roles[j] = r
				break
			}
		}
	}
	roles = blockRatioColumns(b, cols, roles, false, false) // "Indeks Capaian" 1,0334: no stated percent (ratio_columns.go)
	dropPlannedTargets(cols, roles)
	bareCapaian(cols, roles)              // "Persentase" alone beside Target and Realisasi (capaian_bare_header.go)
	arithTRC(b, roles)                    // "T | R | C (%)": three titles no vocabulary knows, named by their figures (capaian_arith_role.go)
	arithCapaian(b, roles)                // "R/T (%)": a title no vocabulary knows, named by its figures (capaian_arith_role.go)
	arithRealisasi(b, roles)              // "Capaian" beside "Persentase Capaian (%)": the realisasi, named by the figures (capaian_arith_role.go)
	planTargets(b, cols, roles, roleNone) // "Target Renstra" beside "Target PK" (capaian_plan.go)
	// "SASARAN/INDIKATOR KINERJA": one column holds sasaran group rows and
	// indicators; a "Sasaran" column left of no indicator column is the
	// indicator column.
	hasInd := false
	for _, r := range roles {
		if r == roleIndikator {
			hasInd = true
		}
	}
	if !hasInd {
		for j, r := range roles {
			if r == roleSasaran {
				roles[j] = roleIndikator
				break
			}
		}
	}
	return roles
}

// distinctYears lists the different years a text names.
func distinctYears(s string) []int {
	seen := map[int]bool{}
	var out []int
	for _, y := range yearsIn(s) {
		if !seen[y] {
			seen[y] = true
			out = append(out, y)
		}
	}
	return out
}
