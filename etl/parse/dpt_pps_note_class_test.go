package parse

import (
	"sort"
	"testing"
)

// TestDptPpsNoteClass: a roll table counting PPS and KPPS per kecamatan;
// the PPS column is read as jumlah_desa and the KPPS column as jumlah_tps
// only when a note or sentence by the table states one body per area,
// each body on its own statement, and the total row is each column's sum
// (made-up figures and wording, dpt_pps_note.go).
func TestDptPpsNoteClass(t *testing.T) {
	head := "Kecamatan\tJumlah PPS\tJumlah KPPS\tL\tP\tL+P"
	rows := []string{
		"PAGA\t17\t52\t6.010\t6.200\t12.210",
		"MEGO\t12\t40\t4.400\t4.600\t9.000",
		"LELA\t9\t31\t3.100\t3.300\t6.400",
		"TOTAL\t38\t123\t13.510\t14.100\t27.610",
	}
	table := func(above, under []string, cap string, hdr string, rs []string) []string {
		out := append([]string{}, above...)
		out = append(out, cap, "")
		out = append(out, under...)
		if len(under) > 0 {
			out = append(out, "")
		}
		out = append(out, hdr)
		out = append(out, rs...)
		return append(out, "", "Sumber: KPU Kabupaten Sikka.", "")
	}
	capt := "Tabel 2.6 DPT Pemilihan Bupati Sikka Tahun 2024 menurut Kecamatan"
	both := []string{
		"pilkada|2024|kabupaten|Kabupaten Sikka|38|123|13510|14100|27610",
		"pilkada|2024|kecamatan|LELA|9|31|3100|3300|6400",
		"pilkada|2024|kecamatan|MEGO|12|40|4400|4600|9000",
		"pilkada|2024|kecamatan|PAGA|17|52|6010|6200|12210",
	}
	none := []string{
		"pilkada|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|13510|14100|27610",
		"pilkada|2024|kecamatan|LELA|<nil>|<nil>|3100|3300|6400",
		"pilkada|2024|kecamatan|MEGO|<nil>|<nil>|4400|4600|9000",
		"pilkada|2024|kecamatan|PAGA|<nil>|<nil>|6010|6200|12210",
	}
	desaOnly := []string{
		"pilkada|2024|kabupaten|Kabupaten Sikka|38|<nil>|13510|14100|27610",
		"pilkada|2024|kecamatan|LELA|9|<nil>|3100|3300|6400",
		"pilkada|2024|kecamatan|MEGO|12|<nil>|4400|4600|9000",
		"pilkada|2024|kecamatan|PAGA|17|<nil>|6010|6200|12210",
	}
	tpsOnly := []string{
		"pilkada|2024|kabupaten|Kabupaten Sikka|<nil>|123|13510|14100|27610",
		"pilkada|2024|kecamatan|LELA|<nil>|31|3100|3300|6400",
		"pilkada|2024|kecamatan|MEGO|<nil>|40|4400|4600|9000",
		"pilkada|2024|kecamatan|PAGA|<nil>|52|6010|6200|12210",
	}
	cases := []struct {
		name    string
		body    []string
		want    []string
		finding bool
	}{{
		name:    "note under the table: as many PPS as villages, as many KPPS as TPS",
		body:    append(table(nil, nil, capt, head, rows), "Catatan: jumlah PPS sama dengan jumlah desa/kelurahan; jumlah KPPS sama dengan jumlah TPS.", ""),
		want:    both,
		finding: true,
	}, {
		name:    "sentence above the caption, English",
		body:    table([]string{"One PPS was formed in every village and one KPPS at each polling station. The roll by sub-district:", ""}, nil, capt, head, rows),
		want:    both,
		finding: true,
	}, {
		name:    "note under the caption, the area first",
		body:    table(nil, []string{"Ket.: tiap kelurahan/desa memiliki satu PPS, serta tiap TPS dilayani satu KPPS"}, capt, "No\tKecamatan\tPPS\tKPPS\tLaki-laki\tPerempuan\tJumlah", numbered(rows)),
		want:    both,
		finding: true,
	}, {
		name:    "a note about PPS alone: villages only",
		body:    table(nil, []string{"Keterangan: PPS dibentuk di setiap desa/kelurahan."}, capt, head, rows),
		want:    desaOnly,
		finding: true,
	}, {
		name:    "PPS per village but one KPPS for two TPS: TPS stays NULL",
		body:    table(nil, []string{"Catatan: setiap desa satu PPS, sedangkan satu KPPS melayani dua TPS."}, capt, head, rows),
		want:    desaOnly,
		finding: true,
	}, {
		name:    "KPPS per TPS, PPS shared by villages",
		body:    table(nil, []string{"Catatan: KPPS dibentuk di setiap TPS; beberapa desa dilayani satu PPS."}, capt, head, rows),
		want:    tpsOnly,
		finding: true,
	}, {
		name: "the same table with no note",
		body: table([]string{"Rekapitulasi pemilih dan badan ad hoc per kecamatan sebagai berikut:", ""}, nil, capt, head, rows),
		want: none,
	}, {
		name: "a distribution per village is no one-to-one",
		body: append(table(nil, nil, capt, head, rows), "Keterangan: sebaran PPS per desa dan KPPS per TPS.", ""),
		want: none,
	}, {
		name: "a note about a different table, under that table's rows",
		body: append([]string{"Tabel 2.5 Jumlah Desa dan TPS", "", "Kecamatan\tDesa\tTPS", "PAGA\t17\t52", "MEGO\t12\t40", "", "Catatan: di setiap desa dibentuk satu PPS dan di setiap TPS satu KPPS.", ""},
			table(nil, nil, capt, head, rows)...),
		want: none,
	}, {
		name: "a sentence naming another table",
		body: table([]string{"Tabel 2.5 menunjukkan bahwa PPS dibentuk di setiap desa dan KPPS di setiap TPS.", ""}, nil, capt, head, rows),
		want: none,
	}, {
		name: "the total row is no sum of the bodies: not read",
		body: append(table(nil, nil, capt, head,
			[]string{rows[0], rows[1], rows[2], "TOTAL\t40\t125\t13.510\t14.100\t27.610"}),
			"Keterangan: PPS dibentuk di setiap desa/kelurahan dan KPPS di setiap TPS.", ""),
		want: []string{
			"pilkada|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|13510|14100|27610",
			"pilkada|2024|kecamatan|LELA|<nil>|<nil>|3100|3300|6400",
			"pilkada|2024|kecamatan|MEGO|<nil>|<nil>|4400|4600|9000",
			"pilkada|2024|kecamatan|PAGA|<nil>|<nil>|6010|6200|12210",
		},
	}, {
		name: "members of the bodies, three per PPS and seven per KPPS",
		body: append(table(nil, nil, capt,
			"Kecamatan\tPPS\tKPPS\tL\tP\tL+P", []string{
				"PAGA\t51\t364\t6.010\t6.200\t12.210", "MEGO\t36\t280\t4.400\t4.600\t9.000", "LELA\t27\t217\t3.100\t3.300\t6.400",
				"TOTAL\t114\t861\t13.510\t14.100\t27.610"}),
			"Keterangan: setiap PPS beranggotakan 3 orang di tiap desa dan KPPS 7 orang di setiap TPS.", ""),
		want: none,
	}}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, tc.body...)
			got := factRows["dpt"](d)
			sort.Strings(got)
			sort.Strings(tc.want)
			wantRows(t, "dpt", got, tc.want)
			if got := hasFinding(d, "dpt.badan_adhoc_sebagai_wilayah"); got != tc.finding {
				t.Errorf("finding dpt.badan_adhoc_sebagai_wilayah = %v, want %v", got, tc.finding)
			}
		})
	}
}

// numbered puts a row number before each row but the total's.
func numbered(rows []string) []string {
	out := make([]string, len(rows))
	for i, r := range rows {
		if i == len(rows)-1 {
			out[i] = "\t" + r
		} else {
			out[i] = string(rune('1'+i)) + "\t" + r
		}
	}
	return out
}

// TestDptPpsStaffingTable: a staffing table of the bodies without voters
// is no roll, note or not (dpt_pps_note.go).
func TestDptPpsStaffingTable(t *testing.T) {
	d := parseDoc(t, "staffing",
		"Pada setiap desa dibentuk satu PPS dan pada setiap TPS satu KPPS.", "",
		"Tabel 2.7 Anggota Badan Ad Hoc Pemilihan 2024", "",
		"Kecamatan\tPPK\tPPS\tKPPS", "PAGA\t5\t51\t364", "MEGO\t5\t36\t280", "Jumlah\t10\t87\t644", "")
	if len(d.DPT) != 0 || hasFinding(d, "dpt.badan_adhoc_sebagai_wilayah") {
		t.Errorf("staffing table read as a roll: %v", factRows["dpt"](d))
	}
}
