package parse

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A DPT typed again from a monitoring exporter's Prometheus text
// exposition (`/metrics`): metric families under `# HELP` / `# TYPE`
// comment lines, one sample a line, the place a label of the sample:
//
//	# HELP dpt_jumlah_tps Jumlah TPS per wilayah.
//	# TYPE dpt_jumlah_tps gauge
//	dpt_jumlah_tps{kecamatan="ATAMBUA BARAT"} 70
//	…
//	dpt_jumlah_tps{kabupaten="BELU"} 595
//	# TYPE dpt_pemilih gauge
//	dpt_pemilih{kecamatan="ATAMBUA BARAT",jenis="laki"} 9574
//	dpt_pemilih{kecamatan="ATAMBUA BARAT",jenis="perempuan"} 9266
//	dpt_pemilih{kecamatan="ATAMBUA BARAT",jenis="jumlah"} 18840
//
// Read as prose nothing loads. promSamples groups the samples of a run of
// exposition lines by their place label (kecamatan, kec, wilayah, nama,
// distrik, ppk: an area; kabupaten, kab, kota: the kabupaten's whole).
// A sample's role comes from the words of its metric name and of its
// other label values together (progDashRole: desa, tps, laki/l/pria,
// perempuan/p/wanita, total/jumlah/pemilih/dpt); a word of no count's
// meaning (http, requests, GET) gives the sample no role, and a place
// without L, P and the total gives nothing (a web server's requests per
// region are no roll). The metric names or the lines just above must
// speak of voters (kvDPTContext). labelTable proves each place by
// L + P = total and the whole by the sums of the areas', and vertWrite
// writes the places as one TAB table in place, so the DPT reader reads
// them under the caption above, the election from the caption.

// promSamples rewrites every run of exposition samples in data as a TAB
// table. The gate is the comment's mark, looked up through the doc's index.
func promSamples(doc *facts.Document, data []byte) []byte {
	if !docHasAny(doc, data, "# TYPE", "# HELP") {
		return data
	}
	lines := strings.Split(string(data), "\n")
	var tables []vertTable
	for i := 0; i < len(lines); i++ {
		if !promComment(lines[i]) {
			continue
		}
		t, end, ok := promRun(doc, lines, i)
		if ok {
			tables = append(tables, t)
		}
		i = max(i, end-1)
	}
	return vertWrite(doc, data, lines, tables)
}

// promComment: a `# HELP name …` or `# TYPE name kind` line.
func promComment(l string) bool {
	l = strings.TrimSpace(l)
	return strings.HasPrefix(l, "# HELP ") || strings.HasPrefix(l, "# TYPE ")
}

// rePromSample is one sample: the metric name, its labels, the value and
// an optional timestamp.
var rePromSample = regexp.MustCompile(`^\s*([A-Za-z_:][A-Za-z0-9_:]*)\{([^{}]*)\}\s+(\S+)(?:\s+-?\d+)?\s*$`)

// rePromLabel is one `name="value"` pair of a sample's label set.
var rePromLabel = regexp.MustCompile(`\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*"((?:[^"\\]|\\.)*)"\s*(?:,|$)`)

// promSample is one sample line read.
type promSample struct {
	metric string
	labels [][2]string
	value  string
	line   int
}

// promParse reads a sample line; false for any other line (a label set
// not read whole is no sample).
func promParse(l string, k int) (promSample, bool) {
	m := rePromSample.FindStringSubmatch(strings.TrimRight(l, "\r\f"))
	if m == nil {
		return promSample{}, false
	}
	s := promSample{metric: m[1], value: m[3], line: k}
	rest := m[2]
	for strings.TrimSpace(rest) != "" {
		p := rePromLabel.FindStringSubmatchIndex(rest)
		if p == nil || p[0] != 0 {
			return promSample{}, false
		}
		s.labels = append(s.labels, [2]string{rest[p[2]:p[3]], strings.ReplaceAll(rest[p[4]:p[5]], `\"`, `"`)})
		rest = rest[p[1]:]
	}
	return s, true
}

// promRun reads the exposition lines from lines[from] on: the table, the
// line after the run, whether it stands.
func promRun(doc *facts.Document, lines []string, from int) (vertTable, int, bool) {
	t := vertTable{from: from, to: from + 1}
	var samples []promSample
	k := from
	for ; k < len(lines); k++ {
		l := lines[k]
		if promComment(l) {
			t.to = k + 1
			continue
		}
		if s, ok := promParse(l, k); ok {
			samples = append(samples, s)
			t.to = k + 1
			continue
		}
		if j := kvPageBreak(lines, k); j > k {
			k = j - 1 // the export runs on over the page's foot
			continue
		}
		if strings.TrimSpace(l) == "" && k+1 < len(lines) && (promComment(lines[k+1]) || rePromSample.MatchString(lines[k+1])) {
			continue // a blank line between families
		}
		break
	}
	end := max(k, from+1)
	t, ok := promTable(doc, lines, from, t, samples)
	return t, end, ok
}

// promTable groups the samples of one run of an export (a Prometheus
// exposition, an Influx line protocol, Graphite or OpenTSDB lines) by
// place and proves them: the table for vertWrite, whether it stands.
func promTable(doc *facts.Document, lines []string, from int, t vertTable, samples []promSample) (vertTable, bool) {
	if len(samples) < 2 {
		return t, false
	}
	var words []kvHash
	for _, s := range samples {
		words = append(words, kvHash{key: s.metric})
	}
	if !kvDPTContext(lines, from, words) {
		return t, false
	}
	// group by place, in the order the places first come
	var order []string
	byPlace := map[string]*label{}
	for _, s := range samples {
		place, whole, rest := promPlace(s.labels)
		if place == "" {
			continue // a sample of no place
		}
		key := fmt.Sprint(whole, "\x00", place)
		l := byPlace[key]
		if l == nil {
			l = &label{line: s.line, title: place, area: !whole}
			byPlace[key] = l
			order = append(order, key)
		}
		r, done := progDashRole(promRoleWords(append([]string{s.metric}, rest...)))
		if r < 0 || done || !reProgDashFig.MatchString(s.value) || len(s.value) > 13 {
			continue // a sample of no count (an info, a float, a rate)
		}
		var n int64
		for _, c := range s.value {
			if c != '.' {
				n = n*10 + int64(c-'0')
			}
		}
		if l.has[r] && l.n[r] != n {
			doc.Add(facts.Finding{Span: facts.Span{Start: s.line + 1, End: s.line + 1}, Aturan: "tabel.baris_tidak_dikenali", Tingkat: facts.Warning,
				Pesan: fmt.Sprintf("metrik %q baris %d: satu hitungan %s dengan dua angka berbeda; tidak dibaca", s.metric, s.line+1, place)})
			return t, false
		}
		l.has[r], l.n[r], l.vals[r] = true, n, s.value
	}
	var all []label
	for _, key := range order {
		l := *byPlace[key]
		if !l.has[labelL] || !l.has[labelP] || !l.has[labelTotal] {
			return t, false // a place of no voter count: no DPT
		}
		if !l.area {
			// the DPT reader knows a whole by its first word
			if !labelWhole(l.title) {
				l.title = "Kabupaten " + l.title
			}
		}
		all = append(all, l)
	}
	t, _, ok := labelTable(doc, t, all, "metrik")
	return t, ok
}

// promRoleWords joins a sample's metric name and other label values as the
// words of its role, leaving out the words that name the election, the
// year or the export's own plumbing ("pilkada2020", "2020", "value"): they
// say nothing of what is counted, and progDashRole would take them for a
// word of no count's meaning.
func promRoleWords(parts []string) string {
	var out []string
	for _, p := range parts {
		for _, w := range strings.FieldsFunc(strings.ToLower(p), func(r rune) bool {
			return r == '_' || r == '.' || r == ' ' || r == '/' || r == ':'
		}) {
			if promNeutral(w) {
				continue
			}
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// promNeutral: a word naming the election or the year, or a value's
// generic name.
func promNeutral(w string) bool {
	switch strings.TrimRight(w, "0123456789") {
	case "", "pemilihan", "pemilu", "pilkada", "pilpres", "pileg", "pilgub", "pilbup", "pilwalkot", "tahun", "value", "nilai", "val", "gauge":
		return true
	}
	return false
}

// promPlace is a sample's place: the value of its place label, whether it
// is the kabupaten's whole, and the other labels' values (the role's
// words). Two place labels disagreeing, or none, give no place.
func promPlace(labels [][2]string) (place string, whole bool, rest []string) {
	n := 0
	for _, lb := range labels {
		switch strings.ToLower(lb[0]) {
		case "kecamatan", "kec", "wilayah", "nama", "name", "distrik", "ppk", "nama_kecamatan", "nama_wilayah":
			if hasLetter(lb[1]) {
				place, whole = strings.TrimSpace(lb[1]), false
				n++
			}
		case "kabupaten", "kab", "kota", "nama_kabupaten":
			if hasLetter(lb[1]) {
				if n == 0 || whole {
					place, whole = strings.TrimSpace(lb[1]), true
				}
				n++
			}
		case "provinsi", "prov", "pemilihan", "pemilu", "jenis_pemilihan", "election", "tahun", "year", "periode", "sumber", "source":
			// the election, the year, the province: no count's meaning
		default:
			rest = append(rest, strings.ReplaceAll(lb[1], "_", " "))
		}
	}
	if n == 0 {
		return "", false, rest
	}
	return place, whole, rest
}
