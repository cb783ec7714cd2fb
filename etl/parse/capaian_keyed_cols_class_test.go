package parse

import (
	"strings"
	"testing"
)

// kc lays one fixed-column line: each piece a text and a column, left-
// aligned at it (at >= 0) or right-aligned ending at it (at < 0, -end).
func kc(pieces ...any) string {
	var b []byte
	for i := 0; i+1 < len(pieces); i += 2 {
		s, at := pieces[i].(string), pieces[i+1].(int)
		if at < 0 {
			at = -at - len(s)
		}
		for len(b) < at {
			b = append(b, ' ')
		}
		b = append(b[:at], s...)
	}
	return string(b)
}

// TestKeyedColumns: a capaian table printed in fixed columns by a device
// or a program, its foreign column titles explained by a key (an
// attendance machine's recap, a timesheet with the key under it, a meter's
// recap with the name in the last column and realisasi before target, a
// queue machine's report with two-word titles) is read by the roles the key
// gives, names wrapped in their column joined; an employees' attendance
// recap and an hours sheet give nothing.
func TestKeyedCapaianColumns(t *testing.T) {
	const a, b, c = "Persentase Pemilih yang Terdaftar Tepat Waktu", "Opini BPK atas Laporan Keuangan", "Nilai Evaluasi atas Akuntabilitas Kinerja"
	rows := []string{a + "|90|94.5|105", b + "|<nil>|<nil>|100"}
	eq := strings.Repeat("=", 78)
	dash := strings.Repeat("-", 78)
	checkDocs(t, []string{"capaian"}, []docCase{
		{"attendance machine, key above", []string{"LAPORAN KINERJA KPU KABUPATEN SIKKA TAHUN 2024", "",
			"MESIN ABSENSI WAJAH  SN: AX-0042", "LAPORAN REKAP (MODE: KINERJA)",
			"Kunci : Wajib = target PK; Masuk = realisasi; % Masuk = capaian",
			eq,
			kc("ID", 0, "Nama", 5, "Sat.", 36, "Wajib", -51, "Masuk", -59, "% Masuk", -68, "Ket.", 70),
			eq,
			kc("101", 0, "Persentase Pemilih yang", 5, "%", 36, "90,00", -51, "94,50", -59, "105,00", -68, "OK", 70),
			kc("Terdaftar Tepat Waktu", 5),
			kc("102", 0, "Opini BPK atas Laporan", 5, "Opini", 36, "WTP", -51, "WTP", -59, "100,00", -68, "OK", 70),
			kc("Keuangan", 5),
			kc("103", 0, "Nilai Evaluasi atas", 5, "Predikat", 36, "B", -51, "BB", -59, "100,00", -68, "LEBIH", 70),
			kc("Akuntabilitas Kinerja", 5),
			eq, "Dicetak: 31-12-2024  Operator: ADMIN", ""},
			map[string][]string{"capaian": append(append([]string(nil), rows...), c+"|<nil>|<nil>|100")}},
		{"timesheet, key under, name first and wrapped", []string{"LAPORAN KINERJA KPU KABUPATEN ENDE TAHUN 2023", "",
			dash,
			kc("Uraian Tugas", 0, "Unit", 34, "Rencana", -50, "Aktual", -59, "Rasio (%)", -70, "Status", 72),
			dash,
			kc("Persentase Pemilih yang", 0, "%", 34, "90,00", -50, "94,50", -59, "105,00", -70, "SELESAI", 72),
			kc("Terdaftar Tepat Waktu", 0),
			kc("Opini BPK atas Laporan Keuangan", 0, "Opini", 34, "WTP", -50, "WTP", -59, "100,00", -70, "SELESAI", 72),
			kc("Persentase Pemilih Pemilu", 0, "%", 34, "75,00", -50, "78,00", -59, "104,00", -70, "SELESAI", 72),
			kc("2024 yang Memberikan Suara", 0),
			dash,
			"Dicetak oleh: SIMPEG 2.1   31-12-2023",
			"Keterangan: Rencana = target kinerja; Aktual = realisasi; Rasio = capaian.", ""},
			map[string][]string{"capaian": append(append([]string(nil), rows...), "Persentase Pemilih Pemilu 2024 yang Memberikan Suara|75|78|104")}},
		{"meter recap, realisasi first, name last and wrapped, adalah", []string{"LAPORAN KINERJA KPU KABUPATEN BELU TAHUN 2022", "",
			"Pemakaian adalah realisasi tahun berjalan, Kuota adalah target Perjanjian Kinerja.", "",
			kc("No", 0, "Sat.", 4, "Pemakaian", -22, "Kuota", -31, "%", -39, "Nama Titik Ukur", 42),
			dash,
			kc("1", 0, "%", 4, "94,50", -22, "90,00", -31, "105,00", -39, "Persentase Pemilih yang", 42),
			kc("Terdaftar Tepat Waktu", 42),
			kc("2", 0, "Opini", 4, "WTP", -22, "WTP", -31, "100,00", -39, "Opini BPK atas Laporan", 42),
			kc("Keuangan", 42), ""},
			map[string][]string{"capaian": rows}},
		{"queue machine, two-word titles, sebagai", []string{"LAPORAN KINERJA KPU KOTA KUPANG TAHUN 2024", "",
			"Target dicatat sebagai antrian rencana; realisasi sebagai antrian terlayani.",
			eq,
			kc("Loket", 0, "Nama Layanan", 7, "Satuan", 40, "Antrian Rencana", 48, "Antrian Terlayani", 65, "% Layan", -92),
			eq,
			kc("A01", 0, "Persentase Pemilih yang", 7, "%", 40, "90,00", -63, "94,50", -82, "105,00", -92),
			kc("Terdaftar Tepat Waktu", 7),
			kc("A02", 0, "Opini BPK atas Laporan Keuangan", 7, "Opini", 40, "WTP", -63, "WTP", -82, "100,00", -92),
			eq, ""},
			map[string][]string{"capaian": rows}},
		{"an employees' attendance recap", []string{"LAPORAN KINERJA KPU KABUPATEN SIKKA TAHUN 2024", "",
			"Kunci : Jadwal = hari kerja terjadwal; Hadir = hari hadir; % Hadir = persentase kehadiran",
			eq,
			kc("PIN", 0, "Nama", 5, "Jadwal", -40, "Hadir", -48, "% Hadir", -57, "Ket.", 59),
			eq,
			kc("0001", 0, "Yohanes Bria", 5, "240", -40, "236", -48, "98,33", -57, "BAIK", 59),
			kc("0002", 0, "Maria Goreti Seran", 5, "240", -40, "228", -48, "95,00", -57, "BAIK", 59),
			eq, ""},
			map[string][]string{"capaian": nil}},
		{"an hours sheet keyed, no indicator", []string{"LAPORAN KINERJA KPU KABUPATEN ALOR TAHUN 2024", "",
			"Jam Wajib = target jam kerja; Jam Kerja = realisasi jam kerja",
			dash,
			kc("Bulan", 0, "Jam Wajib", -25, "Jam Kerja", -37, "Selisih", -47),
			dash,
			kc("Januari", 0, "176", -25, "170", -37, "6", -47),
			kc("Februari", 0, "160", -25, "161", -37, "-1", -47),
			dash, ""},
			map[string][]string{"capaian": nil}},
		{"a staff timesheet keyed, people in the name column", []string{"LAPORAN KINERJA KPU KABUPATEN ALOR TAHUN 2024", "",
			"Jam Wajib = target jam kerja; Jam Kerja = realisasi jam kerja",
			dash,
			kc("NIP", 0, "Nama Pegawai", 6, "Jam Wajib", -45, "Jam Kerja", -57, "%", -65),
			dash,
			kc("0101", 0, "Yohanes Bria", 6, "1.760", -45, "1.702", -57, "96,70", -65),
			kc("0102", 0, "Maria Goreti Seran", 6, "1.760", -45, "1.760", -57, "100,00", -65),
			dash, ""},
			map[string][]string{"capaian": nil}},
	})
}
