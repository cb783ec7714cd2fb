package parse

import (
	"strings"
	"testing"
)

// TestAlignedThinSpaceThousands: a space-aligned table whose numbers part
// their thousands with a narrow no-break space or a thin space ("5 880")
// is proven like any other (such a space never parts two columns); two
// numbers parted by a plain single space still prove nothing.
func TestAlignedThinSpaceThousands(t *testing.T) {
	table := func(sep string) []string {
		n := func(s string) string { return strings.ReplaceAll(s, "_", sep) }
		return []string{"Tabel 3.2 DPT Pemilihan Tahun 2024 per Kecamatan", "",
			"  No   Kecamatan          TPS   L       P       L+P",
			n("   1   Paga                43   5_880   6_185   12_065"),
			n("   2   Mego                24   5_328   5_560   10_888"),
			n("       Jumlah              67   11_208  11_745  22_953"), ""}
	}
	want := []string{"pilkada|2024|kecamatan|PAGA|<nil>|43|5880|6185|12065", "pilkada|2024|kecamatan|MEGO|<nil>|24|5328|5560|10888",
		"pilkada|2024|kabupaten|Kabupaten Sikka|<nil>|67|11208|11745|22953"}
	checkDocs(t, []string{"dpt"}, []docCase{
		{name: "narrow no-break space", body: table("\u202f"), want: map[string][]string{"dpt": want}},
		{name: "thin space", body: table("\u2009"), want: map[string][]string{"dpt": want}},
		{name: "plain space: not proven", body: table(" "), want: map[string][]string{"dpt": nil}},
	})
}
