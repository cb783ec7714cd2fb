// Package models builds everything above the raw tables: the fact
// families' precedence views (pilih_*), contract views and konflik,
// rendered by etl/family; temuan, staging views and marts from the SQL files
// embedded in package sqlfiles (folder sql/).
//
// A model is a single SELECT in <name>.sql. Its materialization, grain,
// dependencies and column checks are declared in a comment header beside
// the SQL (as dbt and bruin declare theirs); the SQL tokenizer in deps.go
// only verifies that header, failing when the SQL reads a relation the
// header does not declare. Models are applied in topological order, one
// transaction each (as rill applies its numbered SQL), and data tests are
// queries that return offending rows (as dbt's are), the generic ones
// instances of the templates in sql/generic.
package models

import (
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/kpu-ntt/lkj/etl/family"

	sqlfiles "github.com/kpu-ntt/lkj/sql"
)

// Materializations a model may declare.
const (
	View  = "view"
	Table = "table"
)

// Model is one SQL model.
type Model struct {
	Name         string
	SQL          string // the SELECT, header comments included
	Materialized string // View or Table
	// Deps are the models named in the header's "-- depends:" line (the
	// sources it names, contract views and ref_ tables, are checked but not
	// ordered).
	Deps []string
	// Depends is the header's whole list: models and sources.
	Depends []string
	// Checks are the header's "-- check: column: kind, ..." lines, run as
	// generic data tests.
	Checks []Check
	// UniqueKey is the model's grain from "-- unique_key:"; a data test
	// checks it and exports order by it.
	UniqueKey   []string
	Description string
}

// validName keeps model names safe to use as SQL identifiers: they come
// from embedded file names, but Build splices them into DDL, so check anyway.
var validName = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)

// Load reads the embedded models, resolves their dependencies and returns
// them in topological order (ties broken by name, so the order is stable).
func Load() ([]Model, error) {
	return loadFS(sqlfiles.FS, ".", family.Models()...)
}

// loadFS reads the models in dir of fsys and adds the generated ones (the
// fact families' views, rendered by etl/family).
func loadFS(fsys fs.FS, dir string, generated ...family.File) ([]Model, error) {
	var ms []Model
	err := eachSQLFile(fsys, dir, "models", func(name, body string) error {
		m, err := parseModel(name, body)
		if err != nil {
			return err
		}
		ms = append(ms, m)
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, g := range generated {
		m, err := parseModel(g.Name, g.SQL)
		if err != nil {
			return nil, fmt.Errorf("%w (rendered by etl/family)", err)
		}
		ms = append(ms, m)
	}
	return Resolve(ms)
}

// parseModel reads one model file's header.
func parseModel(name, body string) (Model, error) {
	if !validName.MatchString(name) {
		return Model{}, fmt.Errorf("models: %s.sql: name must match %s", name, validName)
	}
	h := parseHeader(body)
	m := Model{Name: name, SQL: body, Materialized: View, Description: h["description"]}
	if v, ok := h["materialized"]; ok {
		switch v {
		case View, Table:
			m.Materialized = v
		default:
			return Model{}, fmt.Errorf("models: %s.sql: materialized %q (want view or table)", name, v)
		}
	}
	if v := h["unique_key"]; v != "" {
		for _, c := range strings.Split(v, ",") {
			c = strings.TrimSpace(c)
			if !validName.MatchString(c) {
				return Model{}, fmt.Errorf("models: %s.sql: unique_key column %q", name, c)
			}
			m.UniqueKey = append(m.UniqueKey, c)
		}
	}
	for _, d := range strings.Split(h["depends"], ",") {
		if d = strings.TrimSpace(d); d == "" {
			continue
		}
		if !validName.MatchString(d) {
			return Model{}, fmt.Errorf("models: %s.sql: depends %q is not a relation name", name, d)
		}
		m.Depends = append(m.Depends, d)
	}
	checks, err := parseChecks(name, body)
	if err != nil {
		return Model{}, err
	}
	m.Checks = checks
	if strings.TrimSpace(stripComments(body)) == "" {
		return Model{}, fmt.Errorf("models: %s.sql: no SQL", name)
	}
	return m, nil
}

// headerKeys are the words a header line may set; any other comment line
// continues the previous key (so a description may span lines).
var headerKeys = map[string]bool{"materialized": true, "unique_key": true, "description": true, "severity": true,
	"column": true, "depends": true, "check": true}

// entry is one "-- key: value" header line, with the comment lines that
// continue it (a description may span lines).
type entry struct{ key, value string }

// headerEntries reads the leading comment lines of a file: a line naming a
// header key starts an entry, any other non-empty comment line continues
// the previous one.
func headerEntries(body string) []entry {
	var out []entry
	for _, line := range strings.Split(body, "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "--") {
			break
		}
		text := strings.TrimSpace(strings.TrimPrefix(line, "--"))
		if k, v, ok := strings.Cut(text, ":"); ok && headerKeys[strings.TrimSpace(strings.ToLower(k))] {
			out = append(out, entry{strings.TrimSpace(strings.ToLower(k)), strings.TrimSpace(v)})
			continue
		}
		if len(out) > 0 && text != "" {
			out[len(out)-1].value = strings.TrimSpace(out[len(out)-1].value + " " + text)
		}
	}
	return out
}

// parseHeader reads the header as key -> value (the last of a repeated key).
func parseHeader(body string) map[string]string {
	h := map[string]string{}
	for _, e := range headerEntries(body) {
		h[e.key] = e.value
	}
	return h
}

// Resolve checks each model's declared dependencies against its SQL and
// returns the models in topological order. The SQL may read only what the
// header's depends line names (models and sources); a name there must be a
// model or a source (IsSource). A duplicate name or a dependency cycle is an
// error; the cycle error names the models on it in order, e.g.
// "models: dependency cycle: a -> b -> a".
func Resolve(ms []Model) ([]Model, error) {
	names := map[string]bool{}
	for _, m := range ms {
		if names[m.Name] {
			return nil, fmt.Errorf("models: duplicate model %q", m.Name)
		}
		names[m.Name] = true
	}
	out := make([]Model, len(ms))
	for i, m := range ms {
		declared := map[string]bool{}
		m.Deps = nil
		for _, d := range m.Depends {
			switch {
			case d == m.Name:
				return nil, fmt.Errorf("models: %s declares itself in depends", m.Name)
			case names[d]:
				m.Deps = append(m.Deps, d)
			case !IsSource(d):
				return nil, fmt.Errorf("models: %s depends on unknown model %q", m.Name, d)
			}
			declared[d] = true
		}
		known := map[string]bool{}
		for n := range names {
			known[n] = true
		}
		for n := range declared {
			known[n] = true
		}
		for _, n := range sourceNames() {
			known[n] = true
		}
		for _, r := range References(m.SQL, known, m.Name) {
			if !declared[r] {
				return nil, fmt.Errorf("models: %s reads %s but its header does not declare it (add it to '-- depends:')", m.Name, r)
			}
		}
		sort.Strings(m.Deps)
		out[i] = m
	}
	return topoSort(out)
}

// sourceNames are the relations outside the models that a model may read:
// the raw tables the migrations create (fact tables, etl_document,
// etl_finding), the views that stay there (satker, dokumen) and the weights
// table Build writes. ref_* tables are sources too (IsSource).
func sourceNames() []string {
	return append(family.Tables(), "etl_document", "etl_finding", "satker", "dokumen", WeightsTable)
}

// IsSource reports whether name is a relation models may read without
// building it.
func IsSource(name string) bool {
	return strings.HasPrefix(name, "ref_") || slices.Contains(sourceNames(), name)
}

// topoSort orders models so each comes after its dependencies. It walks
// names in sorted order depth-first, so the result is stable.
func topoSort(ms []Model) ([]Model, error) {
	byName := make(map[string]Model, len(ms))
	var names []string
	for _, m := range ms {
		byName[m.Name] = m
		names = append(names, m.Name)
	}
	sort.Strings(names)
	const (
		unseen = iota
		visiting
		done
	)
	state := map[string]int{}
	var stack []string
	var out []Model
	var visit func(n string) error
	visit = func(n string) error {
		switch state[n] {
		case done:
			return nil
		case visiting:
			i := len(stack) - 1
			for i > 0 && stack[i] != n {
				i--
			}
			cycle := append(append([]string{}, stack[i:]...), n)
			return fmt.Errorf("models: dependency cycle: %s", strings.Join(cycle, " -> "))
		}
		state[n] = visiting
		stack = append(stack, n)
		deps := append([]string(nil), byName[n].Deps...)
		sort.Strings(deps)
		for _, d := range deps {
			if _, ok := byName[d]; !ok {
				return fmt.Errorf("models: %s depends on unknown model %q", n, d)
			}
			if err := visit(d); err != nil {
				return err
			}
		}
		stack = stack[:len(stack)-1]
		state[n] = done
		out = append(out, byName[n])
		return nil
	}
	for _, n := range names {
		if err := visit(n); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// ErrUnknownModel is wrapped by Plan when a selected name is not a model.
var ErrUnknownModel = errors.New("unknown model")

// Plan returns the selected models and everything upstream of them, in
// dependency order. An empty selection selects every model.
func Plan(models []Model, selected []string) ([]Model, error) {
	if len(selected) == 0 {
		return topoSort(models)
	}
	byName := make(map[string]Model, len(models))
	for _, m := range models {
		byName[m.Name] = m
	}
	keep := map[string]bool{}
	var add func(n string) error
	add = func(n string) error {
		m, ok := byName[n]
		if !ok {
			return fmt.Errorf("models: %w %q", ErrUnknownModel, n)
		}
		if keep[n] {
			return nil
		}
		keep[n] = true
		for _, d := range m.Deps {
			if err := add(d); err != nil {
				return fmt.Errorf("%w (needed by %s)", err, n)
			}
		}
		return nil
	}
	for _, n := range selected {
		if err := add(strings.TrimSpace(n)); err != nil {
			return nil, err
		}
	}
	var sub []Model
	for _, m := range models {
		if keep[m.Name] {
			sub = append(sub, m)
		}
	}
	return topoSort(sub)
}
