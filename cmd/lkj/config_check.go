package main

import (
	"fmt"
	"math"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/kpu-ntt/lkj/etl/sample"
	"github.com/kpu-ntt/lkj/etl/sqlrows"
)

// A config value arrives as whatever YAML, the environment or a flag made
// of it: a float, an int, a bool or a string. viper's GetFloat64 turns
// "abc" into 0 without a word, which once took SAKIP out of the ranking
// silently; so every key is checked here by its type and range, from the
// raw value, and a bad one stops the command with exit 2.

// check is one key's rule: it returns "" when v is fine, else what was
// expected, in words for people.
type check func(v any) string

var memoryLimitRe = regexp.MustCompile(`(?i)^\s*\d+(\.\d+)?\s*(b|kb|mb|gb|tb|kib|mib|gib|tib)\s*$`)

var checks = map[string]check{
	"db":                 nonEmpty,
	"log_format":         oneOf("text", "json"),
	"quiet":              isBool,
	"wait":               isDuration,
	"workers":            intAtLeast(0),
	"max_document_bytes": intAtLeast(1),
	"max_line_bytes":     intAtLeast(1),
	"max_cells":          intAtLeast(1),
	"group_documents":    intAtLeast(1),
	"threads":            intAtLeast(0),
	"memory_limit": func(v any) string {
		s := fmt.Sprint(v)
		if s == "" || memoryLimitRe.MatchString(s) {
			return ""
		}
		return "ukuran memori seperti 1GB atau 512MB, atau kosong"
	},
	"out":          nonEmpty,
	"sample.dir":   nonEmpty,
	"sample.scope": oneOf("ntt", "national"),
	"sample.years": func(v any) string {
		if _, _, err := sample.ParseYears(fmt.Sprint(v)); err != nil {
			return "tahun atau rentang tahun, mis. 2024 atau 2020-2024"
		}
		return ""
	},
	"sample.seed":     intAtLeast(math.MinInt64),
	"sample.noise":    oneOf("none", "low", "default", "high"),
	"weights.sakip":   weight,
	"weights.capaian": weight,
	"weights.serapan": weight,
}

// checkValues checks every setting's raw value, then that the weights do
// not sum to 0 (a ranking on nothing).
func (c *config) checkValues() error {
	for _, s := range settings {
		ck, ok := checks[s.key]
		if !ok {
			continue
		}
		v := c.v.Get(s.key)
		if want := ck(v); want != "" {
			return usageErr("konfigurasi %s = %q (dari %s) tidak sah: harus %s", s.key, fmt.Sprint(v), c.sourceID(s), want)
		}
	}
	sum := 0.0
	for _, k := range []string{"weights.sakip", "weights.capaian", "weights.serapan"} {
		f, _ := toFloat(c.v.Get(k))
		sum += f
	}
	if sum <= 0 {
		return usageErr("konfigurasi weights: jumlah bobot sakip, capaian dan serapan harus lebih dari 0 (sekarang 0: tidak ada yang bisa diperingkat)")
	}
	return nil
}

// sourceID is where a key's value came from, in words.
func (c *config) sourceID(s setting) string {
	src := c.source(s)
	if src == "default" {
		return "bawaan"
	}
	return src
}

func nonEmpty(v any) string {
	if strings.TrimSpace(fmt.Sprint(v)) == "" || v == nil {
		return "tidak kosong"
	}
	return ""
}

func oneOf(allowed ...string) check {
	return func(v any) string {
		s := fmt.Sprint(v)
		for _, a := range allowed {
			if s == a {
				return ""
			}
		}
		return "salah satu dari " + strings.Join(allowed, ", ")
	}
}

func isBool(v any) string {
	switch x := v.(type) {
	case bool:
		return ""
	case string:
		if _, err := strconv.ParseBool(strings.TrimSpace(x)); err == nil {
			return ""
		}
	}
	return "true atau false"
}

func isDuration(v any) string {
	s := strings.TrimSpace(fmt.Sprint(v))
	if s == "" || s == "0" {
		return ""
	}
	d, err := time.ParseDuration(s)
	if err != nil || d < 0 {
		return "durasi tidak negatif seperti 30s atau 2m"
	}
	return ""
}

func intAtLeast(lo int64) check {
	return func(v any) string {
		want := fmt.Sprintf("bilangan bulat >= %d", lo)
		if lo == math.MinInt64 {
			want = "bilangan bulat"
		}
		n, ok := toInt(v)
		if !ok || n < lo {
			return want
		}
		return ""
	}
}

func weight(v any) string {
	f, ok := toFloat(v)
	if !ok || math.IsNaN(f) || math.IsInf(f, 0) || f < 0 {
		return "angka >= 0 (mis. 0.4)"
	}
	return ""
}

// toFloat reads a number from YAML (any integer or float kind, read as
// sqlrows.Float reads a driver's) or text (env, flag).
func toFloat(v any) (float64, bool) {
	if s, ok := v.(string); ok {
		f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
		return f, err == nil
	}
	return sqlrows.Float(v)
}

// toInt reads a whole number; 2.0 from YAML is whole, 2.5 is not (nor is a
// float beyond 2^53 or an unsigned beyond int64, which would not survive).
func toInt(v any) (int64, bool) {
	if s, ok := v.(string); ok {
		n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
		return n, err == nil
	}
	rv := reflect.ValueOf(v)
	if rv.CanInt() {
		return rv.Int(), true
	}
	if rv.CanUint() {
		return int64(rv.Uint()), rv.Uint() <= math.MaxInt64
	}
	if f, ok := toFloat(v); ok && f == math.Trunc(f) && math.Abs(f) <= 1<<53 {
		return int64(f), true
	}
	return 0, false
}
