package report

import (
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/models"
	"github.com/kpu-ntt/lkj/schemas"
)

// CatalogEntry is one relation an analyst can query, with a one-line
// description.
type CatalogEntry struct {
	Name        string
	Description string
}

// commentOnView finds COMMENT ON VIEW name IS '...' in the migrations.
var commentOnView = regexp.MustCompile(`(?is)COMMENT\s+ON\s+VIEW\s+([a-z_][a-z0-9_]*)\s+IS\s+'((?:[^']|'')*)'`)

// QueryCatalog lists the marts (from the embedded models' description
// headers) and the contract views (from the COMMENT ON VIEW statements of
// the embedded migrations), so lkj query --help documents exactly what the
// binary builds, with no hand-copied list to fall out of step.
func QueryCatalog() (marts, views []CatalogEntry, err error) {
	ms, err := models.Load()
	if err != nil {
		return nil, nil, err
	}
	for _, m := range ms {
		if strings.HasPrefix(m.Name, "mart_") {
			marts = append(marts, CatalogEntry{m.Name, oneLine(m.Description)})
		}
	}
	sort.Slice(marts, func(i, j int) bool { return marts[i].Name < marts[j].Name })

	files, err := fs.Glob(schemas.FS, "migrations/*.sql")
	if err != nil {
		return nil, nil, err
	}
	sort.Strings(files) // in migration order: a later COMMENT wins
	desc := map[string]string{}
	var order []string
	for _, f := range files {
		b, err := fs.ReadFile(schemas.FS, f)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", path.Base(f), err)
		}
		for _, m := range commentOnView.FindAllStringSubmatch(string(b), -1) {
			name := strings.ToLower(m[1])
			if _, seen := desc[name]; !seen {
				order = append(order, name)
			}
			desc[name] = oneLine(strings.ReplaceAll(m[2], "''", "'"))
		}
	}
	for _, n := range order {
		views = append(views, CatalogEntry{n, desc[n]})
	}
	return marts, views, nil
}

// oneLine keeps a description's first sentence, shortened at a word to fit
// one help line.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if i := strings.Index(s, ". "); i >= 0 {
		s = s[:i+1]
	}
	const max = 76
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	r := []rune(s)[:max]
	cut := string(r)
	if i := strings.LastIndex(cut, " "); i > 0 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;(") + " …"
}

// QueryCatalogHelp is the catalogue as help text ("" when it cannot be
// read, which a test prevents).
func QueryCatalogHelp() string {
	marts, views, err := QueryCatalog()
	if err != nil {
		return ""
	}
	width := 0
	for _, e := range append(append([]CatalogEntry{}, marts...), views...) {
		width = max(width, len(e.Name))
	}
	var b strings.Builder
	write := func(title string, es []CatalogEntry) {
		b.WriteString(title + "\n")
		for _, e := range es {
			fmt.Fprintf(&b, "  %-*s  %s\n", width, e.Name, e.Description)
		}
	}
	write("View kontrak (kolomnya berketerangan: SELECT * FROM duckdb_columns()):", views)
	b.WriteString("\n")
	write("Mart (dibangun oleh lkj build):", marts)
	return b.String()
}
