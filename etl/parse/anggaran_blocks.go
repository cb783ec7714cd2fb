package parse

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The budget typed again as blocks of short lines, one block a budget line,
// in a foreign machine's print whose words a key or the arithmetic explains.
// Two kinds are read:
//
// A receipt (a cash register's Z-report, a POS shift report): a key of the
// foreign labels, then blocks parted by rules, a head holding the budget code
// (anywhere on it: `DEPT 01  076.01.WA`), the name (wrapped) under it, the
// parent (`INDUK 076.01.WA`) and one field a line, the label then the amount
// (`Rp` apart from it) or the percent:
//
//	KUNCI: PAGU=pagu  TERJUAL=realisasi
//	       SISA STOK=sisa  RASIO=serapan
//	------------------------------------------
//	DEPT 02  3355
//	 PENGELOLAAN KEUANGAN DAN BARANG MILIK
//	 NEGARA
//	 INDUK 076.01.WA
//	  PAGU      Rp               1.384.520.000
//	  TERJUAL   Rp               1.376.515.399
//	  SISA STOK Rp                   8.004.601
//	  RASIO                             99,42%
//	------------------------------------------
//	GRAND TOTAL
//	 ...
//
// What it trusts: the key (`LABEL=role` clauses, the role one of pagu,
// realisasi, sisa, serapan; pagu and realisasi both named, no label twice);
// every amount or percent line of a block must carry a keyed label (any other
// figure fails the set); a block is a budget line only when its head holds a
// budget code (a program code 076.01.WA or a kegiatan code 3355) or, codeless,
// a total's word (TOTAL, JUMLAH, SELURUH).
//
// A console log (a script's run, a build-like log): one step `[n/N] code
// name` a budget line, `induk:` its parent (or `-`), a progress line with the
// percent, two amounts `a / b` and `sisa n`, a closing `Total realisasi …
// dari pagu … (n%), sisa …` line; a note `format: realisasi / pagu` (the key)
// may name the pair's order. What it trusts: the steps numbered 1..N with N
// steps read, each head holding a budget code; the pair's order from the key,
// else from the arithmetic alone (sisa = pagu − realisasi decides which of the
// two is the pagu; no sisa and no key: nothing).
//
// Both: every record proven (hierProve: sisa = pagu − realisasi, the percent
// realisasi/pagu), stated parents programs read in the same set, kegiatan not
// exceeding their program and the programs summing to the total (ccardSums,
// abreastRows). A set failing is reported and left as written; a proven set is
// rewritten as one TAB budget table (exportPlace) for the budget table reader.
// Department and step numbers, the Z number, times and the bar are no facts.

var (
	blkKeyPair = regexp.MustCompile(`([A-Za-z][A-Za-z0-9 ./]*?)\s*=\s*([A-Za-z]+)`)
	blkField   = regexp.MustCompile(`^(\S.*?)\s+(?:(?i:rp)\.?\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,00|,-)?$`)
	blkPctLine = regexp.MustCompile(`^(\S.*?)\s+(\d{1,3}(?:[.,]\d+)?)\s*%$`)
	blkParent  = regexp.MustCompile(`(?i)^(?:induk|parent|kode induk|program induk|sub dari|dari program)\s*[:=]?\s*(\S+)$`)
	blkTotal   = regexp.MustCompile(`(?i)\b(?:grand\s+total|total|jumlah|seluruh)\b`)
	blkFigure  = regexp.MustCompile(`\d{1,3}\.\d{3}\b|\d%|\d\s+%`)
	blkStep    = regexp.MustCompile(`^\s*(?:[\[(]\s*(\d{1,3})\s*/\s*(\d{1,3})\s*[\])]|(?i:step|langkah|tahap)\s+(\d{1,3})\s*/\s*(\d{1,3})\s*[:.]?)\s+(\S.*)$`)
	blkPair    = regexp.MustCompile(`(\d{1,3}(?:\.\d{3})+|\d+)\s*/\s*(\d{1,3}(?:\.\d{3})+|\d+)`)
	blkPct     = regexp.MustCompile(`(\d{1,3}(?:,\d+)?)\s*%`)
	blkSisa    = regexp.MustCompile(`(?i)\bsisa\s*:?\s*(?:rp\.?\s*)?(\d{1,3}(?:\.\d{3})+|\d+)`)
	blkRoleAmt = regexp.MustCompile(`(?i)\b(realisasi|pagu|sisa)\s*:?\s*(?:rp\.?\s*)?(\d{1,3}(?:\.\d{3})+|\d+)`)
	blkOrder   = regexp.MustCompile(`(?i)\b(realisasi|pagu)\s*/\s*(realisasi|pagu)\b`)
)

// blocksGate: a receipt's key names the realisasi after `=`; a console's
// progress bar or parent line. Rare marks, answered from the index.
func blocksGate(doc *facts.Document, data []byte) (receipt, console bool) {
	receipt = docMay(doc, data, "realisasi") && docHasAny(doc, data, "=realisasi", "= realisasi", "=REALISASI", "= REALISASI")
	console = docHasAny(doc, data, "%[", "% [", "induk:", "INDUK:", "Induk:")
	return receipt, console
}

func budgetBlocks(doc *facts.Document, data []byte) []byte {
	receipt, console := blocksGate(doc, data)
	if !receipt && !console {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		end, ok := -1, false
		if receipt && strings.IndexByte(lines[i], '=') >= 0 && blkHasKey(lines[i]) {
			end, ok = receiptRead(doc, lines, i)
		} else if console && strings.IndexByte(lines[i], '/') >= 0 && blkStep.MatchString(lines[i]) {
			end, ok = consoleRead(doc, lines, i)
		}
		changed = changed || ok
		i = max(i, end)
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

func blkHasKey(l string) bool {
	low := strings.ToLower(l)
	return strings.Contains(low, "=realisasi") || strings.Contains(low, "= realisasi")
}

// blkRole: the budget role a key's role word names.
func blkRole(w string) string {
	switch strings.ToLower(w) {
	case "pagu", "alokasi":
		return "pagu"
	case "realisasi":
		return "real"
	case "sisa":
		return "sisa"
	case "serapan", "persen", "persentase":
		return "sera"
	}
	return ""
}

// blkLabel: a label normalized (case, spaces).
func blkLabel(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// receiptKeyLine: true when every clause of the line names a budget role.
func receiptKeyLine(l string) (int, bool) {
	if c := strings.IndexByte(l, ':'); c >= 0 && c < strings.IndexByte(l, '=') {
		l = l[c+1:]
	}
	ms := blkKeyPair.FindAllStringSubmatch(l, -1)
	for _, m := range ms {
		if blkRole(m[2]) == "" {
			return 0, false
		}
	}
	return len(ms), len(ms) > 0
}

// receiptKey reads the key from line i and the lines under it that go on
// with clauses; label → role, the key's last line, false when it is none.
func receiptKey(lines []string, i int) (map[string]string, int, bool) {
	key := map[string]string{}
	roles := map[string]bool{}
	last := i
	for k := i; k < len(lines) && k < i+5; k++ {
		l := lines[k]
		if k > i && strings.TrimSpace(l) == "" && k+1 < len(lines) && strings.Contains(lines[k+1], "=") {
			continue // a PDF's line gap inside the key
		}
		if k > i && !strings.Contains(l, "=") {
			break
		}
		if c := strings.IndexByte(l, ':'); c >= 0 && c < strings.IndexByte(l, '=') {
			l = l[c+1:] // "KUNCI:", "KEY:", "Keterangan:"
		}
		ms := blkKeyPair.FindAllStringSubmatch(l, -1)
		if len(ms) == 0 {
			break
		}
		for _, m := range ms {
			lb, r := blkLabel(m[1]), blkRole(m[2])
			if r == "" || lb == "" {
				return nil, 0, false
			}
			if _, dup := key[lb]; dup || roles[r] {
				return nil, 0, false // a label or a role twice: no key
			}
			key[lb], roles[r] = r, true
		}
		last = k
	}
	if !roles["pagu"] || !roles["real"] {
		return nil, 0, false
	}
	return key, last, true
}

// blkRule: a printed rule (dashes, equals, stars, box lines) of 8 or more.
func blkRule(l string) bool {
	t := strings.TrimSpace(l)
	return len(t) >= 8 && strings.Trim(t, "-=*_─━═") == ""
}

// blkCode: the budget code among a head's words, its index, -1 for none.
func blkCode(words []string) int {
	at := -1
	for k, w := range words {
		if passbookCode(w) && !hierTotal.MatchString(w) {
			if at >= 0 {
				return -2 // two codes on a head: no budget line
			}
			at = k
		}
	}
	return at
}

// receiptBlock reads one block's lines into a record; a reason when a line
// is not the block's, rec nil for a block that is no budget line.
func receiptBlock(key map[string]string, blk []string) (*abreastRec, string) {
	head := strings.Fields(blk[0])
	c := &abreastRec{}
	at := blkCode(head)
	switch {
	case at == -2:
		return nil, "dua kode pada baris " + blk[0]
	case at >= 0:
		c.code = head[at]
	case blkTotal.MatchString(blk[0]) && !blkFigure.MatchString(blk[0]):
		c.total = true
	default:
		return nil, ""
	}
	var name []string
	fields := false
	for _, l := range blk[1:] {
		t := strings.TrimSpace(l)
		if m := blkParent.FindStringSubmatch(t); m != nil {
			c.induk = m[1]
			fields = true
			continue
		}
		m := blkPctLine.FindStringSubmatch(t)
		if m == nil {
			m = blkField.FindStringSubmatch(t)
		}
		if m == nil {
			if blkFigure.MatchString(t) {
				return nil, "baris " + t + " tidak dikenali"
			}
			if !fields {
				name = append(name, t) // the name, wrapped
			}
			continue
		}
		lb := strings.TrimSpace(m[1])
		if strings.HasSuffix(strings.ToLower(lb), " rp") {
			lb = lb[:len(lb)-3]
		}
		role := key[blkLabel(lb)]
		if role == "" && !strings.HasSuffix(t, "%") && !strings.Contains(m[2], ".") {
			// a count, not money (QTY 45, a year in the name): no field
			if !fields {
				name = append(name, t)
			}
			continue
		}
		fields = true
		var slot *string
		switch role {
		case "pagu":
			slot = &c.pagu
		case "real":
			slot = &c.real
		case "sisa":
			slot = &c.sisa
		case "sera":
			slot = &c.sera
		}
		pct := strings.HasSuffix(t, "%")
		if slot == nil || *slot != "" || pct != (role == "sera") {
			return nil, "baris " + t + " bukan label kunci"
		}
		*slot = m[2]
	}
	if len(name) == 0 {
		// the name on the head: after the code, else before it
		if at >= 0 && at+1 < len(head) {
			name = head[at+1:]
		} else if at > 0 {
			name = head[:at]
		}
	}
	c.name = strings.Join(strings.Fields(strings.Join(name, " ")), " ")
	if c.total {
		c.code, c.name = "", "TOTAL"
	}
	return c, ""
}

// receiptRead reads the key at line i and the blocks after it; the last
// line read, true when the set was rewritten as a budget table.
func receiptRead(doc *facts.Document, lines []string, i int) (int, bool) {
	// the key may begin a line or two above the one naming the realisasi
	for i > 0 && strings.IndexByte(lines[i-1], '=') >= 0 && !blkRule(lines[i-1]) && len(blkKeyPair.FindAllString(lines[i-1], -1)) > 0 {
		if _, ok := receiptKeyLine(lines[i-1]); !ok {
			break
		}
		i--
	}
	key, k, ok := receiptKey(lines, i)
	if !ok {
		return i, false
	}
	var recs []*abreastRec
	last := k
	j := k + 1
	for j < len(lines) && j < k+2000 {
		// the next block after rules and at most two blank lines
		gap, ruled := 0, false
		for j < len(lines) && (blkRule(lines[j]) || strings.TrimSpace(lines[j]) == "") {
			if strings.TrimSpace(lines[j]) == "" {
				gap++
			} else {
				ruled = true
			}
			j++
		}
		if j >= len(lines) || gap > 2 {
			break
		}
		// the block: after a rule, up to the next (a PDF's line gaps
		// inside it skipped); else up to a blank line
		e := j
		for ruled && e < len(lines) && e < j+25 && !blkRule(lines[e]) {
			e++
		}
		if !ruled || e >= len(lines) || !blkRule(lines[e]) {
			e = j
			for e < len(lines) && e < j+25 && strings.TrimSpace(lines[e]) != "" {
				e++
			}
		}
		blk := make([]string, 0, e-j)
		for _, l := range lines[j:e] {
			if strings.TrimSpace(l) != "" {
				blk = append(blk, strings.Join(strings.Fields(l), " ")) // a PDF's TABs between label, Rp and amount
			}
		}
		c, why := receiptBlock(key, blk)
		if why != "" {
			doc.Add(facts.Finding{Span: facts.Span{Start: i + 1, End: e}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
				Pesan: "blok anggaran berkunci: " + why + "; tidak dimuat sebagai anggaran"})
			return e, false
		}
		if c == nil {
			break // a closing line, a heading: the blocks end
		}
		recs = append(recs, c)
		last, j = e-1, e
	}
	return blkExport(doc, lines, i, last+1, recs, "blok anggaran berkunci")
}

// blkExport proves the records and rewrites lines[from:to] as one budget
// table; the last line of the span, true when rewritten.
func blkExport(doc *facts.Document, lines []string, from, to int, recs []*abreastRec, what string) (int, bool) {
	fail := func(why string) (int, bool) {
		doc.Add(facts.Finding{Span: facts.Span{Start: from + 1, End: to}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
			Pesan: what + ": " + why + "; tidak dimuat sebagai anggaran"})
		return to - 1, false
	}
	n := 0
	stated := false
	for _, c := range recs {
		if !c.total {
			n++
		}
		if c.pagu == "" || c.real == "" {
			return fail(c.code + " tanpa pagu/realisasi")
		}
		if w := hierProve(&c.hierBox); w != "" {
			return fail(c.code + ": " + w)
		}
		if c.induk == "-" || c.induk == "—" {
			c.induk = ""
		}
		if c.induk != "" {
			if _, ok := programCode(c.induk); !ok || len(c.induk) <= 2 {
				return fail(c.code + ": induk " + c.induk + " bukan kode program")
			}
			stated = true
		}
	}
	if n < 2 {
		return max(from, to-1), false // a lone block: no budget table
	}
	if stated {
		for _, r := range recs {
			if _, ok := kegiatanCode(r.code); ok && !r.total && r.induk == "" {
				return fail(r.code + " tanpa induk")
			}
		}
	}
	if why, placed := recsWrite(lines, recs, from, to); why != "" {
		return fail(why)
	} else if !placed {
		return to - 1, false
	}
	return to - 1, true
}

// consoleStep is one step of a console log being read.
type consoleStep struct {
	rec  *abreastRec
	a, b string // the pair as printed, order unknown
}

// consoleRead reads the steps from line i on; the last line read, true when
// rewritten as a budget table.
func consoleRead(doc *facts.Document, lines []string, i int) (int, bool) {
	var steps []*consoleStep
	total := 0
	j := i
	last := i
	for j < len(lines) && j < i+4000 {
		m := blkStep.FindStringSubmatch(lines[j])
		if m == nil {
			break
		}
		no, of := m[1], m[2]
		if no == "" {
			no, of = m[3], m[4]
		}
		nn, _ := strconv.Atoi(no)
		nt, _ := strconv.Atoi(of)
		if nn != len(steps)+1 || (total != 0 && nt != total) {
			break
		}
		total = nt
		words := strings.Fields(m[5])
		at := blkCode(words)
		if at < 0 {
			return j, false // a build log's step, no budget line
		}
		s := &consoleStep{rec: &abreastRec{}}
		s.rec.code = words[at]
		name := words[at+1:]
		if len(name) == 0 {
			name = words[:at]
		}
		s.rec.name = strings.Join(name, " ")
		// the step's own lines: up to a blank line, the next step or the
		// closing total (a PDF's text keeps no indentation to tell them)
		e := j + 1
		for e < len(lines) && e < j+8 && strings.TrimSpace(lines[e]) != "" && !blkStep.MatchString(lines[e]) && !blkClosing(lines[e]) {
			t := strings.TrimSpace(lines[e])
			if p := blkParent.FindStringSubmatch(t); p != nil {
				s.rec.induk = p[1]
			} else if p := blkPair.FindStringSubmatch(t); p != nil && s.a == "" {
				s.a, s.b = p[1], p[2]
				if q := blkPct.FindStringSubmatch(t); q != nil {
					s.rec.sera = q[1]
				}
				if q := blkSisa.FindStringSubmatch(t); q != nil {
					s.rec.sisa = q[1]
				}
			} else if blkFigure.MatchString(t) {
				doc.Add(facts.Finding{Span: facts.Span{Start: j + 1, End: e + 1}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
					Pesan: "log konsol anggaran: baris " + t + " tidak dikenali; tidak dimuat sebagai anggaran"})
				return e, false
			}
			e++
		}
		if s.a == "" {
			return e, false // a step without its pair: no budget line
		}
		steps = append(steps, s)
		last = e - 1
		j = e
		for j < len(lines) && j < e+3 && strings.TrimSpace(lines[j]) == "" {
			j++
		}
	}
	if len(steps) < 2 {
		return last, false
	}
	to := last + 1
	fail := func(why string) (int, bool) {
		doc.Add(facts.Finding{Span: facts.Span{Start: i + 1, End: to}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
			Pesan: "log konsol anggaran: " + why + "; tidak dimuat sebagai anggaran"})
		return to - 1, false
	}
	if len(steps) != total {
		return fail(strconv.Itoa(len(steps)) + " dari " + strconv.Itoa(total) + " langkah terbaca")
	}
	// the closing total and the note (the key) within a few lines under
	order := ""
	var tot *abreastRec
	for k := to; k < len(lines) && k < to+5; k++ {
		t := strings.TrimSpace(lines[k])
		if m := blkOrder.FindStringSubmatch(t); m != nil && m[1] != m[2] && !blkFigure.MatchString(t) {
			order = strings.ToLower(m[1])
			to = k + 1
			continue
		}
		if tot == nil && blkTotal.MatchString(t) {
			r := &abreastRec{}
			r.total, r.name = true, "TOTAL"
			for _, m := range blkRoleAmt.FindAllStringSubmatch(t, -1) {
				slot := map[string]*string{"realisasi": &r.real, "pagu": &r.pagu, "sisa": &r.sisa}[strings.ToLower(m[1])]
				if *slot != "" {
					return fail("baris penutup " + t + " menyebut angka dua kali")
				}
				*slot = m[2]
			}
			if q := blkPct.FindStringSubmatch(t); q != nil {
				r.sera = q[1]
			}
			if r.pagu != "" && r.real != "" {
				tot = r
				to = k + 1
			}
		}
	}
	// a key before the steps (a format line over the run)
	for k := i - 1; order == "" && k >= 0 && k >= i-4; k-- {
		if m := blkOrder.FindStringSubmatch(lines[k]); m != nil && m[1] != m[2] && !blkFigure.MatchString(lines[k]) {
			order = strings.ToLower(m[1])
		}
	}
	recs := make([]*abreastRec, 0, len(steps)+1)
	for _, s := range steps {
		c := s.rec
		first := order
		if first == "" {
			// no key: the sisa decides which of the pair is the pagu
			a, _ := hierRupiah(s.a)
			b, _ := hierRupiah(s.b)
			v, ok := hierRupiah(c.sisa)
			switch {
			case !ok || c.sisa == "" || a == b:
				return fail(c.code + ": urutan pasangan angka tidak terbukti")
			case v == b-a:
				first = "realisasi"
			case v == a-b:
				first = "pagu"
			default:
				return fail(c.code + ": sisa ≠ pagu − realisasi")
			}
		}
		if first == "realisasi" {
			c.real, c.pagu = s.a, s.b
		} else {
			c.pagu, c.real = s.a, s.b
		}
		recs = append(recs, c)
	}
	if tot != nil {
		recs = append(recs, tot)
	}
	return blkExport(doc, lines, i, to, recs, "log konsol anggaran")
}

// blkClosing: a run's closing line, a total's word and amounts named by
// their role words.
func blkClosing(l string) bool {
	return blkTotal.MatchString(l) && blkRoleAmt.MatchString(l)
}
