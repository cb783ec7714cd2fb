package parse

import "strings"

// The keyed fixed-column budget table of header_key_fixed.go as a PDF's
// text gives it: the header's cells parted by TABs (or two spaces), but the
// rows' cells by TABs, single spaces or a mix, so no column stands where its
// title stands:
//
//	Filesystem	Size	Used	Avail	Use%	Mounted on
//	076.01.WA	5.124.058.000	4.969.749.600	154.308.400	96,99%	/Program Dukungan Manajemen
//	3355	1.551.499.000 1.490.627.091 60.871.909 96,08% /Pengelolaan Keuangan …
//	total	9.864.300.000 9.547.208.658 317.091.342 96,79% -
//	(kunci: Size = pagu; Used = realisasi; Avail = sisa; Use% = serapan)
//
// Such a row is read by tokens, trusting the header's order: the keyed
// columns (K of them) stand side by side, with at most one unkeyed column
// before them and the name last (unkeyed figure columns such as a `Pct`
// the key leaves out may stand between: each takes one figure token or
// `-`), or the name alone or a code and a name before them. A single-token
// column takes one token, the keyed columns exactly K figure tokens in the header's
// order (pagu and realisasi amounts, sisa an amount or `-`, the percent a
// percent or `-`), the one column of words the rest of the line. A row
// (a line with two amounts) whose tokens do not fit — a figure token more
// or less next to the run, as when a name holds a number where the run
// ends — leaves the table unread: no split inside a name is guessed. The
// rows are then written as header_key_fixed.go writes its own, and the
// ordinary budget readers prove them (sisa = pagu − realisasi, the
// percent, kegiatan summing to their program, programs to the total).
//
// Gate: keyedColumns' own (the key's words); the work is bounded by the
// few lines around the key and the table's rows.

// tokenFixed reads the table whose key is line key by tokens; false when
// nothing fits.
func tokenFixed(g *glossKey, lines []string, key int) bool {
	for j := key + 1; j < len(lines) && j <= key+4; j++ {
		if tokHead(g, lines[j]) != nil {
			return tokenRead(g, lines, j)
		}
	}
	r := -1
	for j := key - 1; j >= 0 && j >= key-4; j-- {
		if tokRowLine(lines[j]) {
			r = j
			break
		}
	}
	for j := r; r >= 0 && j >= 0 && r-j < 400; j-- {
		l := lines[j]
		switch {
		case tokHead(g, l) != nil:
			return tokenRead(g, lines, j)
		case tokRowLine(l) || glossRule(l) || wbIndent(l) > 0 && strings.TrimSpace(l) != "":
		default:
			return false
		}
	}
	return false
}

// tokHead: the roles of a header line's cells (parted by TABs, else by two
// spaces or more), nil unless the key names pagu and realisasi among them.
func tokHead(g *glossKey, l string) []string {
	var segs []fixedSeg
	if strings.IndexByte(l, '\t') >= 0 {
		if len(l) > 400 {
			return nil
		}
		for _, c := range strings.Split(l, "\t") {
			if c = strings.TrimSpace(c); c != "" {
				segs = append(segs, fixedSeg{t: c})
			}
		}
	} else {
		segs = fixedSegs(l)
	}
	return fixedRoles(g, segs)
}

// fixedTokens: a line's words (TABs and spaces alike), a lone `%` joined to the
// figure before it.
func fixedTokens(l string) []string {
	var out []string
	for _, w := range strings.Fields(l) {
		if w == "%" && len(out) > 0 {
			out[len(out)-1] += w
			continue
		}
		out = append(out, w)
	}
	return out
}

// tokFigure: a token that is an amount or a percent.
func tokFigure(w string) bool {
	return fixedAmount.MatchString(w) || fixedPct.MatchString(w)
}

// tokRowLine: a line with two amount tokens or more.
func tokRowLine(l string) bool {
	if len(l) > 400 {
		return false
	}
	n := 0
	for _, w := range strings.Fields(l) {
		if fixedAmount.MatchString(w) {
			n++
		}
	}
	return n >= 2
}

// tokFits: a token fits the keyed role r.
func tokFits(r, w string) bool {
	switch r {
	case "pct":
		return w == "-" || fixedPct.MatchString(w)
	case "sisa":
		return w == "-" || fixedAmount.MatchString(w)
	}
	return fixedAmount.MatchString(w)
}

// tokenRead reads the rows under the header at line h by tokens; false
// (nothing changed) when the header's shape or any row does not fit.
func tokenRead(g *glossKey, lines []string, h int) bool {
	roles := tokHead(g, lines[h])
	first, last := -1, -1
	for k, r := range roles {
		if r != "" {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	keyed := roles[first : last+1]
	for _, r := range keyed {
		if r == "" {
			return false // an unkeyed column between the figures: no order to trust
		}
	}
	pre, post := first, len(roles)-last-1
	// words: the one column that takes the rest of the line; before: its
	// place ahead of the figures (the figures then end the line)
	words, before := -1, false
	switch {
	case pre <= 1 && post >= 1 && post <= 3:
		words = len(roles) - 1
	case pre >= 1 && pre <= 2 && post == 0:
		words, before = pre-1, true
	default:
		return false
	}
	K := len(keyed)
	var rows []fixedRow
	end := h + 1
	for ; end < len(lines) && end-h < 400; end++ {
		l := lines[end]
		if glossRule(l) {
			continue
		}
		if !tokRowLine(l) {
			if wbIndent(l) > 0 && strings.TrimSpace(l) != "" && len(rows) > 0 && !strings.ContainsFunc(l, tokDigit) {
				c := rows[len(rows)-1].cells
				c[words] = strings.TrimSpace(c[words] + " " + strings.TrimSpace(l))
				continue // a wrapped name
			}
			break // a line of words: the key, a source note
		}
		ts := fixedTokens(l)
		cells := make([]string, len(roles))
		var at int // where the figures start
		if before {
			at = len(ts) - K
			if at < pre-1 || at > 0 && tokFigure(ts[at-1]) {
				return false // a figure more or less than the header's
			}
			if pre == 2 && at > 0 {
				cells[0] = ts[0]
				cells[1] = strings.Join(ts[1:at], " ")
			} else {
				cells[words] = strings.Join(ts[:at], " ")
			}
		} else {
			// the figures, then one figure (or `-`) for each unkeyed
			// column between them and the name (a `Pct` the key leaves
			// out), then the name, which opens with no figure
			at = pre
			n := at + K + post - 1
			if len(ts) < n || n < len(ts) && tokFigure(ts[n]) {
				return false
			}
			for k := at + K; k < n; k++ {
				if ts[k] != "-" && !tokFigure(ts[k]) {
					return false
				}
				cells[k] = ts[k]
			}
			if pre == 1 {
				cells[0] = ts[0]
			}
			cells[words] = strings.Join(ts[n:], " ")
		}
		for k, r := range keyed {
			w := ts[at+k]
			if !tokFits(r, w) {
				return false // a token out of its column's kind
			}
			cells[first+k] = w
		}
		rows = append(rows, fixedRow{end, cells})
	}
	return writeFixed(roles, lines, h, end, rows)
}

func tokDigit(r rune) bool { return r >= '0' && r <= '9' }
