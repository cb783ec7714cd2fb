package parse

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// dptRoleOf maps a header cell of a voter-roll table to a role (callers
// ask dptRole, its memo: dpt_role_memo.go).
func dptRoleOf(cell string) int {
	k := normalize.SpacedKey(cell)
	raw := strings.ToUpper(strings.ReplaceAll(normalize.Fold(cell), " ", ""))
	if dptShareHeader(cell, k) {
		return roleNone // "% DPT": a share of the kabupaten's roll (share_columns.go)
	}
	// "DPT L", "DPT P", "DPT L+P": the DPT's own columns beside DPS/DPSHP
	if strings.HasPrefix(k, " dpt ") && len(k) > 5 {
		k = k[4:]
		raw = strings.TrimPrefix(raw, "DPT")
	}
	if has(k, "dps", "dpshp", "dptb", "dpk", "dph") || dptOtherCount(k) || dptDerivedHeader(k) {
		return roleNone // other rolls: never the DPT
	}
	if r, ok := dptSexRole(k, raw); ok {
		return r
	}
	switch {
	case has(k, "kode", "kd"):
		return roleNone // "Kode Wilayah": the area's code, never its name
	case bareDPT(k):
		return roleLP // "DPT" beside "DPS": the roll's total
	case has(k, "jumlah", "jml") && has(k, "kecamatan", "kabupaten", "kab", "kota", "wilayah"):
		return roleNone // "Jumlah Kecamatan": a count of areas, not their names
	case has(k, "dpt") && has(k, "jumlah", "jml", "total"): // "Jumlah DPT", "Total DPT"
		return roleLP
	case strings.HasSuffix(k, " l ") && has(k, "pemilih", "jumlah", "jml"): // "Jumlah Pemilih L": a sex's letter after the words
		return roleL
	case strings.HasSuffix(k, " p ") && !strings.HasSuffix(k, " l p ") && has(k, "pemilih", "jumlah", "jml"):
		return roleP
	case raw == "L+P" || raw == "LP" || has(k, "l p", "total", "jumlah pemilih", "jml pemilih") && !has(k, "tps") ||
		strings.TrimSpace(k) == "jumlah" || strings.TrimSpace(k) == "jml" || bareSumTitle(cell, k):
		return roleLP
	case raw == "L" || strings.Contains(k, " laki"):
		return roleL
	case raw == "P" || has(k, "perempuan", "pr", "wanita"):
		return roleP
	case has(k, "tps", "polling station", "polling stations"):
		return roleTPS
	case has(k, "desa", "kel", "kelurahan", "village", "villages") || strings.Contains(k, " desa"):
		return roleDesa
	case has(k, "dapil", "daerah pemilihan", "electoral district") && !has(k, "kecamatan", "kabupaten", "kota", "kab", "wilayah", "sub district", "subdistrict"):
		// the electoral district alone ("Daerah Pemilihan" beside
		// "Kecamatan"): its merged cell may print one word per row
		// ("Dapil | Ende | 1"), never a region name; "Dapil / Kecamatan"
		// is still the name column
		return roleNone
	case has(k, "kecamatan", "kabupaten", "kota", "kab", "wilayah", "daerah", "sub district", "subdistrict", "district", "regency") || ppkNameTitle(k):
		return roleNama // "Nama PPK": the kecamatan's committee, named as it is (dpt_ppk.go)
	case has(k, "male", "men"):
		return roleL // English headers: "Male | Female | Total"
	case has(k, "female", "women"):
		return roleP
	case has(k, "no", "nomor"):
		return roleNo
	case has(k, "keterangan", "ket"):
		return roleKeterangan
	}
	return roleNone
}

// bareSumTitle: "Jumlah" with nothing after it but the roll's year
// ("Jumlah 2019", the year every title of the table carries) or the
// column letters of its sum in parentheses ("Jumlah (a+b)" beside
// "Laki-laki (a)" and "Perempuan (b)"), as "Laki-laki 2019" and
// "Laki-laki (a)" are still L, or its unit in parentheses ("Jumlah
// (orang)"). k is cell's normalize.SpacedKey.
func bareSumTitle(cell, k string) bool {
	f := strings.Fields(k)
	if len(f) < 2 || f[0] != "jumlah" && f[0] != "jml" {
		return false
	}
	if len(f) == 2 && yearWord(f[1]) > 0 {
		return true
	}
	if !strings.Contains(cell, "(") || len(f) > 4 {
		return false
	}
	if len(f) == 2 && (f[1] == "orang" || f[1] == "jiwa") {
		return true // "Jumlah (orang)": the unit of the sexes' columns beside it
	}
	for _, w := range f[1:] {
		if len(w) != 1 || w[0] < 'a' || w[0] > 'z' {
			return false
		}
	}
	return true
}

// bareDPT: a header that names the roll and nothing else ("DPT", "Daftar
// Pemilih Tetap"). Over sub-columns it is a group; alone, the total.
func bareDPT(k string) bool {
	k = strings.TrimSpace(k)
	return k == "dpt" || k == "daftar pemilih tetap"
}

var (
	rePilkada = regexp.MustCompile(`(?i)\bpilkada\b|\bpemilihan\b(?:\s+(?:serentak|gubernur|bupati|walikota|wali\s+kota|kepala\s+daerah|tahun))?`)
	rePemilu  = regexp.MustCompile(`(?i)\bpemilu\b|\bpemilihan\s+umum\b|\bpresiden\b|\bdprd?\b|\blegislatif\b`)
	reNoise   = regexp.MustCompile(`(?i)(?:komisi|panitia)\s+pemilihan\s+(?:umum|kecamatan)|pemilu\s*/\s*pemilihan|pemilu\s+dan\s+pemilihan|pemilu\s+atau\s+pemilihan`)
	reLocal   = regexp.MustCompile(`(?i)\bpilkada\b|\bpemilihan\s+(?:serentak|gubernur|bupati|walikota|kepala)`)
)

// pemilihanOf tells a text about a Pilkada from one about a Pemilu;
// "" when it names neither or both.
func pemilihanOf(t string) string {
	if !mayNameElection(t) {
		return ""
	}
	t = noiseOut(t)                           // reNoise.ReplaceAllString(t, " ")
	lk, lu := namesPilkada(t), namesPemilu(t) // rePilkada, rePemilu .MatchString
	if lk && strings.Contains(strings.ToLower(t), "pemilihan umum") {
		// "Pemilihan Umum" is the Pemilu; count Pilkada only if it is named otherwise
		lk = namesLocal(t) // reLocal.MatchString
	}
	switch {
	case lk && !lu:
		return "pilkada"
	case lu && !lk:
		return "pemilu"
	}
	return ""
}

// mayNameElection is false when none of pemilihanOf's patterns can match:
// an ASCII text that names none of their words in any case. (Non-ASCII
// text is left to the patterns: case folding maps some letters, such as
// the Kelvin sign, to ASCII ones.)
func mayNameElection(t string) bool {
	for i := 0; i < len(t); i++ {
		if t[i] >= 0x80 {
			return true
		}
	}
	var buf [256]byte
	low := lowerASCII(buf[:0], t)
	for _, w := range [...]string{"pilkada", "pemilihan", "pemilu", "presiden", "dpr", "legislatif"} {
		if bytes.Contains(low, []byte(w)) {
			return true
		}
	}
	return false
}

var reElectionYear = regexp.MustCompile(`(?i)\b(?:pemilu|pemilihan|pilkada)\b([^.;:]{0,70}?)\b((?:19|20)\d\d)\b`)

// electionYear is the year of the election a text names ("DPT Pemilu
// 2024", "Pemilihan Tahun 2020"): the roll belongs to the election, not to
// the report year. 0 when it names none or several.
func electionYear(t string) int {
	y, _ := electionYearOf(t)
	return y
}

// electionYearOf is electionYear, and whether the text names several
// election years ("DPS Pemilu 2024 … DPT Pemilu 2019"): then which one a
// table under it belongs to is unproven.
func electionYearOf(t string) (year int, several bool) {
	if !hasYearDigits(t) {
		return 0, false
	}
	y := 0
	for from := 0; from < len(t); {
		loc := reElectionYear.FindStringSubmatchIndex(t[from:])
		if loc == nil {
			break
		}
		base := from
		at := base + loc[0]
		if commissionName(t, at) {
			// "Komisi Pemilihan Umum Kabupaten Ende Tahun 2023" names the
			// office and its report year, no election: look again from
			// after the word, so an election named within reach still counts
			from = at + len("pemilihan")
			continue
		}
		from = base + loc[1]
		mid, v := strings.ToLower(t[base+loc[2]:base+loc[3]]), atoi(t[base+loc[4]:base+loc[5]])
		if strings.Contains(mid, "nomor") || strings.Contains(mid, "no.") || strings.Contains(mid, "tanggal") ||
			strings.Contains(mid, "undang") || strings.Contains(mid, "-") && !strings.Contains(mid, "tahun") {
			continue // a decree or law ("Nomor 7 Tahun 2017"), a date, a range
		}
		if y != 0 && v != y {
			return 0, true
		}
		y = v
	}
	englishElectionYears(t, func(v int) { // "General Election 2019", "the 2024 General Election" (dpt_english.go)
		if y != 0 && v != y {
			several = true
		}
		y = v
	})
	if several {
		return 0, true
	}
	return y, false
}

// commissionName reports whether the election word at t[at:] is the
// "Pemilihan" of "Komisi Pemilihan Umum", the office's name.
func commissionName(t string, at int) bool {
	head := strings.TrimRight(t[:at], " \t\n")
	return len(head) >= 6 && strings.EqualFold(head[len(head)-6:], "komisi")
}

// dptTable reads a voter-roll recapitulation: kecamatan rows (with the
// kabupaten from the TOTAL row) or kabupaten/kota rows (with the province
// from the JUMLAH row).
func (p *parser) dptTable(t *tableInfo) {
	p.continuedCaption(t)
	p.areaPart(t)        // a later part of a roll split by island, dapil or region (dpt_area_parts.go)
	p.dptCaptionUnder(t) // a caption under the rows, the one above the table before's (dpt_caption_under.go)
	p.dptLabelBelow(t)   // no label above, the roll's only under its rows (dpt_label_below.go)
	if nb := splitMergedCols(t.b, dptRole); nb != nil {
		t.b, t.money = nb, 0 // another block: moneyTable asks again
	}
	if nb := shiftMergedTitle(t.b, dptRole); nb != nil {
		t.b, t.money = nb, 0 // "Desa/Kel TPS" over "23 | 61" (dpt_merged.go)
	}
	if nb := splitFusedNo(t.b); nb != nil {
		t.b, t.money = nb, 0 // "No Kecamatan" over "1 | BORONG" (dpt_rownum.go)
	}
	if nb, odd := sexSubRows(t.b); nb != nil {
		t.b, t.money = nb, 0 // sexes as sub-rows, folded into columns (dpt_sexrows.go)
		for _, r := range odd {
			p.find("dpt.lp_tidak_sama_total", facts.Warning, r.Start, r.End, strings.Join(r.Cells, " | "),
				"%s: baris jenis kelamin: laki-laki + perempuan bukan jumlahnya; baris tidak dimuat", t.label)
		}
	}
	if nb, clash := dptNameNotes(t.b, t.columns()); nb != nil {
		t.b, t.money = nb, 0 // "NUBATUKAN (19 desa/kel.)": the count out of the name (name_note.go)
		for _, r := range clash {
			p.find("dpt.catatan_nama_berbeda", facts.Warning, r.Start, r.End, strings.Join(r.Cells, " | "),
				"%s: jumlah dalam nama wilayah berbeda dengan kolomnya; jumlah itu tidak dimuat", t.label)
		}
	}
	b := t.b
	cols := t.columns() // shared with villageColumn and dptGroups below: read, never written
	roles := make([]int, len(cols))
	level := ""
	for j, cs := range cols {
		if otherRollColumn(cs) {
			continue // "DPSHP" over "(L+P)": another roll's total, never the DPT's
		}
		for _, c := range cs {
			if r := dptRole(c); r != roleNone {
				roles[j] = r
				if r == roleNama {
					k := normalize.SpacedKey(c)
					if kecamatanKey(k) { // (dpt_name_levels.go)
						level = "kecamatan"
					} else if level == "" {
						level = "kabupaten"
					}
				}
				break
			}
		}
	}
	finestNameColumn(cols, roles) // "Provinsi | Kabupaten/Kota | Kecamatan": the rows are kecamatan (dpt_name_levels.go)
	if level == "kabupaten" && kecamatanLedNames(b, indexOf(roles, roleNama)) {
		level = "kecamatan" // "Wilayah" over "KECAMATAN KOTA WAINGAPU": the names state their level (dpt_led_names.go)
	}
	dptNotedColumns(b, cols, roles)  // "Laki-laki (%)" over "5.633 (48,12%)": counts with their shares (dpt_cell_note.go)
	desaPartColumns(b, roles)        // "Desa | Kel. | Jumlah" under "Desa/Kelurahan" (dpt_desa_parts.go)
	countPartColumns(b, cols, roles) // "TPS Reguler | TPS Lokasi Khusus | Jumlah TPS" (dpt_desa_parts.go)
	// "Jumlah Pemilih" = DPT + DPTb + DPK beside "DPT (L+P)" (dpt_rollsum.go)
	rollsSumColumns(cols, roles)
	dptSexByFigures(b, roles)                        // "Prp": a sex's title no vocabulary knows, named by L + P = L+P (dpt_sex_arith.go)
	level = villageNameColumn(b, cols, roles, level) // a column of village names is no count (dpt_village.go)
	p.ppsNoteColumns(t, cols, roles)                 // "PPS | KPPS" read as villages and TPS by a note saying one per each (dpt_pps_note.go)
	summed := p.dptSexSum(t, roles)                  // L and P, no total column: each row's L + P (dpt_sexsum.go)
	if summed != nil {
		b, roles = t.b, summed
	}
	nama, lp := indexOf(roles, roleNama), indexOf(roles, roleLP)
	elect := -1 // rows that are elections, not areas (dpt_elections.go)
	if nama < 0 && lp >= 0 {
		elect = electionColumn(b, roles)
	}
	if lp < 0 || elect < 0 && (nama < 0 || level == "") {
		return
	}
	pemilihan := ""
	for k := len(b.CaptionParts) - 1; k >= 0 && pemilihan == ""; k-- {
		pemilihan = pemilihanOf(withoutDistrict(b.CaptionParts[k]))
	}
	for k := len(p.recent) - 1; k >= 0 && pemilihan == ""; k-- {
		if !p.recent[k].caption {
			pemilihan = pemilihanOf(withoutDistrict(p.recent[k].text))
		}
	}
	intro := "" // the sentence introducing the table, when the text above names several elections (election_intro.go)
	if pemilihan == "" {
		if intro = p.tableIntro(); intro != "" {
			pemilihan = pemilihanOf(withoutDistrict(intro))
		}
	}
	if pemilihan == "" {
		// English captions and headings (dpt_english.go)
		pemilihan = englishElection(b.Caption)
		for k := len(p.recent) - 1; k >= 0 && k >= len(p.recent)-3 && pemilihan == ""; k-- {
			pemilihan = englishElection(p.recent[k].text)
		}
	}
	year, several := captionElectionYear(b.Caption, pemilihan), false
	if year == 0 {
		year, several = electionYearOf(b.Caption)
	}
	fromCaption := year != 0 || several
	for k := len(p.recent) - 1; k >= 0 && k >= len(p.recent)-3 && year == 0 && !several; k-- {
		year, several = electionYearOf(p.recent[k].text)
	}
	if several && !fromCaption {
		if intro == "" {
			intro = p.tableIntro()
		}
		if intro != "" {
			year, several = electionYearOf(intro)
		}
	}
	fromReport := year == 0
	if year == 0 {
		year = p.doc.Meta.Tahun
	}
	convs := map[int]normalize.Convention{}
	for j := range roles {
		convs[j] = rowsConvention(b.Rows, j) // no column built (cells.go)
	}
	owner := p.doc.Meta.SatkerID // the kabupaten of a kecamatan table
	// A satker the caption names owns the table, but a province owns no
	// kecamatan: in "DPT Pemilihan Gubernur NTT" it names the election's
	// area, and the kecamatan are still the reporting kabupaten's.
	if fs := distinctSatkers(normalize.FindSatkers(b.Caption, p.prov, false)); len(fs) == 1 && !(level == "kecamatan" && fs[0] == p.prov) {
		owner = fs[0]
	}
	if elect >= 0 {
		p.dptElectionRows(t, roles, elect, year, owner, convs)
		return
	}
	sets := p.dptSets(t, roles, pemilihan, year)
	if sets == nil {
		// one election: the whole table
		if several {
			// "DPS Pemilu 2024 … DPT Pemilu 2019 sebagai berikut" over a
			// table of one election: nothing proves which it is, and the
			// report year would be a third guess
			p.find("dpt.tahun_ragu", facts.Warning, b.Start, b.End, t.label,
				"%s: teks di atas tabel menyebut beberapa tahun pemilihan; tahun DPT tidak terbukti; tidak dimuat", t.label)
			return
		}
		if pemilihan == "" {
			p.find("dpt.pemilihan_tidak_diketahui", facts.Warning, b.Start, b.End, t.label,
				"%s: tabel DPT tanpa keterangan Pemilu atau Pemilihan; tidak dimuat", t.label)
			return
		}
		if fromReport && !electionHeld(pemilihan, year) {
			// no text dates the roll, and the report's year held no such
			// election (a 2023 report's roll is of Pemilu 2024 or 2019)
			p.find("dpt.tahun_tidak_diketahui", facts.Warning, b.Start, b.End, t.label,
				"%s: tabel DPT tanpa tahun pemilihan, dan tahun laporan %d bukan tahun %s; tidak dimuat", t.label, year, pemilihan)
			return
		}
		sets = []dptSet{{roles: roles, pemilihan: pemilihan, tahun: year}}
	}
	from := len(p.doc.DPT)
	for _, s := range sets {
		p.dptRows(t, s, level, owner, convs)
	}
	p.statsPanelTotal(t, sets, level, owner, convs, from) // the kabupaten's sums in a GIS statistics panel under the rows (dpt_gis.go)
	if summed != nil {
		p.dptSexSumProof(t, from, level) // the summed totals against the kabupaten row and the sentence under it (dpt_sexsum.go)
	}
	if level == "kecamatan" {
		p.dptSentenceAfter(from)
		p.dptDesaNote(from) // each kecamatan's village count in a note under the table (dpt_desa_note.go)
	}
}

// dptRows emits one DPT fact per named row of one election's columns.
func (p *parser) dptRows(t *tableInfo, s dptSet, level, owner string, convs map[int]normalize.Convention) {
	if !p.dptYearHeld(t, s.pemilihan, s.tahun, t.b.Start, t.b.End) {
		return // no such election that year: the year dates something else (dpt_caption_under.go)
	}
	if p.dptVillageRows(t, s, owner, convs) {
		return // villages grouped by kecamatan (dpt_village_rows.go)
	}
	b, roles, pemilihan, year := t.b, s.roles, s.pemilihan, s.tahun
	var buf [64]dptRowKind                            // most tables: no allocation
	rows := p.dptSpannedRows(t, b.Rows, roles, convs) // a total's label spanning No and the name (dpt_shifted.go)
	kinds := p.dptRowNames(buf[:0], rows, roles, level, owner)
	p.dptAreaTotals(t, rows, kinds, roles, level)                                   // a part's subtotal, the kabupaten proven by all parts (dpt_area_parts.go)
	p.dptBareOwnerTotal(kinds, rows, roles, level, owner, convs, p.earlierParts(t)) // a total labelled with the kabupaten's bare name (dpt_bare_owner.go)
	p.dptRowNumbers(t, kinds, roles, level)
	width := headerWidth(b)
	skip, proven := dptSubtotals(rows, kinds, func(r *extract.Row) (int64, bool, bool) { return dptLP(r, roles, convs) })
	if !proven {
		p.find("dpt.total_tidak_pasti", facts.Warning, b.Start, b.End, t.label,
			"%s: beberapa baris jumlah; tidak satu pun terbukti jumlah seluruh wilayah; baris kabupaten tidak dimuat", t.label)
	}
	var stated statedCounts // counts read from words, one finding a kind (dpt_stated_counts.go)
	for i, r := range rows {
		get := func(role int) string {
			j := indexOf(roles, role)
			if j < 0 || j >= len(r.Cells) {
				return ""
			}
			return r.Cells[j]
		}
		name, total := kinds[i].name, kinds[i].total
		if skip[i] || kinds[i].refused {
			continue // a group's subtotal ("Jumlah Dapil 1"): not a fact; a name not proven (finding raised)
		}
		if name == "" && !total || rataRata(name) || shareRowName(name) {
			continue // no name, an average ("Rata-rata per Kecamatan") or the sexes' shares ("Persentase (%)"): not a region
		}
		if !total && (!hasLetter(name) || gtNoRegion(name)) {
			// "53.07.01" under a name column: a code, not a name
			p.find("dpt.wilayah_tidak_dikenal", facts.Warning, r.Start, r.End, name, "%s: %q bukan nama wilayah; baris dilewati", t.label, name)
			continue
		}
		d := facts.DPT{Span: facts.Span{Start: r.Start, End: r.End}, Pemilihan: pemilihan, Tahun: year, Sumber: t.label}
		switch {
		case total && level == "kecamatan":
			d.TingkatWilayah, d.SatkerID = "kabupaten", owner
			s, _ := normalize.SatkerByID(owner)
			d.Wilayah = s.Wilayah
		case total:
			d.TingkatWilayah, d.SatkerID = "provinsi", p.prov
			s, _ := normalize.SatkerByID(p.prov)
			d.Wilayah = s.Wilayah
		case level == "kecamatan" && namesKabupaten(name):
			// "KAB. NGADA" among a Sikka report's kecamatan: another
			// kabupaten's figures (the owner's own would be its total)
			p.find("dpt.wilayah_tidak_dikenal", facts.Warning, r.Start, r.End, name, "%s: %q menyebut kabupaten, bukan kecamatan %s; baris dilewati", t.label, name, owner)
			continue
		case level == "kecamatan":
			d.TingkatWilayah, d.SatkerID, d.Wilayah = "kecamatan", owner, normalize.Upper(kecamatanName(name))
		default:
			id, ok := normalize.ResolveSatker(name, p.prov)
			if !ok {
				p.find("dpt.wilayah_tidak_dikenal", facts.Warning, r.Start, r.End, name, "%s: %q bukan satker yang dikenal; baris dilewati", t.label, name)
				continue
			}
			s, _ := normalize.SatkerByID(id)
			if s.Jenis == "provinsi" {
				// the province's row among kabupaten (a database grid sorted
				// by code puts "53 NUSA TENGGARA TIMUR" first): not a
				// kabupaten, and not proven the province's total here
				p.find("dpt.wilayah_tidak_dikenal", facts.Warning, r.Start, r.End, name, "%s: %q adalah provinsi, bukan kabupaten; baris dilewati", t.label, name)
				continue
			}
			d.TingkatWilayah, d.SatkerID, d.Wilayah = "kabupaten", id, s.Wilayah
		}
		if d.SatkerID == "" {
			continue
		}
		row, ok := p.dptShifted(t, &rows[i], roles, convs, width) // figures past the header's columns (dpt_shifted.go)
		if !ok {
			continue
		}
		num := func(role int) *int64 { return p.dptCount(t, row, roles, convs, role) }
		twins := len(p.doc.Findings)
		d.JumlahDesa = num(roleDesa)
		if n, ok := tpsRange(get(roleTPS)); ok {
			v := n           // only a range's count escapes, not every row's
			d.JumlahTPS = &v // "TPS 1 s.d. 38": the stations numbered 1 to 38 (dpt_stated_counts.go)
			stated.note(r, "jumlah TPS dihitung dari rentang nomor TPS", get(roleTPS))
		} else {
			d.JumlahTPS = num(roleTPS)
		}
		d.PemilihL = num(roleL)
		d.PemilihP = num(roleP)
		d.PemilihTotal = num(roleLP)
		if twinDiffered(p.doc.Findings[twins:]) {
			dptTwinProven(row, roles, convs, &d) // the row's other figures, each only where proven (dpt_twintotal.go)
		}
		d.PemilihTotal = p.formulaTotal(t, row, roles, &d) // "=E4+F4" (dpt_formula.go)
		if dptStatedCounts(row, roles, &d) {               // "12 kelurahan, 130 TPS" in its Keterangan (dpt_stated_counts.go)
			stated.note(r, "jumlah desa/TPS dibaca dari kolom keterangan", get(roleKeterangan))
		}
		if k := get(roleKeterangan); k != "" && k != "-" {
			d.Keterangan = k
		}
		if d.PemilihTotal == nil && d.PemilihL == nil && d.JumlahTPS == nil {
			continue
		}
		p.doc.DPT = append(p.doc.DPT, d)
	}
	stated.report(p, t)
}

// namesKabupaten: the name says it is a kabupaten ("KAB. NGADA",
// "Kabupaten Ende"), never a kecamatan; "KOTA ..." may be either (Kota
// Baru, Kota Komba are kecamatan).
func namesKabupaten(name string) bool {
	t := strings.TrimSpace(name)
	if len(t) < 4 || !strings.EqualFold(t[:3], "kab") {
		return false // most rows: no key is built (asked of every kecamatan row)
	}
	k := normalize.Key(t)
	return strings.HasPrefix(k, "kab ") || strings.HasPrefix(k, "kabupaten ")
}

// dptCount is the whole count in row r under the column of role, or nil
// (none, or not a whole number: nilai.tidak_terbaca).
func (p *parser) dptCount(t *tableInfo, r *extract.Row, roles []int, convs map[int]normalize.Convention, role int) *int64 {
	j := indexOf(roles, role)
	if j < 0 || j >= len(r.Cells) || r.Cells[j] == "" {
		return nil
	}
	if endsBracket(r.Cells[j]) {
		// "5.633 (48,12%)": a count with its share, checked by the row (dpt_cell_note.go)
		if v, ok := p.dptNotedCount(t, r, roles, convs, role, j); ok {
			if v != nil && role == roleLP {
				return p.dptTwinTotal(t, r, roles, convs, role, j, *v)
			}
			return v
		}
	}
	n := normalize.ParseNumber(r.Cells[j], convs[j])
	if n.Status != normalize.OK || n.Value != float64(int64(n.Value)) || n.Value < 0 {
		if n.Status != normalize.Empty {
			p.find("nilai.tidak_terbaca", facts.Warning, r.Start, r.End, r.Cells[j], "%s: %q bukan bilangan bulat", t.label, r.Cells[j])
		}
		return nil
	}
	v := int64(n.Value)
	if role == roleLP || role == roleDesa || role == roleTPS {
		return p.dptTwinTotal(t, r, roles, convs, role, j, v) // a second column of the same count (dpt_twintotal.go)
	}
	return &v
}

// hasLetter: whether s holds a letter; an area's name always does.
func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// kecamatanName is a kecamatan row's name without the word for its kind
// written before it: "Kec. Paga", "Kecamatan Paga" → "Paga".
func kecamatanName(name string) string {
	t := strings.TrimSpace(dropRefMarks(name))
	for _, pre := range [...]string{"kecamatan ", "kec. ", "kec "} {
		if len(t) > len(pre) && strings.EqualFold(t[:len(pre)], pre) {
			return strings.TrimSpace(t[len(pre):])
		}
	}
	return t
}

// superDigits are the superscript digits a note mark is written with
// (enIsSuper asks them of a rune).
const superDigits = "⁰¹²³⁴⁵⁶⁷⁸⁹"

// dropRefMarks removes reference marks glued to a name: a text browser's
// link numbers or a footnote's ("[17]MALAKA TENGAH", "Kabola[2]"), and
// superscript note marks ("MIOMAFFO BARAT¹"). No region name holds a
// bracket or a superscript digit, so neither is ever part of the key.
func dropRefMarks(name string) string {
	if strings.ContainsAny(name, superDigits) {
		name = strings.TrimSpace(strings.Map(func(r rune) rune {
			if enIsSuper(r) {
				return -1
			}
			return r
		}, name))
	}
	if strings.IndexByte(name, '[') < 0 {
		return name
	}
	var b strings.Builder
	for i := 0; i < len(name); i++ {
		if name[i] == '[' {
			j := i + 1
			for j < len(name) && name[j] >= '0' && name[j] <= '9' {
				j++
			}
			if j > i+1 && j < len(name) && name[j] == ']' {
				i = j
				continue
			}
		}
		b.WriteByte(name[i])
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
