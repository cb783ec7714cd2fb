package models

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/kpu-ntt/lkj/etl/family"
)

func names(ms []Model) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Name)
	}
	return out
}

func TestReferences(t *testing.T) {
	known := map[string]bool{"a": true, "b": true, "c": true, "stg_x": true}
	tests := []struct {
		name, sql string
		want      []string
	}{
		{"from", "SELECT * FROM a", []string{"a"}},
		{"join", "SELECT * FROM a JOIN b USING (k) LEFT JOIN c ON c.k = a.k", []string{"a", "b", "c"}},
		{"comma list", "SELECT * FROM a x, b y WHERE x.k = y.k", []string{"a", "b"}},
		{"qualified", "SELECT * FROM main.a JOIN wh.main.b ON true", []string{"a", "b"}},
		{"quoted", `SELECT * FROM "A"`, []string{"a"}},
		{"upper case keywords and names", "select * From A", []string{"a"}},
		{"subquery", "SELECT * FROM (SELECT k FROM b) s", []string{"b"}},
		{"comma in select list is not a table", "SELECT a, b FROM c", []string{"c"}},
		{"comment", "-- FROM a\nSELECT 1 /* JOIN b */ FROM c", []string{"c"}},
		{"string literal", "SELECT 'FROM a' AS s FROM c", []string{"c"}},
		{"cte shadows model", "WITH a AS (SELECT 1 FROM b) SELECT * FROM a", []string{"b"}},
		{"table function", "SELECT * FROM a(1)", nil},
		{"self", "SELECT * FROM stg_x", nil},
		{"unknown", "SELECT * FROM satker", nil},
		{"column named like model", "SELECT a.k, b FROM stg_y a", nil},
		{"in where subquery", "SELECT * FROM c WHERE k IN (SELECT k FROM a)", []string{"a", "c"}},
		{"extract is not a table", "SELECT extract(year FROM d) FROM c", []string{"c"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := References(tt.sql, known, "stg_x")
			if len(got) == 0 && len(tt.want) == 0 {
				return
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("References(%q) = %v, want %v", tt.sql, got, tt.want)
			}
		})
	}
}

func TestResolveOrder(t *testing.T) {
	ms := []Model{
		{Name: "mart_b", SQL: "SELECT * FROM stg_a JOIN mart_a USING (k)", Depends: []string{"stg_a", "mart_a"}},
		{Name: "mart_a", SQL: "SELECT * FROM stg_a", Depends: []string{"stg_a"}},
		{Name: "stg_a", SQL: "SELECT * FROM fact_capaian", Depends: []string{"fact_capaian"}},
		{Name: "zz_alone", SQL: "SELECT 1"},
	}
	got, err := Resolve(ms)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"stg_a", "mart_a", "mart_b", "zz_alone"}
	if !reflect.DeepEqual(names(got), want) {
		t.Fatalf("order = %v, want %v", names(got), want)
	}
	if !reflect.DeepEqual(got[2].Deps, []string{"mart_a", "stg_a"}) {
		t.Fatalf("mart_b deps = %v", got[2].Deps)
	}
}

func TestResolveErrors(t *testing.T) {
	tests := []struct {
		name string
		ms   []Model
		want string
	}{
		{"cycle of three", []Model{
			{Name: "a", SQL: "SELECT * FROM b", Depends: []string{"b"}},
			{Name: "b", SQL: "SELECT * FROM c", Depends: []string{"c"}},
			{Name: "c", SQL: "SELECT * FROM a", Depends: []string{"a"}},
			{Name: "d", SQL: "SELECT * FROM a", Depends: []string{"a"}},
		}, "models: dependency cycle: a -> b -> c -> a"},
		{"cycle of two behind a root", []Model{
			{Name: "root", SQL: "SELECT * FROM x", Depends: []string{"x"}},
			{Name: "x", SQL: "SELECT * FROM y", Depends: []string{"y"}},
			{Name: "y", SQL: "SELECT * FROM x", Depends: []string{"x"}},
		}, "models: dependency cycle: x -> y -> x"},
		{"duplicate", []Model{{Name: "a", SQL: "SELECT 1"}, {Name: "a", SQL: "SELECT 2"}},
			`models: duplicate model "a"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Resolve(tt.ms)
			if err == nil || err.Error() != tt.want {
				t.Fatalf("err = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestPlan(t *testing.T) {
	ms, err := Resolve([]Model{
		{Name: "stg_a", SQL: "SELECT * FROM fact_capaian", Depends: []string{"fact_capaian"}},
		{Name: "stg_b", SQL: "SELECT * FROM fact_anggaran", Depends: []string{"fact_anggaran"}},
		{Name: "mart_a", SQL: "SELECT * FROM stg_a", Depends: []string{"stg_a"}},
		{Name: "mart_b", SQL: "SELECT * FROM stg_b", Depends: []string{"stg_b"}},
		{Name: "mart_ab", SQL: "SELECT * FROM mart_a JOIN mart_b USING (k)", Depends: []string{"mart_a", "mart_b"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		sel  []string
		want []string
	}{
		{nil, []string{"stg_a", "mart_a", "stg_b", "mart_b", "mart_ab"}},
		{[]string{"mart_a"}, []string{"stg_a", "mart_a"}},
		{[]string{"mart_ab"}, []string{"stg_a", "mart_a", "stg_b", "mart_b", "mart_ab"}},
		{[]string{"mart_b", "stg_a"}, []string{"stg_b", "mart_b", "stg_a"}},
		{[]string{"stg_b", "stg_b"}, []string{"stg_b"}},
	}
	for _, tt := range tests {
		got, err := Plan(ms, tt.sel)
		if err != nil {
			t.Fatalf("Plan(%v): %v", tt.sel, err)
		}
		if !reflect.DeepEqual(names(got), tt.want) {
			t.Errorf("Plan(%v) = %v, want %v", tt.sel, names(got), tt.want)
		}
	}
	_, err = Plan(ms, []string{"mart_a", "mart_x"})
	if !errors.Is(err, ErrUnknownModel) || err.Error() != `models: unknown model "mart_x"` {
		t.Fatalf("unknown model: err = %v", err)
	}
}

func TestLoadFS(t *testing.T) {
	fsys := fstest.MapFS{
		"stg_a.sql":  {Data: []byte("-- materialized: view\n-- unique_key: satker_id, tahun\n-- description: first line\n-- second line\n-- depends: fact_capaian\nSELECT * FROM fact_capaian\n")},
		"mart_a.sql": {Data: []byte("-- materialized: table\n-- depends: stg_a\n-- check: satker_id: not_null, accepted_values(a, b)\nSELECT * FROM stg_a")},
		"notes.txt":  {Data: []byte("ignored")},
	}
	ms, err := loadFS(fsys, ".")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(names(ms), []string{"stg_a", "mart_a"}) {
		t.Fatalf("order %v", names(ms))
	}
	a := ms[0]
	if a.Materialized != View || !reflect.DeepEqual(a.UniqueKey, []string{"satker_id", "tahun"}) ||
		a.Description != "first line second line" {
		t.Fatalf("stg_a = %+v", a)
	}
	if ms[1].Materialized != Table || !reflect.DeepEqual(ms[1].Deps, []string{"stg_a"}) {
		t.Fatalf("mart_a = %+v", ms[1])
	}
	wantChecks := []Check{{Kind: "not_null", Table: "mart_a", Columns: []string{"satker_id"}},
		{Kind: "accepted_values", Table: "mart_a", Columns: []string{"satker_id"}, Values: []string{"a", "b"}}}
	if !reflect.DeepEqual(ms[1].Checks, wantChecks) {
		t.Fatalf("mart_a checks = %+v", ms[1].Checks)
	}

	bad := []struct {
		name string
		fsys fstest.MapFS
		want string
	}{
		{"materialization", fstest.MapFS{"x.sql": {Data: []byte("-- materialized: incremental\nSELECT 1")}},
			`models: x.sql: materialized "incremental" (want view or table)`},
		{"name", fstest.MapFS{"Bad-Name.sql": {Data: []byte("SELECT 1")}}, "models: Bad-Name.sql: name must match"},
		{"empty", fstest.MapFS{"x.sql": {Data: []byte("-- materialized: view\n")}}, "models: x.sql: no SQL"},
		{"key", fstest.MapFS{"x.sql": {Data: []byte("-- unique_key: a; DROP\nSELECT 1")}}, `models: x.sql: unique_key column "a; DROP"`},
		{"undeclared", fstest.MapFS{"x.sql": {Data: []byte("SELECT * FROM fact_anggaran")}},
			"models: x reads fact_anggaran but its header does not declare it"},
		{"undeclared model", fstest.MapFS{"x.sql": {Data: []byte("-- depends: fact_capaian\nSELECT * FROM fact_capaian JOIN y USING (k)")},
			"y.sql": {Data: []byte("SELECT 1 AS k")}}, "models: x reads y but its header does not declare it"},
		{"unknown", fstest.MapFS{"x.sql": {Data: []byte("-- depends: nowhere\nSELECT 1")}}, `models: x depends on unknown model "nowhere"`},
		{"check kind", fstest.MapFS{"x.sql": {Data: []byte("-- check: a: positive\nSELECT 1")}}, `models: x.sql: check "positive" on a: kind must be`},
		{"range", fstest.MapFS{"x.sql": {Data: []byte("-- check: a: range(0)\nSELECT 1")}}, "models: x.sql: check range(0) on a: want range(min, max)"},
	}
	for _, tt := range bad {
		if _, err := loadFS(tt.fsys, "."); err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want prefix %q", tt.name, err, tt.want)
		}
	}
}

func TestEmbeddedModels(t *testing.T) {
	ms, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]Model{}
	for _, m := range ms {
		for _, d := range m.Deps {
			if _, ok := seen[d]; !ok {
				t.Errorf("%s comes before its dependency %s", m.Name, d)
			}
		}
		seen[m.Name] = m
		keyed := strings.HasPrefix(m.Name, "stg_") || strings.HasPrefix(m.Name, "mart_") || family.Named(m.Name) != nil
		if keyed && len(m.UniqueKey) == 0 {
			t.Errorf("%s declares no unique_key", m.Name)
		}
		wantMat := View
		if strings.HasPrefix(m.Name, "mart_") {
			wantMat = Table
		}
		if m.Materialized != wantMat {
			t.Errorf("%s materialized %s, want %s", m.Name, m.Materialized, wantMat)
		}
	}
	for _, name := range []string{"mart_capaian", "mart_capaian_indikator", "mart_sakip", "mart_serapan",
		"mart_serapan_program", "mart_dpt", "mart_peringkat"} {
		if _, ok := seen[name]; !ok {
			t.Errorf("model %s missing", name)
		}
	}
	if got := seen["mart_peringkat"].Deps; !reflect.DeepEqual(got, []string{"mart_capaian", "mart_sakip", "mart_serapan", "stg_satker"}) {
		t.Errorf("mart_peringkat deps = %v", got)
	}
	tests, err := LoadTests()
	if err != nil {
		t.Fatal(err)
	}
	if len(tests) < 30 {
		t.Errorf("only %d data tests", len(tests))
	}
}

func TestWeightsValidate(t *testing.T) {
	tests := []struct {
		w    Weights
		want string
	}{
		{DefaultWeights, ""},
		{Weights{"serapan": 1}, ""},
		{Weights{"sakip": 1, "dpt": 1}, `models: weight "dpt" is not one of sakip, capaian, serapan`},
		{Weights{"sakip": -1}, "models: weight sakip = -1 must be a finite number >= 0"},
		{Weights{"sakip": 0, "capaian": 0}, "models: weights sum to 0"},
	}
	for _, tt := range tests {
		err := tt.w.Validate()
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tt.want {
			t.Errorf("Validate(%v) = %q, want %q", tt.w, got, tt.want)
		}
	}
}
