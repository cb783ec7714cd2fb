package parse

import "testing"

// The budget as a PlantUML tree (anggaran_records_wbs.go): a WBS or a mind
// map, the depth of a node its level, the label the code, the name and the
// figures.
func TestWbsBudgetClass(t *testing.T) {
	cap := "Tabel 3.3 Realisasi Anggaran Tahun 2024"
	want := []string{
		"076.01.WA|program||2024|1800000000|1710000000|90000000",
		"3355|kegiatan|076.01.WA|2024|1000000000|960000000|40000000",
		"3360|kegiatan|076.01.WA|2024|800000000|750000000|50000000",
		"076.01.CQ|program||2024|600000000|540000000|60000000",
		"6640|kegiatan|076.01.CQ|2024|600000000|540000000|60000000",
		"TOTAL|total||2024|2400000000|2250000000|150000000",
	}
	noTotal := want[:5]

	// multi-line labels, other role words (alokasi, sisa anggaran,
	// persentase), a title, a skinparam, a comment, a legend with figures,
	// the key under the diagram
	multi := []string{cap, "", "@startwbs", "title Pohon Anggaran 2024", "skinparam monochrome true",
		"' disalin dari SAKTI",
		"*:JUMLAH", "Alokasi: Rp 2.400.000.000", "Realisasi: Rp 2.250.000.000", "Sisa Anggaran: Rp 150.000.000", "Persentase: 93,75%;",
		"**:076.01.WA Program Dukungan Manajemen", "Alokasi: Rp 1.800.000.000", "Realisasi: Rp 1.710.000.000", "Sisa Anggaran: Rp 90.000.000", "Persentase: 95,00%;",
		"***:3355 Pengelolaan Keuangan", "Alokasi: Rp 1.000.000.000", "Realisasi: Rp 960.000.000", "Sisa Anggaran: Rp 40.000.000", "Persentase: 96,00%;",
		"***:3360 Operasional Perkantoran", "Alokasi: Rp 800.000.000", "", "Realisasi: Rp 750.000.000", "Sisa Anggaran: Rp 50.000.000", "Persentase: 93,75%;",
		"**:076.01.CQ Program Penyelenggaraan Pemilu", "Alokasi: Rp 600.000.000", "Realisasi: Rp 540.000.000", "Sisa Anggaran: Rp 60.000.000", "Persentase: 90,00%;",
		"***:6640 Pemutakhiran Data Pemilih", "Alokasi: Rp 600.000.000", "Realisasi: Rp 540.000.000", "Sisa Anggaran: Rp 60.000.000", "Persentase: 90,00%;",
		"legend right", "Dicetak 12 Desember 2024 pukul 10.00, halaman 3", "endlegend",
		"@endwbs", "", "(kunci: * jumlah, ** program, *** kegiatan)", "",
	}

	// one line a node: colours, a boxless node, a stereotype, fields parted
	// by \n and ';'; a root of no figures (no total to load), no serapan
	inline := []string{cap, "", "@startwbs",
		"* Anggaran Sekretariat KPU Kabupaten Sikka 2024",
		`**[#Orange] 076.01.WA Program Dukungan Manajemen\npagu 1.800.000.000; realisasi 1.710.000.000; sisa 90.000.000 <<program>>`,
		`***[#lightblue] 3355 Pengelolaan Keuangan\npagu 1.000.000.000; realisasi 960.000.000; sisa 40.000.000`,
		`***_ 3360 Operasional Perkantoran\npagu 800.000.000; realisasi 750.000.000; sisa 50.000.000`,
		`**[#Orange] 076.01.CQ Program Penyelenggaraan Pemilu\npagu 600.000.000; realisasi 540.000.000; sisa 60.000.000 <<program>>`,
		`*** 6640 Pemutakhiran Data Pemilih\npagu 600.000.000; realisasi 540.000.000; sisa 60.000.000`,
		"@endwbs",
	}

	// a mind map, the programs on both sides (+ right, - left), <br>
	// between the fields, the total at the root
	mind := []string{cap, "", "@startmindmap",
		`+ Total<br>pagu 2.400.000.000<br>realisasi 2.250.000.000<br>sisa 150.000.000<br>serapan 93,75%`,
		`++ 076.01.WA Program Dukungan Manajemen<br>pagu 1.800.000.000<br>realisasi 1.710.000.000<br>sisa 90.000.000<br>serapan 95,00%`,
		`+++ 3355 Pengelolaan Keuangan<br>pagu 1.000.000.000<br>realisasi 960.000.000<br>sisa 40.000.000<br>serapan 96,00%`,
		`+++ 3360 Operasional Perkantoran<br>pagu 800.000.000<br>realisasi 750.000.000<br>sisa 50.000.000<br>serapan 93,75%`,
		"left side",
		`-- 076.01.CQ Program Penyelenggaraan Pemilu<br>pagu 600.000.000<br>realisasi 540.000.000<br>sisa 60.000.000<br>serapan 90,00%`,
		`--- 6640 Pemutakhiran Data Pemilih<br>pagu 600.000.000<br>realisasi 540.000.000<br>sisa 60.000.000<br>serapan 90,00%`,
		"@endmindmap",
	}

	// a mind map in the markdown syntax: one marker a node, the depth by
	// indentation, fields parted by '|'
	outline := []string{cap, "", "@startmindmap",
		"* JUMLAH | pagu 2.400.000.000 | realisasi 2.250.000.000 | sisa 150.000.000",
		"  * 076.01.WA Program Dukungan Manajemen | pagu 1.800.000.000 | realisasi 1.710.000.000 | sisa 90.000.000",
		"    * 3355 Pengelolaan Keuangan | pagu 1.000.000.000 | realisasi 960.000.000 | sisa 40.000.000",
		"    * 3360 Operasional Perkantoran | pagu 800.000.000 | realisasi 750.000.000 | sisa 50.000.000",
		"  * 076.01.CQ Program Penyelenggaraan Pemilu | pagu 600.000.000 | realisasi 540.000.000 | sisa 60.000.000",
		"    * 6640 Pemutakhiran Data Pemilih | pagu 600.000.000 | realisasi 540.000.000 | sisa 60.000.000",
		"@endmindmap",
	}

	// outputs (keluaran) under their kegiatan, a level the table does not
	// write: passed over, the rest loads
	outputs := []string{cap, "", "@startwbs",
		`* Jumlah\npagu 1.800.000.000\nrealisasi 1.710.000.000\nsisa 90.000.000`,
		`** 076.01.WA Program Dukungan Manajemen\npagu 1.800.000.000\nrealisasi 1.710.000.000\nsisa 90.000.000`,
		`*** 3355 Pengelolaan Keuangan\npagu 1.000.000.000\nrealisasi 960.000.000\nsisa 40.000.000`,
		`**** 3355.BAB.001 Layanan Keuangan\npagu 1.000.000.000\nrealisasi 960.000.000\nsisa 40.000.000`,
		`*** 3360 Operasional Perkantoran\npagu 800.000.000\nrealisasi 750.000.000\nsisa 50.000.000`,
		`**** 3360.EBA.994 Layanan Perkantoran\npagu 500.000.000\nrealisasi 480.000.000\nsisa 20.000.000`,
		`**** 3360.EBA.962 Layanan Umum\npagu 300.000.000\nrealisasi 270.000.000\nsisa 30.000.000`,
		"@endwbs",
	}

	// look-alikes: a project's WBS with hours and costs; a mind map of a
	// meeting's topics with numbers; the budget WBS whose sisa disagrees;
	// one whose kegiatan exceed their program
	project := []string{"Lampiran: struktur rincian kerja proyek aplikasi", "", "@startwbs",
		"*:Aplikasi Pendaftaran", "Jam: 1.200", "Biaya: 240.000.000;",
		"**:1.1 Desain", "Jam: 300", "Biaya: 60.000.000", "Progres: 100%;",
		"**:1.2 Pengembangan", "Jam: 700", "Biaya: 140.000.000", "Progres: 80%;",
		"**:1.3 Uji Coba", "Jam: 200", "Biaya: 40.000.000", "Progres: 10%;",
		"@endwbs",
	}
	meeting := []string{"Lampiran: peta pikiran rapat pleno", "", "@startmindmap",
		"* Rapat Pleno 12 Maret 2024",
		"** Pemutakhiran data: 12.345 pemilih baru",
		"*** 3 desa belum melapor",
		"** Logistik: 240 kotak suara",
		"** Anggaran: sisa 150 juta",
		"@endmindmap",
	}
	badSisa := append([]string(nil), multi...)
	badSisa[19] = "Sisa Anggaran: Rp 45.000.000"
	// the same, bare: its nodes read as key : value records of no name, the
	// last of which no reader may take for the total (lastRowNamed)
	var bare []string
	for _, l := range badSisa {
		if l != "" && l[0] != '\'' && l != "skinparam monochrome true" && l != "legend right" && l != "endlegend" && l[0] != 'D' {
			bare = append(bare, l)
		}
	}
	overRun := append([]string(nil), inline...)
	overRun[5] = `***[#lightblue] 3355 Pengelolaan Keuangan\npagu 1.100.000.000; realisasi 1.060.000.000; sisa 40.000.000`

	checkDocs(t, []string{"anggaran"}, []docCase{
		{"WBS, multi-line labels, alokasi, legend", multi, map[string][]string{"anggaran": want}},
		{"WBS, one line a node, colours, stereotypes, no total", inline, map[string][]string{"anggaran": noTotal}},
		{"mind map, both sides, <br>", mind, map[string][]string{"anggaran": want}},
		{"mind map, markdown indentation, |", outline, map[string][]string{"anggaran": want}},
		{"WBS with outputs under the kegiatan", outputs, map[string][]string{"anggaran": {want[0], want[1], want[2],
			"TOTAL|total||2024|1800000000|1710000000|90000000"}}},
		{"a project's WBS with hours and costs", project, nil},
		{"a meeting's mind map", meeting, nil},
		{"a WBS whose sisa disagrees", badSisa, nil},
		{"a bare WBS whose sisa disagrees", bare, nil},
		{"kegiatan exceeding their program", overRun, nil},
	})
}
