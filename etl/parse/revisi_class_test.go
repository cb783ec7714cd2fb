package parse

import (
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// TestRevisiSentenceClass: the DIPA revision count read from the whole
// sentence that names the DIPA, whatever stands between them (an amount
// with thousands dots, "Rp."), in each way an author counts revisions;
// where the sentence speaks of a count and none is proven, NULL and a
// finding (anggaran.revisi_tidak_terbaca), never a guess.
func TestRevisiSentenceClass(t *testing.T) {
	const unread = "anggaran.revisi_tidak_terbaca"
	type revCase struct {
		name, body string
		want       int64 // 2024's count; 0 = none loaded
		rule       string
	}
	// read: the sentence proves the count; refused: it does not (a
	// finding); none: it states no count of the DIPA's revisions this year
	read := func(name, body string, n int64) revCase { return revCase{name, body, n, ""} }
	refused := func(name, body string) revCase { return revCase{name, body, 0, unread} }
	none := func(name, body string) revCase { return revCase{name, body, 0, ""} }
	tests := []revCase{
		read("amount before n kali revisi",
			"DIPA induk Tahun Anggaran 2024 sebesar Rp 9.876.000.000 mengalami 3 kali revisi; revisi DIPA menambah pagu sebesar Rp 1.000.000.000.", 3),
		read("Rp. and a spelled twin",
			"Pagu DIPA awal TA 2024 sebesar Rp. 9.876.000.000,00 telah direvisi sebanyak 5 (lima) kali hingga akhir tahun.", 5),
		read("word first, digits in parentheses",
			"Sepanjang tahun 2024 DIPA senilai Rp 9.876.000.000 mengalami tujuh (7) kali revisi anggaran.", 7),
		read("revisi ke-n as the last",
			"DIPA Tahun Anggaran 2024 sebesar Rp 9.876.000.000 diubah terakhir melalui revisi ke-6 pada bulan Desember.", 6),
		read("revisi ke-n, the last of several named",
			"Pagu DIPA 2024 Rp 9.876.000.000 berubah pada revisi ke-2 (Juni) dan revisi ke-4 (terakhir, November).", 4),
		read("revisi keempat terakhir",
			"DIPA TA 2024 senilai Rp 9.876.000.000 ditetapkan dengan revisi keempat sebagai revisi terakhir.", 4),
		refused("twins disagree",
			"DIPA induk Tahun Anggaran 2024 sebesar Rp 9.876.000.000 mengalami empat (5) kali revisi."),
		refused("no count",
			"DIPA induk Tahun Anggaran 2024 sebesar Rp 9.876.000.000 mengalami beberapa kali revisi."),
		refused("revisi ke-n not said to be the last",
			"DIPA induk Tahun Anggaran 2024 sebesar Rp 9.876.000.000 pada revisi ke-3 bertambah Rp 500.000.000."),
		none("POK, not DIPA",
			"DIPA induk Tahun Anggaran 2024 sebesar Rp 9.876.000.000 dilaksanakan dengan 6 kali revisi POK."),
		none("an earlier year's count",
			"DIPA Tahun Anggaran 2024 sebesar Rp 9.876.000.000 tidak direvisi. Pada tahun 2023 DIPA sebesar Rp 8.000.000.000 mengalami 9 kali revisi."),
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.body)
		if got, _ := totalRevisi(d, 2024); got != tc.want {
			t.Errorf("%s: revisi %d, want %d", tc.name, got, tc.want)
		}
		if tc.rule != "" && !hasRule(d, tc.rule) {
			t.Errorf("%s: no finding %s", tc.name, tc.rule)
		}
		if tc.rule == "" && hasRule(d, unread) {
			t.Errorf("%s: finding %s raised", tc.name, unread)
		}
	}
}

// totalRevisi is the DIPA revision count loaded on year's TOTAL row (0:
// none), and the other years that got one.
func totalRevisi(d *facts.Document, year int) (got int64, others []int) {
	for _, a := range d.Anggaran {
		if a.Kode != "TOTAL" || a.RevisiDIPA == nil {
			continue
		}
		if a.Tahun != year {
			others = append(others, a.Tahun)
			continue
		}
		got = *a.RevisiDIPA
	}
	return got, others
}

// amountOf is one amount (pick) of the budget row kode, 0 when NULL or
// absent.
func amountOf(d *facts.Document, kode string, pick func(a *facts.Anggaran) *int64) int64 {
	var got int64
	for i := range d.Anggaran {
		if d.Anggaran[i].Kode == kode {
			got = i64(pick(&d.Anggaran[i]))
		}
	}
	return got
}
