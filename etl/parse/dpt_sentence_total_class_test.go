package parse

import (
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// TestDptSentenceTotalClass: a DPT table of kecamatan rows printing no
// kabupaten row, the kabupaten's roll stated in words right under or over
// it; read as the kabupaten row only when the rows' sums make every
// figure. Look-alikes: a sentence whose figures the rows do not make (a
// finding), one about a kecamatan, one about another year, one far from
// the table, a table printing its own total (dpt_sentence_total.go).
func TestDptSentenceTotalClass(t *testing.T) {
	caption := []string{"Tabel 2.5 Rekap DPT Pemilu 2024 menurut Kecamatan", ""}
	rows := []string{"No.\tNama Kecamatan\tJml Desa\tJml TPS\tLaki-laki\tPerempuan\tTotal Pemilih",
		"1\tTELUK MUTIARA\t10\t40\t4.100\t4.250\t8.350", "2\tALOR BARAT LAUT\t12\t35\t3.000\t3.100\t6.100"}
	kec := []string{"pemilu|2024|kecamatan|TELUK MUTIARA|10|40|4100|4250|8350", "pemilu|2024|kecamatan|ALOR BARAT LAUT|12|35|3000|3100|6100"}
	kab := "pemilu|2024|kabupaten|Kabupaten Sikka|22|75|7100|7350|14450"
	under := func(s ...string) []string {
		return append(append(append(append([]string{}, caption...), rows...), ""), append(s, "", "Sumber: KPU Kabupaten Sikka", "")...)
	}
	with := func(extra ...string) []string { return append(append([]string{}, kec...), extra...) }
	tests := []struct {
		name    string
		body    []string
		want    []string
		finding bool
	}{{
		name: "under the table, wrapped over two lines, other wording",
		body: under("Secara keseluruhan jumlah DPT Kabupaten Sikka sebanyak 14.450 pemilih yang terdiri dari 7.100 pemilih laki-",
			"laki dan 7.350 pemilih perempuan, tersebar di 22 desa/kelurahan dan 75 TPS."),
		want: with(kab),
	}, {
		name: "under the table, the line wrapped right before \"pemilih\", a hyphen left in mid-line",
		body: under("Dengan demikian DPT Kabupaten Sikka berjumlah 14.450",
			"pemilih, terdiri atas 7.100 laki- laki dan 7.350 perempuan, di 22",
			"desa/kelurahan dan 75 TPS."),
		want: with(kab),
	}, {
		name: "over the table, leading into it, counts of voters only",
		body: append([]string{"Hasil rekapitulasi menetapkan DPT Kabupaten Sikka sejumlah 14.450 pemilih, yakni 7.100 laki-laki dan",
			"7.350 perempuan, dengan rincian per kecamatan sebagai berikut:", ""}, under()...),
		want: with("pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|7100|7350|14450"),
	}, {
		name:    "figures the rows do not make: a finding, nothing loaded",
		body:    under("Dengan demikian DPT kabupaten berjumlah 14.460 pemilih, terdiri atas 7.110 laki-laki dan 7.350 perempuan."),
		want:    kec,
		finding: true,
	}, {
		name:    "a village count the rows do not make: a finding, nothing loaded",
		body:    under("Dengan demikian DPT kabupaten berjumlah 14.450 pemilih, terdiri atas 7.100 laki-laki dan 7.350 perempuan, di 23 desa."),
		want:    kec,
		finding: true,
	}, {
		name: "about one kecamatan: nothing, no finding",
		body: under("DPT terbanyak di Teluk Mutiara, berjumlah 8.350 pemilih, terdiri atas 4.100 laki-laki dan 4.250 perempuan."),
		want: kec,
	}, {
		name: "about another year (no election named, the caption's year not the sentence's): nothing, no finding",
		body: under("Sebagai pembanding, pada tahun 2019 DPT berjumlah 13.900 pemilih, terdiri atas 6.800 laki-laki dan 7.100 perempuan."),
		want: kec,
	}, {
		name: "over the table, about the next election's roll (its years not the caption's): nothing, no finding",
		body: append([]string{"Pada 2023 ditetapkan DPT Pemilu 2029 sebanyak 15.020 pemilih, terdiri atas 7.400 laki-laki dan 7.620 perempuan. Rincian per kecamatan yang tersedia masih DPT Pemilu 2024 berikut.", ""}, under()...),
		want: with("pemilu|2029|kabupaten|Kabupaten Sikka|<nil>|<nil>|7400|7620|15020"), // the prose reader's, of its own roll
	}, {
		name: "under a Pemilu table, the Pilkada roll of the same year: nothing, no finding",
		body: under("Untuk Pemilihan Bupati dan Wakil Bupati Sikka Tahun 2024, DPT ditetapkan sebanyak 14.610 pemilih,",
			"terdiri atas 7.180 laki-laki dan 7.430 perempuan."),
		want: with("pilkada|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|7180|7430|14610"), // the prose reader's, of its own roll
	}, {
		name: "far from the table: nothing",
		body: append(under(), "Partisipasi pemilih dibahas pada bagian berikut.", "",
			"DPT kabupaten berjumlah 14.450 pemilih, terdiri atas 7.100 laki-laki dan 7.350 perempuan.", ""),
		want: kec,
	}, {
		name: "set as the table's last row, merged across it, the parts before the whole",
		body: append(append(append(append([]string{}, caption...), rows...),
			"Jumlah Kabupaten Sikka: 22 desa/kelurahan, 75 TPS, 7.100 pemilih laki-laki dan 7.350 pemilih perempuan, seluruhnya 14.450 pemilih."), "", "Sumber: KPU Kabupaten Sikka", ""),
		want: with(kab),
	}, {
		name: "set as the last row, a whole the parts do not make: nothing, no finding",
		body: append(append(append(append([]string{}, caption...), rows...),
			"Jumlah Kabupaten Sikka: 22 desa/kelurahan, 75 TPS, 7.100 pemilih laki-laki dan 7.350 pemilih perempuan, seluruhnya 14.550 pemilih."), ""),
		want: kec,
	}, {
		name: "set as the last row, parts the rows do not make: a finding, nothing loaded",
		body: append(append(append(append([]string{}, caption...), rows...),
			"Jumlah Kabupaten Sikka: 22 desa/kelurahan, 75 TPS, 7.200 pemilih laki-laki dan 7.350 pemilih perempuan, seluruhnya 14.550 pemilih."), ""),
		want:    kec,
		finding: true,
	}, {
		name: "two sentences right under the last row: not a row, nothing loaded",
		body: append(append(append(append([]string{}, caption...), rows...),
			"Jumlah Kabupaten Sikka seluruhnya 14.450 pemilih, 7.100 laki-laki dan 7.350 perempuan. Angka ini naik dari 2019."), ""),
		want: kec,
	}, {
		name: "the table prints its own total: kept, no second row",
		body: append(append(append(append([]string{}, caption...), rows...), "\tJUMLAH\t22\t75\t7.100\t7.350\t14.450", ""),
			"Dengan demikian DPT kabupaten berjumlah 14.450 pemilih, terdiri atas 7.100 laki-laki dan 7.350 perempuan.", ""),
		want: with(kab),
	}, {
		name: "a printed total the sentence disagrees with: a finding, the printed total kept",
		body: append(append(append(append([]string{}, caption...), rows...), "\tJUMLAH\t22\t75\t7.100\t7.350\t14.450", ""),
			"Dengan demikian DPT kabupaten berjumlah 14.550 pemilih, terdiri atas 7.200 laki-laki dan 7.350 perempuan.", ""),
		want:    with(kab),
		finding: true,
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, tc.body...)
			wantRows(t, "dpt", factRows["dpt"](d), tc.want)
			if got := hasFinding(d, "dpt.kalimat_total"); got != tc.finding {
				t.Errorf("finding dpt.kalimat_total = %v, want %v", got, tc.finding)
			}
		})
	}
}

func hasFinding(d *facts.Document, rule string) bool {
	for _, f := range d.Findings {
		if f.Aturan == rule {
			return true
		}
	}
	return false
}

// TestDptSentenceTotalCites: the kabupaten row read from a sentence cites
// the line under the table it was written on; a finding names the
// sentence's own lines, so the figures stay traceable to their source.
func TestDptSentenceTotalCites(t *testing.T) {
	body := []string{"Tabel 2.5 Rekap DPT Pemilu 2024 menurut Kecamatan", "",
		"No.\tNama Kecamatan\tLaki-laki\tPerempuan\tTotal Pemilih",
		"1\tTELUK MUTIARA\t4.100\t4.250\t8.350", "2\tALOR BARAT LAUT\t3.000\t3.100\t6.100", "",
		"Dengan demikian DPT kabupaten berjumlah 14.450 pemilih, terdiri atas 7.100 laki-laki",
		"dan 7.350 perempuan.", ""}
	d := parseDoc(t, "cites", body...)
	lines := strings.Split(string(doc(body...)), "\n")
	n := 0
	for _, f := range d.Findings {
		if f.Aturan != "dpt.total_kalimat" {
			continue
		}
		n++
		if !strings.HasPrefix(lines[f.Start-1], "Dengan demikian DPT") || !strings.HasPrefix(lines[f.End-1], "dan 7.350") {
			t.Errorf("finding cites lines %d-%d (%q .. %q), want the sentence's", f.Start, f.End, lines[f.Start-1], lines[f.End-1])
		}
	}
	if n != 1 {
		t.Errorf("%d dpt.total_kalimat findings, want 1; findings %v", n, d.Findings)
	}
}
