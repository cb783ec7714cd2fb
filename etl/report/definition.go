// Package report renders the named reports defined under reports/ (embedded
// by package reports) from the warehouse's marts, for people: terminal
// tables, Markdown, CSV, JSON, a self-contained HTML page with SVG charts,
// and XLSX workbooks. Numbers are shown the Indonesian way (Rp 44.980.284.000,
// 99,55 %) with Indonesian headers.
package report

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/kpu-ntt/lkj/reports"
)

// Column kinds.
const (
	KindRupiah  = "rupiah"
	KindPercent = "percent"
	KindNumber  = "number"
	KindYear    = "year"
	KindText    = "text"
)

// Chart kinds.
const (
	ChartBar  = "bar"
	ChartLine = "line"
)

// ParamHeader is the first line of every report query: the parameters, bound
// in this order (NULL = all), so no report SQL is built from user input.
const ParamHeader = "WITH p AS (SELECT ?::INTEGER AS tahun, ?::VARCHAR AS satker, ?::VARCHAR AS provinsi)"

// Definition is one named report.
type Definition struct {
	Name        string    `json:"name"`
	Title       string    `json:"title"`
	Description string    `json:"description"`
	Requires    []string  `json:"requires,omitempty"` // parameters that must be set: "satker", "tahun"
	Sections    []Section `json:"sections"`
}

// Section is one query of a report with its presentation.
type Section struct {
	ID          string   `json:"id"`
	Title       string   `json:"title"`
	Description string   `json:"description,omitempty"`
	SQLFile     string   `json:"sql"`
	SQL         string   `json:"-"`
	Columns     []Column `json:"columns"`
	Chart       *Chart   `json:"chart,omitempty"`
	// Lines marks a section whose rows are sentences (a coverage line):
	// people's formats show them as text under the title, not as a table.
	Lines bool `json:"lines,omitempty"`
	// Empty is said when the section has no rows ("tidak ada data" when
	// unset); for a list of exceptions no rows is good news.
	Empty string `json:"empty,omitempty"`
}

// emptyText is what a section with no rows says.
func (s Section) emptyText() string {
	if s.Empty != "" {
		return s.Empty
	}
	return "Tidak ada data."
}

// Column says how one result column is shown.
type Column struct {
	Name     string `json:"name"`
	Header   string `json:"header"`
	Kind     string `json:"kind"`
	Decimals *int   `json:"decimals,omitempty"` // number: digits after the comma (default 0 for whole numbers, 2 otherwise)
	Signed   bool   `json:"signed,omitempty"`   // show + on positive values (changes)
	// Hidden columns feed charts only (e.g. a bar label joining two
	// columns) and are left out of tables and files.
	Hidden bool `json:"hidden,omitempty"`
}

// Chart is a section's chart: bars (one per row, Label names them) or lines
// (X along the axis; one line per Values column, or per distinct Series
// value for a single Values column; more than maxLines series are drawn as
// small multiples, one panel each, so no colour repeats and no legend is
// cut).
type Chart struct {
	Kind   string   `json:"kind"`
	Label  string   `json:"label,omitempty"`
	X      string   `json:"x,omitempty"`
	Series string   `json:"series,omitempty"`
	Values []string `json:"values"`
	// Annotate names a text column written after each bar's value (the
	// SAKIP predikat beside its score).
	Annotate string `json:"annotate,omitempty"`
	// Split draws one bar chart per distinct value of this column (pemilu
	// and pilkada apart), in row order.
	Split string `json:"split,omitempty"`
}

var (
	loadOnce sync.Once
	defs     []Definition
	loadErr  error
)

// List returns the embedded report definitions sorted by name. A broken
// definition is a programming error caught by the package's tests; List
// then returns the definitions that did load and Get reports the error.
func List() []Definition {
	loadOnce.Do(func() { defs, loadErr = loadFS(reports.FS) })
	return append([]Definition(nil), defs...)
}

// Get returns the named definition.
func Get(name string) (Definition, error) {
	all := List()
	if loadErr != nil {
		return Definition{}, loadErr
	}
	var names []string
	for _, d := range all {
		if d.Name == name {
			return d, nil
		}
		names = append(names, d.Name)
	}
	return Definition{}, fmt.Errorf("report %q not found (available: %s)", name, strings.Join(names, ", "))
}

func loadFS(fsys fs.FS) ([]Definition, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("reports: %w", err)
	}
	var out []Definition
	var errs []string
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		d, err := loadDefinition(fsys, e.Name())
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	if len(errs) > 0 {
		return out, fmt.Errorf("reports: %s", strings.Join(errs, "; "))
	}
	return out, nil
}

func loadDefinition(fsys fs.FS, file string) (Definition, error) {
	b, err := fs.ReadFile(fsys, file)
	if err != nil {
		return Definition{}, err
	}
	var d Definition
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&d); err != nil {
		return Definition{}, fmt.Errorf("%s: %w", file, err)
	}
	if want := strings.TrimSuffix(file, ".json"); d.Name != want {
		return Definition{}, fmt.Errorf("%s: name %q must match the file name", file, d.Name)
	}
	for _, r := range d.Requires {
		if r != "satker" && r != "tahun" && r != "provinsi" {
			return Definition{}, fmt.Errorf("%s: requires %q (want satker, tahun or provinsi)", file, r)
		}
	}
	if len(d.Sections) == 0 {
		return Definition{}, fmt.Errorf("%s: no sections", file)
	}
	ids := map[string]bool{}
	for i := range d.Sections {
		s := &d.Sections[i]
		if s.ID == "" || ids[s.ID] {
			return Definition{}, fmt.Errorf("%s: section %d: missing or repeated id %q", file, i+1, s.ID)
		}
		ids[s.ID] = true
		q, err := fs.ReadFile(fsys, path.Clean(s.SQLFile))
		if err != nil {
			return Definition{}, fmt.Errorf("%s: section %s: %w", file, s.ID, err)
		}
		s.SQL = strings.TrimRight(strings.TrimSpace(string(q)), ";")
		if !strings.HasPrefix(s.SQL, ParamHeader) {
			return Definition{}, fmt.Errorf("%s: section %s: %s must start with %q", file, s.ID, s.SQLFile, ParamHeader)
		}
		if err := s.validate(); err != nil {
			return Definition{}, fmt.Errorf("%s: section %s: %w", file, s.ID, err)
		}
	}
	return d, nil
}

func (s *Section) validate() error {
	cols := map[string]Column{}
	for _, c := range s.Columns {
		switch c.Kind {
		case KindRupiah, KindPercent, KindNumber, KindYear, KindText:
		default:
			return fmt.Errorf("column %s: kind %q", c.Name, c.Kind)
		}
		if c.Name == "" || c.Header == "" {
			return fmt.Errorf("column %q needs a name and a header", c.Name)
		}
		cols[c.Name] = c
	}
	if len(cols) == 0 {
		return fmt.Errorf("no columns")
	}
	ch := s.Chart
	if ch == nil {
		return nil
	}
	need := append([]string(nil), ch.Values...)
	switch ch.Kind {
	case ChartBar:
		if ch.Label == "" {
			return fmt.Errorf("bar chart needs a label column")
		}
		need = append(need, ch.Label)
		if ch.Annotate != "" {
			need = append(need, ch.Annotate)
		}
		if ch.Split != "" {
			need = append(need, ch.Split)
		}
	case ChartLine:
		if ch.Annotate != "" || ch.Split != "" {
			return fmt.Errorf("annotate and split are for bar charts")
		}
		if ch.X == "" {
			return fmt.Errorf("line chart needs an x column")
		}
		need = append(need, ch.X)
		if ch.Series != "" {
			if len(ch.Values) != 1 {
				return fmt.Errorf("line chart with series takes one value column")
			}
			need = append(need, ch.Series)
		}
	default:
		return fmt.Errorf("chart kind %q (want bar or line)", ch.Kind)
	}
	if len(ch.Values) == 0 {
		return fmt.Errorf("chart has no value columns")
	}
	for _, n := range need {
		if _, ok := cols[n]; !ok {
			return fmt.Errorf("chart column %s is not a column of the section", n)
		}
	}
	for _, v := range ch.Values {
		if k := cols[v].Kind; k == KindText || k == KindYear {
			return fmt.Errorf("chart value %s is %s, not a measure", v, k)
		}
	}
	return nil
}
