package parse

import (
	"strings"
	"testing"
)

// TestDPTPictographNames: emoji before a kecamatan's name or a total row's
// words (an app's export, a social-media post) are no part of the name:
// rows are keyed by the name alone, and the total row is the kabupaten.
func TestDPTPictographNames(t *testing.T) {
	const capt = "Tabel 3.2 DPT Pemilu 2019 per Kecamatan"
	const hdr = "Kecamatan\tTPS\tL\tP\tL+P"
	all := []string{sikkaDPT[0], sikkaDPT[1], sikkaDPT[2], sikkaDPT[3]}
	table := func(pin, sum string) []string {
		return []string{capt, "", hdr, pin + "Paga\t30\t4.081\t4.005\t8.086", pin + "Mego\t28\t3.853\t3.821\t7.674", pin + "Lela\t20\t2.000\t2.100\t4.100", sum + "\t78\t9.934\t9.926\t19.860"}
	}
	checkDocs(t, []string{"dpt"}, []docCase{
		{name: "a pin and a ballot box", body: table("📍 ", "🗳️ TOTAL SIKKA"), want: map[string][]string{"dpt": all}},
		{name: "a glued house and a sigma-like dingbat", body: table("🏠", "✅ JUMLAH"), want: map[string][]string{"dpt": all}},
		{name: "a flag sequence with a joiner", body: table("🏳️‍🌈 ", "📊 Jumlah Kabupaten"), want: map[string][]string{"dpt": all}},
	})
	for _, s := range []string{"✓", "▲ 2,5", "12", ""} {
		if got := dropPictographs(s); got != s {
			t.Errorf("dropPictographs(%q) = %q, want it unchanged", s, got)
		}
	}
	if got := dropPictographs("📍 KODI"); strings.ContainsRune(got, '📍') || got != "KODI" {
		t.Errorf("dropPictographs(📍 KODI) = %q", got)
	}
}
