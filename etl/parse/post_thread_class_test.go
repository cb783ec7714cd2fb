package parse

import (
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/validate"
)

// TestPostThreadClass: a DPT told as a thread (X, Mastodon, a PDF print of
// one whose emoji came out as lone Greek letters): posts framed by the
// account's name, @handle and date, the post's number and its counters,
// several areas a post, each block headed "name: cells" with the rest of
// its cells under it, the kabupaten in the last post, a reply with a round
// figure of its own (made-up figures).
func TestPostThreadClass(t *testing.T) {
	rows := []string{
		"pemilu|2024|kecamatan|ALOK|8|33|7150|7420|14570",
		"pemilu|2024|kecamatan|NITA|12|41|5205|5391|10596",
		"pemilu|2024|kecamatan|KOTING|6|18|2310|2402|4712",
		"pemilu|2024|kecamatan|LELA|9|22|3008|3121|6129",
		"pemilu|2024|kabupaten|Kabupaten Sikka|35|114|17673|18334|36007",
	}
	head := "KPU Sikka @kpu_sikka · 2 Jul 2023"
	x := func(total string) []string {
		return []string{"Tabel 3.5 Utas Penetapan DPT Pemilu 2024 per Kecamatan", "",
			head, "1/4", "🧵 Pleno terbuka: DPT Pemilu 2024 Kabupaten Sikka sudah ditetapkan 👇", "💬 2   🔁 9   ♡ 31   📊 1,1 rb", "",
			head, "2/4", "📍 Alok: 8 desa/kel · 33 TPS", "   L 7.150 | P 7.420 | Total 14.570",
			"📍 Nita: 12 desa/kel · 41 TPS", "   L 5.205 | P 5.391 | Total 10.596", "💬 1   🔁 4   ♡ 22   📊 850", "",
			head, "3/4", "📍 Koting: 6 desa/kel · 18 TPS", "   L 2.310 | P 2.402 | Total 4.712",
			"📍 Lela: 9 desa/kel · 22 TPS", "   L 3.008 | P 3.121 | Total 6.129", "💬 3   🔁 6   ♡ 40   📊 2,3 rb", "",
			head, "4/4", "✅ Total Sikka: 35 desa/kel, 114 TPS,", "L 17.673 | P 18.334 | Total " + total + " pemilih.",
			"#PemiluDamai", "💬 5   🔁 2   ♡ 19   📊 1,0 rb", "",
			"Balasan · @warga_maumere · 2 Jul 2023", "Kok kemarin katanya 40 ribu? 🤔", ""}
	}
	mhead := "KPU Sikka @kpusikka@mastodon.id · 3 Mei 2019"
	masto := []string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2019", "",
		mhead, "(1/3)", "Rincian DPT Pemilu 2019 per kecamatan, utas:", "↩ 1 🔁 4 ⭐ 10", "",
		mhead, "(2/3)", "🔸 Alok Barat:", "Desa 7 · TPS 29", "L 6.100 · P 6.350 · L+P 12.450", "",
		"🔸 Magepanda:", "Desa 5 · TPS 20", "L 4.011 · P 4.187 · L+P 8.198", "", "↩ 0 🔁 3 ⭐ 8", "",
		mhead, "(3/3)", "🔸 Bola:", "Desa 6 · TPS 17", "L 3.902 · P 4.015 · L+P 7.917", "",
		"🔸 Jumlah:", "Desa 18 · TPS 66", "L 14.013 · P 14.552 · L+P 28.565", "", "↩ 2 🔁 7 ⭐ 15", ""}
	mrows := []string{
		"pemilu|2019|kecamatan|ALOK BARAT|7|29|6100|6350|12450",
		"pemilu|2019|kecamatan|MAGEPANDA|5|20|4011|4187|8198",
		"pemilu|2019|kecamatan|BOLA|6|17|3902|4015|7917",
		"pemilu|2019|kabupaten|Kabupaten Sikka|18|66|14013|14552|28565",
	}
	// a phone's PDF print: each emoji U+1Fxxx came out as the Greek letter
	// U+1Fxx
	lost := func(s string) string {
		return strings.NewReplacer("📍", "Ὄ", "💬", "Ὂ", "🔁", "ὐ", "📊", "Ὄ").Replace(s)
	}
	var pdf []string
	for _, l := range []string{"Tabel 3.4 Utas DPT Pemilu 2024", "",
		"KPU Sikka @kpu_sikka · 9 Jul 2023", "2/3",
		"📍 Paga: 10 desa/kel · 30 TPS", "L 4.500 | P 4.620 | Total 9.120",
		"📍 Mego: 9 desa/kel · 27 TPS", "L 4.102 | P 4.233 | Total 8.335",
		"📍 Tana Wawo: 8 desa/kel · 21 TPS", "L 3.010 | P 3.188 | Total 6.198",
		"💬 4 🔁 17 ♡ 53 📊 1,2 rb", ""} {
		pdf = append(pdf, lost(l))
	}
	prows := []string{
		"pemilu|2024|kecamatan|PAGA|10|30|4500|4620|9120",
		"pemilu|2024|kecamatan|MEGO|9|27|4102|4233|8335",
		"pemilu|2024|kecamatan|TANA WAWO|8|21|3010|3188|6198",
	}
	// no caption: the election and year only in the opening post's words;
	// counters with their count words, the post's number in brackets
	thead := "kpusikka @kpusikka · 14 Okt 2020"
	threads := []string{"Berikut kutipan utas akun resmi kami.", "",
		thead, "[1/3]", "DPT Pemilihan Bupati dan Wakil Bupati Sikka Tahun 2020 per kecamatan 👇", "12 balasan · 40 suka", "",
		thead, "[2/3]", "▪ Hewokloang: 7 desa · 19 TPS", "L 3.377 | P 3.402 | Total 6.779",
		"▪ Doreng: 8 desa · 20 TPS", "L 2.980 | P 3.104 | Total 6.084", "3 balasan · 25 suka", "",
		thead, "[3/3]", "▪ Waiblama: 6 desa · 16 TPS", "L 2.605 | P 2.711 | Total 5.316", "5 balasan · 31 suka", ""}
	trows := []string{
		"pilkada|2020|kecamatan|HEWOKLOANG|7|19|3377|3402|6779",
		"pilkada|2020|kecamatan|DORENG|8|20|2980|3104|6084",
		"pilkada|2020|kecamatan|WAIBLAMA|6|16|2605|2711|5316",
	}
	one := []string{"Tabel 3.4 Utas DPT Pemilu 2024", "", head, "2/2", "📍 Alok: 8 desa/kel · 33 TPS", "   L 7.150 | P 7.420 | Total 14.570",
		"💬 1   🔁 4   ♡ 22   📊 850", ""}
	checkDocs(t, []string{"dpt"}, []docCase{
		{name: "X thread, two areas a post, the kabupaten last, a reply", body: x("36.007"), want: map[string][]string{"dpt": rows}},
		{name: "Mastodon thread, names alone on the head, middle dots", body: masto, want: map[string][]string{"dpt": mrows}},
		{name: "PDF print, emoji as lone Greek letters", body: pdf, want: map[string][]string{"dpt": prows}},
		{name: "Threads, the election in the opening post, count words", body: threads, want: map[string][]string{"dpt": trows}},
		{name: "one block is no table", body: one},
	})
	// a kabupaten total off the kecamatan sum is flagged, as in any DPT table
	d := parseDoc(t, "wrong total", x("36.107")...)
	validate.Document(d)
	warned := false
	for _, f := range d.Findings {
		warned = warned || f.Aturan == "dpt.rincian_tidak_sama_total"
	}
	if !warned {
		t.Errorf("a kabupaten total off the kecamatan sum raised no finding: %+v", d.Findings)
	}
}
