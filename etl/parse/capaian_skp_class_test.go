package parse

import (
	"fmt"
	"testing"
)

// TestCapaianSKPPrintout: the capaian table given as an individual
// performance appraisal printout (SKP, e-Kinerja): extra text columns
// (the leader's and the officer's planned results, Aspek, feedback, bukti
// dukung), the indicator under "Indikator Kinerja Individu", "IKI" or
// "Ukuran Keberhasilan", Target and a Realisasi with a long title whose
// cells hold the unit ("85,00 %", "4 dokumen", "WTP"), no capaian column,
// and the rows under lettered section lines ("A. UTAMA") written across
// the table. Each indicator row is a capaian row with no reported capaian;
// the rating and predikat lines of the appraisal are no SAKIP facts.
func TestCapaianSKPPrintout(t *testing.T) {
	const (
		kompetensi  = "Persentase pegawai yang mengikuti pengembangan kompetensi"
		arsip       = "Jumlah dokumen arsip yang dialihmediakan"
		lapkeu      = "Opini BPK atas Laporan Keuangan KPU"
		akip        = "Nilai evaluasi AKIP satuan kerja"
		sosialisasi = "Persentase kecamatan yang menerima sosialisasi tahapan"
	)
	head := func(year string) []string {
		return []string{
			"BAB III", "AKUNTABILITAS KINERJA", "",
			"Tabel 3.1 Hasil Evaluasi SKP Sekretaris Tahun " + year, "",
			"EVALUASI KINERJA PEGAWAI",
			"PERIODE: 1 JANUARI " + year + " S.D. 31 DESEMBER " + year, "",
			"No\tPEGAWAI YANG DINILAI\t\tNo\tPEJABAT PENILAI KINERJA\t",
			"1\tNAMA\tMaria Goreti Lawa, S.E.\t1\tNAMA\tYohanes Bria, S.H.",
			"2\tNIP\t19840312 201001 2 007\t2\tNIP\t19700101 199603 1 004",
			"",
			"HASIL KERJA",
		}
	}
	foot := []string{"",
		"RATING HASIL KERJA: DI ATAS EKSPEKTASI",
		"PERILAKU KERJA: SESUAI EKSPEKTASI",
		"PREDIKAT KINERJA PEGAWAI: SANGAT BAIK", "",
		"Sumber: e-Kinerja BKN, diolah.", "",
	}
	tests := []struct {
		name string
		body []string
		want []string
	}{
		{"lettered sections, Indikator Kinerja Individu, Realisasi Berdasarkan Bukti Dukung", append(append(head("2021"),
			"No\tRencana Hasil Kerja Pimpinan yang Diintervensi\tRencana Hasil Kerja\tAspek\tIndikator Kinerja Individu\tTarget\tRealisasi Berdasarkan Bukti Dukung\tUmpan Balik Berkelanjutan Berdasarkan Bukti Dukung",
			"A. UTAMA",
			"1\tMeningkatnya kapasitas SDM\tTercapainya pengembangan kompetensi pegawai\tKuantitas\t"+kompetensi+"\t75,00 %\t81,25 %\tTercapai, pertahankan",
			"2\tMeningkatnya tertib arsip\tTercapainya alih media arsip\tKuantitas\t"+arsip+"\t4 dokumen\t3 dokumen\tBelum tercapai, tingkatkan",
			"3\tMeningkatnya akuntabilitas\tTercapainya opini laporan keuangan\tKualitas\t"+lapkeu+"\tWTP\tWTP\tTercapai",
			"B. TAMBAHAN",
			"-"), foot...),
			[]string{kompetensi + "|75|81.25|<nil>|75,00 %|81,25 %", arsip + "|4|3|<nil>|4 dokumen|3 dokumen", lapkeu + "|<nil>|<nil>|<nil>|WTP|WTP"}},
		{"roman sections with a tambahan row, IKI header", append(append(head("2019"),
			"No\tRencana Hasil Kerja\tAspek\tIKI\tTarget\tRealisasi Berdasarkan Bukti Dukung\tUmpan Balik",
			"I. HASIL KERJA UTAMA",
			"1\tTerselenggaranya evaluasi AKIP\tKualitas\t"+akip+"\tBB\tB\tPerlu perbaikan",
			"2\tTerlaksananya sosialisasi\tKuantitas\t"+sosialisasi+"\t100 %\t92,5 %\tTingkatkan",
			"II. HASIL KERJA TAMBAHAN",
			"1\tTerlaksananya alih media\tKuantitas\t"+arsip+"\t10 dokumen\t12 dokumen\tBaik"), foot...),
			[]string{akip + "|<nil>|<nil>|<nil>|BB|B", sosialisasi + "|100|92.5|<nil>|100 %|92,5 %", arsip + "|10|12|<nil>|10 dokumen|12 dokumen"}},
		{"Ukuran Keberhasilan and a bukti dukung column, lower-case sections", append(append(head("2022"),
			"No\tRencana Hasil Kerja\tUkuran Keberhasilan\tTarget\tRealisasi\tBukti Dukung\tUmpan Balik",
			"a. Utama",
			"1\tTerlaksananya pengembangan SDM\t"+kompetensi+"\t90 %\t90 %\tLaporan diklat pegawai\tPertahankan",
			"2\tTertibnya laporan keuangan\t"+lapkeu+"\tWTP\tWDP\tBerita acara BPK\tTindak lanjuti temuan"), foot...),
			[]string{kompetensi + "|90|90|<nil>|90 %|90 %", lapkeu + "|<nil>|<nil>|<nil>|WTP|WDP"}},
		{"IKI left of Aspek, no sections", append(append(head("2020"),
			"No\tRencana Hasil Kerja\tIKI\tAspek\tTarget\tRealisasi Berdasarkan Bukti Dukung",
			"1\tTerlaksananya alih media arsip\t"+arsip+"\tKuantitas\t6 dokumen\t6 dokumen",
			"2\tTerselenggaranya evaluasi AKIP\t"+akip+"\tKualitas\tB\tBB",
			"3\tTerlaksananya sosialisasi\t"+sosialisasi+"\tWaktu\t100,00 %\t87,50 %"), foot...),
			[]string{arsip + "|6|6|<nil>|6 dokumen|6 dokumen", akip + "|<nil>|<nil>|<nil>|B|BB", sosialisasi + "|100|87.5|<nil>|100,00 %|87,50 %"}},
		{"sections as TAB rows, two aspects of one planned result", append(append(head("2024"),
			"No\tRencana Hasil Kerja\tAspek\tIndikator Kinerja Individu\tTarget\tRealisasi Berdasarkan Bukti Dukung\tUmpan Balik",
			"A.\tUTAMA",
			"1\tTerselenggaranya sosialisasi tahapan\tKuantitas\t"+sosialisasi+"\t100,00 %\t95,00 %\tTingkatkan",
			"\t\tKualitas\t"+kompetensi+"\t80,00 %\t84,00 %\tBaik",
			"B.\tTAMBAHAN",
			"1\tTerlaksananya alih media\tKuantitas\t"+arsip+"\t2 dokumen\t2 dokumen\tBaik"), foot...),
			[]string{sosialisasi + "|100|95|<nil>|100,00 %|95,00 %", kompetensi + "|80|84|<nil>|80,00 %|84,00 %", arsip + "|2|2|<nil>|2 dokumen|2 dokumen"}},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.body...)
		var got []string
		for _, c := range d.Capaian {
			got = append(got, fmt.Sprintf("%s|%s|%s|%s|%s|%s", c.Indikator, nv(c.TargetNilai), nv(c.RealisasiNilai), nv(c.CapaianLapor), c.TargetTeks, c.RealisasiTeks))
		}
		wantRows(t, tc.name+": capaian", got, tc.want)
		wantRows(t, tc.name+": sakip", factRows["sakip"](d), nil)
	}
}
