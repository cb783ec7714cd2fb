package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// attachCaptions gives each table the caption written above it: a
// paragraph starting with "Tabel" (with the lines that continue its title,
// as in "Tabel 3.26" / title on the next lines, or "Tabel:" / title), or
// else up to three short title-like paragraphs ("PENGUKURAN KINERJA TAHUN
// 2024 ...", "Rencana Kinerja Tahunan (RKT)" / "KPU Provinsi ... 2024").
func attachCaptions(blocks []Block) {
	for i := range blocks {
		t := &blocks[i]
		if t.Kind != Table {
			continue
		}
		// paragraphs directly above (no table in between)
		first := i
		for j := i - 1; j >= 0 && i-j <= 4; j-- {
			if blocks[j].Kind != Paragraph {
				break
			}
			first = j
		}
		start := -1
		for j := i - 1; j >= first; j-- {
			if isTabelLabel(blocks[j].Text) {
				start = j
				break
			}
			if len(blocks[j].Text) > 320 {
				break
			}
		}
		if start < 0 {
			for j := i - 1; j >= first && i-j <= 3; j-- {
				if !isTitleLike(blocks[j].Text) {
					break
				}
				start = j
			}
		}
		if start < 0 {
			continue
		}
		var parts []string
		for j := start; j < i; j++ {
			if len(blocks[j].Text) > 320 {
				parts = nil
				break
			}
			text := blocks[j].Text
			if t, ok := enumeratedItem(text); ok {
				text = t
			}
			parts = append(parts, text)
		}
		if len(parts) == 0 {
			continue
		}
		for j := start; j < i; j++ {
			blocks[j].IsCaption = true
		}
		cap := strings.Join(parts, " ")
		t.CaptionParts = append(parts, t.CaptionParts...)
		if t.Caption != "" {
			cap += " " + t.Caption
		} else {
			t.CaptionEnd = blocks[i-1].End
		}
		t.Caption = cap
		t.CaptionStart = blocks[start].Start
		if t.CaptionEnd == 0 {
			t.CaptionEnd = blocks[i-1].End
		}
	}
}

// isTabelLabel: "Tabel 3.28 ...", "Tabel:", "TABEL :", "tabel".
func isTabelLabel(s string) bool {
	if len(s) < 5 || !strings.EqualFold(s[:5], "tabel") {
		return false
	}
	if len(s) == 5 {
		return true
	}
	c := s[5]
	return c == ' ' || c == ':' || c == '.' || (c >= '0' && c <= '9')
}

// isTitleLike: a short line that reads as a title, not as a sentence, a
// note or a figure caption.
func isTitleLike(s string) bool {
	if s == "" || len(s) > 200 {
		return false
	}
	if t, ok := enumeratedItem(s); ok {
		s = t
	}
	// an ASCII line is compared in place (normalize.HasLowerPrefix), any
	// other lower-cased once, as before: no copy per line (issue 13)
	low, ascii := s, true
	for i := 0; i < len(s) && ascii; i++ {
		ascii = s[i] < utf8.RuneSelf
	}
	if !ascii {
		low = strings.ToLower(s)
	}
	for _, p := range []string{"keterangan", "sumber", "catatan", "ket.", "ket :", "*", "gambar", "grafik", "dokumentasi", "foto", "-", "•"} {
		if ascii && normalize.HasLowerPrefix(s, p) || !ascii && strings.HasPrefix(low, p) {
			return false
		}
	}
	last := s[len(s)-1]
	if last == '.' || last == ':' || last == ',' || last == ';' {
		return false
	}
	if words := normalize.CountFields(s); words > 16 || words < 2 {
		return false
	}
	if isPageNumber(s) {
		return false
	}
	return true
}

// enumeratedItem strips the bullet of a list item that carries its own
// enumerator ("- a. Perbandingan ...", "• 2) Tabel ..."): such a line is a
// numbered heading the converter turned into a list, and may be a title.
func enumeratedItem(s string) (string, bool) {
	var rest string
	switch {
	case strings.HasPrefix(s, "- "):
		rest = s[2:]
	case strings.HasPrefix(s, "• "):
		rest = s[len("• "):]
	default:
		return s, false
	}
	rest = strings.TrimLeft(rest, " ")
	i := strings.IndexByte(rest, ' ')
	if i < 2 || i > 4 {
		return s, false
	}
	tok := rest[:i]
	end := tok[len(tok)-1]
	if end != '.' && end != ')' {
		return s, false
	}
	for k := 0; k < len(tok)-1; k++ {
		c := tok[k]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return s, false
		}
	}
	if len(tok) > 2 && !(tok[0] >= '0' && tok[0] <= '9') {
		return s, false // "ab." is a word, not an enumerator
	}
	return rest, true
}
