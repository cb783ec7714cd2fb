package parse

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The capaian as a fitness tracker's yearly summary typed again, one
// activity an indicator: a heading `◆ AKTIVITAS n` and the name (running
// on indented), then one labelled figure a line, a key above saying what
// the app's words mean and a sync line at the foot:
//
//	Tujuan = target Perjanjian Kinerja, Tercatat = realisasi, Tercapai = capaian.
//	  ♥ KinerjaFit  ·  Ringkasan Tahunan 2021
//	  ◆ AKTIVITAS 1  Persentase kesesuaian Kompetensi Pegawai terhadap
//	                 standar kompetensi penugasannya
//	      Tujuan     80,00 %
//	      Tercatat   82,17 %
//	      Tercapai   102,71 %   (●●●●●●●●●●)
//	  ◆ AKTIVITAS 7  Nilai Evaluasi atas Akuntabilitas Kinerja
//	      Tujuan     B (Predikat)
//	  …
//	  Sinkron terakhir: 31 Desember 2021 23.59 WITA
//
// Activities may stand two (or more) abreast: each heading on a line opens
// a column and every line under it is cut at gutters of two spaces, a
// piece going to the column it starts in (btPieces). What fitnessSummaries
// trusts:
//   - the labels by meaning: a key above the run (`Word = target …`,
//     `Word = realisasi`, `Word = capaian`) says what each label is; without
//     one the words do (Tujuan/Target/Goal the target, Tercatat/Realisasi/
//     Logged/Recorded/Actual the realisasi, Tercapai/Capaian/Achieved/
//     Progress the capaian). Each of the three once an activity, after the
//     name's lines; any other text among the figures refuses the activity;
//   - the figures: a number or a grade, then its unit (`%`, a word, or a
//     bracketed one: `B (Predikat)`), then at most a ring of dots that is
//     shape only (no value is read from it); target and realisasi in one
//     unit; the capaian a number with `%` or a dash;
//   - the names: indicators from a performance agreement (startsIndicator)
//     — every name, unless the key says the labels are target, realisasi
//     and capaian, and at least one in any case: a real fitness summary
//     (steps, kcal, km) gives nothing;
//   - arithmetic: tkEmit proves realisasi/target against the capaian as the
//     other drawn readers do (a grade pair as written); an activity failing
//     is reported and not loaded.
// A run of activities becomes one TAB table (No, indicator, unit, target,
// realisasi, capaian) written over their lines; the app's name, the user,
// the rules and the sync line stay as text and are no facts.

var (
	// ftHead: an activity's heading, a bullet optional, and the name's start.
	ftHead = regexp.MustCompile(`(?i)^[\s◆◇♦●•▶►▸■□★☆✦*+–-]*(?:aktivitas|activity)\s*#?\s*(\d{1,2})\b[.:)]?\s*(.*)$`)
	// ftHeadAt: where headings stand on a line (two or more abreast).
	ftHeadAt = regexp.MustCompile(`(?i)(?:^|\s\s)\s*[◆◇♦●•▶►▸■□★☆✦*+–-]*\s*(?:aktivitas|activity)\s*#?\s*\d{1,2}\b`)
	// ftKey: a key's entry, `Word = target|realisasi|capaian`.
	ftKey = regexp.MustCompile(`(?i)(\pL+)\s*=\s*(target|realisasi|capaian)\b`)
	// ftFigure: a number, a dash or a grade (B, BB, A-, WTP), then the rest.
	ftFigure = regexp.MustCompile(`^(\d[\d.,]*|[-–—]|[A-Z]{1,3}[+-]?)(?:\s+|$|%)(.*)$`)
	ftUnit   = regexp.MustCompile(`^(?:%|\(([\pL][\pL .]{0,19})\)|(\pL[\pL./²]{0,15}))\s*(.*)$`)
)

// ftWords: the labels' meaning from their words when no key names them.
var ftWords = map[string]byte{
	"tujuan": 't', "target": 't', "goal": 't',
	"tercatat": 'r', "realisasi": 'r', "logged": 'r', "recorded": 'r', "actual": 'r',
	"tercapai": 'c', "capaian": 'c', "achieved": 'c', "progress": 'c', "progres": 'c',
}

// ftGate: some line holds an activity heading. Cheap: only the lines
// holding the word are matched.
func ftGate(doc *facts.Document, data []byte) bool {
	x := triIndexOf(doc, data) // a word absent from the text costs no scan (scan_index.go)
	for _, w := range [...]string{"AKTIVITAS", "Aktivitas", "ACTIVITY", "Activity"} {
		if x != nil && !x.mayHold(w) {
			continue
		}
		wb := []byte(w)
		for i := 0; i < len(data); {
			k := bytes.Index(data[i:], wb)
			if k < 0 {
				break
			}
			from, to := lineSpan(data, i+k)
			if ftHead.Match(data[from:to]) {
				return true
			}
			i = to + 1
		}
	}
	return false
}

// ftKeyRoles reads the key in the lines above a run: label word → role.
func ftKeyRoles(lines []string, from int) map[string]byte {
	out := map[string]byte{}
	for _, m := range ftKey.FindAllStringSubmatch(tkKeyText(lines, from), -1) {
		out[strings.ToLower(m[1])] = strings.ToLower(m[2])[0]
	}
	return out
}

// ftRing: s is a ring of dots only (shape, no value), bracketed or not.
func ftRing(s string) bool {
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(strings.TrimPrefix(s, "("), ")")
	s = strings.TrimSuffix(strings.TrimPrefix(s, "["), "]")
	n := 0
	for _, r := range s {
		switch {
		case strings.ContainsRune("●○◉◯•◌◍◐◑◒◓◔◕⬤◦∙·", r):
			n++
		case r != ' ':
			return false
		}
	}
	return n >= 3
}

// ftValue reads a label's value: the figure, its unit ("%" or a word) and
// ok false when anything but a ring follows.
func ftValue(v string) (fig, unit string, ok bool) {
	v = strings.TrimSpace(v)
	m := ftFigure.FindStringSubmatch(v)
	if m == nil {
		return "", "", false
	}
	fig, rest := m[1], strings.TrimSpace(m[2])
	if strings.HasPrefix(strings.TrimSpace(v[len(m[1]):]), "%") {
		unit, rest = "%", strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(v[len(m[1]):]), "%"))
	} else if rest != "" && !ftRing(rest) {
		u := ftUnit.FindStringSubmatch(rest)
		if u == nil {
			return "", "", false
		}
		unit, rest = u[1]+u[2], strings.TrimSpace(u[3])
	}
	if rest != "" && !ftRing(rest) {
		return "", "", false
	}
	return fig, unit, true
}

// ftActivity is one activity as read: the record, the target's and the
// realisasi's units, and why it is refused ("" when it is not).
type ftActivity struct {
	rec        frRecord
	tu, ru, cu string
	figures    bool
	why        string
}

// ftLine reads piece s of an activity: a labelled figure (true), or not
// a label line (false). A label repeated or a value unread refuses it.
func ftLine(a *ftActivity, s string, roles map[string]byte) bool {
	f := strings.Fields(s)
	if len(f) < 2 {
		return false
	}
	w := strings.ToLower(strings.TrimRight(f[0], ":"))
	role, ok := roles[w]
	if !ok {
		role, ok = ftWords[w]
	}
	if !ok {
		return false
	}
	v := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s[len(f[0]):]), ":"))
	fig, unit, ok := ftValue(v)
	if !ok && !a.figures {
		return false // a name's line starting with a label's word
	}
	if !ok {
		if a.why == "" {
			a.why = "nilai " + f[0] + " tidak terbaca"
		}
		return true
	}
	a.figures = true
	r := &a.rec
	switch role {
	case 't':
		if r.hasT && a.why == "" {
			a.why = "tujuan dua kali"
		}
		r.t, r.hasT, a.tu = fig, true, unit
	case 'r':
		if r.hasR && a.why == "" {
			a.why = "tercatat dua kali"
		}
		r.r, r.hasR, a.ru = fig, true, unit
	default:
		if r.hasC && a.why == "" {
			a.why = "tercapai dua kali"
		}
		r.c, r.hasC, a.cu = fig, true, unit
	}
	return true
}

// ftBand reads the activities whose headings stand on lines[i]; the line
// after the band. A line that is neither name nor figure ends the band.
func ftBand(lines []string, i int, roles map[string]byte) ([]ftActivity, int) {
	head := strings.ReplaceAll(lines[i], "\t", "  ")
	locs := ftHeadAt.FindAllStringIndex(head, -1)
	if len(locs) == 0 {
		return nil, i + 1
	}
	cols := make([]int, len(locs))
	for k, l := range locs {
		cols[k] = len([]rune(head[:l[0]]))
	}
	acts := make([]ftActivity, len(locs))
	for k, p := range btPieces(head, cols) {
		m := ftHead.FindStringSubmatch(p)
		if m == nil {
			return nil, i + 1
		}
		acts[k].rec.n, _ = strconv.Atoi(m[1])
		acts[k].rec.name = m[2]
		acts[k].rec.line = i + 1
	}
	j := i + 1
	for ; j < len(lines) && j-i <= 12; j++ {
		l := strings.ReplaceAll(lines[j], "\t", "  ")
		if strings.TrimSpace(l) == "" || ftHead.MatchString(l) {
			break
		}
		pieces := btPieces(l, cols)
		stop := false
		for k, p := range pieces {
			if p == "" {
				continue
			}
			a := &acts[k]
			if ftLine(a, p, roles) {
				continue
			}
			if a.figures {
				stop = true // text after the figures: the band ended
				break
			}
			a.rec.name += " " + p
		}
		if stop {
			break
		}
	}
	return acts, j
}

// fitnessSummaries rewrites each run of activities of a text as one TAB
// table; data itself when it holds none. Findings go to doc.
func fitnessSummaries(doc *facts.Document, data []byte) []byte {
	if !ftGate(doc, data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if !ftHead.MatchString(lines[i]) {
			continue
		}
		from := i
		roles := ftKeyRoles(lines, from)
		var acts []ftActivity
		to := i + 1
		for i < len(lines) && ftHead.MatchString(lines[i]) {
			band, end := ftBand(lines, i, roles)
			if band == nil {
				break
			}
			acts = append(acts, band...)
			to = end
			// the next band: after a blank line or two, a heading again.
			i = end
			for i < len(lines) && i-end < 3 && strings.TrimSpace(lines[i]) == "" {
				i++
			}
		}
		i = to - 1
		if ftEmit(doc, lines, from, to, acts, roles) {
			changed = true
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// ftEmit checks a run's activities (names, units, labels) and hands them
// to tkEmit; false when the run is no indicator summary.
func ftEmit(doc *facts.Document, lines []string, from, to int, acts []ftActivity, roles map[string]byte) bool {
	keyed := map[byte]bool{}
	for _, r := range roles {
		keyed[r] = true
	}
	named, all := 0, true
	for k := range acts {
		a := &acts[k]
		a.rec.name = strings.Join(strings.Fields(a.rec.name), " ")
		if startsIndicator(a.rec.name) {
			named++
		} else {
			all = false
		}
	}
	if named == 0 || !all && len(keyed) < 3 {
		return false // a real fitness summary: steps, kcal, km
	}
	recs := make([]tkRead, 0, len(acts))
	for k := range acts {
		a := &acts[k]
		why := a.why
		switch {
		case why != "":
		case a.rec.name == "" || !strings.ContainsFunc(a.rec.name, unicode.IsLetter):
			why = "aktivitas tanpa nama"
		case !a.rec.hasT || !a.rec.hasR || !a.rec.hasC:
			why = "aktivitas tanpa tujuan, catatan atau capaian"
		case a.tu != "" && a.ru != "" && !strings.EqualFold(a.tu, a.ru):
			why = "satuan tujuan dan catatan berbeda"
		case a.cu != "" && a.cu != "%":
			why = "capaian bukan persen"
		}
		a.rec.unit = a.tu
		if a.rec.unit == "" {
			a.rec.unit = a.ru
		}
		recs = append(recs, tkRead{&a.rec, why, a.rec.line})
	}
	return tkEmit(doc, lines, from, to, recs, "ringkasan aktivitas")
}
