package parse

import (
	"strings"
	"testing"
)

// cbtLine is a subtest's line: the name left, the two figures right,
// parted by sep ("/" or spaces).
func cbtLine(name, a, sep, b string) string {
	return name + strings.Repeat(" ", max(2, 44-len([]rune(name)))) + strings.Repeat(" ", max(0, 6-len(a))) + a +
		" " + sep + strings.Repeat(" ", max(1, 8-len(b))) + b
}

// cbtSlip is a slip between "=" borders with "-" rules for "RULE" lines.
func cbtSlip(rows ...string) []string {
	out := []string{strings.Repeat("=", 64)}
	for _, r := range rows {
		if r == "RULE" {
			out = append(out, strings.Repeat("-", 64))
			continue
		}
		out = append(out, " "+r)
	}
	return append(out, strings.Repeat("=", 64))
}

// TestCBTSlipClass: the SAKIP evaluation as a computer assisted test's
// result slip typed again, a subtest a component, its maximum the bobot.
func TestCBTSlipClass(t *testing.T) {
	// Indonesian: NILAI before MAKS with a slash, the year in the Ujian
	// line and the caption, the satker as Nama, a key under the slip
	ende := append([]string{"Tabel 3.5 Nilai Evaluasi AKIP Tahun 2021 per Komponen", "",
		"[Cetak: lembar hasil CAT diketik ulang]", ""},
		cbtSlip("LEMBAR HASIL UJIAN  -  COMPUTER ASSISTED TEST",
			"RULE",
			"No. Peserta : 076-5308-2021",
			"Nama        : Sekretariat KPU Kabupaten Ende",
			"Ujian       : Evaluasi AKIP Tahun 2021",
			"Tanggal     : 14-03-2022",
			"RULE",
			"SUBTES                                        NILAI      MAKS",
			"RULE",
			cbtLine("1. Perencanaan Kinerja", "24,10", "/", "30,00"),
			cbtLine("2. Pengukuran Kinerja", "19,85", "/", "30,00"),
			cbtLine("3. Pelaporan Kinerja", "10,50", "/", "15,00"),
			cbtLine("4. Evaluasi Akuntabilitas Kinerja Internal", "17,30", "/", "25,00"),
			"RULE",
			cbtLine("NILAI AKHIR", "71,75", "/", "100,00"),
			"PREDIKAT                                         BB",
			"STATUS                                   SELESAI DINILAI")...)
	ende = append(ende, "NILAI = nilai yang diperoleh; MAKS = bobot komponen.", "",
		"Nilai tersebut naik dibanding tahun sebelumnya.")
	// MAKS before NILAI, no slash, a number column, the final score alone,
	// KATEGORI for the predikat, the year only in the caption, no key
	sumba := append([]string{"Tabel 3.4 Hasil Evaluasi AKIP Tahun 2022", ""},
		cbtSlip("HASIL TES BERBASIS KOMPUTER",
			"Peserta ID : 5311-22",
			"Nama       : KPU Kabupaten Sumba Timur",
			"RULE",
			"NO   SUBTES                                   MAKS      NILAI",
			"RULE",
			cbtLine("1  Perencanaan Kinerja", "30", " ", "18,20"),
			cbtLine("2  Pengukuran Kinerja", "30", " ", "17,40"),
			cbtLine("3  Pelaporan Kinerja", "15", " ", "10,10"),
			cbtLine("4  Evaluasi Internal", "25", " ", "18,50"),
			"RULE",
			"SKOR AKHIR : 64,20",
			"KATEGORI : B")...)
	// English words, five components (the older form with Capaian
	// Kinerja), GRADE, a status in English, the subtests out of order
	english := append([]string{"Tabel 2.4 Nilai AKIP Tahun 2017", ""},
		cbtSlip("CAT RESULT SLIP",
			"Name : KPU Kabupaten Sikka",
			"Exam : Evaluasi SAKIP 2017",
			"RULE",
			"SUBTEST                                       SCORE      MAX",
			"RULE",
			cbtLine("Performance Planning", "26,10", "/", "30"),
			cbtLine("Performance Reporting", "13,25", "/", "15"),
			cbtLine("Performance Measurement", "21,00", "/", "25"),
			cbtLine("Internal Evaluation", "8,00", "/", "10"),
			cbtLine("Capaian Kinerja", "14,00", "/", "20"),
			"RULE",
			cbtLine("FINAL SCORE", "82,35", "/", "100"),
			"GRADE                                             A",
			"STATUS                                    COMPLETED")...)
	// as a PDF's text gives the slip: cells parted by one space
	var pdf []string
	for _, l := range ende {
		pdf = append(pdf, strings.Join(strings.Fields(l), " "))
	}
	endeWant := map[string][]string{
		"sakip": {"2021|71.75|BB"},
		"sakip_komponen": {"2021|perencanaan|30|24.1", "2021|pengukuran|30|19.85", "2021|pelaporan|15|10.5",
			"2021|evaluasi_internal|25|17.3"},
	}
	checkDocs(t, []string{"sakip", "sakip_komponen"}, []docCase{
		{name: "nilai before maks, slash, key", body: ende, want: endeWant},
		{name: "maks before nilai, no slash, score alone", body: sumba, want: map[string][]string{
			"sakip": {"2022|64.2|B"},
			"sakip_komponen": {"2022|perencanaan|30|18.2", "2022|pengukuran|30|17.4", "2022|pelaporan|15|10.1",
				"2022|evaluasi_internal|25|18.5"},
		}},
		{name: "english, five components", body: english, want: map[string][]string{
			"sakip": {"2017|82.35|A"},
			"sakip_komponen": {"2017|perencanaan|30|26.1", "2017|pelaporan|15|13.25", "2017|pengukuran|25|21",
				"2017|evaluasi_internal|10|8", "2017|capaian|20|14"},
		}},
		{name: "pdf text, one space", body: pdf, want: endeWant},
	})
	// the slip's Nama names the satker the evaluation is loaded for
	for _, c := range []struct {
		body   []string
		satker string
	}{{ende, "5308"}, {sumba, "5311"}} {
		d := parseDoc(t, "satker", c.body...)
		if len(d.Sakip) == 0 {
			t.Errorf("no sakip for %s", c.satker)
		}
		for _, s := range d.Sakip {
			if s.SatkerID != c.satker {
				t.Errorf("sakip %d loaded for %s, want %s", s.TahunDinilai, s.SatkerID, c.satker)
			}
		}
	}
}

// TestCBTSlipNone: look-alikes give no SAKIP rows: a civil-service
// applicant's CAT result (TWK/TIU/TKP, a passing grade), a final score that
// is not the subtests' sum, a predikat outside the score's band, a header
// whose columns the sums contradict.
func TestCBTSlipNone(t *testing.T) {
	slip := func(head, total, grade, n1 string) []string {
		return append([]string{"Tabel 3.2 Nilai AKIP Tahun 2023", ""}, cbtSlip(
			"LEMBAR HASIL PENILAIAN - SISTEM CAT", "Nama : Sekretariat KPU Kabupaten Sikka", "RULE", head, "RULE",
			cbtLine("1. Perencanaan Kinerja", n1, "/", "30,00"), cbtLine("2. Pengukuran Kinerja", "21,75", "/", "30,00"),
			cbtLine("3. Pelaporan Kinerja", "11,20", "/", "15,00"), cbtLine("4. Evaluasi Internal", "17,45", "/", "25,00"),
			"RULE", cbtLine("NILAI AKHIR", total, "/", "100,00"), "PREDIKAT   "+grade)...)
	}
	cases := map[string][]string{
		"civil-service applicant": append([]string{"Seleksi CPNS tahun 2023 diikuti oleh putra daerah.", ""},
			cbtSlip("LEMBAR HASIL SELEKSI KOMPETENSI DASAR - SISTEM CAT", "RULE",
				"No. Peserta : 20230512345", "Nama        : Maria Goreti", "Ujian       : SKD CPNS Tahun 2023", "RULE",
				"SUBTES                                        NILAI      MAKS", "RULE",
				cbtLine("1. Tes Wawasan Kebangsaan (TWK)", "85", "/", "150"),
				cbtLine("2. Tes Intelegensia Umum (TIU)", "95", "/", "175"),
				cbtLine("3. Tes Karakteristik Pribadi (TKP)", "160", "/", "225"), "RULE",
				cbtLine("NILAI AKHIR", "340", "/", "550"),
				"Passing grade : TWK 65, TIU 80, TKP 166",
				"STATUS                                   TIDAK LULUS")...),
		"sum disagrees":      slip("SUBTES                                        NILAI      MAKS", "76,50", "BB", "24,10"),
		"grade off band":     slip("SUBTES                                        NILAI      MAKS", "74,50", "A", "24,10"),
		"columns contradict": slip("SUBTES                                        MAKS      NILAI", "74,50", "BB", "24,10"),
	}
	for name, body := range cases {
		t.Run(name, func(t *testing.T) {
			d := parseDoc(t, name, body...)
			if len(d.SakipKomponen) != 0 {
				t.Errorf("components read: %v", factRows["sakip_komponen"](d))
			}
			if len(d.Sakip) != 0 {
				t.Errorf("score read: %v", factRows["sakip"](d))
			}
			if name != "columns contradict" {
				return
			}
			for _, f := range d.Findings {
				if strings.Contains(f.Pesan, "lembar hasil CAT") {
					return
				}
			}
			t.Errorf("no finding for the contradicted header: %+v", d.Findings)
		})
	}
}
