package parse

// The DPT logbook's notes resolved to one per place and their figures read
// by the words beside them (dpt_logbook.go reads the notes).

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// logResolve keeps the notes that count: finished ones, a place's last
// note only when it says it corrects the earlier.
func logResolve(doc *facts.Document, notes []logNote) []label {
	last := map[string]int{}
	count := map[string]int{}
	for k, n := range notes {
		if n.state == logPending || n.state == logVoid || n.bad {
			msg := "belum selesai atau dibatalkan"
			if n.bad {
				msg = "angka berulang"
			}
			doc.Add(facts.Finding{Span: facts.Span{Start: n.lb.line + 1, End: n.lb.line + 1}, Aturan: "tabel.baris_tidak_dikenali", Tingkat: facts.Warning,
				Pesan: fmt.Sprintf("catatan %q baris %d: %s; tidak dibaca", n.lb.title, n.lb.line+1, msg)})
			continue
		}
		a := strings.ToUpper(n.lb.title)
		last[a] = k
		count[a]++
	}
	var out []label
	for k, n := range notes {
		a := strings.ToUpper(n.lb.title)
		if c, ok := count[a]; !ok || last[a] != k {
			continue
		} else if c > 1 && n.state != logCorrects {
			doc.Add(facts.Finding{Span: facts.Span{Start: n.lb.line + 1, End: n.lb.line + 1}, Aturan: "tabel.baris_tidak_dikenali", Tingkat: facts.Warning,
				Pesan: fmt.Sprintf("catatan %q baris %d: dicatat %d kali tanpa ralat; tidak dibaca", n.lb.title, n.lb.line+1, c)})
			continue
		}
		out = append(out, n.lb)
	}
	return out
}

// logRemark is the state the words of a note's remark give.
func logRemark(rest string) int {
	state := logDone
	for _, w := range strings.FieldsFunc(strings.ToLower(rest), func(r rune) bool { return !(r >= 'a' && r <= 'z') }) {
		switch w {
		case "belum", "proses", "sementara", "pending", "menunggu", "tunda", "ditunda", "sebagian":
			return logPending
		case "salah", "keliru", "batal", "dibatalkan", "dicoret":
			return logVoid
		case "ralat", "koreksi", "perbaikan", "revisi", "pembetulan", "diperbaiki", "dikoreksi":
			state = logCorrects
		}
	}
	return state
}

// logFigures reads the figures of s into n by their labels' roles; false
// when a role comes twice.
func logFigures(n *label, s string, key map[string]int) bool {
	type tok struct {
		w   string
		num bool
		sep bool
		eq  bool
	}
	var toks []tok
	add := func(w string) {
		w = strings.Trim(w, "()[]")
		if w == "" {
			return
		}
		if v := strings.TrimSuffix(w, "."); reItemCount.MatchString(v) {
			toks = append(toks, tok{w: v, num: true})
			return
		}
		toks = append(toks, tok{w: w})
	}
	for _, w := range strings.Fields(s) {
		for _, part := range logSplit(w) {
			switch part {
			case "=":
				toks = append(toks, tok{sep: true, eq: true})
			case "/", ",", ";", "|":
				toks = append(toks, tok{sep: true})
			default:
				add(part)
			}
		}
	}
	// the segments between separators; a figure's label the words beside
	// it, before it when the segment opens with a word, after it else
	ok := true
	eq := false
	for a := 0; a < len(toks); {
		b := a
		for b < len(toks) && !toks[b].sep {
			b++
		}
		seg := toks[a:b]
		if len(seg) > 0 {
			after := seg[0].num
			for x, tk := range seg {
				if !tk.num {
					continue
				}
				var words []string
				if after {
					for y := x + 1; y < len(seg) && !seg[y].num; y++ {
						words = append(words, seg[y].w)
					}
				} else {
					for y := x - 1; y >= 0 && !seg[y].num; y-- {
						words = append([]string{seg[y].w}, words...)
					}
				}
				role := logRole(words, after, key)
				if role < 0 && len(words) == 0 && eq && x == 0 {
					role = labelTotal // "= 9.358"
				}
				if role < 0 {
					continue // a figure of no voter role
				}
				v, err := strconv.ParseInt(strings.NewReplacer(".", "", ",", "").Replace(tk.w), 10, 64)
				if err != nil || n.has[role] {
					ok = false
					continue
				}
				n.vals[role], n.n[role], n.has[role] = tk.w, v, true
			}
		}
		eq = b < len(toks) && toks[b].eq
		a = b + 1
	}
	return ok
}

// logSplit cuts a word at the separators it carries: a trailing comma or
// semicolon, an "=" anywhere, a "/" between a figure and a word
// ("4.574/pr"); "desa/kel" stays whole.
func logSplit(w string) []string {
	var out []string
	for {
		at := strings.IndexByte(w, '=')
		if at < 0 {
			break
		}
		out = append(out, logSplit(w[:at])...)
		out = append(out, "=")
		w = w[at+1:]
	}
	var tail []string
	for len(w) > 1 && strings.ContainsAny(w[len(w)-1:], ",;") {
		tail = append([]string{w[len(w)-1:]}, tail...)
		w = w[:len(w)-1]
	}
	if w == "/" || w == "|" || w == "," || w == ";" {
		out = append(out, w)
	} else if a, b, ok := strings.Cut(w, "/"); ok && (logNum(a) || logNum(b)) {
		out = append(out, a, "/", b)
	} else if w != "" {
		out = append(out, w)
	}
	return append(out, tail...)
}

func logNum(s string) bool { return reItemCount.MatchString(strings.TrimSuffix(s, ".")) }

// logRole is the role the label words beside a figure name: the key's
// abbreviation, the whole label's role, else the word right beside the
// figure alone; "pemilih" alone is the total.
func logRole(words []string, after bool, key map[string]int) int {
	var clean []string
	for _, w := range words {
		w = strings.ToLower(strings.Trim(w, ".:,;()"))
		if w != "" {
			clean = append(clean, w)
		}
	}
	if len(clean) == 0 {
		return -1
	}
	beside := clean[len(clean)-1]
	if after {
		beside = clean[0]
	}
	if r, ok := key[beside]; ok {
		return r
	}
	if r := sjRole(strings.Join(clean, " ")); r >= 0 {
		return r
	}
	if beside == "pemilih" {
		return labelTotal
	}
	return labelRole(beside)
}
