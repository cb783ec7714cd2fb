package report

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/jedib0t/go-pretty/v6/table"
	"github.com/jedib0t/go-pretty/v6/text"
)

// Formats Render writes.
var Formats = []string{"table", "markdown", "csv", "json", "html", "xlsx"}

// Render runs the named report on q with p and writes it to w in format
// (one of Formats). Nothing is written when a query fails.
func Render(ctx context.Context, q Querier, name string, p Params, format string, w io.Writer) error {
	def, err := Get(name)
	if err != nil {
		return err
	}
	write, ok := writers[format]
	if !ok {
		return fmt.Errorf("report format %q (want %s)", format, strings.Join(Formats, ", "))
	}
	res, err := run(ctx, q, def, p)
	if err != nil {
		return err
	}
	// Render into memory first so a failure never leaves half a report.
	var buf bytes.Buffer
	if err := write(&buf, res); err != nil {
		return fmt.Errorf("report %s as %s: %w", name, format, err)
	}
	_, err = w.Write(buf.Bytes())
	return err
}

var writers = map[string]func(io.Writer, *resolved) error{
	"table":    writeTable,
	"markdown": writeMarkdown,
	"csv":      writeCSV,
	"json":     writeJSON,
	"html":     writeHTML,
	"xlsx":     writeXLSX,
}

// subtitle says which parameters the report was run with, in words.
func (r *resolved) subtitle() string {
	var parts []string
	if r.params.Tahun != 0 {
		parts = append(parts, "Tahun "+strconv.Itoa(r.params.Tahun))
	} else {
		parts = append(parts, "Semua tahun (peringkat: tahun terakhir)")
	}
	if r.satkerName != "" {
		parts = append(parts, r.satkerName)
	}
	if r.provName != "" {
		parts = append(parts, r.provName)
	}
	return strings.Join(parts, " · ")
}

// provenanceLines are the provenance facts as "label: value" pairs.
func (r *resolved) provenanceLines() [][2]string {
	p := r.prov
	run := "belum ada"
	if p.LastRunID > 0 {
		run = fmt.Sprintf("#%d %s (%s)", p.LastRunID, p.LastRunCommand, p.LastRunStatus)
		if p.LastRunStarted != nil {
			run += ", mulai " + p.LastRunStarted.Format("02-01-2006 15:04")
		}
		if p.LastRunEnded != nil {
			run += ", selesai " + p.LastRunEnded.Format("02-01-2006 15:04")
		}
	}
	docs := FormatNumber(float64(p.DocumentsLoaded), 0, false) + " dimuat, " +
		FormatNumber(float64(p.DocumentsRejected), 0, false) + " ditolak"
	if p.DocumentsSynth > 0 {
		docs += " (" + FormatNumber(float64(p.DocumentsSynth), 0, false) + " sintetis)"
	}
	lines := [][2]string{
		{"Dokumen", docs},
		{"Proses ETL terakhir", run},
		{"Temuan", fmt.Sprintf("%s (%s galat, %s peringatan)", FormatNumber(float64(p.Findings), 0, false),
			FormatNumber(float64(p.FindingsError), 0, false), FormatNumber(float64(p.FindingsWarning), 0, false))},
	}
	if p.ModelsBuilt != nil {
		lines = append(lines, [2]string{"Mart dibangun", p.ModelsBuilt.Format("02-01-2006 15:04")})
	}
	lines = append(lines, [2]string{"Laporan dibuat", p.GeneratedAt.Format("02-01-2006 15:04")})
	return lines
}

func prettyTable(res Result) table.Writer {
	res = res.shown()
	t := table.NewWriter()
	hdr := table.Row{}
	var cfg []table.ColumnConfig
	for i, c := range res.Section.Columns {
		hdr = append(hdr, c.Header)
		if c.numeric() {
			cfg = append(cfg, table.ColumnConfig{Number: i + 1, Align: text.AlignRight, AlignHeader: text.AlignRight})
		}
	}
	t.AppendHeader(hdr)
	t.SetColumnConfigs(cfg)
	for _, row := range res.Rows {
		r := table.Row{}
		for i, c := range res.Section.Columns {
			r = append(r, c.Format(row[i]))
		}
		t.AppendRow(r)
	}
	return t
}

func writeTable(w io.Writer, r *resolved) error {
	var b strings.Builder
	b.WriteString(r.def.Title + "\n" + r.subtitle() + "\n")
	for _, res := range r.results {
		t := prettyTable(res)
		t.SetStyle(table.StyleLight)
		t.SetTitle(res.Section.Title)
		b.WriteString("\n")
		if len(res.Rows) == 0 {
			b.WriteString(res.Section.Title + ": tidak ada data\n")
			continue
		}
		b.WriteString(t.Render() + "\n")
	}
	b.WriteString("\n")
	for _, l := range r.provenanceLines() {
		b.WriteString(l[0] + ": " + l[1] + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeMarkdown(w io.Writer, r *resolved) error {
	var b strings.Builder
	b.WriteString("# " + r.def.Title + "\n\n_" + r.subtitle() + "_\n\n" + r.def.Description + "\n")
	for _, res := range r.results {
		b.WriteString("\n## " + res.Section.Title + "\n\n")
		if len(res.Rows) == 0 {
			b.WriteString("Tidak ada data.\n")
			continue
		}
		b.WriteString(prettyTable(res).RenderMarkdown() + "\n")
	}
	b.WriteString("\n## Asal data\n\n")
	for _, l := range r.provenanceLines() {
		b.WriteString("- " + l[0] + ": " + l[1] + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeCSV writes machine-readable values (dot decimals, no currency) under
// Indonesian headers. A report of several sections writes each as its own
// block, introduced by a "# title" line and separated by an empty line.
func writeCSV(w io.Writer, r *resolved) error {
	cw := csv.NewWriter(w)
	multi := len(r.results) > 1
	for i, res := range r.results {
		res = res.shown()
		if multi {
			if i > 0 {
				if err := cw.Write([]string{""}); err != nil {
					return err
				}
			}
			if err := cw.Write([]string{"# " + res.Section.Title}); err != nil {
				return err
			}
		}
		var hdr []string
		for _, c := range res.Section.Columns {
			hdr = append(hdr, c.Header)
		}
		if err := cw.Write(hdr); err != nil {
			return err
		}
		for _, row := range res.Rows {
			rec := make([]string, len(row))
			for j, v := range row {
				rec[j] = rawString(v)
			}
			if err := cw.Write(rec); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// rawString is a value as machines read it.
func rawString(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case int64:
		return strconv.FormatInt(x, 10)
	case bool:
		return strconv.FormatBool(x)
	case time.Time:
		return x.Format(time.RFC3339)
	case string:
		return x
	}
	return fmt.Sprint(v)
}

// writeJSON writes raw values (numbers as numbers), rows as objects whose
// keys keep the column order.
func writeJSON(w io.Writer, r *resolved) error {
	type col struct {
		Name   string `json:"name"`
		Header string `json:"header"`
		Kind   string `json:"kind"`
	}
	type section struct {
		ID    string            `json:"id"`
		Title string            `json:"title"`
		Cols  []col             `json:"columns"`
		Rows  []json.RawMessage `json:"rows"`
	}
	out := struct {
		Report      string            `json:"report"`
		Title       string            `json:"title"`
		Params      map[string]any    `json:"params"`
		Sections    []section         `json:"sections"`
		Provenance  map[string]string `json:"provenance"`
		GeneratedAt string            `json:"generated_at"`
	}{Report: r.def.Name, Title: r.def.Title, Params: map[string]any{}, Provenance: map[string]string{},
		GeneratedAt: r.prov.GeneratedAt.Format(time.RFC3339)}
	if r.params.Tahun != 0 {
		out.Params["tahun"] = r.params.Tahun
	}
	if r.params.Satker != "" {
		out.Params["satker"] = r.params.Satker
	}
	if r.params.Provinsi != "" {
		out.Params["provinsi"] = r.params.Provinsi
	}
	for _, l := range r.provenanceLines() {
		out.Provenance[l[0]] = l[1]
	}
	for _, res := range r.results {
		res = res.shown()
		s := section{ID: res.Section.ID, Title: res.Section.Title, Rows: []json.RawMessage{}}
		for _, c := range res.Section.Columns {
			s.Cols = append(s.Cols, col{c.Name, c.Header, c.Kind})
		}
		for _, row := range res.Rows {
			var b bytes.Buffer
			b.WriteByte('{')
			for i, c := range res.Section.Columns {
				if i > 0 {
					b.WriteByte(',')
				}
				k, _ := json.Marshal(c.Name)
				v, err := json.Marshal(jsonValue(row[i]))
				if err != nil {
					return err
				}
				b.Write(k)
				b.WriteByte(':')
				b.Write(v)
			}
			b.WriteByte('}')
			s.Rows = append(s.Rows, b.Bytes())
		}
		out.Sections = append(out.Sections, s)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// jsonValue keeps numbers JSON can hold; NaN and infinities become null.
func jsonValue(v any) any {
	if f, ok := v.(float64); ok && (f != f || f > 1.7e308 || f < -1.7e308) {
		return nil
	}
	return v
}
