package pdftext

// borderless turns free lines into output lines. For now every line keeps
// single spaces between words.
func borderless(lines []textLine) []outLine {
	var out []outLine
	for i := range lines {
		l := &lines[i]
		ocr := false
		for _, w := range l.words {
			ocr = ocr || w.ocr
		}
		out = append(out, outLine{text: clean(l.text()), top: l.top, ocr: ocr})
	}
	return out
}
