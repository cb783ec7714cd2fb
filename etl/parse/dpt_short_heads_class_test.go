package parse

import (
	"slices"
	"strings"
	"testing"
)

// TestDPTShortHeads: a roll table under an office's short header words
// ("Kec." "Lk" "Pr" "Jml"), as a PPID's written answer or a data-service
// form quotes it, is read when its rows add up (L + P = Jml) and a
// paragraph above names the DPT and an election; otherwise it stays a
// table.tidak_dikenali, never a roll guessed from letters.
func TestDPTShortHeads(t *testing.T) {
	letter := func(asked string) []string {
		return []string{"PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI", "KPU KABUPATEN SIKKA", "",
			"SURAT PEMBERITAHUAN", "Nomor: 031/PPID/KPU-Kab/II/2024", "",
			"Menindaklanjuti permohonan Saudara dengan nomor registrasi 044/PPID/II/2024, bersama ini kami sampaikan:", "",
			"Nama Pemohon           : Yohanes Parera",
			"Alamat                 : Kelurahan Wailiti, Alok Barat",
			"Informasi yang dimohon : " + asked,
			"Tujuan                 : Bahan kajian kampus", "",
			"[v] Dapat diberikan      [ ] Ditolak",
			"Media                  : [ ] Cetak  [v] Berkas digital",
			"Biaya                  : Rp0",
			"Jangka waktu           : 2 (dua) hari kerja", "",
			"Data yang diberikan:"}
	}
	sikka := []string{
		"No\tKec.\tDs/Kel\tTPS\tLk\tPr\tJml",
		"1\tALOK\t6\t48\t7.215\t7.630\t14.845",
		"2\tALOK TIMUR\t5\t41\t6.102\t6.388\t12.490",
		"3\tNITA\t12\t30\t4.551\t4.906\t9.457",
		"\tJUMLAH\t23\t119\t17.868\t18.924\t36.792", ""}
	rows := func(pem string, year int) []string {
		y := pem + "|" + itoa(year) + "|"
		return []string{y + "kecamatan|ALOK|6|48|7215|7630|14845", y + "kecamatan|ALOK TIMUR|5|41|6102|6388|12490",
			y + "kecamatan|NITA|12|30|4551|4906|9457", y + "kabupaten|Kabupaten Sikka|23|119|17868|18924|36792"}
	}
	tests := []struct {
		name    string
		body    []string
		want    []string
		finding bool // the table is reported unread
	}{{
		name: "PPID letter, the caption naming the roll far above",
		body: slices.Concat([]string{"Tabel 3.7 Jawaban PPID: Rekapitulasi DPT Pemilu 2024 per Kecamatan", ""},
			letter("Salinan rekap pemilih per kecamatan"), sikka),
		want: rows("pemilu", 2024),
	}, {
		name: "only the request field names the roll of a Pilkada",
		body: slices.Concat([]string{"Tabel 3.2 Salinan Surat PPID", ""},
			letter("Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Sikka Tahun 2020"), sikka),
		want: rows("pilkada", 2020),
	}, {
		name: "a data-service form with dotted words and count headers",
		body: []string{"Formulir Layanan Data: DPT Pemilu 2019 per Kecamatan", "",
			"Pemohon : Lembaga Kajian Nusa Bunga", "",
			"No.\tKec.\tJml Desa\tJml TPS\tLk.\tPr.\tJml.",
			"1.\tTALIBURA\t12\t44\t7.900\t8.011\t15.911",
			"2.\tWAIGETE\t10\t39\t6.420\t6.433\t12.853",
			"\tTotal\t22\t83\t14.320\t14.444\t28.764", ""},
		want: []string{"pemilu|2019|kecamatan|TALIBURA|12|44|7900|8011|15911",
			"pemilu|2019|kecamatan|WAIGETE|10|39|6420|6433|12853",
			"pemilu|2019|kabupaten|Kabupaten Sikka|22|83|14320|14444|28764"},
	}, {
		name:    "one row not adding up: the letters are unproven",
		body:    slices.Concat([]string{"Tabel 3.7 Rekapitulasi DPT Pemilu 2024 per Kecamatan", ""}, letter("DPT"), strings.Split(strings.Replace(strings.Join(sikka, "\n"), "9.457", "9.475", 1), "\n")),
		finding: true,
	}, {
		name: "the election named but not the roll: badan adhoc members by sex",
		body: []string{"Tabel 2.3 Anggota PPK Pemilu 2024 menurut Jenis Kelamin", "",
			"No\tKec.\tLk\tPr\tJml", "1\tALOK\t3\t2\t5", "2\tNITA\t4\t1\t5", "\tJUMLAH\t7\t3\t10", ""},
		finding: true,
	}, {
		name: "the roll named too far above the table",
		body: slices.Concat([]string{"Rekapitulasi DPT Pemilu 2024 per Kecamatan disampaikan dalam surat berikut.", ""},
			strings.Split(strings.Repeat("Catatan layanan informasi publik tanpa angka.\n\n", 25), "\n"), sikka),
		finding: true,
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, tc.body...)
			wantRows(t, "dpt", factRows["dpt"](d), tc.want)
			found := false
			for _, f := range d.Findings {
				if f.Aturan == "tabel.tidak_dikenali" && strings.Contains(f.Pesan, "Kec.") {
					found = true
				}
			}
			if found != tc.finding {
				t.Errorf("tabel.tidak_dikenali over the table: got %v, want %v", found, tc.finding)
			}
		})
	}
}
