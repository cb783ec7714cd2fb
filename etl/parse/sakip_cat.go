package parse

import (
	"bytes"
	"regexp"
	"slices"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// The SAKIP evaluation printed as the result slip of a computer assisted
// test (lembar hasil CAT, known from the civil-service selection) and typed
// again: a slip between "="/"-" rules with the participant (No. Peserta, the
// satker as Nama), the test (Ujian: Evaluasi AKIP Tahun Y), then one subtest
// a component under a header naming the subtest, the score and the maximum
// (the weight), the final score over 100, the predikat and a status, and
// often a key under the slip saying what the columns mean:
//
//	===================================================
//	 LEMBAR HASIL PENILAIAN  -  SISTEM CAT
//	---------------------------------------------------
//	 No. Peserta : 076-5310-2023
//	 Nama        : Sekretariat KPU Kabupaten ...
//	 Ujian       : Evaluasi AKIP Tahun 2023
//	---------------------------------------------------
//	 SUBTES                           NILAI       MAKS
//	---------------------------------------------------
//	 1. Perencanaan Kinerja           21,25 /    30,00
//	 ...
//	---------------------------------------------------
//	 NILAI AKHIR                      73,19 /   100,00
//	 PREDIKAT                            BB
//	 STATUS                          SELESAI DINILAI
//	===================================================
//	NILAI = nilai komponen yang diperoleh; MAKS = bobot komponen; ...
//
// cbtSlips reads each slip as a score card (sakip_score_card.go), so the
// card's proofs decide it: the maxima sum to 100, each score is at most its
// maximum, the scores sum to the final score, the predikat is the score's
// band, one year between the slip's own lines and its caption. What it
// trusts of the print: the header line (a subtest word first, then a score
// word and a maximum word in either order, which the sums must confirm); a
// subtest line is an optional number, a name komponenOf knows and two
// figures, with or without a "/" between; the final line names a final
// score. The participant number, dates and the status are no facts. Any
// other line with figures under the header (a real applicant's TWK/TIU/TKP
// subtests, a passing grade) makes the slip no SAKIP slip. The slip must
// state its final score, since the score column is proven by summing to
// it. The lines read (and the key under the slip) are blanked, so the
// score card reader does not take the subtests again without their total.

var (
	// "1. Perencanaan Kinerja   21,25 /   30,00": a number, a name, two
	// figures parted by a "/" or a space (so one figure is never split in two)
	cbtRow = regexp.MustCompile(`^(?:(\d{1,2})[.)]?\s+)?(.*?[A-Za-z].*?)\s+(\d{1,3}(?:[.,]\d{1,3})?)(?:\s*%?\s*/\s*|\s*%?\s+)(\d{1,3}(?:[.,]\d{1,3})?)\s*%?$`)
	// "NILAI AKHIR  73,19": the final score alone
	cbtOne = regexp.MustCompile(`^(.*?[A-Za-z].*?)\s*[:=]?\s+(\d{1,3}(?:[.,]\d{1,3})?)$`)
	// "GRADE : BB", "KATEGORI BB": the predikat under another label
	cbtGrade = regexp.MustCompile(`(?i)^(?:predikat|grade|kategori|category|rating)\s*[:=]?\s*(AA|A|BB|B|CC|C|D)$`)
	// "Nama : ...": a labelled line of the slip's head
	cbtLabel = regexp.MustCompile(`^([A-Za-z][A-Za-z. /]{0,24}?)\s*:\s*(.*)$`)
)

// cbtGate: the header's subtest word, in capitals or not; a report without
// one pays two byte searches.
func cbtGate(doc *facts.Document, data []byte) bool {
	return docHasAny(doc, data, "UBTES", "ubtes")
}

// cbtHeader reads the slip's header: an optional number column, the
// subtest word, then the score and the maximum words in either order.
// weightFirst says the order.
func cbtHeader(t string) (weightFirst, ok bool) {
	if t == "" || len(t) > maxCardLine || strings.ContainsAny(t, "0123456789") {
		return false, false
	}
	fs := golfFields(t)
	if len(fs) < 3 {
		fs = strings.Fields(t) // a PDF's text parts the cells by one space
	}
	if len(fs) == 4 {
		if k := normalize.Key(fs[0]); k != "no" && k != "nomor" {
			return false, false
		}
		fs = fs[1:]
	}
	if len(fs) != 3 {
		return false, false
	}
	switch normalize.Key(fs[0]) {
	case "subtes", "subtest", "sub tes", "sub test", "subtes komponen", "komponen subtes", "subtest component":
	default:
		return false, false
	}
	role := func(f string) byte {
		switch normalize.Key(f) {
		case "maks", "max", "maksimal", "maksimum", "maximum", "nilai maks", "nilai maksimal", "skor maks",
			"max score", "maximum score", "bobot", "maks bobot", "bobot maks":
			return 'w'
		case "nilai", "skor", "score", "nilai diperoleh", "skor diperoleh", "nilai anda", "your score":
			return 'n'
		}
		return 0
	}
	a, b := role(fs[1]), role(fs[2])
	if a == 0 || b == 0 || a == b {
		return false, false
	}
	return a == 'w', true
}

// cbtFinalName: the final score's label (k its normalize.Key).
func cbtFinalName(k string) bool {
	switch k {
	case "skor akhir", "final score", "hasil akhir", "total score", "skor total", "nilai total", "total nilai":
		return true
	}
	return cardTotalName(k)
}

// cbtSlips finds the slips of data and returns data with the lines read
// blanked (line numbers kept) and the slips' cards.
func cbtSlips(doc *facts.Document, data []byte) ([]byte, []scoreCard) {
	var cards []scoreCard
	if !cbtGate(doc, data) {
		return data, nil
	}
	var lines []string
	changed := false
	next := 0 // the first line not yet read into a slip
	for _, w := range [][]byte{[]byte("UBTES"), []byte("ubtes")} {
		for at := 0; ; {
			k := bytes.Index(data[at:], w)
			if k < 0 {
				break
			}
			k += at
			ls, le := lineSpan(data, k)
			at = le
			if le-ls > maxCardLine {
				continue
			}
			t, _ := giziInner(string(data[ls:le]))
			wFirst, ok := cbtHeader(t)
			if !ok {
				continue
			}
			if lines == nil {
				lines = strings.Split(string(data), "\n")
			}
			h := bytes.Count(data[:ls], []byte("\n"))
			if h < next {
				continue
			}
			c, ok := cbtSlipAt(lines, h, wFirst)
			if !ok {
				continue
			}
			for j := c.from; j <= c.to; j++ {
				lines[j] = ""
			}
			cards = append(cards, c)
			changed = true
			next = c.to + 1
		}
	}
	if !changed {
		return data, nil
	}
	return []byte(strings.Join(lines, "\n")), cards
}

// cbtDoubleRule: the slip's closing border, a rule of "=" (or "═").
func cbtDoubleRule(l string) bool {
	return giziRule(l) && (strings.Contains(l, "==") || strings.Contains(l, "══"))
}

// cbtSlipAt reads the slip whose header is lines[h].
func cbtSlipAt(lines []string, h int, weightFirst bool) (scoreCard, bool) {
	var c scoreCard
	// the slip: up to a blank line (its head and top border inside), down
	// to the closing "=" rule after the final score, or a blank line
	top := h
	for k := h - 1; k >= 0 && k >= h-15; k-- {
		t := strings.TrimSpace(lines[k])
		if kk := normalize.Key(t); t == "" || strings.HasPrefix(kk, "tabel ") || strings.HasPrefix(kk, "gambar ") {
			break // the caption or the text above: not the slip
		}
		top = k
		if cbtDoubleRule(lines[k]) {
			break // the top border
		}
	}
	var unit []string
	var years []int
	addYear := func(y int) {
		if !slices.Contains(years, y) {
			years = append(years, y)
		}
	}
	// above the header: the title, the participant, the test
	for k := top; k < h; k++ {
		if len(lines[k]) > maxCardLine {
			return c, false
		}
		t, _ := giziInner(lines[k])
		if t == "" || giziRule(lines[k]) {
			continue
		}
		if m := cbtLabel.FindStringSubmatch(t); m != nil {
			switch lk := normalize.Key(m[1]); {
			case has(" "+lk+" ", "peserta", "participant", "nip", "tanggal", "date", "waktu", "time", "lokasi", "sesi", "session") &&
				!strings.HasPrefix(lk, "nama"):
				continue // the participant's number, the date, the room: no facts
			case has(" "+lk+" ", "ujian", "tes", "test", "exam", "materi", "jenis"):
				// the test names the evaluation and its year
				if y := captionYear(m[2]); y != 0 {
					addYear(y)
				} else if y := sakipYear(m[2]); y != 0 {
					addYear(y)
				} else if ys := golfYear.FindAllString(m[2], -1); len(ys) == 1 {
					addYear(atoi(ys[0]))
				}
				unit = append(unit, m[2])
				continue
			}
		}
		if strings.ContainsAny(t, "0123456789") {
			// a title's year alone, else figures the slip does not explain
			if m := golfYear.FindAllString(t, -1); len(m) == 1 && len(m[0]) == digitCount(t) {
				addYear(atoi(m[0]))
			} else {
				return c, false
			}
		}
		unit = append(unit, t)
	}
	seen := map[string]bool{}
	bottom := h
	last := false // the line before was a subtest, whose name may wrap
	for k := h + 1; k < len(lines) && k <= h+40; k++ {
		if len(lines[k]) > maxCardLine {
			return c, false
		}
		t, _ := giziInner(lines[k])
		if t == "" || (cbtKey(lines[k]) && (c.total != nil || c.score != nil)) {
			break // a blank line, or the key under a slip with no closing border
		}
		bottom = k
		if giziRule(lines[k]) {
			if cbtDoubleRule(lines[k]) && (c.total != nil || c.score != nil) {
				break // the closing border
			}
			last = false
			continue
		}
		if m := cbtRow.FindStringSubmatch(t); m != nil {
			name := strings.Join(strings.Fields(m[2]), " ")
			a := normalize.ParseNumber(m[3], normalize.Indonesian)
			b := normalize.ParseNumber(m[4], normalize.Indonesian)
			if a.Status != normalize.OK || b.Status != normalize.OK {
				return c, false
			}
			pr := cardPair{name: name, a: a.Value, b: b.Value, line: k}
			if cbtFinalName(normalize.Key(name)) && m[1] == "" {
				if c.total != nil || c.score != nil || len(c.comps) == 0 {
					return c, false
				}
				c.total = &pr
				last = false
				continue
			}
			id := komponenOf(name)
			if id == "" || seen[id] || c.total != nil || c.score != nil {
				return c, false // a subtest of no component (an applicant's TWK), twice, or after the total
			}
			seen[id] = true
			pr.id = id
			c.comps = append(c.comps, pr)
			last = true
			continue
		}
		if m := cbtOne.FindStringSubmatch(t); m != nil && cbtFinalName(normalize.Key(m[1])) {
			// the final score alone, with no maximum
			n := normalize.ParseNumber(m[2], normalize.Indonesian)
			if n.Status != normalize.OK || c.total != nil || c.score != nil || len(c.comps) == 0 {
				return c, false
			}
			v := n.Value
			c.score, c.scoreLine = &v, k
			last = false
			continue
		}
		if m := cbtGrade.FindStringSubmatch(t); m != nil {
			g := strings.ToUpper(m[1])
			if c.grade != "" && c.grade != g {
				return c, false
			}
			c.grade, c.gradeLine = g, k
			last = false
			continue
		}
		if strings.ContainsAny(t, "0123456789") {
			return c, false // figures the slip does not explain (a passing grade): not this class's slip
		}
		lk := normalize.Key(t)
		if f := strings.Fields(lk); len(f) > 0 && (f[0] == "status" || f[0] == "keterangan" || f[0] == "hasil" || f[0] == "result") &&
			len(c.comps) > 0 {
			last = false
			continue // the status ("SELESAI DINILAI"): no fact
		}
		if last && komponenOf(t) == "" && !cbtFinalName(lk) {
			continue // a subtest's name wrapped under it
		}
		return c, false // text of no subtest, score or status
	}
	if len(c.comps) < 2 || (c.total == nil && c.score == nil) {
		return c, false
	}
	c.from, c.to = top, bottom
	// the key under the slip explains its columns ("NILAI = nilai komponen
	// ...; MAKS = bobot komponen"): read as part of the slip, nothing taken
	if k := bottom + 1; k < len(lines) && len(lines[k]) <= maxCardLine && cbtKey(lines[k]) {
		c.to = k
	}
	// the caption's year must agree with the slip's own; a year line above
	// that is no caption only when the slip names none
	c.finishCard(lines, top, years, unit, weightFirst, "kolom nilai dan maks (bobot) pada lembar hasil CAT tidak sesuai jumlahnya")
	return c, true
}

// cbtKey: the key under a slip, "NILAI = nilai komponen ...; MAKS = bobot
// ...": it opens with a column's word and an "=" or ":" and explains a
// weight or a value.
func cbtKey(l string) bool {
	t := strings.TrimSpace(l)
	i := strings.IndexAny(t, "=:")
	if i <= 0 {
		return false
	}
	switch normalize.Key(t[:i]) {
	case "nilai", "maks", "max", "skor", "score", "subtes", "subtest":
	default:
		return false
	}
	k := " " + normalize.Key(t[i:]) + " "
	return has(k, "bobot", "nilai", "weight", "komponen", "component")
}
