package parse

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A budget grid whose codes are written out as whole paths, the way a
// database client prints a query over the finance tables (DBeaver's Results
// panel, pgAdmin, psql):
//
//	ABC kode_lengkap  ABC uraian               123 pagu          123 realisasi  ...  123 pct_serapan
//	1   076.01        Jumlah DIPA ...          2,953,140,000.00  2,813,149,273.00    95.26
//	2   076.01.WA     Program Dukungan ...     1,876,348,000.00  ...
//	3   076.01.WA.3355 Pengelolaan Keuangan ... 608,363,000.00   ...
//
// The path's depth gives the level and its parent: "076.01" (BA.eselon, the
// satker's DIPA alone) is the total, "076.01.WA" a program, "076.01.WA.3355"
// a kegiatan of the program its path names. Column titles may carry the
// client's type glyph ("ABC", "123", "#"), the first cell may be the
// client's row number, amounts are per column in an English locale
// ("2,953,140,000.00"), plain ("2953140000.00") or Indonesian.
//
// What proves the grid: every row's pagu − realisasi = sisa where sisa is
// given, each program's kegiatan sum to it, and the programs sum to the
// root. Only then is the grid written again as the plain table the ordinary
// budget reader knows (program rows, their kegiatan under them by the short
// code, the root as the JUMLAH row last); otherwise it is left as it was.

var (
	fullPathCode  = regexp.MustCompile(`^(\d{3}\.\d{2})(?:\.([A-Z]{2})(?:\.(\d{4}))?)?$`)
	fullPathEnAmt = regexp.MustCompile(`^\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?$|^\d+(?:\.\d{1,2})?$`)
	fullPathIdAmt = regexp.MustCompile(`^\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?$`)
	fullPathGlyph = []string{"ABC ", "123 ", "# ", "Aa ", "abc "}
)

type fullPathRow struct {
	root, prog, keg string
	name            string
	amt             [3]int64 // pagu, realisasi, sisa in cents; -1 absent
	pct             string
}

// fullPathGrids rewrites each proven full-path budget grid of data.
func fullPathGrids(doc *facts.Document, data []byte) []byte {
	if !docMay(doc, data, "076.") || !docHasAny(doc, data, "pagu", "Pagu", "PAGU") ||
		!docHasAny(doc, data, "kode", "Kode", "KODE", "code", "Code") {
		return data
	}
	if !fullPathKegiatan(data) || !lineHolds(data, "ode", fullPathHeaderLine) && !lineHolds(data, "ODE", fullPathHeaderLine) {
		return data // no code column's title: the text is not split
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i+2 < len(lines); i++ {
		sep, roles := fullPathHeader(lines[i])
		if roles == nil {
			continue
		}
		j := i + 1
		if j < len(lines) && strings.Trim(lines[j], "-+| \t=") == "" && strings.Contains(lines[j], "--") {
			j++ // psql's rule under the titles
		}
		var rows []fullPathRow
		for ; j < len(lines); j++ {
			r, ok := fullPathParse(lines[j], sep, roles)
			if !ok {
				break
			}
			rows = append(rows, r)
		}
		out, ok := fullPathTable(rows, roles)
		if !ok {
			continue
		}
		lines = append(lines[:i], append(out, lines[j:]...)...)
		i += len(out)
		changed = true
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// fullPathKegiatan: data writes a kegiatan's code as its whole path
// (`076.01.WA.3355`): after "076." two digits, a dot, two capitals, a dot
// and a digit. An ordinary budget table (`076.01.WA` over a bare `3355`) has
// none and is never split into lines here.
func fullPathKegiatan(data []byte) bool {
	for i := 0; ; {
		k := bytes.Index(data[i:], []byte("076."))
		if k < 0 {
			return false
		}
		j := i + k + len("076.")
		if t := data[j:]; len(t) >= 7 && isDigitByte(t[0]) && isDigitByte(t[1]) && t[2] == '.' &&
			coordUpper(t[3]) && coordUpper(t[4]) && t[5] == '.' && isDigitByte(t[6]) {
			return true
		}
		i = j
	}
}

// fullPathHeaderLine: line l (one naming a code) is a header
// fullPathHeader reads.
func fullPathHeaderLine(l []byte) bool {
	_, roles := fullPathHeader(string(l))
	return roles != nil
}

// fullPathHeader: the separator and the role of each cell of a title line
// naming a code column, pagu and realisasi; nil otherwise.
func fullPathHeader(line string) (byte, []string) {
	if !strings.Contains(line, "ode") && !strings.Contains(line, "ODE") {
		return 0, nil // no code column's title: the cheap way out
	}
	sep := byte('\t')
	if strings.IndexByte(line, '\t') < 0 {
		if strings.Count(line, "|") < 3 {
			return 0, nil
		}
		sep = '|'
	}
	cells := strings.Split(line, string(sep))
	roles := make([]string, len(cells))
	seen := map[string]bool{}
	for k, c := range cells {
		c = strings.TrimSpace(c)
		for _, g := range fullPathGlyph {
			c = strings.TrimPrefix(c, g)
		}
		c = strings.ToLower(strings.ReplaceAll(c, "_", " "))
		role := ""
		switch {
		case c == "":
		case strings.Contains(c, "kode") || c == "code":
			role = "kode"
		case strings.Contains(c, "pagu"):
			role = "pagu"
		case strings.Contains(c, "realisasi"):
			role = "real"
		case strings.Contains(c, "sisa"):
			role = "sisa"
		case strings.Contains(c, "serapan") || strings.Contains(c, "pct") || strings.Contains(c, "%"):
			role = "pct"
		case strings.Contains(c, "uraian") || strings.Contains(c, "program") || strings.Contains(c, "nama") || strings.Contains(c, "kegiatan"):
			role = "name"
		}
		if role != "" && seen[role] {
			return 0, nil
		}
		seen[role] = true
		roles[k] = role
	}
	if !seen["kode"] || !seen["pagu"] || !seen["real"] {
		return 0, nil
	}
	return sep, roles
}

// fullPathParse reads one grid row: a full-path code and its amounts.
func fullPathParse(line string, sep byte, roles []string) (fullPathRow, bool) {
	r := fullPathRow{amt: [3]int64{-1, -1, -1}}
	cells := strings.Split(line, string(sep))
	if len(cells) != len(roles) {
		return r, false
	}
	for k, c := range cells {
		c = strings.TrimSpace(c)
		switch roles[k] {
		case "":
			if c != "" && strings.Trim(c, "0123456789") != "" {
				return r, false // only a row number sits in an untitled cell
			}
		case "kode":
			m := fullPathCode.FindStringSubmatch(c)
			if m == nil || m[1][:3] != "076" {
				return r, false
			}
			r.root, r.prog, r.keg = m[1], m[2], m[3]
		case "name":
			r.name = c
		case "pagu", "real", "sisa":
			v, ok := fullPathAmount(c)
			if !ok {
				return r, false
			}
			r.amt[map[string]int{"pagu": 0, "real": 1, "sisa": 2}[roles[k]]] = v
		case "pct":
			if _, err := strconv.ParseFloat(strings.Replace(c, ",", ".", 1), 64); err != nil || c == "" {
				return r, false
			}
			r.pct = strings.Replace(c, ".", ",", 1)
		}
	}
	if r.amt[2] >= 0 && r.amt[0]-r.amt[1] != r.amt[2] {
		return r, false
	}
	return r, r.root != ""
}

// fullPathAmount reads an amount in cents: English, plain or Indonesian.
func fullPathAmount(s string) (int64, bool) {
	var whole, frac string
	switch {
	case fullPathEnAmt.MatchString(s):
		whole, frac, _ = strings.Cut(s, ".")
		whole = strings.ReplaceAll(whole, ",", "")
	case fullPathIdAmt.MatchString(s):
		whole, frac, _ = strings.Cut(s, ",")
		whole = strings.ReplaceAll(whole, ".", "")
	default:
		return 0, false
	}
	for len(frac) < 2 {
		frac += "0"
	}
	v, err := strconv.ParseInt(whole+frac, 10, 64)
	return v, err == nil
}

// fullPathTable checks the sums and writes the plain table; false when a
// sum fails, the root is missing or twice, or the paths name two roots.
func fullPathTable(rows []fullPathRow, roles []string) ([]string, bool) {
	var root *fullPathRow
	var progs []string
	byProg := map[string]*fullPathRow{}
	kegs := map[string][]fullPathRow{}
	for k := range rows {
		r := &rows[k]
		if root != nil && r.root != root.root || len(progs) > 0 && rows[0].root != r.root {
			return nil, false
		}
		switch {
		case r.prog == "":
			if root != nil {
				return nil, false
			}
			root = r
		case r.keg == "":
			if byProg[r.prog] != nil {
				return nil, false
			}
			byProg[r.prog] = r
			progs = append(progs, r.prog)
		default:
			kegs[r.prog] = append(kegs[r.prog], *r)
		}
	}
	if root == nil || len(progs) == 0 {
		return nil, false
	}
	for p := range kegs {
		if byProg[p] == nil {
			return nil, false
		}
	}
	for c := 0; c < 3; c++ {
		if root.amt[c] < 0 {
			continue
		}
		var sum int64
		for _, p := range progs {
			sum += byProg[p].amt[c]
			if ks := kegs[p]; len(ks) > 0 {
				var ksum int64
				for _, k := range ks {
					ksum += k.amt[c]
				}
				if ksum != byProg[p].amt[c] {
					return nil, false
				}
			}
		}
		if sum != root.amt[c] {
			return nil, false
		}
	}
	head := []string{"Kode", "Program / Kegiatan", "Pagu", "Realisasi"}
	if root.amt[2] >= 0 {
		head = append(head, "Sisa")
	}
	if root.pct != "" {
		head = append(head, "Serapan (%)")
	}
	out := []string{strings.Join(head, "\t")}
	line := func(code, name string, r *fullPathRow) string {
		cells := []string{code, name, fullPathID(r.amt[0]), fullPathID(r.amt[1])}
		if root.amt[2] >= 0 {
			cells = append(cells, fullPathID(r.amt[2]))
		}
		if root.pct != "" {
			cells = append(cells, r.pct)
		}
		return strings.Join(cells, "\t")
	}
	for _, p := range progs {
		pr := byProg[p]
		out = append(out, line(pr.root+"."+p, pr.name, pr))
		for _, k := range kegs[p] {
			out = append(out, line(k.keg, k.name, &k))
		}
	}
	return append(out, line("", "JUMLAH", root)), true
}

// fullPathID writes cents as an Indonesian amount, "2.953.140.000".
func fullPathID(v int64) string {
	s := strconv.FormatInt(v/100, 10)
	var b strings.Builder
	for k := range s {
		if k > 0 && (len(s)-k)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteByte(s[k])
	}
	if c := v % 100; c != 0 {
		b.WriteString("," + strconv.FormatInt(c/10, 10) + strconv.FormatInt(c%10, 10))
	}
	return b.String()
}
