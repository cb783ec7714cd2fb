package parse

import (
	"strings"
	"testing"
)

// fold75 folds an iCalendar line at 75 octets as RFC 5545 does, each
// continuation opening with a space (the fold may cut a word or a figure).
func fold75(l string) []string {
	var out []string
	for len(l) > calLineMax {
		out = append(out, l[:calLineMax])
		l = " " + l[calLineMax:]
	}
	return append(out, l)
}

// calEvent writes one event; desc is folded by fold (nil: one line).
func calEvent(start, summary, location, desc string, fold func(string) []string) []string {
	ev := []string{"BEGIN:VEVENT", "DTSTART;TZID=Asia/Makassar:" + start, "UID:" + start + "-pleno@kpu.example"}
	if fold != nil {
		ev = append(ev, fold("DESCRIPTION:"+desc)...)
	} else {
		ev = append(ev, "DESCRIPTION:"+desc)
	}
	if location != "" {
		ev = append(ev, "LOCATION:"+location)
	}
	return append(ev, "SUMMARY:"+summary, "END:VEVENT")
}

// TestCalendarEventsClass: a DPT noted as a shared calendar's events
// exported to iCalendar text, one plenary per kecamatan, the figures in
// the escaped and folded DESCRIPTION, the kabupaten's penetapan the
// total; dates, UIDs and a meeting without figures are noise (made-up
// figures).
func TestCalendarEventsClass(t *testing.T) {
	rows := []string{
		"pemilu|2024|kecamatan|ALOK|<nil>|38|8114|8402|16516",
		"pemilu|2024|kecamatan|NITA|<nil>|27|5230|5461|10691",
		"pemilu|2024|kecamatan|MAGEPANDA|<nil>|15|3002|3118|6120",
		"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|80|16346|16981|33327",
	}
	caption := []string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan", ""}
	head := []string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Example Corp//Kalender 4.2//ID", "X-WR-CALNAME:Pleno DPT 2024", "X-WR-TIMEZONE:Asia/Makassar"}
	// folded at a word's end, the fold standing for the space
	atWord := func(l string) []string {
		k := strings.LastIndex(l[:60], " ")
		return []string{l[:k], " " + l[k+1:]}
	}
	desc := func(tps, l, p, n string) string {
		return `Hasil pleno PPK: ` + tps + ` TPS\, pemilih laki-laki ` + l + `\, perempuan ` + p + `\, jumlah ` + n + `.`
	}
	google := append(append([]string{}, caption...), head...)
	google = append(google, calEvent("20231120T090000", "Rapat Pleno PPK Alok", "Kantor Camat Alok", desc("38", "8.114", "8.402", "16.516"), atWord)...)
	google = append(google, calEvent("20231120T130000", "Rapat Koordinasi Logistik", "Gudang KPU", `Agenda: cek kotak suara\, bilik.`, nil)...)
	google = append(google, calEvent("20231121T090000", "Rapat Pleno PPK Nita", "Kantor Camat Nita", desc("27", "5.230", "5.461", "10.691"), atWord)...)
	google = append(google, calEvent("20231121T140000", "Rapat Pleno PPK Magepanda", "Kantor Camat Magepanda", desc("15", "3.002", "3.118", "6.120"), atWord)...)
	google = append(google, calEvent("20231125T100000", "Pleno Terbuka Penetapan DPT Kabupaten Sikka", "Aula KPU",
		`Penetapan DPT tingkat kabupaten: 80 TPS\, pemilih laki-laki 16.346\, perempuan 16.981\, jumlah 33.327.`, atWord)...)
	google = append(google, "END:VCALENDAR", "", "Sumber: Subbagian Teknis.")

	// the kabupaten first, the area only in LOCATION, strict 75-octet
	// folds cutting words and figures, semicolons between the cells
	desc2 := func(tps, l, p, n string) string {
		return `Rekapitulasi daftar pemilih tetap hasil rapat pleno terbuka: TPS ` + tps + `\; Laki-laki ` + l + `\; Perempuan ` + p + `\; L+P ` + n
	}
	strict := append(append([]string{}, caption...), head...)
	strict = append(strict, calEvent("20231125T100000", "Penetapan DPT tingkat Kabupaten", "Aula KPU", desc2("80", "16.346", "16.981", "33.327"), fold75)...)
	strict = append(strict, calEvent("20231121T140000", "Rapat pleno rekapitulasi", "Aula Kecamatan Magepanda", desc2("15", "3.002", "3.118", "6.120"), fold75)...)
	strict = append(strict, calEvent("20231120T090000", "Rapat pleno rekapitulasi", "Aula Kecamatan Alok", desc2("38", "8.114", "8.402", "16.516"), fold75)...)
	strict = append(strict, calEvent("20231121T090000", "Rapat pleno rekapitulasi", "Aula Kecamatan Nita", desc2("27", "5.230", "5.461", "10.691"), fold75)...)
	strict = append(strict, "END:VCALENDAR", "")
	sorted := []string{rows[3], rows[2], rows[0], rows[1]}

	// two events for one kecamatan: which one counts is not stated
	twice := append(append([]string{}, caption...), head...)
	twice = append(twice, calEvent("20231120T090000", "Rapat Pleno PPK Alok", "", desc("38", "8.114", "8.402", "16.516"), nil)...)
	twice = append(twice, calEvent("20231121T090000", "Rapat Pleno PPK Nita", "", desc("27", "5.230", "5.461", "10.691"), nil)...)
	twice = append(twice, calEvent("20231122T090000", "Rapat Pleno Ulang PPK Alok", "", desc("38", "8.110", "8.402", "16.512"), nil)...)
	twice = append(twice, "END:VCALENDAR", "")

	// SUMMARY and LOCATION name two kecamatan: that event is no row
	clash := append(append([]string{}, caption...), head...)
	clash = append(clash, calEvent("20231120T090000", "Rapat Pleno PPK Alok", "Kantor Camat Alok", desc("38", "8.114", "8.402", "16.516"), nil)...)
	clash = append(clash, calEvent("20231121T090000", "Rapat Pleno PPK Nita", "Kantor Camat Nita", desc("27", "5.230", "5.461", "10.691"), nil)...)
	clash = append(clash, calEvent("20231121T140000", "Rapat Pleno PPK Magepanda", "Kantor Camat Nita", desc("15", "3.002", "3.118", "6.120"), nil)...)
	clash = append(clash, "END:VCALENDAR", "")

	checkDocs(t, []string{"dpt"}, []docCase{
		{name: "folded at word ends, a meeting without figures, kabupaten last", body: google, want: map[string][]string{"dpt": rows}},
		{name: "kabupaten first, area in LOCATION, strict folds, semicolons", body: strict, want: map[string][]string{"dpt": sorted}},
		{name: "one kecamatan twice is no table", body: twice},
		{name: "summary and location disagree", body: clash, want: map[string][]string{"dpt": rows[:2]}},
	})
}
