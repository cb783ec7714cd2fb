package parse

// A table giving one role two columns that no row fills both of, each row
// filling one:
//
//	No  Indikator  Target (angka)  Realisasi (angka)  Target (predikat/opini)  Realisasi (predikat/opini)
//	Kode  Uraian  Pagu Program  Realisasi Program  Pagu Kegiatan  Realisasi Kegiatan  Sisa  Serapan
//
// (figures and grades in their own pairs; a programme's figures stepped
// apart from its kegiatan's). The role then has two columns and the
// readers took the first, which half the rows leave empty: their targets,
// realisasi or pagu loaded NULL. Where each of two same-role columns is
// filled on some rows and no row fills both, they are one column split
// by row: the second's cells fill the first's empty ones, and the second
// names nothing.

// sparseTwins finds, for each of the roles, a pair of its columns that
// rows fill apart; it unnames the second of each pair and returns the
// pairs ([first, second]).
func sparseTwins(rows [][]string, roles []int, which ...int) [][2]int {
	var pairs [][2]int
	for _, role := range which {
		a, b := -1, -1
		n := 0
		for j, r := range roles {
			if r == role {
				n++
				if a < 0 {
					a = j
				} else {
					b = j
				}
			}
		}
		if n != 2 || !filledApart(rows, a, b) {
			continue
		}
		pairs = append(pairs, [2]int{a, b})
	}
	for _, p := range pairs {
		roles[p[1]] = roleNone
	}
	return pairs
}

// filledApart: no row fills both columns a and b, and each is filled on
// some row.
func filledApart(rows [][]string, a, b int) bool {
	na, nb := 0, 0
	for _, r := range rows {
		fa, fb := a < len(r) && r[a] != "", b < len(r) && r[b] != ""
		if fa && fb {
			return false
		}
		if fa {
			na++
		}
		if fb {
			nb++
		}
	}
	return na > 0 && nb > 0
}

// fillFromTwins returns cells with each pair's second cell moved into its
// empty first one (a copy when anything moves).
func fillFromTwins(cells []string, pairs [][2]int) []string {
	out := cells
	for _, p := range pairs {
		a, b := p[0], p[1]
		if b >= len(out) || out[b] == "" || a < len(out) && out[a] != "" {
			continue
		}
		if &out[0] == &cells[0] {
			out = append([]string(nil), cells...)
		}
		for len(out) <= a {
			out = append(out, "")
		}
		out[a], out[b] = out[b], ""
	}
	return out
}

// twinsApart: every role of which with more than one column has exactly
// two, filled apart by row.
func twinsApart(rows [][]string, roles []int, which ...int) bool {
	any := false
	for _, role := range which {
		var cols []int
		for j, r := range roles {
			if r == role {
				cols = append(cols, j)
			}
		}
		switch {
		case len(cols) < 2:
		case len(cols) == 2 && filledApart(rows, cols[0], cols[1]):
			any = true
		default:
			return false
		}
	}
	return any
}
