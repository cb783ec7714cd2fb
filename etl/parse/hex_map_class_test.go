package parse

import (
	"strings"
	"testing"
)

// hexCanvas draws hexagons as a typist does: a flat top of `_` w wide,
// k lines widening with `/ \`, k-1 narrowing with `\ /`, a bottom of `_`
// as wide as the top; the cell's lines written inside, two spaces in.
type hexCanvas struct{ rows [][]rune }

func (c *hexCanvas) put(y, x int, s string) {
	for len(c.rows) <= y {
		c.rows = append(c.rows, nil)
	}
	for _, r := range s {
		for len(c.rows[y]) <= x {
			c.rows[y] = append(c.rows[y], ' ')
		}
		c.rows[y][x] = r
		x++
	}
}

// hex draws one hexagon whose widest line starts at column x, its top on
// line y: k lines widening, k-2 narrowing, the bottom under them as wide
// as the top; 2k lines high, w+2k wide.
func (c *hexCanvas) hex(y, x, w, k int, cell ...string) {
	c.put(y, x+k, strings.Repeat("_", w))
	n := 0
	for i := 0; i < k; i++ {
		l := x + k - 1 - i
		c.put(y+1+i, l, "/")
		c.put(y+1+i, l+w+1+2*i, `\`)
		if n < len(cell) {
			c.put(y+1+i, l+2, cell[n])
		}
		n++
	}
	for j := 1; j <= k-2; j++ {
		c.put(y+k+j, x+j, `\`)
		c.put(y+k+j, x+w+2*k-1-j, "/")
		if n < len(cell) {
			c.put(y+k+j, x+j+2, cell[n])
		}
		n++
	}
	c.put(y+2*k-1, x+k-1, `\`+strings.Repeat("_", w)+"/")
}

func (c *hexCanvas) lines() []string {
	out := make([]string, len(c.rows))
	for i, r := range c.rows {
		out[i] = strings.TrimRight(string(r), " ")
	}
	return out
}

// TestHexMaps: a DPT drawn as a hexagon tile map: three hexagons abreast
// in rows that start on the line after the row above, names wrapped over
// two lines, the kabupaten alone under the map; two abreast with
// Laki-laki/Perempuan/Jumlah and a Desa count, no kabupaten hexagon; four
// abreast in a tight honeycomb (each shifted row's tops on the line of the
// row above's bottoms), P before L, an area named KOTA … numbered as an
// area.
func TestHexMaps(t *testing.T) {
	var a hexCanvas
	three := [][]string{
		{"01 WAIBAKUL", "TPS 40", "L     5.100", "P     5.250", "L+P  10.350"},
		{"02 KATIKU", "TANA", "TPS 31", "L     4.020", "P     4.180", "L+P   8.200"},
		{"03 UMBU RATU", "NGGAY BARAT", "TPS 28", "L     3.510", "P     3.690", "L+P   7.200"},
		{"04 MAMBORO", "TPS 22", "L     2.400", "P     2.600", "L+P   5.000"},
	}
	for i, cell := range three {
		row, col := i/3, i%3
		a.hex(row*10, 2+col*28+row*14, 17, 5, cell...)
	}
	a.hex(22, 30, 17, 5, "KABUPATEN", "SIKKA", "TPS 121", "L    15.030", "P    15.720", "L+P  30.750")
	one := append([]string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2019 per Kecamatan", "",
		"[Gambar: Peta Heksagon Pemilih Pemilu 2019 - diketik ulang]", ""}, a.lines()...)
	one = append(one, "", "Angka di dalam heksagon: jumlah TPS dan pemilih.")

	var b hexCanvas
	two := [][]string{
		{"Kec. LOLI", "Desa 9", "TPS 33", "Laki-laki 7.120", "Perempuan 7.380", "Jumlah 14.500"},
		{"Kec. WANOKAKA", "Desa 15", "TPS 24", "Laki-laki 5.300", "Perempuan 5.450", "Jumlah 10.750"},
		{"Kec. LAMBOYA", "Desa 12", "TPS 21", "Laki-laki 4.800", "Perempuan 4.900", "Jumlah 9.700"},
	}
	for i, cell := range two {
		row, col := i/2, i%2
		b.hex(row*12, 2+col*40+row*20, 25, 6, cell...)
	}
	twoDoc := append([]string{"Tabel 3.5 DPT Pemilihan 2020 per Kecamatan", ""}, b.lines()...)

	var c hexCanvas
	four := [][]string{
		{"1. KOTA", "SOE", "TPS : 60", "P : 9.400", "L : 9.100", "JML : 18.500"},
		{"2. AMANUBAN", "SELATAN", "TPS : 45", "P : 7.300", "L : 7.000", "JML : 14.300"},
		{"3. KUANFATU", "TPS : 30", "P : 4.200", "L : 4.000", "JML : 8.200"},
		{"4. KIE", "TPS : 25", "P : 3.100", "L : 3.000", "JML : 6.100"},
		{"5. MOLLO", "UTARA", "TPS : 20", "P : 2.900", "L : 2.800", "JML : 5.700"},
	}
	// k = 4, w = 14: a hexagon is 22 wide; a shifted row's tops on the
	// bottoms' line, half a pitch over
	for i, cell := range four {
		row, col := i/4, i%4
		c.hex(row*7, 1+col*34+row*17, 14, 4, cell...)
	}
	c.hex(16, 40, 14, 4, "KAB. SIKKA", "TPS : 180", "P : 26.900", "L : 25.900", "JML : 52.800")
	fourDoc := append([]string{"Tabel 3.6 DPT Pemilihan 2024 per Kecamatan", ""}, c.lines()...)

	checkDocs(t, []string{"dpt"}, []docCase{
		{name: "three abreast, names wrapped, the kabupaten under", body: one, want: map[string][]string{"dpt": {
			"pemilu|2019|kecamatan|WAIBAKUL|<nil>|40|5100|5250|10350",
			"pemilu|2019|kecamatan|KATIKU TANA|<nil>|31|4020|4180|8200",
			"pemilu|2019|kecamatan|UMBU RATU NGGAY BARAT|<nil>|28|3510|3690|7200",
			"pemilu|2019|kecamatan|MAMBORO|<nil>|22|2400|2600|5000",
			"pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|121|15030|15720|30750",
		}}},
		{name: "two abreast, word labels and Desa, no kabupaten", body: twoDoc, want: map[string][]string{"dpt": {
			"pilkada|2020|kecamatan|LOLI|9|33|7120|7380|14500",
			"pilkada|2020|kecamatan|WANOKAKA|15|24|5300|5450|10750",
			"pilkada|2020|kecamatan|LAMBOYA|12|21|4800|4900|9700",
		}}},
		{name: "four abreast, tight honeycomb, P before L", body: fourDoc, want: map[string][]string{"dpt": {
			"pilkada|2024|kecamatan|KOTA SOE|<nil>|60|9100|9400|18500",
			"pilkada|2024|kecamatan|AMANUBAN SELATAN|<nil>|45|7000|7300|14300",
			"pilkada|2024|kecamatan|KUANFATU|<nil>|30|4000|4200|8200",
			"pilkada|2024|kecamatan|KIE|<nil>|25|3000|3100|6100",
			"pilkada|2024|kecamatan|MOLLO UTARA|<nil>|20|2800|2900|5700",
			"pilkada|2024|kabupaten|Kabupaten Sikka|<nil>|180|25900|26900|52800",
		}}},
	})
}

// TestHexMapsUnread: a cell whose L and P do not make its total is left
// out (and the kabupaten, no longer the sum, with it), reported; hexagons
// holding names only, an ASCII logo and a map with a stray line give no
// rows.
func TestHexMapsUnread(t *testing.T) {
	var a hexCanvas
	a.hex(0, 2, 17, 5, "01 ALOK", "TPS 40", "L     5.100", "P     5.250", "L+P  10.350")
	a.hex(0, 30, 17, 5, "02 NITA", "TPS 25", "L     3.000", "P     3.100", "L+P   6.200")
	a.hex(0, 58, 17, 5, "03 KANGAE", "TPS 20", "L     2.800", "P     2.900", "L+P   5.700")
	a.hex(12, 30, 17, 5, "KABUPATEN SIKKA", "TPS 85", "L    10.900", "P    11.250", "L+P  22.250")
	bad := append([]string{"Tabel 3.4 DPT Pemilu 2019 per Kecamatan", ""}, a.lines()...)
	d := parseDoc(t, "sums", bad...)
	wantRows(t, "dpt", factRows["dpt"](d), []string{
		"pemilu|2019|kecamatan|ALOK|<nil>|40|5100|5250|10350",
		"pemilu|2019|kecamatan|KANGAE|<nil>|20|2800|2900|5700",
	})
	n := 0
	for _, f := range d.Findings {
		if strings.Contains(f.Pesan, "heksagon ") {
			n++
		}
	}
	if n != 2 {
		t.Errorf("want 2 findings on the hexagons, got %d: %v", n, d.Findings)
	}

	var names hexCanvas
	for i, n := range []string{"ALOK", "NITA", "KANGAE", "WAIGETE"} {
		names.hex(0, 2+i*28, 17, 5, n, "Kecamatan")
	}
	var stray hexCanvas
	stray.hex(0, 2, 17, 5, "01 ALOK", "TPS 40", "L     5.100", "P     5.250", "L+P  10.350")
	stray.hex(0, 30, 17, 5, "02 KANGAE", "TPS 20", "L     2.800", "P     2.900", "L+P   5.700")
	stray.put(5, 60, "catatan 12")
	logo := []string{
		`     _____`,
		`    /     \      KPU`,
		`   /  KPU  \     MELAYANI 2019`,
		`   \       /     TPS 12`,
		`    \_____/`,
	}
	for name, body := range map[string][]string{
		"names only":   append([]string{"Tabel 3.4 DPT Pemilu 2019 per Kecamatan", ""}, names.lines()...),
		"a stray line": append([]string{"Tabel 3.4 DPT Pemilu 2019 per Kecamatan", ""}, stray.lines()...),
		"a logo":       append([]string{"Tabel 3.4 DPT Pemilu 2019", ""}, logo...),
	} {
		if d := parseDoc(t, name, body...); len(d.DPT) != 0 {
			t.Errorf("%s: rows read: %v", name, factRows["dpt"](d))
		}
	}
}
