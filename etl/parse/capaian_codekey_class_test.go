package parse

import (
	"fmt"
	"strings"
	"testing"
)

// TestCodeKeyClass: a capaian table that names its indicators only by a
// code (IKU 1, SS1-IK2, I.3, a letter), the names in a key under it,
// before it or in an appendix. Each row loads under the key's name; a
// code the key does not name, or names twice differently, loads nothing
// and leaves a finding. Look-alikes keep today's reading: a table holding
// the names beside its codes, a budget keyed by codes, a numbered list of
// indicators in prose, an outline "A. …" under a table of letters.
func TestCodeKeyClass(t *testing.T) {
	const (
		kom  = "Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya"
		dpt  = "Persentase KPU Kabupaten dalam memutakhirkan Data Pemilih Tepat Waktu"
		opin = "Opini BPK atas Laporan Keuangan"
		akip = "Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten"
		sar  = "Persentase tersedianya sarana dan prasarana untuk memenuhi kebutuhan kerja Pegawai yang berfungsi dengan baik"
	)
	rowKom := kom + "|75|79.12|105.49"
	rowDpt := dpt + "|100|100|100"
	rowOpin := opin + "|<nil>|<nil>|100"
	rowAkip := akip + "|70|72.4|103.43"
	rowSar := sar + "|85|80.75|95"
	// the measurement by IKU numbers, No before the code column
	iku := []string{"Tabel 3.2 Capaian Indikator Kinerja Utama", "",
		"No.\tKode Indikator\tTarget\tRealisasi\tCapaian (%)",
		"1\tIKU 1\t75,00\t79,12\t105,49", "2\tIKU 2\t100,00\t100,00\t100,00", "3\tIKU 3\tWTP\tWTP\t100,00", ""}
	// a Kode column first, codes naming sasaran and indicator
	ss := []string{"Tabel 3.1 Pengukuran Kinerja", "", "Kode IKU\tSatuan\tTarget\tRealisasi\tCapaian",
		"SS1-IK1\tNilai\t70,00\t72,40\t103,43", "SS1-IK2\t%\t85,00\t80,75\t95,00", ""}
	prose := []string{"Capaian kinerja tahun ini secara umum baik.", ""}
	tests := []struct {
		name   string
		body   []string
		want   []string
		orphan int // rows told unnamed (capaian.kode_tanpa_keterangan)
	}{
		{"key under, ':' entries, wrapped names joined as prose",
			cat(iku, []string{"Kode indikator dalam tabel:",
				"IKU 1 : Persentase kesesuaian Kompetensi Pegawai terhadap",
				"standar kompetensi penugasannya",
				"IKU 2 : Persentase KPU Kabupaten dalam memutakhirkan Data",
				"        Pemilih Tepat Waktu",
				"IKU 3 : " + opin, "", "Sumber: Subbag Program dan Data.", ""}, prose),
			[]string{rowKom, rowDpt, rowOpin}, 0},
		{"key before the table, '=' entries, then a caption",
			cat([]string{"Indikator disebut dengan kodenya:", "SS1-IK2 = " + sar, "SS1-IK1 = " + akip, ""}, prose, ss),
			[]string{rowAkip, rowSar}, 0},
		{"key in an appendix, 'CODE. Name' entries, a source line right under it",
			cat(ss, prose, []string{"BAB IV PENUTUP", "", "Demikian laporan ini disusun.", "", "LAMPIRAN 1 DAFTAR KODE", "",
				"SS1-IK1. " + akip, "SS1-IK2. " + sar, "Sumber: Renstra 2020-2024", ""}),
			[]string{rowAkip, rowSar}, 0},
		{"key table Kode | Indikator in an appendix, a No cell first",
			cat(iku, prose, []string{"Lampiran 2", "", "No\tKode\tNama Indikator", "1\tIKU 3\t" + opin, "2\tIKU 1\t" + kom,
				"3\tIKU 2\t" + dpt, "4\tIKU 9\tPersentase pegawai yang mengikuti pelatihan teknis", ""}),
			[]string{rowKom, rowDpt, rowOpin}, 0},
		{"letters keyed by ':' under the table, a key of TAB lines",
			cat([]string{"Tabel 3.3 Capaian", "", "Kode\tTarget\tRealisasi\tCapaian (%)", "A\t75,00\t79,12\t105,49", "B\t70,00\t72,40\t103,43", "",
				"Keterangan:", "A : " + kom, "B : " + akip, ""}, prose),
			[]string{rowKom, rowAkip}, 0},
		{"a code the key does not name: that row loads nothing",
			cat(iku, []string{"Keterangan kode:", "IKU 1 : " + kom, "IKU 3 : " + opin, ""}, prose),
			[]string{rowKom, rowOpin}, 1},
		{"a code two keys name differently: that row loads nothing",
			cat([]string{"Daftar kode (Renstra):", "IKU 2 = Persentase pemilih yang menggunakan hak pilihnya", ""},
				iku, []string{"Keterangan kode:", "IKU 1 : " + kom, "IKU 2 : " + dpt, "IKU 3 : " + opin, ""}, prose),
			[]string{rowKom, rowOpin}, 1},
		{"prose right under the last entry is no part of its name",
			cat(iku, []string{"Keterangan kode:", "IKU 1 : " + kom, "IKU 2 : " + dpt, "IKU 3 : " + opin,
				"Hasil tersebut dicapai berkat kerja sama seluruh jajaran sekretariat.", ""}),
			[]string{rowKom, rowDpt, rowOpin}, 0},
		// look-alikes
		{"a Kode column beside the names: the table's names, not the key's",
			cat([]string{"Tabel 3.1 Capaian", "", "No\tKode\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
				"1\tIK.1\t" + kom + "\t75,00\t79,12\t105,49", "2\tIK.2\t" + akip + "\t70,00\t72,40\t103,43", "",
				"Keterangan kode:", "IK.1 : " + dpt, "IK.2 : " + sar, ""}),
			[]string{rowKom, rowAkip}, 0},
		{"a key naming one code of three: that row alone loads",
			cat(iku, []string{"Keterangan: IKU 1 : " + kom, ""}), []string{rowKom}, 2},
		{"a numbered list of indicators in prose is no key: the codes name nothing",
			cat(iku, []string{"Indikator kinerja utama KPU Kabupaten adalah:", "1. " + kom, "2. " + dpt, "3. " + opin, ""}), nil, 3},
		{"an outline 'A. …' is no key of letters",
			cat([]string{"Tabel 3.3 Capaian", "", "Kode\tTarget\tRealisasi\tCapaian (%)", "A\t75,00\t79,12\t105,49", "B\t70,00\t72,40\t103,43", "",
				"A. " + kom, "", "B. " + akip, ""}), nil, 0},
		{"a name cut on a dangling word, a wrap in doubt (a capital, no indent): neither names",
			cat(iku, []string{"Keterangan kode:", "IKU 1 : Persentase Pegawai Sekretariat yang", "IKU 2 : Persentase Dokumen Layanan Informasi",
				"Publik Terbit Tepat Waktu", "IKU 3 : " + opin, ""}),
			[]string{rowOpin}, 2},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.body...)
		got := factRows["capaian"](d)
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("%s: capaian\n got %q\nwant %q", tc.name, got, tc.want)
		}
		orphans := 0
		for _, f := range d.Findings {
			if f.Aturan == "capaian.kode_tanpa_keterangan" {
				orphans++
			}
		}
		if orphans != tc.orphan {
			t.Errorf("%s: %d rows told unnamed, want %d", tc.name, orphans, tc.orphan)
		}
	}
}

// TestCodeKeyBudget: a budget keyed by its codes with a key of those codes
// loads as it does without the key, and no capaian.
func TestCodeKeyBudget(t *testing.T) {
	budget := []string{"Tabel 3.6 Realisasi Anggaran", "", "Kode\tPagu\tRealisasi\tSisa\tSerapan (%)",
		"076.01.WA\t5.000.000.000\t4.800.000.000\t200.000.000\t96,00",
		"3355\t2.000.000.000\t1.900.000.000\t100.000.000\t95,00",
		"3358\t3.000.000.000\t2.900.000.000\t100.000.000\t96,67", ""}
	key := []string{"Keterangan kode:", "076.01.WA : Program Dukungan Manajemen", "3355 : Persentase layanan perkantoran yang dikelola",
		"3358 : Persentase sarana dan prasarana internal", ""}
	plain, keyed := parseDoc(t, "plain", budget...), parseDoc(t, "keyed", cat(budget, key)...)
	if a, b := factRows["anggaran"](plain), factRows["anggaran"](keyed); fmt.Sprint(a) != fmt.Sprint(b) {
		t.Errorf("budget moved by a key:\n got %q\nwant %q", b, a)
	}
	if len(keyed.Capaian) != 0 {
		t.Errorf("budget read as capaian: %q", factRows["capaian"](keyed))
	}
}

// TestKeyEntry: the line forms of a key entry, and lines that open none.
func TestKeyEntry(t *testing.T) {
	for _, tc := range []struct{ line, code, rest string }{
		{"IK.01 : Persentase A", "IK.01", "Persentase A"},
		{"IKU 2 = Nilai B", "IKU 2", "Nilai B"},
		{"SS1-IK2. Opini C", "SS1-IK2", "Opini C"},
		{"I.3 - Indeks D", "I.3", "Indeks D"},
		{"- IKU-4 – Jumlah E", "IKU-4", "Jumlah E"},
		{"A : Persentase F", "A", "Persentase F"},
		{"A. Persentase F", "", ""},     // an outline item
		{"1. Persentase G", "", ""},     // a numbered item
		{"KPU Kabupaten dalam", "", ""}, // a wrapped line
		{"IKU-1 -an", "", ""},
	} {
		code, rest, _ := keyEntry(tc.line)
		if code != tc.code || rest != tc.rest {
			t.Errorf("keyEntry(%q) = %q, %q; want %q, %q", tc.line, code, rest, tc.code, tc.rest)
		}
	}
}

func cat(parts ...[]string) []string {
	var out []string
	for _, p := range parts {
		out = append(out, p...)
	}
	return strings.Split(strings.Join(out, "\n"), "\n")
}
