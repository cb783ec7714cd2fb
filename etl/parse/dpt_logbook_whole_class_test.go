package parse

import "testing"

// TestLogbookOwnWholeClass: in a chat export the whole's message is sent
// by someone who is no place (the secretariat) and names the kabupaten by
// its name alone ("JUMLAH SIKKA:"); it is the whole only when the text
// names its own kabupaten so, and the places' sums prove it.
func TestLogbookOwnWholeClass(t *testing.T) {
	const cap24 = "Tabel 3.4 Rekapitulasi DPT Pemilihan 2024 per Kecamatan"
	// a video meeting's saved chat: sender lines, the message indented under them
	zoom := logDoc(cap24, "[Lampiran: obrolan rapat pleno daring - meeting_saved_chat.txt diketik ulang]", "",
		"09:02:07 From  PPK Alok  to  Everyone:", "\tDesa/Kel 11, TPS 60, L 7.210, P 7.305, Jumlah 14.515",
		"09:03:10 From  PPK Nita  to  Everyone:", "\tDesa/Kel 12, TPS 41, L 4.120, P 4.033, Jumlah 8.153",
		"09:05:44 From  Sekretariat KPU  to  Everyone:", "\tJUMLAH SIKKA: Desa/Kel 23, TPS 101, L 11.330, P 11.338, Jumlah 22.668")
	wantZoom := []string{"pilkada|2024|kecamatan|ALOK|11|60|7210|7305|14515", "pilkada|2024|kecamatan|NITA|12|41|4120|4033|8153",
		"pilkada|2024|kabupaten|Kabupaten Sikka|23|101|11330|11338|22668"}
	// a group chat: the total on the sender's own line, "Total" in mixed case
	group := logDoc("Tabel 3.2 DPT Pemilu 2019 menurut Kecamatan", "Ekspor Chat WhatsApp - Grup PPK",
		"[17/04/19 09:12] Operator: Kec. Alok final, L 1.500, P 1.520, total 3.020, TPS 12",
		"[17/04/19 09:40] Operator: Kec. Nita final, L 2.001, P 1.999, total 4.000, TPS 15",
		"[17/04/19 10:02] Kasubbag PDI: Total Sikka: L 3.501, P 3.519, total 7.020, TPS 27")
	wantGroup := []string{"pemilu|2019|kecamatan|ALOK|<nil>|12|1500|1520|3020", "pemilu|2019|kecamatan|NITA|<nil>|15|2001|1999|4000",
		"pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|27|3501|3519|7020"}
	// look-alike: a name that is not the document's kabupaten is no whole;
	// its figures then read as the last note's second line, which names
	// L twice, and the log proves nothing
	other := logDoc(cap24, "Ekspor Chat WhatsApp - Grup PPK",
		"[17/04/24 09:12] Operator: Kec. Alok final, L 1.500, P 1.520, total 3.020",
		"[17/04/24 09:40] Operator: Kec. Nita final, L 2.001, P 1.999, total 4.000",
		"[17/04/24 10:02] Kasubbag PDI: Jumlah Pemilih: L 3.501, P 3.519, total 7.020")
	wantOther := []string{"pilkada|2024|kecamatan|ALOK|<nil>|<nil>|1500|1520|3020", "pilkada|2024|kecamatan|NITA|<nil>|<nil>|2001|1999|4000"}
	// look-alike: the whole's figures are not the places' sums
	broken := logDoc(cap24, "Ekspor Chat WhatsApp - Grup PPK",
		"[17/04/24 09:12] Operator: Kec. Alok final, L 1.500, P 1.520, total 3.020",
		"[17/04/24 09:40] Operator: Kec. Nita final, L 2.001, P 1.999, total 4.000",
		"[17/04/24 10:02] Kasubbag PDI: JUMLAH SIKKA: L 3.502, P 3.519, total 7.021")
	// look-alike: a chat of people agreeing a meeting time
	meeting := logDoc(cap24, "Ekspor Chat WhatsApp - Grup Sekretariat",
		"[17/04/24 09:12] Ketua: rapat pleno jam 10.00, ruang 2, 12 orang",
		"[17/04/24 09:40] Sekretaris: siap, jumlah peserta 12, TPS 3 menyusul",
		"[17/04/24 10:02] Kasubbag: JUMLAH SIKKA: 12 orang hadir, 2 izin")
	checkDocs(t, []string{"dpt"}, []docCase{
		{"zoom chat, the secretariat's total", zoom, map[string][]string{"dpt": wantZoom}},
		{"group chat, total on the sender's line", group, map[string][]string{"dpt": wantGroup}},
		{"a name not the kabupaten's", other, nil},
		{"a whole the sums disprove", broken, map[string][]string{"dpt": wantOther}},
		{"a chat agreeing a meeting", meeting, nil},
	})
}
