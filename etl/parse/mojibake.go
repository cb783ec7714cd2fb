package parse

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A text whose UTF-8 bytes were once read as Windows-1252 and written
// back as UTF-8 (mojibake) shows every non-ASCII character as two to four
// others: the en dash of a caption as "â€“", a curly apostrophe inside a
// kecamatan name as "â€™", a bullet as "â€¢", "é" as "Ã©". A name so
// garbled ("WAE RIâ€™I") matches no reference name and keys a row no
// other report keys. undoMojibake turns each such run back into the
// character it was.
//
// A run is undone only when it can be nothing else: its first character
// is a lead byte of a UTF-8 sequence read as Latin-1 (Â..ô, U+00C2 to
// U+00F4), the characters after it are exactly that sequence's
// continuation bytes read as Windows-1252 (its specials € ‚ … ™ taken back
// to 0x80-0x9F, a byte it leaves undefined kept as the control character
// of that number), and the bytes so recovered are one valid UTF-8
// character beyond ASCII. A Latin-1 word written on purpose ("SÃO",
// "CAFÉ") fails that test and stays. No newline is part of a run, so every
// line keeps its number; figures (ASCII) are never touched.

// mojibakeByte is the byte c stood for when a Windows-1252 reader turned
// it into the rune r, and whether r can be such a continuation byte
// (0x80-0xBF).
func mojibakeByte(r rune) (byte, bool) {
	if r >= 0x80 && r <= 0xBF {
		return byte(r), true // Latin-1 range, C1 controls for the undefined bytes
	}
	for i, c := range cp1252High {
		if c == r && c != 0 {
			return byte(0x80 + i), true
		}
	}
	return 0, false
}

// mojibakeAt decodes the run starting at t[i] (the UTF-8 of a lead rune
// Â..ô): the character it stood for and the run's length in bytes, or
// 0 when the run is no mojibake.
func mojibakeAt(t []byte, i int) (rune, int) {
	lead, n := utf8.DecodeRune(t[i:])
	if lead < 0xC2 || lead > 0xF4 {
		return 0, 0
	}
	need := 1
	switch {
	case lead >= 0xF0:
		need = 3
	case lead >= 0xE0:
		need = 2
	}
	var buf [4]byte
	buf[0] = byte(lead)
	j := i + n
	for k := 1; k <= need; k++ {
		if j >= len(t) {
			return 0, 0
		}
		r, m := utf8.DecodeRune(t[j:])
		b, ok := mojibakeByte(r)
		if !ok {
			return 0, 0
		}
		buf[k] = b
		j += m
	}
	r, m := utf8.DecodeRune(buf[:need+1])
	if r == utf8.RuneError || m != need+1 || r < 0x80 {
		return 0, 0
	}
	return r, j - i
}

// undoMojibake returns text with its mojibake runs undone and one finding
// saying how many; a text without any comes back unchanged and uncopied.
// The lead runes Â..ô are all written C3 82..C3 B4, so the text is read
// from one 0xC3 byte to the next (a text without é or a dash garbled has
// none).
func undoMojibake(doc *facts.Document, text []byte) []byte {
	var out []byte
	last, n := 0, 0
	for i := 0; i < len(text); {
		k := bytes.IndexByte(text[i:], 0xC3)
		if k < 0 {
			break
		}
		i += k
		r, m := mojibakeAt(text, i)
		if m == 0 {
			i++
			continue
		}
		if out == nil {
			out = make([]byte, 0, len(text))
		}
		out = append(out, text[last:i]...)
		out = utf8.AppendRune(out, r)
		i += m
		last = i
		n++
	}
	if n == 0 {
		return text
	}
	doc.Add(facts.Finding{Span: facts.Span{Start: 1, End: 1}, Aturan: "dokumen.mojibake", Tingkat: facts.Info,
		Pesan: fmt.Sprintf("teks UTF-8 yang pernah dibaca sebagai Windows-1252 dipulihkan (%d karakter, mis. â€“ menjadi –)", n),
		Nilai: fmt.Sprint(n)})
	return append(out, text[last:]...)
}
