package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// trendArrows mark a dashboard's change against the year before.
const trendArrows = "▲▼△▽↑↓⬆⬇▴▾"

// trendHead: a cell that is one figure followed by a trend arrow and, if
// any, the change ("81,36 ▼ 4,13", "95,00 ▲"): the figure before the arrow
// is the value; the change is no value of the row. ok is false for any
// other cell, also for an arrow before every figure ("▲ 2,10").
func trendHead(c string) (head string, ok bool) {
	i := strings.IndexAny(c, trendArrows)
	if i <= 0 {
		return "", false
	}
	head = strings.TrimSpace(c[:i])
	if head == "" || normalize.ParseValue(head, normalize.Unknown).Status != normalize.OK {
		return "", false
	}
	tail := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(c[i:]), trendArrows))
	if tail != "" && (strings.ContainsAny(tail, trendArrows) || normalize.ParseValue(tail, normalize.Unknown).Status != normalize.OK) {
		return "", false
	}
	return head, true
}

// trendValue reads a trend cell as its head figure, keeping the whole cell
// as the text (the teks of a value is the cell).
func trendValue(c string, conv normalize.Convention) (normalize.Value, bool) {
	head, ok := trendHead(c)
	if !ok {
		return normalize.Value{}, false
	}
	v := normalize.ParseValue(head, conv)
	v.Text = normalize.ParseValue(c, conv).Text
	return v, true
}

// totalWords are the words of a total or average line's label.
var totalWords = map[string]bool{"jumlah": true, "total": true, "grand": true, "keseluruhan": true,
	"rata": true, "rerata": true, "seluruhnya": true, "akhir": true}

// totalKey: a label made only of total words ("Jumlah", "TOTAL",
// "Rata-rata"): the table's sum or average line, never an indicator.
func totalKey(s string) bool {
	if asciiOnly(s) {
		// the words folded on the stack (speed_fields.go); a word longer
		// than the buffer is read as before
		var buf [32]byte
		n := 0
		for i := 0; ; n++ {
			w, next, fits := nextKeyWord(s, i, buf[:])
			if !fits {
				return totalKeyWords(s)
			}
			if w == nil {
				return n > 0
			}
			if !totalWords[string(w)] {
				return false
			}
			i = next
		}
	}
	return totalKeyWords(s)
}

// totalKeyWords is totalKey by normalize.KeyWords, for any text.
func totalKeyWords(s string) bool {
	n, all := 0, true
	normalize.KeyWords(s, func(w string) bool {
		n++
		all = totalWords[w]
		return all
	})
	return n > 0 && all
}

// oneValueCell: a value cell that is one value though it holds a space, so it
// is never split into one value per indicator.
func oneValueCell(c string) bool {
	if boundValue(c) || formulaCell(c) {
		return true
	}
	_, ok := trendHead(c)
	return ok
}
