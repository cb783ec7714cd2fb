package parse

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A DPT written as short notes, one a place: the data operator's daily
// logbook typed again, a chat group's messages, a field notebook.
//
//	BUKU LOG HARIAN OPERATOR - SUBBAG PDI KPU X
//	(lk = laki-laki, pr = perempuan; angka sesuai berita acara pleno)
//
//	Sen 03/04  09.00  Kec. PAGA: entri selesai
//	      lk 4.574 / pr 4.784 = 9.358 pemilih, 45 TPS, 18 desa/kel.
//	Sel 04/04  10.15  Kec. MEGO: entri selesai
//	      lk 4.018 / pr 4.575 = 8.593 pemilih, 38 TPS, 9 desa/kel.
//	REKAP KAB. X: lk 8.592 / pr 9.359 = 17.951 pemilih, 83 TPS, 27 desa/kel.
//
// Read as prose nothing loads: the figures are not labelled as a
// sentence's are. logbookNotes reads each note by meaning. The log is
// the run of notes under a title naming a log (log, catatan, harian,
// jurnal, chat, WhatsApp: logWord) within logTitleSpan lines above its
// first note. A note opens on a line naming one place with its place
// word (Kec., Kecamatan, PPK, Distrik) and the capitalised name after
// it; what stands before it (a day, a date, a time, a sender) is no
// fact. A summing word (REKAP, TOTAL, JUMLAH) before "Kab."/"Kabupaten"/
// "Kota" and a name opens the whole's note. The note's figures are on
// its line after the name and on the lines under it: each figure takes
// the role its abbreviation names, the key's abbreviation first
// ("lk = laki-laki", read above the notes), the usual ones else
// (labelRole: lk/L laki-laki, pr/P perempuan, TPS, desa/kel, jml;
// "pemilih" or a figure right after "=" the total); other figures (a
// date, a count of boxes) are none. A note whose remark says it is not
// finished (belum, proses, sementara) or wrong (salah, keliru, batal)
// loads nothing; a place noted twice loads only its last note, and only
// when that note says it corrects the earlier (ralat, koreksi,
// perbaikan, revisi); otherwise the place is left out with a finding.
// The notes go through labelTable (label_sheet.go), which proves every
// note by L + P = jumlah and the whole by the sums of the places, and
// vertWrite writes them as one TAB table in place (line numbers never
// change), so the DPT reader reads them under the caption above, the
// election and year the caption's.

// logTitleSpan is how far above the first note the log's title may stand.
const logTitleSpan = 8

// logGapLines is how many lines that are no note (a day's heading, a
// remark) may stand between two notes of one log.
const logGapLines = 2

// logbookNotes rewrites the note runs of a text as TAB tables; data
// itself when it holds none. Findings go to doc.
func logbookNotes(doc *facts.Document, data []byte) []byte {
	if !logbookLikely(doc, data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	var tables []vertTable
	for i := 0; i < len(lines); i++ {
		if _, ok := logHead(lines[i]); !ok {
			continue
		}
		title := logTitleAbove(lines, i)
		if title < 0 {
			continue
		}
		t, end, ok := logRun(doc, lines, title, i)
		if ok {
			tables = append(tables, t)
		}
		i = max(i, end-1)
	}
	return vertWrite(doc, data, lines, tables)
}

// logGateWords are logWord's words in the cases a title writes them.
var logGateWords = [...]string{"log", "LOG", "Log", "logbook", "Logbook", "LOGBOOK", "harian", "HARIAN", "Harian",
	"catatan", "CATATAN", "Catatan", "jurnal", "JURNAL", "Jurnal", "chat", "Chat", "CHAT", "WhatsApp", "WHATSAPP",
	"diary", "Diary", "DIARY", "notes", "Notes", "NOTES"}

// logbookLikely is the gate: a log's word standing as a whole word (not
// "logistik") with a note's opening line within logTitleSpan lines under
// it. The index answers first which words may be there at all; a look
// is bounded by the window under each whole word, and allocates only for
// a line that holds a place word.
func logbookLikely(doc *facts.Document, data []byte) bool {
	for _, w := range logGateWords {
		if !docMay(doc, data, w) {
			continue
		}
		for off := 0; off < len(data); {
			k := bytes.Index(data[off:], []byte(w))
			if k < 0 {
				break
			}
			k += off
			off = k + len(w)
			if (k > 0 && isLetterByte(data[k-1])) || (off < len(data) && isLetterByte(data[off])) {
				continue
			}
			if logHeadBelow(data, k) {
				return true
			}
		}
	}
	return false
}

// logPlaceMarks are the place words logHead reads, as a line writes them;
// logWholeMarks the kabupaten's, read only with a summing word
// (logSumMarks) on the line.
var (
	logPlaceMarks = [...]string{"Kec", "KEC", "kec", "PPK", "Distrik", "DISTRIK"}
	logWholeMarks = [...]string{"Kab", "KAB", "kab", "Kota", "KOTA", "kota"}
	logSumMarks   = [...]string{"ekap", "EKAP", "otal", "OTAL", "umlah", "UMLAH", "ml", "ML"}
)

// logMarked: line l may open a note (a cheap look before logHead).
func logMarked(l []byte) bool {
	for _, p := range logPlaceMarks {
		if bytes.Contains(l, []byte(p)) {
			return true
		}
	}
	for _, p := range logWholeMarks {
		if bytes.Contains(l, []byte(p)) {
			for _, s := range logSumMarks {
				if bytes.Contains(l, []byte(s)) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// logHeadBelow: one of the logTitleSpan lines after the one holding
// data[k] opens a note.
func logHeadBelow(data []byte, k int) bool {
	at := k
	for n := 0; n < logTitleSpan; n++ {
		e := bytes.IndexByte(data[at:], '\n')
		if e < 0 {
			return false
		}
		at += e + 1
		end := len(data)
		if e2 := bytes.IndexByte(data[at:], '\n'); e2 >= 0 {
			end = at + e2
		}
		l := data[at:end]
		if len(l) > logHeadMax {
			continue // a paragraph, no note's line
		}
		if logMarked(l) {
			if _, ok := logHead(string(l)); ok {
				return true
			}
		}
	}
	return false
}

// logTitleAbove is the line within logTitleSpan above the note at i whose
// words name a log; -1 for none.
func logTitleAbove(lines []string, i int) int {
	for k := i - 1; k >= 0 && k >= i-logTitleSpan; k-- {
		for _, w := range strings.FieldsFunc(strings.ToLower(lines[k]), func(r rune) bool {
			return !(r >= 'a' && r <= 'z')
		}) {
			if logWord(w) {
				return k
			}
		}
	}
	return -1
}

// reLogYear is a year an election's caption names.
var reLogYear = regexp.MustCompile(`\b(?:19|20)\d\d\b`)

// logCaption: the log's title reads as a caption: it names an election
// or a year.
func logCaption(l string) bool {
	if reLogYear.MatchString(l) {
		return true
	}
	low := strings.ToLower(l)
	return strings.Contains(low, "pemilu") || strings.Contains(low, "pemilihan") || strings.Contains(low, "pilkada")
}

// logWord: a word naming a log, a diary, notes or a chat.
func logWord(w string) bool {
	switch w {
	case "log", "logbook", "harian", "catatan", "jurnal", "diary", "chat", "whatsapp", "notes", "notebook":
		return true
	}
	return false
}

// logNote is one note: its area's title, its counts, its state and line.
type logNote struct {
	lb    label
	state int
	bad   bool // a role noted twice
}

// The states a note's remark gives.
const (
	logDone = iota
	logPending
	logVoid
	logCorrects
)

// logHeadMax is the longest line a note opens on (bytes).
const logHeadMax = 200

// logHeadInfo is a note's opening line read.
type logHeadInfo struct {
	title string // "Kecamatan X", "Kabupaten X"
	rest  string // the words after the name
}

// logHead reads a line as a note's opening line.
func logHead(l string) (logHeadInfo, bool) {
	if len(l) > logHeadMax {
		return logHeadInfo{}, false
	}
	f := strings.Fields(l)
	if len(f) < 2 {
		return logHeadInfo{}, false
	}
	at, whole := -1, false
	for k, w := range f {
		lw := strings.ToLower(strings.Trim(w, "[]().:,"))
		switch lw {
		case "kec", "kecamatan", "ppk", "distrik":
			if at >= 0 {
				return logHeadInfo{}, false // two places named: no one note's
			}
			at = k
		case "kab", "kabupaten", "kota":
			if at < 0 && k > 0 && logSumWord(f[k-1]) {
				at, whole = k, true
			}
		}
	}
	if at < 0 || at+1 >= len(f) {
		return logHeadInfo{}, false
	}
	// the name: capitalised words after the place word, up to a colon, a
	// dash, a lower-case word or a figure
	var name []string
	k := at + 1
	for ; k < len(f); k++ {
		w := f[k]
		if w == "-" || w == "–" || w == "—" || w == "|" || w == ":" {
			k++
			break
		}
		r := []rune(w)
		if !(r[0] >= 'A' && r[0] <= 'Z') {
			break
		}
		end := strings.HasSuffix(w, ":") || strings.HasSuffix(w, ",")
		name = append(name, strings.TrimRight(w, ":,"))
		if end {
			k++
			break
		}
	}
	if len(name) == 0 || len(name) > 4 {
		return logHeadInfo{}, false
	}
	title := "Kecamatan " + strings.Join(name, " ")
	if whole {
		title = "Kabupaten " + strings.Join(name, " ")
	}
	return logHeadInfo{title: title, rest: strings.Join(f[k:], " ")}, true
}

// logOwnWhole reads lines[k] as the whole's note named without its
// place word: "JUMLAH MALAKA: L 72.976, P 76.595, Jumlah 149.571", the
// secretariat's message under a chat's sender line. The summing word
// stands before one to three capitalised words closed by a colon, and
// those words are the document's own kabupaten or kota: the text names
// it "Kabupaten Malaka" (or "Kota …") elsewhere. Any other name (a
// "Jumlah Pemilih:", a dapil's) is no whole. The sums of the places
// still prove it (labelTable).
func logOwnWhole(lines []string, k int) (logHeadInfo, bool) {
	l := lines[k]
	if len(l) > logHeadMax || !strings.Contains(l, ":") {
		return logHeadInfo{}, false
	}
	f := strings.Fields(l)
	for a := 0; a+1 < len(f); a++ {
		if !logSumWord(f[a]) || strings.HasSuffix(f[a], ":") {
			continue
		}
		var name []string
		b := a + 1
		for ; b < len(f) && len(name) < 3; b++ {
			r := []rune(f[b])
			if !(r[0] >= 'A' && r[0] <= 'Z') {
				break
			}
			name = append(name, strings.TrimSuffix(f[b], ":"))
			if strings.HasSuffix(f[b], ":") {
				break
			}
		}
		if b >= len(f) || !strings.HasSuffix(f[b], ":") || len(name) == 0 {
			continue
		}
		if kind := logOwnRegion(lines, strings.ToUpper(strings.Join(name, " "))); kind != "" {
			return logHeadInfo{title: kind + " " + strings.Join(name, " "), rest: strings.Join(f[b+1:], " ")}, true
		}
	}
	return logHeadInfo{}, false
}

// logOwnRegion is "Kabupaten" or "Kota" when a line of the text names
// the region name (upper case) with that word before it, "" else.
func logOwnRegion(lines []string, name string) string {
	for _, l := range lines {
		if len(l) > 2000 || !strings.Contains(strings.ToUpper(l), name) {
			continue
		}
		u := strings.Join(strings.Fields(strings.ToUpper(l)), " ")
		for _, kind := range [...]string{"Kabupaten", "Kota"} {
			at := strings.Index(u, strings.ToUpper(kind)+" "+name)
			if at < 0 {
				continue
			}
			end := at + len(kind) + 1 + len(name)
			if (at == 0 || !isLetterByte(u[at-1])) && (end == len(u) || !isLetterByte(u[end])) {
				return kind
			}
		}
	}
	return ""
}

func logSumWord(w string) bool {
	switch strings.ToLower(strings.Trim(w, "[]().:,")) {
	case "rekap", "rekapitulasi", "total", "jumlah", "jml":
		return true
	}
	return false
}

// reLogbookKey is one abbreviation of a key: "lk = laki-laki".
var reLogbookKey = regexp.MustCompile(`([\pL][\pL/.]*)\s*=\s*([\pL][\pL-]*)`)

// logbookKey reads the abbreviations the lines from..to-1 explain; only those
// whose meaning is a count's role.
func logbookKey(lines []string, from, to int) map[string]int {
	key := map[string]int{}
	for k := max(from, 0); k < to; k++ {
		for _, m := range reLogbookKey.FindAllStringSubmatch(lines[k], -1) {
			if r := labelRole(m[2]); r >= 0 {
				key[strings.ToLower(strings.Trim(m[1], "."))] = r
			}
		}
	}
	return key
}

// logRun reads the log whose title is lines[title] and first note
// lines[i]: the table, the line after the run, whether it stands.
func logRun(doc *facts.Document, lines []string, title, i int) (vertTable, int, bool) {
	key := logbookKey(lines, title, i)
	// the table is written over the notes and the lines above them up to
	// the title, the title too when it is no caption (it names no election
	// and no year): the key and the title are no facts
	t := vertTable{from: title + 1, to: i + 1}
	if !logCaption(lines[title]) {
		t.from = title
	}
	var notes []logNote
	gap := 0
	k := i
	for k < len(lines) {
		if strings.TrimSpace(lines[k]) == "" {
			k++
			continue
		}
		h, ok := logHead(lines[k])
		if !ok && len(notes) > 0 {
			h, ok = logOwnWhole(lines, k)
		}
		if !ok {
			if gap++; gap > logGapLines {
				break
			}
			k++
			continue
		}
		gap = 0
		n := logNote{lb: label{title: h.title, line: k}, state: logRemark(h.rest)}
		n.bad = !logFigures(&n.lb, h.rest, key)
		end := k + 1
		for end < len(lines) && strings.TrimSpace(lines[end]) != "" {
			if _, ok := logHead(lines[end]); ok {
				break
			}
			if _, ok := logOwnWhole(lines, end); ok {
				break
			}
			var probe label
			if !logFigures(&probe, lines[end], key) || probe.has == [labelRoles]bool{} {
				break
			}
			n.bad = n.bad || !logFigures(&n.lb, lines[end], key)
			end++
		}
		notes = append(notes, n)
		t.to = end
		k = end
	}
	if t.to < len(lines) && strings.TrimSpace(lines[t.to]) == "" {
		t.to++ // room for the table's header line
	}
	var voters []label
	for _, n := range logResolve(doc, notes) {
		if n.has[labelL] && n.has[labelP] && n.has[labelTotal] {
			voters = append(voters, n)
		}
	}
	if len(voters) < 2 {
		return t, t.to, false
	}
	return labelTable(doc, t, voters, "catatan")
}
