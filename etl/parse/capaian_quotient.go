package parse

import (
	"math"
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// capaianQuotient checks a stated capaian c against the target and
// realisasi as written (a chart's or a frame's figures, read by their
// labels): "" when c is realisasi/target×100, or a lower-is-better form
// (200 − that, target/realisasi×100), to c's last written decimal, or when
// both figures are grades or an opinion (c then as written); else why not.
// A figure with digits that does not read as a number proves nothing.
func capaianQuotient(ts, rs string, c normalize.Number, conv normalize.Convention) string {
	t := normalize.ParseNumber(strings.TrimSuffix(ts, "%"), conv)
	r := normalize.ParseNumber(strings.TrimSuffix(rs, "%"), conv)
	tn, rn := t.Status == normalize.OK, r.Status == normalize.OK
	if !tn && !rn {
		if strings.ContainsAny(ts+rs, "0123456789") {
			return "target/realisasi tidak dapat diperiksa"
		}
		return "" // grades or an opinion: C as written
	}
	if !tn || !rn || t.Value <= 0 {
		return "target/realisasi tidak dapat diperiksa"
	}
	tol := math.Pow(10, -float64(c.Decimals)) + 1e-9
	q := r.Value / t.Value * 100
	if math.Abs(c.Value-q) <= tol || math.Abs(c.Value-(200-q)) <= tol ||
		r.Value > 0 && math.Abs(c.Value-t.Value/r.Value*100) <= tol {
		return ""
	}
	return "capaian tidak sesuai realisasi/target"
}
