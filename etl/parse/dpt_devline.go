package parse

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A DPT written as labelled one-line records inside a device's output:
// a pager decoder's log, USSD screens on a phone, an SMS gateway's log, a
// radio net's log, a serial console. One line a place, the place's name
// followed by short labels each with its figure:
//
//	POCSAG1200: Address: 1530100  Function: 3  Alpha:   DPT19 KEC NUBATUKAN DS 19 TPS 35 L 4.153 P 4.096 JML 8.249<EOT>
//	1 ROTE BARAT DAYA: DS 13, TPS 27, L 5.278, P 5.507, Jml 10.785
//	Total Kab. Rote Ndao: DS 119, TPS 347, L 42.508, P 44.209, Jml 86.717
//
// Read as prose the wrapper's own figures (an address, a function code, a
// menu number, a time) stand beside the counts and no row is seen; the
// logbook reader (dpt_logbook.go) wants a log's title and a place word, and
// reads a name up to the first lower-case word, so "NUBATUKAN DS" is
// taken for the name. devlineRecords reads only the figures standing right
// behind a DPT label (devlineRole: DS/Desa/Kel, TPS, L/LK/Laki, P/PR/
// Perempuan, JML/Jumlah/Total/L+P), the labelled pairs in one unbroken run
// (spaces, commas, ";", "|", ":" or "=" between them; a line with two runs
// is no record). The place is the words right before the run: after a
// place word (KEC, Kecamatan, PPK, Distrik), or the capitalised words after
// a menu number or a wrapper's field; KAB/Kabupaten/Kota, or a summing word
// (Total, Jumlah, Rekap) before the name, mark the kabupaten's whole.
// Records on lines no more than devlineGap lines apart (a screen's menu and
// border, a blank line) form one run. A run is left to its own reader when
// every line is an item the items reader takes (dpt_items.go), when its
// places stand at different indents or behind a tree's branch (a tree's
// levels: tree_view.go), or when a markup tag runs through a line (HTML
// cards: dpt_device_labels.go). The run goes through labelTable
// (label_sheet.go): each place loads only when L + P = its total, the whole
// only as the sums of the places. When no record of the run states a total,
// the run loads only when its whole is there and proves every count the
// places carry by their sums; the totals are then L + P. vertWrite writes
// the run as one TAB table in place under the nearest line above that
// names an election or DPT and a year (the wrapper's lines in between
// blanked), so the DPT reader takes the election and year from it.

// devlineGap is how many lines that are no record (a screen's menu, its
// border, a blank line) may stand between two records of one run.
const devlineGap = 6

// devlineCaptionSpan is how far above the first record the caption may stand.
const devlineCaptionSpan = 10

// devlineRecords rewrites the runs of labelled one-line DPT records of a
// text as TAB tables; data itself when it holds none. Findings go to doc.
func devlineRecords(doc *facts.Document, data []byte) []byte {
	if !devlineLikely(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	var tables []vertTable
	regions := map[string]string{}
	own := func(name string) string { // logOwnRegion, once a name
		r, ok := regions[name]
		if !ok {
			r = logOwnRegion(lines, name)
			regions[name] = r
		}
		return r
	}
	var run []label
	var indents []int
	top := -1 // the first line of the run's first record
	last, items := -1, 0
	flush := func() {
		// a run whose every line is an item the items reader reads
		// (dpt_items.go: "Kec. A - desa/kel 13, TPS 98, L …") is its own;
		// places indented unlike each other are a tree's levels
		// (kabupaten, kecamatan, desa: tree_view.go), no one roll
		if len(run) >= 2 && items < len(run) && devlineOneLevel(run, indents) {
			if t, ok := devlineTable(doc, lines, run, top); ok {
				tables = append(tables, t)
			}
		}
		run, indents, items = nil, nil, 0
	}
	for i, l := range lines {
		if !devlineCandidate(l) {
			continue
		}
		lb, ok := devlineRecord(l, own)
		if !ok {
			continue
		}
		lb.line = i
		from := i
		if lb.title == "" {
			// the figures alone: the place stands above (dpt_devline_card.go)
			if lb.title, lb.area, from, ok = devlinePlaceAbove(lines, i, own); !ok {
				continue
			}
		}
		if last >= 0 && from-last-1 > devlineGap {
			flush()
		}
		if len(run) == 0 {
			top = from
		}
		run = append(run, lb)
		indents = append(indents, devlineIndent(l))
		last = i
		if _, item, named := dptItemOf(l); item || named {
			items++
		}
	}
	flush()
	return vertWrite(doc, data, lines, tables)
}

// devlineIndent is a line's indent: the spaces among the marks that open
// it ("   ", ">   ", "|  "), up to its first letter or figure.
func devlineIndent(l string) int {
	n := 0
	for i := 0; i < len(l) && l[i] < 0x80 && !isLetterByte(l[i]) && !(l[i] >= '0' && l[i] <= '9'); i++ {
		if l[i] == ' ' || l[i] == '\t' {
			n++
		}
	}
	return n
}

// devlineOneLevel: the places of a run (the whole aside) stand at one
// indent.
func devlineOneLevel(run []label, indents []int) bool {
	at := -1
	for k, r := range run {
		if r.whole() {
			continue
		}
		if at >= 0 && indents[k] != at {
			return false
		}
		at = indents[k]
	}
	return true
}

// devlineTable proves a run of records and places it: the table over the
// records' lines from top (the first record's first line), up to the
// caption above.
func devlineTable(doc *facts.Document, lines []string, run []label, top int) (vertTable, bool) {
	first, last := top, run[len(run)-1].line
	t := vertTable{from: first, to: last + 1}
	if c := devlineCaption(lines, first); c >= 0 {
		t.from = c + 1
	}
	for t.to < len(lines) && t.to-t.from <= len(run) && strings.TrimSpace(lines[t.to]) == "" {
		t.to++ // room for the header line
	}
	devlineKotaWhole(run)
	totals := false
	for _, r := range run {
		totals = totals || r.has[labelTotal]
	}
	if !totals && !devlineWholeProves(run) {
		return t, false
	}
	var kept []label
	for _, r := range run {
		if !totals {
			r.n[labelTotal] = r.n[labelL] + r.n[labelP]
			r.vals[labelTotal], r.has[labelTotal] = devlineFormat(r.n[labelTotal], r.vals[labelL]+r.vals[labelP]), true
		}
		if !r.has[labelTotal] {
			doc.Add(facts.Finding{Span: facts.Span{Start: r.line + 1, End: r.line + 1}, Aturan: "tabel.baris_tidak_dikenali", Tingkat: facts.Warning,
				Pesan: fmt.Sprintf("baris %q baris %d: tanpa jumlah; tidak dibaca", r.title, r.line+1)})
			continue
		}
		kept = append(kept, r)
	}
	if len(kept) < 2 {
		return t, false
	}
	t, _, ok := labelTable(doc, t, kept, "baris")
	return t, ok
}

// devlineKotaWhole: a place read as "KOTA X" with no summing word is a
// kecamatan (Kota Tambolaka, Kota Komba) unless its L and P are the sums
// of two or more other places': then it is the kota's whole.
func devlineKotaWhole(run []label) {
	for k := range run {
		f := strings.Fields(run[k].title)
		if !run[k].area || len(f) < 2 || !strings.EqualFold(f[0], "kota") {
			continue
		}
		var l, p int64
		n := 0
		for j, r := range run {
			if j != k && !r.whole() {
				l, p, n = l+r.n[labelL], p+r.n[labelP], n+1
			}
		}
		if n >= 2 && l == run[k].n[labelL] && p == run[k].n[labelP] {
			run[k].area = false
		}
	}
}

// devlineWholeProves: a run stating no totals stands only when it holds
// one whole whose every count is the sum of the places', each place
// carrying every count the whole does, L and P among them.
func devlineWholeProves(run []label) bool {
	var whole *label
	places := 0
	var sum [labelRoles]int64
	var has [labelRoles]int
	for k := range run {
		if run[k].whole() {
			if whole != nil {
				return false
			}
			whole = &run[k]
			continue
		}
		places++
		for r := range sum {
			if run[k].has[r] {
				sum[r] += run[k].n[r]
				has[r]++
			}
		}
	}
	if whole == nil || places < 2 {
		return false
	}
	for r := range sum {
		if has[r] > 0 && !whole.has[r] {
			return false
		}
		if whole.has[r] && (has[r] != places || sum[r] != whole.n[r]) {
			return false
		}
	}
	return true
}

// devlineFormat writes v in the grouping the record's figures use: "."
// or "," every three digits (mt940Dots, anggaran_mt940.go), none when
// they show none.
func devlineFormat(v int64, like string) string {
	switch {
	case strings.Contains(like, "."):
		return mt940Dots(v)
	case strings.Contains(like, ","):
		return strings.ReplaceAll(mt940Dots(v), ".", ",")
	}
	return strconv.FormatInt(v, 10)
}

// devlineCaption is the nearest line within devlineCaptionSpan above the
// record at i that names an election (or the DPT) and a year; -1 for none.
// The lines between are the wrapper's, blanked under the table: a TAB
// table's row or another table's caption ends the look.
func devlineCaption(lines []string, i int) int {
	for k := i - 1; k >= 0 && k >= i-devlineCaptionSpan; k-- {
		if strings.Contains(lines[k], "\t") {
			return -1
		}
		if len(lines[k]) > 300 || !reLogYear.MatchString(lines[k]) {
			if strings.HasPrefix(strings.TrimSpace(lines[k]), "Tabel") {
				return -1
			}
			continue
		}
		low := strings.ToLower(lines[k])
		if strings.Contains(low, "pemilu") || strings.Contains(low, "pemilihan") || strings.Contains(low, "pilkada") || strings.Contains(low, "dpt") {
			return k
		}
	}
	return -1
}
