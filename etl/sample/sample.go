// Package sample generates a deterministic synthetic corpus of LKj reports
// with known truth, for measuring extraction (package eval) and for
// national-scale benchmarks.
//
// Every satker-year gets one document: a text report in one of three house
// styles (two mimic the real Alor and NTT reports, one is invented) or, for
// a share of satkers, a structured template submission. The facts come from
// a world model that is a pure function of the seed, so documents that state
// the same fact agree, and the same options always produce the same bytes.
// Quirks of DESIGN.md §5 are injected at rates set by the noise level, and
// the truth records both the values the parser should load and the finding
// each quirk should raise.
package sample

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Options select the corpus.
type Options struct {
	Scope            string                // "ntt" (23 NTT satkers) or "national" (38 provinces + 514 kab/kota)
	FromYear, ToYear int                   // e.g. 2020, 2024
	Seed             int64                 // world and quirk seed
	Noise            string                // "none", "low", "default", "high"
	TemplateShare    float64               // share of satkers submitting templates: 0 means the default 0.1, negative means none
	Styles           string                // "classic" (default: the three house styles), "mixed" or "mixed-holdout" (see mix_grammar.go)
	Out              string                // output directory
	Format           string                // report documents as "txt" (default), "pdf", or "both" (the PDF beside the text)
	Progress         func(done, total int) // may be nil; called from one goroutine
}

// Result counts what was written.
type Result struct {
	Documents, TextDocs, TemplateDocs int
	Bytes                             int64 // bytes of the documents (not the truth)
}

// DefaultTemplateShare is the share of satkers submitting templates when
// Options.TemplateShare is zero.
const DefaultTemplateShare = 0.1

const generator = "lkj sample/2"

// ParseYears reads "2020-2024" or "2024".
func ParseYears(s string) (from, to int, err error) {
	s = strings.TrimSpace(s)
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		b = a
	}
	from, err1 := strconv.Atoi(strings.TrimSpace(a))
	to, err2 := strconv.Atoi(strings.TrimSpace(b))
	if err1 != nil || err2 != nil {
		return 0, 0, fmt.Errorf("sample: years %q: want YYYY or YYYY-YYYY", s)
	}
	if from < 2000 || to > 2100 || from > to {
		return 0, 0, fmt.Errorf("sample: years %q: want an ascending range within 2000-2100", s)
	}
	return from, to, nil
}

// job is one satker-year.
type job struct {
	s    *satker
	y    int
	gaya string // kabupaten, provinsi, ringkas, or template
	form string // template form: csv or xlsx
}

// outFile is one rendered file. Once written, seal keeps only its hash and
// size: holding a national corpus of PDFs in memory until the manifest is
// written would cost a gigabyte.
type outFile struct {
	rel  string
	data []byte
	sum  [32]byte
	n    int64
}

func (jr *jobResult) seal() {
	for i := range jr.files {
		jr.files[i].sum, jr.files[i].n, jr.files[i].data = sha256.Sum256(jr.files[i].data), int64(len(jr.files[i].data)), nil
	}
	jr.truth.sum, jr.truth.n, jr.truth.data = sha256.Sum256(jr.truth.data), int64(len(jr.truth.data)), nil
}

type jobResult struct {
	files []outFile // documents
	truth outFile
	t     *Truth
	err   error
}

// Generate writes the corpus and its truth under opt.Out.
func Generate(opt Options) (Result, error) { return generateOnly(opt, nil) }

// generateOnly is Generate restricted to the listed satkers (all when nil).
func generateOnly(opt Options, only []string) (Result, error) {
	var res Result
	if opt.Out == "" {
		return res, fmt.Errorf("sample: no output directory")
	}
	if opt.FromYear == 0 && opt.ToYear == 0 {
		opt.FromYear, opt.ToYear = 2024, 2024
	}
	if opt.FromYear > opt.ToYear || opt.FromYear < 2000 {
		return res, fmt.Errorf("sample: bad year range %d-%d", opt.FromYear, opt.ToYear)
	}
	r, err := noiseRates(opt.Noise)
	if err != nil {
		return res, err
	}
	switch opt.Format {
	case "":
		opt.Format = "txt"
	case "txt", "pdf", "both":
	default:
		return res, fmt.Errorf("sample: format %q: want txt, pdf or both", opt.Format)
	}
	share := opt.TemplateShare
	if share == 0 {
		share = DefaultTemplateShare
	}
	if share < 0 {
		share = 0
	}
	all, err := loadSatkers()
	if err != nil {
		return res, err
	}
	sats, err := scopeSatkers(all, opt.Scope)
	if err != nil {
		return res, err
	}
	w := newWorld(opt.Seed, r, all)
	switch opt.Styles {
	case "", StylesClassic:
	case StylesMixed, StylesMixedHoldout:
		w.mixed, w.holdout = true, opt.Styles == StylesMixedHoldout
	default:
		return res, fmt.Errorf("sample: unknown styles %q (want classic, mixed or mixed-holdout)", opt.Styles)
	}
	var jobs []job
	for _, s := range sats {
		if only != nil && !contains(only, s.ID) {
			continue
		}
		g, form := w.gaya(s, share)
		for y := opt.FromYear; y <= opt.ToYear; y++ {
			jobs = append(jobs, job{s: s, y: y, gaya: g, form: form})
		}
	}
	if err := os.MkdirAll(filepath.Join(opt.Out, "truth"), 0o755); err != nil {
		return res, fmt.Errorf("sample: %w", err)
	}

	results := make([]jobResult, len(jobs))
	next := make(chan int)
	done := make(chan int, len(jobs))
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range next {
				results[k] = runJob(w, jobs[k], opt.Out, opt.Format)
				results[k].seal()
				done <- k
			}
		}()
	}
	go func() {
		for k := range jobs {
			next <- k
		}
		close(next)
	}()
	for n := 1; n <= len(jobs); n++ {
		<-done
		if opt.Progress != nil {
			opt.Progress(n, len(jobs))
		}
	}
	wg.Wait()

	man := Manifest{Generator: generator, Options: ManifestOpts{Scope: scopeName(opt.Scope), FromYear: opt.FromYear,
		ToYear: opt.ToYear, Seed: opt.Seed, Noise: noiseName(opt.Noise), TemplateShare: share, Styles: opt.Styles},
		Counts: ManifestCounts{Rows: map[string]int{}, Findings: map[string]int{}}}
	for k, jr := range results {
		if jr.err != nil {
			return res, jr.err
		}
		res.Documents++
		if jobs[k].gaya == "template" {
			res.TemplateDocs++
		} else {
			res.TextDocs++
		}
		for _, f := range append(jr.files, jr.truth) {
			man.Files = append(man.Files, ManifestFile{Path: f.rel, SHA256: hex.EncodeToString(f.sum[:]), Bytes: f.n})
		}
		for _, f := range jr.files {
			res.Bytes += f.n
		}
		countTruth(&man.Counts, jr.t)
	}
	sort.Slice(man.Files, func(i, j int) bool { return man.Files[i].Path < man.Files[j].Path })
	man.Counts.Documents, man.Counts.TextDocs, man.Counts.TemplateDocs, man.Counts.Bytes = res.Documents, res.TextDocs, res.TemplateDocs, res.Bytes
	mb, err := json.MarshalIndent(man, "", "  ")
	if err != nil {
		return res, fmt.Errorf("sample: manifest: %w", err)
	}
	if err := os.WriteFile(filepath.Join(opt.Out, "truth", "manifest.json"), append(mb, '\n'), 0o644); err != nil {
		return res, fmt.Errorf("sample: manifest: %w", err)
	}
	return res, nil
}

func scopeName(s string) string {
	if s == "" {
		return "ntt"
	}
	return s
}

func noiseName(s string) string {
	if s == "" {
		return "default"
	}
	return s
}

func countTruth(c *ManifestCounts, t *Truth) {
	c.Rows["capaian"] += len(t.Capaian)
	c.Rows["capaian_seri"] += len(t.CapaianSeri)
	c.Rows["anggaran"] += len(t.Anggaran)
	c.Rows["sakip"] += len(t.Sakip)
	c.Rows["sakip_komponen"] += len(t.SakipKomponen)
	c.Rows["rb"] += len(t.RB)
	c.Rows["dpt"] += len(t.DPT)
	for _, f := range t.Temuan {
		c.Findings[f.Aturan]++
	}
}

// gaya assigns a satker its house style (stable across years) and whether
// it submits a template. The two satkers with real reports keep their own
// style and always write text.
func (w *world) gaya(s *satker, share float64) (string, string) {
	if w.mixed {
		r := w.rng("gaya", s.ID)
		if chance(r, share) {
			return "template", pick(r, "csv", "xlsx")
		}
		return "campuran", ""
	}
	switch s.ID {
	case "53":
		return "provinsi", ""
	case "5305":
		return "kabupaten", ""
	case "5371":
		return "ringkas", ""
	}
	r := w.rng("gaya", s.ID)
	if chance(r, share) {
		if r.IntN(2) == 0 {
			return "template", "csv"
		}
		return "template", "xlsx"
	}
	return []string{"kabupaten", "provinsi", "ringkas"}[r.IntN(3)], ""
}

// runJob renders one satker-year and writes its files in format (txt,
// pdf or both; templates are always templates).
func runJob(w *world, j job, root, format string) jobResult {
	var jr jobResult
	base := j.s.ID + "/lkj-" + itoa(j.y) + "-" + j.s.ID
	var t *Truth
	if j.gaya == "template" {
		files, tt, err := writeTemplate(w, j, root, base)
		if err != nil {
			jr.err = err
			return jr
		}
		jr.files, t = files, tt
	} else {
		d := newDoc(w, j.s, j.y, j.gaya)
		switch j.gaya {
		case "provinsi":
			renderProv(d)
		case "ringkas":
			renderRingkas(d)
		case "campuran":
			renderMixed(d)
		default:
			renderKab(d)
		}
		d.finish()
		d.t.Path = base + ".txt"
		if format != "pdf" {
			jr.files = append(jr.files, outFile{rel: base + ".txt", data: d.b})
		}
		if format != "txt" {
			st := pdfStyleFor(w, d, j.gaya)
			pdf, _, err := renderPDF(d.b, st, w.rng("pdf-tables", j.s.ID, itoa(j.y)), d.breaks)
			if err != nil {
				jr.err = fmt.Errorf("sample: %s: %w", base, err)
				return jr
			}
			jr.files = append(jr.files, outFile{rel: base + ".pdf", data: pdf})
			if format == "pdf" {
				d.t.Path, d.t.Format = base+".pdf", "pdf"
			}
		}
		for _, f := range jr.files {
			if err := writeFile(root, f.rel, f.data); err != nil {
				jr.err = err
				return jr
			}
		}
		t = d.t
	}
	data, err := encodeTruth(t)
	if err != nil {
		jr.err = fmt.Errorf("sample: truth of %s: %w", base, err)
		return jr
	}
	rel := "truth/" + j.s.ID + "-" + itoa(j.y) + ".json"
	if err := writeFile(root, rel, data); err != nil {
		jr.err = err
		return jr
	}
	jr.truth, jr.t = outFile{rel: rel, data: data}, t
	return jr
}

func writeFile(root, rel string, data []byte) error {
	p := filepath.Join(root, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return fmt.Errorf("sample: %w", err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		return fmt.Errorf("sample: %w", err)
	}
	return nil
}

// encodeTruth writes the truth with one row per line, so a diff of two
// truths reads row by row.
func encodeTruth(t *Truth) ([]byte, error) {
	var b bytes.Buffer
	bw := bufio.NewWriter(&b)
	head := struct {
		SatkerID string `json:"satker_id"`
		Tahun    int    `json:"tahun"`
		Path     string `json:"path"`
		Format   string `json:"format"`
		Gaya     string `json:"gaya"`
	}{t.SatkerID, t.Tahun, t.Path, t.Format, t.Gaya}
	hb, err := json.Marshal(head)
	if err != nil {
		return nil, err
	}
	bw.Write(hb[:len(hb)-1])
	fams := []struct {
		name string
		rows any
		n    int
	}{
		{"capaian", t.Capaian, len(t.Capaian)}, {"capaian_seri", t.CapaianSeri, len(t.CapaianSeri)},
		{"anggaran", t.Anggaran, len(t.Anggaran)}, {"sakip", t.Sakip, len(t.Sakip)},
		{"sakip_komponen", t.SakipKomponen, len(t.SakipKomponen)}, {"rb", t.RB, len(t.RB)},
		{"dpt", t.DPT, len(t.DPT)}, {"temuan", t.Temuan, len(t.Temuan)},
	}
	for _, f := range fams {
		bw.WriteString(",\n\"" + f.name + "\": [")
		rb, err := json.Marshal(f.rows)
		if err != nil {
			return nil, err
		}
		if f.n == 0 {
			bw.WriteString("]")
			continue
		}
		// Split the marshalled array at top-level row boundaries.
		inner := rb[1 : len(rb)-1]
		depth, inStr, esc, start := 0, false, false, 0
		for i, c := range inner {
			switch {
			case esc:
				esc = false
			case inStr && c == '\\':
				esc = true
			case c == '"':
				inStr = !inStr
			case inStr:
			case c == '{' || c == '[':
				depth++
			case c == '}' || c == ']':
				depth--
			case c == ',' && depth == 0:
				bw.WriteString("\n  ")
				bw.Write(inner[start:i])
				bw.WriteString(",")
				start = i + 1
			}
		}
		bw.WriteString("\n  ")
		bw.Write(inner[start:])
		bw.WriteString("\n]")
	}
	bw.WriteString("\n}\n")
	if err := bw.Flush(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func contains(list []string, x string) bool {
	for _, v := range list {
		if v == x {
			return true
		}
	}
	return false
}
