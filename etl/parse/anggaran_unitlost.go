package parse

import "github.com/kpu-ntt/lkj/etl/normalize"

// scaledMoney reads an amount cell of a table whose unit is u ("ribu",
// "juta", "miliar", or none). A cell whose figure is followed by something
// that is no unit ("1.835.886 -----", "1.835.886 (a)") reads as the bare
// figure: the unit appended after it no longer multiplies, and the amount
// would load a thousand times too small while looking right. When the
// table's scale is a multiplier and the read equals the bare figure, the
// scale did not apply and cannot be proven: Unreadable, so the amount
// loads NULL with nilai.tidak_terbaca.
func scaledMoney(s, u string, conv normalize.Convention) (int64, normalize.Number) {
	in := scaled(s, u)
	v, n := normalize.Money(in, conv)
	if n.Status != normalize.OK || v == 0 || in == s || u != "ribu" && u != "juta" && u != "miliar" {
		return v, n
	}
	if bare, bn := normalize.Money(s, conv); bn.Status == normalize.OK && bare == v {
		n.Status = normalize.Unreadable
	}
	return v, n
}
