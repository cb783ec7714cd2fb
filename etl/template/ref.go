package template

import (
	"encoding/csv"
	"fmt"
	"strings"
	"sync"

	"github.com/kpu-ntt/lkj/schemas"
)

// satkerRef is one row of schemas/ref/wilayah.csv, keyed by satker id.
type satkerRef struct {
	ID    string // area code without the dot: 5305
	Nama  string // Kabupaten Alor, Nusa Tenggara Timur, Kota Kupang
	Jenis string // provinsi, kabupaten, kota
}

var (
	refOnce sync.Once
	refMap  map[string]satkerRef
	refErr  error
)

// satkers returns the embedded satker list. It is read once: every
// submission is checked against it, and it never changes at run time.
func satkers() (map[string]satkerRef, error) {
	refOnce.Do(func() { refMap, refErr = loadSatkers() })
	return refMap, refErr
}

func loadSatkers() (map[string]satkerRef, error) {
	f, err := schemas.FS.Open("ref/wilayah.csv")
	if err != nil {
		return nil, fmt.Errorf("reference wilayah.csv: %w", err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("reference wilayah.csv: %w", err)
	}
	if len(recs) < 2 {
		return nil, fmt.Errorf("reference wilayah.csv: no rows")
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[strings.ToLower(strings.TrimSpace(h))] = i
	}
	ki, ok1 := col["kode"]
	ni, ok2 := col["nama"]
	ji, ok3 := col["jenis"]
	if !ok1 || !ok2 || !ok3 {
		return nil, fmt.Errorf("reference wilayah.csv: header %v lacks kode, nama or jenis", recs[0])
	}
	m := make(map[string]satkerRef, len(recs))
	for _, r := range recs[1:] {
		if len(r) <= max(ki, ni, ji) {
			continue
		}
		id := strings.ReplaceAll(strings.TrimSpace(r[ki]), ".", "")
		m[id] = satkerRef{ID: id, Nama: strings.TrimSpace(r[ni]), Jenis: strings.TrimSpace(r[ji])}
	}
	return m, nil
}

// satkerID turns what a satker typed (5305, 53.05, " 5305 ") into a
// canonical satker id; ok is false when the shape is wrong (letters,
// empty), whether or not the id exists.
func satkerID(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == '.':
		default:
			return "", false
		}
	}
	return b.String(), b.Len() > 0
}

// nameMatches reports whether a free-text satker name (identitas.nama)
// plausibly names ref: it contains the area name without its "Kabupaten"/
// "Kota" prefix, or the initials of a multi-word area (NTT, TTS, SBD). It
// exists to catch a mistyped satker_id, so it errs on the side of matching.
func nameMatches(nama string, ref satkerRef) bool {
	n := strings.ToLower(fold(nama))
	// "Kota Kupang" and "Kabupaten Kupang" share a core; the kind decides.
	switch {
	case ref.Jenis == "kota" && (strings.Contains(n, "kabupaten") || strings.Contains(n, "kab.")):
		return false
	case ref.Jenis == "kabupaten" && strings.Contains(n, "kota ") && !strings.Contains(n, "kabupaten"):
		return false
	}
	core := strings.ToLower(ref.Nama)
	for _, p := range []string{"kabupaten ", "kota "} {
		core = strings.TrimPrefix(core, p)
	}
	if strings.Contains(n, core) {
		return true
	}
	words := strings.Fields(core)
	if len(words) < 2 {
		return false
	}
	var ini strings.Builder
	for _, w := range words {
		ini.WriteByte(w[0])
	}
	for _, w := range strings.FieldsFunc(n, func(r rune) bool { return r == ' ' || r == '.' || r == ',' }) {
		if w == ini.String() {
			return true
		}
	}
	return false
}
