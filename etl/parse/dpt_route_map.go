package parse

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
)

// DPT per area as a logistics route map typed again: each route a
// paragraph out of the warehouse, each area a stop on it (a node mark after
// the route's connector), the stop's counts on the line(s) under its name:
//
//	JALUR BARAT (truk 1)
//	 ◉ GUDANG LOGISTIK KPU KABUPATEN X
//	 ┃
//	 ┣━● 01 MIOMAFFO BARAT
//	 ┃      TPS 28 │ L 3.367 │ P 3.381 │ DPT 6.748
//	 ┃      ± 42 km · 1 jam 10 menit
//	 ┗━● 02 MUSI
//	        TPS 24 │ L 3.173 │ P 3.331 │ DPT 6.504
//
// and the kabupaten's figures in a framed box (or a paragraph) under the
// last route, its label naming the whole. Each stop is rewritten as one
// item of dpt_items.go ("MUSI: TPS 24, L 3.173, P 3.331, DPT 6.504") and
// read the items' way: the label words name the roles, every item is
// proven by L + P = total, the whole one is the one its label names (and
// the stops must make it, dptItemsRead). What the reader never takes for
// a count: the route's lines and connectors, the depot (a node with no
// labelled counts under it), the stop's running number, and the
// distances and travel times written along the route (their cells are
// dropped by their unit).

// dptRouteGate: paragraph t may hold a route map's stops (a cheap look,
// run for every paragraph): a node mark hung on a branch connector.
func dptRouteGate(t string) bool {
	return strings.Contains(t, "━●") || strings.Contains(t, "─●") || strings.Contains(t, "━○") || strings.Contains(t, "─○")
}

// dptRouteLines are the runes a route's lines and connectors are drawn with.
const dptRouteLines = " ┃│|┣┗┠┡┢├└╟╠╚━─═┈┄╴╶"

// dptRouteNodes are the marks a route's nodes (stops and depots) are drawn with.
const dptRouteNodes = "●○◉◎◆◇▲■"

// reRouteDistance: a cell telling a distance or a travel time along the
// route ("± 42 km", "1 jam 10 menit", "jarak 12,5 km"), never a count.
var reRouteDistance = regexp.MustCompile(`(?i)(\d\s*(km|m|jam|menit|mnt|hari|mil)\b|\b(jarak|waktu|tempuh|durasi|estimasi|eta|km)\b)`)

// dptRouteMap reads the route map whose first route is paragraph b; it
// reports whether b was taken.
func (p *parser) dptRouteMap(b *extract.Block) bool {
	if b.Start <= p.readTo || !dptRouteGate(b.Text) {
		return false
	}
	i := p.blockIndex(b)
	if i < 0 {
		return false
	}
	var pieces []string
	var lineOf []int
	end := b.End
	k := i
	for ; k < len(p.blocks); k++ {
		nb := &p.blocks[k]
		if nb.Kind != extract.Paragraph || !dptRouteGate(nb.Text) {
			break
		}
		ps, lo := dptRouteStops(p.lines(nb.Start, nb.End), nb.Start)
		if len(ps) == 0 {
			break
		}
		pieces = append(pieces, ps...)
		lineOf = append(lineOf, lo...)
		end = nb.End
	}
	if len(pieces) < dptItemMin {
		return false
	}
	// the whole's box under the map: the next block, or the one after a
	// legend line without figures
	for j := k; j < len(p.blocks) && j <= k+1; j++ {
		nb := &p.blocks[j]
		if piece, ok := dptRouteBox(p.lines(nb.Start, nb.End)); ok {
			pieces = append(pieces, piece)
			lineOf = append(lineOf, nb.Start)
			end = nb.End
			break
		}
		if strings.ContainsAny(nb.Text, "0123456789") {
			break
		}
	}
	return p.dptItemsRead(pieces, lineOf, end)
}

// dptRouteStops reads the stops of one route paragraph (lines, the first
// being line start): a node line opens a stop, the indented lines under it
// (route lines at their left) are its cells, until the next node or a line
// at the margin.
func dptRouteStops(lines []string, start int) (pieces []string, lineOf []int) {
	name, at := "", -1
	var cells []string
	flush := func() {
		if name != "" && len(cells) > 0 {
			pieces = append(pieces, dptCountNoun(name+": "+strings.Join(cells, ", ")))
			lineOf = append(lineOf, at)
		}
		name, cells = "", nil
	}
	for n, ln := range lines {
		rest := strings.TrimLeft(ln, dptRouteLines)
		if rest == "" {
			continue
		}
		if r := []rune(rest)[0]; strings.ContainsRune(dptRouteNodes, r) {
			flush()
			rest = strings.TrimSpace(rest[len(string(r)):])
			// the stop's running number ("01", "1.") is no part of its name
			f := strings.Fields(rest)
			if len(f) > 1 && strings.Trim(strings.TrimRight(f[0], ".)"), "0123456789") == "" {
				rest = strings.Join(f[1:], " ")
			}
			// the counts on the node's own line after a dash or a bar
			if c := strings.IndexAny(rest, "│|—:"); c > 0 {
				cells = dptRouteCells(rest[c:])
				rest = rest[:c]
			}
			name, at = strings.TrimSpace(rest), start+n
			continue
		}
		if name == "" {
			continue
		}
		if ln[0] != ' ' && ln[0] != '\t' && !strings.ContainsRune(dptRouteLines, []rune(ln)[0]) {
			flush() // a line at the margin: the route's own note, not the stop's
			continue
		}
		cells = append(cells, dptRouteCells(rest)...)
	}
	flush()
	return pieces, lineOf
}

// dptRouteCells parts a stop's figure line into its labelled cells,
// dropping the distances and times.
func dptRouteCells(t string) []string {
	var out []string
	t = strings.NewReplacer("│", "\x00", " | ", "\x00", " · ", "\x00", "; ", "\x00", ", ", "\x00", "—", "\x00").Replace(t)
	for _, c := range strings.Split(t, "\x00") {
		c = strings.Join(strings.Fields(strings.Trim(c, " :")), " ")
		if c == "" || reRouteDistance.MatchString(c) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// dptRouteBox reads the whole's figures in a framed box or paragraph: its
// first line the label (naming the kabupaten or the total), the others its
// labelled cells; or one line "label: cells".
func dptRouteBox(lines []string) (string, bool) {
	var texts []string
	for _, ln := range lines {
		ln = strings.Trim(ln, " ║╔╗╚╝═┃│|+-─━┏┓┗┛")
		if ln != "" {
			texts = append(texts, ln)
		}
	}
	if len(texts) == 0 || len(texts) > 4 {
		return "", false
	}
	label, rest := texts[0], texts[1:]
	if c := strings.Index(label, ": "); c > 0 && len(rest) == 0 {
		label, rest = label[:c], []string{label[c+2:]}
	}
	label = strings.TrimSpace(label)
	if strings.ContainsAny(label, "0123456789") || !dptItemWhole(label) {
		return "", false
	}
	var cells []string
	for _, t := range rest {
		cells = append(cells, dptRouteCells(t)...)
	}
	if len(cells) < 3 {
		return "", false
	}
	return dptCountNoun(label + ": " + strings.Join(cells, ", ")), true
}
