package sample

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"

	"github.com/kpu-ntt/lkj/schemas"
)

// satker is one KPU office as the generator needs it: identity from the
// shipped wilayah.csv plus the display forms the documents use.
type satker struct {
	ID      string // code without the dot: 53, 5305, 5371
	Kode    string // Kemendagri code: 53.05
	Wilayah string // name from wilayah.csv: Kabupaten Alor, Kota Kupang, Nusa Tenggara Timur
	Jenis   string // provinsi, kabupaten, kota
	ProvID  string // 53
	Idx     int    // position in wilayah.csv, for stable ordering
}

// short is the name without "Kabupaten": Alor, Kota Kupang, Nusa Tenggara Timur.
func (s *satker) short() string {
	return strings.TrimPrefix(s.Wilayah, "Kabupaten ")
}

// nama is the office name: KPU Kabupaten Alor, KPU Provinsi Nusa Tenggara Timur.
func (s *satker) nama() string {
	if s.Jenis == "provinsi" {
		return "KPU Provinsi " + s.Wilayah
	}
	return "KPU " + s.Wilayah
}

// upper is the name in a DPT table row: ALOR, KOTA KUPANG. A kabupaten drops
// "Kabupaten", a kota keeps "Kota", as the province report does.
func (s *satker) upper() string { return strings.ToUpper(s.short()) }

// jenisWord is the word after "KPU" in titles: Kabupaten, Kota, Provinsi.
func (s *satker) jenisWord() string {
	switch s.Jenis {
	case "provinsi":
		return "Provinsi"
	case "kota":
		return "Kota"
	}
	return "Kabupaten"
}

// place is the town a report is signed in. Alor and the NTT province use
// their real capitals; others use their own name, which is plausible enough.
func (s *satker) place() string {
	switch s.ID {
	case "5305":
		return "Kalabahi"
	case "53", "5371", "5301":
		return "Kupang"
	}
	return strings.TrimPrefix(s.short(), "Kota ")
}

// loadSatkers reads the embedded wilayah.csv (the same file the warehouse
// loads into ref_satker), so generated ids always resolve.
func loadSatkers() ([]*satker, error) {
	raw, err := schemas.FS.ReadFile("ref/wilayah.csv")
	if err != nil {
		return nil, fmt.Errorf("sample: reading wilayah.csv: %w", err)
	}
	var out []*satker
	sc := bufio.NewScanner(bytes.NewReader(raw))
	first := true
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		if first {
			first = false
			continue
		}
		f := strings.Split(line, ",")
		if len(f) < 4 {
			return nil, fmt.Errorf("sample: wilayah.csv line %q: want 4 fields", line)
		}
		out = append(out, &satker{
			ID: strings.ReplaceAll(f[0], ".", ""), Kode: f[0], Wilayah: f[1],
			Jenis: f[2], ProvID: f[3], Idx: len(out),
		})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("sample: reading wilayah.csv: %w", err)
	}
	return out, nil
}

// scopeSatkers returns the satkers of a scope in wilayah.csv order.
func scopeSatkers(all []*satker, scope string) ([]*satker, error) {
	switch scope {
	case "", "ntt":
		var out []*satker
		for _, s := range all {
			if s.ProvID == "53" {
				out = append(out, s)
			}
		}
		return out, nil
	case "national", "nasional":
		return all, nil
	}
	return nil, fmt.Errorf("sample: unknown scope %q (want ntt or national)", scope)
}
