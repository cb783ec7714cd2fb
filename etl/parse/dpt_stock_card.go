package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A DPT typed again as the stock card (kartu stok) of the election
// logistics warehouse: the voters are the card's goods, one intake line a
// kecamatan, the sexes as its intake columns and the kabupaten as the
// card's balance line:
//
//	==========================================================
//	KARTU STOK  -  GUDANG LOGISTIK KPU KAB. X
//	Barang: Daftar Pemilih Tetap 2019          Satuan: orang
//	==========================================================
//	| TGL   | URAIAN   | DESA |  TPS | MASUK L | MASUK P |  JUMLAH | PARAF |
//	----------------------------------------------------------
//	| 01/12 | KOMODO   |   19 |   62 |   7.919 |   7.803 |  15.722 | ok    |
//	==========================================================
//	|       | SALDO KABUPATEN |  186 |  683 |  83.111 |  82.295 | 165.406 |  |
//	==========================================================
//
// In a text with TAB tables elsewhere no pipe-table reader takes it (the
// header sits over a dashed rule, not a Markdown one), and the header's
// words (MASUK L, TGL, PARAF) are no DPT table's. stockCards rewrites the
// card in place as the TAB DPT table it stands for, through
// dpt_scales.go's scaleWrite (as dpt_board.go does), which the DPT reader
// then reads under the caption above.
//
// What the reader trusts: a card title (KARTU STOK, STOCK CARD) whose
// block above the header names voters (pemilih, DPT) as the goods; a
// header line parted by `|` or TAB into cells whose every word has a
// meaning on such a card: the card's own marks (TGL, NO. BUKTI, PARAF,
// KET: no fact), the area (URAIAN, KECAMATAN), the counts (DESA, TPS),
// the intake by sex (MASUK L / MASUK P, or bare L / P), the intake's total
// (JUMLAH: L + P) and the outgoing or balance columns (KELUAR, SISA,
// SALDO), never read and required empty, zero or `-` (a card that issued
// voters out is no roll). Every line under the header holds as many
// cells or is a rule; a line of the card that is neither makes it
// unread. L + P = JUMLAH proves a line (one that fails is a finding, not
// loaded); the line named SALDO (SALDO KABUPATEN, SALDO AKHIR), JUMLAH or
// TOTAL is the whole, which must be the lines' sum (scaleWrite); an
// opening balance (SALDO AWAL) with no figure is skipped.

// stockGate is the cheap look: the card's title word.
func stockGate(doc *facts.Document, data []byte) bool {
	return docHas(doc, data, "ARTU STOK") || docHas(doc, data, "artu stok") ||
		docHas(doc, data, "artu Stok") || docHas(doc, data, "TOCK CARD") ||
		docHas(doc, data, "tock card") || docHas(doc, data, "tock Card")
}

// stockTitle: a line naming a stock card; a sentence about one (many
// words) is prose, never the card's title, so its lines stay as written.
func stockTitle(l string) bool {
	low := strings.ToLower(l)
	if len(strings.Fields(low)) > 14 {
		return false
	}
	return strings.Contains(low, "kartu stok") || strings.Contains(low, "stock card")
}

// stock card column roles beyond the board's (flapSkip .. flapTotal).
const stockOut = 100 // KELUAR / SISA / SALDO: not read, must hold nothing

// stockRole: the role of a stock card's header cell by its words; ok
// false when a word has no meaning on a DPT stock card.
func stockRole(cell string) (int, bool) {
	c := strings.ToLower(strings.Join(strings.Fields(cell), " "))
	c = strings.Trim(c, ".: ")
	f := strings.Fields(c)
	if len(f) == 0 {
		return 0, false
	}
	switch f[0] {
	case "keluar", "pengeluaran", "sisa", "saldo", "out", "balance":
		return stockOut, true
	}
	switch c {
	case "tgl", "tanggal", "date", "no", "no. bukti", "no bukti", "bukti", "no. dok", "no. dokumen", "paraf",
		"ttd", "ket", "keterangan", "petugas", "catatan":
		return flapSkip, true
	case "uraian", "kecamatan", "wilayah", "ppk", "tujuan", "asal", "dari", "diterima dari":
		return flapName, true
	case "desa", "desa/kel", "desa/kelurahan", "kelurahan", "jml desa":
		return flapDesa, true
	case "tps", "jml tps":
		return flapTPS, true
	case "jumlah", "jumlah masuk", "total", "total masuk", "l+p", "l + p", "masuk l+p", "jumlah pemilih":
		return flapTotal, true
	}
	// the intake by sex: MASUK L, TERIMA P, or the sex word alone
	w := c
	for _, pre := range []string{"masuk ", "penerimaan ", "terima ", "diterima ", "in "} {
		w = strings.TrimPrefix(w, pre)
	}
	switch sexWord(w) {
	case 'L':
		return flapL, true
	case 'P':
		return flapP, true
	}
	return 0, false
}

// stockCards rewrites every DPT stock card of data as a TAB table.
func stockCards(doc *facts.Document, data []byte) []byte {
	if !stockGate(doc, data) {
		return data
	}
	return scaleRuns(doc, data, stockTitle, stockAt)
}

// stockAt reads the card whose title is lines[t]: the lines it spans
// [from, to) and its intake lines.
func stockAt(lines []string, t int) (int, int, []scaleRec, bool) {
	// the header: within a few lines under the title, over rules and the
	// card's fields (Barang, Satuan, Gudang); the block must name voters
	h, sep := -1, ""
	goods := false
	for k := t; k < len(lines) && k <= t+8; k++ {
		l := lines[k]
		if k > t && strings.TrimSpace(l) == "" {
			return 0, 0, nil, false
		}
		low := strings.ToLower(l)
		if strings.Contains(low, "pemilih") || strings.Contains(low, "dpt") || strings.Contains(low, "voter") {
			goods = true
		}
		if k == t || flapRule(l) {
			continue
		}
		for _, s := range []string{"|", "\t", "│", "┃"} {
			if strings.Count(flapFrame(l), s) >= 3 {
				sep = s
				break
			}
		}
		if sep != "" {
			h = k
			break
		}
	}
	if h < 0 || !goods {
		return 0, 0, nil, false
	}
	head := flapCells(lines[h], sep)
	roles := make([]int, len(head))
	count := map[int]int{}
	for k, c := range head {
		r, ok := stockRole(c)
		if !ok {
			return 0, 0, nil, false // a column of no meaning on a DPT card
		}
		roles[k] = r
		count[r]++
	}
	if count[flapName] != 1 || count[flapTotal] != 1 || count[flapL] != 1 || count[flapP] != 1 ||
		count[flapDesa] > 1 || count[flapTPS] > 1 {
		return 0, 0, nil, false
	}
	var recs []scaleRec
	to := h + 1
	for k := h + 1; k < len(lines) && k < h+400; k++ {
		l := lines[k]
		if strings.TrimSpace(l) == "" {
			break
		}
		if flapRule(l) {
			to = k + 1
			continue
		}
		cells := flapCells(l, sep)
		if len(cells) != len(head) {
			if flapFramed(l) || strings.Contains(l, sep) {
				return 0, 0, nil, false // a line of the card not read: none trusted
			}
			break
		}
		r, skip, ok := stockLine(cells, roles)
		if !ok {
			return 0, 0, nil, false
		}
		to = k + 1
		if skip {
			continue
		}
		r.line = k
		recs = append(recs, r)
	}
	if len(recs) < 2 {
		return 0, 0, nil, false
	}
	// the rule over the title is the card's too
	from := t
	if from > 0 && flapRule(lines[from-1]) {
		from--
	}
	return from, to, recs, true
}

// stockLine reads one line of the card: skip for an opening balance with
// no figure; ok false when the line holds something the card's roll
// cannot (an outgoing figure, an opening balance, a cell not a figure).
func stockLine(cells []string, roles []int) (scaleRec, bool, bool) {
	for k, c := range cells {
		if roles[k] == stockOut && !stockNil(c) {
			return scaleRec{}, false, false // voters issued out: no roll
		}
	}
	name := ""
	for k, c := range cells {
		if roles[k] == flapName {
			name = strings.ToLower(strings.Join(strings.Fields(c), " "))
		}
	}
	if strings.HasPrefix(name, "saldo awal") || strings.HasPrefix(name, "stok awal") {
		for k, c := range cells {
			switch roles[k] {
			case flapDesa, flapTPS, flapL, flapP, flapTotal:
				if !stockNil(c) {
					return scaleRec{}, false, false // an opening stock: the roll is not the intake
				}
			}
		}
		return scaleRec{}, true, true
	}
	fr := make([]int, len(roles))
	for k, r := range roles {
		if r == stockOut {
			r = flapSkip
		}
		fr[k] = r
	}
	r, ok := flapFlightRec(cells, fr)
	if !ok {
		return r, false, false
	}
	if f := strings.Fields(name); len(f) > 0 && (f[0] == "saldo" || f[0] == "stok") {
		r.whole, r.name = true, "Jumlah" // the card's balance: the kabupaten
	}
	return r, false, true
}

// stockNil: a cell that holds nothing (empty, a dash, a zero).
func stockNil(c string) bool {
	c = strings.TrimSpace(c)
	return c == "" || strings.Trim(c, "-–—") == "" || c == "0"
}
