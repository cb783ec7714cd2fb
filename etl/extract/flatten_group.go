package extract

import "strings"

// A two-level header written one cell a line. A voter roll's columns
// often stand under a heading of their own:
//
//	No | Kecamatan | TPS | Jumlah Pemilih     |
//	   |           |     | L | P | L+P        |
//
// flattened to "No", "Kecamatan", "TPS", "Jumlah Pemilih", "L", "P", "L+P":
// one header line more than the rows have cells. The heading is dropped
// (its sub-columns carry its name: "DPT L") only when it names the DPT
// itself and stands right before at least two sub-columns of the roll (L,
// P, L+P), when no other line of the header could be the one too many, and
// when the rows then pass every check (L + P = L+P, the total). A heading
// that names another roll (DPS, DPTb) is never dropped: its columns would
// read as the DPT's.

// perLineGrouped retries a one-cell-a-line table whose header run
// lines[i:j] holds a group heading.
func perLineGrouped(lines []line, i, j, end int) (int, bool) {
	for s := i; s <= i+2 && s < j; s++ {
		var cells []string
		for _, l := range lines[s:j] {
			cells = append(cells, l.text)
		}
		found, at := 0, -1
		var h *flatHead
		var rows []flatRow
		var repeats [][2]int
		end2 := end
		for c := 0; c+2 < len(cells); c++ {
			if !rollGroup(cells[c]) || !rollSub(cells[c+1]) || !rollSub(cells[c+2]) {
				continue
			}
			sub := append(append([]string(nil), cells[:c]...), cells[c+1:]...)
			hc := newFlatHead(sub)
			if !hc.usable() {
				continue
			}
			rc, rep, e2, ok := readTable(hc, cells, lines, j, end, perLineRows)
			if !ok || !hc.proven(rc) || !hc.rollChecked(rc) {
				continue
			}
			found++
			at, h, rows, repeats, end2 = c, hc, rc, rep, e2
		}
		if found != 1 {
			continue
		}
		// the output header keeps the roll's name on its sub-columns
		out := append([]string(nil), h.cells...)
		for k := at; k < len(out) && rollSub(out[k]); k++ {
			out[k] = "DPT " + out[k]
		}
		markProven(lines, h, s, j, rows, repeats)
		lines[s].cells = out
		return end2, true
	}
	return 0, false
}

// rollGroup: a heading that names the DPT, no other roll.
func rollGroup(t string) bool {
	k := strings.ToLower(t)
	for _, w := range []string{"dps", "dptb", "dpk", "dph", "dpb", "tambahan", "khusus", "sementara", "pindah", "berkelanjutan"} {
		if strings.Contains(k, w) {
			return false
		}
	}
	return k == "dpt" || strings.HasPrefix(k, "dpt ") || strings.Contains(k, "pemilih")
}

// rollSub: a sub-column of a roll.
func rollSub(t string) bool {
	switch strings.ToLower(strings.ReplaceAll(t, " ", "")) {
	case "l", "p", "l+p", "lp", "lk", "pr", "laki-laki", "perempuan", "jumlah", "total", "jml":
		return true
	}
	return false
}

// rollChecked: L + P = L+P was checked on every row (proven only says no
// check failed).
func (h *flatHead) rollChecked(rows []flatRow) bool {
	has := map[frole]bool{}
	for _, r := range h.roles {
		has[r] = true
	}
	return has[rL] && has[rP] && has[rLP] && len(rows) >= 2
}
