package parse

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/indicator"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// cutName reports whether an indicator name was cut short by a fixed-width
// grid (it ends in an ellipsis, "…" or "...") and returns what is left of
// it. Such a name is a prefix, not a name: keyed as written it would give
// a row of an indicator nobody has.
func cutName(s string) (string, bool) {
	t := strings.TrimRight(s, " \t")
	for _, mark := range []string{"…", "..."} {
		if strings.HasSuffix(t, mark) {
			if rest := strings.TrimSpace(strings.TrimSuffix(t, mark)); rest != "" {
				return strings.TrimRight(rest, "."), true
			}
		}
	}
	return s, false
}

// wholeName gives a cut indicator name the one name it begins: a whole
// name the document itself states in an earlier table (the PK table names
// what the measurement grid cuts), else the catalogue's (of the row's level
// when names of several levels begin so). A cut that begins
// no name, or more than one, cannot be keyed: the row is reported and not
// loaded (false).
//
// A name that stops on a preposition or a conjunction (`… Tidak Masuk
// dalam`, `… Pemilih Pemula yang`, endsOnJoiner) is cut as surely: its
// wrapped line was lost on the way (a PDF's margin label between the row
// and that line ended the table). It is a prefix too, completed the same
// way or not loaded; kept as written it would key the row under a name
// never written.
//
// A name clipped at its column's width (clip == clipAt, capaian_width.go)
// is a prefix with no mark at all, completed the same way or not loaded.
// One a character shorter (clipShort) may be clipped just after a word,
// its trailing space lost with the cell's: completed when it begins
// exactly one name, else kept as written (it may be whole) and reported.
func (p *parser) wholeName(c *facts.Capaian, t *tableInfo, clip int) bool {
	prefix, cut := cutName(c.Indikator)
	why, maybe := "terpotong", false
	if !cut && clip != 0 {
		prefix, cut, why = strings.TrimSpace(c.Indikator), true, fmt.Sprintf("terpotong pada lebar kolom (%d huruf)", p.capClip)
		maybe = clip == clipShort && !endsOnJoiner(c.Indikator)
	}
	if !cut && endsOnJoiner(c.Indikator) {
		prefix, cut, why = strings.TrimSpace(c.Indikator), true, "berhenti pada kata yang tidak menutup kalimat (terpotong)"
	}
	if !cut {
		return true
	}
	name, n := p.docWholeName(prefix)
	if n == 0 {
		if _, full, ok := indicator.Complete(prefix, c.Tingkat); ok {
			name, n = full, 1
		}
	}
	if n != 1 && maybe {
		p.find("capaian.nama_terpotong", facts.Info, c.Span.Start, c.Span.End, c.Indikator,
			"%s: nama indikator %q satu huruf lebih pendek dari lebar kolom yang memotong (%d huruf); tidak menunjuk tepat satu indikator, dimuat seperti tertulis", t.label, c.Indikator, p.capClip)
		return true
	}
	if n != 1 {
		p.find("capaian.nama_terpotong", facts.Warning, c.Span.Start, c.Span.End, c.Indikator,
			"%s: nama indikator %q %s dan tidak menunjuk tepat satu indikator (%d kandidat); baris dilewati", t.label, c.Indikator, why, n)
		return false
	}
	p.find("capaian.nama_terpotong", facts.Info, c.Span.Start, c.Span.End, c.Indikator,
		"%s: nama indikator %q %s; dibaca sebagai %q", t.label, c.Indikator, why, name)
	c.Indikator = name
	return true
}

// endsOnJoiner reports whether a name stops on a preposition or a
// conjunction, a word no indicator's statement ends on. Narrower than
// dangling (capaian.go), which also counts words that only usually go on
// (`tepat` before `waktu`, `sesuai` before `jadwal`) and serves to join a
// wrapped line: "Persentase logistik terdistribusi tepat" is a whole name.
func endsOnJoiner(s string) bool {
	// the last word alone, not a key of every word: this is asked of every
	// capaian row
	notWord := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
	t := strings.TrimRightFunc(s, notWord)
	w := t[strings.LastIndexFunc(t, notWord)+1:]
	if len(w) < 2 || len(w) > 9 {
		return false
	}
	for _, j := range joiners {
		if strings.EqualFold(w, j) {
			return true
		}
	}
	return false
}

// joiners: the prepositions and conjunctions no indicator's name ends on.
var joiners = []string{"untuk", "dan", "dalam", "yang", "dengan", "di", "ke", "pada", "terhadap", "atas", "serta",
	"secara", "oleh", "bagi", "tentang", "mengenai", "atau", "dari", "melalui"}

// docWholeName returns a whole name of an earlier row of the document that
// begins with prefix (folded), and how many distinct such names there are.
func (p *parser) docWholeName(prefix string) (string, int) {
	key := normalize.Key(prefix)
	if key == "" {
		return "", 0
	}
	name, first, n := "", "", 0
	for i := range p.doc.Capaian {
		ind := p.doc.Capaian[i].Indikator
		if _, cut := cutName(ind); cut {
			continue
		}
		k := normalize.Key(ind)
		if len(k) <= len(key) || !strings.HasPrefix(k, key) || k == first {
			continue
		}
		if n == 0 {
			name, first = ind, k
		}
		n++ // a second distinct name counts once per row; any n > 1 refuses
	}
	return name, n
}
