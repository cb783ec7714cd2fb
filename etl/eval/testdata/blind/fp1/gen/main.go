// Command fp1gen writes the twelve fp1/ PDFs (fpdf twins of twelve development texts) and their truth.
// Run from etl/eval/testdata/blind/fp1/gen: go mod tidy && go run .
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"
)

const blind = "../.." // etl/eval/testdata/blind, seen from fp1/gen
const outDir = ".."   // fp1/

// style is one document's own set of the users' generator's ways.
type style struct {
	src       string // devNN/<name> (without .txt)
	font      string // helvetica, times, courier (core, cp1252) or dejavu, libserif, libsans (embedded TTF)
	size      float64
	page      string // A4 or F4
	border    string // grid (CellFormat "1"), rect (thin filled rectangles), hrule (horizontal rules), none
	shade     []int  // header fill colour, nil: none
	middle    bool   // cell text vertically centred (else at the top)
	justify   bool   // prose justified ("J")
	landscape bool   // a table of 7+ columns on a landscape page
	cellProse bool   // prose written with Write (flowing) instead of MultiCell
}

var docs = []style{
	{src: "dev45/lkj-sumba-barat-2024", font: "helvetica", size: 10, page: "A4", border: "grid", shade: []int{220, 220, 220}},
	{src: "dev46/lkj-ende-2019", font: "dejavu", size: 9.5, page: "F4", border: "rect", shade: []int{210, 225, 245}, middle: true, justify: true},
	{src: "dev47/lkj-sikka-2020", font: "times", size: 11, page: "F4", border: "hrule", justify: true},
	{src: "dev48/lkj-kota-kupang-2019", font: "libserif", size: 11, page: "A4", border: "grid", shade: []int{235, 235, 235}, middle: true},
	{src: "dev49/lkj-timor-tengah-utara-2021", font: "helvetica", size: 9, page: "A4", border: "rect", shade: []int{225, 240, 225}, landscape: true},
	{src: "dev50/lkj-kupang-2022", font: "libsans", size: 10, page: "F4", border: "grid", justify: true, cellProse: true},
	{src: "dev51/lkj-manggarai-2021", font: "times", size: 12, page: "A4", border: "none", justify: true},
	{src: "dev52/lkj-sabu-raijua-2023", font: "dejavu", size: 9, page: "A4", border: "grid", shade: []int{200, 200, 200}, middle: true},
	{src: "dev53/lkj-timor-tengah-selatan-2024", font: "helvetica", size: 10, page: "F4", border: "grid", shade: []int{255, 242, 204}, justify: true},
	{src: "dev54/lkj-alor-2023", font: "libserif", size: 11, page: "A4", border: "hrule", landscape: true, cellProse: true},
	{src: "dev56/lkj-manggarai-timur-2022", font: "courier", size: 9, page: "A4", border: "rect", shade: []int{230, 230, 230}},
	{src: "dev58/lkj-nagekeo-2020", font: "dejavu", size: 9, page: "F4", border: "grid", shade: []int{220, 230, 240}, middle: true, justify: true},
}

type block struct {
	kind  string     // para, table, brk (hard page break), cover
	lines []string   // para: logical lines; cover: cover lines
	bold  []bool     // per logical line
	head  [][]string // table header rows (1 or 2)
	rows  [][]string // table body rows
}

var fixed = time.Date(2025, 1, 30, 8, 0, 0, 0, time.UTC)

func main() {
	if err := os.MkdirAll(filepath.Join(outDir, "truth"), 0o755); err != nil {
		panic(err)
	}
	for _, d := range docs {
		if err := build(d); err != nil {
			fmt.Fprintln(os.Stderr, d.src, err)
			os.Exit(1)
		}
	}
}

var digitRun = regexp.MustCompile(`\d+`)

// furniture finds the running foot (last line of a page with the page number) and the running head.
func furniture(pages [][]string) (foot string, footPos int, footOff int, head string, coverFoot bool) {
	type occ struct{ page, line int }
	keys := map[string][]occ{}
	for i, pg := range pages {
		for j := len(pg) - 1; j >= 0; j-- {
			if strings.TrimSpace(pg[j]) != "" {
				k := digitRun.ReplaceAllStringFunc(pg[j], func(s string) string {
					if len(s) <= 3 {
						return "#"
					}
					return s
				})
				keys[k] = append(keys[k], occ{i, j})
				break
			}
		}
	}
	best := ""
	for k, v := range keys {
		if strings.Contains(k, "#") && len(v) > len(keys[best]) || (len(v) == len(keys[best]) && k < best && strings.Contains(k, "#")) {
			best = k
		}
	}
	if len(keys[best]) >= len(pages)/2 && best != "" {
		occs := keys[best]
		// which short run varies: the page number; a constant run equal to the page count: the total
		runs := func(o occ) []string {
			var r []string
			for _, s := range digitRun.FindAllString(pages[o.page][o.line], -1) {
				if len(s) <= 3 {
					r = append(r, s)
				}
			}
			return r
		}
		first := runs(occs[0])
		last := runs(occs[len(occs)-1])
		footPos = -1
		for k := range first {
			if first[k] != last[k] {
				footPos = k
			}
		}
		if footPos >= 0 {
			n, _ := strconv.Atoi(first[footPos])
			footOff = n - (occs[0].page + 1)
			coverFoot = occs[0].page == 0
			// template: page number as %P, total as %N
			k := 0
			foot = digitRun.ReplaceAllStringFunc(pages[occs[0].page][occs[0].line], func(s string) string {
				if len(s) > 3 {
					return s
				}
				defer func() { k++ }()
				if k == footPos {
					return "%P"
				}
				if s == strconv.Itoa(len(pages)) || s == strconv.Itoa(len(pages)+footOff) {
					return "%N"
				}
				return s
			})
			for _, o := range occs {
				pages[o.page][o.line] = "\x00"
			}
		}
	}
	// running head: a first line repeated on two or more pages
	cnt := map[string]int{}
	for _, pg := range pages {
		for _, l := range pg {
			if strings.TrimSpace(l) != "" && l != "\x00" {
				cnt[l]++
				break
			}
		}
	}
	for l, n := range cnt {
		if n >= 2 && !strings.HasPrefix(l, "BAB") && !strings.Contains(strings.ToLower(l), "lanjutan") && !strings.Contains(l, "\t") {
			if head == "" || l < head {
				head = l
			}
		}
	}
	if head != "" {
		for _, pg := range pages {
			for j, l := range pg {
				if strings.TrimSpace(l) != "" && l != "\x00" {
					if l == head {
						pg[j] = "\x00"
					}
					break
				}
			}
		}
	}
	return
}

var listItem = regexp.MustCompile(`^([a-z0-9]{1,2}[.)]|-|\*|•)\s`)
var headingRe = regexp.MustCompile(`^(BAB\b|[A-H]\.\s|[IVX]+\.\s|KATA PENGANTAR|DAFTAR|RINGKASAN|IKHTISAR)`)
var captionRe = regexp.MustCompile(`^(\(?\[?(Tabel|TABEL|Tab\.|Tbl|Daftar|Tab))`)

func isHeaderCont(r []string) bool {
	if len(r) == 0 || r[0] != "" {
		return false
	}
	any := false
	for _, c := range r[1:] {
		if c == "" {
			continue
		}
		any = true
		if strings.ContainsAny(c, "0123456789") && !strings.HasPrefix(c, "(") {
			return false
		}
		if !strings.HasPrefix(c, "(") {
			return false
		}
	}
	return any
}

func eqRow(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// parse turns the text (pages split at form feeds) into blocks.
func parse(text string) (blocks []block, foot string, footPos, footOff int, head string, dropped []string, coverFoot bool) {
	raw := strings.Split(strings.TrimRight(text, "\n"), "\f")
	var pages [][]string
	for _, p := range raw {
		p = strings.TrimPrefix(p, "\n")
		pages = append(pages, strings.Split(strings.TrimRight(p, "\n"), "\n"))
	}
	foot, footPos, footOff, head, coverFoot = furniture(pages)
	// cover
	var cover []string
	for _, l := range pages[0] {
		if strings.TrimSpace(l) != "" && l != "\x00" {
			cover = append(cover, strings.TrimSpace(l))
		}
	}
	blocks = append(blocks, block{kind: "cover", lines: cover})
	var lastTable = -1
	for pi := 1; pi < len(pages); pi++ {
		pg := pages[pi]
		firstLine := ""
		for _, l := range pg {
			if strings.TrimSpace(l) != "" && l != "\x00" {
				firstLine = l
				break
			}
		}
		if pi == 1 || strings.HasPrefix(firstLine, "BAB") || strings.HasPrefix(firstLine, "KATA PENGANTAR") || strings.HasPrefix(firstLine, "DAFTAR") {
			blocks = append(blocks, block{kind: "brk"})
			lastTable = -1
		}
		var group []string
		flush := func() {
			if len(group) == 0 {
				return
			}
			b := block{kind: "para"}
			cur := group[0]
			for _, l := range group[1:] {
				if len(cur) >= 60 && !listItem.MatchString(l) && !captionRe.MatchString(l) {
					if strings.HasSuffix(cur, "-") && l != "" && strings.ToLower(l[:1]) == l[:1] {
						cur += l
					} else {
						cur += " " + l
					}
				} else {
					b.lines = append(b.lines, cur)
					cur = l
				}
			}
			b.lines = append(b.lines, cur)
			for _, l := range b.lines {
				bold := len(l) < 90 && (headingRe.MatchString(l) || (strings.ToUpper(l) == l && strings.ContainsAny(l, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") && len(group) <= 2) || (captionRe.MatchString(l) && len(b.lines) == 1))
				b.bold = append(b.bold, bold)
			}
			blocks = append(blocks, b)
			group = nil
		}
		for i := 0; i < len(pg); i++ {
			l := pg[i]
			if l == "\x00" {
				continue
			}
			if strings.Contains(l, "\t") {
				flush()
				var rows [][]string
				for ; i < len(pg) && strings.Contains(pg[i], "\t"); i++ {
					rows = append(rows, strings.Split(pg[i], "\t"))
				}
				i--
				hd := [][]string{rows[0]}
				rows = rows[1:]
				for len(rows) > 0 && isHeaderCont(rows[0]) {
					hd = append(hd, rows[0])
					rows = rows[1:]
				}
				// a continuation of the previous table: same header, nothing but a "Lanjutan" line between
				if lastTable >= 0 && eqRow(blocks[lastTable].head[0], hd[0]) && len(blocks[lastTable].head) == len(hd) {
					between := blocks[lastTable+1:]
					ok := true
					var drop []string
					for _, b := range between {
						if b.kind == "para" && len(b.lines) == 1 && strings.Contains(strings.ToLower(b.lines[0]), "lanjut") {
							drop = append(drop, b.lines[0])
						} else {
							ok = false
						}
					}
					if ok {
						dropped = append(dropped, drop...)
						blocks = blocks[:lastTable+1]
						blocks[lastTable].rows = append(blocks[lastTable].rows, rows...)
						continue
					}
				}
				blocks = append(blocks, block{kind: "table", head: hd, rows: rows})
				lastTable = len(blocks) - 1
				continue
			}
			if strings.TrimSpace(l) == "" {
				flush()
				continue
			}
			group = append(group, strings.TrimRight(l, " "))
		}
		flush()
	}
	return
}

type doc struct {
	st   style
	pdf  *fpdf.Fpdf
	fam  string
	lh   float64
	wide bool
}

func (d *doc) setFont(bold bool, size float64) {
	s := ""
	if bold {
		s = "B"
	}
	d.pdf.SetFont(d.fam, s, size)
}

func (d *doc) wrap(txt string, w float64) []string {
	words := strings.Fields(txt)
	if len(words) == 0 {
		return []string{""}
	}
	var out []string
	cur := words[0]
	for _, wd := range words[1:] {
		if d.pdf.GetStringWidth(cur+" "+wd) <= w {
			cur += " " + wd
		} else {
			out = append(out, cur)
			cur = wd
		}
	}
	return append(out, cur)
}

var numRe = regexp.MustCompile(`^(Rp\.? ?)?[-+]?[\d.,]+ ?%?$`)

func isNum(s string) bool { return numRe.MatchString(s) && strings.ContainsAny(s, "0123456789") }

func build(st style) error {
	srcb, err := os.ReadFile(filepath.Join(blind, st.src+".txt"))
	if err != nil {
		return err
	}
	blocks, foot, _, footOff, head, dropped, coverFoot := parse(string(srcb))
	name := filepath.Base(st.src)
	size := fpdf.SizeType{Wd: 210, Ht: 297}
	if st.page == "F4" {
		size = fpdf.SizeType{Wd: 215, Ht: 330}
	}
	pdf := fpdf.NewCustom(&fpdf.InitType{OrientationStr: "P", UnitStr: "mm", Size: size})
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(fixed)
	pdf.SetModificationDate(fixed)
	pdf.SetCreator("lkj test generator (fpdf)", false)
	pdf.SetTitle(name, true)
	pdf.SetMargins(25, 20, 20)
	pdf.SetAutoPageBreak(true, 22)
	pdf.AliasNbPages("{nb}")
	d := &doc{st: st, pdf: pdf}
	switch st.font {
	case "helvetica", "times", "courier":
		d.fam = st.font
	case "dejavu":
		d.fam = "DejaVu"
		addTTF(pdf, "DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
		addTTF(pdf, "DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
	case "libserif":
		d.fam = "LibSerif"
		addTTF(pdf, "LibSerif", "", "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf")
		addTTF(pdf, "LibSerif", "B", "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf")
	case "libsans":
		d.fam = "LibSans"
		addTTF(pdf, "LibSans", "", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")
		addTTF(pdf, "LibSans", "B", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf")
	}
	d.lh = st.size * 0.5
	pdf.SetHeaderFunc(func() {
		if head == "" || pdf.PageNo() == 1 {
			return
		}
		pdf.SetY(10)
		d.setFont(false, st.size-1.5)
		pdf.CellFormat(0, 5, head, "B", 1, "R", false, 0, "")
		pdf.SetY(20)
	})
	pdf.SetFooterFunc(func() {
		if foot == "" || (pdf.PageNo() == 1 && !coverFoot) {
			return
		}
		pdf.SetY(-15)
		d.setFont(false, st.size-1.5)
		t := strings.ReplaceAll(foot, "%P", strconv.Itoa(pdf.PageNo()+footOff))
		t = strings.ReplaceAll(t, "%N", "{nb}")
		pdf.CellFormat(0, 5, t, "", 0, "C", false, 0, "")
	})
	landAt := map[int]bool{}
	keep := map[int]bool{}
	for bi, b := range blocks {
		if b.kind != "table" || bi == 0 {
			continue
		}
		p := blocks[bi-1]
		if p.kind == "para" && captionRe.MatchString(p.lines[len(p.lines)-1]) {
			keep[bi-1] = true
			if st.landscape && len(b.head[0]) >= 7 {
				landAt[bi-1] = true
			}
		} else if st.landscape && len(b.head[0]) >= 7 {
			landAt[bi] = true
		}
	}
	for bi, b := range blocks {
		if landAt[bi] && !d.wide {
			pdf.AddPageFormat("L", size)
			d.wide = true
		} else if _, ph := pdf.GetPageSize(); keep[bi] && pdf.GetY()+45 > ph-22 {
			pdf.AddPage()
		}
		switch b.kind {
		case "cover":
			pdf.AddPage()
			pdf.SetY(80)
			for i, l := range b.lines {
				sz := st.size + 8
				if i > 0 {
					sz = st.size + 5
				}
				d.setFont(true, sz)
				pdf.MultiCell(0, sz*0.55, l, "", "C", false)
				pdf.Ln(6)
			}
		case "brk":
			if d.wide {
				d.ensurePortrait()
			} else {
				pdf.AddPage()
			}
		case "para":
			if d.wide && !landAt[bi] && !(len(b.lines) == 1 && len(b.lines[0]) < 110) {
				d.ensurePortrait()
			}
			for i, l := range b.lines {
				d.setFont(b.bold[i], st.size)
				align := "L"
				if st.justify && len(l) > 90 {
					align = "J"
				}
				if listItem.MatchString(l) {
					m := listItem.FindString(l)
					pdf.Cell(8, d.lh+0.5, strings.TrimSpace(m))
					x := pdf.GetX()
					pdf.SetLeftMargin(x)
					pdf.MultiCell(0, d.lh+0.5, l[len(m):], "", align, false)
					pdf.SetLeftMargin(25)
					continue
				}
				if st.cellProse && !b.bold[i] {
					pdf.Write(d.lh+0.5, l)
					pdf.Ln(-1)
				} else {
					pdf.MultiCell(0, d.lh+0.5, l, "", align, false)
				}
			}
			pdf.Ln(d.lh * 0.6)
		case "table":
			d.table(b)
			pdf.Ln(d.lh * 0.6)
		}
	}
	pdf.SetCompression(true)
	out := filepath.Join(outDir, name+".pdf")
	if err := pdf.OutputFileAndClose(out); err != nil {
		return err
	}
	// truth: the text twin's, path and format changed
	tb, err := os.ReadFile(filepath.Join(blind, filepath.Dir(st.src), "truth", name+".json"))
	if err != nil {
		return err
	}
	t := string(tb)
	pOld := fmt.Sprintf(`"path": "%s.txt"`, st.src)
	if !strings.Contains(t, pOld) {
		return fmt.Errorf("truth path %s not found", pOld)
	}
	t = strings.Replace(t, pOld, fmt.Sprintf(`"path": "fp1/%s.pdf"`, name), 1)
	t = strings.Replace(t, `"format": "txt"`, `"format": "pdf"`, 1)
	if err := os.WriteFile(filepath.Join(outDir, "truth", name+".json"), []byte(t), 0o644); err != nil {
		return err
	}
	fmt.Printf("%s: %d pages; head %q; foot %q (on cover: %v); dropped %q\n", name, pdf.PageNo(), head, foot, coverFoot, dropped)
	return nil
}

func (d *doc) ensurePortrait() {
	if d.wide {
		d.wide = false
		d.pdf.AddPageFormat("P", d.pageSize())
	}
}

func (d *doc) table(b block) {
	pdf := d.pdf
	st := d.st
	ncol := len(b.head[0])
	for _, r := range append(append([][]string{}, b.head...), b.rows...) {
		if len(r) > ncol {
			ncol = len(r)
		}
	}
	cell := func(r []string, j int) string {
		if j < len(r) {
			return r[j]
		}
		return ""
	}
	pw, _ := pdf.GetPageSize()
	lm, _, rm, _ := pdf.GetMargins()
	avail := pw - lm - rm
	fs := st.size - 0.5
	pad := 1.5
	var w []float64
	for {
		nat := make([]float64, ncol)
		minw := make([]float64, ncol)
		numeric := make([]bool, ncol)
		for j := 0; j < ncol; j++ {
			nn, tot := 0, 0
			d.setFont(true, fs)
			for _, r := range b.head {
				for _, wd := range strings.Fields(cell(r, j)) {
					if x := pdf.GetStringWidth(wd) + 2*pad; x > minw[j] {
						minw[j] = x
					}
				}
				if x := pdf.GetStringWidth(cell(r, j)) + 2*pad + 1; x > nat[j] {
					nat[j] = x
				}
			}
			d.setFont(true, fs)
			for _, r := range b.rows {
				c := cell(r, j)
				if c != "" {
					tot++
					if isNum(c) || len(c) <= 12 {
						nn++
					}
				}
				if x := pdf.GetStringWidth(c) + 2*pad + 1; x > nat[j] {
					nat[j] = x
				}
				for _, wd := range strings.Fields(c) {
					if x := pdf.GetStringWidth(wd) + 2*pad; x > minw[j] {
						minw[j] = x
					}
				}
			}
			numeric[j] = nn == tot
		}
		w = make([]float64, ncol)
		sum := 0.0
		for j := range nat {
			sum += nat[j]
		}
		if sum <= avail {
			copy(w, nat)
			big := 0
			for j := range nat {
				if !numeric[j] && nat[j] > nat[big] || numeric[big] && !numeric[j] {
					big = j
				}
			}
			w[big] += avail - sum
			break
		}
		fixedW, textNat := 0.0, 0.0
		for j := range nat {
			if numeric[j] {
				w[j] = nat[j]
				fixedW += nat[j]
			} else {
				textNat += nat[j]
			}
		}
		if fixedW > avail*0.7 { // let numeric headers wrap
			fixedW = 0
			for j := range nat {
				if numeric[j] {
					bodyMax := 0.0
					d.setFont(true, fs)
					for _, r := range b.rows {
						if x := pdf.GetStringWidth(cell(r, j)) + 2*pad + 1; x > bodyMax {
							bodyMax = x
						}
					}
					w[j] = max(bodyMax, minw[j])
					fixedW += w[j]
				}
			}
		}
		rest := avail - fixedW
		ok := true
		for j := range nat {
			if !numeric[j] {
				w[j] = rest * nat[j] / textNat
				if w[j] < minw[j] {
					ok = false
				}
			}
		}
		if ok && rest > 0 || fs <= 6.5 {
			break
		}
		fs -= 0.5
	}
	lh := fs * 0.45
	pad = 1.5
	vpad := 1.2
	_, ph := pdf.GetPageSize()
	_, _, _, bm := pdf.GetMargins()
	_ = bm
	limit := ph - 22
	numCol := make([]bool, ncol)
	for j := 0; j < ncol; j++ {
		n, t := 0, 0
		for _, r := range b.rows {
			if c := cell(r, j); c != "" {
				t++
				if isNum(c) || c == "-" {
					n++
				}
			}
		}
		numCol[j] = t > 0 && n == t
	}
	hline := func(x, y, wd float64) {
		if st.border == "rect" {
			pdf.Rect(x, y-0.1, wd, 0.2, "F")
		} else {
			pdf.Line(x, y, x+wd, y)
		}
	}
	vline := func(x, y, h float64) {
		pdf.Rect(x-0.1, y, 0.2, h, "F")
	}
	x0 := lm
	totalW := 0.0
	for _, v := range w {
		totalW += v
	}
	// draws one cell's box and text
	drawCell := func(x, y, cw, ch float64, txt string, bold, fill bool, align string) {
		d.setFont(bold, fs)
		lines := d.wrap(txt, cw-2*pad)
		if st.border == "grid" {
			pdf.SetXY(x, y)
			pdf.CellFormat(cw, ch, "", "1", 0, "", fill, 0, "")
		} else if fill {
			pdf.Rect(x, y, cw, ch, "F")
		}
		if st.border == "rect" {
			pdf.SetFillColor(0, 0, 0)
			hline(x, y, cw)
			hline(x, y+ch, cw)
			vline(x, y, ch)
			vline(x+cw, y, ch)
			d.setFill()
		}
		ty := y + vpad
		if st.middle {
			ty = y + (ch-float64(len(lines))*lh)/2
		}
		for _, l := range lines {
			pdf.SetXY(x+pad, ty)
			pdf.CellFormat(cw-2*pad, lh, l, "", 0, align, false, 0, "")
			ty += lh
		}
	}
	nlines := func(txt string, cw float64, bold bool) int {
		d.setFont(bold, fs)
		return len(d.wrap(txt, cw-2*pad))
	}
	drawHead := func() {
		y := pdf.GetY()
		fill := st.shade != nil
		d.setFill()
		if len(b.head) == 1 {
			n := 1
			for j := 0; j < ncol; j++ {
				n = max(n, nlines(cell(b.head[0], j), w[j], true))
			}
			h := float64(n)*lh + 2*vpad
			x := x0
			for j := 0; j < ncol; j++ {
				drawCell(x, y, w[j], h, cell(b.head[0], j), true, fill, "C")
				x += w[j]
			}
			pdf.SetY(y + h)
		} else {
			n1, n2, nm := 1, 1, 1
			for j := 0; j < ncol; j++ {
				if cell(b.head[1], j) == "" {
					nm = max(nm, nlines(cell(b.head[0], j), w[j], true))
				} else {
					n1 = max(n1, nlines(cell(b.head[0], j), w[j], true))
					n2 = max(n2, nlines(cell(b.head[1], j), w[j], true))
				}
			}
			h1 := float64(n1)*lh + 2*vpad
			h2 := float64(n2)*lh + 2*vpad
			if hm := float64(nm)*lh + 2*vpad; hm > h1+h2 {
				h1 = hm - h2
			}
			x := x0
			for j := 0; j < ncol; j++ {
				if cell(b.head[1], j) == "" { // title spanning the two header rows
					drawCell(x, y, w[j], h1+h2, cell(b.head[0], j), true, fill, "C")
				} else {
					drawCell(x, y, w[j], h1, cell(b.head[0], j), true, fill, "C")
					drawCell(x, y+h1, w[j], h2, cell(b.head[1], j), true, fill, "C")
				}
				x += w[j]
			}
			pdf.SetY(y + h1 + h2)
		}
		if st.border == "hrule" {
			pdf.SetLineWidth(0.3)
			hline(x0, y, totalW)
			hline(x0, pdf.GetY(), totalW)
			pdf.SetLineWidth(0.2)
		}
	}
	pdf.SetAutoPageBreak(false, 22)
	defer pdf.SetAutoPageBreak(true, 22)
	pdf.SetLineWidth(0.2)
	// header plus first row must fit
	if pdf.GetY()+30 > limit {
		pdf.AddPage()
	}
	drawHead()
	for _, r := range b.rows {
		n := 1
		for j := 0; j < ncol; j++ {
			n = max(n, nlines(cell(r, j), w[j], false))
		}
		h := float64(n)*lh + 2*vpad
		if pdf.GetY()+h > limit {
			if st.border == "hrule" {
				hline(x0, pdf.GetY(), totalW)
			}
			if d.wide {
				pdf.AddPageFormat("L", d.pageSize())
			} else {
				pdf.AddPage()
			}
			drawHead()
		}
		y := pdf.GetY()
		x := x0
		total := strings.Contains(strings.ToUpper(strings.Join(r, " ")), "JUMLAH") || strings.Contains(strings.ToUpper(strings.Join(r, " ")), "TOTAL") || strings.Contains(strings.ToUpper(strings.Join(r, " ")), "NILAI AKHIR")
		for j := 0; j < ncol; j++ {
			al := "L"
			if numCol[j] {
				al = "R"
				if j == 0 {
					al = "C"
				}
			}
			drawCell(x, y, w[j], h, cell(r, j), total, false, al)
			x += w[j]
		}
		pdf.SetY(y + h)
	}
	if st.border == "hrule" {
		pdf.SetLineWidth(0.3)
		hline(x0, pdf.GetY(), totalW)
		pdf.SetLineWidth(0.2)
	}
	pdf.SetX(lm)
}

func (d *doc) setFill() {
	if d.st.shade != nil {
		d.pdf.SetFillColor(d.st.shade[0], d.st.shade[1], d.st.shade[2])
	} else {
		d.pdf.SetFillColor(255, 255, 255)
	}
}

func (d *doc) pageSize() fpdf.SizeType {
	if d.st.page == "F4" {
		return fpdf.SizeType{Wd: 215, Ht: 330}
	}
	return fpdf.SizeType{Wd: 210, Ht: 297}
}

func addTTF(pdf *fpdf.Fpdf, fam, style, file string) {
	b, err := os.ReadFile(file)
	if err != nil {
		panic(err)
	}
	pdf.AddUTF8FontFromBytes(fam, style, b)
}
