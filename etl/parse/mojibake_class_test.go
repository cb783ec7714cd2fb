package parse

import (
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// garble is s as it reads after its UTF-8 bytes went through a
// Windows-1252 reader once: each byte beyond ASCII a character of its own.
func garble(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] < 0x80 {
			b.WriteByte(s[i])
			continue
		}
		b.WriteRune(cp1252(s[i]))
	}
	return b.String()
}

// TestMojibakeClass: a report whose text was once read as Windows-1252
// reads as the text it was: a name with a curly apostrophe keys its row
// with the apostrophe (not "Â€™"), a caption's en dash and the bullets of
// a list still read, and figures grouped with a (narrow) no-break space
// are figures again.
func TestMojibakeClass(t *testing.T) {
	dpt := func(sep, n1, n2 string) []string {
		return []string{"Tabel 3.4 – Rekapitulasi DPT Pemilihan 2020 per Kecamatan", "",
			"No\tKecamatan\tDesa/Kel\tTPS\tL\tP\tL+P",
			"1\t" + n1 + "\t14\t41\t6" + sep + "210\t6" + sep + "390\t12" + sep + "600",
			"2\t" + n2 + "\t11\t30\t4" + sep + "005\t4" + sep + "115\t8" + sep + "120",
			"\tJUMLAH\t25\t71\t10" + sep + "215\t10" + sep + "505\t20" + sep + "720", ""}
	}
	rows := func(n1, n2 string) []string {
		return []string{"pilkada|2020|kecamatan|" + n1 + "|14|41|6210|6390|12600",
			"pilkada|2020|kecamatan|" + n2 + "|11|30|4005|4115|8120",
			"pilkada|2020|kabupaten|Kabupaten Sikka|25|71|10215|10505|20720"}
	}
	cases := []struct {
		name string
		body []string
		want []string
	}{
		{"apostrophe in a name, dots", append([]string{"• DPT ditetapkan dalam rapat pleno “terbuka”.", ""},
			dpt(".", "NITA", "MAGE’PANDA")...), rows("NITA", "MAGE'PANDA")},
		{"no-break space groups", dpt("\u00a0", "ALOK TIMUR", "KANGAE"), rows("ALOK TIMUR", "KANGAE")},
		{"narrow no-break space groups, apostrophes", dpt("\u202f", "WAI’GETE", "TALI’BURA"), rows("WAI'GETE", "TALI'BURA")},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			body := make([]string, len(tc.body))
			for i, l := range tc.body {
				body[i] = garble(l)
			}
			d := parseDoc(t, tc.name, body...)
			wantRows(t, "dpt", factRows["dpt"](d), tc.want)
			if !raised(d, "dokumen.mojibake", 0) {
				t.Errorf("no dokumen.mojibake finding")
			}
		})
	}
}

// TestMojibakeUntouched: Latin-1 written on purpose and text without
// mojibake come back as they were, the same slice.
func TestMojibakeUntouched(t *testing.T) {
	for _, s := range []string{
		"SÃO PAULO, CAFÉ, Ñ dan Ã tanda\n",
		"Kecamatan RI’I – 12.345 “kutip” é ñ\n",
		"tanpa karakter khusus sama sekali\n",
	} {
		in := []byte(s)
		if out := undoMojibake(&facts.Document{}, in); &out[0] != &in[0] {
			t.Errorf("%q changed to %q", s, out)
		}
	}
}
