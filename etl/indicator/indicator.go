// Package indicator maps indicator text as a report writes it to the
// canonical indicator ids of schemas/ref/indikator.csv.
//
// Matching is by folded words, not by exact text: the same indicator is
// written with typos ("logistic"), other word forms ("diharmonisasi" /
// "diharmonisasikan"), other satker kinds ("KPU Kabupaten" / "KPU
// Provinsi") and OCR slips. Words are mapped onto the catalogue vocabulary
// (one wrong letter allowed in long words, common suffixes stripped), and
// the candidate is scored by a Dice coefficient weighted by how rare each
// word is in the catalogue, so that "Pemula" vs "Perempuan" weighs more
// than "Persentase". A match needs a score of at least Threshold and a clear
// margin over the next indicator.
package indicator

import (
	"encoding/csv"
	"io"
	"math"
	"strings"
	"sync"

	"github.com/kpu-ntt/lkj/etl/normalize"
	"github.com/kpu-ntt/lkj/schemas"
)

// Threshold is the lowest score accepted as a match.
const Threshold = 0.8

// Margin is how far the best indicator must score above the next one.
const Margin = 0.06

// PrefixShare is the part of an indicator's words a text cut short must
// still hold to be matched by its beginning.
const PrefixShare = 0.6

// Entry is one canonical indicator.
type Entry struct {
	ID      string
	Teks    string
	Satuan  string
	Arah    string // naik, turun, predikat
	Tingkat string
	Alias   []string
}

type form struct {
	id     string
	tokens map[int]int // vocabulary id -> count
	weight float64
}

type wordForm struct {
	id    string
	words []string
}

type catalogue struct {
	entries map[string]*Entry
	order   []string
	vocab   map[string]int
	words   []string
	idf     []float64
	maxIDF  float64
	forms   []form
	texts   []wordForm // each text as its word sequence, for prefix matching
	byToken [][]int    // vocab id -> form indexes containing it
	cache   sync.Map   // Key(text) -> result
	// raw answers a text as written without building its key: the
	// parsers ask for the same names in every table and every report
	// (building the key was the most of Match's cost on the national
	// sample). Its answer is the key cache's, which never changes for a
	// key once stored.
	raw struct {
		sync.RWMutex
		m map[string]result
	}
}

var (
	once   sync.Once
	cat    *catalogue
	catErr error
)

// stopwords carry no meaning for telling indicators apart.
var stopwords = map[string]bool{
	"yang": true, "dan": true, "dalam": true, "dengan": true, "secara": true, "atas": true,
	"pada": true, "di": true, "untuk": true, "serta": true, "ke": true, "dari": true, "oleh": true,
	"atau": true, "terhadap": true, "the": true, "of": true, "bagi": true, "sesuai": true,
}

func load() (*catalogue, error) {
	once.Do(func() {
		f, err := schemas.FS.Open("ref/indikator.csv")
		if err != nil {
			catErr = err
			return
		}
		defer f.Close()
		r := csv.NewReader(f)
		r.FieldsPerRecord = -1
		c := &catalogue{entries: map[string]*Entry{}, vocab: map[string]int{}}
		header := true
		var texts [][2]string // id, text
		for {
			rec, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				catErr = err
				return
			}
			if header {
				header = false
				continue
			}
			if len(rec) < 6 || rec[0] == "" {
				continue
			}
			e := &Entry{ID: rec[0], Teks: rec[1], Satuan: rec[2], Arah: rec[3], Tingkat: rec[4]}
			for _, a := range strings.Split(rec[5], "|") {
				if a = strings.TrimSpace(a); a != "" {
					e.Alias = append(e.Alias, a)
				}
			}
			c.entries[e.ID] = e
			c.order = append(c.order, e.ID)
			texts = append(texts, [2]string{e.ID, e.Teks})
			for _, a := range e.Alias {
				texts = append(texts, [2]string{e.ID, a})
			}
		}
		// vocabulary and document frequency (per indicator id)
		df := map[int]map[string]bool{}
		for _, t := range texts {
			for _, w := range words(t[1]) {
				id, ok := c.vocab[w]
				if !ok {
					id = len(c.words)
					c.vocab[w] = id
					c.words = append(c.words, w)
					df[id] = map[string]bool{}
				}
				df[id][t[0]] = true
			}
		}
		n := float64(len(c.entries))
		c.idf = make([]float64, len(c.words))
		for id := range c.words {
			c.idf[id] = math.Log(1 + n/float64(len(df[id])))
			c.maxIDF = math.Max(c.maxIDF, c.idf[id])
		}
		c.byToken = make([][]int, len(c.words))
		for _, t := range texts {
			toks := c.tokens(t[1])
			fm := form{id: t[0], tokens: toks}
			for tk, n := range toks {
				fm.weight += float64(n) * c.idf[tk]
				c.byToken[tk] = append(c.byToken[tk], len(c.forms))
			}
			c.forms = append(c.forms, fm)
			c.texts = append(c.texts, wordForm{id: t[0], words: words(t[1])})
		}
		cat = c
	})
	return cat, catErr
}

// words are the folded, meaningful words of a text.
func words(s string) []string {
	var out []string
	for _, w := range strings.Fields(normalize.Key(s)) {
		if stopwords[w] || len(w) == 1 && !(w[0] >= '0' && w[0] <= '9') {
			continue
		}
		out = append(out, w)
	}
	return out
}

// tokens maps the words of s onto vocabulary ids with their counts. Words
// outside the vocabulary get fresh negative ids so they still count against
// every candidate. Counting repeats matters: two indicators merged into one
// cell repeat words ("Nilai Evaluasi ... Nilai Evaluasi ...").
func (c *catalogue) tokens(s string) map[int]int {
	out := map[int]int{}
	next := -2
	for _, w := range words(s) {
		id, ok := c.lookup(w)
		if !ok {
			id = next
			next--
		}
		out[id]++
	}
	return out
}

// lookup finds the vocabulary word w stands for.
func (c *catalogue) lookup(w string) (int, bool) {
	if id, ok := c.vocab[w]; ok {
		return id, true
	}
	for _, suf := range []string{"kan", "nya", "lah", "an", "i"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 4 {
			if id, ok := c.vocab[w[:len(w)-len(suf)]]; ok {
				return id, true
			}
		}
	}
	for _, suf := range []string{"kan", "i"} {
		if id, ok := c.vocab[w+suf]; ok && len(w) >= 6 {
			return id, true
		}
	}
	if len(w) < 5 {
		return 0, false
	}
	best, bestD := -1, 2
	for id, v := range c.words {
		if len(v) < 5 || abs(len(v)-len(w)) > 1 || v[0] != w[0] && v[1] != w[1] {
			continue
		}
		if d := normalize.EditDistance(v, w); d < bestD {
			best, bestD = id, d
		} else if d == bestD && best >= 0 {
			best = -2 // two words equally close: ambiguous
		}
	}
	if best >= 0 && bestD <= 1 {
		return best, true
	}
	return 0, false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func (c *catalogue) weight(tk int) float64 {
	if tk < 0 {
		return c.maxIDF
	}
	return c.idf[tk]
}

type result struct {
	id    string
	score float64
	ok    bool
}

// Match returns the canonical id of an indicator text, its score (0..1)
// and whether it is a confident match.
func Match(text string) (id string, score float64, ok bool) {
	c, err := load()
	if err != nil || c == nil {
		return "", 0, false
	}
	c.raw.RLock()
	r, hit := c.raw.m[text]
	c.raw.RUnlock()
	if hit {
		return r.id, r.score, r.ok
	}
	key := normalize.Key(text)
	if v, hit := c.cache.Load(key); hit {
		r = v.(result)
	} else {
		r = c.match(text)
		c.cache.Store(strings.Clone(key), r) // a copy: Key returns its argument when it is a key already, and the text is a parse's pooled buffer
	}
	c.raw.Lock()
	if c.raw.m == nil || len(c.raw.m) >= rawCacheMax {
		c.raw.m = make(map[string]result, 256)
	}
	c.raw.m[strings.Clone(text)] = r // a copy, as above; a text is stored once (a second store gives the same answer)
	c.raw.Unlock()
	return r.id, r.score, r.ok
}

// rawCacheMax bounds the cache of texts as written; it starts afresh when
// full.
const rawCacheMax = 1 << 14

func (c *catalogue) match(text string) result {
	toks := c.tokens(text)
	if len(toks) == 0 {
		return result{}
	}
	var wIn float64
	for t, n := range toks {
		wIn += float64(n) * c.weight(t)
	}
	common := map[int]float64{}
	for t, n := range toks {
		if t < 0 {
			continue
		}
		for _, fi := range c.byToken[t] {
			common[fi] += float64(min(n, c.forms[fi].tokens[t])) * c.idf[t]
		}
	}
	best := map[string]float64{}
	for fi, w := range common {
		f := c.forms[fi]
		s := 2 * w / (wIn + f.weight)
		if s > best[f.id] {
			best[f.id] = s
		}
	}
	var top, second result
	for id, s := range best {
		switch {
		case s > top.score || s == top.score && id < top.id:
			second = top
			top = result{id: id, score: s}
		case s > second.score:
			second = result{id: id, score: s}
		}
	}
	top.score = math.Round(top.score*1000) / 1000
	top.ok = top.score >= Threshold && top.score-second.score >= Margin
	if !top.ok {
		if id, ok := c.prefixOf(text); ok {
			return result{id: id, score: Threshold, ok: true}
		}
	}
	return top
}

// prefixOf accepts a text cut short by the page (its words are the first
// words of exactly one indicator, and at least PrefixShare of them).
func (c *catalogue) prefixOf(text string) (string, bool) {
	in := words(text)
	if len(in) < 5 {
		return "", false
	}
	found := ""
	for _, f := range c.texts {
		w := f.words
		if float64(len(in)) < PrefixShare*float64(len(w)) || len(in) > len(w) {
			continue
		}
		match := true
		for i := range in {
			if in[i] != w[i] && !c.same(in[i], w[i]) {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		if found != "" && found != f.id {
			return "", false
		}
		found = f.id
	}
	return found, found != ""
}

// same reports whether two words map to the same vocabulary entry.
func (c *catalogue) same(a, b string) bool {
	ia, oka := c.lookup(a)
	ib, okb := c.lookup(b)
	return oka && okb && ia == ib
}

// Lookup returns the catalogue entry of an id.
func Lookup(id string) (Entry, bool) {
	if c, err := load(); err == nil && c != nil {
		if e, ok := c.entries[id]; ok {
			return *e, true
		}
	}
	return Entry{}, false
}

// Entries lists the catalogue in file order.
func Entries() []Entry {
	c, err := load()
	if err != nil || c == nil {
		return nil
	}
	out := make([]Entry, 0, len(c.order))
	for _, id := range c.order {
		out = append(out, *c.entries[id])
	}
	return out
}
