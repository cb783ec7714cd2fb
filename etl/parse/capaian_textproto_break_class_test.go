package parse

import (
	"fmt"
	"strings"
	"testing"
)

// A text-format capaian file printed over two pages: the PDF's text puts a
// page break (a line "\f") inside a message, between two fields or before
// the closing brace. The break is layout, not a token: the message reads
// as if the page went on.

// tpxBroken: the made-up indicators as messages with English field names,
// nested target values, a page break after field `at` of message `msg`.
func tpxBroken(msg int, at string) []string {
	out := []string{"# proto-message: eval.Realisasi", "periode: 2023"}
	for k, in := range gkInds {
		m := []string{"kpi <", fmt.Sprintf("  id: %d", k+1), fmt.Sprintf("  indicator_name: %q", in.name),
			fmt.Sprintf("  target { value: %q unit: %q }", in.t, in.unit),
			fmt.Sprintf("  actual: %q", in.r), fmt.Sprintf("  achievement_pct: %q", in.c), ">"}
		for _, l := range m {
			out = append(out, l)
			if k == msg && strings.Contains(l, at) {
				out = append(out, "\f", "")
			}
		}
	}
	return out
}

// TestTextprotoPageBreak: a page break anywhere inside a message leaves
// every indicator read.
func TestTextprotoPageBreak(t *testing.T) {
	for _, tc := range []struct {
		name string
		msg  int
		at   string
	}{
		{"before the closing bracket", 0, "achievement_pct"},
		{"between the name and the nested target", 2, "indicator_name"},
		{"right after the opening bracket", 3, "kpi <"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, gkDoc(tpxBroken(tc.msg, tc.at)...)...)
			wantRows(t, "capaian", factRows["capaian"](d), gkWant)
		})
	}
}

// TestTextprotoPageNumberLeft: a page number left in the text at the break
// ("\f" with a bare "7" before it) is a stray token, not a field: the
// message is not read whole with it, and no figure outside the truth is
// loaded (another reader may still give what it proves).
func TestTextprotoPageNumberLeft(t *testing.T) {
	f := tpxBroken(1, "actual")
	for k, l := range f {
		if l == "\f" {
			f = append(f[:k], append([]string{"7", ""}, f[k:]...)...)
			break
		}
	}
	d := parseDoc(t, "page number", gkDoc(f...)...)
	truth := map[string][]string{}
	for _, w := range gkWant {
		p := strings.Split(w, "|")
		truth[p[0]] = p
	}
	for _, r := range factRows["capaian"](d) {
		p := strings.Split(r, "|")
		w, ok := truth[p[0]]
		if !ok || len(w) != len(p) {
			t.Errorf("row outside the truth: %q", r)
			continue
		}
		for i := range p {
			if p[i] != "<nil>" && p[i] != w[i] {
				t.Errorf("figure outside the truth: %q", r)
			}
		}
		if p[0] == strings.Split(gkWant[1], "|")[0] && r == gkWant[1] {
			t.Errorf("the message with a stray page number was read whole: %q", r)
		}
	}
}
