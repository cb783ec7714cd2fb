package parse

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// DPT figures stated in prose: "pada Pemilu Tahun 2019 Daftar Pemilih
// Tetap Kabupaten Sikka berjumlah 233.337 pemilih, terdiri atas 112.406
// laki-laki dan 120.931 perempuan, yang tersebar di 160 desa/kelurahan dan
// 587 TPS". The reporting satker's own total; the election and its year
// must be named in the paragraph. A table stating the same row wins.

var (
	// the total before " pemilih", read in a short window ending there
	// any count right before " pemilih", proven by L + P after it
	reDPTCount = regexp.MustCompile(`(?:^|\s)(\d{1,3}(?:\.\d{3})+|\d{1,7})\s+(?:orang\s+)?$`)
	reDPTTotal = regexp.MustCompile(`(?i)(?:sebanyak|berjumlah|sejumlah|jumlah\s+pemilih(?:\s+sebanyak)?|adalah|ditetapkan\s+sebanyak)\s+(\d{1,3}(?:[.,]\d{3})+|\d{1,7})\s+(?:orang\s+)?$`)
	reDPTL     = regexp.MustCompile(`(?i)(\d{1,3}(?:[.,]\d{3})+|\d{1,7})\s+(?:orang\s+)?(?:pemilih\s+)?laki(?:-\s*|\s)?laki|laki(?:-\s*|\s)?laki\s*:?\s*(?:sebanyak\s+)?(\d{1,3}(?:[.,]\d{3})+|\d{1,7})|(?-i:\bL)\s*[:=]\s*(\d{1,3}(?:[.,]\d{3})+|\d{1,7})`)
	reDPTP     = regexp.MustCompile(`(?i)(\d{1,3}(?:[.,]\d{3})+|\d{1,7})\s+(?:orang\s+)?(?:pemilih\s+)?perempuan|perempuan\s*:?\s*(?:sebanyak\s+)?(\d{1,3}(?:[.,]\d{3})+|\d{1,7})|(?-i:\bP)\s*[:=]\s*(\d{1,3}(?:[.,]\d{3})+|\d{1,7})`)
	// a count written without a thousands separator ("1045 TPS") is read
	// whole, never from its last three digits
	reDPTTPS  = regexp.MustCompile(`(?i)\b(\d{1,3}(?:[.,]\d{3})+|\d{1,6})\s+TPS\b`)
	reDPTDesa = regexp.MustCompile(`(?i)\b(\d{1,3}(?:[.,]\d{3})+|\d{1,6})\s+desa(?:\s*/\s*kel(?:urahan)?)?\b`)
)

func countOf(m []string) *int64 {
	for _, s := range m[1:] {
		if s == "" {
			continue
		}
		n := normalize.ParseNumber(s, normalize.Unknown)
		if n.Status != normalize.OK || n.Value != float64(int64(n.Value)) {
			return nil
		}
		v := int64(n.Value)
		return &v
	}
	return nil
}

// proseDPT reads the reporting satker's DPT stated in a paragraph. A
// paragraph that groups thousands with spaces ("348 710 pemilih", a narrow
// no-break space folded) is read with the groups joined only when that
// convention is proven: the total is such a number, and the laki-laki and
// perempuan figures read so make it. Otherwise the paragraph is read as
// written, and a count that a spaced group may have cut ("1 304 TPS" read
// as 304) is not loaded.
func (p *parser) proseDPT(start, end int, t string, low []byte) {
	if len(low) != len(t) {
		return
	}
	if j, ok := joinSpacedGroups(t); ok {
		jl := []byte(strings.ToLower(j)) // same length: a space became a dot
		if d, m, ok := p.dptOfProse(j, jl); ok && strings.IndexByte(t[m[2]:m[3]], ' ') > 0 && d.PemilihL != nil &&
			d.PemilihP != nil && *d.PemilihL+*d.PemilihP == *d.PemilihTotal {
			p.keepProseDPT(start, end, d)
			return
		}
	}
	d, m, ok := p.dptOfProse(t, low)
	if !ok {
		return
	}
	if d.PemilihL != nil && d.PemilihP != nil && *d.PemilihL+*d.PemilihP != *d.PemilihTotal {
		// L + P must make the total: otherwise nothing proves which is wrong
		p.find("dpt.tidak_konsisten", facts.Warning, start, end, t[m[2]:m[3]],
			"DPT %s: laki-laki %d + perempuan %d bukan jumlahnya; L dan P tidak dimuat", t[m[2]:m[3]], *d.PemilihL, *d.PemilihP)
		d.PemilihL, d.PemilihP = nil, nil
	}
	p.keepProseDPT(start, end, d)
}

func (p *parser) keepProseDPT(start, end int, d facts.DPT) {
	d.Span = facts.Span{Start: start, End: end}
	p.cov.hits++
	p.proseDPTRows = append(p.proseDPTRows, d)
}

// dptOfProse reads the DPT a paragraph states: the row and the match of
// its total (m[2]:m[3] the total's digits).
func (p *parser) dptOfProse(t string, low []byte) (facts.DPT, []int, bool) {
	var m []int
	lead := -1
	for off := 0; m == nil; {
		i := bytes.Index(low[off:], []byte(" pemilih"))
		if i < 0 {
			if m = personsTotal(t, low); m == nil { // "jumlah pemilih … adalah 96.287 orang, terdiri atas …" (dpt_prose_orang.go)
				return facts.DPT{}, nil, false
			}
			break
		}
		at := off + i
		off = at + 1
		lead = -1
		// a count stands right before: "233.337 pemilih", "105.722 orang pemilih"
		j := at
		if j >= 6 && string(low[j-6:j]) == " orang" {
			j -= 6
		}
		if j == 0 || !isDigitByte(low[j-1]) {
			continue
		}
		from := max(0, at-60)
		if mm := reDPTTotal.FindStringSubmatchIndex(t[from : at+1]); mm != nil {
			m = []int{from + mm[0], from + mm[1], from + mm[2], from + mm[3]}
		} else if mm := reDPTCount.FindStringSubmatchIndex(t[from : at+1]); mm != nil && !rollAfter(low[at+len(" pemilih"):]) {
			// any verb before it ("diikuti oleh 126.680 pemilih DPT"): the
			// count is the total only when L + P, stated after it, make it
			m = []int{from + mm[0], from + mm[1], from + mm[2], from + mm[3]}
			if !sexesMake(t[m[0]:], t[m[2]:m[3]]) {
				lead = sexesBefore(t, m[0], t[m[2]:m[3]]) // L and P before it (dpt_prose_before.go)
				if lead < 0 {
					m = nil
				}
			}
		}
		if m != nil && rollBefore(t, low, m[0]) {
			m = nil // another roll (DPTb, DPK, the continuous roll): look at the next count
		}
	}
	pem, year := electionOfSentence(t, m[2])
	if pem == "" || !electionHeld(pem, year) { // a year of no such election dates something else (dpt_caption_under.go)
		return facts.DPT{}, nil, false
	}
	if fs := distinctSatkers(electionProvince(normalize.FindSatkers(t, p.prov, false), t, p.prov)); len(fs) > 1 || len(fs) == 1 && fs[0] != p.doc.Meta.SatkerID {
		return facts.DPT{}, nil, false // another satker's figures
	}
	total := countOf([]string{"", t[m[2]:m[3]]})
	if total == nil {
		return facts.DPT{}, nil, false
	}
	rest := t[m[0]:]
	if lead >= 0 {
		rest = t[lead:]
	}
	d := facts.DPT{Pemilihan: pem, Tahun: year, Sumber: "teks", SatkerID: p.doc.Meta.SatkerID, PemilihTotal: total}
	d.TingkatWilayah = "kabupaten"
	if p.doc.Meta.SatkerID == p.prov {
		d.TingkatWilayah = "provinsi"
	}
	d.Wilayah = p.ref.Wilayah
	if l := reDPTL.FindStringSubmatch(rest); l != nil {
		d.PemilihL = countOf(l)
	}
	if pp := reDPTP.FindStringSubmatch(rest); pp != nil {
		d.PemilihP = countOf(pp)
	}
	d.JumlahTPS = wholeCount(rest, reDPTTPS)
	d.JumlahDesa = wholeCount(rest, reDPTDesa)
	return d, m, true
}

// sexesMake: the laki-laki and perempuan counts stated in rest make the
// total written as tot.
func sexesMake(rest, tot string) bool {
	total := countOf([]string{"", tot})
	l, pp := reDPTL.FindStringSubmatch(rest), reDPTP.FindStringSubmatch(rest)
	if total == nil || l == nil || pp == nil {
		return false
	}
	lv, pv := countOf(l), countOf(pp)
	return lv != nil && pv != nil && *lv+*pv == *total
}

// rollAfter: the words right after "pemilih" name another roll than the
// DPT ("212.447 pemilih sementara", "pemilih DPTb").
func rollAfter(after []byte) bool {
	after = after[:min(len(after), 24)]
	for _, w := range otherRolls {
		if bytes.Contains(after, []byte(w)) {
			return true
		}
	}
	return false
}

// electionOfSentence: the election and its year named in the sentence
// that states the count at i, else in the whole paragraph. A later
// sentence of the paragraph may name another year ("... dikembalikan pada
// bulan Maret 2021") without making the count's election ambiguous.
func electionOfSentence(t string, i int) (string, int) {
	from, to := 0, len(t)
	if k := strings.LastIndex(t[:i], ". "); k >= 0 {
		from = k + 2
	}
	if k := strings.Index(t[i:], ". "); k >= 0 {
		to = i + k + 1
	}
	if from > 0 || to < len(t) {
		s := t[from:to]
		if pem, year := pemilihanOf(s), electionYear(s); pem != "" && year != 0 {
			return pem, year
		}
	}
	return pemilihanOf(t), electionYear(t)
}

// wholeCount reads the count re matches in rest, unless a digit and a
// space stand right before it: then the count may be the last group of a
// number grouped with spaces ("1 304 TPS"), and nothing proves which.
func wholeCount(rest string, re *regexp.Regexp) *int64 {
	mm := re.FindStringSubmatchIndex(rest)
	if mm == nil {
		return nil
	}
	if a := mm[2]; a >= 2 && rest[a-1] == ' ' && isDigitByte(rest[a-2]) {
		return nil
	}
	sub := make([]string, len(mm)/2)
	for k := range sub {
		if mm[2*k] >= 0 {
			sub[k] = rest[mm[2*k]:mm[2*k+1]]
		}
	}
	return countOf(sub)
}

// joinSpacedGroups writes the numbers of t grouped with spaces ("348 710",
// "1 304": one to three digits, then groups of exactly three) with dots
// instead, so they read as the Indonesian convention; a space becomes a
// dot, so every offset stays. It reports whether it joined any.
func joinSpacedGroups(t string) (string, bool) {
	var b []byte
	for i := 0; i+4 < len(t); i++ {
		if i == 0 || t[i] != ' ' || !isDigitByte(t[i-1]) {
			continue
		}
		// digits before the space: one to three, a word boundary before
		k := i
		for k > 0 && isDigitByte(t[k-1]) {
			k--
		}
		if i-k > 3 || k > 0 && (isDigitByte(t[k-1]) || t[k-1] == '.' || t[k-1] == ',' || isLetterByte(t[k-1])) {
			continue
		}
		if k > 1 && t[k-1] == ' ' && isDigitByte(t[k-2]) {
			continue // a group after a number that could not open a grouped one ("2024 348 710")
		}
		// groups of exactly three digits after it, each after one space
		e := i
		for e+4 <= len(t) && t[e] == ' ' && isDigitByte(t[e+1]) && isDigitByte(t[e+2]) && isDigitByte(t[e+3]) &&
			(e+4 == len(t) || !isDigitByte(t[e+4])) {
			e += 4
		}
		if e == i || e < len(t) && (t[e] == ',' || t[e] == '.') && e+1 < len(t) && isDigitByte(t[e+1]) {
			continue // a decimal part after it: another convention
		}
		if b == nil {
			b = []byte(t)
		}
		for g := i; g < e; g += 4 {
			b[g] = '.'
		}
		i = e - 1
	}
	if b == nil {
		return t, false
	}
	return string(b), true
}

// otherRolls are the voter rolls that are not the DPT: a count named
// after one of them is never the DPT.
var otherRolls = []string{"dptb", "dpk", "dps", "dph", "tambahan", "khusus", "sementara", "pindah", "dpb"}

// rollBefore: the sentence before the count at i (at most 120 bytes) names
// another roll. A sentence ends at ". " before an upper-case letter, unless
// the word before the period is short ("Kab.", "No."), so an earlier
// sentence's roll does not hide a DPT stated next.
func rollBefore(t string, low []byte, i int) bool {
	from := max(0, i-120)
	for k := i - 2; k > from; k-- {
		if low[k] != '.' || low[k+1] != ' ' || k+2 >= len(t) || t[k+2] < 'A' || t[k+2] > 'Z' {
			continue
		}
		w := k
		for w > 0 && low[w-1] != ' ' {
			w--
		}
		if k-w > 4 || k > w && isDigitByte(low[k-1]) {
			from = k + 2
			break
		}
	}
	before := low[from:i] // no copy: this runs for every count in the prose
	for _, w := range otherRolls {
		if bytes.Contains(before, []byte(w)) && !meanwhileOnly(before, w) { // "Sementara itu" (dpt_prose_meanwhile.go)
			return true
		}
	}
	// the continuous roll (Data or Daftar Pemilih Berkelanjutan) is another
	// roll; its updating ("pemutakhiran data pemilih berkelanjutan", of
	// which the DPT is the basis) is not
	const dpb = "pemilih berkelanjutan"
	for off := 0; ; {
		k := bytes.Index(before[off:], []byte(dpb))
		if k < 0 {
			return false
		}
		k += off
		if !bytes.HasSuffix(before[:k], []byte("pemutakhiran data ")) {
			return true
		}
		off = k + len(dpb)
	}
}

// electionProvince drops the province named as part of an election's name
// ("Pemilihan Gubernur dan Wakil Gubernur NTT"): that names the election,
// not the area whose roll the sentence states.
func electionProvince(fs []normalize.Found, t, prov string) []normalize.Found {
	var words []string
	out := fs[:0:0]
	for _, f := range fs {
		if f.ID == prov && f.Word > 0 {
			if words == nil {
				words = strings.Fields(normalize.Key(t))
			}
			prev := f.Word - 1
			if prev > 0 && prev < len(words) && words[prev] == "provinsi" {
				prev--
			}
			if prev < len(words) && words[prev] == "gubernur" {
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

// finishDPT adds the prose rows after every table's, so a table stating
// the same row is the one kept.
func (p *parser) finishDPT() {
	p.doc.DPT = append(p.doc.DPT, p.proseDPTRows...)
}
