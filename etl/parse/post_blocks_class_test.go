package parse

import "testing"

// styledText writes s in one alphabet of the Mathematical Alphanumeric
// Symbols (first: its capital A; digits from digit0 when not 0), as a
// social-media post's bold or italic text is written.
func styledText(first, digit0 rune, s string) string {
	out := []rune{}
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			r = first + r - 'A'
		case r >= 'a' && r <= 'z':
			r = first + 26 + r - 'a'
		case r >= '0' && r <= '9' && digit0 != 0:
			r = digit0 + r - '0'
		}
		out = append(out, r)
	}
	return string(out)
}

// TestPostBlocksClass: a DPT announced as a page post, one block per area
// (the name in styled letters, emoji as labels and separators, the cells
// on the lines under it), the kabupaten's block last, hashtags, reactions
// and a reader's comment with a figure of its own (made-up figures).
func TestPostBlocksClass(t *testing.T) {
	rows := []string{
		"pemilu|2024|kecamatan|KEWAPANTE|14|51|6020|6180|12200",
		"pemilu|2024|kecamatan|TALIBURA|12|44|5400|5515|10915",
		"pemilu|2024|kecamatan|WAIGETE|10|39|4800|4905|9705",
		"pemilu|2024|kabupaten|Kabupaten Sikka|36|134|16220|16600|32820",
	}
	const sansBold, boldItalic, mono = 0x1D5D4, 0x1D468, 0x1D670
	caption := []string{"Tabel 3.4 Unggahan Rekapitulasi DPT Pemilu 2024 per Kecamatan", ""}
	tail := []string{"#PemiluBerintegritas #SahabatPemilih", "", "👍😮 388 · 27 komentar",
		"", "Maria Lein: kok katanya 40 ribu lebih? 🤔", ""}
	dots := append(caption, "KPU Kabupaten Sikka", "", "📢 "+styledText(sansBold, 0x1D7EC, "DPT PER KECAMATAN"), "",
		"📍 "+styledText(sansBold, 0, "KEWAPANTE"), "🏘️ 14 desa/kel · 🗳️ 51 TPS", "👨 L 6.020 · 👩 P 6.180 · 👥 12.200 pemilih", "",
		"📍 "+styledText(sansBold, 0, "TALIBURA"), "🏘️ 12 desa/kel · 🗳️ 44 TPS", "👨 L 5.400 · 👩 P 5.515 · 👥 10.915 pemilih", "",
		"📍 "+styledText(sansBold, 0, "WAIGETE"), "🏘️ 10 desa/kel · 🗳️ 39 TPS", "👨 L 4.800 · 👩 P 4.905 · 👥 9.705 pemilih", "",
		"✅ "+styledText(sansBold, 0, "TOTAL KABUPATEN SIKKA"), "🏘️ 36 desa/kel · 🗳️ 134 TPS", "👨 L 16.220 · 👩 P 16.600 · 👥 32.820 pemilih", "")
	dots = append(dots, tail...)
	// emoji alone part the cells; the names bold italic, no pin before them
	emoji := append(caption,
		styledText(boldItalic, 0, "Kewapante"), "🏠 14 desa 🗳 51 TPS 🙋‍♂️ laki-laki 6.020 🙋‍♀️ perempuan 6.180 🧾 jumlah 12.200", "",
		styledText(boldItalic, 0, "Talibura"), "🏠 12 desa 🗳 44 TPS 🙋‍♂️ laki-laki 5.400 🙋‍♀️ perempuan 5.515 🧾 jumlah 10.915", "",
		styledText(boldItalic, 0, "Waigete"), "🏠 10 desa 🗳 39 TPS 🙋‍♂️ laki-laki 4.800 🙋‍♀️ perempuan 4.905 🧾 jumlah 9.705", "")
	emoji = append(emoji, tail...)
	// the election's year only in styled digits; bars part the cells
	mono2024 := []string{styledText(sansBold, 0x1D7EC, "REKAP DPT PEMILU 2024 PER KECAMATAN"), ""}
	bars := append(mono2024,
		"🔹 "+styledText(mono, 0, "KEWAPANTE"), "Desa 14 | TPS 51 | L 6.020 | P 6.180 | L+P 12.200", "",
		"🔹 "+styledText(mono, 0, "TALIBURA"), "Desa 12 | TPS 44 | L 5.400 | P 5.515 | L+P 10.915", "",
		"🔹 "+styledText(mono, 0, "WAIGETE"), "Desa 10 | TPS 39 | L 4.800 | P 4.905 | L+P 9.705", "",
		"🔹 "+styledText(mono, 0, "JUMLAH"), "Desa 36 | TPS 134 | L 16.220 | P 16.600 | L+P 32.820", "")
	one := append(caption, "📍 "+styledText(sansBold, 0, "KEWAPANTE"), "🏘️ 14 desa/kel · 🗳️ 51 TPS", "👨 L 6.020 · 👩 P 6.180 · 👥 12.200 pemilih", "")
	one = append(one, tail...)
	checkDocs(t, []string{"dpt"}, []docCase{
		{name: "sans-serif bold names, middle dots, kabupaten last, a comment", body: dots, want: map[string][]string{"dpt": rows}},
		{name: "bold italic names, emoji alone part the cells", body: emoji, want: map[string][]string{"dpt": rows[:3]}},
		{name: "monospace names, bars, the year in styled digits", body: bars, want: map[string][]string{"dpt": rows}},
		{name: "one block is no table", body: one},
	})
}
