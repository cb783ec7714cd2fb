package parse

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
)

// countWords are the counts written out in words ("direvisi tiga kali").
var countWords = map[string]int64{"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
	"delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "dua belas": 12, "tiga belas": 13,
	"empat belas": 14, "lima belas": 15}

const reCount = `(\d{1,3}|satu|dua(?:\s+belas)?|tiga(?:\s+belas)?|empat(?:\s+belas)?|lima(?:\s+belas)?|enam|tujuh|delapan|sembilan|sepuluh|sebelas)`

// reRevisi finds the number of DIPA revisions: "11 kali revisi DIPA",
// "revisi DIPA sebanyak 4 kali", "DIPA mengalami 12 kali revisi", "DIPA …
// direvisi tiga kali". A revision of the POK is not one of the DIPA.
var reRevisi = regexp.MustCompile(`(?i)\b` + reCount + `\s*(?:\([a-z ]+\)\s*)?kali\s+revisi\s+dipa|revisi\s+dipa\s+sebanyak\s+` + reCount +
	`\s*(?:\([a-z ]+\)\s*)?kali|\bdipa\b[^.]{0,100}?\b(?:direvisi|mengalami|dilakukan)\s+(?:revisi\s+)?(?:sebanyak\s+)?` + reCount + `\s*(?:\([a-z ]+\)\s*)?kali\b(\s+revisi\s+pok)?`)

func countValue(s string) (int64, bool) {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	if v, ok := countWords[s]; ok {
		return v, true
	}
	if s == "" || len(s) > 3 {
		return 0, false
	}
	return int64(atoi(s)), true
}

// proseRevisi reads every revision count of a paragraph, each for the year
// its own sentence names ("pada tahun 2023 DIPA direvisi sebanyak 9 kali" is
// not this year's), else the fiscal year named before it. Two different
// counts for one year: neither is loaded, a finding says so.
func (p *parser) proseRevisi(b *extract.Block, t string) {
	got := map[int]int64{}
	var order []int
	conflict := map[int]bool{}
	ms := revisiMatches(t)
	if len(ms) == 0 {
		ms = revisiAfterPagu(t)
	}
	more, unread := revisiBySentence(t, ms)
	ms = append(ms, more...)
	for _, m := range ms {
		if m[8] >= 0 {
			continue // "kali revisi POK"
		}
		s := ""
		for g := 1; g <= 3; g++ {
			if m[2*g] >= 0 {
				s = t[m[2*g]:m[2*g+1]]
			}
		}
		v, ok := countValue(s)
		if !ok {
			continue
		}
		sent := t[:m[0]]
		if i := strings.LastIndex(sent, ". "); i >= 0 {
			sent = sent[i+2:]
		}
		year := fiscalYear(sent)
		if year == 0 {
			year = electionFreeYear(sent)
		}
		if year == 0 {
			year = fiscalYear(t[:m[0]])
		}
		if year == 0 {
			year = p.doc.Meta.Tahun
		}
		if old, ok := got[year]; ok {
			if old != v {
				conflict[year] = true
			}
			continue
		}
		got[year] = v
		order = append(order, year)
	}
	if len(order) == 0 && len(unread) > 0 {
		// a count of revisions is spoken of and none could be read: say so
		// rather than leave TOTAL's revisi_dipa NULL in silence
		sn := unread[0]
		year := fiscalYear(t[sn.s:sn.e])
		if year == 0 {
			year = p.doc.Meta.Tahun
		}
		p.find("anggaran.revisi_tidak_terbaca", facts.Warning, b.Start, b.End, shorten(t[sn.s:sn.e], 200),
			"jumlah revisi DIPA (TOTAL) tahun %d tidak terbaca dari kalimat; tidak dimuat", year)
	}
	for _, year := range order {
		p.cov.hits++
		if conflict[year] {
			p.find("anggaran.revisi_ganda", facts.Warning, b.Start, b.End, itoa(year),
				"kalimat menyebut beberapa jumlah revisi DIPA berbeda untuk tahun %d; tidak dimuat", year)
			continue
		}
		v := got[year]
		pa := p.proseFor(year, b.Start, b.End)
		if pa.revisi == nil {
			pa.revisi = &v
		}
	}
}

// reRevisiAfter: the revisions named after the DIPA's own amount, in the
// sentence that names the DIPA: "Pagu DIPA induk ... Rp 4.000.000.000,
// kemudian setelah mengalami revisi sebanyak 4 (empat) kali menjadi ...".
// The count is group 1.
var reRevisiAfter = regexp.MustCompile(`(?i)\b(?:mengalami|setelah|dilakukan)\s+revisi\s+(?:dipa\s+)?(?:sebanyak\s+)?` + reCount + `\s*(?:\([a-z ]+\)\s*)?kali\b`)

// revisiAfterPagu finds reRevisiAfter in the sentences of t that name the
// DIPA before it, as revisiMatches' index slices.
func revisiAfterPagu(t string) [][]int {
	if !containsFoldASCII(t, "revisi") {
		return nil
	}
	var out [][]int
	for _, m := range reRevisiAfter.FindAllStringSubmatchIndex(t, -1) {
		sent := t[:m[0]]
		if i := strings.LastIndex(sent, ". "); i >= 0 {
			sent = sent[i+2:]
		}
		if !containsFoldASCII(sent, "dipa") || containsFoldASCII(t[m[0]:m[1]], "pok") {
			continue
		}
		// the count as group 1, as reRevisi's first alternative; no POK (group 4)
		out = append(out, []int{m[0], m[1], m[2], m[3], -1, -1, -1, -1, -1, -1})
	}
	return out
}

var rePadaTahun = regexp.MustCompile(`(?i)\b(?:pada|di|dalam)\s+(?:tahun\s+)?((?:19|20)\d\d)\b`)

// electionFreeYear is the year a sentence's "pada tahun 2023" names, 0 if none.
func electionFreeYear(s string) int {
	if !hasYearDigits(s) {
		return 0
	}
	ms := rePadaTahun.FindAllStringSubmatch(s, -1)
	if len(ms) == 0 {
		return 0
	}
	return atoi(ms[len(ms)-1][1])
}

// captionIsProse: a paragraph taken as a table's caption that is in fact
// running text ("… Hasil Evaluasi AKIP Tahun 2018 memberikan nilai 58,47
// (CC) dengan rincian komponen pada tabel berikut.") states facts like any
// other paragraph. A caption proper starts with its label or is short.
func captionIsProse(t string) bool {
	if len(t) < 80 && !shortFactSentence(t) || reCaptionLabel.MatchString(t) { // caption_sentence.go
		return false
	}
	return strings.Contains(t, ". ") || strings.HasSuffix(t, ".") || strings.HasSuffix(t, ":")
}

var reCaptionLabel = regexp.MustCompile(`(?i)^\s*(?:tabel|table|lampiran|gambar|grafik|diagram|matriks)\b`)
