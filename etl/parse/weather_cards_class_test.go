package parse

import (
	"strings"
	"testing"
)

// wcCard is one rounded forecast card w wide (inside): its lines as given
// (the number, a status, the name, the figures), padded to h lines.
func wcCard(w, h int, lines ...string) []string {
	pad := func(s string) string { return "│ " + s + strings.Repeat(" ", w-1-len([]rune(s))) + "│" }
	out := []string{"╭" + strings.Repeat("─", w) + "╮"}
	for _, l := range lines {
		out = append(out, pad(l))
	}
	for len(out) < h+1 {
		out = append(out, pad(""))
	}
	return append(out, "╰"+strings.Repeat("─", w)+"╯")
}

// wcAbreast sets cards side by side, two spaces apart; cards of one band
// must be of one height.
func wcAbreast(cards ...[]string) []string {
	out := make([]string, len(cards[0]))
	for i := range out {
		var parts []string
		for _, c := range cards {
			parts = append(parts, c[i])
		}
		out[i] = strings.Join(parts, "  ")
	}
	return out
}

// wcDoc: a BAB III with a caption, the key line(s) above the cards, the
// bands, a source line.
func wcDoc(key []string, bands ...[]string) []string {
	body := []string{
		"BAB III AKUNTABILITAS KINERJA", "",
		"Capaian indikator kinerja ditampilkan di layar lobi sebagai kartu berikut.", "",
		"Tabel 3.2 Capaian Indikator Kinerja Utama", "",
	}
	body = append(append(body, key...), "")
	for _, b := range bands {
		body = append(append(body, b...), "")
	}
	return append(body, "Sumber: Subbagian Program dan Data, diolah.", "")
}

// wcSpaced and wcColon label a figure without and with a colon; a long
// label gets a single space before its value (`Realisasi BB`).
func wcSpaced(l, v string) string { return l + strings.Repeat(" ", max(1, 10-len(l))) + v }
func wcColon(l, v string) string  { return l + strings.Repeat(" ", 10-len(l)) + ": " + v }

// wcInd is one made-up indicator: its name's lines, unit and figures, and
// the row it must give.
type wcInd struct {
	name             []string
	unit, t, r, c    string
	want, hi, status string
}

var wcInds = []wcInd{
	{[]string{"Persentase Laporan Keuangan", "yang Disusun Tepat Waktu"}, "%", "90,00", "95,40", "106,00 %",
		"Persentase Laporan Keuangan yang Disusun Tepat Waktu|90|95.4|106", "", ""},
	{[]string{"Jumlah Pemilih Pemula yang", "Mengikuti Sosialisasi"}, "orang", "1.200", "1.140", "95,00 %",
		"Jumlah Pemilih Pemula yang Mengikuti Sosialisasi|1200|1140|95", "", ""},
	{[]string{"PERSENTASE PEMILIH TIDAK", "TERDAFTAR"}, "%", "2,00", "1,60", "120,00 %",
		"PERSENTASE PEMILIH TIDAK TERDAFTAR|2|1.6|120", "", ""},
	{[]string{"Nilai Evaluasi Akuntabilitas", "Kinerja Satker"}, "Predikat", "B", "BB", "100,00 %",
		"Nilai Evaluasi Akuntabilitas Kinerja Satker|<nil>|<nil>|100", "", ""},
	{[]string{"Persentase Arsip Inaktif", "yang Ditata"}, "%", "80,00", "60,00", "75,00 %",
		"Persentase Arsip Inaktif yang Ditata|80|60|75", "", ""},
}

// wcCards builds wcInds' cards: title(n), the status (by the capaian:
// hi at 100 % and above, mid from 90 %, lo below) over or under the
// name, a blank line between status and name when gap, labels by lab.
func wcCards(title func(int) string, hi, mid, lo string, under, gap bool, lab func(l, v string) string) [][]string {
	var out [][]string
	for k, in := range wcInds {
		st := lo
		switch in.c {
		case "106,00 %", "120,00 %", "100,00 %":
			st = hi
		case "95,00 %":
			st = mid
		}
		lines := []string{title(k + 1)}
		switch {
		case st == "":
			lines = append(lines, in.name...)
		case under:
			lines = append(append(lines, in.name...), st)
		case gap:
			lines = append(append(lines, st, ""), in.name...)
		default:
			lines = append(append(lines, st), in.name...)
		}
		for len(lines) < 6 {
			lines = append(lines, "")
		}
		lines = append(lines, lab("Satuan", in.unit), lab("Target", in.t), lab("Realisasi", in.r), lab("Capaian", in.c))
		out = append(out, wcCard(30, 10, lines...))
	}
	return out
}

func wcWant() []string {
	var w []string
	for _, in := range wcInds {
		w = append(w, in.want)
	}
	return w
}

func iku(n int) string { return "IKU " + string(rune('0'+n)) }

// TestWeatherCards: a forecast card is one capaian row whose name is the
// card's text lines without its number, its labelled figures and its
// status line, which the key above the cards names or its place proves.
func TestWeatherCards(t *testing.T) {
	key := []string{"Cuaca setiap kartu menurut capaian: ☀ CERAH = 100% ke atas, ⛅ CERAH BERAWAN = 90% ke atas, ☁ BERAWAN = di bawah 90%."}
	c := wcCards(iku, "☀ CERAH", "⛅ CERAH BERAWAN", "☁ BERAWAN", false, true, wcSpaced)
	three := wcDoc(key, wcAbreast(c[0], c[1], c[2]), wcAbreast(c[3], c[4]))

	key2 := []string{"Keterangan kartu:", "☀ TERCAPAI — capaian 100% ke atas; ☁ TIDAK — capaian di bawah 100%."}
	d := wcCards(func(n int) string { return "Indikator " + string(rune('0'+n)) }, "☀ TERCAPAI", "☁ TIDAK", "☁ TIDAK", true, false, wcColon)
	twoUnder := wcDoc(key2, wcAbreast(d[0], d[1]), wcAbreast(d[2], d[3]), d[4])

	key3 := []string{"Status kartu: TERCAPAI = capaian 100% ke atas, HAMPIR = 90% ke atas, BELUM TERCAPAI = di bawah 90%."}
	e := wcCards(func(n int) string { return "KPI-" + string(rune('0'+n)) }, "TERCAPAI", "HAMPIR", "BELUM TERCAPAI", false, false, wcSpaced)
	fourNoIcon := wcDoc(key3, wcAbreast(e[0], e[1], e[2], e[3]), e[4])

	f := wcCards(iku, "☀️ CERAH", "🌤 BERAWAN", "🌧 HUJAN", false, false, wcSpaced)
	noKeyIcons := wcDoc(nil, wcAbreast(f[0], f[1], f[2]), wcAbreast(f[3], f[4]))

	g := wcCards(iku, "SANGAT BAIK", "BAIK", "CUKUP", false, true, wcColon)
	noKeyWords := wcDoc([]string{"Setiap kartu memuat satu indikator kinerja utama."}, wcAbreast(g[0], g[1], g[2]), wcAbreast(g[3], g[4]))

	h := wcCards(func(n int) string { return iku(n) + "   ☀ CERAH" }, "", "", "", false, false, wcSpaced)
	for k := range h {
		if k == 1 || k == 4 {
			h[k][2] = strings.Replace(h[k][2], "☀ CERAH  ", "☁ BERAWAN", 1)
		}
	}
	onTitle := wcDoc(key, wcAbreast(h[0], h[1], h[2]), wcAbreast(h[3], h[4]))

	plain := wcCards(iku, "", "", "", false, false, wcSpaced)
	noStatus := wcDoc(key, wcAbreast(plain[0], plain[1], plain[2]), wcAbreast(plain[3], plain[4]))

	tests := []docCase{
		{name: "three abreast, icon key above, status over the name, Realisasi BB", body: three, want: map[string][]string{"capaian": wcWant()}},
		{name: "two abreast, ☀ TERCAPAI / ☁ TIDAK key with dashes, status under the name, colons", body: twoUnder, want: map[string][]string{"capaian": wcWant()}},
		{name: "four abreast, no icons, words key, status glued to the name", body: fourNoIcon, want: map[string][]string{"capaian": wcWant()}},
		{name: "no key, icon-led statuses repeated over the name", body: noKeyIcons, want: map[string][]string{"capaian": wcWant()}},
		{name: "no key, no icons, capitals set off by a blank line", body: noKeyWords, want: map[string][]string{"capaian": wcWant()}},
		{name: "status on the number's line", body: onTitle, want: map[string][]string{"capaian": wcWant()}},
		{name: "key but no status on the cards: names whole", body: noStatus, want: map[string][]string{"capaian": wcWant()}},
	}
	checkDocs(t, []string{"capaian"}, tests)
}

// TestWeatherCardsKeepName: lines that only look like a status stay in the
// name: capitals names repeated without a key, icon or blank line; a name
// line the prose above happens to hold with a colon.
func TestWeatherCardsKeepName(t *testing.T) {
	card := func(n int, name []string, tv, rv, cv string) []string {
		lines := append([]string{iku(n)}, name...)
		for len(lines) < 5 {
			lines = append(lines, "")
		}
		return wcCard(30, 9, append(lines, wcSpaced("Satuan", "%"), wcSpaced("Target", tv), wcSpaced("Realisasi", rv), wcSpaced("Capaian", cv))...)
	}
	caps := wcDoc([]string{"Kartu capaian indikator."},
		wcAbreast(card(1, []string{"PERSENTASE KPU", "DALAM PEMUTAKHIRAN"}, "100,00", "100,00", "100,00 %"),
			card(2, []string{"PERSENTASE KPU", "DALAM PELAPORAN"}, "90,00", "99,00", "110,00 %")))
	prose := wcDoc([]string{"Laporan Keuangan: disusun tepat waktu.", "Tepat Waktu: seluruh laporan."},
		wcAbreast(card(1, []string{"Persentase Laporan", "Keuangan"}, "100,00", "100,00", "100,00 %"),
			card(2, []string{"Persentase Dokumen", "Tepat Waktu"}, "90,00", "99,00", "110,00 %")))
	tests := []docCase{
		{name: "capitals names repeated, no key", body: caps, want: map[string][]string{"capaian": {
			"PERSENTASE KPU DALAM PEMUTAKHIRAN|100|100|100", "PERSENTASE KPU DALAM PELAPORAN|90|99|110"}}},
		{name: "prose above holds a name line with a colon", body: prose, want: map[string][]string{"capaian": {
			"Persentase Laporan Keuangan|100|100|100", "Persentase Dokumen Tepat Waktu|90|99|110"}}},
	}
	checkDocs(t, []string{"capaian"}, tests)
}

// TestWeatherCardsNone: a weather report's forecast cards (no target,
// realisasi or capaian) give no row; a card whose capaian the figures do
// not give is not loaded.
func TestWeatherCardsNone(t *testing.T) {
	fc := func(city, st string) []string {
		return wcCard(30, 8, "Kota "+city, st, "", "Suhu      24 - 32 °C", "Kelembapan 60 - 90 %", "Angin     10 km/jam")
	}
	report := wcDoc([]string{"Prakiraan cuaca BMKG: ☀ CERAH = tanpa awan, ☁ BERAWAN = awan tebal."},
		wcAbreast(fc("Kupang", "☀ CERAH"), fc("Waikabubak", "☁ BERAWAN"), fc("Tambolaka", "☀ CERAH")))
	c := wcCards(iku, "☀ CERAH", "⛅ CERAH BERAWAN", "☁ BERAWAN", false, true, wcSpaced)
	c[0] = wcCard(30, 10, "IKU 1", "☀ CERAH", "", "Persentase Laporan Keuangan", "yang Disusun Tepat Waktu", "",
		wcSpaced("Satuan", "%"), wcSpaced("Target", "90,00"), wcSpaced("Realisasi", "95,40"), wcSpaced("Capaian", "160,00 %"))
	for k := range c[1:] {
		c[k+1] = wcCard(30, 10, "IKU 9", "☀ CERAH", "", "Suhu udara rata-rata", "", "", "Satuan    °C", "Kelembapan 80 %")
	}
	bad := wcDoc([]string{"☀ CERAH = 100% ke atas"}, wcAbreast(c[0], c[1]))
	for name, body := range map[string][]string{"weather report": report, "capaian the figures do not give": bad} {
		d := parseDoc(t, name, body...)
		if rows := factRows["capaian"](d); len(rows) > 0 {
			t.Errorf("%s: got capaian rows %v", name, rows)
		}
	}
}
