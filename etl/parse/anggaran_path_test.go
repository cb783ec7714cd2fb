package parse

import (
	"strings"
	"testing"
)

// TestBudgetPathCodes: a budget line coded with its whole path
// (program.kegiatan, program.kegiatan.KRO.RO, with or without BA and
// eselon) is read at the level the path names and under the parent it
// names; a code whose segments do not all have their level's shape is no
// code and its row is not read.
func TestBudgetPathCodes(t *testing.T) {
	tests := []struct {
		code                 string
		kode, tingkat, induk string // kode "": not read
	}{
		{"EBA.956", "", "", ""}, // an output without its kegiatan, under no kegiatan
		{"076.01.WA.3355", "3355", "kegiatan", "076.01.WA"},
		{"076.01.WA.3355.EBD.955", "3355.EBD.955", "output", "3355"},
		{"WA.3355.EBD.955", "3355.EBD.955", "output", "3355"},
		{"076.01.CQ.6640", "6640", "kegiatan", "076.01.CQ"}, // the path's program, not the row above's
		{"076.01.WA.33555", "", "", ""},
		{"076.1.WA.3355", "", "", ""},
		{"076.01.WA.3355.EB.955", "", "", ""},
		{"076.01.WA.3355.EBD", "", "", ""}, // a KRO alone is no level of the contract
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.code, "Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
			"Kode\tUraian\tPagu\tRealisasi\tSisa\t%",
			"076.01.WA\tProgram Dukungan Manajemen\t2.000.000.000\t1.900.000.000\t100.000.000\t95,00",
			tc.code+"\tSuatu Baris\t1.000.000.000\t950.000.000\t50.000.000\t95,00")
		var got []string
		for _, a := range d.Anggaran {
			if a.Kode != "076.01.WA" {
				got = append(got, a.Kode+" "+a.Tingkat+" "+a.KodeInduk)
			}
		}
		want := ""
		if tc.kode != "" {
			want = tc.kode + " " + tc.tingkat + " " + tc.induk
		}
		if strings.Join(got, ";") != want {
			t.Errorf("%s: got %q, want %q", tc.code, got, want)
		}
	}
}

// TestOutputTail: an output written as KRO.RO alone ("EBA.956") belongs
// to the kegiatan row above it.
func TestOutputTail(t *testing.T) {
	d := parseDoc(t, "tail", "Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
		"Kode\tUraian\tPagu\tRealisasi\tSisa\t%",
		"WA\tProgram Dukungan Manajemen\t2.000.000.000\t1.900.000.000\t100.000.000\t95,00",
		"3355\tPengelolaan Keuangan\t1.000.000.000\t950.000.000\t50.000.000\t95,00",
		"EBA.956\tLayanan BMN\t400.000.000\t380.000.000\t20.000.000\t95,00")
	var got []string
	for _, a := range d.Anggaran {
		got = append(got, a.Kode+" "+a.Tingkat+" "+a.KodeInduk)
	}
	if want := "076.01.WA program ;3355 kegiatan 076.01.WA;3355.EBA.956 output 3355"; strings.Join(got, ";") != want {
		t.Errorf("got %q, want %q", strings.Join(got, ";"), want)
	}
}

// TestSisaInParentheses: "(1.275)" in a Sisa column is an overspent
// line's negative sisa when pagu − realisasi proves it, in the table's
// unit; unproven, or a note in parentheses, it loads NULL with a finding.
func TestSisaInParentheses(t *testing.T) {
	tests := []struct {
		name, unit, pagu, real, sisa string
		want                         int64 // 0: NULL
		finding                      string
	}{
		{"proven, Rp ribu", " (Rp ribu)", "1.905.318", "1.906.593", "(1.275)", -1275000, ""},
		{"proven, rupiah with Rp", "", "1.905.318.000", "1.906.593.000", "Rp (1.275.000)", -1275000, ""},
		{"pagu − realisasi says otherwise", " (Rp ribu)", "1.905.318", "1.906.593", "(1.725)", 0, "anggaran.sisa_tidak_terbukti"},
		{"underspent, written in parentheses", " (Rp ribu)", "1.905.318", "1.904.043", "(1.275)", 0, "anggaran.sisa_tidak_terbukti"},
		{"a plain sisa is read as before", " (Rp ribu)", "1.905.318", "1.904.043", "1.275", 1275000, ""},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, "Tabel 3.5 Realisasi Anggaran Tahun 2022"+tc.unit, "",
			"Kode\tUraian\tPagu\tRealisasi\tSisa\t%",
			"WA.3360\tOperasional Perkantoran\t"+tc.pagu+"\t"+tc.real+"\t"+tc.sisa+"\t100,07")
		if len(d.Anggaran) != 1 {
			t.Errorf("%s: anggaran %+v", tc.name, d.Anggaran)
			continue
		}
		if a := d.Anggaran[0]; i64(a.Sisa) != tc.want || (a.Sisa == nil) != (tc.want == 0) {
			t.Errorf("%s: sisa %d, want %d", tc.name, i64(a.Sisa), tc.want)
		}
		if tc.finding != "" && !hasRule(d, tc.finding) {
			t.Errorf("%s: no finding %s in %+v", tc.name, tc.finding, d.Findings)
		}
	}
}

// TestProgramByName: a program row written by its official name alone is
// that program; the older program of a similar name, a shortened name and
// a kegiatan name are no code.
func TestProgramByName(t *testing.T) {
	tests := []struct{ name, kode string }{
		{"Program Dukungan Manajemen", "076.01.WA"},
		{"PROGRAM PENYELENGGARAAN PEMILU DALAM PROSES KONSOLIDASI DEMOKRASI", "076.01.CQ"},
		{"Program Dukungan Manajemen dan Pelaksanaan Tugas Teknis Lainnya KPU", ""},
		{"Program Penyelenggaraan Pemilu", ""},
		{"Pengelolaan Keuangan dan Barang Milik Negara", ""},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, "Tabel 3.6 Realisasi Anggaran Tahun 2024", "",
			"Program/Kegiatan\tPagu\tRealisasi\tSisa\t%",
			tc.name+"\t3.000.000.000\t2.900.000.000\t100.000.000\t96,67",
			"Jumlah\t3.000.000.000\t2.900.000.000\t100.000.000\t96,67")
		got := ""
		for _, a := range d.Anggaran {
			if a.Kode != "TOTAL" {
				got += a.Kode
			}
		}
		if got != tc.kode {
			t.Errorf("%s: kode %q, want %q", tc.name, got, tc.kode)
		}
	}
}
