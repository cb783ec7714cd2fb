package parse

import (
	"strings"
	"testing"
)

// TestDPTAttendanceClass: a DPT told as a meeting's list of people (made-up
// names and figures): each row a person or an office, the area a row
// stands for named inside another cell ("Ketua PPK Kecamatan Alok", "PPK
// Kec. Nita"), the figures under the header's roles, the sum row last.
// Rows without figures are no areas; a figure row naming no area leaves the
// list unread; a sum row that is not the areas' sum is no kabupaten row.
func TestDPTAttendanceClass(t *testing.T) {
	kec := []string{
		"pemilu|2024|kecamatan|ALOK|12|38|8114|8402|16516",
		"pemilu|2024|kecamatan|NITA|10|27|5230|5461|10691",
		"pemilu|2024|kecamatan|MAGEPANDA SELATAN|5|15|3002|3118|6120",
	}
	kab := "pemilu|2024|kabupaten|Kabupaten Sikka|27|80|16346|16981|33327"
	all := append(append([]string{}, kec...), kab)
	noDesa := func(rs []string) []string {
		out := make([]string, len(rs))
		for i, r := range rs {
			f := strings.Split(r, "|")
			f[4] = "<nil>"
			out[i] = strings.Join(f, "|")
		}
		return out
	}
	head := []string{"DAFTAR HADIR", "RAPAT PLENO TERBUKA REKAPITULASI DPT PEMILU 2024 KABUPATEN SIKKA",
		"Hari/Tanggal : Kamis, 22 Juni 2023", "Tempat       : Aula KPU Kabupaten Sikka", ""}
	// the plenary's attendance list: commissioners first without figures,
	// signature cells alternating, the sum row with an empty No
	plenary := append(append([]string{}, head...),
		"No\tNama\tJabatan / Unsur\tDesa/Kel\tTPS\tL\tP\tL+P\tTanda Tangan",
		"1\tYohanes Da Silva\tKetua KPU Kabupaten Sikka\t\t\t\t\t\t1. ........",
		"2\tMaria Goreti\tAnggota KPU Kabupaten Sikka\t\t\t\t\t\t      2. ........",
		"3\tAntonius Rupa\tBawaslu Kabupaten Sikka\t\t\t\t\t\t3. ........",
		"4\tPetrus Wara\tKetua PPK Kecamatan Alok\t12\t38\t8.114\t8.402\t16.516\t      4. ........",
		"5\tAgnes Lena\tKetua PPK Kecamatan Nita\t10\t27\t5.230\t5.461\t10.691\t5. ........",
		"6\tSimon Dorus\tKetua PPK Kecamatan Magepanda Selatan\t5\t15\t3.002\t3.118\t6.120\t      6. ........",
		"\tJumlah\t\t27\t80\t16.346\t16.981\t33.327\t", "",
		"Mengetahui,", "Ketua KPU Kabupaten Sikka", "")
	// a PPK signature sheet: the total before the sexes, "PPK Kec." in
	// the office's cell, the sum written "TOTAL"
	sheet := []string{"Lembar Paraf Penyerahan DPT Pemilu 2024 oleh PPK se-Kabupaten Sikka", "",
		"No.\tNama Ketua\tUnsur\tJml Desa\tJml TPS\tL+P\tL\tP\tParaf",
		"1.\tBernadus Tey\tPPK Kec. Alok\t12\t38\t16.516\t8.114\t8.402\t(paraf)",
		"2.\tKatarina Bui\tPPK Kec. Nita\t10\t27\t10.691\t5.230\t5.461\t(paraf)",
		"3.\tLukas Moa\tPPK Kec. Magepanda Selatan\t5\t15\t6.120\t3.002\t3.118\t(paraf)",
		"\tTOTAL\t\t27\t80\t33.327\t16.346\t16.981\t", ""}
	// a receipt list of the copies handed to the PPK: "Nama Penerima",
	// no village counts, the sum row "Jumlah" in the unit's cell
	receipt := []string{"TANDA TERIMA SALINAN DPT PEMILU 2024", "KPU Kabupaten Sikka", "",
		"No\tNama Penerima\tUnsur\tTPS\tLaki-laki\tPerempuan\tJumlah\tTanda Terima",
		"1\tYosef Ari\tSekretaris KPU Kabupaten Sikka\t\t\t\t\t",
		"2\tTheresia Ina\tKetua PPK Kecamatan Alok\t38\t8.114\t8.402\t16.516\tttd",
		"3\tMikael Sina\tKetua PPK Kecamatan Nita\t27\t5.230\t5.461\t10.691\tttd",
		"4\tFransiska Ebu\tKetua PPK Kecamatan Magepanda Selatan\t15\t3.002\t3.118\t6.120\tttd",
		"\t\tJumlah\t80\t16.346\t16.981\t33.327\t", ""}
	// each person's own village by name under "Desa/Kel": no count
	villages := append(append([]string{}, head...),
		"No\tNama\tAsal Desa/Kel\tJabatan\tTPS\tL\tP\tL+P",
		"1\tPetrus Wara\tWuring\tKetua PPK Kecamatan Alok\t38\t8.114\t8.402\t16.516",
		"2\tAgnes Lena\tNita Kota\tKetua PPK Kecamatan Nita\t27\t5.230\t5.461\t10.691",
		"3\tSimon Dorus\tMagepanda\tKetua PPK Kecamatan Magepanda Selatan\t15\t3.002\t3.118\t6.120",
		"\tJumlah\t\t\t80\t16.346\t16.981\t33.327", "")
	// look-alikes
	noFigures := append(append([]string{}, head...),
		"No\tNama\tJabatan / Unsur\tL/P\tTanda Tangan",
		"1\tYohanes Da Silva\tKetua KPU Kabupaten Sikka\tL\t1. ........",
		"2\tPetrus Wara\tKetua PPK Kecamatan Alok\tL\t      2. ........",
		"3\tAgnes Lena\tKetua PPK Kecamatan Nita\tP\t3. ........", "")
	badSum := strings.Split(strings.Replace(strings.Join(plenary, "\n"), "\t33.327\t", "\t33.372\t", 1), "\n")
	badSum = strings.Split(strings.Replace(strings.Join(badSum, "\n"), "\t16.981\t", "\t17.026\t", 1), "\n")
	unnamed := strings.Split(strings.Replace(strings.Join(plenary, "\n"), "Ketua PPK Kecamatan Nita", "Ketua PPK", 1), "\n")
	// the PPK's own members by sex, the election named but not the roll
	members := []string{"Tabel 2.3 Anggota PPK Pemilu 2024 menurut Jenis Kelamin", "",
		"No\tUnsur\tL\tP\tL+P", "1\tPPK Kecamatan Alok\t3\t2\t5", "2\tPPK Kecamatan Nita\t4\t1\t5",
		"3\tPPK Kecamatan Magepanda\t2\t3\t5", "\tJumlah\t9\t6\t15", ""}
	// one row whose L + P is not its total: that row and the sum unproven
	oneOff := strings.Split(strings.Replace(strings.Join(plenary, "\n"), "\t10.691\t", "\t10.619\t", 1), "\n")
	// one area twice: which row counts is unstated
	twice := strings.Split(strings.Replace(strings.Join(plenary, "\n"), "Ketua PPK Kecamatan Nita", "Ketua PPK Kecamatan Alok", 1), "\n")
	checkDocs(t, []string{"dpt"}, []docCase{
		{name: "plenary attendance list", body: plenary, want: map[string][]string{"dpt": all}},
		{name: "PPK signature sheet, L+P before L, PPK Kec.", body: sheet, want: map[string][]string{"dpt": all}},
		{name: "receipt list without village counts", body: receipt, want: map[string][]string{"dpt": noDesa(all)}},
		{name: "villages by name are no count", body: villages, want: map[string][]string{"dpt": noDesa(all)}},
		{name: "attendance list without figures: nothing", body: noFigures},
		{name: "sum row not the areas' sum: no kabupaten row", body: badSum, want: map[string][]string{"dpt": kec}},
		{name: "a figure row naming no area: nothing", body: unnamed},
		{name: "PPK members by sex: nothing", body: members},
		{name: "a row not adding up: neither it nor the sum", body: oneOff, want: map[string][]string{"dpt": {kec[0], kec[2]}}},
		{name: "an area twice: nothing", body: twice},
	})
	for _, c := range []struct {
		name, rule string
		body       []string
	}{{"sum row not the areas' sum", "dpt.total_tidak_pasti", badSum}, {"a figure row naming no area", "dpt.wilayah_tidak_dikenal", unnamed},
		{"a row not adding up", "dpt.lp_tidak_sama_total", oneOff}, {"an area twice", "dpt.wilayah_tidak_dikenal", twice}} {
		d := parseDoc(t, c.name, c.body...)
		found := false
		for _, f := range d.Findings {
			found = found || f.Aturan == c.rule
		}
		if !found {
			t.Errorf("%s: no %s finding", c.name, c.rule)
		}
	}
}
