package main

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"sort"
	"strings"
	"time"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

// setting is one configuration key: its default and the flag that sets it.
type setting struct {
	key   string // viper key; env LKJ_<KEY with . → _>
	def   any
	flag  string // flag name, "" when only file/env set it
	usage string
}

// settings lists every key lkj reads. Keys are documented here once; `lkj
// config` prints them with where each value came from.
var settings = []setting{
	{"db", "lkj.duckdb", "db", "warehouse file"},
	{"log_format", "text", "log-format", "log format: text or json"},
	{"quiet", false, "quiet", "print only warnings, errors and results"},
	{"wait", "0s", "wait", "wait this long for a warehouse held by another lkj process (e.g. 30s)"},
	{"workers", 0, "workers", "parallel document readers (0 = number of CPUs)"},
	{"max_document_bytes", int64(64 << 20), "", "documents larger than this are rejected"},
	{"max_line_bytes", 1 << 16, "", "report text lines longer than this reject the document"},
	{"max_cells", 512, "", "table rows with more TAB-separated cells than this reject the document"},
	{"group_documents", 128, "", "documents loaded per transaction (1 = one each); each stays whole or absent"},
	{"threads", 0, "", "DuckDB worker threads (0 = DuckDB default)"},
	{"memory_limit", "", "", "DuckDB memory_limit, e.g. 1GB (empty = DuckDB default)"},
	{"out", "out", "", "folder for Parquet extracts"},
	{"sample.dir", "data/sample", "", "folder the demo corpus is generated into"},
	{"sample.scope", "ntt", "", "demo corpus scope: ntt or national"},
	{"sample.years", "2020-2024", "", "demo corpus years"},
	{"sample.seed", 1, "", "demo corpus seed"},
	{"sample.noise", "default", "", "demo corpus noise: none, low, default, high"},
	{"weights.sakip", 0.4, "", "peringkat weight of the SAKIP score"},
	{"weights.capaian", 0.3, "", "peringkat weight of the share of indicators achieved"},
	{"weights.serapan", 0.3, "", "peringkat weight of budget absorption"},
}

// Config is the effective configuration, decoded once (UnmarshalExact)
// after every key passed its check (config_check.go). Commands read these
// fields, never viper keys.
type Config struct {
	DB               string        `mapstructure:"db"`
	LogFormat        string        `mapstructure:"log_format"`
	Quiet            bool          `mapstructure:"quiet"`
	Wait             time.Duration `mapstructure:"wait"`
	Workers          int           `mapstructure:"workers"`
	MaxDocumentBytes int64         `mapstructure:"max_document_bytes"`
	MaxLineBytes     int           `mapstructure:"max_line_bytes"`
	MaxCells         int           `mapstructure:"max_cells"`
	GroupDocuments   int           `mapstructure:"group_documents"`
	Threads          int           `mapstructure:"threads"`
	MemoryLimit      string        `mapstructure:"memory_limit"`
	Out              string        `mapstructure:"out"`
	Sample           SampleConfig  `mapstructure:"sample"`
	Weights          WeightsConfig `mapstructure:"weights"`
}

// SampleConfig is the demo corpus's section.
type SampleConfig struct {
	Dir   string `mapstructure:"dir"`
	Scope string `mapstructure:"scope"`
	Years string `mapstructure:"years"`
	Seed  int64  `mapstructure:"seed"`
	Noise string `mapstructure:"noise"`
}

// WeightsConfig is mart_peringkat's weights.
type WeightsConfig struct {
	Sakip   float64 `mapstructure:"sakip"`
	Capaian float64 `mapstructure:"capaian"`
	Serapan float64 `mapstructure:"serapan"`
}

// config is one command invocation's configuration: its own viper
// instance (never the global one) plus the flags it was bound to, and the
// decoded Config.
type config struct {
	v        *viper.Viper
	file     string // config file in use, "" when none
	flags    *pflag.FlagSet
	explicit bool // --config was given
	Config
	resolved bool // Config holds the checked values
}

func newConfig() *config {
	v := viper.New()
	v.SetEnvPrefix("LKJ")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_", "-", "_"))
	v.AutomaticEnv()
	for _, s := range settings {
		v.SetDefault(s.key, s.def)
	}
	return &config{v: v}
}

// bindFlags binds the persistent flags that mirror settings.
func (c *config) bindFlags(fs *pflag.FlagSet) error {
	c.flags = fs
	for _, s := range settings {
		if s.flag == "" {
			continue
		}
		if f := fs.Lookup(s.flag); f != nil {
			if err := c.v.BindPFlag(s.key, f); err != nil {
				return err
			}
		}
	}
	return nil
}

// load reads the config file: --config FILE, else ./lkj.yaml when present.
func (c *config) load(path string) error {
	if path != "" {
		c.explicit = true
	} else if _, err := os.Stat("lkj.yaml"); err == nil {
		path = "lkj.yaml"
	}
	if path == "" {
		return nil
	}
	c.v.SetConfigFile(path)
	if err := c.v.ReadInConfig(); err != nil {
		var nf viper.ConfigFileNotFoundError
		if errors.As(err, &nf) || os.IsNotExist(errors.Unwrap(err)) {
			return usageErr("berkas konfigurasi %s tidak ditemukan", path)
		}
		return usageErr("berkas konfigurasi %s: %v", path, err)
	}
	c.file = path
	known := map[string]bool{}
	for _, s := range settings {
		known[s.key] = true
	}
	var unknown []string
	for _, k := range c.v.AllKeys() {
		if !known[k] && c.v.InConfig(k) {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return usageErr("berkas konfigurasi %s: kunci tidak dikenal %s (lihat `lkj config`)", path, strings.Join(unknown, ", "))
	}
	return nil
}

// resolve checks every key by type and range (config_check.go), once, then
// decodes them into Config. Keys outside the settings never get here (load
// refuses them); UnmarshalExact makes a setting without a Config field a
// failure too.
func (c *config) resolve() error {
	if err := c.checkValues(); err != nil {
		return err
	}
	var cfg Config
	if err := c.v.UnmarshalExact(&cfg, viper.DecodeHook(durationHook)); err != nil {
		return usageErr("konfigurasi: %v", err)
	}
	c.Config, c.resolved = cfg, true
	return nil
}

// durationHook decodes a duration from text as the check reads it ("" and
// "0" are no wait); it replaces viper's default hooks, of which Config
// needs only this one.
func durationHook(from, to reflect.Type, data any) (any, error) {
	if to != reflect.TypeOf(time.Duration(0)) || from.Kind() != reflect.String {
		return data, nil
	}
	s := strings.TrimSpace(data.(string))
	if s == "" || s == "0" {
		return time.Duration(0), nil
	}
	return time.ParseDuration(s)
}

// jsonLogs reports whether errors are written as JSON. It holds before the
// configuration is resolved too (an invalid key is itself reported in the
// format asked for), so it falls back on the raw value.
func (c *config) jsonLogs() bool {
	if c.resolved {
		return c.LogFormat == "json"
	}
	return c.v.GetString("log_format") == "json"
}

// source tells where key's effective value came from.
func (c *config) source(s setting) string {
	if s.flag != "" && c.flags != nil {
		if f := c.flags.Lookup(s.flag); f != nil && f.Changed {
			return "flag --" + s.flag
		}
	}
	env := "LKJ_" + strings.ToUpper(strings.NewReplacer(".", "_", "-", "_").Replace(s.key))
	if _, ok := os.LookupEnv(env); ok {
		return "env " + env
	}
	if c.file != "" && c.v.InConfig(s.key) {
		return "file " + c.file
	}
	return "default"
}

func (c *config) describe() [][3]string {
	var out [][3]string
	for _, s := range settings {
		out = append(out, [3]string{s.key, fmt.Sprint(c.v.Get(s.key)), c.source(s)})
	}
	return out
}
