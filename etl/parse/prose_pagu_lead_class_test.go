package parse

import (
	"fmt"
	"testing"
)

// TestProsePaguLead: the words before a sentence's pagu (made-up figures).
// "DIPA Rp X terealisasi Rp Y" states the pagu, a DIPA's revision does not;
// a percentage stated first ("Daya serap … adalah 97,71% (pagu …,
// realisasi …)") is the serapan only when realisasi / pagu proves it
// (unproven, the labelled amounts stay and the serapan is NULL).
func TestProsePaguLead(t *testing.T) {
	lead := "Realisasi anggaran tahun 2024 adalah sebagai berikut."
	for _, tc := range []struct {
		name, sentence, want string
	}{
		{"DIPA amount", "DIPA Rp2.000.000.000 terealisasi Rp1.900.000.000 (95,00%).", "2024|2000000000|1900000000|95"},
		{"DIPA revision is not the pagu", "Revisi DIPA Rp150.000.000 pada bulan Juni; realisasi Rp1.900.000.000.", "2024|<nil>|1900000000|<nil>"},
		{"percent first, proven", "Daya serap TA 2023 adalah 97,71% (pagu Rp3.118.640.000, realisasi Rp3.047.302.115).", "2023|3118640000|3047302115|97.71"},
		{"percent first, one decimal", "Serapan anggaran tahun 2023 sebesar 97,7%, yaitu pagu Rp3.118.640.000 dan realisasi Rp3.047.302.115.", "2023|3118640000|3047302115|97.7"},
		{"percent first, not proven", "Daya serap TA 2023 adalah 95,00% (pagu Rp3.118.640.000, realisasi Rp3.047.302.115).", "2023|3118640000|3047302115|<nil>"},
		{"the year's budget as the sentence's lead", "Anggaran TA 2023 sebesar Rp3.118.640.000 terealisasi Rp3.047.302.115 (97,71%).", "2023|3118640000|3047302115|97.71"},
		{"the year's budget, tahun anggaran", "Anggaran Tahun Anggaran 2023 senilai Rp3.118.640.000, realisasi Rp3.047.302.115.", "2023|3118640000|3047302115|<nil>"},
		{"a purpose's budget is not the pagu", "Anggaran untuk sosialisasi 2023 sebesar Rp118.640.000; realisasi Rp3.047.302.115.", "2024|<nil>|3047302115|<nil>"},
		{"percent of something else first", "Sebanyak 12,50% kegiatan dilaksanakan pihak ketiga; pagu Rp3.118.640.000, realisasi Rp3.047.302.115.", "2024|3118640000|3047302115|<nil>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, lead, "", tc.sentence)
			var got []string
			for _, a := range d.Anggaran {
				got = append(got, fmt.Sprintf("%d|%s|%s|%s", a.Tahun, nv(a.Pagu), nv(a.Realisasi), nv(a.SerapanLapor)))
			}
			wantRows(t, "anggaran", got, []string{tc.want})
		})
	}
}
