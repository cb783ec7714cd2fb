package parse

import "testing"

// TestListCapaian: indicators written as the items of a list, each stating
// its target, realisasi and capaian by role words, give capaian rows when
// the figures prove each other, whatever the marker, the order of the
// role words or the wrapping of the item; grades and opinions are read as
// a pair of one kind; anything unproven stays prose.
func TestListCapaian(t *testing.T) {
	lead := "Capaian indikator kinerja sasaran strategis diuraikan sebagai berikut."
	// listed is a case: the lead, the items, and the capaian rows they must give
	listed := func(name string, items []string, rows ...string) docCase {
		c := docCase{name: name, body: append([]string{lead, ""}, items...)}
		if rows != nil {
			c.want = map[string][]string{"capaian": rows}
		}
		return c
	}
	checkDocs(t, []string{"capaian", "capaian_seri"}, []docCase{
		listed("numbered sentences, wrapped, one lower-is-better",
			[]string{"1. Persentase Partisipasi Pemilih dalam Pemilu: target 77,50%,", "terealisasi 81,24%, sehingga capaian kinerjanya 104,83%.", "", "2. Persentase Pelanggaran Kode Etik oleh Penyelenggara: target 5,00%, terealisasi 2,13%,", "sehingga capaian kinerjanya 157,40%.", ""},
			"Persentase Partisipasi Pemilih dalam Pemilu|77.5|81.24|104.83", "Persentase Pelanggaran Kode Etik oleh Penyelenggara|5|2.13|157.4"),
		listed("lettered items, realisasi before target, persen in words, no blank line between",
			[]string{"a) Persentase Pemutakhiran Data Pemilih tepat waktu: realisasi 95,00 persen dari target 100 persen, capaian 95,00 persen.", "b) Persentase Sengketa Hukum yang dimenangkan KPU: realisasi sebesar 100 persen dari target 100 persen dengan capaian 100 persen.", ""},
			"Persentase Pemutakhiran Data Pemilih tepat waktu|100|95|95", "Persentase Sengketa Hukum yang dimenangkan KPU|100|100|100"),
		listed("bullets, the name joined to its figures by 'dengan'",
			[]string{"• Persentase Pembayaran Gaji tepat waktu dengan target 100%, realisasi 100% dan capaian 100%.", "", "• Indeks Kepuasan Layanan Informasi dengan target 80, realisasi 84 dan capaian 105,00%.", ""},
			"Persentase Pembayaran Gaji tepat waktu|100|100|100", "Indeks Kepuasan Layanan Informasi|80|84|105"),
		listed("grades and an opinion compared by rank",
			[]string{"(a) Nilai Evaluasi atas Akuntabilitas Kinerja: target predikat B, realisasi predikat CC, target belum tercapai.", "", "(b) Opini BPK atas Laporan Keuangan: target opini WTP, realisasi opini WTP, capaian 100,00%.", ""},
			"Nilai Evaluasi atas Akuntabilitas Kinerja|<nil>|<nil>|<nil>", "Opini BPK atas Laporan Keuangan|<nil>|<nil>|100"),
		listed("bare role nouns on lines of their own: a labelled record, read as such",
			[]string{"1. Persentase Partisipasi Pemilih dalam Pemilu", "   Target : 77,50%", "   Realisasi : 84,26%", "   Capaian : 108,72%", "", "2. Persentase Partisipasi Pemilih Perempuan dalam Pemilu", "   Target : 77,50%", "   Realisasi : 86,71%", "   Capaian : 111,88%", ""},
			"Persentase Partisipasi Pemilih dalam Pemilu|77.5|84.26|108.72", "Persentase Partisipasi Pemilih Perempuan dalam Pemilu|77.5|86.71|111.88"),
		listed("a national target beside the item's own is not its target",
			[]string{"1. Persentase Partisipasi Pemilih: target 77,50% (target nasional 80,00%), terealisasi 81,24%, sehingga capaian 104,83%."},
			"Persentase Partisipasi Pemilih|77.5|81.24|104.83"),
		listed("a capaian the figures do not give: not read",
			[]string{"1. Persentase Partisipasi Pemilih: target 77,50%, realisasi 81,24%, capaian 110,00%."}),
		listed("no capaian to prove the pair: not read",
			[]string{"1. Persentase Partisipasi Pemilih: target 77,50%, realisasi 81,24%."}),
		listed("a role stated twice with two values: not read",
			[]string{"1. Persentase Partisipasi Pemilih: target 77,50%, realisasi 81,24%, capaian 104,83%, sedangkan realisasi 79,00% pada semester I."}),
		listed("a label and bare figures with another figure among them: a labelled row's rule, not read",
			[]string{"1. Persentase Partisipasi Pemilih: target 77,50%, realisasi 81,24% (naik 1,2), capaian 104,83%."}),
		listed("a year after a role word is no figure: not read",
			[]string{"1. Indeks Kepuasan Layanan: target 2020 sebesar 80, terealisasi 2020 sebesar 84, sehingga capaian 100,00%."}),
		listed("an opinion against a grade: not read",
			[]string{"1. Opini BPK atas Laporan Keuangan: target opini WTP, realisasi predikat B."}),
		{name: "a year's figures in a dash list are no indicator",
			body: []string{"Perkembangan indikator ini tiga tahun terakhir:", "", "- Tahun 2022: target 70,00%, realisasi 72,18%, capaian 103,11%;", ""}},
	})
}

// TestListCapaianUnit: the unit target and realisasi are written in is the
// row's satuan (a capaian's percent sign is not); two units: not read.
func TestListCapaianUnit(t *testing.T) {
	for _, tc := range []struct{ item, want string }{
		{"1. Jumlah Laporan Kinerja yang disusun tepat waktu: target 12 dokumen, realisasi 12 dokumen, capaian 100%.", "dokumen"},
		{"1. Persentase Pemutakhiran Data Pemilih: target minimal 90 persen, terealisasi 94,50 persen, capaian 105,00 persen.", "persen"},
		{"1. Jumlah Laporan Kinerja yang disusun tepat waktu: target 12 dokumen, realisasi 12%, capaian 100%.", ""},
	} {
		d := parseDoc(t, tc.item, "Capaian indikator kinerja diuraikan sebagai berikut.", "", tc.item, "")
		var got []string
		for _, c := range d.Capaian {
			got = append(got, c.Satuan)
		}
		var want []string
		if tc.want != "" {
			want = []string{tc.want}
		}
		wantRows(t, tc.item, got, want)
	}
}

// TestListCapaianYear: the paragraph introducing the list names the year
// the items measure; two earlier years leave it unproven.
func TestListCapaianYear(t *testing.T) {
	item := "1. Persentase Partisipasi Pemilih dalam Pemilu: target 77,50%, terealisasi 81,24%, sehingga capaian kinerjanya 104,83%."
	for _, tc := range []struct {
		lead string
		want []int
	}{
		{"Capaian indikator kinerja Tahun 2024 sebagai berikut.", []int{2024}},
		{"Capaian indikator kinerja Tahun 2023 sebagai pembanding:", []int{2023}},
		{"Capaian indikator kinerja Tahun 2022 dan 2023 sebagai pembanding:", nil},
	} {
		d := parseDoc(t, tc.lead, tc.lead, "", item, "")
		var got []int
		for _, c := range d.Capaian {
			got = append(got, c.Tahun)
		}
		wantRows(t, tc.lead, intStrings(got), intStrings(tc.want))
	}
}

func intStrings(ns []int) []string {
	var out []string
	for _, n := range ns {
		out = append(out, string(rune('0'+n/1000))+string(rune('0'+n/100%10))+string(rune('0'+n/10%10))+string(rune('0'+n%10)))
	}
	return out
}
