package parse

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The budget as a bank's SWIFT MT940 statement export (rekening koran
// elektronik), typed again: one message a budget line.
//
//	Kunci: :60F: saldo awal = pagu; :61: debet = realisasi; :62F: saldo akhir = sisa pagu.
//
//	{1:F01BANKIDJAAXXX0000000001}{2:O940BANKIDJAXXXX}{4:
//	:20:KPU0000-20-002
//	:25:0076-01-000000-30-2
//	:28C:00001/001
//	:60F:C200101IDR774587000,00
//	:61:201231D745966328,00NTRFSP2D//0002
//	:86:3355 PENGELOLAAN KEUANGAN DAN BARANG MILIK NEGARA
//	INDUK 076.01.WA
//	:62F:C201231IDR28620672,00
//	-}
//
// The tags are read by the standard's meaning, never by a file's words:
// :60F:/:60M: the opening balance (credit mark, date, currency, amount with
// a decimal comma), :61: a statement line (value date, optional entry
// date, mark D/C/RD/RC, amount, transaction type), :62F:/:62M: the closing
// balance, :86: the information, :90D:/:90C: (MT942) the number and sum of
// the debit/credit entries. What it trusts:
//   - each message's own arithmetic: opening − debits + credits = closing
//     (a credit or a reversed debit RD reverses realisasi, a reversed
//     credit RC adds to it), and :90D:/:90C: when printed;
//   - the opening balance is the pagu, the debits net of credits the
//     realisasi and the closing balance the sisa; a key line naming the
//     tags (":60F: … = pagu") must say exactly that, else nothing is read;
//   - the first word of :86: (its ?20..?29 purpose subfields when it has
//     them) is the budget code (076.01.WA, 3355) or REKAP/TOTAL/JUMLAH for
//     the total; INDUK code makes a kegiatan that program's; the stated
//     kegiatan sum to their program and the programs to the total (pagu
//     and realisasi), or without INDUK the kegiatan after a program are its
//     own when their pagu sum to its (abreastRows);
//   - the closing date in December: a statement of mid-year is the
//     realisation so far, not the year's.
//
// A run of messages none of which names a budget code (the office's own
// bank account: salaries, transfers) gives nothing; a run in which any
// message fails gives nothing, with a finding. References, accounts,
// sequence numbers and dates are no facts. A proven run is rewritten as one
// TAB budget table (exportPlace); no percent is printed, so the Serapan
// column is dropped (budgetColumns) and serapan_lapor stays NULL.

var (
	mt940Tag     = regexp.MustCompile(`^:(\d{2}[A-Z]?):(.*)$`)
	mt940Balance = regexp.MustCompile(`^(C|D)(\d{6})([A-Z]{3})(\d[\d.,]*)$`)
	mt940Line    = regexp.MustCompile(`^(\d{6})(\d{4})?(RC|RD|C|D)([A-Z])?(\d[\d.,]*)([A-Z].*)?$`)
	mt940Sum     = regexp.MustCompile(`^(\d+)([A-Z]{3})(\d[\d.,]*)$`)
	mt940Sub     = regexp.MustCompile(`\?(\d{2})`)
	mt940KeyTag  = regexp.MustCompile(`:(\d{2}[A-Z]?):`)
	// an amount in MT940 notation (digits, a decimal comma), or with a
	// decimal dot, or with thousands dots and a decimal comma
	mt940Plain  = regexp.MustCompile(`^(\d+)(?:,(\d{0,2}))?$`)
	mt940DotDec = regexp.MustCompile(`^(\d{1,3}(?:,\d{3})*|\d+)\.(\d{1,2})$`)
	mt940Thou   = regexp.MustCompile(`^(\d{1,3}(?:\.\d{3})+)(?:,(\d{0,2}))?$`)
)

// mt940Gate: an opening balance tag, final or intermediate (rare in a
// report's text).
func mt940Gate(data []byte) bool {
	return bytes.Contains(data, []byte(":60F:")) || bytes.Contains(data, []byte(":60M:"))
}

func mt940Budgets(doc *facts.Document, data []byte) []byte {
	if !mt940Gate(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if !mt940Start(lines[i]) {
			continue
		}
		end, ok := mt940Run(doc, lines, i)
		if ok {
			changed = true
		}
		i = max(i, end)
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// mt940Start: a message's first line: the basic header block or the
// transaction reference tag.
func mt940Start(l string) bool {
	t := strings.TrimSpace(l)
	return strings.HasPrefix(t, "{1:") || strings.HasPrefix(t, ":20:")
}

// mt940Msg is one message being read.
type mt940Msg struct {
	open, close    int64
	opens, closes  int
	closeDate      string
	deb, kre       int64
	lines          int
	sumDeb, sumKre int64
	hasDeb, hasKre bool
	info           []string // each :86: with its continuation lines
	bad            string
	cur            string // the tag whose continuation lines follow
	ref            bool   // a :20: reference read: the next one opens another message
	from, to       int    // line span (to exclusive)
}

// mt940Amount reads an amount as whole rupiah; false for cents other than
// zero or an unreadable figure.
func mt940Amount(s string) (int64, bool) {
	var whole, frac string
	if m := mt940Plain.FindStringSubmatch(s); m != nil {
		whole, frac = m[1], m[2]
	} else if m := mt940Thou.FindStringSubmatch(s); m != nil {
		whole, frac = strings.ReplaceAll(m[1], ".", ""), m[2]
	} else if m := mt940DotDec.FindStringSubmatch(s); m != nil {
		whole, frac = strings.ReplaceAll(m[1], ",", ""), m[2]
	} else {
		return 0, false
	}
	if strings.Trim(frac, "0") != "" || len(whole) > 15 {
		return 0, false
	}
	v, err := strconv.ParseInt(whole, 10, 64)
	return v, err == nil
}

// field reads one tag of the message.
func (m *mt940Msg) field(tag, val string) {
	m.cur = tag
	val = strings.TrimSpace(val)
	switch tag {
	case "60F", "60M", "62F", "62M":
		b := mt940Balance.FindStringSubmatch(val)
		if b == nil {
			m.bad = ":" + tag + ":" + val + " bukan saldo"
			return
		}
		v, ok := mt940Amount(b[4])
		if !ok {
			m.bad = ":" + tag + ":" + val + " bukan jumlah rupiah"
			return
		}
		if b[1] == "D" {
			v = -v
		}
		if tag[:2] == "60" {
			m.open, m.opens = v, m.opens+1
		} else {
			m.close, m.closes, m.closeDate = v, m.closes+1, b[2]
		}
	case "61":
		e := mt940Line.FindStringSubmatch(val)
		if e == nil {
			m.bad = ":61:" + val + " bukan baris mutasi"
			return
		}
		v, ok := mt940Amount(e[5])
		if !ok {
			m.bad = ":61:" + val + " bukan jumlah rupiah"
			return
		}
		m.lines++
		switch e[3] {
		case "D", "RC": // a debit, or a credit reversed
			m.deb += v
		default: // a credit, or a debit reversed
			m.kre += v
		}
	case "90D", "90C":
		s := mt940Sum.FindStringSubmatch(val)
		if s == nil {
			m.bad = ":" + tag + ":" + val + " bukan jumlah mutasi"
			return
		}
		v, ok := mt940Amount(s[3])
		if !ok {
			m.bad = ":" + tag + ":" + val + " bukan jumlah rupiah"
			return
		}
		if tag == "90D" {
			m.sumDeb, m.hasDeb = v, true
		} else {
			m.sumKre, m.hasKre = v, true
		}
	case "86":
		m.info = append(m.info, val)
	}
	// other tags (:20: reference, :25: account, :28C: sequence, :13D:,
	// :34F:, :64:, :65:) are no facts
}

// mt940Read reads the message from line i; the message and the line after
// it, false when line i opens no message.
func mt940Read(lines []string, i int) (*mt940Msg, int, bool) {
	m := &mt940Msg{from: i}
	k := i
	tags := 0
	block := false  // inside the text block {4: … -}
	closed := false // the text block's -} read
	for ; k < len(lines) && k < i+60; k++ {
		t := strings.TrimSpace(lines[k])
		if t == "" && block {
			continue // a gap inside the text block (a page or paragraph break of a print), closed by -}
		}
		if k > i && (t == "" || strings.HasPrefix(t, "{1:") || m.ref && strings.HasPrefix(t, ":20:")) {
			break
		}
		if strings.HasPrefix(t, "{") {
			// the header blocks; the text block {4: may carry a tag after it
			if j := strings.Index(t, "{4:"); j >= 0 {
				block = true
				t = strings.TrimSpace(t[j+3:])
				m.cur = ""
				if t == "" {
					continue
				}
			} else {
				continue
			}
		}
		if t == "-}" || t == "}" {
			k++
			closed = true
			break
		}
		if tm := mt940Tag.FindStringSubmatch(t); tm != nil {
			tags++
			m.ref = m.ref || tm[1] == "20"
			m.field(tm[1], tm[2])
			continue
		}
		switch m.cur {
		case "86":
			m.info[len(m.info)-1] += "\n" + t
		case "61":
			// the statement line's supplementary details: no facts
		default:
			if tags == 0 {
				return nil, i, false
			}
			m.bad = "baris " + t + " di luar medan"
		}
	}
	if tags == 0 {
		return nil, i, false
	}
	if block && !closed && m.bad == "" {
		// an open text block would take the lines after it (prose,
		// another table) as its own and blank them
		m.bad = "blok teks {4: tanpa penutup -}"
	}
	m.to = k
	return m, k, true
}

// mt940Info reads a message's :86: texts: the budget code, its name, its
// parent; total for REKAP/TOTAL/JUMLAH. An empty code when none names a
// budget line; a reason when two disagree.
func mt940Info(info []string) (code, name, induk string, total bool, why string) {
	for _, s := range info {
		if mt940Sub.MatchString(s) {
			// structured information: the purpose lines ?20..?29
			var purpose []string
			parts := mt940Sub.Split(s, -1)
			subs := mt940Sub.FindAllStringSubmatch(s, -1)
			for k, sub := range subs {
				if sub[1] >= "20" && sub[1] <= "29" {
					purpose = append(purpose, strings.TrimSpace(strings.ReplaceAll(parts[k+1], "\n", "")))
				}
			}
			s = strings.Join(purpose, " ")
		}
		f := strings.Fields(s)
		if len(f) == 0 {
			continue
		}
		f[0] = strings.TrimRight(f[0], ":;,-") // "3355:" is the code
		c, tot := "", false
		switch up := strings.ToUpper(f[0]); {
		case up == "REKAP" || up == "REKAPITULASI" || hierTotal.MatchString(up) && (len(up) == 5 || len(up) == 6):
			tot = true
		case passbookCode(f[0]):
			c = f[0]
		default:
			continue // an entry's description: no budget line
		}
		var nm []string
		ind := ""
		for k := 1; k < len(f); k++ {
			w := strings.TrimRight(strings.ToUpper(f[k]), ":")
			if w == "INDUK" && k+1 < len(f) {
				ind = strings.TrimSuffix(f[k+1], ".")
				k++
				continue
			}
			nm = append(nm, f[k])
		}
		if code != "" || total {
			if c != code || tot != total || ind != "" && induk != "" && ind != induk {
				return "", "", "", false, "keterangan :86: menyebut dua baris anggaran"
			}
			if ind != "" {
				induk = ind
			}
			continue
		}
		code, total, induk, name = c, tot, ind, strings.Join(nm, " ")
	}
	return code, name, induk, total, ""
}

// mt940Key reads a key line near the run: the roles it gives the tags
// (p pagu, r realisasi, s sisa) and whether it states thousands; found
// false when there is none.
func mt940Key(lines []string, from, to int) (roles map[string]byte, ribu, found bool) {
	look := func(k int) bool {
		l := lines[k]
		if !strings.Contains(l, "=") || len(mt940KeyTag.FindAllString(l, 4)) < 2 {
			return false
		}
		low := strings.ToLower(l)
		if !strings.Contains(low, "pagu") && !strings.Contains(low, "realisasi") {
			return false
		}
		roles = map[string]byte{}
		idx := mt940KeyTag.FindAllStringSubmatchIndex(l, -1)
		for n, ix := range idx {
			end := len(l)
			if n+1 < len(idx) {
				end = idx[n+1][0]
			}
			seg := strings.ToLower(l[ix[1]:end])
			if j := strings.IndexByte(seg, ';'); j >= 0 {
				seg = seg[:j]
			}
			if j := strings.IndexByte(seg, '='); j >= 0 {
				seg = seg[j+1:] // the role stands after "="
			}
			// the role word standing first ("sisa pagu" is the sisa)
			role, at := byte('?'), len(seg)
			for _, w := range []struct {
				word string
				role byte
			}{{"pagu", 'p'}, {"realisasi", 'r'}, {"sisa", 's'}} {
				if j := strings.Index(seg, w.word); j >= 0 && j < at {
					role, at = w.role, j
				}
			}
			roles[l[ix[2]:ix[3]][:2]] = role
		}
		ribu = strings.Contains(low, "ribu")
		return true
	}
	for k := from - 1; k >= 0 && k >= from-12; k-- {
		if look(k) {
			return roles, ribu, true
		}
	}
	for k := to; k < len(lines) && k < to+12; k++ {
		if look(k) {
			return roles, ribu, true
		}
	}
	return nil, false, false
}

// mt940Dots writes whole rupiah with dot thousands, as the budget table
// reads them.
func mt940Dots(v int64) string {
	s := strconv.FormatInt(v, 10)
	var b strings.Builder
	for k, c := range s {
		if k > 0 && (len(s)-k)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// mt940Run reads the messages from line i on; the last line read, true
// when they were rewritten as a budget table.
func mt940Run(doc *facts.Document, lines []string, i int) (int, bool) {
	var msgs []*mt940Msg
	k := i
	for k < len(lines) && len(msgs) < 400 {
		m, next, ok := mt940Read(lines, k)
		if !ok {
			break
		}
		msgs = append(msgs, m)
		k = next
		// the next message within a few blank lines
		j := k
		for j < len(lines) && j < k+4 && strings.TrimSpace(lines[j]) == "" {
			j++
		}
		if j >= len(lines) || !mt940Start(lines[j]) {
			break
		}
		k = j
	}
	if len(msgs) == 0 {
		return i, false
	}
	last := msgs[len(msgs)-1].to
	fail := func(why string) (int, bool) {
		doc.Add(facts.Finding{Span: facts.Span{Start: i + 1, End: last}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
			Pesan: "pesan MT940: " + why + "; tidak dimuat sebagai anggaran"})
		return last - 1, false
	}
	var recs []*abreastRec
	coded := 0
	for _, m := range msgs {
		code, name, induk, total, why := mt940Info(m.info)
		if why != "" {
			return fail(why)
		}
		if code != "" || total {
			coded++
		}
		_, _ = name, induk
	}
	if coded == 0 {
		return last - 1, false // a bank account's own statement: no budget
	}
	roles, ribu, keyed := mt940Key(lines, i, last)
	if keyed && (roles["60"] != 'p' || roles["61"] != 'r' || roles["62"] != 0 && roles["62"] != 's') {
		return fail("kunci tidak memetakan :60F: ke pagu dan :61: ke realisasi")
	}
	for _, m := range msgs {
		code, name, induk, total, _ := mt940Info(m.info)
		label := code
		if total {
			label = "rekap"
		}
		switch {
		case m.bad != "":
			return fail(m.bad)
		case code == "" && !total:
			return fail("pesan tanpa kode anggaran di :86:")
		case m.opens != 1 || m.closes != 1 || m.lines == 0:
			return fail(label + " tanpa saldo awal, mutasi dan saldo akhir")
		case m.open-m.deb+m.kre != m.close:
			return fail(label + ": saldo awal − debet + kredit ≠ saldo akhir")
		case m.hasDeb && m.sumDeb != m.deb || m.hasKre && m.sumKre != m.kre:
			return fail(label + ": jumlah mutasi :90D:/:90C: tidak cocok")
		case m.open <= 0 || m.deb-m.kre < 0 || m.close < 0:
			return fail(label + ": saldo atau realisasi negatif")
		case m.closeDate[2:4] != "12":
			doc.Add(facts.Finding{Span: facts.Span{Start: i + 1, End: last}, Aturan: "anggaran.bukan_akhir_tahun", Tingkat: facts.Info,
				Pesan: "pesan MT940: saldo akhir bertanggal " + m.closeDate + ", bukan akhir tahun; realisasi sementara tidak dimuat"})
			return last - 1, false
		}
		rec := &abreastRec{}
		rec.code, rec.name, rec.induk, rec.total = code, name, induk, total
		if total {
			rec.code, rec.name, rec.induk = "", "TOTAL", ""
		} else if induk != "" {
			if _, ok := programCode(induk); !ok || len(induk) <= 2 {
				return fail(code + ": induk " + induk + " bukan kode program")
			}
		}
		rec.pagu, rec.real, rec.sisa = mt940Dots(m.open), mt940Dots(m.deb-m.kre), mt940Dots(m.close)
		if why := hierProve(&rec.hierBox); why != "" {
			return fail(label + ": " + why)
		}
		recs = append(recs, rec)
	}
	if len(recs) < 2 {
		return last - 1, false // a lone message: no budget table
	}
	stated := false
	for _, r := range recs {
		stated = stated || r.induk != ""
	}
	for _, r := range recs {
		if _, ok := kegiatanCode(r.code); ok && stated && !r.total && r.induk == "" {
			return fail(r.code + " tanpa INDUK")
		}
	}
	if why := mt940Sums(recs); why != "" {
		return fail(why)
	}
	rows, why := abreastRows(recs)
	if why != "" {
		return fail(why)
	}
	unit := ""
	if ribu || abreastRibu(lines, i) {
		unit = " (Rp ribu)"
	}
	header := []string{"Kode", "Uraian", "Pagu" + unit, "Realisasi" + unit, "Sisa" + unit, "Serapan (%)"}
	header, rows = budgetColumns(header, rows)
	if !exportPlace(lines, i, last, i, "", header, rows) {
		return last - 1, false
	}
	return last - 1, true
}

// mt940Sums: "" when every stated parent's kegiatan sum to its pagu and
// realisasi, and the programs to the total's.
func mt940Sums(recs []*abreastRec) string {
	type pr struct{ p, r float64 }
	kids := map[string]pr{}
	var progs pr
	var total *abreastRec
	hasProg := false
	for _, r := range recs {
		p, _ := hierRupiah(r.pagu)
		x, _ := hierRupiah(r.real)
		switch {
		case r.total:
			total = r
		case r.induk != "":
			s := kids[r.induk]
			kids[r.induk] = pr{s.p + p, s.r + x}
		default:
			if _, ok := programCode(r.code); ok {
				progs = pr{progs.p + p, progs.r + x}
				hasProg = true
			}
		}
	}
	for _, r := range recs {
		if s, ok := kids[r.code]; ok && !r.total {
			p, _ := hierRupiah(r.pagu)
			x, _ := hierRupiah(r.real)
			if s.p != p || s.r != x {
				return "kegiatan di bawah " + r.code + " tidak berjumlah pagu/realisasinya"
			}
		}
	}
	if total != nil && hasProg {
		p, _ := hierRupiah(total.pagu)
		x, _ := hierRupiah(total.real)
		if p != progs.p || x != progs.r {
			return "program tidak berjumlah pagu/realisasi rekap"
		}
	}
	return ""
}
