package parse

import (
	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// dptTwinTotal checks v, the count read in column j of row r under role,
// against every later column of the same role: two headers naming the
// roll's total ("Jumlah" beside "Total Pemilih", "L+P" beside "Jumlah
// Pemilih"), its villages ("Desa" beside "Kelurahan") or its polling
// stations ("Jumlah TPS" beside "TPS"). Two such columns are the same
// figure written twice, or one of them counts something else the header
// does not say (the DPT with its DPTb, the kelurahan apart from the desa):
// when a row's figures agree the count is v, when they differ nothing
// proves which is the roll's, so the row loads none and says so
// (dpt.total_ganda, dpt.hitungan_ganda). Taking the first column, as the
// reader did, loaded a figure it could not prove.
func (p *parser) dptTwinTotal(t *tableInfo, r *extract.Row, roles []int, convs map[int]normalize.Convention, role, j int, v int64) *int64 {
	for k := j + 1; k < len(roles) && k < len(r.Cells); k++ {
		if roles[k] != role || r.Cells[k] == "" {
			continue
		}
		n := normalize.ParseNumber(r.Cells[k], convs[k])
		if n.Status == normalize.OK && n.Value == float64(v) {
			continue
		}
		rule, what := "dpt.total_ganda", "jumlah pemilih"
		if role != roleLP {
			rule, what = "dpt.hitungan_ganda", "jumlah desa/kelurahan"
			if role == roleTPS {
				what = "jumlah TPS"
			}
		}
		p.find(rule, facts.Warning, r.Start, r.End, r.Cells[k],
			"%s: dua kolom %s berbeda pada baris ini (%s dan %s); nilainya tidak terbukti, dimuat kosong", t.label, what, r.Cells[j], r.Cells[k])
		return nil
	}
	return &v
}

// dptOtherCount: a header counting voters who used their vote or their
// votes ("Total Pengguna Hak Pilih", "Pemilih yang Menggunakan Hak Pilih",
// "Partisipasi", "Suara Sah"), never the roll, whatever total's words it
// opens with. k is padded as dptRole's.
func dptOtherCount(k string) bool {
	return has(k, "pengguna", "menggunakan", "partisipasi", "suara", "golput", "turnout") || hasPrefix(k, "voted")
}

// twinDiffered: fs (the findings of one row's counts) hold a pair of twin
// columns that differ.
func twinDiffered(fs []facts.Finding) bool {
	for i := range fs {
		if fs[i].Aturan == "dpt.total_ganda" || fs[i].Aturan == "dpt.hitungan_ganda" {
			return true
		}
	}
	return false
}

// dptTwinProven keeps of d's figures only those the row proves, once two
// columns of one count differ on it: such a row may be two records read as
// one (box labels printed side by side, each line a field of both: "20
// TPS : 56"), so a figure alone in its column proves nothing. L and P stand
// when they sum to a total column of the row, the total when it is L + P
// or its twin column agrees, the desa and TPS counts when their twin
// column agrees. Before, the row's other figures loaded as read, and with
// them a neighbour's record's.
func dptTwinProven(r *extract.Row, roles []int, convs map[int]normalize.Convention, d *facts.DPT) {
	count := func(role int, v int64) int { // the row's columns of role that read v
		n := 0
		for j, x := range roles {
			if x != role || j >= len(r.Cells) {
				continue
			}
			if c := normalize.ParseNumber(r.Cells[j], convs[j]); c.Status == normalize.OK && c.Value == float64(v) {
				n++
			}
		}
		return n
	}
	twin := func(role int, v int64) bool { return count(role, v) >= 2 }
	lp := d.PemilihL != nil && d.PemilihP != nil
	if lp {
		sum := *d.PemilihL + *d.PemilihP
		lp = d.PemilihTotal != nil && *d.PemilihTotal == sum || count(roleLP, sum) > 0
	}
	if !lp {
		d.PemilihL, d.PemilihP = nil, nil
	}
	if d.PemilihTotal != nil && !lp && !twin(roleLP, *d.PemilihTotal) {
		d.PemilihTotal = nil
	}
	if d.JumlahDesa != nil && !twin(roleDesa, *d.JumlahDesa) {
		d.JumlahDesa = nil
	}
	if d.JumlahTPS != nil && !twin(roleTPS, *d.JumlahTPS) {
		d.JumlahTPS = nil
	}
}
