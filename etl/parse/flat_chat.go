package parse

import (
	"strings"
	"unicode"

	"github.com/kpu-ntt/lkj/etl/extract"
)

// Chat-bot answers. A table asked of a chat bot comes back one message
// line a row, every cell after its column's name, the cells joined by a
// middle dot, a bullet or a bar:
//
//	Bot Kinerja, [10:02]
//	📋 Tabel 3.4 Rekapitulasi DPT per Kecamatan
//	▫️ No 1 · Kecamatan Alor Barat · TPS 40 · L 6.011 · P 6.230 · L+P 12.241
//	▫️ No — · Kecamatan JUMLAH · TPS 70 · L 10.100 · P 10.500 · L+P 20.600
//
// The names are not told apart from the values by a colon (or they are:
// "TPS: 40"); what proves them is that every row repeats them: in each
// position the words all rows open with are the column's name, the rest
// the cell. The run is read only when every row has as many cells, each
// names its column the same way and keeps a value; a name column whose
// rows happen to share their first words too ("Indikator Kinerja
// Persentase …" in every row) is cut back to a column name the readers
// know, or the run stays prose. The table then goes through the same
// header-driven readers as any other.

// chatSeps part the cells of a row.
var chatSeps = []string{" · ", " • ", " | "}

// chatNameKeys are the names of the columns of words: a shared prefix
// longer than one word is cut back to the longest of these.
var chatNameKeys = map[string]bool{"no": true, "no.": true, "nomor": true, "kode": true, "uraian": true,
	"indikator": true, "indikator kinerja": true, "indikator kinerja utama": true, "sasaran": true,
	"sasaran strategis": true, "program": true, "kegiatan": true, "program / kegiatan": true,
	"program/kegiatan": true, "kecamatan": true, "nama kecamatan": true, "wilayah": true, "komponen": true,
	"satuan": true, "target": true, "realisasi": true, "keterangan": true, "kategori": true, "predikat": true,
	"nilai": true, "desa/kel": true, "desa/kelurahan": true}

// chatRecords reads paragraph b when its lines after at most two heading
// lines are chat rows of one table; it reports whether b was taken.
func (p *parser) chatRecords(b *extract.Block) bool {
	t := b.Text
	sep := ""
	for _, s := range chatSeps {
		// cheap gate: this runs for every paragraph
		if n := countSep(t, s); n >= 4 && n >= 2*(b.End-b.Start-1) {
			sep = s
			break
		}
	}
	if sep == "" || b.End-b.Start < 2 {
		return false
	}
	var head []string
	var rows [][]string
	var lines []int
	for k, ln := range p.lines(b.Start, b.End) {
		ln = chatUnmark(ln)
		cells := strings.Split(ln, sep)
		if len(cells) < 3 {
			if len(rows) > 0 || len(head) == 2 {
				return false
			}
			head = append(head, ln)
			continue
		}
		if len(rows) > 0 && len(cells) != len(rows[0]) {
			return false
		}
		rows = append(rows, cells)
		lines = append(lines, b.Start+k)
	}
	if len(rows) < 2 {
		return false
	}
	hdr := make([]string, len(rows[0]))
	for j := range hdr {
		key, ok := chatColumn(rows, j)
		if !ok {
			return false
		}
		hdr[j] = key
	}
	caption := ""
	if len(head) > 0 {
		caption = head[len(head)-1] // the bot's name and time come first
	}
	blk := extract.Block{Kind: extract.Table, Start: b.Start, End: b.End, Caption: caption}
	if caption != "" {
		blk.CaptionParts = []string{caption}
	}
	blk.Header = []extract.Row{{Start: lines[0], End: lines[0], Cells: hdr}}
	blk.Width = len(hdr)
	for k, r := range rows {
		blk.Rows = append(blk.Rows, extract.Row{Start: lines[k], End: lines[k], Cells: r})
	}
	p.table(&blk)
	return true
}

// chatUnmark drops a row's leading marks (an emoji, a bullet) and spaces.
func chatUnmark(s string) string {
	return strings.TrimSpace(strings.TrimLeftFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '(' && r != '"'
	}))
}

// emojiUnmark drops the emoji (any symbol beyond ASCII) a line opens with,
// and the spaces after them.
func emojiUnmark(s string) string {
	return strings.TrimLeftFunc(s, func(r rune) bool {
		return r >= 0x80 && !unicode.IsLetter(r) && !unicode.IsDigit(r) || r == ' '
	})
}

// chatColumn reads the name of column j and leaves its value in each row
// (a lone dash made empty); ok is false when the rows do not prove one
// name.
func chatColumn(rows [][]string, j int) (string, bool) {
	colon := true
	for _, r := range rows {
		if !strings.Contains(r[j], ": ") {
			colon = false
			break
		}
	}
	key := ""
	if colon {
		for k, r := range rows {
			c := strings.Index(r[j], ": ")
			name := strings.TrimSpace(r[j][:c])
			if k > 0 && !strings.EqualFold(name, key) || name == "" {
				return "", false
			}
			key = name
		}
		for _, r := range rows {
			r[j] = chatValue(r[j][strings.Index(r[j], ": ")+2:])
		}
		return key, true
	}
	words := strings.Fields(rows[0][j])
	n := len(words) - 1 // every row keeps a word of value
	for _, r := range rows[1:] {
		ws := strings.Fields(r[j])
		n = min(n, len(ws)-1)
		for i := 0; i < n; i++ {
			if ws[i] != words[i] {
				n = i
				break
			}
		}
	}
	for i := 0; i < n; i++ {
		if strings.ContainsAny(words[i], "0123456789") {
			n = i // a figure is a value, never part of a name
			break
		}
	}
	if n > 1 && !chatFigures(rows, j, n) {
		// words shared beyond the name: cut back to a name the readers know
		for n > 0 && !chatNameKeys[strings.ToLower(strings.Join(words[:n], " "))] {
			n--
		}
	}
	if n == 0 {
		return "", false
	}
	key = strings.Join(words[:n], " ")
	for _, r := range rows {
		r[j] = chatValue(strings.Join(strings.Fields(r[j])[n:], " "))
	}
	return key, true
}

// chatFigures: every value of column j after its first n words is one
// figure (or a dash).
func chatFigures(rows [][]string, j, n int) bool {
	for _, r := range rows {
		v := strings.Fields(r[j])[n:]
		if len(v) != 1 || !strings.ContainsAny(v[0], "0123456789—–-") {
			return false
		}
	}
	return true
}

// chatValue: a cell's value; a lone dash is an empty cell (the total's
// number and code).
func chatValue(v string) string {
	v = strings.TrimSpace(v)
	if v == "—" || v == "–" || v == "-" {
		return ""
	}
	return v
}
