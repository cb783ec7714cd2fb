package parse

import (
	"bytes"
	"regexp"
	"slices"
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
	reDPTTPS   = regexp.MustCompile(`(?i)(\d{1,3}(?:[.,]\d{3})*)\s+TPS\b`)
	reDPTDesa  = regexp.MustCompile(`(?i)(\d{1,3}(?:[.,]\d{3})*)\s+desa(?:\s*/\s*kel(?:urahan)?)?\b`)
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

// proseDPT reads the reporting satker's DPT stated in a paragraph, one
// sentence at a time: a paragraph may state another roll first (the
// continuous voter data, "Data Pemilih Berkelanjutan") and the DPT after
// it, or the DPT of two elections. A sentence without the DPT's name is
// left alone; the election and its year come from the sentence, else from
// the paragraph.
func (p *parser) proseDPT(start, end int, t string, low []byte) {
	if len(low) != len(t) {
		return
	}
	ss := sentenceStarts(t)
	read := 0
	for i, from := range ss {
		to := len(t)
		if i+1 < len(ss) {
			to = ss[i+1]
		}
		sl := low[from:to]
		if !bytes.Contains(sl, []byte("dpt")) && !bytes.Contains(sl, []byte("pemilih tetap")) {
			continue
		}
		// the sentence after may carry the L/P split ("Terdiri atas ...
		// laki-laki dan ... perempuan"), unless it states a roll of its own
		ext := to
		if i+1 < len(ss) {
			nextEnd := len(t)
			if i+2 < len(ss) {
				nextEnd = ss[i+2]
			}
			next := low[to:nextEnd]
			if bytes.Contains(next, []byte("laki")) && bytes.Contains(next, []byte("perempuan")) &&
				!bytes.Contains(next, []byte("dpt")) && !bytes.Contains(next, []byte("pemilih tetap")) &&
				!bytes.Contains(next, []byte("berjumlah")) && !bytes.Contains(next, []byte("sebanyak")) {
				ext = nextEnd
			}
		}
		if p.proseDPTOne(start, end, t[from:ext], low[from:ext], t) {
			read++
		} else if bytes.Contains(sl, []byte("tersebut")) {
			p.dptCountsAfter(start, end, t[from:to])
		}
	}
	if read == 0 && len(ss) <= 1 {
		p.proseDPTOne(start, end, t, low, t)
	}
}

// proseDPTOne reads one DPT statement from t; para gives the election and
// its year when t does not name them.
func (p *parser) proseDPTOne(start, end int, t string, low []byte, para string) bool {
	var m []int
	for off := 0; m == nil; {
		i := bytes.Index(low[off:], []byte(" pemilih"))
		if i < 0 {
			return false
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
		}
	}
	before := string(low[max(0, m[0]-120):m[0]])
	after := string(low[m[1]:min(len(low), m[1]+40)])
	for _, w := range []string{"dptb", "dpk", "dps", "dph", "tambahan", "khusus", "sementara", "pindah"} {
		if strings.Contains(before, w) || strings.Contains(after, w) {
			return false // another roll beside the DPT: never the DPT
		}
	}
	pem, year := pemilihanOf(t), electionYear(t)
	if pem == "" {
		pem = pemilihanOf(para)
	}
	if year == 0 {
		year = electionYear(para)
	}
	if pem == "" || year == 0 {
		return false
	}
	fs := distinctSatkers(normalize.FindSatkers(t, p.prov, false))
	if strings.Contains(string(low), "gubernur") {
		// "Pemilihan Gubernur NTT": the province names the election
		fs = slices.DeleteFunc(fs, func(id string) bool { return id == p.prov && p.doc.Meta.SatkerID != p.prov })
	}
	if len(fs) > 1 || len(fs) == 1 && fs[0] != p.doc.Meta.SatkerID {
		return false // another satker's figures
	}
	total := countOf([]string{"", t[m[2]:m[3]]})
	if total == nil {
		return false
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
	return true
}

// finishDPT adds the prose rows after every table's, so a table stating
// the same row is the one kept.
func (p *parser) finishDPT() {
	p.doc.DPT = append(p.doc.DPT, p.proseDPTRows...)
}

// dptCountsAfter completes the total row of the DPT table just above with
// the TPS and village counts a sentence after it states: "DPT tersebut
// tersebar pada 1.304 TPS di 357 desa/kelurahan". Only counts the row
// leaves empty are set; the sentence must refer back ("tersebut") and the
// table must end right above it.
func (p *parser) dptCountsAfter(start, end int, s string) {
	var row *facts.DPT
	for i := len(p.doc.DPT) - 1; i >= 0; i-- {
		d := &p.doc.DPT[i]
		if d.Sumber == "teks" {
			continue
		}
		if d.End < start-8 {
			return // no table right above
		}
		if d.TingkatWilayah == "kabupaten" || d.TingkatWilayah == "provinsi" {
			row = d
		}
		break
	}
	if row == nil {
		return
	}
	if tp := reDPTTPS.FindAllStringSubmatch(s, -1); len(tp) == 1 && row.JumlahTPS == nil {
		row.JumlahTPS = countOf(tp[0])
	}
	if ds := reDPTDesa.FindAllStringSubmatch(s, -1); len(ds) == 1 && row.JumlahDesa == nil {
		row.JumlahDesa = countOf(ds[0])
	}
	p.find("dpt.jumlah_dari_kalimat", facts.Info, start, end, normalize.Space(s),
		"%s %s: jumlah TPS/desa dari kalimat sesudah tabel", row.Sumber, row.Wilayah)
}
