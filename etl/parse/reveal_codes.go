package parse

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
)

// A table whose layout is written as a word processor's inline codes,
// typed again from the screen that shows them:
//
//	[Open Style:InitialCodes][Font:Courier 10cpi][Tab Set:Rel; +2.4",+3.2"][HRt]
//	[Bold On]KECAMATAN[Tab]TPS[Tab]L[Tab]P[Tab]JUMLAH[Bold Off][HRt]
//	MIOMAFFO BARAT[Tab]28[Tab]3.367[Tab]3.381[Tab]6.748[HRt]
//
// (WordPerfect's Reveal Codes), `NAMA^I12^I3.210^I…` with `^B`/`^S` marks
// and `.PL 66` dot commands (WordStar), or a run of a Word text pasted with
// its formatting marks shown (`→` a TAB, `¶` a paragraph's end, `·` a
// space) inside an otherwise plain text (extract.FormatMarks reads a text
// wholly so marked). No real TAB stands between the cells, so no reader
// sees a table. revealCodes rewrites such a run into the plain TAB table
// the ordinary readers know, whatever family it carries: codes that mean a
// tab become a TAB, codes that end a line end it, style codes are dropped.
// It proves nothing itself; the table readers' own proofs (L + P = total,
// sums = the total row, pagu − realisasi = sisa) decide what loads.
//
// Only the run made of codes is touched: a line with two tab codes or
// more, or the lines of a paragraph (a block of non-blank lines) most of
// whose lines (two at least) close with a line code; beside them a line
// of codes alone ([Tbl Def:…]) and a WordStar dot command become blank. A key explaining the
// codes in prose ("[Tab] = pindah kolom") is neither and stays. A letter
// dumped with its codes becomes the plain letter: no figures, no facts.

// revealCodes rewrites every run of word-processor codes in text.
func revealCodes(doc *facts.Document, text []byte) []byte {
	if !docHasAny(doc, text, "Tab]", "TAB]", "HRt]", "HRT]", "SRt]", "Cell]", "^I", "¶", "↵") {
		return text
	}
	lines := strings.Split(string(text), "\n")
	marked := make([]bool, len(lines)) // the line closes with a line code
	for i, l := range lines {
		marked[i] = revealLineEnd(l)
	}
	changed := false
	for start := 0; start < len(lines); {
		if strings.TrimSpace(lines[start]) == "" {
			start++
			continue
		}
		end := start
		n, m := 0, 0
		for end < len(lines) && strings.TrimSpace(lines[end]) != "" {
			n++
			if marked[end] {
				m++
			}
			end++
		}
		block := m >= 2 && 2*m > n
		star := false // a WordStar block: its dot commands are no text
		for i := start; i < end; i++ {
			if strings.Count(lines[i], "^I") >= 2 {
				star = true
			}
		}
		run := make([]bool, end-start) // the lines this block rewrites
		some := false
		for i := start; i < end; i++ {
			run[i-start] = revealTabs(lines[i]) >= 2 || block && marked[i]
			some = some || run[i-start]
		}
		for i := start; i < end; i++ {
			l := lines[i]
			var out string
			switch {
			case star && reStarDot.MatchString(l):
				out = ""
			case run[i-start]:
				out = revealLine(l)
			case some && revealOnlyCodes(l):
				out = "" // [Tbl Def:…], [Tbl Off] beside the rows: no text
			default:
				continue
			}
			if out != l {
				lines[i], changed = out, true
			}
		}
		start = end
	}
	if !changed {
		return text
	}
	return []byte(strings.Join(lines, "\n"))
}

// reRevealCode is one bracketed code: a name of letters (and spaces, dots,
// hyphens) and an optional ':' argument, as WordPerfect shows them.
var reRevealCode = regexp.MustCompile(`\[([A-Za-z][A-Za-z0-9 .\-]{0,24})(:[^\[\]\n]{0,120})?\]`)

// reStarCode is a WordStar control mark typed as caret and letter: ^I a
// TAB, the others print controls (bold, underline, italic…), ^P their
// prefix, ^M/^J a line's end.
var reStarCode = regexp.MustCompile(`\^P?[A-Z]`)

// reStarDot is a WordStar dot command line (.PL 66, .MT 3, .OP).
var reStarDot = regexp.MustCompile(`^\.[A-Za-z]{2}(\s.*)?$`)

// revealKind sorts a code's name: 't' a tab (a cell's end), 'n' a line's
// end, 'i' an indent or flush-right (a column's start once text stands
// before it), 0 a style code.
func revealKind(name string) byte {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "tab", "left tab", "lft tab", "dec tab", "rgt tab", "right tab", "ctr tab", "cntr tab", "center tab",
		"hd tab", "hd left tab", "hd lft tab", "hd dec tab", "hd rgt tab", "hd right tab", "hd ctr tab", "hd cntr tab", "hd center tab",
		"cell":
		return 't'
	case "hrt", "srt", "hpg", "spg", "hrt-spg", "srt-spg", "dsrt", "dorm hrt", "hard return", "soft return", "hard page", "row":
		return 'n'
	case "indent", "lft indent", "left indent", "flsh rgt", "flush right":
		return 'i'
	}
	return 0
}

// revealTabs counts the tab codes of a line: bracketed ones, WordStar's ^I,
// and Word's '→' when the line shows its spaces or paragraph mark too (an
// arrow alone is a flow's arrow, no tab).
func revealTabs(l string) int {
	n := strings.Count(l, "^I")
	if strings.Contains(l, "·") || strings.HasSuffix(strings.TrimSpace(l), "¶") {
		n += strings.Count(l, "→")
	}
	if strings.IndexByte(l, '[') < 0 {
		return n
	}
	for _, ix := range reRevealCode.FindAllStringSubmatchIndex(l, -1) {
		if ix[4] < 0 && revealKind(l[ix[2]:ix[3]]) == 't' && !revealMention(l[ix[1]:]) {
			n++
		}
	}
	return n
}

// revealMention: the code just read is named, not used: a key explaining
// it follows ("[Tab] = pindah kolom", "[Dec Tab]: tab desimal").
func revealMention(after string) bool {
	after = strings.TrimLeft(after, " ")
	return strings.HasPrefix(after, "=") || strings.HasPrefix(after, ":") || strings.HasPrefix(after, "adalah ")
}

// revealLineEnd: the line closes with a line code ([HRt], WordStar's ^M,
// Word's ¶ or ↵).
func revealLineEnd(l string) bool {
	l = strings.TrimRight(l, " \t\r")
	if strings.HasSuffix(l, "¶") || strings.HasSuffix(l, "↵") || strings.HasSuffix(l, "^M") || strings.HasSuffix(l, "^J") {
		return true
	}
	if !strings.HasSuffix(l, "]") {
		return false
	}
	k := strings.LastIndexByte(l, '[')
	if k < 0 {
		return false
	}
	m := reRevealCode.FindStringSubmatch(l[k:])
	return m != nil && len(m[0]) == len(l)-k && revealKind(m[1]) == 'n'
}

// revealOnlyCodes: the line holds bracketed codes and nothing else.
func revealOnlyCodes(l string) bool {
	return strings.HasPrefix(strings.TrimSpace(l), "[") && strings.TrimSpace(reRevealCode.ReplaceAllString(l, "")) == ""
}

// revealLine rewrites one line of codes as the text they lay out. A line
// code inside the line ends a line there, so a row dumped on one line with
// several [HRt] comes back one row a line.
func revealLine(l string) string {
	cr := ""
	if strings.HasSuffix(l, "\r") {
		l, cr = l[:len(l)-1], "\r"
	}
	if strings.ContainsAny(l, "¶↵¤→·") {
		l = extract.UnmarkLine(l)
	}
	if strings.Contains(l, "^") {
		l = reStarCode.ReplaceAllStringFunc(l, func(c string) string {
			if c == "^I" {
				return "\t"
			}
			return "" // print controls and ^M/^J, the line's end
		})
	}
	if strings.IndexByte(l, '[') >= 0 {
		var b strings.Builder
		last, cells := 0, false // cells: text stands on this output line already
		for _, ix := range reRevealCode.FindAllStringSubmatchIndex(l, -1) {
			before := l[last:ix[0]]
			b.WriteString(before)
			if strings.TrimSpace(before) != "" {
				cells = true
			}
			last = ix[1]
			if ix[4] >= 0 && revealKind(l[ix[2]:ix[3]]) != 0 {
				continue // "[Tab Set:…]": an argument makes it a style code
			}
			switch revealKind(l[ix[2]:ix[3]]) {
			case 't':
				if !cells && strings.EqualFold(l[ix[2]:ix[3]], "cell") {
					continue // a row's first [Cell] opens it, no cell ends
				}
				b.WriteByte('\t')
			case 'n':
				if cells && strings.TrimSpace(reRevealCode.ReplaceAllString(l[ix[1]:], "")) != "" {
					b.WriteByte('\n')
					cells = false
				}
			case 'i':
				if cells {
					b.WriteByte('\t')
				}
			}
		}
		b.WriteString(l[last:])
		l = b.String()
	}
	return strings.TrimRight(l, " ") + cr
}
