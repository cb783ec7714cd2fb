package parse

// A budget none of whose amount titles a vocabulary knows, its percent
// column the only one named ("Dana Tersedia | Dana Digunakan | Dana Tidak
// Digunakan | Tingkat Penggunaan (%)", "Plafon | Terserap | Tidak Terserap
// | %"). Each unnamed amount column is tried as the pagu: the one under
// which the figures name both a realisasi and a sisa on every row
// (pagu − realisasi = sisa to the rupiah) and the stated percent is
// realisasi/pagu is the pagu. Another column that fits as well, or none,
// proves nothing and the roles stay as they were.

// arithPagu names the pagu, realisasi and sisa of a budget whose only
// named column is its percent, by the figures.
func arithPagu(rows [][]string, roles []int) []int {
	if indexOf(roles, rolePersen) < 0 {
		return roles // a − b = c alone cannot tell the realisasi from the sisa
	}
	var found []int
	for j, r := range roles {
		if r != roleNone || !amountColumn(rows, j) {
			continue
		}
		try := append([]int(nil), roles...)
		try[j] = rolePagu
		named := arithNamed(rows, try)
		if indexOf(named, roleRealisasi) < 0 || indexOf(named, roleSisa) < 0 {
			continue
		}
		if found != nil {
			return roles // two columns fit as the pagu: which is not proven
		}
		found = named
	}
	if found == nil {
		return roles
	}
	return found
}
