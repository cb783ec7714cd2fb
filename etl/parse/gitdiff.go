package parse

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A table kept in a patch. The rekap file was committed to a repository
// and the report prints the change (`git diff`, `svn diff`, `hg diff`,
// `diff -u`, `diff -c`, plain `diff`), every line behind the prefix the
// tool gives it:
//
//	diff --git a/rekap/dpt.txt b/rekap/dpt.txt
//	--- /dev/null
//	+++ b/rekap/dpt.txt
//	@@ -0,0 +1,4 @@
//	+KECAMATAN; DESA/KEL; TPS; L; P; JUMLAH
//	+SATAR MESE; 24; 89; 7.412; 7.254; 14.666
//	…
//
// With the prefixes no reader sees a table: the first cell is "+SATAR
// MESE", and a change shows the old row beside the new one. diffTables
// reads a hunk only where the tool's own structure holds, and keeps its
// new side:
//   - unified (`@@ -a,b +c,d @@`): the lines after the header, `+` and
//     context (` `, or empty where a retyping lost the space) counted
//     against the header's new count, `-` and context against the old;
//     both counts must come out exact, else the hunk is left as written;
//   - context (`*** a,b ****` then `--- c,d ----`): the old part is dropped,
//     the new part's `  `, `+ `, `! ` lines kept; a new part left out (only
//     deletions) means the old part without its `- ` lines;
//   - normal (`2,3c2,3`, `0a1,14`, `8d7`): the `<` lines dropped, the `>`
//     lines kept, their numbers matching the command's ranges.
//
// The kept lines, prefix cut, move up to the top of the hunk and the
// dropped ones become blank lines under them (the text keeps its line
// count; a row stays within its hunk). A `;` or bare `|` delimited run
// among them is rebuilt as TAB rows when every line splits into the same
// number (≥ 3) of cells, in a text that holds TAB tables already (in one
// without, extract's delimited-table reader takes the `;` run itself and
// would lose its other readers to a TAB). What the rows are then is the
// ordinary readers' to prove: header roles, L + P = jumlah, the sums of
// the rows equal to the total row. A diff of source code or of a config
// file gives rows no reader takes.
func diffTables(doc *facts.Document, data []byte) []byte {
	if !docMay(doc, data, "@@ -") && !docMay(doc, data, "*** ") && !docMay(doc, data, "\n> ") {
		return data
	}
	if !docHas(doc, data, "@@ -") && !docHas(doc, data, "\n*** ") && !docHas(doc, data, "\n> ") {
		return data
	}
	lines := strings.Split(string(data), "\n")
	tabs := bytes.IndexByte(data, '\t') >= 0
	normal := docHas(doc, data, "\n> ")
	changed := false
	for i := 0; i < len(lines); i++ {
		var keep []string
		var end int
		ok := false
		switch l := lines[i]; {
		case strings.HasPrefix(l, "@@ -"):
			keep, end, ok = diffUnified(lines, i)
		case strings.HasPrefix(l, "*** ") && strings.HasSuffix(strings.TrimSpace(l), "****"):
			keep, end, ok = diffContext(lines, i)
		case normal && len(l) > 0 && len(l) < 24 && l[0] >= '0' && l[0] <= '9':
			keep, end, ok = diffNormal(lines, i)
		}
		if !ok {
			continue
		}
		if tabs {
			diffDelimited(keep)
		}
		// the kept lines under the hunk's header, blanks after them
		at := i + 1
		if lines[i][0] >= '0' && lines[i][0] <= '9' {
			at = i // a normal diff's command is no line of the file
		}
		// the file names above ("--- a/x\t(revision 41)") are no table's row
		for k := max(i-4, 0); k < i; k++ {
			if l := lines[k]; strings.HasPrefix(l, "--- ") || strings.HasPrefix(l, "+++ ") || strings.HasPrefix(l, "*** ") {
				lines[k] = strings.ReplaceAll(l, "\t", " ")
			}
		}
		clear(lines[at:end])
		copy(lines[at:end], keep)
		changed = true
		i = end - 1
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// reDiffUnified is a unified hunk's header: the old and new counts.
var reDiffUnified = regexp.MustCompile(`^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@`)

// diffCount reads a hunk range's count, 1 when left out.
func diffCount(s string) int {
	if s == "" {
		return 1
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

// diffUnified reads the unified hunk whose header is lines[i]: the new
// side's lines, the line after the hunk, whether the counts hold.
func diffUnified(lines []string, i int) ([]string, int, bool) {
	m := reDiffUnified.FindStringSubmatch(lines[i])
	if m == nil {
		return nil, 0, false
	}
	old, nw := diffCount(m[1]), diffCount(m[2])
	var keep []string
	j := i + 1
	for ; j < len(lines) && (old > 0 || nw > 0); j++ {
		l := lines[j]
		switch {
		case l == "":
			old--
			nw--
			keep = append(keep, "")
		case l[0] == '\\': // "\ No newline at end of file"
		case l[0] == '+':
			nw--
			keep = append(keep, l[1:])
		case l[0] == '-':
			old--
		case l[0] == ' ':
			old--
			nw--
			keep = append(keep, l[1:])
		default:
			return nil, 0, false
		}
	}
	if old != 0 || nw != 0 {
		return nil, 0, false
	}
	for j < len(lines) && strings.HasPrefix(lines[j], "\\ ") {
		j++
	}
	return keep, j, true
}

// reDiffRange is a context diff's range, "1,4" or "5".
var reDiffRange = regexp.MustCompile(`^(\d+)(?:,(\d+))?$`)

// diffSpan is the number of lines a range "a,b" covers; -1 when it is none.
func diffSpan(r string) int {
	m := reDiffRange.FindStringSubmatch(r)
	if m == nil {
		return -1
	}
	a, _ := strconv.Atoi(m[1])
	if m[2] == "" {
		if a == 0 {
			return 0
		}
		return 1
	}
	b, _ := strconv.Atoi(m[2])
	if b < a {
		return -1
	}
	return b - a + 1
}

// diffContext reads the context hunk whose old range is lines[i]
// ("*** 1,4 ****").
func diffContext(lines []string, i int) ([]string, int, bool) {
	oldN := diffSpan(strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(lines[i]), "***"), "****")))
	if oldN < 0 {
		return nil, 0, false
	}
	var old []string
	j := i + 1
	for ; j < len(lines) && !strings.HasPrefix(lines[j], "--- "); j++ {
		l := lines[j]
		if len(l) < 2 || l[1] != ' ' || (l[0] != ' ' && l[0] != '!' && l[0] != '-') {
			return nil, 0, false
		}
		old = append(old, l)
	}
	if j == len(lines) || len(old) != 0 && len(old) != oldN {
		return nil, 0, false
	}
	nl := strings.TrimSpace(lines[j])
	if !strings.HasSuffix(nl, "----") {
		return nil, 0, false
	}
	newN := diffSpan(strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(nl, "---"), "----")))
	if newN < 0 {
		return nil, 0, false
	}
	var keep []string
	k := j + 1
	for ; k < len(lines) && len(keep) < newN; k++ {
		l := lines[k]
		if len(l) < 2 || l[1] != ' ' || (l[0] != ' ' && l[0] != '+' && l[0] != '!') {
			break
		}
		keep = append(keep, l[2:])
	}
	if len(keep) == 0 && newN > 0 {
		// only deletions: the new side is the old part without them
		for _, l := range old {
			if l[0] == ' ' {
				keep = append(keep, l[2:])
			}
		}
	}
	if len(keep) != newN {
		return nil, 0, false
	}
	return keep, k, true
}

// reDiffNormal is a normal diff's command: "2,3c2,3", "0a1,14", "8d7".
var reDiffNormal = regexp.MustCompile(`^(\d+(?:,\d+)?)([acd])(\d+(?:,\d+)?)$`)

// diffNormal reads the normal diff whose command is lines[i]: the `<`
// lines as many as the left range, for a change a "---", the `>` lines
// as many as the right range.
func diffNormal(lines []string, i int) ([]string, int, bool) {
	m := reDiffNormal.FindStringSubmatch(strings.TrimSpace(lines[i]))
	if m == nil {
		return nil, 0, false
	}
	left, right := diffSpan(m[1]), diffSpan(m[3])
	if m[2] == "a" {
		left = 0
	}
	if m[2] == "d" {
		right = 0
	}
	if left < 0 || right < 0 || left+right == 0 {
		return nil, 0, false
	}
	j := i + 1
	for n := 0; n < left; n, j = n+1, j+1 {
		if j >= len(lines) || !strings.HasPrefix(lines[j], "<") {
			return nil, 0, false
		}
	}
	if m[2] == "c" {
		if j >= len(lines) || strings.TrimSpace(lines[j]) != "---" {
			return nil, 0, false
		}
		j++
	}
	var keep []string
	for n := 0; n < right; n, j = n+1, j+1 {
		if j >= len(lines) || !strings.HasPrefix(lines[j], ">") {
			return nil, 0, false
		}
		keep = append(keep, strings.TrimPrefix(lines[j][1:], " "))
	}
	return keep, j, true
}

// diffDelimited rebuilds, in place, the runs of keep whose lines split by
// one delimiter (`;`, a bare `|`) into the same number, 3 or more, of
// cells as TAB rows. A run of fewer than 2 lines is prose.
func diffDelimited(keep []string) {
	for i := 0; i < len(keep); {
		d, n := diffCells(keep[i])
		if n < 3 {
			i++
			continue
		}
		j := i + 1
		for j < len(keep) {
			if d2, n2 := diffCells(keep[j]); d2 != d || n2 != n {
				break
			}
			j++
		}
		if j-i >= 2 {
			for k := i; k < j; k++ {
				cells := strings.Split(keep[k], string(d))
				for c := range cells {
					cells[c] = strings.TrimSpace(cells[c])
				}
				keep[k] = strings.Join(cells, "\t")
			}
		}
		i = j
	}
}

// diffCells is the delimiter a line is split by and its number of cells;
// a line framed by bars is a Markdown row, left to the pipe tables.
func diffCells(l string) (byte, int) {
	t := strings.TrimSpace(l)
	if t == "" || strings.IndexByte(t, '\t') >= 0 || strings.HasPrefix(t, "|") && strings.HasSuffix(t, "|") {
		return 0, 0
	}
	for _, d := range []byte{';', '|'} {
		if n := strings.Count(t, string(d)); n >= 2 {
			return d, n + 1
		}
	}
	return 0, 0
}

// A table sent as chat messages, a row a message: the export writes the
// sender and time before each ("[10:02] Nama: ALOK; 11; 60; …", a phone's
// "12/03/24 10.02 - Nama: …", a video meeting's "10:02:07 From X to
// Everyone:" with the message on the TAB-indented line under it).
// chatTables reads a run of three messages or more, one after another,
// whose texts all split by one delimiter into the same number (≥ 3) of
// cells, as the table they spell: the messages move to the top of the
// run, the prefixes and sender lines become blank lines under them, and
// in a text with TAB tables the cells are TAB-parted (diffDelimited). A
// chat of words (a meeting time agreed) splits into no cells.
var (
	reChatLine = regexp.MustCompile(`^(?:\[[^\]]{3,25}\]|\d{1,2}/\d{1,2}/\d{2,4},? +\d{1,2}[.:]\d{2}(?:[.:]\d{2})?(?: ?[AaPp][Mm])? +-|\d{1,2}:\d{2}(?::\d{2})?) *[^:;|\t]{1,40}: +(\S.*)$`)
	reChatHead = regexp.MustCompile(`^\d{1,2}:\d{2}(?::\d{2})? +From +.{1,60} +to +.{1,40}: *$`)
)

// chatMay: at least three lines of data open as a chat message does
// (chatMessage's tests, on the bytes): ": " is in every report, and
// splitting each into lines cost real reports 1.4 bytes per byte read.
func chatMay(data []byte) bool {
	n := 0
	return someLine(data, func(l []byte) bool {
		if len(l) < 8 || len(l) > 400 || !(l[0] == '[' || l[0] >= '0' && l[0] <= '9') {
			return false
		}
		if reChatLine.Match(l) || reChatHead.Match(l) {
			n++
		}
		return n >= 3
	})
}

// chatTables rewrites the table runs of a chat export; data when none.
func chatTables(doc *facts.Document, data []byte) []byte {
	if !docMay(doc, data, ": ") || !docHas(doc, data, ": ") || !chatMay(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	tabs := bytes.IndexByte(data, '\t') >= 0
	changed := false
	for i := 0; i < len(lines); i++ {
		var msgs []string
		d, n := byte(0), 0
		j := i
		for j < len(lines) {
			msg, next := chatMessage(lines, j)
			if next == j {
				break
			}
			d2, n2 := diffCells(msg)
			if n2 < 3 || len(msgs) > 0 && (d2 != d || n2 != n) {
				break
			}
			d, n = d2, n2
			msgs = append(msgs, msg)
			j = next
		}
		if len(msgs) < 3 {
			continue
		}
		if tabs {
			diffDelimited(msgs)
		}
		clear(lines[i:j])
		copy(lines[i:j], msgs)
		changed = true
		i = j - 1
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// chatMessage is the message lines[i] opens and the line after it; i
// itself when lines[i] opens none.
func chatMessage(lines []string, i int) (string, int) {
	l := lines[i]
	if len(l) < 8 || len(l) > 400 || !(l[0] == '[' || l[0] >= '0' && l[0] <= '9') {
		return "", i
	}
	if reChatHead.MatchString(l) && i+1 < len(lines) && strings.HasPrefix(lines[i+1], "\t") {
		return strings.TrimSpace(lines[i+1]), i + 2
	}
	if m := reChatLine.FindStringSubmatch(l); m != nil {
		return strings.TrimSpace(m[1]), i + 1
	}
	return "", i
}
