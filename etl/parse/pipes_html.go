package parse

import (
	"html"
	"regexp"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// HTML tables left in a text (a web page or an editor's export saved as
// text):
//
//	<table class="tabel-anggaran">
//	<tr><th>Kode</th><th>Uraian</th><th>Pagu (Rp)</th></tr>
//	<tr><td>076.01.WA</td><td>Program Dukungan Manajemen</td><td>2.738.221.000</td></tr>
//	<tr><td colspan="2">Jumlah</td><td>20.876.480.000</td></tr>
//	</table>
//
// The tags delimit every cell, so nothing is guessed: each row written on
// one line becomes a TAB line, a label spanning n columns (colspan) stands
// in the last of them after n-1 empty cells (a value in the first), and the table's own lines (<table>,
// <tbody>, </table>) become blank. A table with a row over several lines
// or a cell spanning rows (rowspan) is left as it is: its text is reported
// as any unread table text is. Line numbers never change.

var (
	reHTMLCell = regexp.MustCompile(`(?is)<t([hd])\b([^>]*)>(.*?)</t[hd]\s*>`)
	reHTMLSpan = regexp.MustCompile(`(?i)\bcolspan\s*=\s*["']?(\d{1,2})`)
	reHTMLTag  = regexp.MustCompile(`(?s)<[^>]*>`)
)

// htmlTables rewrites the HTML tables of a text; data itself when it
// holds none.
func htmlTables(doc *facts.Document, data []byte) []byte {
	if !docHasAny(doc, data, "<tr", "<TR") {
		return data
	}
	return fencedTables(data, htmlOpen, func(l string) bool { return strings.Contains(strings.ToLower(l), "</table") },
		func(lines []string, i, end int) bool { return htmlRewrite(lines[i : end+1]) }, nil)
}

func htmlOpen(l string) bool {
	t := strings.ToLower(strings.TrimSpace(l))
	return strings.HasPrefix(t, "<table") && !strings.Contains(t, "<tr")
}

// htmlRewrite rewrites one table's lines in place, from <table> to
// </table>; false (nothing changed) when a row is not on one line or a
// cell spans rows.
func htmlRewrite(ls []string) bool {
	out := make([]string, len(ls))
	rows := 0
	for k, l := range ls {
		t := strings.TrimSpace(strings.TrimRight(l, "\r"))
		low := strings.ToLower(t)
		switch {
		case strings.Contains(low, "rowspan"):
			return false
		case strings.HasPrefix(low, "<tr"):
			if !strings.Contains(low, "</tr") {
				return false // a row over several lines
			}
			var cells []string
			for _, m := range reHTMLCell.FindAllStringSubmatch(t, -1) {
				c := htmlText(m[3])
				if sp := reHTMLSpan.FindStringSubmatch(m[2]); sp != nil {
					// a label spanning the leading columns (No and
					// Kecamatan) belongs to the last of them, the label
					// column; a value keeps the first
					n, _ := strconv.Atoi(sp[1])
					pad := make([]string, max(0, n-1))
					if hasDigitStr(c) {
						cells = append(append(cells, c), pad...)
						continue
					}
					cells = append(cells, pad...)
				}
				cells = append(cells, c)
			}
			if len(cells) == 0 {
				return false
			}
			out[k] = strings.Join(cells, "\t")
			if len(cells) == 1 {
				out[k] += "\t" // a one-cell row is still a row
			}
			rows++
		case strings.HasPrefix(low, "<caption"):
			out[k] = htmlText(t)
		case t == "" || strings.HasPrefix(low, "<") && strings.HasSuffix(low, ">") && !strings.Contains(low[1:], "<t"):
			// <table>, <thead>, </tbody>, </table>: no cell
		default:
			return false // text inside the table that is no row
		}
	}
	if rows == 0 {
		return false
	}
	copy(ls, out)
	return true
}

// htmlText is a cell's text: tags dropped (a <br> is a space), entities
// decoded, spaces folded.
func htmlText(c string) string {
	c = reHTMLTag.ReplaceAllString(c, " ")
	return strings.Join(strings.Fields(html.UnescapeString(c)), " ")
}
