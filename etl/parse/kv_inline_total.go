package parse

import (
	"regexp"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// The whole budget as one item of a list of labelled budget rows: a slide
// or a web page opens its programs with "• Anggaran 2019 (DIPA): pagu Rp
// 19.642.300.000; realisasi Rp 18.851.203.000 (95,97%)", no code and no
// word of a total. Its label does not say it is the total; its pagu does,
// when it is the sum of the programs' pagu. Proven so, the row is named
// the total ("Jumlah") for the budget reader; unproven it stays a row
// without a code, which the reader reports.

// reProgramCode: a program's code ("076.01.WA", "WA").
var reProgramCode = regexp.MustCompile(`^(?:\d{3}\.\d{2}\.)?[A-Z]{2}$`)

// inlineBudgetTotal names "Jumlah" the one uncoded row of blk (Kode in
// column 0, the label in 1, pagu in column pagu) whose pagu is the sum of
// the program rows' pagu.
func inlineBudgetTotal(blk *extract.Block, pagu int) {
	amount := func(r extract.Row) (int64, bool) {
		if pagu < 2 || pagu >= len(r.Cells) {
			return 0, false
		}
		n := normalize.ParseNumber(r.Cells[pagu], normalize.Unknown)
		return int64(n.Value), n.Status == normalize.OK && n.Value > 0
	}
	var sum int64
	programs, uncoded := 0, -1
	for i, r := range blk.Rows {
		switch {
		case r.Cells[0] == "":
			if uncoded >= 0 || reKVTotal.MatchString(r.Cells[1]) {
				return // two rows without a code, or a total named as such
			}
			uncoded = i
		case reProgramCode.MatchString(r.Cells[0]):
			v, ok := amount(r)
			if !ok {
				return
			}
			sum += v
			programs++
		}
	}
	if uncoded < 0 || programs < 2 {
		return
	}
	if v, ok := amount(blk.Rows[uncoded]); ok && v == sum {
		blk.Rows[uncoded].Cells[1] = "Jumlah"
	}
}
