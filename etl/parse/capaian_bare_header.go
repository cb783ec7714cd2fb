package parse

import "github.com/kpu-ntt/lkj/etl/normalize"

// bareCapaian names the capaian column of a capaian table whose header says
// only "Persentase" (or "Persentase (%)"): beside a Target and a Realisasi
// column, with no column named capaian, the percentage a performance table
// prints is the capaian. The value it loads is still the printed percent
// (capaian_lapor), checked against realisasi/target like any capaian cell.
func bareCapaian(cols [][]string, roles []int) {
	at, target, real := -1, false, false
	for j, r := range roles {
		switch r {
		case roleCapaian:
			return
		case roleTarget:
			target = true
		case roleRealisasi:
			real = true
		case roleNone:
			for _, c := range cols[j] {
				if k := normalize.Key(c); k == "persentase" || k == "persentase %" {
					if at >= 0 {
						return // two such columns: which is the capaian is unstated
					}
					at = j
				}
			}
		}
	}
	if at >= 0 && target && real {
		roles[at] = roleCapaian
	}
}
