package parse

import (
	"strings"
	"testing"
)

// gridBand sets cards side by side as a dashboard copied to text does:
// each card's lines padded to width, a gutter of spaces between cards,
// a card shorter than the others simply ending.
func gridBand(width int, cards ...[]string) []string {
	h := 0
	for _, c := range cards {
		h = max(h, len(c))
	}
	out := make([]string, h)
	for i := range out {
		var b strings.Builder
		for k, c := range cards {
			cell := ""
			if i < len(c) {
				cell = c[i]
			}
			if k < len(cards)-1 {
				cell += strings.Repeat(" ", width-len(cell))
			}
			b.WriteString(cell)
		}
		out[i] = strings.TrimRight(b.String(), " ")
	}
	return append(out, "")
}

// gridCard is one card: its title lines, a rule, its field lines.
func gridCard(width int, title []string, fields ...string) []string {
	out := append([]string{}, title...)
	out = append(out, strings.Repeat("-", width-4))
	return append(out, fields...)
}

// TestCardGrids: KPI cards copied from a dashboard two to four abreast,
// titles wrapped over uneven lines so one card's rule sits beside another
// card's title, are read one card a row: capaian, budget (codes, a total
// card) and DPT (the last card alone, the kabupaten total).
func TestCardGrids(t *testing.T) {
	w := 36
	c := func(title []string, f ...string) []string { return gridCard(w, title, f...) }
	var capaian []string
	capaian = append(capaian, "Tabel 3.1 Capaian Indikator Kinerja Tahun 2024", "")
	capaian = append(capaian, gridBand(w,
		c([]string{"1 Persentase Laporan Keuangan", "yang Disusun Tepat Waktu"}, "Satuan: %", "Target: 90,00", "Realisasi: 95,40", "Capaian (%): 106,00"),
		c([]string{"2 Persentase Pegawai yang", "Mengikuti Bimbingan Teknis", "Kepemiluan"}, "Satuan: %", "Target: 80,00", "Realisasi: 72,00", "Capaian (%): 90,00"),
		c([]string{"3 Indeks Kepuasan Layanan"}, "Satuan: Indeks", "Target: 3,50", "Realisasi: 3,85", "Capaian (%): 110,00"),
	)...)
	capaian = append(capaian, gridBand(w,
		c([]string{"4 Opini BPK atas Laporan", "Keuangan"}, "Satuan: Opini", "Target: WTP", "Realisasi: WTP", "Capaian (%): 100,00"),
	)...)
	capaian = append(capaian, "Sumber: aplikasi pemantauan kinerja, diolah.")

	wb := 42
	b := func(title []string, f ...string) []string { return gridCard(wb, title, f...) }
	var budget []string
	budget = append(budget, "Tabel 3.3 Realisasi Anggaran Tahun 2024", "")
	budget = append(budget, gridBand(wb,
		b([]string{"076.01.WA Program Dukungan Manajemen"}, "Pagu (Rp): 3.000.000.000", "Realisasi (Rp): 2.850.000.000", "Sisa (Rp): 150.000.000", "Serapan (%): 95,00"),
		b([]string{"3355 Pengelolaan Keuangan dan", "Barang Milik Negara"}, "Pagu (Rp): 1.200.000.000", "Realisasi (Rp): 1.140.000.000", "Sisa (Rp): 60.000.000", "Serapan (%): 95,00"),
	)...)
	budget = append(budget, gridBand(wb,
		b([]string{"3360 Operasional dan Pemeliharaan", "Perkantoran"}, "Pagu (Rp): 1.800.000.000", "Realisasi (Rp): 1.710.000.000", "Sisa (Rp): 90.000.000", "Serapan (%): 95,00"),
		b([]string{"JUMLAH"}, "Pagu (Rp): 3.000.000.000", "Realisasi (Rp): 2.850.000.000", "Sisa (Rp): 150.000.000", "Serapan (%): 95,00"),
	)...)
	budget = append(budget, "Sumber: OM-SPAN, diolah.")

	wd := 26
	d := func(title string, f ...string) []string { return gridCard(wd, []string{title}, f...) }
	var dpt []string
	dpt = append(dpt, "Tabel 3.4 DPT Pemilihan 2024 per Kecamatan", "")
	dpt = append(dpt, gridBand(wd,
		d("1. ALOK", "TPS: 40", "L: 5.100", "P: 5.250", "L+P: 10.350"),
		d("2. ALOK BARAT", "TPS: 31", "L: 4.020", "P: 4.180", "L+P: 8.200"),
		d("3. ALOK TIMUR", "TPS: 28", "L: 3.510", "P: 3.690", "L+P: 7.200"),
		d("4. NITA", "TPS: 25", "L: 3.000", "P: 3.100", "L+P: 6.100"),
	)...)
	dpt = append(dpt, gridBand(wd,
		d("KABUPATEN SIKKA", "TPS: 124", "L: 15.630", "P: 16.220", "L+P: 31.850"),
	)...)
	dpt = append(dpt, "Sumber: KPU Kabupaten Sikka.")

	var komponen []string
	komponen = append(komponen, "Hasil evaluasi SAKIP Tahun 2023 memberikan nilai 66,40 dengan predikat B.", "",
		"Tabel 3.2 Nilai Evaluasi SAKIP Tahun 2023 per Komponen", "")
	komponen = append(komponen, gridBand(w,
		c([]string{"1 Perencanaan Kinerja"}, "Bobot: 30,00", "Nilai: 20,10"),
		c([]string{"2 Pengukuran Kinerja"}, "Bobot: 30,00", "Nilai: 19,50"),
	)...)
	komponen = append(komponen, gridBand(w,
		c([]string{"3 Pelaporan Kinerja"}, "Bobot: 15,00", "Nilai: 10,80"),
		c([]string{"4 Evaluasi Akuntabilitas", "Kinerja Internal"}, "Bobot: 25,00", "Nilai: 16,00"),
	)...)
	komponen = append(komponen, gridBand(w, c([]string{"Nilai Akhir"}, "Bobot: 100,00", "Nilai: 66,40"))...)

	checkDocs(t, []string{"capaian", "anggaran", "dpt", "sakip_komponen"}, []docCase{
		{name: "components two abreast, the sum card alone", body: komponen, want: map[string][]string{
			"sakip_komponen": {"2023|perencanaan|30|20.1", "2023|pengukuran|30|19.5", "2023|pelaporan|15|10.8", "2023|evaluasi_internal|25|16"}}},
		{name: "capaian three abreast, titles wrapped unevenly", body: capaian, want: map[string][]string{
			"capaian": {
				"Persentase Laporan Keuangan yang Disusun Tepat Waktu|90|95.4|106",
				"Persentase Pegawai yang Mengikuti Bimbingan Teknis Kepemiluan|80|72|90",
				"Indeks Kepuasan Layanan|3.5|3.85|110",
				"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100",
			}}},
		{name: "budget two abreast, a total card", body: budget, want: map[string][]string{
			"anggaran": {
				"076.01.WA|program||2024|3000000000|2850000000|150000000",
				"3355|kegiatan|076.01.WA|2024|1200000000|1140000000|60000000",
				"3360|kegiatan|076.01.WA|2024|1800000000|1710000000|90000000",
				"TOTAL|total||2024|3000000000|2850000000|150000000",
			}}},
		{name: "dpt four abreast, the total card alone", body: dpt, want: map[string][]string{
			"dpt": {
				"pilkada|2024|kecamatan|ALOK|<nil>|40|5100|5250|10350",
				"pilkada|2024|kecamatan|ALOK BARAT|<nil>|31|4020|4180|8200",
				"pilkada|2024|kecamatan|ALOK TIMUR|<nil>|28|3510|3690|7200",
				"pilkada|2024|kecamatan|NITA|<nil>|25|3000|3100|6100",
				"pilkada|2024|kabupaten|Kabupaten Sikka|<nil>|124|15630|16220|31850",
			}}},
	})
}

// TestCardGridsUnread: cards that name other fields than their neighbours,
// or hold a line that is no field, are no table: no row, reported.
func TestCardGridsUnread(t *testing.T) {
	w := 34
	c := func(title []string, f ...string) []string { return gridCard(w, title, f...) }
	mixed := append([]string{"Tabel 3.4 DPT Pemilu 2024 per Kecamatan", ""}, gridBand(w,
		c([]string{"1. KOTA WAINGAPU"}, "TPS: 60", "L: 9.100", "P: 9.400", "L+P: 18.500"),
		c([]string{"2. KAMBERA"}, "TPS: 45", "Laki-laki: 7.000", "Perempuan: 7.300", "Jumlah: 14.300"),
	)...)
	prose := append([]string{"Tabel 3.1 Capaian Kinerja Tahun 2024", ""}, gridBand(w,
		c([]string{"1 Persentase Pemilih Pemula"}, "Target: 70,00", "Realisasi: 75,60", "tercapai di atas target"),
		c([]string{"2 Persentase TPS Ramah"}, "Target: 50,00", "Realisasi: 40,00", "Capaian: 80,00"),
	)...)
	for name, body := range map[string][]string{"fields differ": mixed, "a line no field": prose} {
		t.Run(name, func(t *testing.T) {
			d := parseDoc(t, name, body...)
			if len(d.DPT)+len(d.Capaian) != 0 {
				t.Errorf("rows read from unproven cards: %v %v", factRows["dpt"](d), factRows["capaian"](d))
			}
			found := false
			for _, f := range d.Findings {
				found = found || f.Aturan == "tabel.tidak_dikenali" && strings.Contains(f.Pesan, "kartu berjajar")
			}
			if !found {
				t.Errorf("no finding on the cards: %v", d.Findings)
			}
		})
	}
}
