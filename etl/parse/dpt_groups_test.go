package parse

import (
	"strings"
	"testing"
)

// TestDPTGroups: a DPT table that sets several elections side by side is
// read one group per election, by the group's own header; groups of other
// rolls (DPTb, DPK) are never the DPT; two groups of the same election load
// nothing.
func TestDPTGroups(t *testing.T) {
	type row struct {
		pemilihan string
		tahun     int
		tps, lp   int64
	}
	tests := []struct {
		name string
		body []string
		want []row // kecamatan rows of SIKKA's table, in order
	}{
		{"two elections side by side",
			[]string{"Tabel 3.2 DPT per Kecamatan", "",
				"No\tKecamatan\tPEMILIHAN BUPATI 2018\t\t\t\tPEMILU 2019\t\t\t",
				"\t\tTPS\tL\tP\tL+P\tTPS\tL\tP\tL+P",
				"1\tPaga\t20\t1.000\t1.100\t2.100\t30\t1.050\t1.150\t2.200",
				"2\tMego\t10\t500\t600\t1.100\t15\t520\t630\t1.150",
				"\tJUMLAH\t30\t1.500\t1.700\t3.200\t45\t1.570\t1.780\t3.350"},
			[]row{{"pilkada", 2018, 20, 2100}, {"pilkada", 2018, 10, 1100}, {"pemilu", 2019, 30, 2200}, {"pemilu", 2019, 15, 1150}}},
		{"DPTb group first, DPT second",
			[]string{"Tabel 3.2 DPT Pemilu 2019 per Kecamatan", "",
				"No\tKecamatan\tTPS\tDPTb\t\t\tDPT\t\t",
				"\t\t\tL\tP\tL+P\tL\tP\tL+P",
				"1\tPaga\t20\t5\t6\t11\t1.000\t1.100\t2.100",
				"2\tMego\t10\t3\t4\t7\t500\t600\t1.100"},
			[]row{{"pemilu", 2019, 20, 2100}, {"pemilu", 2019, 10, 1100}}},
		{"same election twice: nothing proves which is the DPT",
			[]string{"Tabel 3.2 DPT per Kecamatan", "",
				"No\tKecamatan\tPEMILU 2019\t\t\tPEMILU 2019\t\t",
				"\t\tL\tP\tL+P\tL\tP\tL+P",
				"1\tPaga\t1.000\t1.100\t2.100\t1.050\t1.150\t2.200"},
			nil},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.body...)
		var got []row
		for _, r := range d.DPT {
			if r.TingkatWilayah != "kecamatan" {
				continue
			}
			g := row{pemilihan: r.Pemilihan, tahun: r.Tahun}
			if r.JumlahTPS != nil {
				g.tps = *r.JumlahTPS
			}
			if r.PemilihTotal != nil {
				g.lp = *r.PemilihTotal
			}
			got = append(got, g)
		}
		if len(got) != len(tc.want) {
			t.Errorf("%s: %d rows %+v, want %+v", tc.name, len(got), got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%s: row %d = %+v, want %+v", tc.name, i, got[i], tc.want[i])
			}
		}
		if tc.want == nil {
			found := false
			for _, f := range d.Findings {
				found = found || strings.HasPrefix(f.Aturan, "dpt.kelompok_ganda")
			}
			if !found {
				t.Errorf("%s: no dpt.kelompok_ganda finding", tc.name)
			}
		}
	}
}
