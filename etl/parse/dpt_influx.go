package parse

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A DPT typed again from a time-series database's write file: one line a
// record of a metrics export, the place and the counts by name. Three
// house styles of the same family:
//
//	dpt,pemilihan=pilkada2020,kecamatan=NGGAHA\ ORI\ ANGU desa=8i,tps=18i,laki=3909i,perempuan=3686i,jumlah=7595i 1607040000
//	dpt.kecamatan.nggaha_ori_angu.laki 3909 1607040000
//	put dpt.laki 1607040000 3909 kecamatan=NGGAHA_ORI_ANGU
//
// InfluxDB line protocol (measurement, `,tag=value` pairs with `\ `, `\,`,
// `\=` escapes, then `field=value` pairs in any order: integers with an
// `i` or `u`, floats, quoted strings, booleans; an optional timestamp),
// Graphite plaintext (a dotted path, the value, the timestamp: the place
// the segment after its key, `kecamatan.lewa`) and OpenTSDB telnet `put`
// (metric, timestamp, value, tags). Each line is read as samples in the
// Prometheus reader's terms (dpt_prom.go): a sample per integral field,
// its metric the measurement and the field's name ("dpt laki"), its labels
// the tags and the string fields. promTable then does what it does for a
// /metrics export: groups the samples by their place label, takes each
// sample's role from its words (a measurement per sex, `dpt_laki
// value=3909i`, works as well as a field per sex), asks the names or the
// lines above to speak of voters, and proves each place by L + P = total
// and the kabupaten's whole by the sums of the areas'. A server's cpu or
// a weather station's readings have no place label or no voter's count,
// and give nothing; a float that is not whole is no count.

// influxSamples rewrites every run of line-protocol, Graphite or OpenTSDB
// lines in data as a TAB table. The gate is a place key written as a tag
// or a path segment, looked up through the doc's index.
func influxSamples(doc *facts.Document, data []byte) []byte {
	if !docHasAny(doc, data, "kecamatan=", "kec=", "wilayah=", "distrik=", "kabupaten=", "kab=", "kota=", "ppk=", "nama=",
		".kecamatan.", ".kec.", ".wilayah.", ".distrik.", ".kabupaten.", ".kab.") {
		return data
	}
	lines := strings.Split(string(data), "\n")
	var tables []vertTable
	for i := 0; i < len(lines); i++ {
		ss, ok := influxLine(lines[i], i)
		if !ok || !influxPlaced(ss) {
			continue
		}
		t := vertTable{from: i, to: i + 1}
		for t.from > 0 && strings.HasPrefix(strings.TrimSpace(lines[t.from-1]), "#") {
			t.from-- // the write command or comments over the records are the export's
		}
		samples := ss
		k := i + 1
		for ; k < len(lines); k++ {
			l := lines[k]
			if ss, ok := influxLine(l, k); ok {
				samples = append(samples, ss...)
				t.to = k + 1
				continue
			}
			if j := kvPageBreak(lines, k); j > k {
				k = j - 1 // the export runs on over the page's foot
				continue
			}
			if tl := strings.TrimSpace(l); tl == "" || strings.HasPrefix(tl, "#") {
				if k+1 < len(lines) {
					if _, ok := influxLine(lines[k+1], k+1); ok {
						continue // a blank or comment line between the records
					}
				}
			}
			break
		}
		if t, ok := promTable(doc, lines, i, t, samples); ok {
			tables = append(tables, t)
		}
		i = max(i, k-1)
	}
	return vertWrite(doc, data, lines, tables)
}

// influxPlaced: one of the samples has a place label (a run opens at a
// record of a place, never at a stray `a=1` of prose).
func influxPlaced(ss []promSample) bool {
	for _, s := range ss {
		if p, _, _ := promPlace(s.labels); p != "" {
			return true
		}
	}
	return false
}

// influxLine reads one line in any of the three styles as samples (a line
// whose values are none of them counts gives a sample of no value, so the
// run goes on); false for any other line.
func influxLine(l string, k int) ([]promSample, bool) {
	l = strings.TrimSpace(strings.TrimRight(l, "\r\f"))
	if l == "" || l[0] == '#' {
		return nil, false
	}
	if ss, ok := influxProtocol(l, k); ok {
		return ss, true
	}
	if m := reGraphite.FindStringSubmatch(l); m != nil {
		return graphiteSample(m[1], m[2], k)
	}
	if m := reOpenTSDB.FindStringSubmatch(l); m != nil {
		s := promSample{metric: m[1], value: influxCount(m[2]), line: k}
		for _, kv := range strings.Fields(m[3]) {
			name, v, ok := strings.Cut(kv, "=")
			if !ok || name == "" || v == "" {
				return nil, false
			}
			s.labels = append(s.labels, [2]string{name, strings.ReplaceAll(v, "_", " ")})
		}
		return []promSample{s}, true
	}
	return nil, false
}

// reGraphite is `path value [timestamp]`, a path of two dots and more.
var reGraphite = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9_\-]*(?:\.[A-Za-z0-9_\-]+){2,})\s+(-?\d+(?:\.\d+)?)(?:\s+\d+)?$`)

// reOpenTSDB is `put metric timestamp value tagk=tagv…`.
var reOpenTSDB = regexp.MustCompile(`^put\s+([A-Za-z][A-Za-z0-9_.\-/]*)\s+\d+\s+(-?\d+(?:\.\d+)?)((?:\s+[^=\s]+=\S+)+)$`)

// graphiteSample reads a dotted path: the segment after a place key is
// the place, the other segments the metric's words.
func graphiteSample(path, value string, k int) ([]promSample, bool) {
	seg := strings.Split(path, ".")
	s := promSample{value: influxCount(value), line: k}
	var words []string
	for j := 0; j < len(seg); j++ {
		if _, ok := influxPlaceKeys[strings.ToLower(seg[j])]; ok && j+1 < len(seg) {
			s.labels = append(s.labels, [2]string{seg[j], strings.ToUpper(strings.ReplaceAll(seg[j+1], "_", " "))})
			j++
			continue
		}
		words = append(words, seg[j])
	}
	s.metric = strings.Join(words, "_")
	return []promSample{s}, true
}

// influxPlaceKeys are the place keys a Graphite path names (promPlace's).
var influxPlaceKeys = map[string]struct{}{"kecamatan": {}, "kec": {}, "wilayah": {}, "distrik": {}, "ppk": {}, "kabupaten": {}, "kab": {}, "kota": {}}

// reInfluxName is a measurement or a key: an identifier's runes.
var reInfluxName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_.\-]*$`)

// influxProtocol reads a line of Influx line protocol: a sample per field.
func influxProtocol(l string, k int) ([]promSample, bool) {
	parts := influxSplit(l, ' ')
	if len(parts) < 2 || len(parts) > 3 {
		return nil, false
	}
	if len(parts) == 3 && !reTimestamp.MatchString(parts[2]) {
		return nil, false
	}
	head := influxSplit(parts[0], ',')
	if !reInfluxName.MatchString(head[0]) {
		return nil, false
	}
	var tags [][2]string
	for _, kv := range head[1:] {
		name, v, ok := influxPair(kv)
		if !ok {
			return nil, false
		}
		tags = append(tags, [2]string{name, strings.ReplaceAll(v, "_", " ")})
	}
	type field struct{ name, value string }
	var fields []field
	for _, kv := range influxSplit(parts[1], ',') {
		name, v, ok := influxPair(kv)
		if !ok {
			return nil, false
		}
		if len(v) >= 2 && v[0] == '"' && v[len(v)-1] == '"' {
			// a string field: a label (the place may be one)
			tags = append(tags, [2]string{name, strings.ReplaceAll(v[1:len(v)-1], `\"`, `"`)})
			continue
		}
		fields = append(fields, field{name, v})
	}
	if len(fields) == 0 {
		return nil, false
	}
	var out []promSample
	for _, f := range fields {
		out = append(out, promSample{metric: head[0] + "_" + f.name, labels: tags, value: influxCount(f.value), line: k})
	}
	return out, true
}

// reTimestamp is a line's timestamp.
var reTimestamp = regexp.MustCompile(`^-?\d+$`)

// influxPair splits `key=value` at its first unescaped '=' and unescapes
// the key and (unquoted) value.
func influxPair(kv string) (string, string, bool) {
	for j := 0; j < len(kv); j++ {
		if kv[j] == '\\' {
			j++
			continue
		}
		if kv[j] == '=' {
			name, v := influxUnescape(kv[:j]), kv[j+1:]
			if !reInfluxName.MatchString(name) || v == "" {
				return "", "", false
			}
			if v[0] != '"' {
				v = influxUnescape(v)
			}
			return name, v, true
		}
	}
	return "", "", false
}

// influxSplit splits s at sep where it is neither escaped by a backslash
// nor inside a quoted string.
func influxSplit(s string, sep byte) []string {
	var out []string
	quoted, from := false, 0
	for j := 0; j < len(s); j++ {
		switch {
		case s[j] == '\\':
			j++
		case s[j] == '"':
			quoted = !quoted
		case s[j] == sep && !quoted:
			out = append(out, s[from:j])
			from = j + 1
		}
	}
	return append(out, s[from:])
}

// influxUnescape drops the backslash of `\ `, `\,`, `\=` and `\"`.
func influxUnescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for j := 0; j < len(s); j++ {
		if s[j] == '\\' && j+1 < len(s) && strings.IndexByte(` ,="\`, s[j+1]) >= 0 {
			j++
		}
		b.WriteByte(s[j])
	}
	return b.String()
}

// influxCount is a value as a count's digits: an integer (`3909i`,
// `3909u`, `3909`) or a whole float (`3909.0`); "" for any other value (a
// fraction, a boolean, a negative), which promTable takes for no count.
func influxCount(v string) string {
	v = strings.TrimSuffix(strings.TrimSuffix(v, "i"), "u")
	if d, frac, ok := strings.Cut(v, "."); ok {
		if strings.Trim(frac, "0") != "" {
			return ""
		}
		v = d
	}
	if v == "" || strings.Trim(v, "0123456789") != "" {
		return ""
	}
	return v
}
