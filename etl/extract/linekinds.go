package extract

// What one line of a table is: the rest of the row above, a header, a
// group label over the rows, a row of column numbers or units, a value.
// The table builder (table.go) asks these of every line it reads.

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// isContinuation: a line whose first cell is empty and which carries no
// value is the rest of the row above, wrapped by a narrow PDF column.
// It also reports a value it found on the way (then anyValue(cells) is
// true).
func isContinuation(cells []string) (cont, valued bool) {
	if len(cells) == 0 || cells[0] != "" || isGroupLabel(cells) {
		return false, false
	}
	for _, c := range cells[1:] {
		if c != "" && valueLike(c) {
			return false, true
		}
	}
	return true, false
}

// valueLike reports whether a cell states a value: a well-formed number,
// percentage, amount or grade (OCR shards such as "10070/" do not count).
func valueLike(c string) bool {
	if c == "" || c == "-" {
		return false
	}
	if c[0] == '=' {
		return formulaLike(c) // "=SUM(D4:D7)" (formula.go)
	}
	if !hasDigit(c) {
		return normalize.Grade(c) != ""
	}
	st, grade := normalize.ValueStatus(c, normalize.Unknown)
	switch st {
	case normalize.OK, normalize.Several, normalize.CutOff:
		return true
	}
	// a score with its grade, "70,25 (BB)", "BB (70,25)": a value, so a
	// total row "| Nilai Akhir | 70,25 (BB)" is no continuation line
	return grade != "" || normalize.HasLowerPrefix(c, "rp")
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// singleCell is the index of the only non-empty cell, or -1.
func singleCell(cells []string) int {
	idx := -1
	for i, c := range cells {
		if c != "" {
			if idx >= 0 {
				return -1
			}
			idx = i
		}
	}
	return idx
}

func nonEmpty(cells []string) int {
	n := 0
	for _, c := range cells {
		if c != "" {
			n++
		}
	}
	return n
}

// isColNumbers: a row "(1) (2) (3) ..." or "1 2 3 ..." numbering columns.
func isColNumbers(cells []string) bool {
	want := 1
	for _, c := range cells {
		if c == "" {
			continue
		}
		c = strings.TrimSuffix(strings.TrimPrefix(c, "("), ")")
		if len(c) == 0 || len(c) > 2 {
			return false
		}
		v := 0
		for i := 0; i < len(c); i++ {
			if c[i] < '0' || c[i] > '9' {
				return false
			}
			v = v*10 + int(c[i]-'0')
		}
		if v != want {
			return false
		}
		want++
	}
	return want > 3
}

// isUnitRow: a row under the header whose every cell is one short
// parenthesised word or number, the unit or weight of its column: "(Rp)",
// "(%)", "(30)", "(100)". It belongs to the header; as a body row it would
// be merged into the first data row.
func isUnitRow(cells []string) bool {
	n := 0
	for _, c := range cells {
		if c == "" {
			continue
		}
		if len(c) < 3 || len(c) > 12 || c[0] != '(' || c[len(c)-1] != ')' || strings.IndexByte(c[1:], '(') >= 0 {
			return false
		}
		n++
	}
	return n >= 2
}

// headerVocab are words table headers are made of (the last line: the
// English titles of a finance application's export, "Budget (Rp)",
// "Realization", "Fiscal Year").
var headerVocab = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`no nomor sasaran strategis strategi kegiatan program prog keg
	indikator kinerja target realisasi capaian keterangan ket uraian anggaran pagu sisa persentase
	presentase prosentase jumlah tahun ta kode output akun belanja nama jabatan pangkat golongan ruang
	jenjang pendidikan kecamatan kabupaten kota kab desa kel kelurahan tps pemilih l p bobot nilai
	predikat kategori tujuan nasional kpu ri rp daftar tetap laki perempuan total satker wilayah
	provinsi rincian hasil evaluasi komponen skor pelaksana penanggung jawab penanggungjawab tugas
	divisi koordinator satuan ukuran formula sumber data dasar baseline rencana aksi periode semester
	triwulan tw persen jadwal tahapan waktu media sosial followers pemohon informasi diminta
	perbandingan level jangka menengah partai politik urut sub bagian outcome rkt pk iku ikk
	akuntabilitas kegiatan presentase rata capai akhir awal status lokasi jenis kelamin jml
	dpt dps dptb pemilu pemilihan lp perencanaan pengukuran pelaporan internal dinilai
	utama trgt tgt real sat stn kec pria wanita
	code activity budget allocation realization realisation realized realised balance remaining absorption fiscal year description
	performance indicator unit actual achievement remarks programme ceiling component weight score grade
	district subdistrict villages village polling stations station male female`) {
		headerVocab[w] = true
	}
}

var neutralWords = map[string]bool{"dan": true, "yang": true, "di": true, "atas": true, "dari": true, "per": true, "s": true, "d": true, "atau": true, "dalam": true, "untuk": true}

// isHeaderRow: a row of column titles: no values (years allowed), most
// words from the header vocabulary, not a numbered group label.
func isHeaderRow(cells []string) bool {
	if kecamatanHeadingRow(cells) {
		return false // "Kec. Alak" under the header opens the first group (kecamatan_heading.go)
	}
	words, known := 0, 0
	codes := jenisCodes(cells) // "51 | 52 | 53": the kinds of spending as columns (jenis_belanja.go)
	for i, c := range cells {
		if c == "" || codes&(1<<i) != 0 {
			continue
		}
		if gisField(c) { // "fid", "Shape_Area", "WADMKC": a GIS layer's own fields (header_gis.go)
			words++
			known++
			continue
		}
		if t, ok := titledShare(c); ok {
			c = t // "Keberadaan (20%)": a title with its share of the column beside it
		}
		// "Sasaran Strategis 1 :" opens a group, even behind an OCR shard
		// of itself in the first column ("Sasar")
		if hasDigit(c) && (normalize.HasLowerPrefix(c, "sasaran ") || normalize.HasLowerPrefix(c, "tujuan ") ||
			normalize.HasLowerPrefix(c, "program ") || normalize.HasLowerPrefix(c, "indikator ")) {
			return false
		}
		if hasDigit(c) && (!yearish(c) || decimalFigure(c)) && valueLike(c) || normalize.Grade(c) != "" || isRowNo(c) {
			return false
		}
		var buf [64]byte
		for i := 0; ; {
			var w []byte
			if w, i = nextWord(c, i, buf[:0]); w == nil {
				break
			}
			w = trimNoteMark(w) // "Pagu³⁾": a footnote's mark (note_marks.go)
			w = trimSortMark(w) // "Pagu ⇅": a web table's sort control (header_sortmark.go)
			if len(w) == 0 {
				continue
			}
			if neutralWords[string(w)] || len(w) == 1 && w[0] >= '0' && w[0] <= '9' {
				continue // lone digits in a title row are OCR noise
			}
			words++
			if headerVocab[string(w)] || isYear(string(w)) || misspeltHeaderWord(w) || snakeKnown(c, w) {
				known++
			}
		}
	}
	return words > 0 && known*2 >= words || words > 0 && turnoutGroupRow(cells) || // (header_turnout.go)
		words > 0 && sexGroupRow(cells) // L | P | Jumlah beside age bands (header_sexgroup.go)
}

// longHeaderWords are the header words long enough that one wrong letter
// (an OCR slip: "Indivator") still names them unambiguously.
var longHeaderWords = []string{"indikator", "realisasi", "sasaran", "capaian", "strategis", "kegiatan", "anggaran", "keterangan", "kecamatan", "kabupaten"}

func misspeltHeaderWord(w []byte) bool {
	if len(w) < 7 {
		return false
	}
	for _, v := range longHeaderWords {
		if w[0] == v[0] && len(w)-len(v) <= 1 && len(v)-len(w) <= 1 && normalize.OneEdit(string(w), v) {
			return true
		}
	}
	return false
}

// yearish: a cell that is a year, a year range or a column number.
func yearish(c string) bool {
	if !asciiText(c) {
		ok := true
		normalize.KeyWords(c, func(w string) bool {
			ok = isYear(w) || len(w) <= 2
			return ok
		})
		return ok
	}
	// Key's words of ASCII text are its runs of letters and digits, and
	// their case does not matter here: no lower-cased copy (KeyWords
	// allocates one for a capitalised word)
	for i := 0; i < len(c); {
		if !asciiAlnum(c[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(c) && asciiAlnum(c[j]) {
			j++
		}
		if w := c[i:j]; !isYear(w) && len(w) > 2 {
			return false
		}
		i = j
	}
	return true
}

func asciiAlnum(b byte) bool { return isASCIILetter(b) || b >= '0' && b <= '9' }

func isYear(w string) bool {
	if len(w) != 4 || (w[0] != '1' && w[0] != '2') {
		return false
	}
	for i := 0; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w >= "1990" && w <= "2099"
}

func allWordsIn(cells []string, words map[string]bool) bool {
	n := 0
	var buf [64]byte
	for _, c := range cells {
		for i := 0; ; {
			var w []byte
			if w, i = nextWord(c, i, buf[:0]); w == nil {
				break
			}
			if !words[string(w)] {
				return false
			}
			n++
		}
	}
	return n > 0
}

// nextWord returns the lower-cased word of c at or after byte i, written
// into buf (grown only for a word longer than its capacity), and the index
// to continue from; nil when no word is left. A caller's buf on its stack
// stays there.
func nextWord(c string, i int, buf []byte) ([]byte, int) {
	w := buf[:0]
	for ; i < len(c); i++ {
		b := c[i]
		switch {
		case b >= 'a' && b <= 'z' || b >= '0' && b <= '9':
		case b >= 'A' && b <= 'Z':
			b += 'a' - 'A'
		case b >= 0x80:
			// non-ASCII letters (already folded) are kept as bytes
		default:
			if len(w) > 0 {
				return w, i + 1
			}
			continue
		}
		w = append(w, b)
	}
	if len(w) > 0 {
		return w, i
	}
	return nil, i
}

// lineValued is anyValue(cells), remembered in *memo (-1: not yet known).
func lineValued(cells []string, memo *int) bool {
	if *memo < 0 {
		*memo = 0
		if anyValue(cells) {
			*memo = 1
		}
	}
	return *memo == 1
}

func anyValue(cells []string) bool {
	for _, c := range cells {
		if c != "" && valueLike(c) {
			return true
		}
	}
	return false
}

// isGroupLabel: a row that opens a group ("Program ...", "Sasaran
// Strategis 2", "A.", "II"), a numbered row, or a note below the table.
func isGroupLabel(cells []string) bool {
	for j, c := range cells {
		if c == "" {
			continue
		}
		if strings.HasPrefix(c, "*") {
			return true
		}
		if c[0] >= 'A' && c[0] <= 'Z' {
			group := false
			var buf [64]byte
			if w, _ := nextWord(c, 0, buf[:0]); w != nil {
				switch string(w) {
				case "sasaran", "sasar", "program", "progr", "tujuan", "kegiatan", "jumlah", "total", "subtotal":
					group = true
				case "kecamatan", "kec":
					group = KecamatanHeading(c) // "KECAMATAN ALAK" over its villages (kecamatan_heading.go)
				case "predikat", "kategori", "aa", "bb", "cc", "a", "b", "c", "d":
					// "Predikat BB (Sangat Baik)": a grade heading (grade_heading.go)
					group = GradeHeading(c) != ""
				case "keterangan", "ket", "ketero", "sumber", "catatan", "analisis", "analisa":
					// a note below the table (or under each row, in a
					// merged cell) starts the line or names itself with a
					// colon; "Sumber" inside a wrapped cell is "Sumber
					// Daya Manusia"
					group = j == 0 || strings.IndexByte(c, ':') >= 0
				case "sangat", "baik", "cukup", "kurang":
					// "Baik (capaian 85% sampai 100%)" over its indicators (grade_heading.go)
					group = AchievementHeading(c)
				case "subbagian", "subbag", "seksi", "divisi":
					// "Subbagian Keuangan, Umum dan Logistik" over the
					// indicators it answers for: no indicator's name
					// opens with a unit's word
					group = true
				case "penjelasan":
					// "Penjelasan: realisasi … memberi capaian …" under
					// each row: no name goes on with the word
					group = true
				}
			}
			if group {
				return true
			}
		}
		t := strings.TrimRight(c, ".):")
		if t == "" || len(t) > 4 {
			return false
		}
		if len(t) == 1 && t[0] >= 'A' && t[0] <= 'Z' {
			// "A." / "B" open a group whose title follows at once; a lone
			// letter far from any text is an OCR shard of the table frame
			return t != c || t == "I" || t == "V" || t == "X" ||
				j+1 < len(cells) && cells[j+1] != "" || j+2 < len(cells) && cells[j+2] != ""
		}
		digits := true
		for i := 0; i < len(t); i++ {
			if t[i] < '0' || t[i] > '9' {
				digits = false
			}
		}
		if digits {
			return true
		}
		switch t {
		case "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X":
			return true
		}
		return false
	}
	return false
}

// statementHeads are the words an indicator statement starts with; a line
// that starts one is a new row, not the rest of the row above.
var statementHeads = map[string]bool{"persentase": true, "presentase": true, "prosentase": true, "nilai": true,
	"indeks": true, "index": true, "jumlah": true, "tingkat": true, "rasio": true, "opini": true, "kualitas": true}

func startsStatement(cells []string) bool {
	for _, c := range cells {
		if c == "" {
			continue
		}
		if asciiText(c) { // the first word lower-cased on the stack (KeyWords allocates)
			var buf [64]byte
			w, _ := nextWord(c, 0, buf[:0])
			return statementHeads[string(w)]
		}
		ok := false
		normalize.KeyWords(c, func(w string) bool { ok = statementHeads[w]; return false }) // the first word
		return ok
	}
	return false
}

// numberedText: a row that starts with a row number and carries text
// only, not a group heading ("Sasaran Strategis 1", "Program ...").
func numberedText(cells []string) bool {
	if len(cells) < 2 || !isRowNo(cells[0]) {
		return false
	}
	for _, c := range cells[1:] {
		if hasDigit(c) && !hasLetter(c) {
			return false // a number: not text only (a cheap test first)
		}
	}
	text := false
	for _, c := range cells[1:] {
		if c == "" {
			continue
		}
		if valueLike(c) || isGroupLabel([]string{c}) {
			return false
		}
		text = true
	}
	return text
}

// isRowNo: a bare row number ("1", "12.").
func isRowNo(c string) bool {
	t := strings.TrimRight(c, ".)")
	if t == "" || len(t) > 3 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	return true
}

func hasLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}

var reTitledShare = regexp.MustCompile(`^([A-Za-z][A-Za-z .,/&-]*[A-Za-z])\s*\(\s*\d{1,3}(?:[.,]\d+)?\s*%\s*\)$`)

// titledShare: a column title followed by its share in brackets
// ("Keberadaan (20%)", "Kualitas (30%)"), the title alone; a share is no
// value of a row, so the line can still be a header.
func titledShare(c string) (string, bool) {
	if len(c) < 6 || c[len(c)-1] != ')' || !isASCIILetter(c[0]) {
		return "", false // the cheap tests first: every cell of every table comes here
	}
	m := reTitledShare.FindStringSubmatch(c)
	if m == nil {
		return "", false
	}
	return m[1], true
}
