package parse

import (
	"fmt"
	"testing"
)

// adifDoc sets an ADIF export under a caption in a report whose other
// tables are TAB tables.
func adifDoc(caption string, export ...string) []string {
	out := []string{"Tabel 3.1 Rekapitulasi Anggaran", "", "No\tUraian\tPagu\tRealisasi",
		"1\tBelanja Pegawai\t1.000.000\t900.000", "", caption, "",
		"[Lampiran: ekspor log ADIF stasiun relai diketik ulang]", ""}
	out = append(out, export...)
	return append(out, "", "Sumber: Subbagian Data dan Informasi.", "")
}

// adf writes one length-tagged field, its length counted (n < 0) or as given.
func adf(name, v string, n int) string {
	if n < 0 {
		n = len([]rune(v))
	}
	return fmt.Sprintf("<%s:%d>%s ", name, n, v)
}

// TestADIFRecordsClass: tables sent as the ADIF export of a radio log:
// fields read by their declared length, records cut at <EOR>, only the
// application's (APP_<PROG>_NAME) and the header's user fields carried,
// each row proven by the ordinary readers and the last record the total
// only when it is the sums.
func TestADIFRecordsClass(t *testing.T) {
	const cap24 = "Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan"
	qso := func(call, tm string) string {
		return adf("CALL", call, -1) + adf("QSO_DATE", "20240110", -1) + adf("TIME_ON", tm, -1) + adf("BAND", "2m", -1) + adf("RST_SENT", "59", -1)
	}
	// lower-case tags, another program id, a type indicator, the station
	// count before the place, the kabupaten's record last
	dpt := func(lenALOK int) []string {
		return adifDoc(cap24, "ADIF export YB9KPU", "<adif_ver:5>3.1.4 <programid:6>RELAI1 <eoh>", "",
			qso("YD9AA", "0800")+"<app_ppk_kec:4:S>ALOK "+adf("APP_PPK_TPS", "60", -1)+adf("APP_PPK_LK", "7.210", -1)+fmt.Sprintf("<APP_PPK_PR:%d:N>7.305 ", lenALOK)+adf("APP_PPK_TOTAL", "14.515", -1)+"<eor>",
			qso("YD9AB", "0810")+"<app_ppk_kec:4:S>NITA "+adf("APP_PPK_TPS", "41", -1)+adf("APP_PPK_LK", "4.120", -1)+adf("APP_PPK_PR", "4.033", -1)+adf("APP_PPK_TOTAL", "8.153", -1)+"<eor>",
			qso("YD9AC", "0820")+"<app_ppk_kec:5:S>MAGEP "+adf("APP_PPK_TPS", "20", -1)+adf("APP_PPK_LK", "2.000", -1)+adf("APP_PPK_PR", "2.100", -1)+adf("APP_PPK_TOTAL", "4.100", -1)+"<eor>",
			qso("YB9KPU", "0830")+"<app_ppk_kec:5:S>SIKKA "+adf("APP_PPK_TPS", "121", -1)+adf("APP_PPK_LK", "13.330", -1)+adf("APP_PPK_PR", "13.438", -1)+adf("APP_PPK_TOTAL", "26.768", -1)+"<eor>")
	}
	wantDPT := []string{"pemilu|2024|kecamatan|ALOK|<nil>|60|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|41|4120|4033|8153",
		"pemilu|2024|kecamatan|MAGEP|<nil>|20|2000|2100|4100", "pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|121|13330|13438|26768"}
	// user fields declared in the header, a record spread over lines, a
	// wilayah field, no total record, no header text before the tags
	userdef := adifDoc("Tabel 4 DPT Pilkada 2020 menurut Kecamatan",
		"<USERDEF1:7:S>WILAYAH <USERDEF2:4:N>DESA <USERDEF3:9:N>PEMILIH_L <USERDEF4:9:N>PEMILIH_P <USERDEF5:7:N>JML_DPT <EOH>",
		qso("YD9BA", "1000")+adf("WILAYAH", "GOLEWA", -1),
		"  "+adf("DESA", "14", -1)+adf("PEMILIH_L", "3210", -1)+adf("PEMILIH_P", "3305", -1)+adf("JML_DPT", "6515", -1)+"<EOR>",
		qso("YD9BB", "1010")+adf("WILAYAH", "BAJAWA", -1),
		"  "+adf("DESA", "9", -1)+adf("PEMILIH_L", "2000", -1)+adf("PEMILIH_P", "2100", -1)+adf("JML_DPT", "4100", -1)+"<EOR>",
		"")
	wantUser := []string{"pilkada|2020|kecamatan|GOLEWA|14|<nil>|3210|3305|6515", "pilkada|2020|kecamatan|BAJAWA|9|<nil>|2000|2100|4100"}
	// budget lines as application fields, the JUMLAH record last
	bud := func(kode, uraian, pagu, real string) string {
		return qso("YD9CA", "1200") + adf("APP_SATKER_KODE", kode, -1) + adf("APP_SATKER_URAIAN", uraian, -1) +
			adf("APP_SATKER_PAGU", pagu, -1) + adf("APP_SATKER_REALISASI", real, -1) + "<EOR>"
	}
	budget := adifDoc("Tabel 3.3 Realisasi Anggaran Tahun 2023", "<PROGRAMID:6>SATKER <EOH>",
		bud("3355", "Pengelolaan Keuangan", "1.000.000.000", "960.000.000"),
		bud("3360", "Operasional Perkantoran", "800.000.000", "750.000.000"),
		bud("", "JUMLAH", "1.800.000.000", "1.710.000.000"))
	// the figures in the free-text comment, a remark-only record aside
	comment := adifDoc(cap24, "<PROGRAMID:5>RELAI <EOH>",
		qso("YD9DA", "0900")+adf("COMMENT", "KECAMATAN=KANGAE; L=3.100; P=3.200; JUMLAH=6.300", -1)+"<EOR>",
		qso("YD9DB", "0910")+adf("COMMENT", "KECAMATAN=WAIGETE; L=2.500; P=2.450; JUMLAH=4.950", -1)+"<EOR>",
		qso("YD9DC", "0920")+adf("COMMENT", "TNX QSO 73", -1)+"<EOR>")
	wantComment := []string{"pemilu|2024|kecamatan|KANGAE|<nil>|<nil>|3100|3200|6300", "pemilu|2024|kecamatan|WAIGETE|<nil>|<nil>|2500|2450|4950"}
	// tag-length-value lines, one a record, the kabupaten line last
	tlv := func(alok string) []string {
		return adifDoc(cap24, alok, "KEC:4:NITA, TPS:2:41, L:5:4.120, P:5:4.033, JML:5:8.153",
			"KEC:5:MAGEP, TPS:2:20, L:5:2.000, P:5:2.100, JML:5:4.100",
			"KEC:5:SIKKA, TPS:3:121, L:6:13.330, P:6:13.438, JML:6:26.768")
	}
	tlvGood := tlv("KEC:4:ALOK, TPS:2:60, L:5:7.210, P:5:7.305, JML:6:14.515")
	tlvBroken := tlv("KEC:4:ALOK, TPS:2:60, L:4:7.210, P:5:7.305, JML:6:14.515")
	// look-alike: a sensor's TLV dump
	sensor := []string{"Log sensor ruang server:", "", "TEMP:4:27.5 HUM:2:80 FAN:4:1200", "TEMP:4:28.0 HUM:2:78 FAN:4:1250"}
	// look-alike: a contest log, calls, bands, RST and serials only
	contest := []string{"Hasil kontes HUT ORARI lokal:", "", "<ADIF_VER:5>3.1.4 <PROGRAMID:4>N1MM <EOH>",
		qso("YB9AAA", "0101") + adf("SRX", "7210", -1) + adf("STX", "7305", -1) + "<EOR>",
		qso("YB9AAB", "0102") + adf("SRX", "14515", -1) + adf("STX", "8153", -1) + "<EOR>"}
	// look-alike: a field day log with the logger's own fields
	fieldDay := []string{"Log field day ORARI Lokal Sikka:", "", "<PROGRAMID:4>N1MM <EOH>",
		qso("YB9FD", "0700") + adf("APP_N1MM_POINTS", "2", -1) + adf("APP_N1MM_RADIO_NR", "1", -1) + adf("APP_N1MM_CONTINENT", "OC", -1) + "<EOR>",
		qso("YB9FE", "0705") + adf("APP_N1MM_POINTS", "1", -1) + adf("APP_N1MM_RADIO_NR", "2", -1) + adf("APP_N1MM_CONTINENT", "AS", -1) + "<EOR>"}
	checkDocs(t, []string{"dpt", "anggaran"}, []docCase{
		{"application fields, lower-case tags, kabupaten record last", dpt(5), map[string][]string{"dpt": wantDPT}},
		{"header user fields, records over lines, no total", userdef, map[string][]string{"dpt": wantUser}},
		// a declared length one short: ALOK's record is broken and loads
		// nothing; the kabupaten record no longer sums, so it is no total
		{"broken field length", dpt(4), map[string][]string{"dpt": {"pemilu|2024|kecamatan|NITA|<nil>|41|4120|4033|8153",
			"pemilu|2024|kecamatan|MAGEP|<nil>|20|2000|2100|4100"}}},
		{"budget records", budget, map[string][]string{"anggaran": {"3355|kegiatan||2023|1000000000|960000000|40000000",
			"3360|kegiatan||2023|800000000|750000000|50000000", "TOTAL|total||2023|1800000000|1710000000|90000000"}}},
		{"figures in the comment", comment, map[string][]string{"dpt": wantComment}},
		{"TLV lines", tlvGood, map[string][]string{"dpt": wantDPT}},
		{"TLV line with a broken length", tlvBroken, map[string][]string{"dpt": {"pemilu|2024|kecamatan|NITA|<nil>|41|4120|4033|8153",
			"pemilu|2024|kecamatan|MAGEP|<nil>|20|2000|2100|4100"}}},
		{"look-alike: sensor TLV dump", sensor, nil},
		{"look-alike: contest log", contest, nil},
		{"look-alike: field day log", fieldDay, nil},
	})
}
