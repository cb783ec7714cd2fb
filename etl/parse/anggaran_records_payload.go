package parse

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// Budget lines as delimited payload strings, one more machine format of
// machineRecords (anggaran_records.go): the texts of scanned QR codes or
// barcodes, a message queue's bodies, one record a line, its fields parted
// by one delimiter (`|`, `;`, `^`, `~`), positional fields first under a
// common tag, then named `KEY=VALUE` fields; an optional label before the
// payload (`Hasil pindai 1:`, `Scan #3`, a timestamp) is the scanner's:
//
//	Hasil pindai 1: KPU-ANG|2024|076.01.WA|Program Dukungan Manajemen|PAGU=3378120000|REAL=3206438446|SISA=171681554|SERAPAN=94,92
//	Hasil pindai 8: KPU-ANG|2024|JUMLAH|JUMLAH|PAGU=11700470000|REAL=…
//	(kunci: PAGU, REAL (realisasi), SISA dalam rupiah, SERAPAN dalam persen)
//
// The run is the lines sharing the delimiter and the tag (the first field's
// last word). Positional fields are read by their shape only: a year, a
// budget code (076.01.WA, 3355) or JUMLAH/TOTAL, a name (letters); a
// positional figure of another shape fails the set. Named fields are read
// through the budget vocabulary (recRole) and the glosses of a key line near
// the run (`REAL (realisasi)`, `R = realisasi`). A run whose records name
// neither pagu nor realisasi (a ticket's HARGA=, a payment QR) is no budget;
// a year other than the report's is another year's budget, not loaded. The
// records are proven and rewritten by kvExport/blkExport as the other
// machine records are (sisa = pagu − realisasi, the percent, the kegiatan
// summing to their program, the programs to the total).

// payDelims are the delimiters a payload may use ('#' is a label's `Scan #n`).
const payDelims = "|;^~"

var (
	payNamed = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9_.\-]*)\s*=\s*(.*)$`)
	payYear  = regexp.MustCompile(`^(?:19|20)\d\d$`)
	payGloss = regexp.MustCompile(`\b([A-Za-z][A-Za-z0-9_%]*)\s*\(([^()]{3,40})\)`)
)

// payRoleKey: a role's field name as recRole knows it.
var payRoleKey = map[string]string{"pagu": "pagu", "real": "realisasi", "sisa": "sisa", "sera": "serapan",
	"code": "kode", "name": "uraian", "induk": "induk"}

// payLine splits a line as a payload: its delimiter, tag and fields after
// the tag; ok false when the line holds fewer than two named fields under
// one delimiter.
func payLine(l string) (d byte, tag string, cells []string, ok bool) {
	t := strings.TrimSpace(l)
	for k := 0; k < len(payDelims); k++ {
		d = payDelims[k]
		if strings.IndexByte(t, d) < 0 {
			continue
		}
		cs := strings.Split(t, string(d))
		named := 0
		for _, c := range cs[1:] {
			if payNamed.MatchString(strings.TrimSpace(c)) {
				named++
			}
		}
		if named < 2 || len(cs) < 3 {
			continue
		}
		head := strings.Fields(cs[0])
		if len(head) == 0 || payNamed.MatchString(strings.TrimSpace(cs[0])) {
			return 0, "", nil, false // no tag: a plain key=value list
		}
		for c := range cs {
			cs[c] = strings.TrimSpace(cs[c])
		}
		return d, head[len(head)-1], cs[1:], true
	}
	return 0, "", nil, false
}

// payGlosses reads a key line near the run (a few lines above or under):
// each `NAME (gloss)` or `NAME = gloss` whose gloss is a budget role gives
// the field NAME (lower case) that role.
func payGlosses(lines []string, from, to int) map[string]string {
	m := map[string]string{}
	for k := max(0, from-4); k < len(lines) && k < to+4; k++ {
		if k >= from && k < to {
			continue
		}
		l := lines[k]
		low := strings.ToLower(l)
		if !strings.Contains(low, "kunci") && !strings.Contains(low, "keterangan") && !strings.Contains(low, "key") {
			continue
		}
		for _, g := range payGloss.FindAllStringSubmatch(l, -1) {
			if r := recRole(g[2]); payRoleKey[r] != "" {
				m[strings.ToLower(g[1])] = r
			}
		}
		if gk, ok := glossParse(strings.Trim(strings.TrimSpace(l), "()")); ok && gk.family == "anggaran" {
			for n, lab := range gk.labels {
				r := gk.roles[n]
				if r == "serapan" {
					r = "sera"
				}
				if payRoleKey[r] != "" {
					m[strings.Join(lab, " ")] = r
				}
			}
		}
	}
	return m
}

// payYearOK: a payload's year is the report's or the one its caption (a
// few lines above the run) names; another year's budget is not this table.
func payYearOK(doc *facts.Document, lines []string, i int, year string) bool {
	y, _ := strconv.Atoi(year)
	if y == doc.Meta.Tahun {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if fiscalYear(lines[k]) == y {
			return true
		}
	}
	return false
}

// payRead reads the run of payload lines from line i; the last line read,
// true when rewritten as a budget table.
func payRead(doc *facts.Document, lines []string, i int) (int, bool) {
	d, tag, _, ok := payLine(lines[i])
	if !ok {
		return i, false
	}
	type payRec struct{ cells []string }
	var recs []payRec
	to := i
	for j := i; j < len(lines) && j < i+2000; j++ {
		if strings.TrimSpace(lines[j]) == "" {
			continue
		}
		dj, tj, cj, ok := payLine(lines[j])
		if !ok || dj != d || tj != tag {
			break
		}
		recs = append(recs, payRec{cj})
		to = j + 1
	}
	gloss := payGlosses(lines, i, to)
	what := "hasil pindai anggaran " + tag
	fail := func(why string) (int, bool) {
		doc.Add(facts.Finding{Span: facts.Span{Start: i + 1, End: to}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
			Pesan: what + ": " + why + "; tidak dimuat sebagai anggaran"})
		return max(i, to-1), false
	}
	var groups []*kvGroup
	for n, r := range recs {
		g := &kvGroup{id: "pindai " + strconv.Itoa(n+1)}
		code, name, year := "", "", ""
		for _, c := range r.cells {
			if m := payNamed.FindStringSubmatch(c); m != nil {
				k := m[1]
				if role, ok := gloss[strings.ToLower(k)]; ok {
					k = payRoleKey[role]
				}
				g.keys, g.vals = append(g.keys, k), append(g.vals, m[2])
				continue
			}
			switch {
			case c == "" || c == "-":
			case payYear.MatchString(c) && year == "":
				year = c
			case code == "" && (passbookCode(c) || hierTotal.MatchString(c)):
				code = c
			case name == "" && isLetterByte(c[0]):
				name = c
			default:
				if recDigit.MatchString(c) {
					return fail(g.id + ": medan " + c + " tidak dikenal")
				}
				if name != "" {
					return fail(g.id + ": dua uraian")
				}
			}
		}
		if year != "" && !payYearOK(doc, lines, i, year) {
			return fail(g.id + ": tahun " + year + " bukan tahun laporan atau tabelnya")
		}
		if code != "" {
			g.keys, g.vals = append(g.keys, "kode"), append(g.vals, code)
		}
		if name != "" {
			g.keys, g.vals = append(g.keys, "uraian"), append(g.vals, name)
		}
		groups = append(groups, g)
	}
	// room for the table's header: a blank line above the run, or under it
	from := i
	if from > 0 && strings.TrimSpace(lines[from-1]) == "" {
		from--
	} else if to < len(lines) && strings.TrimSpace(lines[to]) == "" {
		to++
	}
	return kvExport(doc, lines, from, to, groups, what)
}
