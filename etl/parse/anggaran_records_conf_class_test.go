package parse

import (
	"strings"
	"testing"
)

// Budget lines as the objects of a configuration language
// (anggaran_records_conf.go): HOCON, JSON5, HJSON, libconfig, UCL/nginx,
// HCL blocks nested under their program, TOML inline tables and sections.
// An application.conf, a game's libconfig levels and a budget whose sisa
// disagrees give nothing.
func TestConfRecordsClass(t *testing.T) {
	cap := "Tabel 3.3 Realisasi Anggaran Tahun 2023"
	want := []string{
		"076.01.WA|program||2023|1800000000|1710000000|90000000",
		"3355|kegiatan|076.01.WA|2023|1000000000|960000000|40000000",
		"3360|kegiatan|076.01.WA|2023|800000000|750000000|50000000",
		"076.01.CQ|program||2023|600000000|540000000|60000000",
		"6640|kegiatan|076.01.CQ|2023|600000000|540000000|60000000",
		"TOTAL|total||2023|2400000000|2250000000|150000000",
	}
	doc := func(note, body string) []string {
		out := []string{cap, "", note, ""}
		out = append(out, strings.Split(body, "\n")...)
		return append(out, "", "Sumber: SAKTI dan OM-SPAN, posisi 31 Desember 2023.", "",
			"Dari seluruh pagu tersebut realisasinya 93,75 persen.")
	}
	// HOCON: objects over several lines, ':' separators, no sisa, the total
	// last with its key only, a comment and an include
	hocon := doc("[Lampiran: isi berkas realisasi.conf]", `// realisasi.conf
include "dasar.conf"
realisasi {
  satuan: rupiah
  rincian {
    "076.01.WA" {
      nama: "Program Dukungan Manajemen"
      pagu: 1800000000
      realisasi: 1710000000
    }
    "3355" { induk: "076.01.WA", nama: "Pengelolaan Keuangan", pagu: 1000000000, realisasi: 960000000 }
    "3360" { induk: "076.01.WA", nama: "Operasional Perkantoran", pagu: 800000000, realisasi: 750000000 }
    "076.01.CQ" { nama: "Program Penyelenggaraan Pemilu", pagu: 600000000, realisasi: 540000000 }
    "6640" { induk: "076.01.CQ", nama: "Pemutakhiran Data Pemilih", pagu: 600000000, realisasi: 540000000 }
  }
  total { pagu = 2400000000, realisasi = 2250000000, serapan = 93.75 }
}`)
	// JSON5: bare keys, single quotes, trailing commas, a list of objects
	// naming their kode, the total first
	json5 := doc("Berkas anggaran.json5:", `{
  tahun: 2023,
  jumlah: { uraian: 'JUMLAH', pagu: 2400000000, realisasi: 2250000000, sisa: 150000000, },
  baris: [
    { kode: '076.01.WA', uraian: 'Program Dukungan Manajemen', pagu: 1800000000, realisasi: 1710000000, sisa: 90000000, },
    { kode: '3355', induk: '076.01.WA', uraian: 'Pengelolaan Keuangan', pagu: 1000000000, realisasi: 960000000, sisa: 40000000, },
    { kode: '3360', induk: '076.01.WA', uraian: 'Operasional Perkantoran', pagu: 800000000, realisasi: 750000000, sisa: 50000000, },
    { kode: '076.01.CQ', uraian: 'Program Penyelenggaraan Pemilu', pagu: 600000000, realisasi: 540000000, sisa: 60000000, },
    { kode: '6640', induk: '076.01.CQ', uraian: 'Pemutakhiran Data Pemilih', pagu: 600000000, realisasi: 540000000, sisa: 60000000, },
  ],
}`)
	// HJSON: quoteless names, one field a line, no commas
	hjson := doc("Konfigurasi (HJSON):", `{
  "076.01.WA": {
    uraian: Program Dukungan Manajemen
    pagu: 1800000000
    realisasi: 1710000000
  }
  "3355": {
    induk: 076.01.WA
    uraian: Pengelolaan Keuangan
    pagu: 1000000000
    realisasi: 960000000
  }
  "3360": { induk: 076.01.WA, uraian: "Operasional Perkantoran", pagu: 800000000, realisasi: 750000000 }
  "076.01.CQ": { uraian: "Program Penyelenggaraan Pemilu", pagu: 600000000, realisasi: 540000000 }
  "6640": { induk: 076.01.CQ, uraian: "Pemutakhiran Data Pemilih", pagu: 600000000, realisasi: 540000000 }
  "TOTAL": { pagu: 2400000000, realisasi: 2250000000 }
}`)
	// libconfig: `name = value;`, integers with L, a list in parentheses
	libconfig := doc("anggaran.cfg (libconfig):", `anggaran = {
  baris = (
    { kode = "076.01.WA"; uraian = "Program Dukungan Manajemen"; pagu = 1800000000L; realisasi = 1710000000L; sisa = 90000000L; },
    { kode = "3355"; induk = "076.01.WA"; uraian = "Pengelolaan Keuangan"; pagu = 1000000000L; realisasi = 960000000L; sisa = 40000000L; },
    { kode = "3360"; induk = "076.01.WA"; uraian = "Operasional Perkantoran"; pagu = 800000000L; realisasi = 750000000L; sisa = 50000000L; },
    { kode = "076.01.CQ"; uraian = "Program Penyelenggaraan Pemilu"; pagu = 600000000L; realisasi = 540000000L; sisa = 60000000L; },
    { kode = "6640"; induk = "076.01.CQ"; uraian = "Pemutakhiran Data Pemilih"; pagu = 600000000L; realisasi = 540000000L; sisa = 60000000L; }
  );
  total = { uraian = "TOTAL"; pagu = 2400000000L; realisasi = 2250000000L; sisa = 150000000L; };
};`)
	// UCL / nginx-like: a space between name and value, ';' after each
	ucl := doc("Potongan berkas anggaran.ucl:", `"076.01.WA" { uraian "Program Dukungan Manajemen"; pagu 1800000000; realisasi 1710000000; }
"3355" { induk "076.01.WA"; pagu 1000000000; realisasi 960000000; sisa 40000000; }
"3360" { induk "076.01.WA"; pagu 800000000; realisasi 750000000; sisa 50000000; }
"076.01.CQ" { pagu 600000000; realisasi 540000000; }
"6640" { induk "076.01.CQ"; pagu 600000000; realisasi 540000000; }
"TOTAL" { pagu 2400000000; realisasi 2250000000; }`)
	// HCL: labelled blocks, the kegiatan nested in their program (no induk)
	hcl := doc("Modul anggaran (HCL):", `program "076.01.WA" {
  uraian    = "Program Dukungan Manajemen"
  pagu      = 1800000000
  realisasi = 1710000000
  kegiatan "3355" {
    pagu      = 1000000000
    realisasi = 960000000
  }
  kegiatan "3360" {
    pagu      = 800000000
    realisasi = 750000000
  }
}
program "076.01.CQ" {
  pagu      = 600000000
  realisasi = 540000000
  kegiatan "6640" {
    pagu      = 600000000
    realisasi = 540000000
  }
}
ringkasan "jumlah" {
  pagu      = 2400000000
  realisasi = 2250000000
}`)
	// TOML: inline tables under quoted keys, digit separators, the total a section
	toml := doc("anggaran.toml:", `[anggaran]
tahun = 2023

[anggaran.baris]
"076.01.WA" = { uraian = "Program Dukungan Manajemen", pagu = 1_800_000_000, realisasi = 1_710_000_000, serapan = 95.00 }
"3355" = { induk = "076.01.WA", pagu = 1_000_000_000, realisasi = 960_000_000, serapan = 96.00 }
"3360" = { induk = "076.01.WA", pagu = 800_000_000, realisasi = 750_000_000, serapan = 93.75 }
"076.01.CQ" = { pagu = 600_000_000, realisasi = 540_000_000, serapan = 90.00 }
"6640" = { induk = "076.01.CQ", pagu = 600_000_000, realisasi = 540_000_000, serapan = 90.00 }

[anggaran.total]
uraian = "JUMLAH"
pagu = 2_400_000_000
realisasi = 2_250_000_000`)

	// look-alikes: a web service's application.conf; a game's libconfig
	// levels; the HOCON budget with a sisa that disagrees
	webapp := doc("Lampiran: application.conf layanan dasbor", `server {
  port = 8080
  timeout = 30
  pool { size = 10, max-idle = 4 }
}
db {
  url = "jdbc:postgresql://localhost/lkj"
  pool { size = 20, timeout = 5000 }
}`)
	game := doc("levels.cfg:", `game = {
  levels = (
    { name = "Hutan"; enemies = 12; time = 300L; score = 1500L; },
    { name = "Gua"; enemies = 20; time = 420L; score = 2600L; },
    { name = "Puncak"; enemies = 31; time = 600L; score = 4100L; }
  );
};`)
	badSisa := doc("[Lampiran: isi berkas anggaran.conf]", `anggaran {
  baris {
    "076.01.WA" { uraian = "Program Dukungan Manajemen", pagu = 1800000000, realisasi = 1710000000, sisa = 90000000 }
    "3355" { induk = "076.01.WA", pagu = 1000000000, realisasi = 960000000, sisa = 45000000 }
    "3360" { induk = "076.01.WA", pagu = 800000000, realisasi = 750000000, sisa = 50000000 }
    "076.01.CQ" { pagu = 600000000, realisasi = 540000000, sisa = 60000000 }
    "6640" { induk = "076.01.CQ", pagu = 600000000, realisasi = 540000000, sisa = 60000000 }
  }
}`)

	checkDocs(t, []string{"anggaran"}, []docCase{
		{"HOCON, ':' and multi-line objects, total last by key", hocon, map[string][]string{"anggaran": want}},
		{"JSON5, a list of objects with kode, trailing commas", json5, map[string][]string{"anggaran": want}},
		{"HJSON, quoteless names", hjson, map[string][]string{"anggaran": want}},
		{"libconfig, 123L and a list", libconfig, map[string][]string{"anggaran": want}},
		{"UCL, space separators", ucl, map[string][]string{"anggaran": want}},
		{"HCL, kegiatan nested in their program", hcl, map[string][]string{"anggaran": want}},
		{"TOML inline tables and a total section", toml, map[string][]string{"anggaran": want}},
		{"a web service's application.conf", webapp, nil},
		{"a game's libconfig levels", game, nil},
		{"a HOCON budget whose sisa disagrees", badSisa, nil},
	})
}
