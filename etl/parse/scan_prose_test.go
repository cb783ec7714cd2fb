package parse

import (
	"bytes"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

// TestProseWords: each bit is bytes.Contains of its word (" rb " also at
// the text's start, with no space before), on written and random
// lower-case texts.
func TestProseWords(t *testing.T) {
	words := []struct {
		bit uint32
		w   string
	}{{pwRp, "rp"}, {pwPagu, "pagu"}, {pwRealisasi, "realisasi"}, {pwAlokasi, "alokasi"}, {pwRevisi, "revisi"},
		{pwDipa, "dipa"}, {pwAkuntabilitas, "akuntabilitas"}, {pwAkip, "akip"}, {pwBobot, "bobot"}, {pwReformasi, "reformasi"},
		{pwPemilih, "pemilih"}, {pwDPT, "dpt"}, {pwPemilihTetap, "pemilih tetap"}, {pwKecamatan, "kecamatan"},
		{pwAnggaran, "anggaran"}, {pwRB, " rb "}, {pwSeharusnya, "seharusnya"}, {pwMenyerap, "menyerap"},
		{pwPelaporan, "pelaporan"}, {pwEvaluasi, "evaluasi"}, {pwNilai, "nilai"}, {pwBureaucratic, "bureaucratic reform"}}
	pieces := []string{"r", "p", "a", "d", "b", "k", " ", "rp", "pag", "pagu", "realisasi", "realis", "alokasi", "revisi", "revis",
		"dipa", "dpt", "dp", "akuntabilitas", "akip", "aki", "bobot", "reformasi", "pemilih", "pemilih tetap", "pemilihtetap",
		"kecamatan", "anggaran", "rb", "x", "e", "i", "s", "t", "m", "l", "u", "n", "g", "o", "c",
		"seharusnya", "seharus", "menyerap", "menye", "pelaporan", "pelapor", "pemilihpelaporan", "evaluasi", "evalu", "nilai", "nila",
		"bureaucratic reform", "bureaucratic", "reform", "v", "h", "y"}
	written := []string{"", "rp", "pagu rp 10", "total pagu anggaran rp 5 dengan realisasi", "reformasi birokrasi rb ",
		"daftar pemilih tetap (dpt) per kecamatan", "nilai akip dan akuntabilitas dengan bobot", "revisi dipa", " rb ", "rb", "rb tahun", "rba ", "rb,",
		"seharusnya menyerap pelaporan evaluasi nilai bureaucratic reform", "pelaporan kinerja 9,45 / 15"}
	cases := sharedtest.Texts(4, 50000, 25, pieces, nil, written...)
	for _, s := range cases {
		got := proseWords([]byte(s))
		for _, w := range words {
			want := bytes.Contains([]byte(s), []byte(w.w))
			if w.bit == pwRB && len(s) > 2 && s[:2] == "rb" && !isWordByte(s[2]) {
				want = true // "RB tahun 2024 …" opening the paragraph
			}
			if (got&w.bit != 0) != want {
				t.Fatalf("proseWords(%q) %q = %v, want %v", s, w.w, got&w.bit != 0, want)
			}
		}
	}
}

// TestAppendLowerASCII: appendLowerASCII is the byte-by-byte lower-casing
// of ASCII capitals, after what dst held, on every byte value around the
// letters and on random texts of any length.
func TestAppendLowerASCII(t *testing.T) {
	parts := []string{"A", "Z", "a", "z", "@", "[", "`", "{", "0", " ", "É", "é", "\x80", "\xff", "\xc1", "\xda", "\xdb",
		"PAGU", "Rp", "KPU Kabupaten"}
	for _, s := range sharedtest.Texts(6, 30000, 30, parts, nil, "", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "\xc1\xc2\xda\xdb\xfa\xfb") {
		want := []byte("pre")
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			want = append(want, c)
		}
		if got := appendLowerASCII([]byte("pre"), s); !bytes.Equal(got, want) {
			t.Fatalf("appendLowerASCII(%q) = %q, want %q", s, got, want)
		}
	}
}
