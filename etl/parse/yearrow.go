package parse

import (
	"slices"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
)

// repeatsColumn reports whether two columns got the same year and kind: the
// header labels did not say which group a year belongs to.
func repeatsColumn(years []int, jenis []string) bool {
	seen := map[string]bool{}
	for j, jn := range jenis {
		if jn == "" {
			continue
		}
		k := jn + itoa(years[j])
		if seen[k] {
			return true
		}
		seen[k] = true
	}
	return false
}

// dropRepeated settles columns that got the same year and kind: a
// column no row fills (a header cell the PDF split off its column) gives
// way to the one that is filled; of two or more filled ones the header
// does not say which is which year, and the first is not proven the right
// one: all of them are cleared. It returns the year and kind of such
// cleared filled columns, or 0.
func dropRepeated(years []int, jenis []string, filled func(j int) bool) (int, string) {
	y, jn := 0, ""
	for j := range jenis {
		if jenis[j] == "" || jenis[j] == jenisOff {
			continue
		}
		same := func(k int) bool { return jenis[k] == jenis[j] && years[k] == years[j] }
		n, full, keep := 0, 0, -1
		for k := j; k < len(jenis); k++ {
			if same(k) {
				n++
				if filled(k) {
					full, keep = full+1, k
				}
			}
		}
		if n < 2 {
			continue
		}
		if full > 1 {
			y, jn, keep = years[j], jenis[j], -1
		}
		for k := len(jenis) - 1; k >= j; k-- { // from the right: jenis[j] is read until the last
			if k != keep && same(k) {
				jenis[k] = ""
			}
		}
	}
	return y, jn
}

// filledColumn: some row of b has a cell in column j.
func filledColumn(b *extract.Block, j int) bool {
	for i := range b.Rows {
		if strings.TrimSpace(b.Rows[i].Cell(j)) != "" {
			return true
		}
	}
	return false
}

// yearRowColumns reads a comparison table by its row of years when the
// labels above it do not line up with the columns ("Target Kinerja Jangka
// Menengah | ... | Realisasi" over "2020 2021 2022 2023 2024 2024"). The
// data cells sit under the year cells, so each year cell names its column.
// The years run in groups: a first increasing run, then a run that starts
// again (2020..2024, then 2024 or 2022, 2024). When the header or caption
// speaks of targets, the first run is the target and the later run the
// realisation; otherwise every column is a realisation. A table whose
// values do not sit under year cells is not read this way.
func (p *parser) yearRowColumns(t *tableInfo) bool {
	b := t.b
	row, byElection := -1, false
	for i := len(b.Header) - 1; i >= 0 && row < 0; i-- {
		n, el := 0, 0
		for _, c := range b.Header[i].Cells {
			if y, _ := yearCell(c); y > 0 {
				n++
			} else if electionYearTitle(c) > 0 {
				el++
			}
		}
		if n >= 2 || n == 0 && el >= 2 {
			row, byElection = i, n == 0
		}
	}
	if row < 0 || byElection && !yearsRealised(t) {
		return false
	}
	cells := b.Header[row].Cells
	n := len(cells)
	years := make([]int, n)
	frag := make([]string, n)
	first := -1
	elections := 0
	for j, c := range cells {
		years[j], frag[j] = yearCell(c)
		if years[j] == 0 && byElection {
			// "Pilkada 2018 | Pemilu 2019 | Pemilu 2024": what each
			// election gave, a realisation
			if years[j] = electionYearTitle(c); years[j] > 0 {
				elections++
			}
		}
		if years[j] > 0 && first < 0 {
			first = j
		}
	}
	roles := capaianRoles(b)
	ind := indexOf(roles, roleIndikator)
	if ind < 0 || ind >= first {
		return false
	}
	// the values must sit under year cells
	valued := 0
	for ri := range b.Rows {
		r := &b.Rows[ri]
		if isFootnoteRow(r) {
			continue
		}
		for j, c := range r.Cells {
			if c == "" || j <= ind {
				continue
			}
			if j >= n || years[j] == 0 {
				if j >= first && yearValue(c) {
					return false
				}
				continue
			}
			valued++
		}
	}
	if valued == 0 {
		return false
	}
	targets := hasPrefix(t.hdr, "target", "targe") || hasPrefix(t.cap, "target")
	jenis := make([]string, n)
	group, prev, realFrom := 0, 0, -1
	for j := range cells {
		y := years[j]
		if y == 0 {
			continue
		}
		if prev > 0 && y <= prev {
			group++
		}
		prev = y
		if realFrom < 0 && (group > 0 || isRealisasiFragment(frag[j])) {
			realFrom = j
		}
	}
	if targets && realFrom < 0 {
		return false // targets alone: a Renstra matrix
	}
	if !targets && p.doc.Meta.Tahun > 0 && slices.Max(years) > p.doc.Meta.Tahun {
		return false // a realisation of a year after the report's: a projection, not a realisation
	}
	if elections > 0 && (targets || elections != countYears(years)) {
		return false // elections beside other year columns: which kind each holds is unsaid
	}
	for j := range cells {
		switch {
		case years[j] == 0:
		case !targets || j >= realFrom:
			jenis[j] = "realisasi"
		default:
			jenis[j] = "target"
		}
	}
	if repeatsColumn(years, jenis) {
		return false
	}
	t.years, t.jenis, t.roles = years, jenis, roles
	return true
}

// yearCell reads a year-row cell: a year alone, or a year with a short
// word shard ("si 2024", the end of "Realisasi" cut by the column edge).
func yearCell(c string) (int, string) {
	var f [2]string
	n := firstFields(c, f[:])
	if n == 0 || n > 2 {
		return 0, ""
	}
	y, rest := 0, ""
	for _, w := range f[:n] {
		if len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) {
			if v, err := strconv.Atoi(w); err == nil && y == 0 {
				y = v
				continue
			}
		}
		rest = w
	}
	if y == 0 || len(rest) > 4 || rest != "" && !isLetters(rest) {
		return 0, ""
	}
	return y, strings.ToLower(rest)
}

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// isRealisasiFragment: a shard that ends the word "realisasi".
func isRealisasiFragment(s string) bool {
	return len(s) >= 2 && strings.HasSuffix("realisasi", s)
}

// yearValue: a cell that states a value (not text continuing a label).
func yearValue(c string) bool {
	return valueLike(c) || wordValue(c)
}

// topicOf is the indicator a heading announces ("Sasaran Strategis: ...
// dengan indikator Persentase ..."), or "".
func topicOf(text string) string {
	if len(text) > 400 || !strings.Contains(text, "ndikator ") {
		return ""
	}
	var i int
	if asciiOnly(text) {
		i = lastIndexLowerASCII(text, "dengan indikator ") // no lower-cased copy (speed_fields.go)
	} else {
		low := strings.ToLower(text)
		i = strings.LastIndex(low, "dengan indikator ")
		if len(low) != len(text) {
			return ""
		}
	}
	if i < 0 {
		return ""
	}
	return strings.TrimSpace(strings.TrimRight(text[i+len("dengan indikator "):], ". "))
}

// fromTopic is the announced indicator when a row's indicator cell is a
// shard of it (a cell cut to "informasi"): every word of the cell is a
// word of the topic.
func fromTopic(cell, topic string) (string, bool) {
	if topic == "" {
		return "", false
	}
	words := strings.Fields(strings.ToLower(cell))
	if len(words) == 0 || len(words) > 3 {
		return "", false
	}
	tw := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(topic)) {
		tw[w] = true
	}
	for _, w := range words {
		if len(w) < 4 || !tw[w] {
			return "", false
		}
	}
	return topic, true
}

// electionWords name an election in a column title.
var electionWords = []string{"pemilu", "pilkada", "pemilihan", "pileg", "pilpres", "pilgub", "pilbup", "serentak", "umum",
	"election", "general", "local"}

// electionWord: w is one of electionWords, in any case (no allocation:
// it runs on header cells of every table).
func electionWord(w string) bool {
	for _, e := range electionWords {
		if strings.EqualFold(w, e) {
			return true
		}
	}
	return false
}

// electionYearTitle is the year of a column titled by an election and its
// year alone ("Pemilu 2019", "Pilkada Serentak 2020", "Election 2024"), or 0.
func electionYearTitle(c string) int {
	y, words := 0, 0
	for w := range strings.FieldsSeq(c) { // no allocation: it runs on header cells of every table
		words++
		if y == 0 && len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && isDigitByte(w[2]) && isDigitByte(w[3]) {
			y = atoi(w)
			continue
		}
		if len(w) > 9 || !electionWord(w) {
			return 0
		}
	}
	if words < 2 || words > 3 {
		return 0
	}
	return y
}

// countYears is the number of columns with a year.
func countYears(years []int) int {
	n := 0
	for _, y := range years {
		if y > 0 {
			n++
		}
	}
	return n
}

// yearsRealised: a table whose year columns, the caption or header naming
// no kind, hold realisations: the caption names a trend, or every year
// column is an election.
func yearsRealised(t *tableInfo) bool {
	if trendCaption(t.cap) {
		return true
	}
	if len(t.b.Header) == 0 {
		return false
	}
	n := 0
	for _, c := range t.b.Header[len(t.b.Header)-1].Cells {
		if y, _ := yearCell(c); y > 0 {
			return false
		}
		if electionYearTitle(c) > 0 {
			n++
		}
	}
	return n >= 2
}

// trendCaption: a caption that names the course of values over the years
// ("Perkembangan Partisipasi", "Tren ...", "Turnout Trend"): its year
// columns hold what each year gave.
func trendCaption(c string) bool {
	return has(c, "perkembangan", "tren", "trend", "kecenderungan", "riwayat", "history")
}
