// Package models builds the warehouse's marts from the SQL files embedded in
// package sqlfiles (folder sql/): staging views over the analyst contract
// views, then marts materialized as tables.
//
// A model is a single SELECT in <name>.sql. Its materialization and grain are
// declared in a comment header; its dependencies are read from its FROM and
// JOIN clauses, so adding a model never means editing a list. Models are
// applied in topological order, one transaction each (as rill applies its
// numbered SQL), and data tests are queries that return offending rows (as
// dbt's are).
package models

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"

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
	Deps         []string
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
	return loadFS(sqlfiles.FS, ".")
}

func loadFS(fsys fs.FS, dir string) ([]Model, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("models: %w", err)
	}
	var ms []Model
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".sql") {
			continue
		}
		body, err := fs.ReadFile(fsys, path.Join(dir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("models: %w", err)
		}
		m, err := parseModel(strings.TrimSuffix(e.Name(), ".sql"), string(body))
		if err != nil {
			return nil, err
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
	if strings.TrimSpace(stripComments(body)) == "" {
		return Model{}, fmt.Errorf("models: %s.sql: no SQL", name)
	}
	return m, nil
}

// headerKeys are the words a header line may set; any other comment line
// continues the previous key (so a description may span lines).
var headerKeys = map[string]bool{"materialized": true, "unique_key": true, "description": true, "severity": true, "column": true}

// parseHeader reads the leading "-- key: value" comment lines of a file.
func parseHeader(body string) map[string]string {
	h := map[string]string{}
	last := ""
	for _, line := range strings.Split(body, "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "--") {
			break
		}
		text := strings.TrimSpace(strings.TrimPrefix(line, "--"))
		if k, v, ok := strings.Cut(text, ":"); ok && headerKeys[strings.TrimSpace(strings.ToLower(k))] {
			last = strings.TrimSpace(strings.ToLower(k))
			h[last] = strings.TrimSpace(v)
			continue
		}
		if last != "" && text != "" {
			h[last] = strings.TrimSpace(h[last] + " " + text)
		}
	}
	return h
}

// Resolve fills each model's Deps from its SQL (references to other models
// in FROM and JOIN clauses) and returns the models in topological order. A
// duplicate name or a dependency cycle is an error; the cycle error names
// the models on it in order, e.g. "models: dependency cycle: a -> b -> a".
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
		m.Deps = References(m.SQL, names, m.Name)
		out[i] = m
	}
	return topoSort(out)
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
