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

// proseDPT reads the reporting satker's DPT stated in a paragraph.
func (p *parser) proseDPT(start, end int, t string, low []byte) {
	if len(low) != len(t) {
		return
	}
	var m []int
	for off := 0; m == nil; {
		i := bytes.Index(low[off:], []byte(" pemilih"))
		if i < 0 {
			return
		}
		at := off + i
		off = at + 1
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
			if rollBefore(t, low, m[0]) {
				m = nil // another roll (DPTb, DPK, the continuous roll): look at the next count
			}
		}
	}
	pem, year := pemilihanOf(t), electionYear(t)
	if pem == "" || year == 0 {
		return
	}
	if fs := distinctSatkers(electionProvince(normalize.FindSatkers(t, p.prov, false), t, p.prov)); len(fs) > 1 || len(fs) == 1 && fs[0] != p.doc.Meta.SatkerID {
		return // another satker's figures
	}
	total := countOf([]string{"", t[m[2]:m[3]]})
	if total == nil {
		return
	}
	rest := t[m[0]:]
	d := facts.DPT{Span: facts.Span{Start: start, End: end}, Pemilihan: pem, Tahun: year, Sumber: "teks",
		SatkerID: p.doc.Meta.SatkerID, PemilihTotal: total}
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
	if d.PemilihL != nil && d.PemilihP != nil && *d.PemilihL+*d.PemilihP != *total {
		// L + P must make the total: otherwise nothing proves which is wrong
		p.find("dpt.tidak_konsisten", facts.Warning, start, end, t[m[2]:m[3]],
			"DPT %s: laki-laki %d + perempuan %d bukan jumlahnya; L dan P tidak dimuat", t[m[2]:m[3]], *d.PemilihL, *d.PemilihP)
		d.PemilihL, d.PemilihP = nil, nil
	}
	if tp := reDPTTPS.FindStringSubmatch(rest); tp != nil {
		d.JumlahTPS = countOf(tp)
	}
	if ds := reDPTDesa.FindStringSubmatch(rest); ds != nil {
		d.JumlahDesa = countOf(ds)
	}
	p.cov.hits++
	p.proseDPTRows = append(p.proseDPTRows, d)
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
		if bytes.Contains(before, []byte(w)) {
			return true
		}
	}
	// the continuous roll (Data Pemilih Berkelanjutan) is another roll;
	// its updating ("pemutakhiran data pemilih berkelanjutan", of which the
	// DPT is the basis) is not
	const dpb = "data pemilih berkelanjutan"
	for off := 0; ; {
		k := bytes.Index(before[off:], []byte(dpb))
		if k < 0 {
			return false
		}
		k += off
		if !bytes.HasSuffix(before[:k], []byte("pemutakhiran ")) {
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
