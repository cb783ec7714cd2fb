package parse

import (
	"fmt"
	"sort"
	"testing"
)

// TestProseListItems: budget lines written as the items of a list in
// running text (a news clipping, a press release reflowed by a narrow
// print, a chat memo), each item naming its code leading ("– Kegiatan
// 3356 …", "- 3355 …", "• Program 076.01.CQ …"): its amounts are that
// code's, the year's total stays the lead's; an item proves by its own
// percent or by its kegiatan adding up to the program, and one that
// proves by neither is not loaded.
func TestProseListItems(t *testing.T) {
	cover := func(satker string, year int) []string {
		return []string{"LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM " + satker, fmt.Sprintf("TAHUN %d", year), "",
			"C. Realisasi Anggaran", ""}
	}
	tests := []struct {
		name     string
		lines    []string
		want     []string // kode|tahun|pagu|realisasi|sisa|induk, sorted
		findings int      // anggaran.butir_tidak_terbukti
	}{{
		name: "news clipping, one item a line",
		lines: append(cover("KABUPATEN ALOR", 2022),
			"[kalabahinews.com, diakses Rabu, 4 Januari 2023]", "",
			"KPU Alor Serap 96,6 Persen Anggaran 2022", "",
			"KALABAHI – Sekretariat KPU Kabupaten Alor membukukan realisasi anggaran tahun 2022 sebesar",
			"Rp4.209.611.980 atau 96,60 persen dari pagu Rp4.357.850.000.", "",
			"ADVERTISEMENT", "",
			"Rinciannya sebagai berikut:", "",
			"■ Program Dukungan Manajemen (076.01.WA): pagu Rp3.266.050.000, realisasi Rp3.160.359.950 (96,76 persen)",
			"   – Kegiatan 3356 Pengelolaan Keuangan: pagu Rp1.122.400.000, realisasi Rp1.090.345.300 (97,14 persen)",
			"   – Kegiatan 3359 Pengelolaan Sumber Daya Manusia: pagu Rp612.750.000, realisasi Rp598.211.400 (97,63 persen)",
			"   – Kegiatan 3362 Operasional Perkantoran dan Sarana Prasarana Kantor: pagu Rp1.530.900.000, realisasi Rp1.471.803.250 (96,14 persen)",
			"■ Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi (076.01.CQ): pagu Rp1.091.800.000, realisasi Rp1.049.252.030 (96,10 persen)",
			"   – Kegiatan 6641 Pemutakhiran Data Pemilih: pagu Rp702.300.000, realisasi Rp671.820.150 (95,66 persen)",
			"   – Kegiatan 6710 Partisipasi Masyarakat: pagu Rp389.500.000, realisasi Rp377.431.880 (96,90 persen)", "",
			"Baca Juga: Tahapan Pemilu Dimulai", "", "Tags: #KPUAlor #Anggaran"),
		want: []string{"076.01.CQ|2022|1091800000|1049252030|42547970|", "076.01.WA|2022|3266050000|3160359950|105690050|",
			"3356|2022|1122400000|1090345300|32054700|076.01.WA", "3359|2022|612750000|598211400|14538600|076.01.WA",
			"3362|2022|1530900000|1471803250|59096750|076.01.WA", "6641|2022|702300000|671820150|30479850|076.01.CQ",
			"6710|2022|389500000|377431880|12068120|076.01.CQ", "TOTAL|2022|4357850000|4209611980|148238020|"},
	}, {
		name: "press release reflowed into one paragraph, codes leading",
		lines: append(cover("KABUPATEN SIKKA", 2021),
			"MAUMERE – Realisasi anggaran KPU Kabupaten Sikka Tahun 2021 mencapai Rp3.880.928.235 atau",
			"96,62 persen dari pagu Rp4.016.750.000.", "",
			"• Program 076.01.WA Dukungan Manajemen: pagu Rp2.751.850.000, realisasi",
			"Rp2.679.560.825 (97,37 persen) • Kegiatan 3355 Keuangan dan BMN: pagu",
			"Rp845.600.000, realisasi Rp829.113.700 (98,05 persen) • Kegiatan",
			"3360 Operasional Perkantoran: pagu Rp1.906.250.000, realisasi Rp1.850.447.125",
			"(97,07 persen) • Program 076.01.CQ Penyelenggaraan Pemilu: pagu Rp1.264.900.000,",
			"realisasi Rp1.201.367.410 (94,98 persen)", ""),
		want: []string{"076.01.CQ|2021|1264900000|1201367410|63532590|", "076.01.WA|2021|2751850000|2679560825|72289175|",
			"3355|2021|845600000|829113700|16486300|076.01.WA", "3360|2021|1906250000|1850447125|55802875|076.01.WA",
			"TOTAL|2021|4016750000|3880928235|135821765|"},
	}, {
		name: "a phone's print: items wrapped at their colons, one paragraph",
		lines: append(cover("KABUPATEN SUMBA BARAT DAYA", 2024),
			"TAMBOLAKA – Realisasi anggaran KPU Sumba Barat Daya tahun 2024 tercatat Rp2.910.365.390",
			"atau 96,78 persen dari pagu Rp3.007.350.000.", "",
			"■ Program Dukungan Manajemen (076.01.WA): pagu",
			"Rp3.007.350.000, realisasi Rp2.910.365.390 (96,78 persen) –",
			"Kegiatan 3357 Pengelolaan Keuangan: pagu Rp1.340.800.000,",
			"realisasi Rp1.297.402.160 (96,76 persen) – Kegiatan 3359",
			"Pembinaan Pegawai: pagu Rp455.200.000, realisasi",
			"Rp446.918.320 (98,18 persen) – Kegiatan 3361",
			"Sarana dan Prasarana Kantor: pagu Rp1.211.350.000, realisasi",
			"Rp1.166.044.910 (96,26 persen)", ""),
		want: []string{"076.01.WA|2024|3007350000|2910365390|96984610|", "3357|2024|1340800000|1297402160|43397840|076.01.WA",
			"3359|2024|455200000|446918320|8281680|076.01.WA", "3361|2024|1211350000|1166044910|45305090|076.01.WA",
			"TOTAL|2024|3007350000|2910365390|96984610|"},
	}, {
		name: "chat memo, bare codes, no percent: the program's sum proves",
		lines: append(cover("KABUPATEN KUPANG", 2023),
			"Realisasi anggaran Tahun 2023 program dukungan manajemen, disalin dari pesan grup:", "",
			"*Program Dukungan Manajemen (076.01.WA)*: pagu Rp2.799.200.000, realisasi Rp2.704.708.690", "",
			"- 3355 Pengelolaan Keuangan → pagu Rp933.000.000 / realisasi Rp905.480.250",
			"- 3358 Pengelolaan SDM → pagu Rp477.500.000 / realisasi Rp468.221.900",
			"- 3360 Operasional Perkantoran → pagu Rp1.388.700.000 / realisasi Rp1.331.006.540"),
		want: []string{"076.01.WA|2023|2799200000|2704708690|94491310|", "3355|2023|933000000|905480250|27519750|076.01.WA",
			"3358|2023|477500000|468221900|9278100|076.01.WA", "3360|2023|1388700000|1331006540|57693460|076.01.WA"},
	}, {
		name: "chat memo whose items do not add up to the program: none of them loaded",
		lines: append(cover("KABUPATEN MALAKA", 2020),
			"Realisasi anggaran Tahun 2020 per kegiatan, disalin dari pesan grup:", "",
			"*Program Dukungan Manajemen (076.01.WA)*: pagu Rp2.799.200.000, realisasi Rp2.704.708.690", "",
			"• 3355 Pengelolaan Keuangan = pagu Rp933.000.000 / realisasi Rp905.480.250",
			"• 3358 Pengelolaan SDM = pagu Rp477.500.000 / realisasi Rp486.221.900",
			"• 3360 Operasional Perkantoran = pagu Rp1.388.700.000 / realisasi Rp1.331.006.540"),
		want:     []string{"076.01.WA|2020|2799200000|2704708690|94491310|"},
		findings: 3,
	}, {
		name: "an item its percent disproves, nothing to add up: not loaded, the total stays",
		lines: append(cover("KABUPATEN ROTE NDAO", 2019),
			"Realisasi anggaran tahun 2019 sebesar Rp2.940.000.000 atau 98,00 persen dari pagu Rp3.000.000.000.", "",
			"– Kegiatan 3358 Pengelolaan SDM: pagu Rp500.000.000, realisasi Rp480.000.000 (91,20 persen)",
			"– Kegiatan 2019 tahap persiapan: pagu Rp100.000.000"),
		want:     []string{"TOTAL|2019|3000000000|2940000000|60000000|"},
		findings: 1,
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc2(t, tc.name, tc.lines)
			var got []string
			for _, a := range d.Anggaran {
				got = append(got, fmt.Sprintf("%s|%d|%s|%s|%s|%s", a.Kode, a.Tahun, nv(a.Pagu), nv(a.Realisasi), nv(a.Sisa), a.KodeInduk))
			}
			sort.Strings(got)
			wantRows(t, "anggaran", got, tc.want)
			n := 0
			for _, f := range d.Findings {
				if f.Aturan == "anggaran.butir_tidak_terbukti" {
					n++
				}
			}
			if n != tc.findings {
				t.Errorf("anggaran.butir_tidak_terbukti: %d findings, want %d", n, tc.findings)
			}
		})
	}
}
