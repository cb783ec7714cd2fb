package parse

import "bytes"

// auditMayHold: text may hold a review mark auditProven could prove: a
// legend's letter, a caret after a figure, or one of the marks longer than
// a byte (one look-up in the text's marks). A caret elsewhere (a
// footnote's "^{*}") proves nothing, so nearly every report is not read
// byte by byte for one.
func auditMayHold(text []byte, letters uint32, g *textMarks) bool {
	if letters != 0 || g.has(text, mkAudit) {
		return true
	}
	for i := 0; i < len(text); i++ {
		k := bytes.IndexByte(text[i:], '^')
		if k < 0 {
			return false
		}
		i += k
		if afterFigure(text, i) {
			return true
		}
	}
	return false
}
