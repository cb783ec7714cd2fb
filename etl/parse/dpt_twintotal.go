package parse

import (
	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// dptTwinTotal checks v, the total read in column j of row r, against every
// later column whose header also names the roll's total ("Jumlah" beside
// "Total Pemilih", "L+P" beside "Jumlah Pemilih"). Two such columns are the
// same figure written twice, or one of them counts something else the
// header does not say (the DPT with its DPTb, say): when a row's figures
// agree the total is v, when they differ nothing proves which is the
// roll's, so the row loads no total and says so (dpt.total_ganda). Taking
// the first column, as the reader did, loaded a figure it could not prove.
func (p *parser) dptTwinTotal(t *tableInfo, r *extract.Row, roles []int, convs map[int]normalize.Convention, j int, v int64) *int64 {
	for k := j + 1; k < len(roles) && k < len(r.Cells); k++ {
		if roles[k] != roleLP || r.Cells[k] == "" {
			continue
		}
		n := normalize.ParseNumber(r.Cells[k], convs[k])
		if n.Status == normalize.OK && n.Value == float64(v) {
			continue
		}
		p.find("dpt.total_ganda", facts.Warning, r.Start, r.End, r.Cells[k],
			"%s: dua kolom jumlah pemilih berbeda pada baris ini (%s dan %s); jumlah tidak terbukti, dimuat kosong", t.label, r.Cells[j], r.Cells[k])
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
