package parse

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A kecamatan DPT printed by a statistics package and typed again: a SAS
// PROC PRINT with a SUM statement, an SPSS LIST, a Stata list, an R print
// of a data frame:
//
//	                 The SAS System          09:41 Tuesday, July 4, 2023   1
//	  Obs    KECAMATAN           DESA    TPS        L        P   JUMLAH
//	    1    KATIKUTANA            15     49    4.397    4.501    8.898
//	    2    MAMBORO               14     59    4.411    4.529    8.940
//	                             ===== ====== ======== ======== ========
//	                               29    108    8.808    9.030   17.838
//
// The variable names are the header (dpt_foreign_cols.go's roles read
// them), a row-number column (Obs, _n_, #) or a row's leading sequence
// number is no figure, the page heading (the title with the run's time and
// page number) and the header stand again on each page, and the sums of a
// SUM statement stand under a rule with no label. This file holds the
// listing's parts for dptForeignCols' run (foreignColsAt).
//
// What it trusts: the sums line only right under a rule, only of figures,
// one per counted column, and only when each equals its column's sum over
// the rows (and L + P its total): then it is the kabupaten's row;
// otherwise the table is left unread (a mean or a count line looks the
// same). A leading row number is dropped only when the header names the
// row-number column or the number is the row's place in the run.

// flapObs: the role of a listing's row-number column (no figure).
const flapObs = -1

// listingGate is the cheap look: a statistics package's marks.
func listingGate(doc *facts.Document, data []byte) bool {
	return docHasAny(doc, data, "The SAS System", "PROC PRINT", "Obs ", ". list", "LIST VARIABLES", "print(")
}

// listingObsHead: a header cell naming the row numbers.
func listingObsHead(c string) bool {
	switch strings.ToLower(strings.TrimSpace(c)) {
	case "obs", "_n_", "#", "case", "row":
		return true
	}
	return false
}

// reListingPage: a page heading line, a clock time and a year, the page
// number last (SAS's title line; SPSS and Stata print alike).
var reListingPage = regexp.MustCompile(`\b\d{1,2}:\d{2}\b.*\b(19|20)\d{2}\s+\d{1,4}\s*$`)

// listingHeading: a page's heading line of a listing.
func listingHeading(l string) bool {
	if strings.Contains(l, "The SAS System") {
		return true
	}
	return len(l) < 200 && reListingPage.MatchString(l)
}

// listing: how a run's rows are numbered.
type listing struct {
	on  bool // a statistics listing
	obs bool // the header names the row-number column
}

// listingOf reads whether the header at lines[h] opens a listing: its
// first cell is the row-number column, or a page heading or a package's
// command stands in the short window above it. With a row-number column
// the roles lose it (the rows lose their number in unnumber).
func listingOf(lines []string, h int, roles *[]int) listing {
	var ls listing
	if len(*roles) > 0 && (*roles)[0] == flapObs {
		*roles = (*roles)[1:]
		ls.on, ls.obs = true, true
		return ls
	}
	for k := h - 1; k >= 0 && k >= h-8; k-- {
		l := lines[k]
		if listingHeading(l) || strings.Contains(l, "PROC PRINT") || strings.Contains(l, ". list") ||
			strings.Contains(l, "LIST VARIABLES") || strings.Contains(l, "print(") {
			ls.on = true
			break
		}
	}
	return ls
}

// reListingNum: a row's leading number.
var reListingNum = regexp.MustCompile(`^\s*(\d{1,5})\.?(\s+)`)

// unnumber drops a listing row's leading number: always with a row-number
// column (it must be there), else when it is the row's place n+1 in the
// run. numbered says a number was dropped.
func (ls listing) unnumber(l string, n int) (string, bool, bool) {
	if !ls.on {
		return l, false, true
	}
	m := reListingNum.FindStringSubmatchIndex(l)
	if m == nil {
		return l, false, !ls.obs
	}
	if !ls.obs && l[m[2]:m[3]] != itoa(n+1) {
		return l, false, true
	}
	return l[m[1]:], true, true
}

// listingSums reads the unlabelled sums line under the rule: one figure
// per counted column (a leading `Sum` label, Stata's, is allowed), each
// the column's sum over recs and L + P its total; the kabupaten's row.
func listingSums(l string, kind int, roles []int, recs []scaleRec) (scaleRec, bool) {
	var w scaleRec
	if len(recs) < 3 {
		return w, false
	}
	cells := foreignSplit(l, kind)
	if len(cells) > 0 && strings.EqualFold(cells[0], "sum") {
		cells = cells[1:]
	}
	var counted []int
	for _, r := range roles {
		if r != flapName {
			counted = append(counted, r)
		}
	}
	if len(cells) != len(counted) {
		return w, false
	}
	var sl, sp, st, sd, stp int
	for _, r := range recs {
		sl, sp, st, sd, stp = sl+r.l, sp+r.p, st+r.t, sd+r.dv, stp+r.tv
	}
	for k, r := range counted {
		c := cells[k]
		v, ok := dptFigure(c)
		if !ok || strings.ContainsAny(c, " %") {
			return w, false
		}
		switch r {
		case flapL:
			w.l, w.ls, ok = v, c, v == sl
		case flapP:
			w.p, w.ps, ok = v, c, v == sp
		case flapTotal:
			w.t, w.ts, ok = v, c, v == st
		case flapDesa:
			w.desa, w.dv, w.hasDesa, ok = c, v, true, v == sd
		case flapTPS:
			w.tps, w.tv, w.hasTP, ok = c, v, true, v == stp
		default:
			ok = false
		}
		if !ok {
			return w, false // not the columns' sums: a mean, a count
		}
	}
	if w.l+w.p != w.t {
		return w, false
	}
	w.whole, w.name = true, "Jumlah"
	return w, true
}
