package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/indicator"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// emitCapaian turns one logical row into Capaian facts: one, or several
// when a merged PDF row put two indicators and their values in one line.
func (p *parser) emitCapaian(t *tableInfo, cr *capRow, tingkat string, stated bool, year, rank int, pk bool, convs map[int]normalize.Convention) {
	pieces := map[int][]string{}
	k := 0
	// the roles' kept pieces share one array, each role's stretch capped
	// (an append beyond it copies), not a slice grown per role (issue 13)
	var back []string
	withVal := 0 // the roles with a value: a piece each, most rows
	for _, role := range []int{roleTarget, roleRealisasi, roleCapaian, roleKeterangan} {
		if cr.vals.get(role) != "" {
			withVal++
		}
	}
	if withVal > 0 {
		back = make([]string, 0, withVal)
	}
	for _, role := range []int{roleTarget, roleRealisasi, roleCapaian, roleKeterangan} {
		v := cr.vals.get(role)
		if v == "" {
			continue
		}
		if pct, ok := measuredPercent(v); ok {
			v = pct // "88,24 (15 dari 17 pegawai)": the percent its count makes (capaian_measured_count.go)
		}
		from := len(back)
		parts := []string{v}
		if strings.IndexByte(v, ' ') >= 0 && !isRange(v) && !oneValueCell(v) && !(role == roleCapaian && statusNoted(v)) {
			if sp := normalize.SplitValues(v); len(sp) > 1 {
				parts = sp
			}
		}
		for _, piece := range parts {
			pv := normalize.ParseValue(piece, convs[role])
			if pv.Status == normalize.Unreadable && !boundValue(piece) || !wellFormedValue(piece) && len(parts) > 1 {
				p.find("nilai.tidak_terbaca", facts.Warning, cr.start, cr.end, piece,
					"%s: %q bukan nilai yang terbaca; diabaikan", t.label, piece)
				continue
			}
			back = append(back, piece)
		}
		var keep []string
		if len(back) > from {
			keep = back[from:len(back):len(back)]
		}
		if role == roleKeterangan && len(keep) > 1 {
			keep = []string{strings.Join(keep, " ")}
		}
		pieces[role] = keep
		if role != roleKeterangan && len(keep) > k {
			k = len(keep)
		}
	}
	inds := []string{cr.ind}
	if k >= 2 {
		inds = splitIndicators(cr.ind, k)
		if inds == nil {
			p.find("capaian.baris_gabungan", facts.Warning, cr.start, cr.end, cr.ind,
				"%s: baris gabungan dengan %d nilai per sel tidak dapat dipisah menjadi indikator; dilewati", t.label, k)
			return
		}
		for _, role := range []int{roleTarget, roleRealisasi, roleCapaian} {
			if len(pieces[role]) == 1 {
				// one run of words may be one word per indicator:
				// "Belum Penilaian Belum Penilaian", "- -"
				if ws := normalize.SplitWords(pieces[role][0], k); ws != nil {
					pieces[role] = ws
				}
			}
			if n := len(pieces[role]); n != 0 && n != k {
				p.find("capaian.baris_gabungan", facts.Warning, cr.start, cr.end, cr.vals.get(role),
					"%s: baris gabungan: kolom berisi %d nilai untuk %d indikator; kolom dikosongkan", t.label, n, k)
				pieces[role] = nil
			}
		}
		p.find("capaian.baris_gabungan", facts.Info, cr.start, cr.end, cr.ind,
			"%s: dua indikator atau lebih dalam satu baris dipisah berurutan", t.label)
	} else if two := splitIndicators(cr.ind, 2); two != nil && shardSecond(pieces, cr.shards) {
		// two indicators, the second's value an unreadable shard on the
		// continuation line: the first keeps its value, the second has none
		inds, k = two, 2
		p.find("capaian.baris_gabungan", facts.Info, cr.start, cr.end, cr.ind,
			"%s: dua indikator dalam satu baris; nilai indikator kedua tidak terbaca", t.label)
	} else if two != nil {
		_, sw, ok := indicator.Match(cr.ind)
		id1, s1, _ := indicator.Match(two[0])
		id2, s2, _ := indicator.Match(two[1])
		if !ok || id1 != id2 && min(s1, s2) > sw {
			p.find("capaian.baris_gabungan", facts.Warning, cr.start, cr.end, cr.ind,
				"%s: dua indikator dalam satu sel dengan satu nilai; tidak dapat dibagi, dilewati", t.label)
			return
		}
	}
	if cr.vals.empty() {
		return // an indicator whose values were lost
	}
	if figureKey(cr.ind) {
		p.find("capaian.kunci_angka", facts.Warning, cr.start, cr.end, cr.ind, "%s: %q adalah angka, bukan nama indikator; baris dilewati", t.label, cr.ind)
		return
	}
	if totalKey(cr.ind) {
		p.find("capaian.baris_jumlah", facts.Info, cr.start, cr.end, cr.ind, "%s: baris %q adalah jumlah tabel, bukan indikator; dilewati", t.label, cr.ind)
		return
	}
	if cr.tingkat != "" {
		tingkat, stated = cr.tingkat, true
	}
	if k == 0 {
		k = 1
	}
	for i := 0; i < k && i < len(inds); i++ {
		get := func(role int) string {
			ps := pieces[role]
			if role == roleKeterangan && len(ps) == 1 {
				return ps[0]
			}
			if len(inds) == 1 {
				if len(ps) > 0 {
					return ps[0]
				}
				return ""
			}
			if i < len(ps) {
				return ps[i]
			}
			return ""
		}
		c := facts.Capaian{
			Span:      facts.Span{Start: cr.start, End: cr.end},
			SatkerID:  p.doc.Meta.SatkerID,
			Tahun:     year,
			Tingkat:   tingkat,
			Program:   cr.program,
			Sasaran:   cr.sasaran,
			Indikator: indicator.Rejoin(normalize.Space(inds[i])), // a word a narrow cell broke inside
			Sumber:    t.label,
		}
		clip := 0 // the name's place against the width the table clipped at (capaian_width.go)
		if p.capClip > 0 && len(inds) == 1 {
			switch utf8.RuneCountInString(strings.TrimSpace(cr.ind)) {
			case p.capClip:
				clip = clipAt
			case p.capClip - 1:
				clip = clipShort
			}
		}
		if !p.wholeName(&c, t, clip) {
			continue
		}
		bracketUnit := ""
		if cr.unit == "" {
			if name, u, ok := nameUnit(c.Indikator); ok {
				c.Indikator, bracketUnit = name, u // "… (Predikat)": the unit, not the name (capaian_name_unit.go)
			}
		}
		if id, _, ok := indicator.Match(c.Indikator); ok {
			c.IndikatorID = id
		}
		tv := boundTarget(p.readValue(get(roleTarget), convs[roleTarget], cr, t), get(roleTarget), convs[roleTarget])
		rv := p.readValue(get(roleRealisasi), convs[roleRealisasi], cr, t)
		cv := p.readValue(get(roleCapaian), convs[roleCapaian], cr, t)
		cv = p.capaianNoted(t, cr, get(roleCapaian), cv) // "Tercapai (106,45%)": the percent inside its status phrase (capaian_cell_note.go)
		c.TargetTeks, c.TargetNilai = tv.Text, tv.Num
		if tv.Text == "" && get(roleTarget) == "" {
			p.mergedTarget(&c, t, rv, cv) // a target cell merged down over equal targets (capaian_merged_target.go)
		}
		c.RealisasiTeks, c.RealisasiNilai = rv.Text, rv.Num
		c.CapaianTeks = cv.Text
		if cv.Status == normalize.OK && cv.Grade == "" {
			c.CapaianLapor = cv.Num
		}
		if c.CapaianTeks == "" || cv.Status == normalize.Empty {
			// no capaian written ("-"): the Keterangan's verdict word is the row's
			if kv := get(roleKeterangan); kv != "" {
				if w := normalize.ParseValue(kv, normalize.Unknown); w.Word == "tercapai" || w.Word == "tidak_tercapai" {
					c.CapaianTeks = w.Text
				}
			}
		}
		c.Satuan = satuanOf(c.Indikator, c.IndikatorID, tv, rv)
		if c.Satuan == "" && (tv.Num != nil || rv.Num != nil) {
			c.Satuan = bracketUnit
		}
		if u := unitColumn(cr.unit); u != "" && c.Satuan != "predikat" && c.Satuan != "opini" && (tv.Num != nil || rv.Num != nil) {
			c.Satuan = u // the table's Satuan column says it
		}
		c.Satuan = p.headingUnit(t, cr, c.Satuan, tv, rv) // a "Satuan: …" heading row above (capaian_unit_group.go)
		p.doc.Capaian = append(p.doc.Capaian, c)
		p.capMeta = append(p.capMeta, capMeta{rank: rank, pk: pk, stated: stated, table: p.tableNo})
	}
}

// readValue reads one value cell, recording findings for values that
// cannot be trusted.
func (p *parser) readValue(s string, conv normalize.Convention, cr *capRow, t *tableInfo) normalize.Value {
	if s == "" {
		return normalize.Value{}
	}
	v := overflowValue(s, normalize.ParseValue(s, conv)) // "#####" (overflow_cells.go)
	if tv, ok := trendValue(s, conv); ok {
		v = tv // "81,36 ▼ 4,13": the figure before the arrow
	}
	if isRange(s) {
		p.find("nilai.rentang", facts.Info, cr.start, cr.end, s, "%s: %q adalah rentang, bukan satu nilai; teks disimpan, nilai NULL", t.label, s)
		v = normalize.Value{Text: v.Text, Status: normalize.Word}
	}
	if boundValue(s) {
		p.find("nilai.batas", facts.Info, cr.start, cr.end, s, "%s: %q adalah batas: sebagai target angkanya dimuat, tandanya menentukan arah; di kolom lain NULL", t.label, s)
		v = normalize.Value{Text: v.Text, Status: normalize.Word}
	}
	switch v.Status {
	case normalize.Ambiguous:
		p.find("nilai.ambigu", facts.Warning, cr.start, cr.end, s, "%s: %q dapat dibaca sebagai ribuan atau desimal; dimuat NULL", t.label, s)
	case normalize.Unreadable:
		p.find("nilai.tidak_terbaca", facts.Warning, cr.start, cr.end, s, "%s: %q tidak terbaca sebagai nilai; dimuat NULL", t.label, s)
	}
	if v.Grade != "" {
		v.Num = nil
	}
	if v.Footnote && v.Num != nil {
		p.starred[*v.Num] = true
	}
	return v
}

// satuanOf is the unit of an indicator's values: from the target, else the
// realisation, else the indicator's wording or catalogue entry.
func satuanOf(ind, id string, tv, rv normalize.Value) string {
	for _, v := range []normalize.Value{tv, rv} {
		if k := valueKind(v); k != "" {
			return k
		}
		if v.Status == normalize.OK {
			head := "" // what the first word of the indicator's name says
			var buf [32]byte
			w, fits := []byte(nil), false
			if asciiOnly(ind) {
				w, _, fits = nextKeyWord(ind, 0, buf[:]) // folded on the stack (speed_fields.go)
			}
			if fits {
				head = satuanHead(string(w))
			} else {
				normalize.KeyWords(ind, func(w string) bool {
					head = satuanHead(w)
					return false
				})
			}
			if head != "" {
				return head
			}
			if e, ok := indicator.Lookup(id); ok && e.Satuan != "" {
				return e.Satuan
			}
		}
	}
	return ""
}

// valueKind is the unit a value states of itself: "predikat" for a grade,
// "opini" for an opinion, the unit written beside a figure ("12 Lap");
// "" for a plain figure or no value.
func valueKind(v normalize.Value) string {
	switch {
	case v.Grade != "":
		return "predikat"
	case v.Unit == "opini":
		return "opini"
	case v.Status == normalize.OK && v.Unit != "" && v.Unit != "rupiah":
		return v.Unit
	}
	return ""
}

// splitIndicators splits a text holding n indicator statements at the
// words indicators start with, choosing the cut where every piece is a
// known indicator best. nil when no such cut exists.
func splitIndicators(text string, n int) []string {
	if !hasInnerHead(text) {
		return nil
	}
	words := strings.Fields(text)
	var cuts []int
	for i := 1; i < len(words); i++ {
		w := words[i]
		if w == "" || !(w[0] >= 'A' && w[0] <= 'Z') {
			continue
		}
		if indicatorHeads[strings.ToLower(strings.Trim(w, "\"'(),."))] {
			cuts = append(cuts, i)
		}
	}
	if len(cuts) < n-1 || n > 4 || len(cuts) > 24 {
		return nil // not a merged row we can split with confidence
	}
	var best []string
	bestScore := -1.0
	var try func(from, start int, acc []string, score float64)
	try = func(from, start int, acc []string, score float64) {
		if len(acc) == n-1 {
			last := strings.Join(words[start:], " ")
			_, s, ok := indicator.Match(last)
			if !ok {
				return
			}
			if score+s > bestScore {
				bestScore = score + s
				best = append(append([]string{}, acc...), last)
			}
			return
		}
		for ci := from; ci < len(cuts); ci++ {
			c := cuts[ci]
			if c <= start {
				continue
			}
			piece := strings.Join(words[start:c], " ")
			_, s, ok := indicator.Match(piece)
			if !ok {
				continue
			}
			try(ci+1, c, append(acc, piece), score+s)
		}
	}
	try(0, 0, nil, 0)
	return best
}

// hasInnerHead: a capitalised indicator head word after the start.
func hasInnerHead(text string) bool {
	var buf [16]byte
	for i := 1; i+1 < len(text); i++ {
		if text[i-1] != ' ' || text[i] < 'A' || text[i] > 'Z' {
			continue
		}
		j := i
		w := buf[:0]
		for j < len(text) && len(w) < len(buf) && (text[j] >= 'a' && text[j] <= 'z' || text[j] >= 'A' && text[j] <= 'Z') {
			c := text[j]
			if c <= 'Z' {
				c += 'a' - 'A'
			}
			w = append(w, c)
			j++
		}
		if indicatorHeads[string(w)] {
			return true
		}
	}
	return false
}

// shardSecond reports whether every stated value column holds one value
// and one unreadable shard from a later line: the values of two indicators
// run into one row, the second lost.
func shardSecond(pieces map[int][]string, shards map[int]int) bool {
	n := 0
	for _, role := range []int{roleTarget, roleRealisasi, roleCapaian} {
		ps := len(pieces[role])
		if ps == 0 && shards[role] == 0 {
			continue
		}
		if ps != 1 || shards[role] != 1 {
			return false
		}
		n++
	}
	return n > 0
}

// unitColumn reads a Satuan cell ("%", "Nilai", "Lap").
func unitColumn(cell string) string {
	c := strings.TrimSpace(cell)
	if c == "%" || strings.EqualFold(c, "persen") || strings.EqualFold(c, "(%)") {
		return "persen"
	}
	return normalize.UnitOf(c)
}

// satuanHead is the unit the first word of an indicator's name says
// ("Nilai …", "Persentase …"), or "".
func satuanHead(w string) string {
	switch w {
	case "nilai", "indeks", "index", "skor":
		return "nilai"
	case "persentase", "presentase", "prosentase":
		return "persen"
	}
	return ""
}
