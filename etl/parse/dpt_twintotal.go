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
