package parse

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// Budget lines typed again as a browser/test automation script that fills or
// checks the finance application's form field by field, one record a form
// submit or a test case:
//
//	TAG POS=1 TYPE=INPUT:TEXT FORM=NAME:frmreal ATTR=NAME:pagu CONTENT=3220050000   (iMacros .iim)
//	TAG POS=1 TYPE=INPUT:SUBMIT FORM=NAME:frmreal ATTR=VALUE:Simpan                  (the record's end)
//
//	*** Test Cases ***                                                               (Robot Framework)
//	Baris 076.01.WA Program Dukungan Manajemen
//	    Element Text Should Be    id:pagu    2.922.965.000
//	    Input Text    name:realisasi    2.815.806.974
//
// The field is named by the locator (ATTR=NAME:f / ATTR=ID:f; Robot's id:f,
// name:f, css:#f, #f) and the value is the one beside it; a Robot test
// case's title gives the record its code (the first word that is a budget
// code or JUMLAH/TOTAL) and the rest its name. What it trusts is what
// kvExport trusts: the field names through recRole; a form without pagu or
// realisasi (a login page, a shop's order form) is no budget line, and the
// set is proven by blkExport (sisa = pagu − realisasi or the percent, the
// parts summing to the total).

// uiautoRecords: an iMacros TAG naming a field, or a Robot test-case table.
func uiautoRecords(doc *facts.Document, data []byte) []byte {
	imacros := docHasAny(doc, data, "ATTR=NAME:", "ATTR=ID:")
	robot := docHasAny(doc, data, "*** Test Cases ***", "*** Test Case ***", "*** Tasks ***")
	if !imacros && !robot {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		end, ok := -1, false
		t := strings.TrimSpace(lines[i])
		switch {
		case imacros && uiautoImmCommand(t):
			end, ok = uiautoImacros(doc, lines, i)
		case robot && uiautoRobotHead(t):
			end, ok = uiautoRobot(doc, lines, i)
		}
		changed = changed || ok
		i = max(i, end)
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// uiautoImmWords are iMacros' commands: a macro's line opens with one.
var uiautoImmWords = map[string]bool{"VERSION": true, "TAB": true, "URL": true, "TAG": true, "WAIT": true,
	"SET": true, "FRAME": true, "EVENT": true, "EVENTS": true, "CLICK": true, "ONDIALOG": true, "PROMPT": true,
	"REFRESH": true, "BACK": true, "SAVEAS": true, "FILTER": true, "CLEAR": true, "SIZE": true}

// uiautoImmCommand: the line is an iMacros command.
func uiautoImmCommand(t string) bool {
	w, _, _ := strings.Cut(t, " ")
	return uiautoImmWords[w] && (strings.Contains(t, "=") || w == "BACK" || w == "REFRESH" || w == "CLEAR")
}

// uiautoImmAttr reads `KEY=value` of a TAG line (values without blanks;
// iMacros writes a blank as <SP>, or quotes the value).
func uiautoImmAttr(t, key string) (string, bool) {
	for rest := t; ; {
		k := strings.Index(rest, " "+key+"=")
		if k < 0 {
			return "", false
		}
		v := rest[k+len(key)+2:]
		if strings.HasPrefix(v, "\"") {
			if e := strings.IndexByte(v[1:], '"'); e >= 0 {
				return v[1 : e+1], true
			}
		}
		if e := strings.IndexByte(v, ' '); e >= 0 {
			v = v[:e]
		}
		return v, true
	}
}

// uiautoImacros reads a macro's run of commands from line i: the field TAGs
// gather into a record until a submit TAG ends it.
func uiautoImacros(doc *facts.Document, lines []string, i int) (int, bool) {
	var groups []*kvGroup
	cur := &kvGroup{}
	to := i
	for j := i; j < len(lines) && j < i+5000; j++ {
		t := strings.TrimSpace(lines[j])
		if t == "" || strings.HasPrefix(t, "'") {
			continue
		}
		if !uiautoImmCommand(t) {
			break
		}
		to = j + 1
		if !strings.HasPrefix(t, "TAG ") {
			continue
		}
		typ, _ := uiautoImmAttr(t, "TYPE")
		typ = strings.ToUpper(typ)
		if strings.HasSuffix(typ, ":SUBMIT") || typ == "BUTTON" || strings.HasPrefix(typ, "BUTTON:") {
			if len(cur.keys) > 0 {
				groups = append(groups, cur)
			}
			cur = &kvGroup{}
			continue
		}
		attr, ok1 := uiautoImmAttr(t, "ATTR")
		v, ok2 := uiautoImmAttr(t, "CONTENT")
		if !ok1 || !ok2 {
			continue
		}
		var f string
		for _, a := range strings.Split(attr, "&&") {
			if k, val, ok := strings.Cut(a, ":"); ok && (strings.EqualFold(k, "NAME") || strings.EqualFold(k, "ID")) {
				f = val
			}
		}
		if f == "" {
			continue
		}
		v = strings.NewReplacer("<SP>", " ", "<sp>", " ", "<BR>", " ", "<ENTER>", "", "<TAB>", "").Replace(v)
		cur.keys, cur.vals = append(cur.keys, f), append(cur.vals, strings.TrimSpace(v))
	}
	if len(cur.keys) > 0 {
		groups = append(groups, cur) // the last form, its submit not typed
	}
	for n, g := range groups {
		g.id = "#" + strconv.Itoa(n)
	}
	if len(groups) < 2 {
		return max(i, to-1), false
	}
	return kvExport(doc, lines, i, to, groups, "makro iMacros anggaran")
}

// uiautoRobotHead: the line opens a Robot Framework test-case (or task) table.
func uiautoRobotHead(t string) bool {
	u := strings.ToLower(strings.Trim(t, "* "))
	return strings.HasPrefix(t, "***") && (u == "test cases" || u == "test case" || u == "tasks" || u == "task")
}

// uiautoRobotSep parts a Robot line at its separators (two blanks, a tab, a pipe).
var uiautoRobotSep = regexp.MustCompile(`\t+|  +| \| `)

// uiautoLocator names the field a locator points to: id:f, id=f, name:f,
// css:#f, #f, xpath with @id/@name. "" when it names none.
func uiautoLocator(s string) string {
	if k := strings.Index(s, "@id="); k < 0 {
		if k = strings.Index(s, "@name="); k >= 0 {
			s = s[k+len("@name="):]
			return strings.Trim(strings.SplitN(strings.Trim(s, "'\""), "'", 2)[0], "\"]")
		}
	} else {
		s = s[k+len("@id="):]
		return strings.Trim(strings.SplitN(strings.Trim(s, "'\""), "'", 2)[0], "\"]")
	}
	if k := strings.IndexAny(s, ":="); k > 0 {
		switch strings.ToLower(s[:k]) {
		case "id", "name", "css", "identifier", "dom":
			s = s[k+1:]
		default:
			return ""
		}
	}
	s = strings.TrimPrefix(s, "#")
	if !stmtIdent(s, false) {
		return ""
	}
	return s
}

// uiautoRobot reads a test-case table from its header line i: each
// unindented title opens a record, its indented keyword lines
// `Keyword    locator    value` give the fields.
func uiautoRobot(doc *facts.Document, lines []string, i int) (int, bool) {
	var groups []*kvGroup
	var cur *kvGroup
	to := i + 1
	for j := i + 1; j < len(lines) && j < i+5000; j++ {
		l := strings.TrimRight(lines[j], " \t\r")
		t := strings.TrimSpace(l)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if strings.HasPrefix(t, "***") {
			break
		}
		if l[0] != ' ' && l[0] != '\t' { // a title: a record when keywords follow
			k := j + 1
			for k < len(lines) && strings.TrimSpace(lines[k]) == "" {
				k++
			}
			if k >= len(lines) || lines[k] == "" || (lines[k][0] != ' ' && lines[k][0] != '\t') {
				break
			}
			cur = &kvGroup{}
			w := strings.Fields(t)
			for n, x := range w {
				if passbookCode(x) || hierTotal.MatchString(x) {
					cur.id = x
					if rest := strings.Join(w[n+1:], " "); rest != "" {
						cur.keys, cur.vals = append(cur.keys, "uraian"), append(cur.vals, rest)
					}
					break
				}
			}
			groups = append(groups, cur)
			to = j + 1
			continue
		}
		to = j + 1
		if cur == nil {
			continue
		}
		cells := uiautoRobotSep.Split(t, -1)
		if len(cells) != 3 {
			continue
		}
		if f := uiautoLocator(cells[1]); f != "" {
			cur.keys, cur.vals = append(cur.keys, f), append(cur.vals, strings.TrimSpace(cells[2]))
		}
	}
	if len(groups) < 2 {
		return max(i, to-1), false
	}
	return kvExport(doc, lines, i, to, groups, "uji Robot Framework anggaran")
}
