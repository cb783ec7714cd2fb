package parse

import (
	"strconv"
	"strings"
)

// Reading one line of the labelled one-line DPT records (dpt_devline.go):
// the cheap look, the tokens, the labelled pairs and the place before them.

// devlineLikely is the gate: two lines each holding an L label and a P
// label with a figure behind them. One pass over the bytes, no allocation.
func devlineLikely(data []byte) bool {
	n := 0
	for len(data) > 0 {
		e := 0
		for e < len(data) && data[e] != '\n' {
			e++
		}
		if devlineCandidate(data[:e]) {
			if n++; n >= 2 {
				return true
			}
		}
		if e == len(data) {
			break
		}
		data = data[e+1:]
	}
	return false
}

// devlineCandidate: line l holds an L label and a P label each followed
// (past spaces, ":" or "=") by a digit.
func devlineCandidate[S string | []byte](l S) bool {
	if len(l) > 400 || len(l) < 8 {
		return false
	}
	var hasL, hasP bool
	var buf [12]byte
	for i := 0; i < len(l); i++ {
		if !isLetterByte(l[i]) || (i > 0 && isLetterByte(l[i-1])) {
			continue
		}
		j := i
		for j < len(l) && (isLetterByte(l[j]) || l[j] == '-') {
			j++
		}
		k := j
		for k < len(l) && (l[k] == ' ' || l[k] == ':' || l[k] == '=') {
			k++
		}
		if k < len(l) && l[k] >= '0' && l[k] <= '9' && j-i <= len(buf) {
			for x := i; x < j; x++ {
				c := l[x]
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf[x-i] = c
			}
			switch string(buf[:j-i]) {
			case "l", "lk", "laki", "laki-laki", "pria":
				hasL = true
			case "p", "pr", "perempuan", "wanita":
				hasP = true
			}
		}
		i = j
	}
	return hasL && hasP
}

// devlineRole is the role a short label names; -1 for none. "DPT" is no
// label here: a wrapper's "DPT 2019" would pass for a total.
func devlineRole(w string) int {
	switch strings.ToLower(strings.Trim(w, ".:=")) {
	case "ds", "desa", "kel", "kelurahan", "desa/kel", "desa/kelurahan", "ds/kel", "desa/kel.":
		return labelDesa
	case "tps":
		return labelTPSRole
	case "l", "lk", "laki", "laki-laki", "pria":
		return labelL
	case "p", "pr", "perempuan", "wanita":
		return labelP
	case "jml", "jumlah", "total", "l+p", "tot":
		return labelTotal
	}
	return -1
}

// devlineTokens cuts a line into words and separators: a wrapper's end
// marker ("<EOT>") and brackets are dropped, ",", ";", "|", "=" and a ":"
// between a label and its figure stand alone.
func devlineTokens(l string) []string {
	var b strings.Builder
	for i := 0; i < len(l); i++ {
		c := l[i]
		switch c {
		case '<':
			// a transmission's control marker ("<EOT>", "<ETX>", "<CR>");
			// a markup tag ("<p>", "</h4>") stays, and so no record is read
			// through it
			if e := strings.IndexByte(l[i:], '>'); e >= 3 && e <= 6 && devlineUpper(l[i+1:i+e]) {
				b.WriteByte(' ')
				i += e
				continue
			}
			b.WriteByte(c)
		case ',', ';', '|', '=':
			// a comma inside a figure ("4,153") stays
			if c == ',' && i > 0 && i+1 < len(l) && l[i-1] >= '0' && l[i-1] <= '9' && l[i+1] >= '0' && l[i+1] <= '9' {
				b.WriteByte(c)
				continue
			}
			b.WriteString(" " + string(c) + " ")
		case '[', ']', '(', ')', '{', '}', '"':
			b.WriteByte(' ')
		case ':':
			// "L:4.153": the colon parts a label from its figure
			if i+1 < len(l) && l[i+1] >= '0' && l[i+1] <= '9' && i > 0 && isLetterByte(l[i-1]) {
				b.WriteString(" : ")
				continue
			}
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return strings.Fields(b.String())
}

// devlineUpper: s is capital letters only.
func devlineUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return s != ""
}

func devlineSep(w string) bool {
	switch w {
	case ",", ";", "|", ":", "=", "-", "–", "—":
		return true
	}
	return false
}

// devlineRecord reads a line as one record: its place and counts.
// A line whose counts alone are read only with units (a count before its
// unit, "jiwa" after a figure) must be bare: its place is on a line above
// (dpt_devline_card.go); with a place of its own it is left to the readers
// of sentences and items, as before.
func devlineRecord(l string, own func(string) string) (label, bool) {
	f := devlineTokens(l)
	if lb, start, ok := devlineCounts(f, false); ok && !devlineBare(f[:start]) {
		for _, w := range f[:start] {
			// a tree's branch before the place: its level is the tree's
			if strings.ContainsAny(w, "├└┣┗") || strings.HasPrefix(w, "|--") || strings.HasPrefix(w, "`--") {
				return label{}, false
			}
		}
		if title, area, ok := devlinePlace(f[:start], own); ok {
			lb.title, lb.area = title, area
			return lb, true
		}
	}
	if lb, start, ok := devlineCounts(f, true); ok && devlineBare(f[:start]) {
		return lb, true // the figures alone: the place is on a line above
	}
	return label{}, false
}

// devlineCounts reads the run of labelled pairs of a line's words: the
// counts and where the run starts. units: a count may stand before its
// unit (devlineUnitPair) and a unit after a figure.
func devlineCounts(f []string, units bool) (label, int, bool) {
	var lb label
	start, end := -1, -1 // the run of labelled pairs: f[start:end]
	for i := 0; i < len(f); i++ {
		role, j, next := -1, 0, 0
		if units {
			role, j, next = devlineUnitPair(f, i) // "15 desa/kel", "113 TPS"
		}
		at := i
		if role < 0 {
			if role = devlineRole(f[i]); role < 0 {
				continue
			}
			j = i + 1
			if j < len(f) && (f[j] == ":" || f[j] == "=") {
				j++
			}
			if j >= len(f) {
				continue
			}
			next = j + 1
		}
		v := strings.TrimSuffix(f[j], ".")
		if !reItemCount.MatchString(v) {
			continue
		}
		if end >= 0 {
			for k := end; k < at; k++ {
				if !devlineSep(f[k]) && !(units && devlineDot(f[k])) {
					return label{}, 0, false // a second run of counts
				}
			}
		}
		if lb.has[role] {
			return label{}, 0, false // a role given twice
		}
		n, err := strconv.ParseInt(strings.NewReplacer(".", "", ",", "").Replace(v), 10, 64)
		if err != nil {
			return label{}, 0, false
		}
		lb.vals[role], lb.n[role], lb.has[role] = v, n, true
		if start < 0 {
			start = at
		}
		end = next
		if units && end < len(f) && devlineUnitWord(f[end]) {
			end++ // "Laki-laki 8.088 jiwa"
		}
		i = end - 1
	}
	if start < 0 || !lb.has[labelL] || !lb.has[labelP] {
		return label{}, 0, false
	}
	return lb, start, true
}

// devlinePlace reads the place from the words before a record's counts:
// the words after the nearest place word, else the capitalised words
// after a figure, a field or a menu number; "Kabupaten …" for the whole.
// area: a kecamatan's place word named it, so it is never the whole
// ("Kec. KOTA BARU").
// own answers "Kabupaten" or "Kota" for the document's own region's name
// (logOwnRegion).
func devlinePlace(f []string, own func(string) string) (string, bool, bool) {
	k := len(f)
	for k > 0 && devlineSep(f[k-1]) {
		k-- // "ROTE BARAT DAYA -" / "kec = ALOK :"
	}
	var name []string
	kind := ""
	for k > 0 && len(name) <= 4 {
		w := f[k-1]
		if devlineSep(w) {
			// "kec=alok": a place word right before the separator
			if k >= 2 && devlinePlaceWord(f[k-2]) != "" {
				k--
				continue
			}
			break
		}
		if pw := devlinePlaceWord(w); pw != "" {
			kind = pw
			k--
			break
		}
		clean := strings.TrimRight(w, ":,-")
		if clean == "" || !(clean[0] >= 'A' && clean[0] <= 'Z') || !devlineNameWord(clean) || (strings.HasSuffix(w, ":") && len(name) > 0) {
			break
		}
		name = append([]string{clean}, name...)
		k--
	}
	if len(name) == 0 || len(name) > 4 {
		if len(name) == 0 && kind == "" && k > 0 && logSumWord(f[k-1]) {
			return "Jumlah", false, true // "Total: L …" the whole, unnamed
		}
		return "", false, false
	}
	n := strings.Join(name, " ")
	if kind == "" {
		// no place word: the kabupaten's own name ("TOTAL SIKKA", "LEMBATA")
		// is the whole; a summing word before any other name ("Jumlah
		// Pemilih:") is no place
		region := own(strings.ToUpper(n))
		if k > 0 && logSumWord(f[k-1]) && region == "" {
			return "", false, false
		}
		kind = region
	} else if kind == "Kota" && (k == 0 || !logSumWord(f[k-1])) {
		// "KEC KOTA BARU", "📍 KOTA TAMBOLAKA": Kota opens a kecamatan's
		// name unless a summing word stands before it (or the sums prove
		// it the whole: devlineKotaWhole)
		kind, n = "Kecamatan", f[k]+" "+n
	}
	switch kind {
	case "Kabupaten", "Kota":
		return kind + " " + n, false, true
	}
	return n, kind == "Kecamatan", true
}

// devlinePlaceWord is the level a place word names: "Kecamatan",
// "Kabupaten", "Kota"; "" for a word that is none.
func devlinePlaceWord(w string) string {
	switch strings.ToLower(strings.Trim(w, ".:,")) {
	case "kec", "kecamatan", "ppk", "distrik":
		return "Kecamatan"
	case "kab", "kabupaten":
		return "Kabupaten"
	case "kota":
		if w[0] == 'K' && (len(w) == 4 || w[1] == 'O') {
			return "Kota"
		}
	}
	return ""
}

// devlineNameWord: a word of a place's name: letters, an apostrophe or a
// hyphen, no figure.
func devlineNameWord(w string) bool {
	for i, r := range w {
		switch {
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 0x7f && r != 0xfffd:
		case (r == '\'' || r == '-' || r == '.') && i > 0 && i < len(w)-1:
		default:
			return false
		}
	}
	return devlineRole(w) < 0
}
