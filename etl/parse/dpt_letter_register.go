package parse

import (
	"strings"
	"unicode"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A DPT typed again from the secretariat's incoming-letter register (buku
// agenda surat masuk): each PPK's recap letter is one entry, the sender
// names the kecamatan and the summary column holds its counts, and the
// Subbagian's own note of the kabupaten's recap closes it:
//
//	BUKU AGENDA SURAT MASUK  -  SEKRETARIAT KPU KABUPATEN X
//	=====================================================================
//	| NO.AGD | TGL TERIMA | ASAL SURAT      | NO. SURAT  | PERIHAL / ISI RINGKAS   |
//	=====================================================================
//	| 401    | 17-09-2018 | PPK Borong      | 01/PPK/DPT | Rekap DPT Pemilu 2019:  |
//	|        |            |                 |            | desa/kel 25, TPS 93,    |
//	|        |            |                 |            | L 11.612, P 12.296, jml 23.908 |
//	---------------------------------------------------------------------
//	| 411    | 17-09-2018 | Subbag Program  | ND/2018    | Rekap DPT Pemilu 2019   |
//	|        |            |                 |            | Kab. X:                 |
//	|        |            |                 |            | desa/kel 176, TPS 749, ... |
//
// No table reader takes it: the counts are words inside one cell spread
// over lines. letterRegisters reads it by meaning. The header is a line
// parted by `|` (or `│`, or TAB) whose every cell has a role in a letter
// register: the register's own marks (agenda number, dates, the letter's
// number, disposition, remarks: no fact), exactly one sender (ASAL SURAT,
// DARI, PENGIRIM) and exactly one subject (PERIHAL, ISI RINGKAS); a cell of
// any other meaning makes it no register. An entry opens under a rule or
// where the first column is filled, and runs until the next; its sender
// and subject cells are joined over its lines. The area is the kecamatan
// the sender names after a place word (PPK, Kec., Kecamatan, Distrik), or,
// when the sender names none (a Subbagian), the kabupaten or kota the
// summary names. The counts are the figures after labels of a known role
// (desa/kel, TPS, L or laki-laki, P or perempuan, jml or jumlah), each
// bound to the words right before it since the last comma, semicolon,
// colon or line end; a label of a known role left without its figure (a
// figure before its word: "25 desa") leaves the entry unread, a figure of
// no role (the election's year) is no fact. An entry whose subject names
// no voters (DPT, pemilih) is an ordinary letter and gives nothing. The
// entries go through labelTable (label_sheet.go), which proves each by
// L + P = jml and the kabupaten's by the sums of the kecamatan, and
// vertWrite writes them as one TAB table in place, which the DPT reader
// reads under the caption above.

// registerGate is the cheap look: a register's word (agenda, surat masuk)
// and its subject column's (perihal, isi ringkas) both in the text.
func registerGate(doc *facts.Document, data []byte) bool {
	// "agenda" whole in its three cases: "genda" alone is in "pengendalian"
	if !docHas(doc, data, "AGENDA") && !docHas(doc, data, "Agenda") &&
		!docHas(doc, data, "agenda") && !docHas(doc, data, "URAT MASUK") && !docHas(doc, data, "urat masuk") &&
		!docHas(doc, data, "urat Masuk") {
		return false
	}
	return docHasAny(doc, data, registerSubjectMarks...)
}

// registerSubjectMarks are the subject column's words (perihal, isi ringkas).
var registerSubjectMarks = []string{"ERIHAL", "erihal", "SI RINGKAS", "si ringkas", "si Ringkas"}

// registerSubjectLine: a line naming the subject column.
func registerSubjectLine(l string) bool {
	for _, m := range registerSubjectMarks {
		if strings.Contains(l, m) {
			return true
		}
	}
	return false
}

// register column roles.
const (
	regSkip = iota
	regSender
	regSubject
)

// registerRole: the role of a register's header cell by its words; ok
// false when a word has no meaning in a letter register.
func registerRole(cell string) (int, bool) {
	c := strings.ToLower(strings.Join(strings.Fields(cell), " "))
	c = strings.Trim(c, ".: ")
	if c == "" {
		return 0, false
	}
	if strings.Contains(c, "perihal") || strings.Contains(c, "isi ringkas") || strings.Contains(c, "ringkasan") ||
		c == "hal" || c == "isi" || c == "isi surat" {
		return regSubject, true
	}
	if strings.HasPrefix(c, "asal") || strings.HasPrefix(c, "dari") || strings.Contains(c, "pengirim") || c == "surat dari" {
		return regSender, true
	}
	f0, _, _ := strings.Cut(strings.Fields(c)[0], ".")
	switch f0 {
	case "no", "nomor", "nomer", "tgl", "tanggal", "ket", "keterangan", "disposisi", "paraf", "kode",
		"klasifikasi", "lamp", "lampiran", "diteruskan", "sifat", "catatan", "ttd", "indeks", "index", "agenda":
		return regSkip, true
	}
	return 0, false
}

// registerSeps are the column marks a register's header is parted by.
var registerSeps = []string{"|", "│", "┃", "\t"}

// registerCells parts a line by sep: a rim of `|` leaves no cell; a TAB
// line keeps its empty leading cells (the columns left blank) and is
// padded to n cells (trailing TABs are often lost).
func registerCells(l, sep string, n int) []string {
	var cells []string
	if sep == "\t" {
		cells = strings.Split(strings.TrimRight(l, " \r"), "\t")
		for len(cells) < n {
			cells = append(cells, "")
		}
	} else {
		t := flapFrame(l)
		t = strings.TrimPrefix(t, sep)
		t = strings.TrimSuffix(t, sep)
		cells = strings.Split(t, sep)
	}
	for k := range cells {
		cells[k] = strings.TrimSpace(cells[k])
	}
	return cells
}

// letterRegisters rewrites every DPT letter register of data as a TAB table.
func letterRegisters(doc *facts.Document, data []byte) []byte {
	if !registerGate(doc, data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	var tables []vertTable
	for i := 0; i < len(lines); i++ {
		if !registerSubjectLine(lines[i]) {
			continue
		}
		t, end, ok := registerAt(doc, lines, i)
		if ok {
			tables = append(tables, t)
		}
		i = max(i, end-1)
	}
	return vertWrite(doc, data, lines, tables)
}

// regEntry is one register entry: its first line, sender and subject.
type regEntry struct {
	line            int
	sender, subject []string
}

// registerAt reads the register whose header is lines[h]: the table, the
// line after it, whether it stands.
func registerAt(doc *facts.Document, lines []string, h int) (vertTable, int, bool) {
	sep := ""
	for _, s := range registerSeps {
		if strings.Count(flapFrame(lines[h]), s) >= 2 {
			sep = s
			break
		}
	}
	if sep == "" {
		return vertTable{}, h + 1, false
	}
	head := registerCells(lines[h], sep, 0)
	roles := make([]int, len(head))
	count := map[int]int{}
	for k, c := range head {
		r, ok := registerRole(c)
		if !ok {
			return vertTable{}, h + 1, false // a column of no meaning in a letter register
		}
		roles[k] = r
		count[r]++
	}
	if count[regSender] != 1 || count[regSubject] != 1 || len(head) < 3 {
		return vertTable{}, h + 1, false
	}
	var entries []regEntry
	open := true // the next line with words opens an entry
	to := h + 1
	for k := h + 1; k < len(lines) && k < h+2000; k++ {
		l := lines[k]
		if strings.TrimSpace(l) == "" {
			break
		}
		if flapRule(l) {
			open, to = true, k+1
			continue
		}
		cells := registerCells(l, sep, len(head))
		if len(cells) != len(head) {
			if flapFramed(l) || strings.Contains(l, sep) {
				return vertTable{}, k + 1, false // a line of the register not read: none trusted
			}
			break
		}
		if open || cells[0] != "" {
			entries = append(entries, regEntry{line: k})
			open = false
		}
		e := &entries[len(entries)-1]
		for c, v := range cells {
			switch roles[c] {
			case regSender:
				if v != "" {
					e.sender = append(e.sender, v)
				}
			case regSubject:
				e.subject = append(e.subject, v)
			}
		}
		to = k + 1
	}
	// the rules over the header are the register's too
	from := h
	for from > 0 && from > h-3 && flapRule(lines[from-1]) {
		from--
	}
	t := vertTable{from: from, to: to}
	var voters []label
	for _, e := range entries {
		if n, ok := registerEntry(e); ok {
			voters = append(voters, n)
		}
	}
	if len(voters) < 2 {
		return t, to, false
	}
	return labelTable(doc, t, voters, "agenda surat")
}

// registerEntry reads one entry as a label: its area and counts; ok
// false when it is no DPT entry or not read whole.
func registerEntry(e regEntry) (label, bool) {
	n := label{line: e.line}
	low := strings.ToLower(strings.Join(e.subject, " "))
	if !strings.Contains(low, "dpt") && !strings.Contains(low, "pemilih") {
		return n, false // a letter about another matter
	}
	areas, ok := registerCounts(&n, e.subject)
	if !ok || !n.has[labelL] || !n.has[labelP] || !n.has[labelTotal] {
		return n, false
	}
	sender := registerSenderArea(strings.Join(e.sender, " "))
	switch {
	case sender != "":
		for _, a := range areas {
			if !registerSameArea(a, sender) {
				return n, false // the summary names another area than the sender's
			}
		}
		n.title = "Kecamatan " + sender
	case len(areas) == 1:
		n.title = areas[0]
	default:
		return n, false // no area, or two
	}
	return n, true
}

// registerPlaceWord: a place word before a kecamatan's name.
func registerPlaceWord(w string) bool {
	switch strings.ToLower(strings.TrimRight(w, ".:")) {
	case "ppk", "kec", "kecamatan", "distrik":
		return true
	}
	return false
}

// registerSenderArea: the kecamatan a sender names after its place words
// ("PPK Borong", "Ketua PPK Kec. Elar"); "" when it names none.
func registerSenderArea(s string) string {
	f := strings.Fields(s)
	at := -1
	for k, w := range f {
		if registerPlaceWord(w) {
			at = k
			break
		}
	}
	if at < 0 || at > 2 {
		return ""
	}
	for at < len(f) && registerPlaceWord(f[at]) {
		at++
	}
	name := strings.Join(f[at:], " ")
	if name == "" || !registerName(name) {
		return ""
	}
	return name
}

// registerName: words of letters only (an area's name, not a code).
func registerName(s string) bool {
	if !hasLetter(s) {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && !strings.ContainsRune(" .-'", r) {
			return false
		}
	}
	return true
}

// registerSameArea: a summary's area naming the sender's kecamatan.
func registerSameArea(area, sender string) bool {
	_, name := labelPlace(area)
	return strings.EqualFold(strings.Join(strings.Fields(name), " "), sender)
}

// registerCounts reads a subject's lines: the counts into n and the areas
// the summary names (a run of words opened by a place word, closed
// without a figure). False when a count's label is left without its
// figure or a role comes twice.
func registerCounts(n *label, lines []string) ([]string, bool) {
	var areas []string
	var run []string
	// close ends a run of words that no figure followed
	close := func() bool {
		defer func() { run = run[:0] }()
		if len(run) == 0 {
			return true
		}
		if sjRole(strings.Join(run, " ")) >= 0 {
			return false // a count's label with no figure after it
		}
		for k, w := range run {
			lw := strings.ToLower(strings.TrimRight(w, "."))
			switch lw {
			case "kabupaten", "kab", "kota", "kec", "kecamatan":
				name := run[k+1:]
				if len(name) == 0 || !registerName(strings.Join(name, " ")) {
					return true
				}
				head := "Kecamatan"
				switch lw {
				case "kabupaten", "kab":
					head = "Kabupaten"
				case "kota":
					head = "Kota"
				}
				areas = append(areas, head+" "+strings.Join(name, " "))
				return true
			}
		}
		return true
	}
	for _, l := range lines {
		words := strings.Fields(l)
		for k, w := range words {
			core := strings.TrimRight(w, ",;:")
			punct := w[len(core):]
			fig := core
			if strings.HasSuffix(fig, ".") && !strings.HasSuffix(strings.TrimSuffix(fig, "."), ".") {
				fig = strings.TrimSuffix(fig, ".") // a sentence's full stop
			}
			if core != "" {
				if reItemCount.MatchString(fig) {
					role := sjRole(strings.Join(run, " "))
					run = run[:0]
					if role >= 0 {
						if n.has[role] {
							return nil, false
						}
						v, ok := dptFigure(fig)
						if !ok {
							return nil, false
						}
						n.vals[role], n.n[role], n.has[role] = fig, int64(v), true
					}
				} else {
					run = append(run, core)
				}
			}
			if strings.ContainsAny(punct, ",;") {
				if !close() {
					return nil, false
				}
			} else if strings.Contains(punct, ":") {
				// a colon between a label and its figure binds them
				if k+1 >= len(words) || !reItemCount.MatchString(strings.TrimRight(words[k+1], ",;:.")) {
					if !close() {
						return nil, false
					}
				}
			}
		}
		if !close() {
			return nil, false
		}
	}
	return areas, true
}
