package sample

import "testing"

// TestMixedPartition: every table layout drawn for --styles mixed is a
// development combination and every one drawn for mixed-holdout a held-out
// one, and each family has combinations on both sides, so the held-out
// corpus really measures layouts the development corpus never shows.
func TestMixedPartition(t *testing.T) {
	all, err := loadSatkers()
	if err != nil {
		t.Fatal(err)
	}
	r, _ := noiseRates("default")
	type family struct {
		name string
		draw func(*mixDoc) string
	}
	fams := []family{
		{"capaian", func(m *mixDoc) string { return m.drawCap().key() }},
		{"anggaran", func(m *mixDoc) string { return m.drawBudget().key() }},
		{"dpt", func(m *mixDoc) string { return m.drawDPT().key() }},
	}
	for _, f := range fams {
		seen := map[bool]map[string]bool{false: {}, true: {}}
		for _, holdout := range []bool{false, true} {
			w := newWorld(7, r, all)
			w.mixed, w.holdout = true, holdout
			for i := 0; i < 300; i++ {
				d := newDoc(w, all[i%len(all)], 2020+i%5, "campuran")
				d.r = w.rng("test", itoa(i))
				m := &mixDoc{doc: d, conv: convID, money: w.moneyUnit(d.s)}
				k := f.draw(m)
				if isHoldout(k) != holdout {
					t.Fatalf("%s: drew %q (held out %v) for a corpus with holdout=%v", f.name, k, isHoldout(k), holdout)
				}
				seen[holdout][k] = true
			}
		}
		if len(seen[false]) < 10 || len(seen[true]) < 3 {
			t.Errorf("%s: %d development and %d held-out combinations; want both sides populated", f.name, len(seen[false]), len(seen[true]))
		}
		for k := range seen[true] {
			if seen[false][k] {
				t.Errorf("%s: combination %q on both sides", f.name, k)
			}
		}
	}
}

// TestRounded: a tree rounded to thousands keeps children summing to their
// parent, and every amount is a whole number of thousands.
func TestRounded(t *testing.T) {
	l := total(10_123_456, 9_876_543,
		prog("WA", 4_100_499, 4_000_501, keg("3355", 4_100_499, 4_000_501)),
		prog("CQ", 6_022_957, 5_876_042, keg("6639", 6_022_957, 5_876_042)))
	r := rounded(l, 1000)
	var check func(x *line)
	check = func(x *line) {
		if x.Pagu%1000 != 0 || x.Real%1000 != 0 {
			t.Errorf("%s: %d/%d not whole thousands", x.Kode, x.Pagu, x.Real)
		}
		if len(x.Children) == 0 {
			return
		}
		var p, re int64
		for _, c := range x.Children {
			p, re = p+c.Pagu, re+c.Real
			check(c)
		}
		if p != x.Pagu || re != x.Real {
			t.Errorf("%s: children sum %d/%d, parent %d/%d", x.Kode, p, re, x.Pagu, x.Real)
		}
	}
	check(r)
	if r.Pagu != 10_123_000 || l.Pagu != 10_123_456 {
		t.Errorf("rounded total pagu %d (want 10123000), original %d (want untouched)", r.Pagu, l.Pagu)
	}
}
