package parse

import (
	"html"
	"regexp"
	"strconv"
	"strings"
)

// The markup formats of OCR word records (ocr_words.go): hOCR's ocrx_word
// spans and ALTO's String elements, each with its box.

var (
	ocrTagRe  = regexp.MustCompile(`<(/?)([A-Za-z][A-Za-z0-9:]*)([^>]*?)(/?)>`)
	ocrAttrRe = regexp.MustCompile(`([A-Za-z_:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')`)
	ocrBBoxRe = regexp.MustCompile(`bbox\s+(-?\d+)\s+(-?\d+)\s+(-?\d+)\s+(-?\d+)`)
)

// ocrMarkupRun reads an hOCR or ALTO page from line i: the run of markup
// lines (each opening with a tag; a blank line inside is kept), its words
// the ocrx_word spans (box from the title's bbox) or the String elements
// (CONTENT, HPOS, VPOS, WIDTH, HEIGHT), the line key from the enclosing
// ocr_line span or TextLine. It returns the words and the line after the
// run, i when line i opens no markup.
func ocrMarkupRun(lines []string, i int) ([]ocrWord, int) {
	if !strings.HasPrefix(strings.TrimSpace(lines[i]), "<") {
		return nil, i
	}
	end := i + 1
	for end < len(lines) {
		s := strings.TrimSpace(lines[end])
		if s == "" && end+1 < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[end+1]), "<") {
			end++
			continue
		}
		if !strings.HasPrefix(s, "<") {
			break
		}
		end++
	}
	src := strings.Join(lines[i:end], "\n")
	if !strings.Contains(src, "ocrx_word") && !strings.Contains(src, "CONTENT=") {
		return nil, end // markup holding no word: passed over whole
	}
	var words []ocrWord
	page, key := 0, ""
	tags := ocrTagRe.FindAllStringSubmatchIndex(src, -1)
	for n, m := range tags {
		if m[3] > m[2] { // a closing tag
			continue
		}
		name := strings.ToLower(src[m[4]:m[5]])
		attrs := map[string]string{}
		for _, a := range ocrAttrRe.FindAllStringSubmatch(src[m[6]:m[7]], -1) {
			attrs[strings.ToLower(a[1])] = a[2] + a[3]
		}
		class := " " + attrs["class"] + " "
		switch {
		case name == "page" || strings.Contains(class, " ocr_page "):
			page++
		case name == "textline" || strings.Contains(class, " ocr_line ") || strings.Contains(class, " ocrx_line ") ||
			strings.Contains(class, " ocr_caption ") || strings.Contains(class, " ocr_header ") || strings.Contains(class, " ocr_textfloat "):
			key = strconv.Itoa(n)
		case name == "string":
			w := ocrWord{page: page, key: key, text: strings.TrimSpace(html.UnescapeString(attrs["content"]))}
			vals := []*float64{&w.x, &w.y, &w.w, &w.h}
			ok := true
			for k, a := range []string{"hpos", "vpos", "width", "height"} {
				v, err := strconv.ParseFloat(attrs[a], 64)
				ok = ok && err == nil
				*vals[k] = v
			}
			if ok && w.text != "" && w.h > 0 {
				words = append(words, w)
			}
		case strings.Contains(class, " ocrx_word "):
			b := ocrBBoxRe.FindStringSubmatch(attrs["title"])
			stop := strings.Index(src[m[1]:], "</"+name)
			if b == nil || stop < 0 {
				continue
			}
			inner := ocrTagRe.ReplaceAllString(src[m[1]:m[1]+stop], "")
			w := ocrWord{page: page, key: key, text: strings.Join(strings.Fields(html.UnescapeString(inner)), " ")}
			x0, _ := strconv.ParseFloat(b[1], 64)
			y0, _ := strconv.ParseFloat(b[2], 64)
			x1, _ := strconv.ParseFloat(b[3], 64)
			y1, _ := strconv.ParseFloat(b[4], 64)
			w.x, w.y, w.w, w.h = x0, y0, x1-x0, y1-y0
			if w.text != "" && w.h > 0 {
				words = append(words, w)
			}
		}
	}
	return words, end
}
