package parse

import (
	"strings"
	"unicode"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A DPT drawn as an airport's split-flap departure (or arrival) board of a
// voters' infographic typed again: one flight an area, its cells parted by
// a flap mark (`▌`, `│`, `┃` or `|`), the kabupaten's line under a rule:
//
//	║ PENERBANGAN▌TUJUAN         ▌ DESA▌  TPS▌  PRIA▌ WANITA▌PENUMPANG▌STATUS   ║
//	╟─────────────────────────────────────────────────────────────────────────╢
//	║ KPU-01     ▌TELUK MUTIARA  ▌   17▌   54▌ 5.633▌  6.072▌   11.705▌BOARDING ║
//	╟─────────────────────────────────────────────────────────────────────────╢
//	║ TOTAL      ▌SEMUA TUJUAN   ▌  175▌  598▌67.168▌ 70.288▌  137.456▌TEPAT    ║
//
// dptFlapBoards rewrites such a board in place as the TAB DPT table it stands
// for (through dpt_scales.go's scaleWrite, as dpt_domino.go does), which
// the table readers then read under the caption above it.
//
// What the reader trusts: a header line parted by one flap mark into
// cells whose every word has a meaning: a flight column (PENERBANGAN,
// FLIGHT: the board's own mark, never a fact), the destination (TUJUAN,
// ASAL, DESTINATION: the area), the counts (DESA, TPS), the two sexes
// (PRIA/WANITA, L/P, or one `L/P` cell holding "a/b"), the total
// (PENUMPANG, PAX, JUMLAH: L+P) and the board's own columns (STATUS, JAM,
// GATE), whose content is no fact. Every line of the board under it holds
// as many cells, a name and a figure in every figure cell, or is a rule;
// a line in the frame that is neither makes the board unread. L + P = total
// proves a flight (a flight that fails is a finding, not loaded); the line
// whose flight or destination says TOTAL, JUMLAH or SEMUA is the whole,
// which must be the areas' sum (scaleWrite); with no such line the last
// flight is the whole only when it is their sum.

// flapGate is the cheap look: a board's flight column word.
func flapGate(doc *facts.Document, data []byte) bool {
	return docHas(doc, data, "ENERBANGAN") || docHas(doc, data, "FLIGHT")
}

// board column roles.
const (
	flapSkip = iota
	flapFlight
	flapName
	flapDesa
	flapTPS
	flapL
	flapP
	flapLP
	flapTotal
)

// flapRole: the role of a header cell by its words; ok false when a word
// has no meaning on a DPT board.
func flapRole(cell string) (int, bool) {
	c := strings.ToLower(strings.Join(strings.Fields(cell), " "))
	c = strings.Trim(c, ".:")
	switch c {
	case "penerbangan", "no. penerbangan", "no penerbangan", "kode penerbangan", "flight", "flight no", "flight no.", "no. flight", "flights":
		return flapFlight, true
	case "tujuan", "asal", "destination", "destinasi", "from", "to", "kecamatan", "wilayah":
		return flapName, true
	case "desa", "desa/kel", "desa/kel.", "desa/kelurahan", "kelurahan", "kel", "jml desa", "villages":
		return flapDesa, true
	case "tps", "jml tps":
		return flapTPS, true
	case "l/p", "pria/wanita", "laki-laki/perempuan", "lk/pr", "m/f":
		return flapLP, true
	case "penumpang", "jml penumpang", "jumlah penumpang", "pax", "passengers", "passenger", "jumlah", "total", "l+p", "pemilih", "jumlah pemilih":
		return flapTotal, true
	case "status", "keterangan", "ket", "remark", "remarks", "jam", "waktu", "time", "gate", "pintu", "etd", "eta", "berangkat", "tiba":
		return flapSkip, true
	case "male", "males":
		return flapL, true
	case "female", "females":
		return flapP, true
	}
	switch sexWord(c) {
	case 'L':
		return flapL, true
	case 'P':
		return flapP, true
	}
	return 0, false
}

// flapSeps are the flap marks, the most telling first.
var flapSeps = []string{"▌", "┃", "│", "|"}

// flapFrame trims a line's outer frame: blanks and the double rims.
func flapFrame(l string) string {
	l = strings.TrimSpace(l)
	l = strings.TrimPrefix(l, "║")
	l = strings.TrimSuffix(l, "║")
	return strings.TrimSpace(l)
}

// flapCells parts a line by sep; a rim of sep itself leaves an empty end
// cell, dropped.
func flapCells(l, sep string) []string {
	cells := strings.Split(flapFrame(l), sep)
	if len(cells) > 1 && strings.TrimSpace(cells[0]) == "" {
		cells = cells[1:]
	}
	if n := len(cells); n > 1 && strings.TrimSpace(cells[n-1]) == "" {
		cells = cells[:n-1]
	}
	for k := range cells {
		cells[k] = strings.TrimSpace(cells[k])
	}
	return cells
}

// flapRule: a line of rules and frame corners only (no word, no figure).
func flapRule(l string) bool {
	t := strings.TrimSpace(l)
	if t == "" {
		return false
	}
	for _, c := range t {
		if !strings.ContainsRune("═─━-=+╔╗╚╝╠╣╟╢╤╧╪╫┼├┤┌┐└┘┬┴║│┃|▌ ", c) {
			return false
		}
	}
	return true
}

// flapFramed: a line of the board's frame (a rim or a corner opens it).
func flapFramed(l string) bool {
	t := strings.TrimSpace(l)
	for _, p := range []string{"║", "╔", "╠", "╟", "╚", "┌", "├", "└", "│", "┃", "|", "+"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// dptFlapBoards rewrites every departure board of data as a TAB table.
func dptFlapBoards(doc *facts.Document, data []byte) []byte {
	if !flapGate(doc, data) {
		return data
	}
	return scaleRuns(doc, data, func(l string) bool {
		return strings.Contains(l, "ENERBANGAN") || strings.Contains(l, "FLIGHT")
	}, flapAt)
}

// flapAt reads the board whose header is lines[h]: the lines it spans
// [from, to) and its flights.
func flapAt(lines []string, h int) (int, int, []scaleRec, bool) {
	sep := ""
	for _, s := range flapSeps {
		if strings.Count(flapFrame(lines[h]), s) >= 3 {
			sep = s
			break
		}
	}
	if sep == "" {
		return 0, 0, nil, false
	}
	head := flapCells(lines[h], sep)
	roles := make([]int, len(head))
	count := map[int]int{}
	for k, c := range head {
		r, ok := flapRole(c)
		if !ok {
			return 0, 0, nil, false // a column of no meaning here
		}
		roles[k] = r
		count[r]++
	}
	for _, r := range []int{flapFlight, flapName, flapTotal} {
		if count[r] != 1 {
			return 0, 0, nil, false
		}
	}
	for _, r := range []int{flapDesa, flapTPS, flapL, flapP, flapLP} {
		if count[r] > 1 {
			return 0, 0, nil, false
		}
	}
	if !(count[flapL] == 1 && count[flapP] == 1 && count[flapLP] == 0 || count[flapLP] == 1 && count[flapL] == 0 && count[flapP] == 0) {
		return 0, 0, nil, false // both sexes, in two cells or one
	}
	var recs []scaleRec
	to := h + 1
	for k := h + 1; k < len(lines) && k < h+400; k++ {
		l := lines[k]
		if strings.TrimSpace(l) == "" {
			break
		}
		if flapRule(l) {
			to = k + 1
			t := strings.TrimSpace(l)
			if strings.HasPrefix(t, "╚") || strings.HasPrefix(t, "└") {
				break // the bottom edge
			}
			continue
		}
		cells := flapCells(l, sep)
		if len(cells) != len(head) {
			if flapFramed(l) || strings.Contains(l, sep) {
				return 0, 0, nil, false // a line of the board not read: none trusted
			}
			break
		}
		r, ok := flapFlightRec(cells, roles)
		if !ok {
			return 0, 0, nil, false
		}
		r.line = k
		recs = append(recs, r)
		to = k + 1
	}
	if len(recs) < 2 {
		return 0, 0, nil, false
	}
	// the title and top edge above the header are the board's too (a few
	// lines at most: never another table's)
	from := h
	for from > 0 && from > h-4 && flapFramed(lines[from-1]) && !strings.Contains(lines[from-1], sep) {
		from--
	}
	return from, to, recs, true
}

// flapFlightRec reads one flight's cells by their columns' roles.
func flapFlightRec(cells []string, roles []int) (scaleRec, bool) {
	var r scaleRec
	fig := func(s string) (int, bool) {
		if s == "" || strings.ContainsAny(s, " %") {
			return 0, false
		}
		return dptFigure(s)
	}
	flight := ""
	for k, c := range cells {
		switch roles[k] {
		case flapFlight:
			flight = c
		case flapName:
			if c == "" || strings.ContainsAny(c, "0123456789") || !hasLetter(c) {
				return r, false
			}
			for _, ch := range c {
				if !unicode.IsLetter(ch) && !strings.ContainsRune(" .-'/()", ch) {
					return r, false
				}
			}
			r.name = c
		case flapDesa:
			v, ok := fig(c)
			if !ok {
				return r, false
			}
			r.desa, r.dv, r.hasDesa = c, v, true
		case flapTPS:
			v, ok := fig(c)
			if !ok {
				return r, false
			}
			r.tps, r.tv, r.hasTP = c, v, true
		case flapL, flapP:
			v, ok := fig(c)
			if !ok {
				return r, false
			}
			if roles[k] == flapL {
				r.l, r.ls = v, c
			} else {
				r.p, r.ps = v, c
			}
		case flapLP:
			a, b, cut := strings.Cut(c, "/")
			a, b = strings.TrimSpace(a), strings.TrimSpace(b)
			lv, ok1 := fig(a)
			pv, ok2 := fig(b)
			if !cut || !ok1 || !ok2 {
				return r, false
			}
			r.l, r.ls, r.p, r.ps = lv, a, pv, b
		case flapTotal:
			v, ok := fig(c)
			if !ok {
				return r, false
			}
			r.t, r.ts = v, c
		}
	}
	r.wrong = r.l+r.p != r.t
	low := " " + strings.ToLower(flight+" "+r.name) + " "
	for _, w := range []string{" total ", " jumlah ", " semua ", " all "} {
		if strings.Contains(low, w) {
			r.whole = true
		}
	}
	if r.whole || dptItemWhole(r.name) {
		r.whole, r.name = true, "Jumlah"
	}
	return r, true
}
