package parse

import (
	"strings"
	"testing"
)

// registerLines draws a letter register: its rows parted by sep, each
// cell padded to w runes, framed by sep when framed; a row nil is a dashed
// rule, a row of one "=" a double rule.
func registerLines(sep string, framed bool, w int, rows ...[]string) []string {
	const width = 100
	var out []string
	for _, r := range rows {
		switch {
		case r == nil:
			out = append(out, strings.Repeat("-", width))
			continue
		case len(r) == 1 && r[0] == "=":
			out = append(out, strings.Repeat("=", width))
			continue
		}
		var cells []string
		for _, c := range r {
			if sep == "\t" {
				cells = append(cells, c)
				continue
			}
			cells = append(cells, " "+c+strings.Repeat(" ", max(0, w-len([]rune(c))))+" ")
		}
		l := strings.Join(cells, sep)
		if framed {
			l = sep + l + sep
		}
		out = append(out, l)
	}
	return out
}

// registerDoc sets a register in a report whose other tables are TAB tables.
func registerDoc(caption, title string, reg []string) []string {
	out := []string{"LAPORAN KINERJA SEKRETARIAT KPU KABUPATEN SIKKA TAHUN 2024", "",
		"Tabel 3.1 Rekapitulasi Anggaran", "", "No\tUraian\tPagu\tRealisasi",
		"1\tBelanja Pegawai\t1.000.000\t900.000", "", caption, "",
		"[Lampiran: Buku Agenda Surat Masuk (petikan) - diketik ulang]", "", title}
	out = append(out, reg...)
	return append(out, "L = pemilih laki-laki, P = pemilih perempuan, jml = L + P.", "")
}

// TestLetterRegisterDPTClass: a DPT typed again as the secretariat's
// incoming-letter register, one PPK letter a kecamatan: the header's words
// give the sender and the subject; the sender's PPK names the kecamatan,
// the subject's labelled figures its counts; L + P = jml proves an entry,
// the Subbagian's recap of the kabupaten must be the entries' sums.
func TestLetterRegisterDPTClass(t *testing.T) {
	const cap24 = "Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan"
	const title = "BUKU AGENDA SURAT MASUK - SEKRETARIAT KPU KABUPATEN SIKKA"
	// ruled entries, the summary over lines, a disposition column, an
	// invitation letter among them (no fact), the kabupaten last
	ruled := registerDoc(cap24, title, registerLines("|", true, 22,
		[]string{"="},
		[]string{"NO. AGENDA", "TANGGAL", "PENGIRIM", "NOMOR SURAT", "ISI RINGKAS", "DISPOSISI"},
		[]string{"="},
		[]string{"12", "02-10-2023", "PPK Kec. Alok", "01/PPK-ALK/2023", "Rekap DPT Pemilu 2024:", "Kasubbag"},
		[]string{"", "", "", "", "desa/kel 12, TPS 60,", ""},
		[]string{"", "", "", "", "L 7.210, P 7.305, jml 14.515", ""},
		nil,
		[]string{"13", "02-10-2023", "Bawaslu Kab. Sikka", "090/BWS/X/2023", "Undangan rapat koordinasi", "Ketua"},
		[]string{"", "", "", "", "tanggal 5 Oktober 2023", ""},
		nil,
		[]string{"14", "03-10-2023", "PPK Nita", "02/PPK-NT/2023", "Rekap DPT Pemilu 2024:", "Kasubbag"},
		[]string{"", "", "", "", "desa/kel 9, TPS 41,", ""},
		[]string{"", "", "", "", "L 4.120, P 4.033, jml 8.153", ""},
		nil,
		[]string{"15", "04-10-2023", "PPK Bola", "03/PPK-BL/2023", "Rekap DPT Pemilu 2024:", "Kasubbag"},
		[]string{"", "", "", "", "desa/kel 6, TPS 20,", ""},
		[]string{"", "", "", "", "L 2.015, P 1.990, jml 4.005", ""},
		nil,
		[]string{"16", "05-10-2023", "Subbag Program", "ND/2023/DPT", "Rekap DPT Pemilu 2024", ""},
		[]string{"", "", "& Data", "", "Kab. Sikka:", ""},
		[]string{"", "", "", "", "desa/kel 27, TPS 121,", ""},
		[]string{"", "", "", "", "L 13.345, P 13.328, jml 26.673", ""},
		[]string{"="}))
	// TAB cells, no rules between entries, the summary on one line in
	// words, the kabupaten first
	tabs := registerDoc(cap24, "Agenda Surat Masuk Tahun 2023", registerLines("\t", false, 0,
		[]string{"No", "Tgl Terima", "Asal Surat", "Perihal", "Ket"},
		[]string{"1", "01/10/2023", "Subbag Program dan Data", "Rekap DPT Kabupaten Sikka; Desa 20; TPS 74; Laki-laki 9.345; Perempuan 9.338; Jumlah 18.683", ""},
		[]string{"2", "02/10/2023", "Ketua PPK Kecamatan Waigete", "Rekap DPT: Desa 11; TPS 40; Laki-laki 5.100; Perempuan 5.200; Jumlah 10.300", "arsip"},
		[]string{"3", "02/10/2023", "Ketua PPK Kecamatan Talibura", "Rekap DPT: Desa 9; TPS 34; Laki-laki 4.245; Perempuan 4.138; Jumlah 8.383", "arsip"}))
	// box-drawing rules, colons between labels and figures, no desa, no
	// kabupaten entry, an entry off its total (a finding, not loaded)
	boxed := registerDoc(cap24, title, registerLines("│", true, 24,
		[]string{"NO.AGD", "DARI", "PERIHAL"},
		nil,
		[]string{"7", "PPK Magepanda", "Rekap daftar pemilih tetap"},
		[]string{"", "", "TPS: 30; L: 3.000; P: 3.100;"},
		[]string{"", "", "jumlah pemilih: 6.100"},
		nil,
		[]string{"8", "PPK Mego", "Rekap daftar pemilih tetap"},
		[]string{"", "", "TPS: 25; L: 2.500; P: 2.400;"},
		[]string{"", "", "jumlah pemilih: 4.900"},
		nil,
		[]string{"9", "PPK Lela", "Rekap daftar pemilih tetap"},
		[]string{"", "", "TPS: 22; L: 2.000; P: 2.000;"},
		[]string{"", "", "jumlah pemilih: 4.111"}))
	// look-alikes: a real letter register (no counts); letters counting
	// staff, not voters; counts with the figure before its word
	letters := registerDoc("Tabel 3.5 Surat Masuk 2023", title, registerLines("|", true, 22,
		[]string{"NO. AGENDA", "TANGGAL", "ASAL SURAT", "NOMOR SURAT", "PERIHAL"}, nil,
		[]string{"21", "02-10-2023", "KPU Provinsi NTT", "1020/PL.01/2023", "Undangan bimtek"}, nil,
		[]string{"22", "03-10-2023", "PPK Alok", "04/PPK-ALK/2023", "Permohonan logistik"}, nil,
		[]string{"23", "04-10-2023", "PPK Nita", "05/PPK-NT/2023", "Laporan kegiatan"}))
	staff := registerDoc("Tabel 3.6 Pegawai", title, registerLines("|", true, 22,
		[]string{"NO. AGENDA", "ASAL SURAT", "PERIHAL"}, nil,
		[]string{"31", "PPK Alok", "Data sekretariat PPK: L 3, P 2, jml 5"}, nil,
		[]string{"32", "PPK Nita", "Data sekretariat PPK: L 2, P 3, jml 5"}, nil,
		[]string{"33", "PPK Bola", "Data sekretariat PPK: L 4, P 1, jml 5"}))
	backwards := registerDoc(cap24, title, registerLines("|", true, 30,
		[]string{"NO. AGENDA", "ASAL SURAT", "PERIHAL"}, nil,
		[]string{"41", "PPK Alok", "Rekap DPT: 12 desa, TPS 60,"},
		[]string{"", "", "L 7.210, P 7.305, jml 14.515"}, nil,
		[]string{"42", "PPK Nita", "Rekap DPT: 9 desa, TPS 41,"},
		[]string{"", "", "L 4.120, P 4.033, jml 8.153"}))
	checkDocs(t, []string{"dpt"}, []docCase{
		{"ruled entries, a letter among them, the kabupaten last", ruled, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|ALOK|12|60|7210|7305|14515",
			"pemilu|2024|kecamatan|NITA|9|41|4120|4033|8153",
			"pemilu|2024|kecamatan|BOLA|6|20|2015|1990|4005",
			"pemilu|2024|kabupaten|Kabupaten Sikka|27|121|13345|13328|26673",
		}}},
		{"TAB cells, one-line summaries in words, the kabupaten first", tabs, map[string][]string{"dpt": {
			"pemilu|2024|kabupaten|Kabupaten Sikka|20|74|9345|9338|18683",
			"pemilu|2024|kecamatan|WAIGETE|11|40|5100|5200|10300",
			"pemilu|2024|kecamatan|TALIBURA|9|34|4245|4138|8383",
		}}},
		{"box rules, colon labels, an entry off its total", boxed, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|MAGEPANDA|<nil>|30|3000|3100|6100",
			"pemilu|2024|kecamatan|MEGO|<nil>|25|2500|2400|4900",
		}}},
		{"a letter register of other matters", letters, nil},
		{"letters counting staff", staff, nil},
		{"a figure before its word", backwards, nil},
	})
	d := parseDoc(t, "boxed", boxed...)
	n := 0
	for _, f := range d.Findings {
		if f.Aturan == "tabel.baris_tidak_dikenali" && strings.Contains(f.Pesan, "Lela") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d findings on Lela's entry off its total, want 1", n)
	}
}
