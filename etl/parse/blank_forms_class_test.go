package parse

import (
	"fmt"
	"strings"
	"testing"
)

// blankDoc writes a report whose DPT is a run of Berita Acara forms, the
// figures typed into blanks: forms already written, joined by sep.
func blankDoc(title, caption, sep string, forms ...string) []string {
	out := []string{title, "", "Rekapitulasi DPT dilakukan berjenjang; berita acara disalin berikut.", "", caption, ""}
	for _, f := range forms {
		out = append(out, sep, f, "")
	}
	return append(out, sep, "", "Sumber: Subbagian Program dan Data.")
}

// blankForm1 writes one form: a model line, the heading, the date blanks,
// the area's sentence, then the items as given (label, blank).
func blankForm1(model, heading, area string, items ...string) string {
	lines := []string{"                                   " + model, "BERITA ACARA", heading, "",
		"Pada hari ini ....Kamis..... tanggal ...8... bulan ...Oktober.... tahun Dua Ribu,", area,
		"rapat pleno terbuka rekapitulasi daftar pemilih dengan hasil:"}
	for i := 0; i+1 < len(items); i += 2 {
		lines = append(lines, fmt.Sprintf("  %d. %-28s: %s", i/2+1, items[i], items[i+1]))
	}
	return strings.Join(append(lines, "", "Demikian berita acara ini dibuat untuk dipergunakan sebagaimana mestinya."), "\n")
}

// dots puts a figure into a blank of dots, at the given side.
func dots(v string) string { return "........" + v + "........." }

// TestBlankForms: a DPT given as the Berita Acara forms of the plenary
// meetings, one form an area, each figure typed into a dotted blank, is
// read as the DPT table the forms stand for: a row a form, the area the
// blank after its level word (or its area item), each figure by its
// item's label, the kabupaten's form its total row. Day and date blanks
// are no facts; an unfilled form gives no row; a form whose L + P is not
// its total gives none.
func TestBlankForms(t *testing.T) {
	const pk = "REKAPITULASI DAFTAR PEMILIH TETAP PEMILIHAN BUPATI DAN WAKIL BUPATI SIKKA TAHUN 2020"
	ppk := func(kec, desa, tps, l, p, lp string) string {
		return blankForm1("Model A.2-KWK", pk+"\nTINGKAT KECAMATAN", "PPK Kecamatan ......"+kec+"...... Kabupaten Sikka telah melaksanakan",
			"Jumlah desa/kelurahan", dots(desa), "Jumlah TPS", dots(tps), "Jumlah pemilih laki-laki", dots(l),
			"Jumlah pemilih perempuan", dots(p), "Jumlah pemilih (L + P)", dots(lp))
	}
	kab := func(desa, tps, l, p, lp string) string {
		return strings.Replace(blankForm1("Model A.3-KWK", pk+"\nTINGKAT KABUPATEN", "KPU Kabupaten Sikka telah menetapkan",
			"Jumlah desa/kelurahan", dots(desa), "Jumlah TPS", dots(tps), "Jumlah pemilih laki-laki", dots(l),
			"Jumlah pemilih perempuan", dots(p), "Jumlah pemilih (L + P)", dots(lp)), "rapat pleno terbuka rekapitulasi", "rekapitulasi", 1)
	}
	const sikka = "LAPORAN KINERJA\nSEKRETARIAT KPU KABUPATEN SIKKA\nTAHUN 2020"
	pilkada := blankDoc(sikka, "Tabel 3.6 Rekapitulasi DPT per Kecamatan", strings.Repeat("=", 60),
		ppk("Alok Barat", "4", "52", "8.110", "8.402", "16.512"),
		ppk("Kewapante", "12", "41", "6.020", "6.115", "12.135"),
		ppk("Nita", "9", "20", "3.300", "3.410", "6.710"),
		kab("25", "113", "17.430", "17.927", "35.357"))

	// a Pemilu form, "Model D"-style: "…" blanks, lettered items in
	// another order, the area an item of its own, no rules but blank lines
	const pu = "REKAPITULASI DAFTAR PEMILIH TETAP PEMILIHAN UMUM TAHUN 2019"
	model := func(level, area string, items ...string) string {
		f := blankForm1("MODEL D-DPT", pu, "yang bertanda tangan di bawah ini menyatakan:", append([]string{level, "……" + area + "……"}, items...)...)
		return f
	}
	el := func(v string) string { return "…" + v + "………" }
	pemilu := blankDoc("LAPORAN KINERJA KPU KABUPATEN SIKKA TAHUN 2019", "Tabel 3.5 DPT Pemilu 2019", "",
		model("Kecamatan", "Waigete", "Jumlah TPS", el("88"), "Pemilih Laki-laki", el("15.010"), "Pemilih Perempuan", el("14.990"), "Jumlah Pemilih", el("30.000"), "Jumlah Desa", el("21")),
		model("Kecamatan", "Talibura", "Jumlah TPS", el("71"), "Pemilih Laki-laki", el("11.200"), "Pemilih Perempuan", el("11.305"), "Jumlah Pemilih", el("22.505"), "Jumlah Desa", el("16")),
		model("Kabupaten", "Sikka", "Jumlah TPS", el("159"), "Pemilih Laki-laki", el("26.210"), "Pemilih Perempuan", el("26.295"), "Jumlah Pemilih", el("52.505"), "Jumlah Desa", el("37")))

	// underscores, the figure at either end of its blank, a kota, dash rules
	und := func(kec, tps, l, p, lp string) string {
		return blankForm1("Model A.2-KWK", "REKAPITULASI DPT PEMILIHAN WALIKOTA DAN WAKIL WALIKOTA KUPANG TAHUN 2024",
			"PPK Kecamatan ____"+kec+"____ Kota Kupang telah melaksanakan",
			"Jumlah TPS", tps+"__________", "Jumlah pemilih laki-laki", "__________"+l, "Jumlah pemilih perempuan", "_____"+p+"_____",
			"Jumlah pemilih", "__"+lp+"________")
	}
	kota := blankDoc("LAPORAN KINERJA KPU KOTA KUPANG TAHUN 2024", "Tabel 3.2 DPT Pemilihan 2024", strings.Repeat("-", 50),
		und("Alak", "90", "24.000", "24.500", "48.500"),
		und("Maulafa", "120", "32.000", "32.900", "64.900"),
		und("Oebobo", "110", "30.010", "30.200", "60.210"),
		strings.Replace(strings.Replace(und("X", "320", "86.010", "87.600", "173.610"), "PPK Kecamatan ____X____ Kota Kupang telah melaksanakan",
			"KPU Kota ____Kupang____ telah menetapkan", 1), "Model A.2-KWK", "Model A.3-KWK", 1))

	// an unfilled form and a form whose L + P is not its total: no row
	// for either (the rest read)
	gaps := blankDoc(sikka, "Tabel 3.6 Rekapitulasi DPT per Kecamatan", strings.Repeat("=", 60),
		ppk("Alok Barat", "4", "52", "8.110", "8.402", "16.512"),
		ppk("Kewapante", "12", "41", "6.020", "6.115", "12.135"),
		ppk("Nita", "", "", "", "", ""),
		ppk("Magepanda", "9", "30", "4.100", "4.200", "8.400"),
		kab("34", "143", "21.530", "22.127", "43.657"))

	// look-alikes: a single form; forms naming no area; date blanks and a
	// table of contents with dotted leaders
	single := blankDoc(sikka, "Tabel 3.6 Rekapitulasi DPT", strings.Repeat("=", 60),
		ppk("Alok Barat", "4", "52", "8.110", "8.402", "16.512"))
	noArea := blankDoc(sikka, "Tabel 3.6 Rekapitulasi DPT", strings.Repeat("=", 60),
		strings.Replace(ppk("Alok Barat", "4", "52", "8.110", "8.402", "16.512"), "PPK Kecamatan ......Alok Barat......", "PPK", 1),
		strings.Replace(ppk("Nita", "9", "20", "3.300", "3.410", "6.710"), "PPK Kecamatan ......Nita......", "PPK", 1))
	toc := []string{sikka, "", "DAFTAR ISI", "Kata Pengantar : ........ i", "BAB I : ......... 1", "BAB II : ........ 7",
		"", "Pada hari ini ....Senin..... tanggal ...12... bulan ...Oktober....", "Jumlah pemilih laki-laki : ....  ....",
		"Jumlah pemilih perempuan : ........", "Jumlah pemilih : ........"}

	checkDocs(t, []string{"dpt"}, []docCase{
		{"pilkada", pilkada, map[string][]string{"dpt": {
			"pilkada|2020|kecamatan|ALOK BARAT|4|52|8110|8402|16512",
			"pilkada|2020|kecamatan|KEWAPANTE|12|41|6020|6115|12135",
			"pilkada|2020|kecamatan|NITA|9|20|3300|3410|6710",
			"pilkada|2020|kabupaten|Kabupaten Sikka|25|113|17430|17927|35357"}}},
		{"pemilu", pemilu, map[string][]string{"dpt": {
			"pemilu|2019|kecamatan|WAIGETE|21|88|15010|14990|30000",
			"pemilu|2019|kecamatan|TALIBURA|16|71|11200|11305|22505",
			"pemilu|2019|kabupaten|Kabupaten Sikka|37|159|26210|26295|52505"}}},
		{"gaps", gaps, map[string][]string{"dpt": {
			"pilkada|2020|kecamatan|ALOK BARAT|4|52|8110|8402|16512",
			"pilkada|2020|kecamatan|KEWAPANTE|12|41|6020|6115|12135",
			// the kabupaten's own form, named, its L + P its total: a fact
			// though two kecamatan rows are not read
			"pilkada|2020|kabupaten|Kabupaten Sikka|34|143|21530|22127|43657"}}},
		{"single", single, map[string][]string{}},
		{"noarea", noArea, map[string][]string{}},
		{"toc", toc, map[string][]string{}},
	})
	// a kota's report (its own title, no Sikka head): the KPU Kota's form
	// is the kota's row
	d := parseDoc2(t, "kota", kota)
	for _, r := range d.DPT {
		if r.SatkerID != "5371" {
			t.Errorf("kota: %s keyed to satker %s, not the Kota Kupang", r.Wilayah, r.SatkerID)
		}
	}
	wantRows(t, "kota dpt", factRows["dpt"](d), []string{
		"pilkada|2024|kecamatan|ALAK|<nil>|90|24000|24500|48500",
		"pilkada|2024|kecamatan|MAULAFA|<nil>|120|32000|32900|64900",
		"pilkada|2024|kecamatan|OEBOBO|<nil>|110|30010|30200|60210",
		"pilkada|2024|kabupaten|Kota Kupang|<nil>|320|86010|87600|173610"})
	// the form whose figures do not add up is reported
	d = parseDoc(t, "gaps", gaps...)
	found := false
	for _, f := range d.Findings {
		found = found || f.Aturan == "dpt.tidak_konsisten" && strings.Contains(f.Pesan, "Magepanda")
	}
	if !found {
		t.Errorf("gaps: no finding for the form whose L + P is not its total")
	}
}
