package extract

// A flattened table's header: which lines or words are column titles, how
// a one-line header splits into them, and what each column holds (flatten.go
// rebuilds the rows under it).

import "strings"

// flatHeaderCell: a short line made only of column words ("Indikator
// Kinerja", "Desa/Kel", "L+P", "%").
func flatHeaderCell(t string) bool {
	if t == "" || len(t) > 40 || isTabelLabel(t) || strings.HasSuffix(t, ":") {
		return false
	}
	if strings.HasSuffix(t, ".") && strings.Count(t, " ") > 1 {
		return false // a sentence; "No." and "Ket." are column names
	}
	if flatValue(t) && !isYear(t) {
		return false
	}
	t = trimUnitTail(t)
	words, known := 0, 0
	var buf [64]byte
	for i := 0; ; {
		var w []byte
		if w, i = nextWord(t, i, buf[:0]); w == nil {
			break
		}
		words++
		if headerVocab[string(w)] || flatExtraVocab[string(w)] || neutralWords[string(w)] || isYear(string(w)) {
			known++
		}
	}
	if words == 0 {
		return strings.Trim(t, "()") == "%"
	}
	return words <= 5 && known == words
}

// splitHeader splits a header written on one line into column names:
// known phrases first, then single column words; "(%)" and "(Rp)" stay
// with the name before them. It fails on any unknown word.
func splitHeader(t string) ([]string, bool) {
	toks := strings.Fields(t)
	if len(toks) < 3 || len(toks) > 16 || strings.ContainsAny(t, ",;") || strings.HasSuffix(t, ".") || strings.HasSuffix(t, ":") {
		return nil, false // punctuation of a sentence
	}
	low := make([]string, len(toks))
	for k, w := range toks {
		low[k] = strings.ToLower(w)
	}
	var cells []string
	for k := 0; k < len(toks); {
		n := 0
		for m := min(4, len(toks)-k); m >= 2; m-- {
			if flatPhrases[strings.Join(low[k:k+m], " ")] {
				n = m
				break
			}
		}
		if n == 0 {
			if strings.HasPrefix(toks[k], "(") && strings.HasSuffix(toks[k], ")") && len(cells) > 0 {
				cells[len(cells)-1] += " " + toks[k]
				k++
				continue
			}
			if !flatHeaderCell(toks[k]) || neutralWords[low[k]] {
				return nil, false // "dan", "atas" are no column: a line of prose
			}
			n = 1
		}
		cells = append(cells, strings.Join(toks[k:k+n], " "))
		k += n
	}
	return cells, true
}

func headWords(h string) []string {
	k := strings.ToLower(h)
	k = strings.ReplaceAll(k, " + ", "+")
	return strings.FieldsFunc(k, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '+' || r == '%' || r >= 0x80)
	})
}

func newFlatHead(cells []string) *flatHead {
	h := &flatHead{cells: cells, kinds: make([]fkind, len(cells)), roles: make([]frole, len(cells))}
	has := map[frole]bool{}
	money := false // a budget table: "Realisasi (%)" is its serapan
	for _, cell := range cells {
		for _, w := range headWords(cell) {
			money = money || w == "pagu" || w == "anggaran" || w == "alokasi"
		}
	}
	for c, cell := range cells {
		ws := headWords(cell)
		set := map[string]bool{}
		for _, w := range ws {
			set[w] = true
		}
		joined := strings.Join(ws, " ")
		kind := fText
		switch {
		case joined == "no" || joined == "nomor" || joined == "no urut":
			kind = fNo
		case set["kode"]:
			kind = fKode
		case joined == "tahun" || joined == "ta" || joined == "tahun anggaran":
			kind = fYear
		case joined == "satuan":
			kind = fSatuan
		case set["indikator"] || set["uraian"] || set["kecamatan"] || set["komponen"] || set["sasaran"] || set["program"] ||
			set["kegiatan"] || set["kabupaten"] || set["kota"] || set["wilayah"] || set["satker"] || set["keterangan"] ||
			set["nama"] || set["jenis"] || set["ket"] || set["program/kegiatan"]:
			kind = fText
		case len(ws) == 1 && isYear(ws[0]):
			kind = fValue
		default:
			for _, w := range ws {
				switch w {
				case "target", "realisasi", "capaian", "pagu", "anggaran", "sisa", "bobot", "nilai", "skor", "predikat",
					"tps", "desa", "kel", "kelurahan", "l", "p", "l+p", "lk", "pr", "laki", "perempuan", "jumlah", "jml", "total",
					"pemilih", "persentase", "persen", "serapan", "dpt", "dptb", "dpk", "dps", "dpshp", "alokasi", "%", "lp":
					kind = fValue
				}
			}
		}
		h.kinds[c] = kind
		if kind != fValue {
			continue
		}
		role := rNone
		switch {
		case joined == "l" || joined == "lk" || set["laki"]:
			role = rL
		case joined == "p" || joined == "pr" || set["perempuan"]:
			role = rP
		case joined == "l+p" || joined == "lp" || joined == "jumlah" || joined == "total" || joined == "jml" ||
			joined == "jumlah pemilih" || joined == "total pemilih" || joined == "dpt":
			role = rLP
		case set["sisa"]:
			role = rSisa
		// a "(%)" unit beside a role word: the word decides, not the unit
		case set["%"] && set["target"]:
			role = rTarget
		case set["%"] && set["capaian"]:
			role = rCap
		case set["%"] && set["realisasi"] && !money:
			role = rReal
		case set["%"] || set["persentase"] || set["persen"] || set["serapan"]:
			role = rPct
		case set["capaian"]:
			role = rCap
		case set["realisasi"]:
			role = rReal
		case set["pagu"] || set["anggaran"] || set["alokasi"]:
			role = rPagu
		case set["target"]:
			role = rTarget
		case set["bobot"]:
			role = rBobot
		case set["nilai"] || set["skor"]:
			role = rNilai
		}
		if has[role] {
			role = rNone // a second column of the same meaning: checks would be a guess
		}
		has[role] = true
		h.roles[c] = role
	}
	// a percentage beside target and realisasi (no pagu) is the capaian;
	// capaian beside pagu and realisasi is the serapan
	for c, r := range h.roles {
		switch {
		case r == rPct && !has[rPagu] && has[rTarget] && !has[rCap]:
			h.roles[c] = rCap
		case r == rCap && has[rPagu] && !has[rPct]:
			h.roles[c] = rPct
		}
	}
	return h
}

// usable: a header names at least one value column and something that
// tells the rows apart (a label, a number, a code or a year).
func (h *flatHead) usable() bool {
	values, keys := 0, 0
	for _, k := range h.kinds {
		switch k {
		case fValue:
			values++
		case fText, fNo, fKode, fYear:
			keys++
		}
	}
	return values > 0 && keys > 0
}

// keyed: the rows are told apart by a row number, a code or a year.
func (h *flatHead) keyed() bool { return h.has(fNo) || h.has(fKode) || h.has(fYear) }

func startsLower(t string) bool { return t != "" && t[0] >= 'a' && t[0] <= 'z' }

func (h *flatHead) has(k fkind) bool {
	for _, x := range h.kinds {
		if x == k {
			return true
		}
	}
	return false
}

// labelledItem: a list item that names its figures after a colon ("•
// Program X (WA): pagu Rp 1.000, realisasi Rp 900"), or a line that names
// two figures at least so ("Opini BPK: target WTP, realisasi WTP"): a row
// of a list the parser reads by its words, never by the position of its
// figures.
func labelledItem(t string) bool {
	switch {
	case strings.HasPrefix(t, "•"), strings.HasPrefix(t, "\uf0b7"), strings.HasPrefix(t, "- "), strings.HasPrefix(t, "* "), slideBullet(t):
		return strings.Contains(t, ": ") || strings.Contains(t, ", ") && strings.ContainsAny(t, "–—")
	}
	c := strings.Index(t, ": ")
	if c < 0 {
		return false
	}
	parts := strings.Split(t[c+2:], ", ")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		f := strings.Fields(p)
		if len(f) < 2 || !startsLower(f[0]) || !hasDigit(p) && !flatValue(f[len(f)-1]) {
			return false
		}
	}
	return true
}
