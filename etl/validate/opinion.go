package validate

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// opinionRank orders BPK audit opinions, best first.
var opinionRank = map[string]int{"WTP": 4, "WDP": 3, "TMP": 2, "TW": 1}

// opinionNames are the opinions spelled out, as a report writes them in
// full ("Wajar Tanpa Pengecualian (WTP)"); keys are normalize.Key forms.
var opinionNames = map[string]string{
	"wajar tanpa pengecualian":  "WTP",
	"wajar dengan pengecualian": "WDP",
	"tidak menyatakan pendapat": "TMP",
	"tidak memberikan pendapat": "TMP",
	"tidak memberikan opini":    "TMP",
	"tidak wajar":               "TW",
	"unqualified opinion":       "WTP",
	"qualified opinion":         "WDP",
	"disclaimer of opinion":     "TMP",
	"adverse opinion":           "TW",
}

// opinionOf is the audit opinion a cell states ("WTP", "WTP*"), or "".
// A cell may spell the opinion out, alone or with its letters in
// parentheses either way round ("Wajar Tanpa Pengecualian (WTP)", "WTP
// (Wajar Tanpa Pengecualian)"); name and letters must then agree, or the
// cell states no opinion: a grade compared by rank must be one reading,
// not the better of two.
func opinionOf(s string) string {
	v := normalize.ParseValue(s, normalize.Unknown)
	if v.Unit == "opini" {
		return v.Word
	}
	t := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), "*"))
	head, inner := t, ""
	if i := strings.IndexByte(t, '('); i > 0 && strings.HasSuffix(t, ")") {
		head, inner = strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+1:len(t)-1])
	}
	a, b := spelledOpinion(head), spelledOpinion(inner)
	switch {
	case inner == "":
		return a
	case a != "" && a == b:
		return a
	}
	return ""
}

// spelledOpinion: the opinion s names, by its letters or in full, or "".
func spelledOpinion(s string) string {
	if v := normalize.ParseValue(s, normalize.Unknown); v.Unit == "opini" {
		return v.Word
	}
	return opinionNames[normalize.Key(s)]
}
