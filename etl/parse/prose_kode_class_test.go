package parse

import (
	"fmt"
	"sort"
	"testing"
)

// TestProseKodeRecords: budget lines written one record a code, as a mail
// merge or a form letter prints them ("Kode 3356, <name>: pagu Rp …,
// realisasi Rp …, sisa Rp …, serapan … persen."): each amount is its
// code's, the serapan stated after the sisa the code's; a placeholder
// code ("Kode -") leaves the year's total, and a list of codes
// ("kode 3355 dan 3358") names none.
func TestProseKodeRecords(t *testing.T) {
	tests := []struct {
		name  string
		body  []string
		coded bool     // only the coded rows: the year's total is another reader's
		want  []string // kode|tahun|pagu|realisasi|sisa|serapan_lapor, sorted
	}{{
		name: "mail merge records, program, kegiatan and total",
		body: []string{"C. Realisasi Anggaran", "",
			"Pagu dan realisasi anggaran Tahun 2024 per kode disampaikan kepada PPK sebagai berikut.", "",
			"Data 1 dari 4", "Kepada Yth. Pejabat Pembuat Komitmen",
			"Kode 076.01.WA, Program Dukungan Manajemen: pagu Rp2.418.300.000, realisasi Rp2.361.051.120, sisa Rp57.248.880, serapan 97,63 persen.", "",
			"Data 2 dari 4", "Kepada Yth. Pejabat Pembuat Komitmen",
			"Kode 3357, Pengelolaan Keuangan dan BMN: pagu Rp1.120.000.000, realisasi Rp1.098.400.000, sisa Rp21.600.000, serapan 98,07 persen.", "",
			"Data 3 dari 4", "Kepada Yth. Pejabat Pembuat Komitmen",
			"Kode 3362, Operasional Perkantoran: pagu Rp1.298.300.000, realisasi Rp1.262.651.120, sisa Rp35.648.880, serapan 97,25 persen.", "",
			"Data 4 dari 4", "Kepada Yth. Pejabat Pembuat Komitmen",
			"Kode -, JUMLAH: pagu Rp2.418.300.000, realisasi Rp2.361.051.120, sisa Rp57.248.880, serapan 97,63 persen."},
		want: []string{"076.01.WA|2024|2418300000|2361051120|57248880|97.63", "3357|2024|1120000000|1098400000|21600000|98.07",
			"3362|2024|1298300000|1262651120|35648880|97.25", "TOTAL|2024|2418300000|2361051120|57248880|<nil>"},
	}, {
		name: "form letter, lower case kode and a colon",
		body: []string{"Realisasi anggaran tahun 2024 menurut kode:", "",
			"Dengan hormat, untuk kode 6640: pagu sebesar Rp 615.900.000 dengan realisasi Rp 601.223.450 atau serapan 97,62%.", "",
			"Dengan hormat, untuk kode 6709: pagu sebesar Rp 402.000.000 dengan realisasi Rp 388.150.000, sisa Rp 13.850.000, serapan 96,55 persen."},
		want: []string{"6640|2024|615900000|601223450|14676550|97.62", "6709|2024|402000000|388150000|13850000|96.55"},
	}, {
		name: "a list of codes names none",
		body: []string{"Realisasi anggaran tahun 2024:", "",
			"Kegiatan dengan kode 3355 dan 3358 memperoleh pagu Rp 1.450.000.000 dengan realisasi Rp 1.401.000.000."},
		coded: true,
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, tc.body...)
			var got []string
			for _, a := range d.Anggaran {
				if !tc.coded || a.Kode != "TOTAL" {
					got = append(got, fmt.Sprintf("%s|%d|%s|%s|%s|%s", a.Kode, a.Tahun, nv(a.Pagu), nv(a.Realisasi), nv(a.Sisa), nv(a.SerapanLapor)))
				}
			}
			sort.Strings(got)
			wantRows(t, "anggaran", got, tc.want)
		})
	}
}
