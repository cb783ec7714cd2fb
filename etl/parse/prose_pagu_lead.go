package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// dipaAmount reports whether the words before an amount name the DIPA
// itself as what the amount is ("DIPA Rp 3.235.410.000 terealisasi …",
// "DIPA Tahun Anggaran 2021 sebesar Rp …"). A DIPA's change (revisi,
// tambahan, potongan, perubahan) is not its amount, and neither is a
// number of revisions; those sentences are left to the other readers.
func dipaAmount(lw string) bool {
	if !has(normalize.SpacedKey(lw), "dipa") {
		return false
	}
	for _, w := range [...]string{"revisi", "perubahan", "tambah", "kurang", "potong", "blokir", "hemat", "selisih", "sisa", "realis", "serap", "nomor", "tanggal"} {
		if strings.Contains(lw, w) {
			return false
		}
	}
	return true
}

// serapanLead reads a percentage the words before a pagu state as the
// absorption before naming any amount ("Daya serap TA 2021 adalah 97,71%
// (pagu Rp …, realisasi Rp …)"). Like a percentage after the pagu it is a
// candidate only: finishProse keeps it when realisasi / pagu proves it.
func serapanLead(win string) *float64 {
	if !containsFoldASCII(win, "serap") {
		return nil // the word asked below is nowhere in the window (issue 13)
	}
	pm := rePercent.FindAllStringSubmatchIndex(win, -1)
	if len(pm) != 1 {
		return nil
	}
	lw := strings.ToLower(win[:pm[0][0]])
	if !strings.Contains(lw, "serap") {
		return nil
	}
	n := normalize.ParseNumber(win[pm[0][2]:pm[0][3]], normalize.Unknown)
	if n.Status != normalize.OK {
		return nil
	}
	v := n.Value
	return &v
}

// budgetYearLead: the words before a sentence's first amount are only
// "Anggaran [TA | tahun | tahun anggaran] YYYY sebesar" (`Anggaran TA 2022
// sebesar Rp … terealisasi Rp … (96,02%)`): the year's budget, so the
// amount is its pagu. Anything else between (a kegiatan, a purpose, a
// revision) leaves the amount to the other readers: "Anggaran untuk
// sosialisasi sebesar Rp …" is not the year's pagu.
func budgetYearLead(lw string) bool {
	w := strings.Fields(normalize.SpacedKey(lw))
	if len(w) < 2 || w[0] != "anggaran" {
		return false
	}
	year := false
	for _, x := range w[1:] {
		switch {
		case x == "ta" || x == "tahun" || x == "anggaran" || x == "sebesar" || x == "adalah" || x == "senilai" || x == "rp":
		case len(x) == 4 && (strings.HasPrefix(x, "19") || strings.HasPrefix(x, "20")) && strings.Trim(x, "0123456789") == "":
			year = true
		default:
			return false
		}
	}
	return year
}

// budgetWordPair: "TA 2019 mencatat anggaran Rp X dan realisasi Rp Y
// (p%)". The words before X end in "anggaran" after a year, the words
// between name the next amount realisasi and nothing else, and p is Y / X to
// its printed decimals: the arithmetic proves X the year's pagu. Without
// that proof "anggaran Rp X" may be any budget (a purpose's, a revision's)
// and stays unread.
func budgetWordPair(lw, between, x, y, afterY string) bool {
	w := strings.Fields(normalize.SpacedKey(lw))
	for len(w) > 0 && (w[len(w)-1] == "sebesar" || w[len(w)-1] == "senilai" || w[len(w)-1] == "rp") {
		w = w[:len(w)-1]
	}
	if len(w) < 2 || w[len(w)-1] != "anggaran" {
		return false
	}
	year := false
	for _, word := range w[:len(w)-1] {
		if len(word) == 4 && (strings.HasPrefix(word, "19") || strings.HasPrefix(word, "20")) && strings.Trim(word, "0123456789") == "" {
			year = true
		}
	}
	bw := strings.Fields(normalize.SpacedKey(between))
	if !year || len(bw) < 2 || len(bw) > 3 || bw[0] != "dan" && bw[0] != "dengan" ||
		bw[1] != "realisasi" && bw[1] != "realisasinya" || len(bw) == 3 && bw[2] != "sebesar" && bw[2] != "rp" {
		return false
	}
	pv, pn := normalize.Money(x, normalize.Unknown)
	rv, rn := normalize.Money(y, normalize.Unknown)
	pm := rePercent.FindStringSubmatchIndex(afterY)
	if pn.Status != normalize.OK || rn.Status != normalize.OK || pv <= 0 || rv > pv || pm == nil || pm[0] > 12 {
		return false
	}
	pct := normalize.ParseNumber(afterY[pm[2]:pm[3]], normalize.Unknown)
	return pct.Status == normalize.OK && roundsTo(float64(rv)*100/float64(pv), pct.Value, pct.Decimals)
}
