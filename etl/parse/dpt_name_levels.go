package parse

import "github.com/kpu-ntt/lkj/etl/normalize"

// A DPT exported by the voter-register application repeats the areas
// above each row in leading columns:
//
//	Provinsi             Kabupaten/Kota  Kecamatan        Jml Desa/Kel  Jml TPS  Pemilih L  …
//	NUSA TENGGARA TIMUR  ALOR            TELUK MUTIARA    …
//
// Two columns then title area names, and the first ("Kabupaten/Kota",
// every row ALOR) was read as the rows' names: one row keyed ALOR, the
// others lost. The rows are the finest level a name column titles: when
// one name column titles the kecamatan, it names the rows and the coarser
// ones name nothing.

// finestNameColumn keeps, of several name columns, the one titled by the
// kecamatan; with none or two such, roles stay.
func finestNameColumn(cols [][]string, roles []int) {
	if countRole(roles, roleNama) < 2 {
		return
	}
	best := -1
	for j, r := range roles {
		if r != roleNama || j >= len(cols) || !kecamatanTitle(cols[j]) {
			continue
		}
		if best >= 0 {
			return
		}
		best = j
	}
	if best < 0 {
		return
	}
	for j, r := range roles {
		if r == roleNama && j != best {
			roles[j] = roleNone
		}
	}
}

// kecamatanTitle: a header cell of the column names the kecamatan.
func kecamatanTitle(cs []string) bool {
	for _, c := range cs {
		if kecamatanKey(normalize.SpacedKey(c)) {
			return true
		}
	}
	return false
}

// kecamatanKey: a name column's title (k folded, spaced) names the
// kecamatan level ("Kecamatan", "Sub District", "Nama PPK").
func kecamatanKey(k string) bool {
	return has(k, "kecamatan", "sub district", "subdistrict", "district") || ppkNameTitle(k)
}
