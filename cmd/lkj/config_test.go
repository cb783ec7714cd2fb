package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestConfigResolve: a configuration file's values reach the typed Config
// whatever YAML made of them (text, float, int), defaults fill the rest,
// and a bad value stops with exit 2 before anything is decoded.
func TestConfigResolve(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name, yaml string
		check      func(Config) string // "" when fine
		wantErr    string              // part of the message, "" = no error
	}{
		{"defaults", "", func(c Config) string {
			if c.DB != "lkj.duckdb" || c.LogFormat != "text" || c.Quiet || c.Wait != 0 || c.GroupDocuments != 128 ||
				c.MaxDocumentBytes != 64<<20 || c.Sample.Seed != 1 || c.Weights.Sakip != 0.4 || c.Out != "out" {
				return "defaults not decoded"
			}
			return ""
		}, ""},
		{"typed values", "db: w.duckdb\nquiet: \"true\"\nwait: 1m30s\nworkers: 3.0\nweights:\n  sakip: 1\n  capaian: \"0.5\"\nsample:\n  seed: -7\n", func(c Config) string {
			if c.DB != "w.duckdb" || !c.Quiet || c.Wait != 90*time.Second || c.Workers != 3 ||
				c.Weights.Sakip != 1 || c.Weights.Capaian != 0.5 || c.Sample.Seed != -7 {
				return "values not decoded"
			}
			return ""
		}, ""},
		{"empty wait", "wait: \"\"\n", func(c Config) string {
			if c.Wait != 0 {
				return "empty wait is not 0"
			}
			return ""
		}, ""},
		{"bad int", "workers: 2.5\n", nil, "workers"},
		{"bad duration", "wait: soon\n", nil, "wait"},
		{"no weight", "weights:\n  sakip: 0\n  capaian: 0\n  serapan: 0\n", nil, "jumlah bobot"},
		{"unknown key", "bogus: 1\n", nil, "kunci tidak dikenal bogus"},
	} {
		path := filepath.Join(t.TempDir(), "lkj.yaml")
		if err := os.WriteFile(path, []byte(c.yaml), 0o644); err != nil {
			t.Fatal(err)
		}
		cfg := newConfig()
		err := cfg.load(path)
		if err == nil {
			err = cfg.resolve()
		}
		if c.wantErr != "" {
			var e *exitError
			if err == nil || !strings.Contains(err.Error(), c.wantErr) || !errors.As(err, &e) || codeOf(err) != exitUsage {
				t.Errorf("%s: want a usage error mentioning %q, got %v", c.name, c.wantErr, err)
			}
			if cfg.resolved {
				t.Errorf("%s: a bad configuration was decoded", c.name)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if msg := c.check(cfg.Config); msg != "" {
			t.Errorf("%s: %s: %+v", c.name, msg, cfg.Config)
		}
	}
}
