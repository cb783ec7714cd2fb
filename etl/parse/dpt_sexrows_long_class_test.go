package parse

import "testing"

// TestDPTSexRowsLongClass: a long (tidy) DPT, one row per area and sex,
// the category column naming L, P and the total in any words and order,
// the area's cells merged (blank) on its follow-up rows, the count under
// a bare "Pemilih" header. Each area loads when its L + P is its total
// row; without total rows, only when the kabupaten's L and P are the sums
// (then each total is L + P). Look-alikes: staff by sex, participation by
// sex, a broken sum without total rows: no DPT.
func TestDPTSexRowsLongClass(t *testing.T) {
	// long: the caption and header, then per area its first line (no,
	// name, villages, TPS) and the follow-up lines, the merged cells blank
	long := func(caption, head string, lead int, areas ...[]string) []string {
		out := []string{"Data pemilih menurut jenis kelamin:", "", caption, "", head}
		for _, a := range areas {
			out = append(out, a...)
		}
		return append(out, "", "Sumber: Subbagian Teknis dan Hupmas.", "")
	}
	// area: the fields on the first sub-row; rest are "label\tcount"
	area := func(fields string, blanks int, subs ...string) []string {
		out := []string{fields + "\t" + subs[0]}
		pad := ""
		for range blanks {
			pad += "\t"
		}
		for _, s := range subs[1:] {
			out = append(out, pad+s)
		}
		return out
	}
	const cap19 = "Tabel 3.2 Rekap DPT Pemilu 2019 per Kecamatan"
	want := map[string][]string{"dpt": {"pemilu|2019|kecamatan|ALOK|12|60|7210|7305|14515", "pemilu|2019|kecamatan|NITA|9|41|4120|4033|8153",
		"pemilu|2019|kabupaten|Kabupaten Sikka|21|101|11330|11338|22668"}}
	pFirst := long(cap19, "No\tKecamatan\tJml Desa\tJml TPS\tJenis Kelamin\tPemilih Terdaftar", 0,
		area("1\tAlok\t12\t60", 4, "Perempuan\t7.305", "Laki-laki\t7.210", "Jumlah\t14.515"),
		area("2\tNita\t9\t41", 4, "Perempuan\t4.033", "Laki-laki\t4.120", "Jumlah\t8.153"),
		area("\tJumlah\t21\t101", 4, "Perempuan\t11.338", "Laki-laki\t11.330", "Jumlah\t22.668"))
	noTotal := long(cap19, "No\tKecamatan\tDesa/Kel\tTPS\tJenis Kelamin\tPemilih", 0,
		area("1\tALOK\t12\t60", 4, "Laki-laki\t7.210", "Perempuan\t7.305"),
		area("2\tNITA\t9\t41", 4, "Laki-laki\t4.120", "Perempuan\t4.033"),
		area("\tKABUPATEN SIKKA\t21\t101", 4, "Laki-laki\t11.330", "Perempuan\t11.338"))
	letters := long(cap19, "No.\tNama Kecamatan\tDesa\tTPS\tL/P\tPemilih", 0,
		area("1.\tALOK\t12\t60", 4, "L\t7210", "P\t7305", "L+P\t14515"),
		area("2.\tNITA\t9\t41", 4, "L\t4120", "P\t4033", "L+P\t8153"),
		area("\tTOTAL\t21\t101", 4, "L\t11330", "P\t11338", "L+P\t22668"))
	english := long("Table 3.2 Final Voters List of the 2019 General Election by Sub-district",
		"No\tSub-district\tVillages\tPolling stations\tSex\tRegistered voters", 0,
		area("1\tAlok\t12\t60", 4, "Male\t7,210", "Female\t7,305", "Total\t14,515"),
		area("2\tNita\t9\t41", 4, "Male\t4,120", "Female\t4,033", "Total\t8,153"),
		area("\tTotal\t21\t101", 4, "Male\t11,330", "Female\t11,338", "Total\t22,668"))
	catFirst := long(cap19, "Jenis Kelamin\tNo\tKecamatan\tDesa\tTPS\tPemilih", 0,
		[]string{"Pria\t1\tAlok\t12\t60\t7.210", "Wanita\t\t\t\t\t7.305", "Total\t\t\t\t\t14.515"},
		[]string{"Pria\t2\tNita\t9\t41\t4.120", "Wanita\t\t\t\t\t4.033", "Total\t\t\t\t\t8.153"},
		[]string{"Pria\t\tJumlah\t21\t101\t11.330", "Wanita\t\t\t\t\t11.338", "Total\t\t\t\t\t22.668"})
	// look-alikes
	staff := long("Tabel 2.1 Pegawai Sekretariat menurut Bagian dan Jenis Kelamin", "No\tBagian\tJenis Kelamin\tJumlah Pegawai", 0,
		area("1\tUmum dan Logistik", 2, "Laki-laki\t6", "Perempuan\t4", "Jumlah\t10"),
		area("2\tTeknis dan Hupmas", 2, "Laki-laki\t3", "Perempuan\t5", "Jumlah\t8"),
		area("\tJumlah", 2, "Laki-laki\t9", "Perempuan\t9", "Jumlah\t18"))
	staffKec := long("Tabel 2.2 Anggota PPK Pemilu 2019 per Kecamatan", "No\tKecamatan\tJenis Kelamin\tJumlah Anggota PPK", 0,
		area("1\tAlok", 2, "Laki-laki\t3", "Perempuan\t2", "Jumlah\t5"),
		area("2\tNita", 2, "Laki-laki\t4", "Perempuan\t1", "Jumlah\t5"),
		area("\tJumlah", 2, "Laki-laki\t7", "Perempuan\t3", "Jumlah\t10"))
	share := long("Tabel 3.6 Partisipasi Pemilih Pemilu 2019 per Kecamatan", "No\tKecamatan\tJenis Kelamin\tPartisipasi Pemilih (%)", 0,
		area("1\tAlok", 2, "Laki-laki\t78,50", "Perempuan\t81,20", "Jumlah\t79,85"),
		area("2\tNita", 2, "Laki-laki\t74,10", "Perempuan\t80,00", "Jumlah\t77,02"),
		area("\tJumlah", 2, "Laki-laki\t76,80", "Perempuan\t80,70", "Jumlah\t78,70"))
	broken := long(cap19, "No\tKecamatan\tDesa/Kel\tTPS\tJenis Kelamin\tPemilih", 0,
		area("1\tALOK\t12\t60", 4, "Laki-laki\t7.210", "Perempuan\t7.305"),
		area("2\tNITA\t9\t41", 4, "Laki-laki\t4.120", "Perempuan\t4.033"),
		area("\tKABUPATEN SIKKA\t21\t101", 4, "Laki-laki\t11.331", "Perempuan\t11.338"))
	checkDocs(t, []string{"dpt"}, []docCase{
		{"P, L, Jumlah; Pemilih Terdaftar", pFirst, want},
		{"no total rows: the kabupaten's sums prove L + P", noTotal, want},
		{"L, P, L+P under L/P", letters, want},
		{"English Male, Female, Total", english, want},
		{"the category column before the names", catFirst, want},
		{"staff by section and sex", staff, nil},
		{"PPK members by kecamatan and sex", staffKec, nil},
		{"participation by sex", share, nil},
		{"no total rows, the kabupaten not the sums", broken, nil},
	})
}
