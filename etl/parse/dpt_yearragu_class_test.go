package parse

import (
	"fmt"
	"testing"
)

// TestDPTYearUnproven: a DPT table with no caption of its own under text
// naming two election years loads nothing and says so (dpt.tahun_ragu):
// taking either year, or the report year, would be a guess; unless the
// sentence introducing the table ("… DPT Pemilu 2019 per kecamatan sebagai
// berikut.") names one election and no other roll. Under text naming one
// year the table is that election's.
func TestDPTYearUnproven(t *testing.T) {
	table := []string{"",
		"No\tKecamatan\tTPS\tL\tP\tL+P",
		"1\tPaga\t25\t2.724\t2.644\t5.368",
		"2\tMego\t29\t3.698\t3.677\t7.375",
		"\tJumlah\t54\t6.422\t6.321\t12.743"}
	tests := []struct {
		name, lead string
		rows       int
		year       int
		finding    bool
	}{
		{"two election years, the sentence introducing the table names one", "Daftar Pemilih Sementara Pemilihan 2024 berjumlah 20.100 pemilih. Sebagai pembanding, DPT Pemilu 2019 per kecamatan sebagai berikut.", 3, 2019, false},
		{"the introducing sentence first, a DPS sentence after it", "DPT Pemilu 2019 per kecamatan adalah sebagai berikut. Daftar Pemilih Sementara Pemilihan 2024 berjumlah 20.100 pemilih.", 3, 2019, false},
		{"the introducing sentence names a DPS", "DPT Pemilu 2019 telah ditetapkan tepat waktu. DPS Pemilu 2024 per kecamatan sebagai berikut:", 0, 0, true},
		{"the introducing sentence names two years", "Daftar Pemilih Sementara Pemilihan 2024 berjumlah 20.100 pemilih. DPT Pemilu 2019 per kecamatan, dibanding Pemilu 2014, sebagai berikut.", 0, 0, true},
		{"two years, the older first", "DPT Pemilu 2019 per kecamatan, dibandingkan dengan DPS Pemilu 2024 yang belum ditetapkan, sebagai berikut.", 0, 0, true},
		{"one election year", "DPT Pemilu 2019 per kecamatan sebagai berikut.", 3, 2019, false},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, append([]string{tc.lead}, table...)...)
		years := map[int]bool{}
		for _, r := range d.DPT {
			years[r.Tahun] = true
		}
		found := false
		for _, f := range d.Findings {
			found = found || f.Aturan == "dpt.tahun_ragu"
		}
		want := map[int]bool{}
		if tc.year != 0 {
			want[tc.year] = true
		}
		if len(d.DPT) != tc.rows || fmt.Sprint(years) != fmt.Sprint(want) || found != tc.finding {
			t.Errorf("%s: %d rows of years %v, finding %v; want %d of %v, finding %v", tc.name, len(d.DPT), years, found, tc.rows, want, tc.finding)
		}
	}
}
