package parse

import (
	"bytes"
	"encoding/json"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// JSON written on one line: a service's minified answer (curl's output, a
// log line, a browser's network tab) and JSON Lines (`jq -c '.[]'`, a
// database export), one record a line:
//
//	$ curl -s https://sidalih.example/api/dpt?kab=5310
//	{"data":{"dpt":[{"kecamatan":"ALOK","l":7210,"p":7305,"jumlah":14515},{…}]}}
//
//	$ jq -c '.[]' dpt.json
//	{"kecamatan":"ALOK","l":7210,"p":7305,"jumlah":14515}
//	{"kecamatan":"ALOK TIMUR",…}
//
// The export reader (pipes_json.go) writes a table back inside the lines
// its JSON took, so line numbers never move; a one-line answer has no room
// for its rows, and records a line have none for their header unless a
// blank line stands above them. jsonLineSpread gives them room before any
// reader runs: a minified answer holding records is indented over as many
// lines as it needs, and a blank line is set above a run of records a line;
// every added line is remembered as the original line it came from, and
// jsonLineSpans gives every fact read from them that line back at the end.
// A fact of a minified answer thus cites the one line it was written on;
// a row of JSON Lines still cites its own record's line. What gets proven
// is the ordinary readers' business: spreading reads nothing itself.

// jsonLineSpread returns the text with its one-line JSON records given
// room, and for each of its lines the 1-based original line (nil, data
// itself, when nothing was spread: most texts).
func jsonLineSpread(data []byte) ([]byte, []int) {
	if !bytes.Contains(data, []byte(`":`)) || !lineOpens(data, '{') && !lineOpens(data, '[') {
		return data, nil
	}
	lines := strings.Split(string(data), "\n")
	var out []string
	var from []int
	spread := false
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		v := jsonLineValue(t)
		if v == nil {
			out, from = append(out, lines[i]), append(from, i+1)
			continue
		}
		if jsonRecords(v) && jsonLineRecordCount(v) >= 2 {
			// a minified answer: every line of its indented form is this one
			var b bytes.Buffer
			if json.Indent(&b, []byte(t), "", "  ") != nil {
				out, from = append(out, lines[i]), append(from, i+1)
				continue
			}
			if i > 0 && strings.TrimSpace(lines[i-1]) != "" {
				out, from = append(out, ""), append(from, i+1) // room for a caption or header of its own
			}
			for _, l := range strings.Split(b.String(), "\n") {
				out, from = append(out, l), append(from, i+1)
			}
			spread = true
			continue
		}
		if v.kind == '{' && jsonLineFlat(v) && i > 0 && strings.TrimSpace(lines[i-1]) != "" && i+1 < len(lines) && jsonLineRecord(lines[i+1]) && !jsonLineRecord(lines[i-1]) {
			// the first of records a line with no blank line above for the header
			out, from = append(out, ""), append(from, i+1)
			spread = true
			for ; i < len(lines); i++ {
				r := jsonLineValue(strings.TrimSpace(lines[i]))
				if r == nil || r.kind != '{' || !jsonLineFlat(r) {
					break
				}
				out, from = append(out, lines[i]), append(from, i+1)
			}
			i--
			continue
		}
		out, from = append(out, lines[i]), append(from, i+1)
	}
	if !spread {
		return data, nil
	}
	return []byte(strings.Join(out, "\n")), from
}

// jsonLineValue decodes a line that is one JSON object or array and
// nothing else; nil otherwise.
func jsonLineValue(t string) *jsonVal {
	if len(t) < 2 || t[0] != '{' && t[0] != '[' || t[len(t)-1] != '}' && t[len(t)-1] != ']' || !strings.Contains(t, `":`) && t[0] == '{' {
		return nil
	}
	dec := json.NewDecoder(strings.NewReader(t))
	dec.UseNumber()
	v, err := jsonRead(dec, 0)
	if err != nil || dec.InputOffset() != int64(len(t)) {
		return nil
	}
	return v
}

// jsonLineRecordCount: the number of items of the largest array of records
// or rows v holds, at any depth.
func jsonLineRecordCount(v *jsonVal) int {
	n := 0
	if v.kind == '[' && len(v.items) > 0 && (v.items[0].kind == '{' || v.items[0].kind == '[') {
		n = len(v.items)
	}
	for _, it := range v.items {
		if it.kind == '{' || it.kind == '[' {
			n = max(n, jsonLineRecordCount(it))
		}
	}
	return n
}

// jsonLineFlat: an object of two or more keys, every value a scalar (a
// record, not an answer wrapping one).
func jsonLineFlat(v *jsonVal) bool {
	if v.kind != '{' || len(v.keys) < 2 {
		return false
	}
	for _, it := range v.items {
		if it.kind == '{' || it.kind == '[' {
			return false
		}
	}
	return true
}

// jsonLineRecord: line l is a flat record (a run's next record, or the
// one before: then the run began above).
func jsonLineRecord(l string) bool {
	r := jsonLineValue(strings.TrimSpace(l))
	return r != nil && jsonLineFlat(r)
}

// jsonLineSpans gives every fact read from a spread text its original
// lines: from[k] is the original line of the spread text's line k+1.
func jsonLineSpans(doc *facts.Document, from []int) {
	if from == nil {
		return
	}
	back := func(s *facts.Span) {
		at := func(n int) int {
			if n < 1 {
				return n
			}
			if n > len(from) {
				return from[len(from)-1]
			}
			return from[n-1]
		}
		s.Start, s.End = at(s.Start), at(s.End)
	}
	for i := range doc.Capaian {
		back(&doc.Capaian[i].Span)
	}
	for i := range doc.CapaianSeri {
		back(&doc.CapaianSeri[i].Span)
	}
	for i := range doc.Anggaran {
		back(&doc.Anggaran[i].Span)
	}
	for i := range doc.Sakip {
		back(&doc.Sakip[i].Span)
	}
	for i := range doc.SakipKomponen {
		back(&doc.SakipKomponen[i].Span)
	}
	for i := range doc.RB {
		back(&doc.RB[i].Span)
	}
	for i := range doc.DPT {
		back(&doc.DPT[i].Span)
	}
	for i := range doc.Findings {
		back(&doc.Findings[i].Span)
	}
}

// origLine is the original line of line n of the text the readers see,
// for a message that names it (the facts' spans are mapped at the end).
func (p *parser) origLine(n int) int {
	if p.spread == nil || n < 1 {
		return n
	}
	return p.spread[min(n, len(p.spread))-1]
}
