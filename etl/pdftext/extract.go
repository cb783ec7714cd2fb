package pdftext

import (
	"fmt"
	"math"
	"unicode"

	"github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/enums"
	"github.com/klippa-app/go-pdfium/references"
	"github.com/klippa-app/go-pdfium/requests"
	"github.com/klippa-app/go-pdfium/responses"
	"github.com/klippa-app/go-pdfium/structs"
)

// glyph is one character in display space: origin top-left, y down, the
// page's /Rotate applied.
type glyph struct {
	r              rune
	x0, x1         float64
	base           float64 // line position: the middle of the loose box
	size           float64 // font size in points
	hs             float64 // horizontal scale (Tz) it is drawn at, 1 when none (hscale.go); 0 read as 1
	space          bool
	ocr            bool
	top, bottom    float64 // the loose box: ascent to descent
	confidence     float64 // tesseract word confidence (OCR only)
	wordBreakAfter bool    // OCR words arrive whole
	newObj         bool    // starts another text object than the glyph before it
	overObj        bool    // drawn back over the last glyph drawn on its line, from another text object (crowded.go)
	generated      bool    // a space PDFium made up from a gap, none drawn (words.go lineTracking)
	text           string  // a whole OCR word, when set (r is unused)
}

// rule is a horizontal or vertical ruling line in display space.
type rule struct {
	x0, y0, x1, y1 float64 // x0<=x1, y0<=y1; horizontal when y0==y1 (about)
}

func (r rule) horizontal() bool { return r.y1-r.y0 < r.x1-r.x0 }

// textCount is the number of non-space characters on the page.
func (p *pageData) textCount() int {
	n := 0
	for _, g := range p.glyphs {
		if !g.space {
			n++
		}
	}
	return n
}

// scanned reports a page with almost no text under a large image: a
// scanned page without a text layer.
func (p *pageData) scanned() bool {
	return p.textCount() < 20 && p.imageShare >= 0.3
}

// pageData is what the layout step needs from one page.
type pageData struct {
	rot        int
	n          int // 1-based
	w, h       float64
	glyphs     []glyph
	rules      []rule
	strips     []area        // tall filled strips at a page edge: a sidebar's ground (sidebar.go)
	fills      []area        // short wide filled bands: a table header's ground (fillband.go)
	imageShare float64       // share of the page area covered by images
	unmapped   int           // characters PDFium could not map to Unicode
	turned     []turnedGlyph // characters set a quarter turn off the reading direction: a header band's headings, maybe (rotated_head.go)
}

// matrix is a PDF affine matrix [a b c d e f].
type matrix struct{ a, b, c, d, e, f float64 }

var identity = matrix{1, 0, 0, 1, 0, 0}

func fromFS(m structs.FPDF_FS_MATRIX) matrix {
	return matrix{float64(m.A), float64(m.B), float64(m.C), float64(m.D), float64(m.E), float64(m.F)}
}

func (m matrix) apply(x, y float64) (float64, float64) {
	return m.a*x + m.c*y + m.e, m.b*x + m.d*y + m.f
}

// then returns the matrix applying m first, then n.
func (m matrix) then(n matrix) matrix {
	return matrix{
		a: m.a*n.a + m.b*n.c, b: m.a*n.b + m.b*n.d,
		c: m.c*n.a + m.d*n.c, d: m.c*n.b + m.d*n.d,
		e: m.e*n.a + m.f*n.c + n.e, f: m.e*n.b + m.f*n.d + n.f,
	}
}

// view maps unrotated user space (y up) to display space (y down, /Rotate
// applied). uw, uh are the unrotated page width and height.
type view struct {
	rot    int // 0..3 quarter turns clockwise
	uw, uh float64
}

func (v view) pt(x, y float64) (float64, float64) {
	switch v.rot {
	case 1:
		return y, x
	case 2:
		return v.uw - x, y
	case 3:
		return v.uh - y, v.uw - x
	}
	return x, v.uh - y
}

// readPage pulls glyphs, rules and image coverage of page i (0-based).
func readPage(inst pdfium.Pdfium, doc references.FPDF_DOCUMENT, i int) (*pageData, error) {
	lp, err := inst.FPDF_LoadPage(&requests.FPDF_LoadPage{Document: doc, Index: i})
	if err != nil {
		return nil, fmt.Errorf("halaman %d: %w", i+1, err)
	}
	defer inst.FPDF_ClosePage(&requests.FPDF_ClosePage{Page: lp.Page})
	ref := lp.Page
	pg := requests.Page{ByReference: &ref}
	wr, err := inst.FPDF_GetPageWidthF(&requests.FPDF_GetPageWidthF{Page: pg})
	if err != nil {
		return nil, err
	}
	hr, err := inst.FPDF_GetPageHeightF(&requests.FPDF_GetPageHeightF{Page: pg})
	if err != nil {
		return nil, err
	}
	rot := 0
	if rr, err := inst.FPDFPage_GetRotation(&requests.FPDFPage_GetRotation{Page: pg}); err == nil {
		rot = int(rr.PageRotation) & 3
	}
	p := &pageData{n: i + 1, w: float64(wr.PageWidth), h: float64(hr.PageHeight), rot: rot}
	v := view{rot: rot, uw: p.w, uh: p.h}
	if rot == 1 || rot == 3 {
		v.uw, v.uh = p.h, p.w
	}
	slant := slantFilter{upright: uprightTurn(v)}
	if err := readGlyphs(inst, pg, v, p, &slant); err != nil {
		return nil, fmt.Errorf("halaman %d: teks: %w", i+1, err)
	}
	if q := slant.sideways(); q >= 0 {
		v, slant = turned(v, p, q), slantFilter{upright: q}
		if err := readGlyphs(inst, pg, v, p, &slant); err != nil {
			return nil, fmt.Errorf("halaman %d: teks: %w", i+1, err)
		}
	}
	dropOverprint(p)
	deskew(p)         // a crooked scan's lines levelled (deskew.go)
	dropEdgeScales(p) // a cutting mat's or ruler's numbered scale round the sheet (edge_scale.go)
	cnt, err := inst.FPDFPage_CountObjects(&requests.FPDFPage_CountObjects{Page: pg})
	if err != nil {
		return nil, fmt.Errorf("halaman %d: objek: %w", i+1, err)
	}
	for k := 0; k < cnt.Count; k++ {
		o, err := inst.FPDFPage_GetObject(&requests.FPDFPage_GetObject{Page: pg, Index: k})
		if err != nil {
			continue
		}
		readObject(inst, o.PageObject, identity, v, p, 0)
	}
	setTurnedHeads(p) // a spreadsheet's headings turned to read upward, set upright over their columns (rotated_head.go)
	dropStationery(p) // a columnar pad's line numbers, a wall calendar's days and grid (stationery.go)
	return p, nil
}

func readGlyphs(inst pdfium.Pdfium, pg requests.Page, v view, p *pageData, slant *slantFilter) error {
	var hs hscaler
	ends := lineEnds{}
	tp, err := inst.FPDFText_LoadPage(&requests.FPDFText_LoadPage{Page: pg})
	if err != nil {
		return err
	}
	defer inst.FPDFText_ClosePage(&requests.FPDFText_ClosePage{TextPage: tp.TextPage})
	cc, err := inst.FPDFText_CountChars(&requests.FPDFText_CountChars{TextPage: tp.TextPage})
	if err != nil {
		return err
	}
	for k := 0; k < cc.Count; k++ {
		u, err := inst.FPDFText_GetUnicode(&requests.FPDFText_GetUnicode{TextPage: tp.TextPage, Index: k})
		if err != nil {
			return err
		}
		r := rune(u.Unicode)
		if r == 0 || r == 0xFFFD || r == 0xFFFE {
			// A font without a usable ToUnicode map: the glyph is drawn but
			// its letter is unknown.
			p.unmapped++
			continue
		}
		if r == '\r' || r == '\n' {
			continue
		}
		if r == 2 {
			// PDFium reports a hyphen ending a line as U+0002 (its mark for
			// a word it may join); the page draws "-", and "masing-" over
			// "masing" is the text, as in the document's text form.
			r = '-'
		}
		g := glyph{r: r, space: r == ' ' || r == '\t' || r == 0xA0}
		if g.space {
			// Spaces (real or generated) only mark word breaks; their
			// boxes are unreliable.
			g.r = ' '
			if gen, err := inst.FPDFText_IsGenerated(&requests.FPDFText_IsGenerated{TextPage: tp.TextPage, Index: k}); err == nil {
				g.generated = gen.IsGenerated
			}
		}
		// The loose box spans the glyph's advance, so a narrow "1" does
		// not look like it stands apart from its neighbours.
		lb, err := inst.FPDFText_GetLooseCharBox(&requests.FPDFText_GetLooseCharBox{TextPage: tp.TextPage, Index: k})
		if err != nil {
			return err
		}
		box := lb.Rect
		fs, err := inst.FPDFText_GetFontSize(&requests.FPDFText_GetFontSize{TextPage: tp.TextPage, Index: k})
		if err != nil {
			return err
		}
		ax, ay := v.pt(float64(box.Left), float64(box.Bottom))
		bx, by := v.pt(float64(box.Right), float64(box.Top))
		g.x0, g.x1 = math.Min(ax, bx), math.Max(ax, bx)
		top, bottom := math.Min(ay, by), math.Max(ay, by)
		// The loose box spans the font's ascent to descent, so its middle
		// places the character on its line (one call per character fewer
		// than asking for the origin), and a raised footnote mark or a
		// smaller font stays on the line it belongs to.
		g.base = (top + bottom) / 2
		// Only where a label may touch an amount ("Rp." + digits) is it
		// worth asking whether the two glyphs come from one text object.
		if n := len(p.glyphs); n > 0 && unicode.IsDigit(g.r) && !unicode.IsDigit(p.glyphs[n-1].r) && !p.glyphs[n-1].space {
			g.newObj = !sameObject(inst, tp.TextPage, k-1, k)
		}
		g.size = fs.FontSize
		if g.size <= 0 || g.size > 200 {
			g.size = math.Max(bottom-top, 1)
		}
		if !g.space {
			g.overObj = ends.over(inst, tp.TextPage, k, g)
		}
		g.top, g.bottom = top, bottom
		g.hs = hs.at(inst, tp.TextPage, k, g)
		if slant.drop(inst, tp.TextPage, k, g) {
			if q := (slant.last - slant.upright) & 3; slant.last >= 0 && q&1 == 1 {
				p.turned = append(p.turned, turnedGlyph{g: g, up: q == 3})
			}
			continue
		}
		p.glyphs = append(p.glyphs, g)
	}
	return nil
}

// sameObject reports whether chars i and j belong to one text object
// (PDFium hands out a new reference per call, so compare the objects'
// bounds).
func sameObject(inst pdfium.Pdfium, tp references.FPDF_TEXTPAGE, i, j int) bool {
	var b [2]*responses.FPDFPageObj_GetBounds
	for n, k := range []int{i, j} {
		o, err := inst.FPDFText_GetTextObject(&requests.FPDFText_GetTextObject{TextPage: tp, Index: k})
		if err != nil {
			return true
		}
		b[n], err = inst.FPDFPageObj_GetBounds(&requests.FPDFPageObj_GetBounds{PageObject: o.TextObject})
		if err != nil {
			return true
		}
	}
	return *b[0] == *b[1]
}

// readObject collects rules and image coverage from a page object,
// descending into form XObjects with their matrices.
func readObject(inst pdfium.Pdfium, o references.FPDF_PAGEOBJECT, parent matrix, v view, p *pageData, depth int) {
	t, err := inst.FPDFPageObj_GetType(&requests.FPDFPageObj_GetType{PageObject: o})
	if err != nil {
		return
	}
	m := identity
	if mr, err := inst.FPDFPageObj_GetMatrix(&requests.FPDFPageObj_GetMatrix{PageObject: o}); err == nil {
		m = fromFS(mr.Matrix)
	}
	switch t.Type {
	case enums.FPDF_PAGEOBJ_FORM:
		if depth > 8 {
			return
		}
		n, err := inst.FPDFFormObj_CountObjects(&requests.FPDFFormObj_CountObjects{PageObject: o})
		if err != nil {
			return
		}
		for k := 0; k < n.Count; k++ {
			c, err := inst.FPDFFormObj_GetObject(&requests.FPDFFormObj_GetObject{PageObject: o, Index: uint64(k)})
			if err != nil {
				continue
			}
			readObject(inst, c.PageObject, m.then(parent), v, p, depth+1)
		}
	case enums.FPDF_PAGEOBJ_IMAGE:
		full := m.then(parent)
		var xs, ys []float64
		for _, c := range [][2]float64{{0, 0}, {1, 0}, {0, 1}, {1, 1}} {
			x, y := full.apply(c[0], c[1])
			x, y = v.pt(x, y)
			xs, ys = append(xs, x), append(ys, y)
		}
		w := clamp(maxOf(xs), 0, p.w) - clamp(minOf(xs), 0, p.w)
		h := clamp(maxOf(ys), 0, p.h) - clamp(minOf(ys), 0, p.h)
		if p.w > 0 && p.h > 0 {
			p.imageShare += w * h / (p.w * p.h)
		}
	case enums.FPDF_PAGEOBJ_PATH:
		readPath(inst, o, m.then(parent), parent, v, p)
	}
}

// readPath turns a path into rules: every axis-parallel stroked segment,
// and every thin filled rectangle (Word's cell borders).
func readPath(inst pdfium.Pdfium, o references.FPDF_PAGEOBJECT, m, parent matrix, v view, p *pageData) {
	dm, err := inst.FPDFPath_GetDrawMode(&requests.FPDFPath_GetDrawMode{PageObject: o})
	if err != nil {
		return
	}
	filled := dm.FillMode != enums.FPDF_FILLMODE_NONE
	if !filled && !dm.Stroke {
		return
	}
	if filled && !dm.Stroke {
		// Fill only: the bounds tell whether it is a thin bar (a Word
		// border) or an area (shading, a chart), without reading its
		// segments one call at a time.
		b, err := inst.FPDFPageObj_GetBounds(&requests.FPDFPageObj_GetBounds{PageObject: o})
		if err != nil {
			return
		}
		var xs, ys []float64
		for _, c := range [][2]float64{{float64(b.Left), float64(b.Bottom)}, {float64(b.Right), float64(b.Top)}} {
			x, y := parent.apply(c[0], c[1])
			x, y = v.pt(x, y)
			xs, ys = append(xs, x), append(ys, y)
		}
		x0, x1, y0, y1 := minOf(xs), maxOf(xs), minOf(ys), maxOf(ys)
		hideUnder(inst, o, p, x0, y0, x1, y1) // an opaque panel over a picture's lines (occlude.go)
		switch w, h := x1-x0, y1-y0; {
		case chipNotRule(w, h):
			// a squat chip of decoration, no border (chips.go)
		case h <= 2.5 && w > 2:
			p.rules = append(p.rules, rule{x0, (y0 + y1) / 2, x1, (y0 + y1) / 2})
		case w <= 2.5 && h > 2:
			p.rules = append(p.rules, rule{(x0 + x1) / 2, y0, (x0 + x1) / 2, y1})
		default:
			keepStrip(p, x0, y0, x1, y1) // a navigation sidebar's ground (sidebar.go)
			keepFill(p, x0, y0, x1, y1)  // a table header's ground (fillband.go)
		}
		return
	}
	n, err := inst.FPDFPath_CountSegments(&requests.FPDFPath_CountSegments{PageObject: o})
	if err != nil || n.Count > 2000 {
		return
	}
	type pt struct{ x, y float64 }
	var subpaths [][]pt
	var cur []pt
	curve := false
	for k := 0; k < n.Count; k++ {
		s, err := inst.FPDFPath_GetPathSegment(&requests.FPDFPath_GetPathSegment{PageObject: o, Index: k})
		if err != nil {
			return
		}
		ty, err := inst.FPDFPathSegment_GetType(&requests.FPDFPathSegment_GetType{PathSegment: s.PathSegment})
		if err != nil {
			return
		}
		xy, err := inst.FPDFPathSegment_GetPoint(&requests.FPDFPathSegment_GetPoint{PathSegment: s.PathSegment})
		if err != nil {
			return
		}
		x, y := m.apply(float64(xy.X), float64(xy.Y))
		x, y = v.pt(x, y)
		switch ty.Type {
		case enums.FPDF_SEGMENT_MOVETO:
			if len(cur) > 0 {
				subpaths = append(subpaths, cur)
			}
			cur = []pt{{x, y}}
		case enums.FPDF_SEGMENT_BEZIERTO:
			curve = true
			cur = append(cur, pt{x, y})
		default:
			cur = append(cur, pt{x, y})
		}
		if cl, err := inst.FPDFPathSegment_GetClose(&requests.FPDFPathSegment_GetClose{PathSegment: s.PathSegment}); err == nil && cl.IsClose && len(cur) > 0 {
			cur = append(cur, cur[0])
		}
	}
	if len(cur) > 0 {
		subpaths = append(subpaths, cur)
	}
	if curve {
		return // rounded shapes are decoration, not table rules
	}
	for _, sp := range subpaths {
		if filled {
			// A thin filled rectangle is a rule along its long side.
			x0, x1, y0, y1 := math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)
			for _, q := range sp {
				x0, x1 = math.Min(x0, q.x), math.Max(x1, q.x)
				y0, y1 = math.Min(y0, q.y), math.Max(y1, q.y)
			}
			w, h := x1-x0, y1-y0
			hideUnder(inst, o, p, x0, y0, x1, y1)
			switch {
			case chipNotRule(w, h):
				// a squat chip of decoration, no border (chips.go)
			case h <= 2.5 && w > 2:
				p.rules = append(p.rules, rule{x0, (y0 + y1) / 2, x1, (y0 + y1) / 2})
			case w <= 2.5 && h > 2:
				p.rules = append(p.rules, rule{(x0 + x1) / 2, y0, (x0 + x1) / 2, y1})
			default:
				keepStrip(p, x0, y0, x1, y1)
				keepFill(p, x0, y0, x1, y1)
			}
			if !dm.Stroke {
				continue
			}
		}
		flat := flattenedCurve(len(sp), func(k int) (float64, float64) { return sp[k].x, sp[k].y })
		crease := creaseLine(len(sp), func(k int) (float64, float64) { return sp[k].x, sp[k].y })
		for k := 1; k < len(sp); k++ {
			a, b := sp[k-1], sp[k]
			if flat > 0 && math.Hypot(b.x-a.x, b.y-a.y) <= flat {
				continue // a crest of a curve drawn as short segments (guilloche.go)
			}
			if (crease || len(sp) == 2) && creaseSkip(a.x, a.y, b.x, b.y) {
				continue // a crease's piece or a lone streak near an axis, not a rule (crease.go)
			}
			switch {
			case math.Abs(a.y-b.y) < 0.5 && math.Abs(a.x-b.x) > 1:
				p.rules = append(p.rules, rule{math.Min(a.x, b.x), a.y, math.Max(a.x, b.x), a.y})
			case math.Abs(a.x-b.x) < 0.5 && math.Abs(a.y-b.y) > 1:
				p.rules = append(p.rules, rule{a.x, math.Min(a.y, b.y), a.x, math.Max(a.y, b.y)})
			}
		}
	}
}

func clamp(v, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, v)) }

func minOf(v []float64) float64 {
	m := math.Inf(1)
	for _, x := range v {
		m = math.Min(m, x)
	}
	return m
}

func maxOf(v []float64) float64 {
	m := math.Inf(-1)
	for _, x := range v {
		m = math.Max(m, x)
	}
	return m
}
