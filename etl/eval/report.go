package eval

import (
	"fmt"
	"strings"

	"github.com/jedib0t/go-pretty/v6/table"
	"github.com/jedib0t/go-pretty/v6/text"

	"github.com/kpu-ntt/lkj/etl/sample"
)

type baris struct{ a, b int }

func toBaris(in []sample.Baris) []baris {
	out := make([]baris, len(in))
	for i, x := range in {
		out[i] = baris{x.Awal, x.Akhir}
	}
	return out
}

// Table renders the report for a terminal: one row per family, then the
// findings line.
func (r Report) Table() string {
	t := table.NewWriter()
	t.AppendHeader(table.Row{"family", "expected", "found", "exact", "wrong", "missing", "extra", "flagged",
		"silent-wrong", "wrong-key", "precision", "recall", "F1"})
	var tot FamilyScore
	for _, f := range r.Families {
		t.AppendRow(table.Row{f.Family, f.Expected, f.Found, f.Exact, f.Wrong, f.Missing, f.Extra, f.Flagged,
			f.SilentWrong, f.WrongKey, pct(f.Precision), pct(f.Recall), pct(f.F1)})
		tot.Expected += f.Expected
		tot.Found += f.Found
		tot.Exact += f.Exact
		tot.Wrong += f.Wrong
		tot.Missing += f.Missing
		tot.Extra += f.Extra
		tot.Flagged += f.Flagged
		tot.SilentWrong += f.SilentWrong
		tot.WrongKey += f.WrongKey
	}
	tot.finish()
	t.AppendFooter(table.Row{"total", tot.Expected, tot.Found, tot.Exact, tot.Wrong, tot.Missing, tot.Extra, tot.Flagged,
		tot.SilentWrong, tot.WrongKey, pct(tot.Precision), pct(tot.Recall), pct(tot.F1)})
	cfg := make([]table.ColumnConfig, 0, 12)
	for i := 2; i <= 13; i++ {
		cfg = append(cfg, table.ColumnConfig{Number: i, Align: text.AlignRight, AlignFooter: text.AlignRight})
	}
	t.SetColumnConfigs(cfg)
	var b strings.Builder
	b.WriteString(t.Render())
	fmt.Fprintf(&b, "\nfindings: %d expected, %d raised, %d missed (%d other findings on corpus documents)\n",
		r.FindingsExpected, r.FindingsRaised, r.FindingsMissed, r.FindingsOther)
	fmt.Fprintf(&b, "documents: %d in the truth, %d found in the warehouse\n", r.Documents, r.DocumentsFound)
	return b.String()
}

// DiffTable lists the differences of the given kinds ("silent-wrong",
// "flagged", "missing", "extra"; all when none is given), one line each:
// family, kind, key, column, want, got and where the found row lies.
func (r Report) DiffTable(kinds ...string) string {
	want := map[string]bool{}
	for _, k := range kinds {
		want[k] = true
	}
	var b strings.Builder
	for _, d := range r.Diffs {
		if len(kinds) > 0 && !want[d.Kind] {
			continue
		}
		fmt.Fprintf(&b, "%s\t%s\t%s", d.Family, d.Kind, d.Key)
		if d.Column != "" {
			fmt.Fprintf(&b, "\t%s\twant=%s\tgot=%s", d.Column, show(d.Want), show(d.Got))
		}
		if d.Doc != "" {
			fmt.Fprintf(&b, "\t%s:%d-%d", d.Doc, d.Awal, d.Akhir)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func show(v any) string {
	if v == nil {
		return "NULL"
	}
	if bs, ok := v.([]byte); ok {
		v = string(bs)
	}
	if s, ok := v.(string); ok {
		return fmt.Sprintf("%q", s)
	}
	return fmt.Sprint(v)
}

func pct(v float64) string { return fmt.Sprintf("%.2f%%", v*100) }

// Below lists the families whose F1 is under minF1, in report order.
func (r Report) Below(minF1 float64) []string {
	var out []string
	for _, f := range r.Families {
		if f.F1 < minF1 {
			out = append(out, f.Family)
		}
	}
	return out
}
