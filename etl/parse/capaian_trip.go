package parse

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The capaian as a car navigation's trip summary (ringkasan perjalanan)
// typed again, one route an indicator: a heading `RUTE n` and the name
// (running on over the next lines), then the route's labelled figures:
// where it goes (the target), how far it went (the realisasi) and its
// progress (the capaian), a status tag after it; often in a `+`/`=` ruled
// box with the vehicle and the period over the routes and a key under it:
//
//	+======================================================================+
//	| NAVIGASI KINERJA - RINGKASAN PERJALANAN                              |
//	| Kendaraan : DH 2020 MLK                     Periode : Jan - Des 2020 |
//	+======================================================================+
//	| RUTE 1    Persentase kesesuaian Kompetensi Pegawai terhadap standar  |
//	|           kompetensi penugasannya                                    |
//	|   Tujuan        : 80,00 %                                            |
//	|   Ditempuh      : 84,00 %                                            |
//	|   Progres Rute  : 105,00 %                                    [TIBA] |
//	+----------------------------------------------------------------------+
//	  Tujuan = target PK; Ditempuh = realisasi; Progres Rute = capaian (%).
//
// What tripSummaries trusts:
//   - the frame is drawing only: a line's side rules are dropped, a line
//     of rules parts two routes; the vehicle, period, key and status tags
//     (`[TIBA]`, `[BELUM TIBA]`) are no facts;
//   - the labels by meaning, each once a route, then `:`, `=` or two
//     spaces before a figure (a name line is never a figure): the
//     destination (Tujuan, Sasaran, Target) the target, the distance gone
//     (Ditempuh, Jarak tempuh, Realisasi) the realisasi, the progress
//     (Progres Rute, Kemajuan, Capaian) the capaian; target and realisasi
//     are required, the progress may be missing (no capaian stated: the
//     row is loaded without it and the table reader derives what the
//     rules allow);
//   - the figures: a number or a grade (capitals), the unit after it (the
//     same for target and realisasi, the realisasi's the row's satuan); a
//     unit of travel (km, liter, jam) is a real trip, not an indicator;
//   - arithmetic: tkEmit proves each route as the other drawn readers do
//     (capaian = realisasi/target or a lower-is-better form; a grade pair
//     as written, a dash for no capaian); a route failing is reported.
// A run of routes is written over its lines (and the box's head over
// them) as one TAB table for the capaian table reader.

var (
	tpHead  = regexp.MustCompile(`(?i)^(?:rute|route)\s*[-.#]?\s*(\d{1,2})\b[.:)]?\s*(.*)$`)
	tpLabel = regexp.MustCompile(`(?i)(?:^|\s{2,}|[|;]\s*)(tujuan|sasaran|target|jarak\s+(?:di)?tempuh|ditempuh|realisasi|progres{1,2}(?:\s+rute)?|kemajuan(?:\s+rute)?|capaian)(?:\s*[:=]\s*|\s{2,})`)
	tpTag   = regexp.MustCompile(`\s*\[[^\[\]]{1,24}\]\s*$`)
	tpGrade = regexp.MustCompile(`^[A-Z]{1,3}[+-]?$`)
	tpNum   = regexp.MustCompile(`^[+-]?\d[\d.,]*$`)
)

// tpTravel are units of a real journey: a route measured in them is the
// office car's trip, never an indicator.
var tpTravel = map[string]bool{"km": true, "kilometer": true, "m": true, "meter": true, "mil": true,
	"liter": true, "ltr": true, "l": true, "jam": true, "menit": true, "mnt": true, "detik": true,
	"km/jam": true, "km/h": true, "kmh": true, "kph": true}

// tpGate: a distance-gone label (`tempuh`) and a route heading's word.
func tpGate(doc *facts.Document, data []byte) bool {
	if !docHas(doc, data, "empuh") && !docHas(doc, data, "EMPUH") {
		return false
	}
	return docHas(doc, data, "RUTE") || docHas(doc, data, "Rute") ||
		docHas(doc, data, "ROUTE") || docHas(doc, data, "Route")
}

// tpSides are the frame's side rules; tpRules the runes of a rule line.
const (
	tpSides = "|│┃║"
	tpRules = "+-=─━═┼╪╋╬┌┐└┘╔╗╚╝╠╣├┤_ "
)

// tpInner is a line's text inside the frame: its side rules dropped.
func tpInner(l string) string {
	t := strings.TrimSpace(l)
	for _, s := range tpSides {
		t = strings.TrimPrefix(t, string(s))
		t = strings.TrimSuffix(t, string(s))
	}
	return strings.TrimSpace(t)
}

// tpRule: a line of the frame only.
func tpRule(l string) bool {
	t := strings.TrimSpace(l)
	return len(t) >= 3 && strings.Trim(t, tpRules) == "" && strings.ContainsAny(t, "-=─━═")
}

// tpFramed: a line standing in the frame (a side rule at its start).
func tpFramed(l string) bool {
	t := strings.TrimSpace(l)
	for _, s := range tpSides {
		if strings.HasPrefix(t, string(s)) {
			return true
		}
	}
	return false
}

// tpValue parts a figure from the unit after it: "80,00 %" → 80,00 and %,
// "B Predikat" → B and Predikat; ok false when it is neither a number, a
// grade nor a dash, or the unit is long.
func tpValue(v string) (fig, unit string, ok bool) {
	f := strings.Fields(v)
	if len(f) == 0 || len(f) > 3 {
		return "", "", false
	}
	fig, rest := f[0], strings.Join(f[1:], " ")
	if k := strings.IndexByte(fig, '%'); k > 0 && k == len(fig)-1 && rest == "" {
		fig, rest = fig[:k], "%" // 80,00%
	}
	switch {
	case fig == "-" || fig == "–" || fig == "—":
		if rest != "" {
			return "", "", false
		}
	case tpNum.MatchString(fig), tpGrade.MatchString(fig):
	default:
		return "", "", false
	}
	if len(rest) > 16 || strings.ContainsFunc(rest, unicode.IsDigit) {
		return "", "", false
	}
	return fig, rest, true
}

// tpUnit is a unit's form for comparing: `%` and `persen` alike.
func tpUnit(u string) string {
	u = strings.ToLower(strings.TrimSpace(u))
	if u == "persen" || u == "prosen" {
		return "%"
	}
	return u
}

// tpFields reads a line of labelled figures into rec (units into tu, ru);
// false when the line is not labels only or a label repeats.
func tpFields(rec *frRecord, tu, ru *string, s string) bool {
	s = tpTag.ReplaceAllString(s, "")
	locs := tpLabel.FindAllStringSubmatchIndex(s, -1)
	if len(locs) == 0 || locs[0][0] != 0 {
		return false
	}
	got, gt, gr := *rec, *tu, *ru
	for k, m := range locs {
		stop := len(s)
		if k+1 < len(locs) {
			stop = locs[k+1][0]
		}
		fig, unit, ok := tpValue(strings.TrimSpace(strings.Trim(strings.TrimSpace(s[m[1]:stop]), "·;,")))
		if !ok {
			return false
		}
		switch l := strings.ToLower(s[m[2]:m[3]]); {
		case l == "tujuan" || l == "sasaran" || l == "target":
			if got.hasT {
				return false
			}
			got.t, got.hasT, gt = fig, true, unit
		case strings.HasSuffix(l, "tempuh") || l == "realisasi":
			if got.hasR {
				return false
			}
			got.r, got.hasR, gr = fig, true, unit
		default:
			if got.hasC || unit != "" && unit != "%" {
				return false
			}
			got.c, got.hasC = fig, true
		}
	}
	*rec, *tu, *ru = got, gt, gr
	return true
}

// tpRoute reads the route whose heading stands on lines[i]: the record
// (or why it fails), the line after the route; ok false when no labelled
// figure follows the heading (a route in prose, a list of roads).
func tpRoute(lines []string, i int, m []string) (tkRead, int, bool) {
	rec := &frRecord{line: i + 1}
	rec.n, _ = strconv.Atoi(m[1])
	name := []string{m[2]}
	var tu, ru string
	state, j := 1, i+1 // 1 the name, 2 the figures
	for ; j < len(lines) && j < i+12; j++ {
		l := lines[j]
		if tpRule(l) {
			break
		}
		s := tpInner(l)
		if s == "" {
			if state == 2 {
				break
			}
			continue
		}
		if tpHead.MatchString(s) {
			break
		}
		if tpFields(rec, &tu, &ru, s) {
			state = 2
			continue
		}
		if tpTag.ReplaceAllString(s, "") == "" {
			continue // a status tag on its own line
		}
		if state == 2 {
			break // the route ended: a key, a note
		}
		if len(name) >= 4 {
			return tkRead{}, 0, false // no figures under a heading: no route
		}
		name = append(name, s)
	}
	if state < 2 {
		return tkRead{}, 0, false
	}
	rec.name = strings.Join(strings.Fields(strings.Join(name, " ")), " ")
	why := ""
	switch {
	case rec.name == "" || !strings.ContainsFunc(rec.name, unicode.IsLetter):
		why = "rute tanpa nama"
	case !rec.hasT || !rec.hasR:
		why = "rute tanpa tujuan atau jarak ditempuh"
	case tu != "" && ru != "" && tpUnit(tu) != tpUnit(ru):
		why = "satuan tujuan dan jarak ditempuh berbeda"
	case tpTravel[tpUnit(tu)] || tpTravel[tpUnit(ru)]:
		why = "satuan perjalanan (bukan indikator)"
	}
	rec.unit = ru
	if rec.unit == "" {
		rec.unit = tu
	}
	return tkRead{rec, why, i + 1}, j, true
}

// tpTop is the first line of the frame over a run's first route: the
// framed lines and rules right above it (the box's head: vehicle,
// period), a few at most.
func tpTop(lines []string, i int) int {
	top := i
	for j := i - 1; j >= 0 && i-j <= 6; j-- {
		if !tpRule(lines[j]) && !tpFramed(lines[j]) {
			break
		}
		top = j
	}
	return top
}

// tripSummaries rewrites each run of trip-summary routes as one TAB table;
// data itself when it holds none. Findings go to doc.
func tripSummaries(doc *facts.Document, data []byte) []byte {
	if !tpGate(doc, data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	var run []tkRead
	from, to := -1, -1
	flush := func() {
		if len(run) > 0 && tkEmit(doc, lines, from, to, run, "ringkasan perjalanan") {
			changed = true
		}
		run, from, to = nil, -1, -1
	}
	for i := 0; i < len(lines); i++ {
		s := tpInner(lines[i])
		if len(s) < 5 || s[0] != 'R' && s[0] != 'r' {
			continue
		}
		m := tpHead.FindStringSubmatch(s)
		if m == nil {
			continue
		}
		rd, end, ok := tpRoute(lines, i, m)
		if !ok {
			continue
		}
		// routes of one run stand apart by rules and blank lines only
		if run != nil {
			for k := to; k < i; k++ {
				if !tpRule(lines[k]) && tpInner(lines[k]) != "" {
					flush()
					break
				}
			}
		}
		if run == nil {
			from = tpTop(lines, i)
		}
		run = append(run, rd)
		to = end
		// the run's closing rule belongs to it
		for to < len(lines) && tpRule(lines[to]) {
			to++
		}
		i = end - 1
	}
	flush()
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}
