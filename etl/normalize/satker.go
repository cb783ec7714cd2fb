package normalize

import (
	"encoding/csv"
	"io"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/kpu-ntt/lkj/schemas"
)

// Satker is one area with a KPU office: a province or a kabupaten/kota.
type Satker struct {
	ID         string // area code without the dot: 53, 5305, 5371
	Kode       string // area code as written: 53, 53.05
	Wilayah    string // Nusa Tenggara Timur, Kabupaten Alor, Kota Kupang
	Jenis      string // provinsi, kabupaten, kota
	ProvinsiID string
	core       string   // upper-case name without its kind: ALOR, KUPANG
	words      []string // the core's words
}

type satkerRef struct {
	byID    map[string]*Satker
	byCore  map[string][]*Satker // core name -> satkers (several provinces may share one)
	byProv  map[string][]*Satker // province id -> its satkers
	aliases map[string][]string  // alias key (kind first) -> ids
	plain   map[string][]string  // alias as written, upper-cased words -> ids
	maxLen  int                  // longest name in words
	// nameWords holds every word of every key of byCore, aliases and
	// plain: an exact look-up of a name starting with another word
	// cannot succeed, so FindSatkers skips its candidates.
	nameWords map[string]bool
	// provWords has bit n set when some satker of the province has a core
	// name of n words: a fuzzy reading compares words one to one, so a
	// candidate of another length matches none of them.
	provWords map[string]uint64
}

var (
	refOnce sync.Once
	ref     *satkerRef
	refErr  error
)

func loadRef() (*satkerRef, error) {
	refOnce.Do(func() {
		r := &satkerRef{byID: map[string]*Satker{}, byCore: map[string][]*Satker{}, byProv: map[string][]*Satker{},
			aliases: map[string][]string{}, plain: map[string][]string{}, provWords: map[string]uint64{}}
		rows, err := readCSV("ref/wilayah.csv", 4)
		var alias [][]string
		if err == nil {
			alias, err = readCSV("ref/satker_alias.csv", 2)
		}
		if err != nil {
			refErr = err
			return
		}
		for _, row := range rows {
			s := &Satker{ID: strings.ReplaceAll(row[0], ".", ""), Kode: row[0], Wilayah: row[1], Jenis: row[2], ProvinsiID: row[3]}
			_, s.core = nameKey(s.Wilayah)
			s.words = strings.Fields(s.core)
			r.byID[s.ID] = s
			r.byProv[s.ProvinsiID] = append(r.byProv[s.ProvinsiID], s)
			r.provWords[s.ProvinsiID] |= 1 << min(len(s.words), 63)
			r.byCore[s.core] = append(r.byCore[s.core], s)
			if n := len(strings.Fields(s.core)); n > r.maxLen {
				r.maxLen = n
			}
		}
		for _, row := range alias {
			k := aliasKey(row[1])
			r.aliases[k] = appendUnique(r.aliases[k], row[0])
			p := strings.ToUpper(Key(row[1]))
			r.plain[p] = appendUnique(r.plain[p], row[0])
			if n := len(strings.Fields(k)); n > r.maxLen {
				r.maxLen = n
			}
		}
		r.nameWords = map[string]bool{}
		for _, m := range []map[string][]string{r.aliases, r.plain} {
			for k := range m {
				for _, w := range strings.Fields(k) {
					r.nameWords[w] = true
				}
			}
		}
		for k := range r.byCore {
			for _, w := range strings.Fields(k) {
				r.nameWords[w] = true
			}
		}
		ref = r
	})
	return ref, refErr
}

// readCSV reads a reference table of schemas without its header line,
// leaving out the records with fewer than minFields fields.
func readCSV(name string, minFields int) ([][]string, error) {
	f, err := schemas.FS.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	cr := csv.NewReader(f)
	cr.FieldsPerRecord = -1
	var rows [][]string
	header := true
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		if header {
			header = false
			continue
		}
		if len(rec) < minFields {
			continue
		}
		rows = append(rows, rec)
	}
	return rows, nil
}

func appendUnique(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// noise words around a satker name that say nothing about which one it is.
var nameNoise = map[string]bool{
	"KPU": true, "KOMISI": true, "PEMILIHAN": true, "UMUM": true, "SEKRETARIAT": true,
	"KIP": true, "SATKER": true, "SATUAN": true, "KERJA": true, "DAERAH": true,
}

// nameKey splits a name into its kind (provinsi, kabupaten, kota or "")
// and its core: upper case, punctuation dropped, noise and kind words out.
func nameKey(name string) (kind, core string) {
	words := strings.Fields(strings.ToUpper(Key(name)))
	out := words[:0]
	lead := true // kind words count only before the name ("LIMA PULUH KOTA" is a name)
	for i, w := range words {
		switch w {
		case "KABUPATEN", "KAB":
			if lead {
				kind = "kabupaten"
				continue
			}
		case "KOTA":
			if lead {
				kind = "kota"
				continue
			}
		case "PROVINSI", "PROV":
			if lead {
				kind = "provinsi"
				continue
			}
		}
		if nameNoise[w] && i < len(words)-1 {
			continue
		}
		lead = false
		out = append(out, w)
	}
	return kind, strings.Join(out, " ")
}

// aliasKey is the lookup form of an alias: kind word kept, noise dropped.
func aliasKey(name string) string {
	kind, core := nameKey(name)
	if kind == "" {
		return core
	}
	return strings.ToUpper(kind) + " " + core
}

// SatkerByID returns the reference entry of a satker id.
func SatkerByID(id string) (Satker, bool) {
	r, err := loadRef()
	if err != nil || r == nil {
		return Satker{}, false
	}
	s, ok := r.byID[id]
	if !ok {
		return Satker{}, false
	}
	return *s, true
}

// ResolveSatker maps a satker name as written ("KPU Kabupaten Alor", "Kab.
// Alor", "ALOR", "Kota Kupang", "TTS", "Mangarai Timur") to its id. prov,
// when not empty, is the province the document is about: a bare name is
// looked up there first. A bare name shared by a kabupaten and a kota
// ("Kupang") is the kabupaten. ok is false when nothing or several
// satkers match.
func ResolveSatker(name, prov string) (string, bool) {
	k := [2]string{name, prov}
	if v, ok := resolveCache.Load(k); ok {
		res := v.([2]string)
		return res[0], res[1] == "1"
	}
	id, ok := resolveSatker(name, prov)
	if resolveCacheSize.Add(1) > 1<<14 {
		resolveCache.Clear()
		resolveCacheSize.Store(0)
	}
	flag := ""
	if ok {
		flag = "1"
	}
	// copies: a cached name never keeps a document's text alive
	resolveCache.Store([2]string{strings.Clone(name), strings.Clone(prov)}, [2]string{strings.Clone(id), flag})
	return id, ok
}

var (
	resolveCache     sync.Map
	resolveCacheSize atomic.Int64
)

func resolveSatker(name, prov string) (string, bool) {
	r, err := loadRef()
	if err != nil || r == nil {
		return "", false
	}
	kind, core := nameKey(name)
	if core == "" {
		return "", false
	}
	if ids := r.aliases[aliasKey(name)]; len(ids) > 0 {
		if id, ok := pickInProv(ids, prov, r); ok {
			return id, true
		}
	}
	if kind != "" {
		if ids := r.aliases[core]; len(ids) > 0 {
			if id, ok := pickInProv(ids, prov, r); ok {
				if s := r.byID[id]; s != nil && (kind == s.Jenis || (kind == "kabupaten" && s.Jenis == "kabupaten")) {
					return id, true
				}
			}
		}
	}
	cands := r.byCore[core]
	if kind == "" && strings.HasPrefix(core, "NUSA TENGGARA") {
		cands = r.byCore[core]
	}
	var pick []*Satker
	for _, s := range cands {
		if kind != "" && s.Jenis != kind {
			continue
		}
		pick = append(pick, s)
	}
	if len(pick) == 0 && kind == "" {
		if ids := r.aliases[core]; len(ids) > 0 {
			return pickInProv(ids, prov, r)
		}
	}
	return choose(pick, prov)
}

// choose picks one satker: within prov when given, the kabupaten over a
// kota of the same core name when the kind was not written.
func choose(pick []*Satker, prov string) (string, bool) {
	if prov != "" {
		var in []*Satker
		for _, s := range pick {
			if s.ProvinsiID == prov || s.ID == prov {
				in = append(in, s)
			}
		}
		if len(in) > 0 {
			pick = in
		}
	}
	if len(pick) > 1 {
		// a bare name shared by a province and its kabupaten is the kabupaten
		var local []*Satker
		for _, s := range pick {
			if s.Jenis != "provinsi" {
				local = append(local, s)
			}
		}
		if len(local) > 0 {
			pick = local
		}
	}
	if len(pick) == 1 {
		return pick[0].ID, true
	}
	if len(pick) == 2 && pick[0].ProvinsiID == pick[1].ProvinsiID {
		for _, s := range pick {
			if s.Jenis == "kabupaten" {
				return s.ID, true
			}
		}
	}
	return "", false
}

func pickInProv(ids []string, prov string, r *satkerRef) (string, bool) {
	if len(ids) == 1 {
		return ids[0], true
	}
	var in []string
	for _, id := range ids {
		if s := r.byID[id]; s != nil && (prov == "" || s.ProvinsiID == prov) {
			in = append(in, id)
		}
	}
	if len(in) == 1 {
		return in[0], true
	}
	return "", false
}

// Found is a satker name found inside a longer text.
type Found struct {
	ID    string
	Word  int // index of the first word of the name
	Words int // number of words the name took
}

// FindSatkers returns the satkers of province prov named in text, longest
// name first at each position ("SUMBA BARAT DAYA" before "SUMBA BARAT",
// "KOTA KUPANG" before "KUPANG"). fuzzy accepts one wrong letter in words
// of five or more letters, for text read from photos ("Elores Timur").
func FindSatkers(text, prov string, fuzzy bool) []Found {
	r, err := loadRef()
	if err != nil || r == nil {
		return nil
	}
	up := strings.ToUpper(Key(text))
	var wbuf [64]span
	spans := fieldSpans(up, wbuf[:0])
	var out []Found
	for i := 0; i < len(spans); i++ {
		kind := ""
		start := i
		switch up[spans[i].start:spans[i].end] {
		case "KABUPATEN", "KAB":
			kind = "kabupaten"
		case "KOTA":
			kind = "kota"
		case "PROVINSI", "PROV":
			kind = "provinsi"
		}
		j := i
		if kind != "" {
			j = i + 1
		}
		best := Found{}
		// without a fuzzy reading (which needs a province), a name is
		// found only when its first word is a word of some name
		exactOnly := !fuzzy || prov == ""
		if exactOnly && r.nameWords != nil && j < len(spans) && !r.nameWords[up[spans[j].start:spans[j].end]] {
			continue // as when no length finds a name
		}
		for n := min(r.maxLen, len(spans)-j); n >= 1; n-- {
			cand := joinSpans(up, spans[j:j+n]) // strings.Join of the words
			if id, ok := lookupCore(r, cand, kind, prov, fuzzy); ok {
				best = Found{ID: id, Word: start, Words: j + n - start}
				break
			}
		}
		if best.ID == "" && kind != "" {
			continue
		}
		if best.ID != "" {
			out = append(out, best)
			i = best.Word + best.Words - 1
		}
	}
	return out
}

// lookupCore finds the satker whose core name (or alias) is cand.
func lookupCore(r *satkerRef, cand, kind, prov string, fuzzy bool) (string, bool) {
	key := cand
	if kind == "" {
		if ids := r.plain[cand]; len(ids) > 0 {
			if id, ok := pickInProv(ids, prov, r); ok {
				return id, true
			}
		}
	}
	if kind != "" {
		// the alias key KIND + " " + cand, built on the stack (the map
		// look-up of string(bytes) does not allocate)
		var buf [96]byte
		k := append(append(append(buf[:0], kind...), ' '), cand...)
		for i := 0; i < len(kind); i++ {
			if c := k[i]; c >= 'a' && c <= 'z' {
				k[i] = c - ('a' - 'A') // strings.ToUpper of kabupaten, kota, provinsi
			}
		}
		if ids := r.aliases[string(k)]; len(ids) > 0 {
			return pickInProv(ids, prov, r)
		}
	}
	if ids := r.aliases[key]; len(ids) > 0 && kind == "" {
		if id, ok := pickInProv(ids, prov, r); ok {
			return id, true
		}
	}
	var pick []*Satker
	for _, s := range r.byCore[key] {
		if kind == "" || s.Jenis == kind {
			pick = append(pick, s)
		}
	}
	if len(pick) == 0 && fuzzy && len(cand) >= 5 && prov != "" && r.provWords[prov]&(1<<min(wordCount(cand), 63)) != 0 {
		cw := strings.Fields(cand)
		ow := oldSpelling(cw)
		for _, s := range r.byProv[prov] {
			if (kind == "" || s.Jenis == kind) && (fuzzyWords(s.words, cw) || ow != nil && (slices.Equal(s.words, ow) || fuzzyWords(s.words, ow))) {
				pick = append(pick, s)
			}
		}
		if len(pick) > 1 {
			sort.Slice(pick, func(i, j int) bool { return pick[i].ID < pick[j].ID })
		}
	}
	if prov != "" {
		var in []*Satker
		for _, s := range pick {
			if s.ProvinsiID == prov {
				in = append(in, s)
			}
		}
		pick = in
	}
	return choose(pick, prov)
}

// oldSpelling rewrites words written in the pre-1972 spelling into today's
// (DJ → J, TJ → C, NJ → NY, SJ → SY, CH → KH, OE → U, and J → Y where it
// is not part of DJ): "SUMBA BARAT DAJA" is SUMBA BARAT DAYA. nil when no
// word changes.
func oldSpelling(ws []string) []string {
	var out []string
	for i, w := range ws {
		n := oldWord(w)
		if n == w {
			continue
		}
		if out == nil {
			out = append([]string(nil), ws...)
		}
		out[i] = n
	}
	return out
}

func oldWord(w string) string {
	if !strings.ContainsAny(w, "JO") && !strings.Contains(w, "CH") {
		return w
	}
	var b strings.Builder
	for i := 0; i < len(w); i++ {
		c := w[i]
		next := byte(0)
		if i+1 < len(w) {
			next = w[i+1]
		}
		switch {
		case c == 'D' && next == 'J':
			b.WriteByte('J')
			i++
		case c == 'T' && next == 'J':
			b.WriteByte('C')
			i++
		case (c == 'N' || c == 'S') && next == 'J':
			b.WriteByte(c)
			b.WriteByte('Y')
			i++
		case c == 'C' && next == 'H':
			b.WriteString("KH")
			i++
		case c == 'O' && next == 'E':
			b.WriteByte('U')
			i++
		case c == 'J':
			b.WriteByte('Y')
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
