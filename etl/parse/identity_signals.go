package parse

import (
	"bytes"
	"fmt"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// yearSignal is one place that suggests the report year.
type yearSignal struct {
	src  string // judul, periode, pk, tabel, tanda_tangan, berkas
	year int
	line int
}

// yearSignals are all the report-year signals of one document.
type yearSignals struct {
	list []yearSignal
	tie  bool // decide found two years with the same support
}

// signal weights: the title settles the year alone; the reporting period
// nearly so; the rest vote.
var signalWeight = map[string]int{"judul": 10, "periode": 8, "pk": 3, "tabel": 2, "tanda_tangan": 2, "berkas": 2}

var signalName = map[string]string{"judul": "judul", "periode": "periode laporan", "pk": "tahun Perjanjian Kinerja",
	"tabel": "tahun tabel capaian", "tanda_tangan": "tanggal tanda tangan", "berkas": "nama berkas"}

var (
	// "Periode Januari–Desember 2021", "periode 1 Januari s.d. 31 Desember 2021",
	// "Periode Tahun Anggaran 2021"
	rePeriode = regexp.MustCompile(`(?i)\bperiode\s*:?\s*(?:(?:1\s+)?januari\s*(?:(?:19|20)\d\d\s*)?(?:-|–|—|s\.?\s*/?\s*d\.?|sampai(?:\s+dengan)?|hingga)\s*(?:31\s+)?desember|tahun(?:\s+anggaran)?)\s+((?:19|20)\d\d)\b`)
	// after "Perjanjian Kinerja": " Tahun 2021", " (PK) Tahun Anggaran 2021"
	rePKAfter = regexp.MustCompile(`^\s*(?:\((?i:pk)\)\s*)?(?:(?i:tahun)\s+(?:(?i:anggaran)\s+)?)?((?:19|20)\d\d)\b`)
	// "Bajawa, Januari 2022", "Kalabahi, 12 Maret 2025"
	reSignDate = regexp.MustCompile(`(?i)^[A-Z][A-Za-z.' -]{2,30},\s*(?:(\d{1,2})\s+)?(januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|nopember|november|desember)\s+((?:19|20)\d\d)\.?$`)
	reBareYear = regexp.MustCompile(`^(?:TAHUN\s+(?:ANGGARAN\s+)?)?((?:19|20)\d\d)$`)
)

var months = map[string]int{"januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
	"agustus": 8, "september": 9, "oktober": 10, "november": 11, "nopember": 11, "desember": 12}

// yearSignals collects every report-year signal besides the title years
// already counted.
func (p *parser) yearSignals(titleYears map[int]int) *yearSignals {
	s := &yearSignals{}
	if y := bestCount(titleYears); y > 0 {
		s.list = append(s.list, yearSignal{src: "judul", year: y, line: 1})
	}
	pk := map[int]int{}
	pkLine := map[int]int{}
	tabel := map[int]int{}
	signed := false
	periode := false
	var low []byte
	// with a title year the other signals only check it: the cover,
	// foreword and summary (first lines) are enough, and cheap
	maxLine := 1 << 30
	if len(s.list) > 0 {
		maxLine = 150
	}
	for i := range p.blocks {
		b := &p.blocks[i]
		if b.Start > maxLine {
			break
		}
		text := b.Text
		if b.Kind == extract.Table {
			text = b.Caption
			if !hasYearDigits(text) {
				continue
			}
			if y := captionYear(b.Caption); y > 0 && (containsFold(b.Caption, "capaian kinerja") || containsFold(b.Caption, "pengukuran kinerja")) {
				tabel[y]++
			}
		}
		if text == "" || !hasYearDigits(text) {
			continue
		}
		low = lowerASCII(low[:0], text) // one lower-cased copy; bytes.Index is fast
		if !periode && bytes.Contains(low, []byte("periode")) {
			if m := rePeriode.FindStringSubmatch(text); m != nil {
				s.list = append(s.list, yearSignal{src: "periode", year: atoi(m[1]), line: b.Start})
				periode = true
			}
		}
		for off := 0; ; {
			i := bytes.Index(low[off:], []byte("perjanjian kinerja"))
			if i < 0 {
				break
			}
			at := off + i + len("perjanjian kinerja")
			off = at
			if m := rePKAfter.FindStringSubmatch(text[at:min(len(text), at+40)]); m != nil {
				y := atoi(m[1])
				if pk[y] == 0 {
					pkLine[y] = b.Start
				}
				pk[y]++
			}
		}
		if !signed && b.Kind == extract.Paragraph && len(text) < 60 && strings.IndexByte(text, ',') > 0 {
			if m := reSignDate.FindStringSubmatch(text); m != nil {
				signed = true
				y, mo := atoi(m[3]), months[strings.ToLower(m[2])]
				switch {
				case mo <= 6:
					// a report is signed in the months after its year ends
					s.list = append(s.list, yearSignal{src: "tanda_tangan", year: y - 1, line: b.Start})
				case mo >= 11:
					s.list = append(s.list, yearSignal{src: "tanda_tangan", year: y, line: b.Start})
				}
			}
		}
	}
	// the most named PK years (all of them on a tie: the vote then decides nothing)
	if y := bestCount(pk); y > 0 {
		for _, z := range sortedYears(pk) {
			if pk[z] == pk[y] {
				s.list = append(s.list, yearSignal{src: "pk", year: z, line: pkLine[z]})
			}
		}
	}
	if y := bestCount(tabel); y > 0 {
		s.list = append(s.list, yearSignal{src: "tabel", year: y, line: 1})
	}
	if ys := distinctYears(filepath.Base(p.name)); len(ys) == 1 {
		s.list = append(s.list, yearSignal{src: "berkas", year: ys[0], line: 1})
	}
	return s
}

// bestCount is the year with the highest count (the smaller year on a tie),
// or 0.
func bestCount(m map[int]int) int {
	best, n := 0, 0
	for _, y := range sortedYears(m) {
		if m[y] > n {
			best, n = y, m[y]
		}
	}
	return best
}

func sortedYears(m map[int]int) []int {
	ys := make([]int, 0, len(m))
	for y := range m {
		ys = append(ys, y)
	}
	sort.Ints(ys)
	return ys
}

// decide picks the report year, its confidence (tinggi, sedang, rendah)
// and the signals it rests on. Two years with equal support decide
// nothing.
func (s *yearSignals) decide() (int, string, string) {
	for _, src := range []string{"judul", "periode"} {
		for _, g := range s.list {
			if g.src != src {
				continue
			}
			conf := "tinggi"
			if src == "periode" && len(s.agreeing(g.year)) < 2 {
				conf = "sedang"
			}
			return g.year, conf, strings.Join(s.agreeing(g.year), ", ")
		}
	}
	score := map[int]int{}
	for _, g := range s.list {
		score[g.year] += signalWeight[g.src]
	}
	best, bestN, second := 0, 0, 0
	for y, n := range score {
		switch {
		case n > bestN:
			best, bestN, second = y, n, bestN
		case n > second:
			second = n
		}
	}
	if best == 0 {
		return 0, "", ""
	}
	why := strings.Join(s.agreeing(best), ", ")
	if second == bestN {
		s.tie = true
		return 0, "", "sinyal tahun saling bertentangan: " + s.describe()
	}
	conf := "rendah"
	if len(s.agreeing(best)) >= 2 {
		conf = "sedang"
	}
	return best, conf, why
}

func (s *yearSignals) agreeing(year int) []string {
	var out []string
	for _, g := range s.list {
		if g.year == year {
			out = append(out, signalName[g.src])
		}
	}
	return out
}

func (s *yearSignals) describe() string {
	var out []string
	for _, g := range s.list {
		out = append(out, fmt.Sprintf("%s %d", signalName[g.src], g.year))
	}
	return strings.Join(out, ", ")
}

// conflicts reports the signals that name another year than the one
// chosen.
func (s *yearSignals) conflicts(p *parser, year int) {
	for _, g := range s.list {
		if g.year == year || g.src == "tabel" {
			continue
		}
		p.find("dokumen.identitas_konflik", "warning", g.line, g.line, itoa(g.year),
			"%s menunjukkan tahun %d, tahun laporan %d", signalName[g.src], g.year, year)
	}
}

// coverTitle reads a cover whose title is split over several short lines,
// from the raw text (extraction drops a year alone on its line as a page
// number): the satker it names and its year ("TAHUN ANGGARAN 2024", or
// "2024" alone).
func (p *parser) coverTitle() (string, int) {
	var lines []string
	text := p.raw
	for n := 0; n < 150 && len(text) > 0; n++ {
		var ln []byte
		if i := bytes.IndexByte(text, '\n'); i >= 0 {
			ln, text = text[:i], text[i+1:]
		} else {
			ln, text = text, nil
		}
		if len(ln) > 300 {
			lines = append(lines, "")
			continue
		}
		s := normalize.Clean(strings.ReplaceAll(string(ln), "\t", " "))
		if s != "" {
			lines = append(lines, s)
		}
	}
	at := -1
	for i, l := range lines {
		if len(l) <= 150 && titleAt(strings.ToUpper(l)) >= 0 {
			at = i
			break
		}
	}
	if at < 0 {
		return "", 0
	}
	from, to := max(0, at-3), at
	for from < at && (lines[from] == "" || len(lines[from]) > 150) {
		from++
	}
	for to+1 < len(lines) && to < at+10 {
		l := lines[to+1]
		up := strings.ToUpper(l)
		if l == "" || len(l) > 150 || strings.HasPrefix(up, "KATA PENGANTAR") || strings.HasPrefix(up, "DAFTAR ISI") ||
			strings.Contains(up, "EKSEKUTIF") {
			break
		}
		to++
	}
	window := lines[from : to+1]
	joined := strings.Join(window, " ")
	id := ""
	if ids := mostSpecific(distinct(satkersNamed(joined, strings.ToUpper(joined)))); len(ids) == 1 {
		id = ids[0]
	}
	year := 0
	for _, l := range window[at-from:] {
		up := strings.ToUpper(l)
		if m := reBareYear.FindStringSubmatch(up); m != nil {
			year = atoi(m[1])
			break
		}
		if y := titleYear("LAPORAN KINERJA " + up); y > 0 && !strings.Contains(up, "NOMOR") && !strings.Contains(up, "PERIODE") {
			year = y
			break
		}
	}
	return id, year
}

// containsFold: s holds sub (lower-case ASCII) in any case, without
// allocating.
func containsFold(s, sub string) bool {
	n := len(sub)
	for i := 0; i+n <= len(s); i++ {
		j := 0
		for j < n {
			c := s[i+j]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != sub[j] {
				break
			}
			j++
		}
		if j == n {
			return true
		}
	}
	return false
}
