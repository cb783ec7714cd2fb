package parse

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Capaian told in prose one indicator a block, the indicator named by the
// block's title or by the sentence's subject — a presentation's printed
// Notes Pages, a speech transcript, a memo's paragraphs:
//
//	Slide 4    Persentase kesesuaian Kompetensi Pegawai …
//	[gambar slide: grafik batang target dan realisasi]
//
//	Catatan:
//	Bapak/Ibu, untuk indikator ini target dalam Perjanjian Kinerja adalah
//	75,00%. Realisasi yang kita capai 79,30%, sehingga tingkat capaiannya 105,73%.
//
//	Untuk indikator Persentase …, target kita 80%, realisasinya 84% …
//
// The speaker's sentences put words between a role and its figure ("target
// dalam Perjanjian Kinerja adalah 75,00%", "Realisasi yang kita capai
// 79,30%") and spread the figures over several sentences, which the list
// reader (capaian_list.go) does not take. Here each role word claims the
// first figure after it within its sentence, when no other role word and
// no figure stand between; a sentence naming a year other than the
// report's is about that year and is dropped. The figures found are then
// written as one list item and proven by listItem's rules (capaian =
// realisasi / target, or lower-is-better, within the stated rounding; two
// grades of one kind), so nothing is read that the list reader would not
// prove. A slide's number, the page label and the picture's placeholder
// are no facts.

// reNoteFigure: a role word, words without a figure, then its figure (a
// number with its unit, or a grade).
var reNoteFigure = regexp.MustCompile(`(?i)\b(ditargetkan|target(?:nya)?|terealisasi|direalisasikan|realisasi(?:nya)?|(?:tingkat\s+)?capaian(?:\s+kinerja)?(?:nya)?)\b([^\d;:!?]{0,70}?)` +
	`(?:(\d[\d.,]*\d|\d)\s*(%|persen\b)?|(?-i:\b(AA|A|BB|B|CC|C|D|WTP|WDP|TMP|TW))\b)`)

// reNoteRole finds a role word inside the words between a role and its
// figure: then the figure's role is unproven.
var reNoteRole = regexp.MustCompile(`(?i)\b(?:target|realisasi|capaian|terealisasi|ditargetkan)`)

// reNoteGradeLead: the words a grade follows; a capital letter after any
// other words is no grade.
var reNoteGradeLead = regexp.MustCompile(`(?i)(?:^|\b(?:predikat|opini|nilai|adalah|yaitu|ialah|sebesar|mendapat|memperoleh|meraih)\b)\s*["“]?$`)

// notesCapaian reads blocks[i] as the title of one indicator and the next
// paragraph as what is said of it, or blocks[i] alone as a paragraph whose
// subject names the indicator; it returns the last block read.
func (p *parser) notesCapaian(i int) (int, bool) {
	t := p.blocks[i].Text
	if len(t) < 12 || len(t) > 900 {
		return i, false
	}
	if no, name, ok := noteTitle(t); ok && i+1 < len(p.blocks) {
		nb := &p.blocks[i+1]
		if nb.Kind == extract.Paragraph && !nb.IsCaption && containsFoldASCII(nb.Text, "target") && !namesItself(nb.Text) {
			if item, ok := p.noteItem(no, name, noteBody(nb.Text)); ok {
				if cells, ok := listItem(item, 1); ok && p.noteTable(i, i+1, cells) {
					return i + 1, true
				}
			}
		}
		return i, false
	}
	if !containsFoldASCII(t, "indikator") || !containsFoldASCII(t, "target") {
		return i, false
	}
	no, name, body, ok := noteSubject(t)
	if !ok {
		return i, false
	}
	if item, ok := p.noteItem(no, name, body); ok {
		if cells, ok := listItem(item, 1); ok && p.noteTable(i, i, cells) {
			return i, true
		}
	}
	return i, false
}

// noteTable loads one proven item as a capaian table under the caption the
// paragraph before it gives (listTable).
func (p *parser) noteTable(i, last int, cells []string) bool {
	return p.listTable(i, []extract.Row{{Start: p.blocks[i].Start, End: p.blocks[last].End, Cells: cells}})
}

// noteTitle reads a block that is only an indicator's title: a slide's
// ("Slide 4 Persentase …", a rule of dashes before it, the picture's
// placeholder in brackets after it), a numbered heading ("3. Persentase
// …"), or a heading line alone. no is the slide's or heading's number.
func noteTitle(t string) (no, name string, ok bool) {
	t = strings.TrimLeft(t, "-=_—–─ ")
	if strings.HasSuffix(t, "]") {
		if k := strings.LastIndexByte(t, '['); k > 0 {
			t = strings.TrimRight(t[:k], " ")
		}
	}
	for _, w := range [...]string{"slide", "salindia", "halaman", "bagian"} {
		if len(t) > len(w)+2 && strings.EqualFold(t[:len(w)], w) && t[len(w)] == ' ' {
			rest := strings.TrimLeft(t[len(w):], " ")
			k := 0
			for k < len(rest) && isDigitByte(rest[k]) {
				k++
			}
			if k == 0 || k > 3 || k == len(rest) || rest[k] != ' ' && rest[k] != '.' && rest[k] != ':' {
				return "", "", false
			}
			no, t = rest[:k], strings.TrimLeft(rest[k+1:], " :.–-")
			break
		}
	}
	if n, rest, ok := listMarker(t); ok && no == "" {
		no, t = n, rest
	}
	t = strings.TrimRight(namedIndicator(t), " ")
	if strings.HasSuffix(t, ":") || containsFoldASCII(t, "berikut") {
		return "", "", false // a sentence introducing what follows ("Capaian … sebagai berikut:"), no title
	}
	if len(t) < 10 || len(t) > 250 || !headWord(t) || strings.Contains(t, ". ") || strings.ContainsAny(t, "%\t") ||
		reNoteFigure.MatchString(t) {
		return "", "", false
	}
	return no, t, true
}

// namesItself: a paragraph that is a list item or opens with an
// indicator's name states its own indicator (capaian_list.go), so the
// block above is no title of it.
func namesItself(t string) bool {
	if _, _, ok := listMarker(t); ok {
		return true
	}
	return headWord(namedIndicator(noteBody(t))) || headWord(namedIndicator(t))
}

// noteBody drops a label that opens the notes ("Catatan:", "Catatan
// pembicara:", "Notes:"): up to three words before a colon.
func noteBody(t string) string {
	k := strings.IndexByte(t, ':')
	if k < 0 || k > 30 || strings.Count(t[:k], " ") > 2 || strings.ContainsAny(t[:k], "0123456789") {
		return t
	}
	return strings.TrimLeft(t[k+1:], " ")
}

// noteSubject reads a paragraph whose subject names the indicator: "Untuk
// indikator Persentase …, target …", "2. Pada indikator …, …", "Indikator
// … : …". The name ends at the first comma or colon.
func noteSubject(t string) (no, name, body string, ok bool) {
	if n, rest, ok := listMarker(t); ok {
		no, t = n, rest
	}
	t = noteBody(t)
	k := 0 // "Indikator …" or "Untuk / Pada / Bagi indikator …"
	for _, w := range [...]string{"untuk ", "pada ", "bagi "} {
		if asciiPrefixFold(t, w) {
			k = len(w)
			break
		}
	}
	if !asciiPrefixFold(t[k:], "indikator ") {
		return "", "", "", false
	}
	t = t[k+len("indikator "):]
	for _, w := range [...]string{"kinerja ", "utama "} {
		if len(t) > len(w) && strings.EqualFold(t[:len(w)], w) {
			t = t[len(w):]
		}
	}
	e := strings.IndexAny(t, ",:")
	if e < 10 || e > 250 || !headWord(t) {
		return "", "", "", false
	}
	name = strings.TrimSpace(t[:e])
	if strings.Contains(name, ". ") || reNoteFigure.MatchString(name) {
		return "", "", "", false
	}
	return no, name, strings.TrimLeft(t[e+1:], " "), true
}

// noteItem writes the figures the body's role words claim as one list
// item ("n. name dengan targetnya …, realisasinya …, capaian …") for
// listItem to prove; false when a role is claimed twice with two values,
// a figure is a year, or target or realisasi is missing.
func (p *parser) noteItem(no, name, body string) (string, bool) {
	var val [3]string
	for _, s := range sentences(body) {
		if p.otherYear(s) {
			continue // a figure of another year: "realisasi tahun 2020 …"
		}
		for _, m := range reNoteFigure.FindAllStringSubmatchIndex(s, -1) {
			gap := s[m[4]:m[5]]
			if reNoteRole.MatchString(gap) {
				return "", false // "target dan realisasi 80% dan 84%": whose figure is unproven
			}
			role := s[m[2]:m[3]]
			if len(role) > 8 && strings.EqualFold(role[:8], "tingkat ") {
				role = strings.TrimLeft(role[8:], " ") // "tingkat capaiannya"
			}
			r := listRole(role)
			var v string
			if m[10] >= 0 {
				if !reNoteGradeLead.MatchString(gap) {
					continue
				}
				v = s[m[10]:m[11]] // listItem ranks two grades of one kind
			} else {
				num := s[m[6]:m[7]]
				if m[8] < 0 && yearAlone(num) > 0 {
					return "", false // a year where a figure belongs
				}
				v = num
				if m[8] >= 0 {
					v += "%"
				} else if w := nextWord(s[m[1]:]); normalize.UnitOf(w) != "" {
					v += " " + w
				}
			}
			if val[r] != "" && val[r] != v {
				return "", false
			}
			val[r] = v
		}
	}
	if val[0] == "" || val[1] == "" {
		return "", false
	}
	if no == "" {
		no = "1"
	}
	item := no + ". " + name + " dengan targetnya " + val[0] + ", realisasinya " + val[1]
	if val[2] != "" {
		item += ", capaian " + val[2]
	}
	return item + ".", true
}

// otherYear: sentence s names a year that is not the report's, or speaks of
// the year before.
func (p *parser) otherYear(s string) bool {
	for _, y := range yearsIn(s) {
		if y != p.doc.Meta.Tahun {
			return true
		}
	}
	return containsFoldASCII(s, "tahun lalu") || containsFoldASCII(s, "tahun sebelum")
}
