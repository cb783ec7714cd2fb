package parse

import (
	"strings"
	"testing"
)

// TestSMSRecords: records sent as formatted messages under a format line
// naming their fields (an SMS gateway's inbox, a chat bot's log) are read
// like a TAB table by every family; the time and sender before each
// payload are no cells, figures sent without separators are plain integers.
func TestSMSRecords(t *testing.T) {
	checkDocs(t, []string{"capaian", "anggaran", "dpt"}, []docCase{{
		name: "gateway inbox, #, time and sender before the payload",
		body: []string{"Tabel 3.4 Rekapitulasi DPT Pemilihan 2024 per Kecamatan", "",
			"Format SMS: DPT#NO#KECAMATAN#TPS#L#P#JUMLAH", "",
			"02/12/2024 07:41:09 | +6285239xxx077 | DPT#1#ALOK#52#7311#7690#15001",
			"02/12/2024 07:43:51 | +6285239xxx077 | DPT#2#NITA#38#4820#5114#9934",
			"02/12/2024 07:50:02 | +6285239xxx077 | DPT#-#JUMLAH#90#12131#12804#24935", "",
			"Sumber: gerbang SMS."},
		want: map[string][]string{"dpt": {"pilkada|2024|kecamatan|ALOK|<nil>|52|7311|7690|15001",
			"pilkada|2024|kecamatan|NITA|<nil>|38|4820|5114|9934",
			"pilkada|2024|kabupaten|Kabupaten Sikka|<nil>|90|12131|12804|24935"}},
	}, {
		name: "bot log, *, lowercase keyword, underscores in the format's names, decimal comma",
		body: []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
			"Template pesan: ang*KODE*PROGRAM_/_KEGIATAN*PAGU*REALISASI*SERAPAN_(%)",
			"[09:12] Bendahara: ang*076.01.WA*Program Dukungan Manajemen*3820000000*3667200000*96,00",
			"[09:14] Bendahara: ang*076.01.CQ*Program Penyelenggaraan Pemilu*1180000000*1132800000*96,00",
			"[09:15] Bendahara: ang*-*JUMLAH*5000000000*4800000000*96,00", "",
			"Sumber: OM-SPAN."},
		want: map[string][]string{"anggaran": {"076.01.WA|program||2024|3820000000|3667200000|152800000",
			"076.01.CQ|program||2024|1180000000|1132800000|47200000", "TOTAL|total||2024|5000000000|4800000000|200000000"}},
	}, {
		name: "capaian, ;, the payload alone on its line",
		body: []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
			"Format pesan: CK;NO;INDIKATOR;TARGET;REALISASI;CAPAIAN",
			"CK;1;Persentase laporan keuangan tepat waktu;90,00;94,50;105,00",
			"CK;2;Persentase arsip yang didigitalkan;80,00;72,00;90,00"},
		want: map[string][]string{"capaian": {"Persentase laporan keuangan tepat waktu|90|94.5|105",
			"Persentase arsip yang didigitalkan|80|72|90"}},
	}})
}

// TestSMSRecordsUnproven: a message of another field count than its
// format, or two messages for one row, leave the table unread and
// reported.
func TestSMSRecordsUnproven(t *testing.T) {
	checkUnproven(t, map[string][]string{
		"a message with a field more": {"Tabel 3.4 DPT Pemilu 2024", "", "Format SMS: DPT#NO#KECAMATAN#L#P#L+P",
			"01/03/2024 08:00:01 | +62813xxx | DPT#1#PAGA#2081#2005#4086",
			"01/03/2024 08:00:09 | +62813xxx | DPT#2#MEGO#1853#1821#3674#12"},
		"a row sent twice": {"Tabel 3.4 DPT Pemilu 2024", "", "Format SMS: DPT#NO#KECAMATAN#L#P#L+P",
			"01/03/2024 08:00:01 | +62813xxx | DPT#1#PAGA#2081#2005#4086",
			"01/03/2024 08:10:01 | +62813xxx | DPT#1#PAGA#2081#2015#4096"},
	})
}

// TestSMSRecordsLines: line numbers stay; a format line without messages
// and prose naming a format come back as written.
func TestSMSRecordsLines(t *testing.T) {
	in := "x\nFormat: R#A#B#C\n\nt | R#1#2#3\nt | R#4#5#6\ny"
	out := string(smsRecords(nil, []byte(in), nil))
	if strings.Count(out, "\n") != strings.Count(in, "\n") || !strings.Contains(out, "x\nA\tB\tC\n1\t2\t3\n4\t5\t6\n") {
		t.Errorf("rewrite:\n%q", out)
	}
	for _, s := range []string{"teks biasa", "Format: R#A#B#C\n\nteks biasa",
		"Format laporan: mengikuti Permenpan 53/2014", "Format: R#A\nR#1"} {
		if got := string(smsRecords(nil, []byte(s), nil)); got != s {
			t.Errorf("smsRecords(%q, nil) = %q, want it unchanged", s, got)
		}
	}
}
