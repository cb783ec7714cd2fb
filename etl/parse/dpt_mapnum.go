package parse

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A kecamatan DPT table whose rows carry no name, only a key that a legend
// elsewhere in the document explains: the numbers of the work-area map
// (No. Peta), kecamatan codes (53.03.01) or letters (A, B, C):
//
//	No. Peta	Desa/Kel	TPS	Laki-laki	Perempuan	Jumlah
//	1	-	27	3.597	3.754	7.351
//	KAB. TTU	-	697	83.172	87.333	170.505
//
//	Legenda Peta Wilayah Kerja (nomor = kecamatan):
//	   1 = MIOMAFFO BARAT;   2 = MIOMAFFO TENGAH;   3 = MUSI;
//
// No table reader takes it: the key column is a row number to them, and
// the table has no name column. mapnumTables rewrites it in place as the
// TAB DPT table it stands for (dpt_scales.go's scaleWrite), the keys
// replaced by the legend's names, which the DPT reader then reads under
// the caption above.
//
// What the reader trusts: a header whose first cell names a key (No. Peta,
// Kode Kec., Nomor, …) and whose other cells all have DPT roles (L, P and
// a total at least, Desa and TPS optional), no name column; every row a
// key and figures. A legend is a run of entries ("1 = X", "1. X", "(1) X",
// "53.03.01 X", "A : X", a two-cell TAB row, several a line parted by ';'
// or ',') anywhere in the document, below, above or chapters away, whose
// heading (the line above it, or the words before ':' on its first line)
// names the kecamatan: a legend of anything else (a map's symbols, an
// indicator's codes) explains no area. A key resolves only when the
// legends give it exactly one name, a name of letters that is no map
// symbol and is no other key's; a row whose key does not resolve loads
// nothing (a finding), and then no kabupaten row either. L + P = total
// proves each row; the kabupaten row (Jumlah, Total, Kab. …) loads only
// when it is the rows' sum (scaleWrite).

// mapnumKeyHeads are a key column's header words (dots dropped).
var mapnumKeyHeads = map[string]bool{
	"no peta": true, "nomor peta": true, "no": true, "nomor": true, "kode": true, "kode peta": true,
	"kode kec": true, "kode kecamatan": true, "kode wilayah": true, "kd kec": true, "no kec": true,
	"nomor kecamatan": true, "no kecamatan": true, "huruf": true, "simbol": true,
}

// mapnumSymbols are words of a map's own symbols, never a kecamatan.
var mapnumSymbols = [...]string{"kantor", "gudang", "jalan", "sungai", "batas", "ibukota", "pantai", "danau",
	"gunung", "sekolah", "pos", "tps", "desa", "kelurahan", "kabupaten", "provinsi", "kecamatan", "rumah", "jembatan", "pelabuhan", "bandara"}

var (
	reMapnumKey   = regexp.MustCompile(`(?:^|[\s;,])(\(?)(\d{1,3}(?:\.\d{1,3}){0,3}|[A-Z])(\)?)\s*([=:.)–-]?)(?:\s+|$)`)
	reMapnumHeadK = regexp.MustCompile(`(?i)\bkec(?:amatan|\.|\b)`)
)

// mapnumKey normalises a key: "01" is "1", a code keeps its dots, a
// letter is upper case; "" when s is no key.
func mapnumKey(s string) string {
	s = strings.Trim(strings.TrimSpace(s), "().")
	if s == "" || len(s) > 15 {
		return ""
	}
	if len(s) == 1 && s[0] >= 'A' && s[0] <= 'Z' {
		return s
	}
	if n, err := strconv.Atoi(s); err == nil && n >= 0 && len(s) <= 3 {
		return strconv.Itoa(n)
	}
	for _, part := range strings.Split(s, ".") {
		if part == "" || len(part) > 3 || strings.Trim(part, "0123456789") != "" {
			return ""
		}
	}
	if strings.Contains(s, ".") {
		return s
	}
	return ""
}

// mapnumName: a legend entry's name as an area's, upper case; "" when it
// is none (figures, a map symbol, too long).
func mapnumName(s string) string {
	s = strings.TrimSpace(strings.Trim(strings.TrimSpace(s), ";,."))
	for _, pre := range []string{"kecamatan ", "kec. ", "kec "} {
		if len(s) > len(pre) && strings.EqualFold(s[:len(pre)], pre) {
			s = strings.TrimSpace(s[len(pre):])
		}
	}
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 5 || len(s) < 3 {
		return ""
	}
	for _, c := range s {
		if !isLetterRune(c) && !strings.ContainsRune(" -'’/", c) {
			return ""
		}
	}
	for _, w := range f {
		lw := strings.ToLower(w)
		for _, sym := range mapnumSymbols {
			if lw == sym {
				return ""
			}
		}
	}
	return strings.ToUpper(strings.Join(f, " "))
}

// mapnumEntries reads a legend line: its entries and the heading words
// before ':' when the entries follow them; ok false when the line is no
// run of entries.
func mapnumEntries(l string) (keys, names []string, head string, ok bool) {
	t := strings.TrimSpace(l)
	if cells := nonEmptyTabCells(t); len(cells) >= 2 {
		if len(cells)%2 != 0 {
			return nil, nil, "", false
		}
		for k := 0; k < len(cells); k += 2 {
			key, name := mapnumKey(cells[k]), mapnumName(cells[k+1])
			if key == "" || name == "" {
				return nil, nil, "", false
			}
			keys, names = append(keys, key), append(names, name)
		}
		return keys, names, "", true
	}
	if c := strings.IndexByte(t, ':'); c > 0 && mapnumKey(t[:strings.IndexAny(t+" ", " :=")]) == "" {
		head, t = t[:c], strings.TrimSpace(t[c+1:])
	}
	ms := reMapnumKey.FindAllStringSubmatchIndex(t, -1)
	var at [][]int
	for _, m := range ms {
		paren := m[3] > m[2] && m[7] > m[6]
		letter := m[5]-m[4] == 1 && t[m[4]] >= 'A' && t[m[4]] <= 'Z'
		if letter && !paren && (m[9] == m[8] || t[m[8]:m[9]] == "." || t[m[8]:m[9]] == "-") {
			continue // "A" in a name, "A." an outline item
		}
		at = append(at, m)
	}
	if len(at) == 0 || strings.Trim(t[:at[0][0]], " ;,") != "" {
		return nil, nil, "", false
	}
	for k, m := range at {
		end := len(t)
		if k+1 < len(at) {
			end = at[k+1][0]
		}
		key, name := mapnumKey(t[m[4]:m[5]]), mapnumName(t[m[1]:end])
		if key == "" || name == "" {
			return nil, nil, "", false
		}
		keys, names = append(keys, key), append(names, name)
	}
	return keys, names, head, true
}

func nonEmptyTabCells(t string) []string {
	if !strings.Contains(t, "\t") {
		return nil
	}
	var out []string
	for _, c := range strings.Split(t, "\t") {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}

// mapnumLegends reads every kecamatan legend of lines: a key to the names
// the legends give it (more than one: the key does not resolve).
func mapnumLegends(lines []string) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for i := 0; i < len(lines); i++ {
		keys, names, head, ok := mapnumEntries(lines[i])
		if !ok {
			continue
		}
		if head == "" {
			for k := i - 1; k >= 0 && k >= i-2; k-- {
				if h := strings.TrimSpace(lines[k]); h != "" {
					head = h
					break
				}
			}
		}
		j := i + 1
		for ; j < len(lines); j++ {
			ks, ns, h, ok := mapnumEntries(lines[j])
			if !ok || h != "" {
				break
			}
			keys, names = append(keys, ks...), append(names, ns...)
		}
		if len(keys) >= 2 && len(head) < 200 && reMapnumHeadK.MatchString(head) {
			for k, key := range keys {
				if out[key] == nil {
					out[key] = map[string]bool{}
				}
				out[key][names[k]] = true
			}
		}
		i = j - 1
	}
	return out
}

// mapnumHead reads a header line: the roles of its cells after the key's;
// ok false when it is no keyed DPT header.
func mapnumHead(l string) ([]int, bool) {
	if !strings.Contains(l, "\t") || strings.ContainsAny(l, "0123456789") {
		return nil, false
	}
	cells := strings.Split(strings.TrimSpace(l), "\t")
	if len(cells) < 4 || !mapnumKeyHeads[strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(cells[0], ".", " "))), " ")] {
		return nil, false
	}
	var roles []int
	seen := map[int]int{}
	for _, c := range cells[1:] {
		r, ok := foreignRole(c)
		if !ok || r == flapName {
			return nil, false
		}
		roles = append(roles, r)
		seen[r]++
	}
	if seen[flapL] != 1 || seen[flapP] != 1 || seen[flapTotal] != 1 || seen[flapDesa] > 1 || seen[flapTPS] > 1 {
		return nil, false
	}
	return roles, true
}

// mapnumKeyHeadLine: a TAB line without figures whose first cell is a
// key's title (No. Peta, Kode Kec.) and whose other titles are all DPT
// measures (mapnumHead); only lines opening with such a title are copied.
func mapnumKeyHeadLine(l []byte) bool {
	l = bytes.TrimLeft(l, " \t") // as mapnumHead trims the line
	i := bytes.IndexByte(l, '\t')
	if i <= 0 {
		return false
	}
	for _, c := range l {
		if c >= '0' && c <= '9' {
			return false
		}
	}
	if i > 16 || l[0]|0x20 != 'n' && l[0]|0x20 != 'k' && l[0]|0x20 != 'h' && l[0]|0x20 != 's' {
		return false // no key title opens otherwise (mapnumKeyHeads)
	}
	if !foldContains(l, "jumlah") && !foldContains(l, "total") && !foldContains(l, "jml") && !foldContains(l, "l+p") &&
		!foldContains(l, "l + p") && !foldContains(l, "dpt") && !foldContains(l, "pemilih") {
		return false // mapnumHead wants the roll's total among the titles
	}
	c0 := string(l[:i])
	if !mapnumKeyHeads[strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(c0, ".", " "))), " ")] {
		return false
	}
	_, ok := mapnumHead(string(l)) // a "No" header: its other titles decide
	return ok
}

// mapnumWhole: a row's first cell names the whole (Jumlah, Total, Kab. X).
func mapnumWhole(c string) bool {
	f := strings.Fields(strings.ToLower(c))
	if len(f) == 0 {
		return false
	}
	switch strings.TrimRight(f[0], ".:") {
	case "jumlah", "total", "kab", "kabupaten", "kota", "jml":
		return true
	}
	return false
}

// mapnumTables rewrites every keyed DPT table of data whose keys a
// kecamatan legend names as a TAB table.
func mapnumTables(doc *facts.Document, data []byte) []byte {
	if !docHasAny(doc, data, "egenda", "EGENDA", "eterangan", "ETERANGAN", "Kode", "KODE", "omor", "OMOR", "Peta", "PETA") ||
		!someLine(data, mapnumKeyHeadLine) {
		return data // line-first: no header opens with a key's title
	}
	lines := strings.Split(string(data), "\n")
	var legends map[string]map[string]bool
	changed := false
	for i := 0; i < len(lines); i++ {
		roles, ok := mapnumHead(lines[i])
		if !ok {
			continue
		}
		if legends == nil {
			legends = mapnumLegends(lines)
		}
		to, recs, ok := mapnumRows(doc, lines, i, roles, legends)
		if !ok {
			continue
		}
		if scaleWrite(doc, lines, i, to, recs) {
			changed = true
		}
		i = to - 1
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// mapnumRows reads the rows under header line h; to is the line after
// them. ok false when a line under the header is no keyed row, or fewer
// than two keys resolve.
func mapnumRows(doc *facts.Document, lines []string, h int, roles []int, legends map[string]map[string]bool) (int, []scaleRec, bool) {
	var recs []scaleRec
	var lost []facts.Finding // rows whose key no legend names, told once the table is proven the style
	to := h + 1
	for ; to < len(lines); to++ {
		cells := strings.Split(strings.TrimSpace(lines[to]), "\t")
		if strings.TrimSpace(lines[to]) == "" || len(cells) != len(roles)+1 {
			break
		}
		r := scaleRec{line: to, whole: mapnumWhole(cells[0])}
		key := mapnumKey(cells[0])
		if !r.whole && key == "" {
			return 0, nil, false
		}
		for k, role := range roles {
			c := strings.TrimSpace(cells[k+1])
			v, ok := dptFigure(c)
			if !ok && !(c == "-" && (role == flapDesa || role == flapTPS)) {
				return 0, nil, false
			}
			switch role {
			case flapL:
				r.ls, r.l = c, v
			case flapP:
				r.ps, r.p = c, v
			case flapTotal:
				r.ts, r.t = c, v
			case flapDesa:
				if ok {
					r.desa, r.dv, r.hasDesa = c, v, true
				}
			case flapTPS:
				if ok {
					r.tps, r.tv, r.hasTP = c, v, true
				}
			}
		}
		r.wrong = r.l+r.p != r.t
		if r.whole {
			r.name = "Jumlah"
			recs = append(recs, r)
			continue
		}
		names := legends[key]
		if len(names) != 1 {
			why := "tidak ada dalam legenda kecamatan"
			if len(names) > 1 {
				why = "dinamai berbeda oleh dua legenda"
			}
			lost = append(lost, facts.Finding{Span: facts.Span{Start: to + 1, End: to + 1}, Aturan: "dpt.kode_tanpa_legenda",
				Tingkat: facts.Warning, Nilai: shorten(strings.TrimSpace(lines[to]), 200),
				Pesan: fmt.Sprintf("DPT baris %d: kode %s %s; baris tidak dimuat", to+1, key, why)})
			continue
		}
		for n := range names {
			r.name = n
		}
		recs = append(recs, r)
	}
	// a name given to two keys: which row is the area is not stated
	count := map[string]int{}
	for _, r := range recs {
		count[r.name]++
	}
	areas := 0
	for _, r := range recs {
		if !r.whole && count[r.name] == 1 {
			areas++
		}
	}
	if areas < 2 {
		return 0, nil, false // a numbered table no kecamatan legend explains
	}
	for _, r := range recs {
		if !r.whole && count[r.name] > 1 {
			lost = append(lost, facts.Finding{Span: facts.Span{Start: r.line + 1, End: r.line + 1}, Aturan: "dpt.kode_tanpa_legenda",
				Tingkat: facts.Warning, Nilai: shorten(strings.TrimSpace(lines[r.line]), 200),
				Pesan: fmt.Sprintf("DPT baris %d: nama %s diberikan legenda kepada dua kode; baris tidak dimuat", r.line+1, r.name)})
		}
	}
	for _, f := range lost {
		doc.Add(f)
	}
	var out []scaleRec
	for _, r := range recs {
		if r.whole && len(lost) > 0 {
			doc.Add(facts.Finding{Span: facts.Span{Start: r.line + 1, End: r.line + 1}, Aturan: "dpt.jumlah_tidak_sama",
				Tingkat: facts.Warning, Nilai: shorten(strings.TrimSpace(lines[r.line]), 200),
				Pesan: fmt.Sprintf("DPT baris %d: ada kode tanpa nama di legenda; jumlah kabupaten tidak terbukti, tidak dimuat", r.line+1)})
			continue
		}
		if r.whole || count[r.name] == 1 {
			out = append(out, r)
		}
	}
	return to, out, true
}
