package extract

import (
	"strings"
	"testing"
)

// TestFormatMarks: marks become what they stand for, line for line; a text
// that does not show its marks throughout comes back as it was.
func TestFormatMarks(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"paragraphs and a table",
			"BAB·III¶\n¶\nNo¤Uraian¤Nilai¤¤\n1¤Belanja·Pegawai¤12,5¤¤\n¤Jumlah¤12,5¤¤\nakhir·kata¶\n",
			"BAB III\n\nNo\tUraian\tNilai\n1\tBelanja Pegawai\t12,5\n\tJumlah\t12,5\nakhir kata\n"},
		{"an empty last cell, typed TABs, CRLF",
			"a·b¶\r\nNo¤Nilai¤¤¤\r\nx→y¶\r\nc↵\r\n",
			"a b\r\nNo\tNilai\t\r\nx\ty\r\nc\r\n"},
		{"a bullet and a middle dot in plain text",
			"· satu\n· dua\nlihat ¶ 4·2¶\nx·y\n",
			"· satu\n· dua\nlihat ¶ 4·2¶\nx·y\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := string(FormatMarks([]byte(tc.in)))
			if got != tc.want {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
			if strings.Count(got, "\n") != strings.Count(tc.in, "\n") {
				t.Errorf("line count changed")
			}
		})
	}
}
