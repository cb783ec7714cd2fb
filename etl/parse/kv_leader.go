package parse

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
)

// Labelled lines with leaders. A report may write a record's key and
// value parted by a run of dots instead of a colon, and name the record
// on a line of its own under a numbered heading:
//
//	Indikator Kinerja 5
//	Persentase kesesuaian kompetensi pegawai
//	    Realisasi 2021 ............. 73,50 %
//	    Target 2022 ................ 80 %
//	    Realisasi 2022 ............. 76,92 %
//	    Capaian .................... 96,15 %
//
// The leader line is read as "key : value" (kv.go); the name line is the
// value of the heading's words ("Indikator Kinerja : Persentase …"), so
// the record reads as the table row it stands for. A line with two leaders
// or more is a row of a leader-dot table (etl/extract), not a record line;
// a key that opens with no column word (a table of contents: "BAB I
// PENDAHULUAN ....... 1") is none either, and no leader line of a
// paragraph holding such a line, or standing under "DAFTAR ISI", is one:
// the figures of a table of contents are pages.

// kvLeader splits "Target 2022 ........ 100 %" into its key and value.
func kvLeader(t string) (string, string, bool) {
	k := strings.Index(t, "...")
	e := k
	for e >= 0 && e < len(t) && (t[e] == '.' || t[e] == ' ') {
		e++
	}
	if k < 0 {
		k = strings.Index(t, "…")
		if k < 0 {
			return "", "", false
		}
		e = k
		for e < len(t) && (strings.HasPrefix(t[e:], "…") || t[e] == ' ' || t[e] == '.') {
			if t[e] == ' ' || t[e] == '.' {
				e++
			} else {
				e += len("…")
			}
		}
	}
	key, val := strings.TrimSpace(t[:k]), strings.TrimSpace(t[e:])
	if key == "" || val == "" || !isLetterByte(key[0]) || strings.Contains(val, "...") || strings.Contains(val, "…") ||
		strings.ContainsRune(key, ':') || len(strings.Fields(key)) > 9 {
		return "", "", false
	}
	f := strings.Fields(key)
	if w := strings.ToLower(f[0]); !inlineKeys[w] && !inlineRemarks[w] && !leaderKeys[w] {
		return "", "", false // "KATA PENGANTAR ....... i": a table of contents names no column
	}
	return strings.Join(f, " "), val, true
}

// leaderKeys open a record's key besides the column words of labelled
// rows (kv_inline.go).
var leaderKeys = map[string]bool{"uraian": true, "tahun": true, "indikator": true, "satuan": true, "kode": true,
	"program": true, "kegiatan": true, "komponen": true, "kecamatan": true, "sisa": true}

// kvNamed gives the name line under a numbered heading ("Indikator
// Kinerja 3", "Sasaran Strategis 1") and over the record's key lines the
// heading's words as its key.
func kvNamed(ls []kvLine) {
	for i := 1; i+1 < len(ls); i++ {
		h, l := ls[i-1], &ls[i]
		if h.key != "" || l.key != "" || ls[i+1].key == "" || strings.HasSuffix(l.text, ".") || strings.HasSuffix(l.text, ":") {
			continue
		}
		m := reKVNo.FindStringIndex(h.text)
		if m == nil || len(h.text) > 70 {
			continue
		}
		pre := strings.TrimSpace(h.text[:m[0]])
		low := strings.ToLower(pre)
		if !strings.HasPrefix(low, "indikator") && !strings.HasPrefix(low, "sasaran") && low != "iku" && low != "ikk" {
			continue
		}
		l.key, l.value = pre, l.text
	}
}

// leaderLine: t holds a leader (three dots or an ellipsis).
func leaderLine(t string) bool { return strings.Contains(t, "...") || strings.Contains(t, "…") }

// reTOC names a list of the report's parts: its lines' figures are pages.
var reTOC = regexp.MustCompile(`(?i)\bdaftar\s+(?:isi|tabel|gambar|grafik|lampiran)\b`)

// tableOfContents: paragraph b is, or stands right under, a table of
// contents ("DAFTAR ISI"): its leader lines are entries, not records.
func (p *parser) tableOfContents(b *extract.Block) bool {
	if !leaderLine(b.Text) {
		return false
	}
	if reTOC.MatchString(b.Text) {
		return true
	}
	for k := len(p.recent) - 1; k >= 0 && k >= len(p.recent)-2; k-- {
		if t := p.recent[k].text; len(t) <= 60 && reTOC.MatchString(t) {
			return true
		}
	}
	return false
}
